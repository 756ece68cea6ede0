/**
 * lure_bundle: free flight/ticket + visa + food + accommodation offered together.
 * One perk alone is weak (genuine relocation, hotel and remote-site jobs offer some); the full
 * bundle with food and room is the classic compound lure. Licensed overseas-employment
 * programmes (Gulf/Malaysia manpower ads from Nepal, Bangladesh, Sri Lanka, the Philippines)
 * offer the same bundle and name their licence, so a licence number damps the strength.
 */
import type { PerkBundle, SignalHit } from '../../shared/types.ts';
import { word, findAll, type Match, anyOfNormalised, asNormalised } from './pattern.ts';
import { makeHit } from './cues.ts';
import { namesLegalWork, namesLicence } from './abroad.ts';
import { idOf, lit, mayMatch } from './prefilter.ts';
import { defineSignal } from './signal.ts';

const FREE_EN = '(?:free|complimentary|provided|covered|paid|shouldered|included|sponsored|reimbursed)';
/** "by the company" in the South Asian scripts and romanised forms. */
const CO_HI = '(?:कंपनी|कम्पनी)\\s?(?:देगी|देगा|की ओर से|की तरफ से|द्वारा|का|के खर्चे पर)';
const FREE_HI = '(?:मुफ़्त|मुफ्त|फ्री|फ़्री|निःशुल्क|निशुल्क)';
const FREE_BN = '(?:ফ্রি(?:তে)?|বিনামূল্যে|বিনা খরচে|কোম্পানি(?:র)?\\s?(?:দেবে|দিবে|খরচে|বহন করবে))';
const FREE_NE = '(?:निःशुल्क|निशुल्क|फ्री|सित्तैमा|कम्पनीले(?:\\s?(?:दिने|व्यहोर्ने|बेहोर्ने|तिर्ने|मिलाउने))?)';
const FREE_SI = '(?:නොමිලේ|ෆ්රී|සමාගම(?:ෙන්| මගින්| විසින්)(?:\\s?(?:ලබා දේ|ගෙවනු ලැබේ|දරනු ලැබේ))?)';
const FREE_KM = '(?:ឥតគិតថ្លៃ|ហ្វ្រី|ក្រុមហ៊ុន(?:ចេញ(?:ថ្លៃ)?|ចំណាយ|រ៉ាប់រង|ទទួលបន្ទុក|ផ្[តដ]ល់(?:ជូន)?))';
const FREE_MY = '(?:အခမဲ့|ကုမ္ပဏီ(?:မှ|က)\\s?(?:ကျခံ|စီစဉ်|တာဝန်ယူ|ပေး))';
const FREE_LO = '(?:ຟຣີ|ບໍ່ເສຍຄ່າ|ບໍລິສັດ(?:ອອກ|ຈ່າຍ|ຮັບຜິດຊອບ|ຈັດໃຫ້)(?:ໃຫ້)?)';
const FREE_AM = '(?:በነ[ፃጻ]|ነ[ፃጻ]|በድርጅቱ|በኩባንያው|በአሰሪው)';
const CO_TL = '(?:sagot|shouldered|libre) (?:ng|ni) (?:company|kumpanya|employer|amo|agency)';
const FREE_ES =
  '(?:gratis|gratuit[oa]s?|pagad[oa]s?|cubiert[oa]s?|incluid[oa]s?|a cargo de la empresa|por cuenta de la empresa|sin costo)(?: por (?:la )?(?:empresa|compañía))?';
const FREE_PT = '(?:grátis|gratuit[oa]s?|pag[oa]s?|inclus[oa]s?|incluíd[oa]s?|por conta da empresa|custead[oa]s?|sem custo)(?: pela empresa)?';
const FREE_RU = '(?:бесплатно|за сч[её]т (?:компании|работодателя|фирмы|нанимателя)|оплачива(?:ем|ет|ются|ется)|оплачен[аоы]?|предоставля(?:ем|ет|ется|ются))';
const FREE_SW =
  '(?:ni )?(?:bure|bila malipo|(?:italipwa|inalipwa|zitalipwa|zinalipwa|italipiwa|inalipiwa|zitalipiwa|zinalipiwa|imelipiwa|inatolewa|itatolewa|yanatolewa|yatatolewa|kinatolewa|kitatolewa) na (?:kampuni|mwajiri|sisi))';

// Flight and visa named together and then "free" (机票签证公司出, visa and ticket free): both perks.
const FLIGHT_AND_VISA = [
  '(?:机票|機票)(?:、|,|和|及|\\+|/)?(?:签证|簽證)(?:费用?|費用?)?(?:全部)?(?:由)?(?:公司|老板|老闆)?(?:出|包|全包|报销|報銷|承担|承擔|负责|負責|解决|解決|免费|免費)',
  '(?:항공권|비행기\\s?표)\\s?(?:및|과|,|/|\\+)\\s?비자\\s?(?:제공|지원|무료)',
  '(?:航空券|渡航費)(?:・|、|,|/|と)ビザ(?:は)?(?:支給|無料|会社負担|全額負担)',
  '(?:वीज़ा|वीजा|टिकट)\\s?(?:और|व|एवं|,|\\+|/)\\s?(?:वीज़ा|वीजा|टिकट)\\s?(?:मुफ़्त|मुफ्त|फ्री|फ़्री|कंपनी)',
  '(?:ভিসা|টিক(?:িট|েট))\\s?(?:ও|এবং|,|\\+|/)\\s?(?:ভিসা|টিক(?:িট|েট))\\s?(?:ফ্রি|বিনামূল্যে|কোম্পানি)',
  '(?:भिसा|टिकट)\\s?(?:र|तथा|,|\\+|/)\\s?(?:भिसा|टिकट)\\s?(?:निःशुल्क|निशुल्क|फ्री|सित्तैमा|कम्पनीले)',
  '(?:වීසා|ටිකට්)\\s?(?:සහ|හා|,|\\+|/)\\s?(?:වීසා|ටිකට්)\\s?(?:නොමිලේ|ෆ්රී|සමාගම)',
  '(?:ቪዛ|ትኬት|ቲኬት)(?:ና|\\s?እና|,|\\s?\\+)\\s?(?:ቪዛ|ትኬት|ቲኬት)\\s?(?:በነ[ፃጻ]|ነ[ፃጻ]|በድርጅቱ|በኩባንያው)',
  word('(?:tiket|ticket) (?:dan|&|\\+|at) visa (?:gratis|percuma|ditanggung|libre|free)'),
  word('(?:boletos?|pasajes?|billetes?) y visa (?:gratis|pagad[oa]s|cubiert[oa]s|incluid[oa]s)'),
  word('passage(?:m|ns) e visto (?:grátis|pag[oa]s|inclus[oa]s|por conta da empresa)'),
  word('(?:tiketi|nauli) (?:na|pamoja na) viza (?:ni )?(?:bure|bila malipo)'),
  word('(?:visa|air ?ticket|ticket) (?:aur|or|and|&|\\+) (?:visa|air ?ticket|ticket) (?:(?:is|are) )?(?:free|muft|company (?:degi|dega|ki taraf se))'),
];

/** A paid flight or journey (also read by office_job_abroad: a job that flies you there is for people elsewhere). */
export const FLIGHT = anyOfNormalised([
  // en
  word(`${FREE_EN} (?:(?:round[- ]trip|return|one[- ]way|air|plane|flight) )?(?:air ?)?(?:tickets?|flights?|airfare|air fare|plane tickets?)`),
  word(
    '(?:air ?tickets?|airfare|air fare|flights?|plane tickets?|travel(?:ling)? (?:cost|expense)s?|transportation to (?:the )?(?:site|country))(?: (?:is|are|will be))? (?:free|provided|covered|paid(?: for)?|shouldered|included|reimbursed|sponsored|on us|on the company)(?: by (?:the )?(?:company|employer|us))?',
  ),
  word(
    '(?:company|employer|we) (?:will )?(?:pays?|covers?|provides?|books?|buys?|shoulders?) (?:for )?(?:your |the )?(?:(?:round[- ]trip|return) )?(?:air ?tickets?|flights?|airfare|plane tickets?)',
  ),
  // tl (Taglish)
  word('(?:libreng?|libre) (?:ang )?(?:pamasahe|ticket|tiket|eroplano|plane ticket|airfare|flight)'),
  word(`(?:pamasahe|ticket|tiket|airfare|plane ticket|flight)(?: (?:ay|ng eroplano))? (?:libre|${CO_TL})`),
  word(`${CO_TL} (?:ang )?(?:pamasahe|ticket|tiket|airfare|plane ticket|flight)`),
  // zh, zh-Hant
  // 路费 (fare) is also a domestic factory perk, so only its original forms count.
  '(?:报销|報銷|包|免费|免費|公司出|公司承担|公司承擔|公司负责|公司負責)(?:来回|來回|往返|单程|單程)?(?:机票|機票|飞机票|飛機票)|(?:报销|報銷|包|提供|免费|免費|公司出)(?:往返)?(?:路费|路費)',
  '提供(?:来回|來回|往返)?(?:机票|機票)(?!预订|預訂|代理|查询|查詢|销售|銷售)|落地(?:报销|報銷)(?:机票|機票)',
  // One 包 for the whole list: "包食宿機票", "包吃住+机票".
  '包(?:食宿|吃住|吃包住|住宿|吃)(?:、|,|\\+|和|及)?(?:来回|來回|往返)?(?:机票|機票|飞机票|飛機票)(?!自理|自付|自费|自費|不包|不报|不報|需自|由个人|由個人)',
  '(?:来回|來回|往返)?(?:机票|機票)(?:全额|全額|全|落地)?(?:报销|報銷|公司出|公司承担|公司承擔|免费|免費|公司报销|公司報銷|全包|公司包|公司负责|公司負責|由公司(?:承担|承擔|负责|負責))|(?:路费|路費)(?:全)?(?:报销|報銷|公司出|公司承担|公司承擔|免费|免費|公司报销|公司報銷)',
  // vi (with and without diacritics)
  `${'(?<![\\p{L}])'}(?:bao|miễn phí|free|hỗ trợ|tặng|lo|(?:công ty|cty) (?:chi trả|lo|chịu|trả|bao))\\s?(?:100% )?(?:chi phí )?(?:vé máy bay|vé bay|vé|tiền vé)`,
  '(?:vé máy bay|vé bay|tiền vé)(?: khứ hồi| 2 chiều| hai chiều)?\\s?(?:miễn phí|free|(?:công ty|cty) (?:chi trả|lo|chịu|trả)|được bao|bao)',
  word(
    '(?:bao|mien phi|free|ho tro|(?:cong ty|cty) (?:chi tra|lo|chiu|tra)) (?:ve may bay|ve bay)|(?:ve may bay|ve bay)(?: khu hoi| 2 chieu)? (?:mien phi|free|(?:cong ty|cty) (?:chi tra|lo|chiu|tra))',
  ),
  // id / ms
  word(
    '(?:tiket|tiket pesawat|ongkos|biaya) (?:pesawat |penerbangan |keberangkatan |perjalanan |kapal terbang |flight )?(?:pp |pulang pergi )?(?:gratis|ditanggung|dibayar(?:kan)?|disediakan|free|percuma)(?: (?:oleh )?(?:perusahaan|kantor|pt|syarikat|majikan))?',
  ),
  word('(?:gratis|free|tanggung|percuma) (?:tiket|tiket pesawat|ongkos pesawat|tiket penerbangan|tiket kapal terbang)'),
  word('tiket (?:penerbangan|kapal terbang) percuma|syarikat (?:akan )?(?:tanggung|bayar|sediakan) tiket'),
  // th
  '(?:บินฟรี|ฟรีค่าเดินทาง)|(?:ฟรี|บริษัทออก|ออก)(?:ค่า)?ตั๋วเครื่องบิน|ตั๋วเครื่องบิน(?:ไป-?กลับ)?\\s?(?:ฟรี|บริษัทออกให้|บริษัทออก|ออกให้)',
  '(?:บริษัท)?ออกค่าเดินทาง(?:ให้)?|ฟรีค่า(?:ตั๋ว|เดินทาง)|ค่าตั๋ว(?:เครื่องบิน)?\\s?บริษัทออก',
  // km
  `សំបុត្រ(?:យន្តហោះ|ហោះហើរ)(?:\\s?(?:ទៅមក|ទៅ-មក|ពីរផ្លូវ))?\\s?${FREE_KM}`,
  '(?:ឥតគិតថ្លៃ|ហ្វ្រី|ចេញថ្លៃ)\\s?សំបុត្រ(?:យន្តហោះ|ហោះហើរ)',
  // my
  `လေယာဉ်(?:\\s?လက်မှတ်|ခ|စရိတ်)\\s?${FREE_MY}`,
  'အခမဲ့\\s?လေယာဉ်(?:\\s?လက်မှတ်)?',
  // lo
  `ປີ້ຍົນ(?:\\s?ໄປ-?ກັບ)?\\s?${FREE_LO}`,
  '(?:ຟຣີ|ອອກຄ່າ)\\s?ປີ້ຍົນ',
  // ko / ja
  '(?:왕복\\s?)?(?:항공권|항공료|비행기\\s?(?:표|티켓)|항공\\s?티켓)\\s?(?:100%\\s?)?(?:제공|지원|무료|회사\\s?부담|전액\\s?(?:지원|부담))',
  '(?:往復)?(?:航空券|渡航費|飛行機代|航空チケット|フライト代)(?:用)?(?:は)?(?:全額)?(?:会社|弊社)?(?:支給|負担|無料|込み)',
  // hi (Devanagari and Hinglish)
  word(`(?:(?:हवाई|फ्लाइट|प्लेन|विमान|आने-जाने का)\\s?(?:का\\s?)?)?टिकट\\s?(?:${FREE_HI}|${CO_HI})`),
  word(`${FREE_HI}\\s?(?:हवाई\\s?|फ्लाइट\\s?)?टिकट`),
  word(
    '(?:muft|mufat|free) (?:hawai |flight |air )?(?:ticket|tikat)|(?:hawai |flight |air )?(?:ticket|tikat) (?:muft|free|company (?:degi|dega|ki taraf se|dwara|ka))',
  ),
  // bn
  word(`(?:(?:বিমান|প্লেনের|এয়ার|বিমানের)\\s?)?টিক(?:িট|েট)\\s?${FREE_BN}`),
  word('(?:ফ্রি|বিনামূল্যে)\\s?(?:বিমান\\s?|এয়ার\\s?)?টিক(?:িট|েট)'),
  // ne
  word(`(?:हवाई\\s?)?टिकट\\s?${FREE_NE}`),
  word('(?:फ्री|निःशुल्क|निशुल्क)\\s?(?:हवाई\\s?)?टिकट'),
  // si
  `(?:ගුවන්\\s?)?(?:ටිකට්(?:\\s?පත)?|ප්රවේශ\\s?පත්රය?)\\s?${FREE_SI}`,
  '(?:නොමිලේ|ෆ්රී)\\s?(?:ගුවන්\\s?)?(?:ටිකට්|ප්රවේශ\\s?පත්ර)',
  // es
  word(`(?:boletos?|pasajes?|billetes?|vuelos?)(?: (?:de avión|aéreos?|de ida y vuelta|ida y vuelta))? ${FREE_ES}`),
  word(
    '(?:la empresa|nosotros) (?:te )?(?:paga|pagamos|cubre|cubrimos|compra|compramos|da|damos)(?: (?:el|tu|los|tus))? (?:boletos?|pasajes?|billetes?|vuelos?)|te (?:pagamos|compramos|damos|cubrimos) (?:el|tu|los|tus) (?:boletos?|pasajes?|billetes?|vuelos?)',
  ),
  // pt
  word(`(?:passage(?:m|ns)|bilhetes?|voos?)(?: (?:aéreas?|de avião|de ida e volta|ida e volta))? ${FREE_PT}`),
  word('(?:a empresa|nós) (?:paga|pagamos|cobre|compra|compramos|custeia|banca|dá|damos)(?: (?:a|sua|as|suas))? passage(?:m|ns)'),
  // ru
  word(
    `бесплатн[а-яё]{0,3} (?:авиа)?(?:билет[а-яё]{0,3}|перел[её]т[а-яё]{0,2})|(?:авиа)?билет[а-яё]{0,3}(?: на самол[её]т)? ${FREE_RU}|перел[её]т[а-яё]{0,2} ${FREE_RU}|(?:оплата|оплачиваем|компенсация|компенсируем) (?:авиа)?(?:билет[а-яё]{0,3}|перел[её]т[а-яё]{0,2})`,
  ),
  // sw
  word(`(?:tiketi|tiket) (?:ya |za )?(?:ndege )?${FREE_SW}|(?:nauli|gharama) ya (?:ndege|safari) ${FREE_SW}|(?:bure|free) tiketi`),
  word('(?:kampuni|mwajiri) (?:italipa|inalipa|atalipa|analipa|italipia|inalipia|atalipia|analipia) (?:tiketi|nauli)'),
  // am
  `(?:የአውሮፕላን|የበረራ)?\\s?(?:ትኬት|ቲኬት)\\s?${FREE_AM}`,
  '(?:ነ[ፃጻ]|በነ[ፃጻ])\\s?(?:የአውሮፕላን\\s?)?(?:ትኬት|ቲኬት)',
  ...FLIGHT_AND_VISA,
]);

const VISA = anyOfNormalised([
  word(`${FREE_EN} (?:work )?visas?`),
  // A list after "free": "FREE flight ticket, visa, food and accommodation".
  word(`${FREE_EN} (?:[a-z][a-z ]{1,24}(?:, ?| and | & | \\+ |/)){1,3}(?:work )?visas?`),
  word(
    '(?:work )?visas? (?:(?:is|are|will be) )?(?:free|provided|covered|paid(?: for)?|arranged|processed|sponsored|included|handled|shouldered)(?: by (?:the )?(?:company|employer|us))?',
  ),
  word('(?:we|company|employer) (?:will )?(?:arrange|handle|process|pay for|cover|sponsor|take care of) (?:the |your )?(?:work )?(?:visa|work permit)s?'),
  word('visa sponsorship|visa processing|work permit (?:provided|arranged|processing)'),
  // tl
  word(`(?:libreng?|libre) (?:ang )?(?:working )?visa|visa (?:ay )?(?:libre|${CO_TL})|${CO_TL} (?:ang )?visa`),
  // zh
  '(?<!代)(?:包|办|辦|提供|免费|免費|公司)(?:办理|辦理)?(?:工作)?(?:签证|簽證)',
  '(?:签证|簽證)(?:费)?(?:公司)?(?:办理|辦理|报销|報銷|全包|免费|免費|包办|包辦)',
  '(?:签证|簽證)(?:费用?|費用?)?(?:由)?(?:公司|老板|老闆)(?:办理|辦理|负责|負責|承担|承擔|出|包)',
  // vi
  // (literal spaces: every alternative then requires a Vietnamese phrase, not just "visa")
  `(?<![\\p{L}])(?:bao|lo|hỗ trợ|miễn phí|làm|công ty lo|cty lo) (?:visa|thị thực)`,
  `(?<![\\p{L}])(?:bao|lo|hỗ trợ|miễn phí|làm) (?:thủ tục (?:visa|thị thực|giấy phép lao động)|giấy phép lao động)`,
  `(?<![\\p{L}])visa (?:miễn phí|free|công ty lo|cty lo|được hỗ trợ)`,
  word('(?:bao|mien phi|(?:cong ty|cty) lo) (?:thu tuc )?(?:visa|thi thuc)|visa (?:mien phi|(?:cong ty|cty) lo)'),
  // id / ms
  word(
    '(?:visa|permit) (?:kerja |bekerja )?(?:gratis|ditanggung|diurus(?:kan)?|disediakan|dibayar(?:kan)?|percuma)(?: (?:oleh )?(?:perusahaan|kantor|syarikat|majikan))?',
  ),
  word('(?:gratis|free|pengurusan|urus|percuma) visa|syarikat (?:akan )?(?:uruskan|tanggung|sediakan) (?:visa|permit)'),
  // th
  '(?:ทำ)?วีซ่า(?:ทำงาน)?(?:ให้|ฟรี)|(?:ฟรี|บริษัทออก(?:ค่า)?|ออกค่า)วีซ่า',
  'วีซ่า(?:ทำงาน)?\\s?(?:บริษัทออก(?:ให้)?|บริษัททำให้|บริษัทจัดการ(?:ให้)?)|บริษัท(?:ทำ|จัดการ|ดำเนินการ)(?:เรื่อง)?วีซ่า',
  // km
  `(?:ទិដ្ឋាការ|វីសា|វីហ្សា)\\s?(?:${FREE_KM}|ក្រុមហ៊ុន(?:ធ្វើ|រៀបចំ)(?:ឱ្យ|អោយ|ជូន)?)`,
  '(?:ឥតគិតថ្លៃ|ហ្វ្រី|ចេញថ្លៃ)\\s?(?:ទិដ្ឋាការ|វីសា)|ក្រុមហ៊ុន(?:ធ្វើ|រៀបចំ)\\s?(?:ទិដ្ឋាការ|វីសា)',
  // my
  `ဗီဇာ\\s?(?:${FREE_MY}|(?:ကို\\s?)?(?:လုပ်ပေး|စီစဉ်ပေး))`,
  'အခမဲ့\\s?ဗီဇာ',
  // lo
  `ວີຊາ\\s?${FREE_LO}`,
  '(?:ຟຣີ|ອອກຄ່າ)\\s?ວີຊາ|ເຮັດວີຊາໃຫ້',
  // ko / ja
  '비자\\s?(?:발급\\s?)?(?:제공|지원|무료|대행|회사\\s?부담|비용\\s?(?:지원|회사\\s?부담|무료))|비자(?:는|도)?\\s?회사에서\\s?(?:해결|처리|발급)',
  'ビザ(?:サポート|支給|取得支援|無料)|ビザ(?:取得)?(?:費用)?(?:は)?(?:会社|弊社)(?:負担|で(?:手配|取得))|ビザ代(?:無料|支給|会社負担)',
  // hi
  word(`(?:वीज़ा|वीजा|विज़ा|विजा)\\s?(?:${FREE_HI}|${CO_HI}|कंपनी (?:करवाएगी|बनवाएगी))`),
  word(`${FREE_HI}\\s?(?:वीज़ा|वीजा)`),
  word('(?:muft|mufat) visa|visa (?:muft|company (?:degi|dega|karwayegi|banwayegi|ki taraf se))'),
  // bn
  word(`ভিসা\\s?(?:${FREE_BN}|কোম্পানি(?:র)?\\s?(?:করে দেবে|করে দিবে))`),
  word('(?:ফ্রি|বিনামূল্যে)\\s?ভিসা'),
  // ne
  word(`(?:भिसा|भीसा)\\s?${FREE_NE}`),
  word('(?:फ्री|निःशुल्क|निशुल्क)\\s?(?:भिसा|भीसा)'),
  // si
  `වීසා(?:ව)?\\s?${FREE_SI}`,
  '(?:නොමිලේ|ෆ්රී)\\s?වීසා',
  // es
  word(
    `visas?(?: de trabajo)? ${FREE_ES}|(?:te )?(?:tramitamos|gestionamos|pagamos) (?:la |tu )?visa|nos encargamos de (?:la |tu )?visa|la empresa (?:te )?(?:tramita|gestiona|paga|cubre) (?:la |tu )?visa`,
  ),
  // pt
  word(`visto(?: de trabalho)? ${FREE_PT}|(?:tiramos|providenciamos|pagamos) (?:o |seu )?visto|a empresa (?:tira|providencia|paga|cuida do) (?:o |seu )?visto`),
  // ru
  word(
    `бесплатн[а-яё]{0,3} (?:рабоч[а-яё]{2,3} )?виз(?:а|у|ы|ой)|виз(?:а|у|ы)(?: бесплатно| ${FREE_RU}| оформля(?:ем|ет|ется))|(?:оформим|оформляем|сделаем|делаем) (?:вам )?(?:рабоч[а-яё]{2,3} )?виз(?:а|у|ы)|оформление (?:рабоч[а-яё]{2,3} )?виз[аы]? (?:бесплатно|за сч[её]т)`,
  ),
  // sw
  word(`(?:viza|visa) ${FREE_SW}|(?:bure|free) viza|(?:kampuni|mwajiri) (?:itashughulikia|inashughulikia|italipia|inalipia|atashughulikia) (?:viza|visa)`),
  // am
  `ቪዛ\\s?${FREE_AM}`,
  '(?:ነ[ፃጻ]|በነ[ፃጻ])\\s?ቪዛ',
  ...FLIGHT_AND_VISA,
]);

// Food and room named together as one perk (food and accommodation, 包吃住, 숙식, bao ăn ở,
// rehna-khana, থাকা-খাওয়া, खाना बस्न, alojamiento y comida, проживание и питание): both perks.
const FOOD_AND_ROOM = [
  word('(?:food|meals?|board) (?:and|&|\\+) (?:accommodation|lodging|housing|room)|room (?:and|&) board|board and lodging'),
  word('libreng? (?:kain|pagkain|food) (?:at|and|&) (?:tirahan|tulugan|bahay|accommodation)'),
  '(?<!不)(?:包吃住|包食宿|管吃管住|管吃住)|(?<!不)包吃包住|(?:提供|免费|免費|供)(?:吃住|食宿|膳宿)|(?:吃住|食宿)(?:全包|免费|免費|公司(?:承担|承擔|负责|負責|包))',
  `(?<![\\p{L}])(?:bao|miễn phí|free|lo)\\s?(?:ăn ở|ăn,? ở|ăn ngủ)|ăn ở (?:miễn phí|free)`,
  word('bao an o|bao an ngu|mien phi an o|an o mien phi'),
  word('makan (?:dan|&|\\+) (?:mess|tempat tinggal|penginapan|asrama)|(?:mess|penginapan) (?:dan|&|\\+) makan'),
  'ที่พัก(?:และ|\\+)?อาหาร|อาหาร(?:และ|\\+)?ที่พัก|กิน(?:-|\\s)?อยู่ฟรี',
  '숙식\\s?(?:100%\\s?)?(?:제공|무료|지원)|숙식비\\s?(?:무료|지원|제공|회사\\s?부담)',
  '(?:寮|住居)(?:・|、)?(?:食事|三食|3食)(?:付き?|無料|支給)',
  'ស្នាក់នៅ(?:\\s?និង\\s?|\\s)?(?:ហូបចុក|អាហារ)|(?:ហូបចុក|អាហារ)(?:\\s?និង\\s?|\\s)?(?:ស្នាក់នៅ|កន្លែងស្នាក់នៅ)',
  'စား(?:စရာ|ရေး)\\s?(?:နေ(?:စရာ|ရေး))|နေ(?:စရာ|ရေး)\\s?စား(?:စရာ|ရေး)|စားဝတ်နေရေး',
  'ທີ່ພັກ(?:ແລະ|\\+|\\s)?ອາຫານ|ອາຫານ(?:ແລະ|\\+|\\s)?ທີ່ພັກ',
  word('(?:रहना|रहने)(?:[-\\s]|\\s?(?:और|व|एवं)\\s?)?(?:खाना|खाने)|(?:खाना|खाने)(?:[-\\s]|\\s?(?:और|व|एवं)\\s?)?(?:रहना|रहने)'),
  word('(?:rehna|rahna|rehne|rahne)(?: aur| or|-| )?(?:khana|khaana|khane)|(?:khana|khaana|khane)(?: aur| or|-| )?(?:rehna|rahna|rehne|rahne)'),
  word('থাকা[-\\s]?খাওয়া|থাকা\\s?ও\\s?খাওয়া|খাওয়া[-\\s]?থাকা|থাকা[-\\s]?খাবার|থাকার\\s?(?:ও|এবং)\\s?খাওয়ার'),
  word('(?:खाना|खान)\\s?(?:र\\s?)?(?:बस्न|बस्ने)|(?:बस्न|बस्ने)\\s?(?:र\\s?)?(?:खाना|खान)'),
  '(?:කෑම|ආහාර)(?:\\s?බීම)?\\s?(?:සහ|හා|,)?\\s?(?:නවාතැන්|නේවාසික|ලැගුම්)',
  word(
    '(?:comida|alimentación) (?:y|e|\\+) (?:alojamiento|hospedaje|vivienda|habitación)|(?:alojamiento|hospedaje|vivienda) (?:y|\\+) (?:comida|alimentación)|casa y comida',
  ),
  word(
    '(?:alimentação|comida) (?:e|\\+) (?:moradia|alojamento|hospedagem|acomodação)|(?:moradia|alojamento|hospedagem|acomodação) (?:e|\\+) (?:alimentação|comida)|casa e comida',
  ),
  word('(?:проживани[ея]|жиль[её]) и питани[ея]|питани[ея] и (?:проживани[ея]|жиль[её])'),
  word('chakula na (?:malazi|makazi|mahali pa kulala)|(?:malazi|makazi) na chakula'),
  '(?:ምግብ)(?:ና|\\s?እና)\\s?(?:መኝታ|መኖሪያ|ማረፊያ)|(?:መኝታ|መኖሪያ|ማረፊያ)(?:ና|\\s?እና)\\s?ምግብ',
];

const FOOD = anyOfNormalised([
  word(`${FREE_EN} (?:meals?|food|board|lunch(?:es)? and dinners?|three meals|3 meals)`),
  word('(?:meals?|food|board)(?: (?:is|are|will be))? (?:free|provided|covered|included)|(?:three|3) meals (?:a day )?(?:provided|free|included)'),
  // tl
  word(`libreng? (?:pagkain|kain|food|meals?|ulam)|libre (?:ang )?(?:pagkain|kain)|(?:pagkain|kain) (?:ay )?libre|${CO_TL} (?:ang )?(?:pagkain|kain)`),
  // zh
  '(?<!不)(?:包吃|包食|包三餐|管吃|包伙食|管饭|管飯)|供餐|供膳|供三餐|提供(?:三餐|餐食|伙食|膳食|工作餐)|免费(?:三餐|餐|伙食)|免費(?:三餐|餐|伙食)|餐补|餐補|三餐全包',
  '食宿(?!自理|自付|费用自理|費用自理|需自理|自己)',
  // vi
  `(?<![\\p{L}])(?:bao|miễn phí|free|lo) (?:ăn|cơm|ăn uống)|(?:ăn uống|bữa ăn|cơm) (?:miễn phí|free|được bao)`,
  word('bao (?:an uong|an 3 bua|com)|(?:an uong|bua an|com) (?:mien phi|free)'),
  // id / ms
  word('(?:makan|makanan|makan minum) (?:gratis|ditanggung|disediakan|free|3x|3 kali|percuma)|(?:gratis|free|percuma) makan(?:an)?|makan percuma'),
  // th
  'อาหารฟรี|ฟรีอาหาร|ฟรีค่าอาหาร|มีอาหาร(?:ให้)?|อาหาร\\s?3\\s?มื้อ|เลี้ยงอาหาร|เลี้ยงข้าว|กินฟรี|มีข้าวให้กิน',
  // km
  `(?:អាហារ(?!ដ្ឋាន)|ម្ហូប|ហូបចុក)(?:\\s?(?:៣|3)\\s?ពេល)?\\s?${FREE_KM}`,
  '(?:ឥតគិតថ្លៃ|ហ្វ្រី|ផ្[តដ]ល់)\\s?(?:អាហារ(?!ដ្ឋាន)|ម្ហូប)|មានអាហារ(?!ដ្ឋាន)(?:\\s?(?:៣|3)\\s?ពេល)',
  // my
  `(?:အစားအသောက်|စားစရာ|ထမင်း)\\s?${FREE_MY}`,
  'အခမဲ့\\s?(?:ထမင်း|အစားအသောက်|စားစရာ)|ထမင်း(?:\\s?(?:၃|3)\\s?နပ်)?\\s?ကျွေး',
  // lo
  `ອາຫານ(?:\\s?3\\s?ຄາບ)?\\s?${FREE_LO}`,
  '(?:ຟຣີ|ມີ|ລ້ຽງ)\\s?ອາຫານ',
  // ko / ja
  '삼시세끼|(?:식사|세끼)\\s?(?:제공|무료|회사\\s?부담)',
  '食事(?:付き?|支給|無料|提供)|まかない|(?:三食|3食)(?:付き?|無料|支給|込み)|食費(?:無料|会社負担|全額負担)',
  // hi
  word(`(?:खाना|भोजन)\\s?(?:${FREE_HI}|${CO_HI})`),
  word(`${FREE_HI}\\s?(?:खाना|भोजन)`),
  word('(?:khana|khaana|bhojan) (?:free|muft|company (?:degi|dega|ki taraf se))|(?:free|muft) (?:khana|khaana|bhojan)'),
  // bn
  word(`(?:খাবার|খাওয়া(?:দাওয়া)?)\\s?${FREE_BN}`),
  word('(?:ফ্রি|বিনামূল্যে)\\s?(?:খাবার|খাওয়া)'),
  // ne
  word(`खाना\\s?${FREE_NE}`),
  word('(?:निःशुल्क|निशुल्क|फ्री)\\s?खाना'),
  // si
  `(?:කෑම(?:\\s?බීම)?|ආහාර)\\s?(?:${FREE_SI}|ලබා දේ|ලබා දෙනු ලැබේ|සපයනු ලැබේ)`,
  '(?:නොමිලේ|ෆ්රී)\\s?(?:කෑම|ආහාර)',
  // es / pt
  word(`(?:comidas?|alimentación|almuerzos?) ${FREE_ES}|comida gratis`),
  word(`(?:alimentação|refeições|refeição|comida) ${FREE_PT}`),
  // ru
  word(`бесплатн[а-яё]{0,3} (?:(?:тр[её]хразов[а-яё]{0,3} )?питани[а-яё]{1,2}|обед[а-яё]{0,2})|питани[а-яё]{1,2} (?:бесплатн[а-яё]{0,3}|${FREE_RU}|включено)`),
  // sw
  word(`chakula ${FREE_SW}|(?:bure|free) chakula`),
  // am
  `ምግብ\\s?${FREE_AM}`,
  '(?:ነ[ፃጻ]|በነ[ፃጻ])\\s?ምግብ',
  ...FOOD_AND_ROOM,
]);

const ROOM = anyOfNormalised([
  word(`${FREE_EN} (?:accommodations?|housing|lodging|dorm(?:itory)?|hotel|room|board and lodging|staff housing|apartment|quarters)`),
  word('(?:accommodations?|housing|lodging|dorm(?:itory)?|hotel room|room)(?: (?:is|are|will be))? (?:free|provided|covered|included|paid)'),
  // "Luxury accommodation": housing as a selling point, the way lures sell it.
  word('(?:luxury|luxurious|5-star|five-star) (?:accommodations?|housing|dorm(?:itory|itories)?|apartments?|villas?|condos?)'),
  '(?:豪华|豪華|高档|高檔|五星级|五星級|酒店式)(?:宿舍|住宿|公寓)',
  `(?<![\\p{L}])(?:chỗ ở|nhà ở|ký túc xá|phòng ở|căn hộ) (?:sang trọng|cao cấp|5 sao|năm sao)`,
  // tl
  word(
    `libreng? (?:tirahan|matutuluyan|bahay|accommodation|pabahay|stay[- ]in|tulugan|dorm|barracks)|libre (?:ang )?(?:tirahan|matutuluyan|tulugan)|(?:tirahan|matutuluyan|tulugan) (?:ay )?libre|${CO_TL} (?:ang )?(?:tirahan|bahay|accommodation|matutuluyan)`,
  ),
  // zh
  '(?<!不)(?:包住|包宿|管住)|(?:提供|免费|免費|供)(?:住宿|宿舍|员工宿舍|員工宿舍)|住宿(?:免费|免費|全包)|宿舍(?:免费|免費)',
  '食宿(?!自理|自付|费用自理|費用自理|需自理|自己)',
  // vi
  `(?<![\\p{L}])(?:bao|miễn phí|free) (?:ở|chỗ ở|nhà ở|ký túc xá)|(?:chỗ ở|nhà ở|ký túc xá|phòng ở) (?:miễn phí|free|được bao)`,
  word('(?:bao|mien phi) (?:o|cho o|nha o|ky tuc xa)|free (?:cho o|nha o)|(?:cho o|nha o|ky tuc xa|phong o) (?:mien phi|free|duoc bao)'),
  // id / ms
  word(
    '(?:mess|tempat tinggal|penginapan|asrama|akomodasi|tempat tidur|hotel|hostel|rumah pekerja) (?:gratis|ditanggung|disediakan|free|percuma)|(?:gratis|free|percuma) (?:mess|tempat tinggal|penginapan|asrama|akomodasi|hostel)|penginapan percuma|tempat tinggal percuma',
  ),
  // th
  'ที่พักฟรี|ฟรีที่พัก|ฟรีค่าที่พัก|ฟรีห้องพัก|มีที่พัก(?:ให้)?|มีห้องพักให้|หอพักฟรี|อยู่ฟรี',
  // km
  `(?:កន្លែងស្នាក់នៅ|បន្ទប់ស្នាក់នៅ|ផ្ទះស្នាក់នៅ|អន្តេវាសិកដ្ឋាន|ស្នាក់នៅ)\\s?${FREE_KM}`,
  '(?:ឥតគិតថ្លៃ|ហ្វ្រី|ផ្[តដ]ល់|មាន)\\s?(?:កន្លែងស្នាក់នៅ|បន្ទប់ស្នាក់នៅ)',
  // my
  `(?:နေစရာ|နေရာထိုင်ခင်း|အဆောင်)\\s?(?:${FREE_MY}|ပေးမည်|ပေးပါမည်)`,
  'အခမဲ့\\s?(?:နေစရာ|အဆောင်|နေရာထိုင်ခင်း)',
  // lo
  `(?:ທີ່ພັກ|ຫໍພັກ)\\s?${FREE_LO}`,
  '(?:ຟຣີ|ມີ)\\s?(?:ທີ່ພັກ|ຫໍພັກ)',
  // ko / ja
  '(?:숙소|기숙사)\\s?(?:100%\\s?)?(?:제공|무료|회사\\s?부담)|체류비\\s?(?:제공|지원|무료)|숙박\\s?(?:제공|무료)',
  '(?:寮|社宅|住居|宿泊|住まい)(?:費)?(?:は)?(?:完備|付き?|無料|提供|支給|会社負担)|家賃無料|寮費無料|住み込み',
  // hi
  word(`(?:रहना|रहने की (?:व्यवस्था|सुविधा)|आवास|कमरा|रूम|हॉस्टल)\\s?(?:${FREE_HI}|${CO_HI})`),
  word(`${FREE_HI}\\s?(?:रहना|आवास|कमरा|रूम)`),
  word('(?:free|muft) (?:rehna|rahna|rehne ki (?:jagah|suvidha))|(?:rehna|rahna|rehne ki (?:jagah|suvidha)) (?:free|muft|company (?:degi|ki taraf se))'),
  // bn
  word(`(?:থাকা|থাকার\\s?(?:ব্যবস্থা|জায়গা)|আবাসন|বাসস্থান|হোস্টেল)\\s?${FREE_BN}`),
  word('(?:ফ্রি|বিনামূল্যে)\\s?(?:থাকা|থাকার|আবাসন|বাসস্থান)'),
  // ne
  word(`(?:बस्न|बस्ने|आवास|कोठा)\\s?(?:को\\s?व्यवस्था\\s?)?${FREE_NE}`),
  word('(?:निःशुल्क|निशुल्क|फ्री)\\s?(?:बस्न|बस्ने|आवास|कोठा)'),
  // si
  `(?:නවාතැන්|නේවාසික|ලැගුම්)(?:\\s?පහසුකම්)?\\s?(?:${FREE_SI}|ලබා දේ|ලබා දෙනු ලැබේ|සපයනු ලැබේ)`,
  '(?:නොමිලේ|ෆ්රී)\\s?(?:නවාතැන්|නේවාසික|ලැගුම්)',
  // es / pt
  word(`(?:alojamiento|hospedaje|vivienda|habitación|dormitorio|hotel) ${FREE_ES}`),
  word(`(?:moradia|alojamento|hospedagem|acomodação|casa|quarto|dormitório|hotel) ${FREE_PT}`),
  // ru
  word(
    `бесплатн[а-яё]{0,3} (?:проживани[а-яё]{1,2}|жиль[её]|общежити[а-яё]{1,2}|размещени[а-яё]{1,2})|(?:проживани[а-яё]{1,2}|жиль[её]|общежити[а-яё]{1,2}) (?:бесплатн[а-яё]{0,3}|${FREE_RU})|предоставляется (?:бесплатное )?(?:жиль[её]|проживание|общежитие)`,
  ),
  // sw
  word(`(?:malazi|makazi|nyumba|mahali pa kulala|hosteli) ${FREE_SW}|(?:bure|free) (?:malazi|makazi)`),
  // am
  `(?:መኖሪያ(?:\\s?ቤት)?|ማረፊያ|መኝታ)\\s?${FREE_AM}`,
  '(?:ነ[ፃጻ]|በነ[ፃጻ])\\s?(?:መኖሪያ|ማረፊያ|መኝታ)',
  ...FOOD_AND_ROOM,
]);

const NO_COST = anyOfNormalised([
  word(
    'no (?:cost|fees?|charges?) (?:to you|for you|at all)|(?:not|never) (?:need|have) to (?:pay|spend|take out) (?:a single|any)|zero (?:cost|fees?)|all expenses paid|everything (?:is )?(?:free|covered|paid)',
  ),
  word('walang (?:babayaran|gagastusin)|wala kang (?:babayaran|gagastusin)|libre lahat'),
  '不用(?:出|花)一分钱|不用(?:出|花)一分錢|一分钱不用(?:出|花)|一分錢不用(?:出|花)|零费用|零費用|全包|一切费用公司|一切費用公司|所有费用(?:公司|全包)|所有費用(?:公司|全包)|费用全免|費用全免',
  `(?<![\\p{L}])(?:không (?:mất|tốn) (?:bất kỳ )?(?:chi phí|đồng nào|phí)|0 đồng|chi phí 0đ|miễn phí 100%|bao trọn gói)`,
  word('khong (?:mat|ton) (?:chi phi|dong nao)|bao tron goi'),
  word(
    '(?:semua|seluruh) (?:biaya|kos) (?:ditanggung|gratis)|tanpa (?:sebarang )?(?:biaya|kos|bayaran)|gratis semua|tidak (?:dipungut|perlu) biaya|tiada (?:sebarang )?(?:kos|bayaran)|percuma semua',
  ),
  'ไม่มีค่าใช้จ่าย|ไม่เสียค่าใช้จ่าย|ฟรีทุกอย่าง|ฟรีทั้งหมด|ไม่ต้องจ่าย(?:อะไร|สักบาท)|ไม่ต้องเสียเงิน(?:สักบาท)?',
  'មិនគិតថ្លៃអ្វីទាំងអស់|មិនអស់ថ្លៃ|ឥតគិតថ្លៃទាំងអស់|មិនចាំបាច់ចំណាយ',
  'ကုန်ကျစရိတ်\\s?(?:မရှိ|လုံးဝမရှိ)|ငွေတစ်ပြား(?:မှ)?\\s?မကုန်|အားလုံး\\s?အခမဲ့',
  'ບໍ່ມີຄ່າໃຊ້ຈ່າຍ|ບໍ່ເສຍຄ່າໃຊ້ຈ່າຍ|ຟຣີທັງໝົດ',
  '비용\\s?(?:전액 )?(?:무료|지원|없음)|전액 지원|본인\\s?부담\\s?(?:없음|0원)|자비\\s?부담\\s?없',
  '費用(?:は)?(?:一切|全額)(?:不要|負担)|自己負担(?:なし|ゼロ|0円)|全額会社負担',
  word('कोई (?:खर्च|शुल्क|फीस) नहीं|एक भी पैसा नहीं|सब कुछ (?:फ्री|मुफ्त|मुफ़्त)|पूरा खर्च कंपनी'),
  word('koi (?:kharcha|fees?|paisa) nahi|ek bhi paisa nahi|sab kuch free'),
  word('কোনো (?:খরচ|টাকা|ফি) (?:লাগবে না|নেই)|সব খরচ কোম্পানি(?:র)?|এক টাকাও লাগবে না'),
  word('कुनै (?:खर्च|शुल्क|पैसा) (?:लाग्दैन|छैन|पर्दैन)|सबै खर्च कम्पनीले|एक रुपैयाँ पनि (?:लाग्दैन|तिर्नु पर्दैन)'),
  '(?:කිසිදු|කිසිම) (?:වියදමක්|ගාස්තුවක්|මුදලක්) (?:නැත|නැහැ|අය කරනු නොලැබේ)|සියලු වියදම් සමාගම',
  word(
    'sin (?:ningún )?costo(?: alguno)? para (?:ti|usted)|(?:todos los )?gastos pagados|no (?:tienes|tiene|necesitas) que pagar nada|costo cero|sem (?:nenhum )?custo(?: nenhum)? para (?:você|voce)|tudo pago(?: pela empresa)?|(?:todas as )?despesas pagas|não (?:precisa|precisará) pagar nada|custo zero',
  ),
  word(
    '(?:все|всё) (?:расходы )?за сч[её]т (?:компании|работодателя)|без (?:каких-либо )?(?:затрат|вложений)|никаких (?:затрат|вложений|расходов)|абсолютно бесплатно',
  ),
  word(
    'bila (?:gharama|malipo) yoyote|hakuna (?:gharama|malipo) yoyote|kila kitu (?:ni )?bure|gharama zote (?:zinalipwa|zitalipwa|zinalipiwa|zitalipiwa) na kampuni',
  ),
  'ምንም (?:ክፍያ|ወጪ) (?:የለም|አይጠየቅም|አይከፈልም)|ሁሉም ወጪ (?:በድርጅቱ|በኩባንያው)',
]);

const PERKS = ['flight', 'visa', 'food', 'room'] as const satisfies PerkBundle['items'];
type Perk = (typeof PERKS)[number];

// Perks listed first and granted once at the end: "숙소·비행기티켓·비자·생활비 등 제공",
// "visa, ticket and initial accommodation company-provided".
const LIST_PERK_WORDS: readonly [Perk, string][] = [
  [
    'flight',
    '(?:비행기\\s?(?:티켓|표)|항공권|항공료|(?:air |plane |flight )?tickets?|air ?fares?|flights?|pamasahe|eroplano|tiket(?: pesawat| penerbangan)?|(?:हवाई )?(?:टिकट|टिकेट)|(?:বিমান )?টিকিট|(?:ගුවන් )?ටිකට්(?:පත්?)?|ตั๋วเครื่องบิน)',
  ],
  ['visa', '(?:비자|(?:work )?visas?|work permits?|permit kerja|भिसा|वीजा|वीज़ा|ভিসা|වීසා|วีซ่า)'],
  ['food', '(?:숙식|식사|3식|삼시세끼|meals?|food|pagkain|makan(?:an)?|खाना|भोजन|খাবার|කෑම|อาหาร)'],
  [
    'room',
    '(?:숙식|숙소|기숙사|(?:initial |free )?(?:accommodation|lodging|housing)|akomodasi|penginapan|asrama|tempat tinggal|tirahan|tutuluyan|matutuluyan|mess|बस्न|बस्ने|आवास|থাকা|থাকার জায়গা|නවාතැන්?|ที่พัก)',
  ],
];
// Other items such lists carry, so that they do not break the list.
const LIST_OTHER = '(?:생활비|간식|커피|교통비|living (?:costs?|allowance)|transport(?:ation)?|insurance)';
const LIST_ITEM = `(?:${LIST_PERK_WORDS.map(([, w]) => w).join('|')}|${LIST_OTHER})`;
const LIST_SEP = '(?:\\s?[·,、/+-]\\s?|\\s?및\\s?|,? and |,? & |,? dan |,? at | और | र | ও | සහ |\\s)';
const LIST_GRANTED =
  '(?:제공|무료|회사\\s?부담|(?:are |all )?(?:company|employer)[- ](?:provided|paid|sponsored)|(?:are |all )?(?:provided|covered|paid|free) by (?:the )?(?:company|employer)|(?:(?:semua|all|सबै|সব) )?(?:gratis|percuma|ditanggung|free|फ्री|मुफ्त|निःशुल्क|নিঃশুল্ক|ফ্রি|বিনামূল্যে|නොමිලේ|නොමිලයේ|ฟรี)(?![\\p{L}]))';
// Only for the prefilter: the lists above run only where a granting word occurs too.
const LIST_GRANTED_ANY = lit(new RegExp(asNormalised(LIST_GRANTED), 'iu'));
const LIST_PROVIDED = lit(
  new RegExp(asNormalised(`(?<![\\p{L}])${LIST_ITEM}(?:${LIST_SEP}${LIST_ITEM}){1,5}\\s?(?:등\\s?)?(?:(?:을|를)\\s?)?${LIST_GRANTED}`), 'giu'),
);
// The same lists granted first: "Libre ang pamasahe, visa, tirahan at pagkain", "sagot ng kompanya ang ticket at tutuluyan".
const LIST_GRANTED_FIRST = lit(
  new RegExp(
    asNormalised(
      `(?<![\\p{L}])(?:libre(?:ng)?(?: ang)?|sagot ng (?:kompanya|kumpanya|company|employer|agency) ang)\\s${LIST_ITEM}(?:${LIST_SEP}${LIST_ITEM}){1,5}(?![\\p{L}])`,
    ),
    'giu',
  ),
);
const LIST_PERK_RES: readonly [Perk, RegExp][] = LIST_PERK_WORDS.map(([k, w]) => [k, new RegExp(asNormalised(w), 'iu')]);

/** Each perk of a granted list, with the list as its evidence. */
function listedPerks(text: string): Map<Perk, Match> {
  const out = new Map<Perk, Match>();
  for (const list of [LIST_PROVIDED, LIST_GRANTED_FIRST]) {
    if (!mayMatch(text, idOf(list))) continue;
    if (list === LIST_PROVIDED && !mayMatch(text, idOf(LIST_GRANTED_ANY))) continue;
    list.lastIndex = 0;
    let guard = 0;
    for (let m = list.exec(text); m && guard < 10; m = list.exec(text), guard++) {
      const span = { text: m[0], start: m.index, end: m.index + m[0].length };
      for (const [k, re] of LIST_PERK_RES) if (!out.has(k) && re.test(m[0])) out.set(k, span);
    }
  }
  return out;
}

function detectLureBundle(text: string): SignalHit | null {
  const f = findAll(text, FLIGHT, 10);
  const v = findAll(text, VISA, 10);
  const fo = findAll(text, FOOD, 10);
  const r = findAll(text, ROOM, 10);
  for (const [k, span] of listedPerks(text)) (k === 'flight' ? f : k === 'visa' ? v : k === 'food' ? fo : r).push(span);
  const present = { flight: f.length > 0, visa: v.length > 0, food: fo.length > 0, room: r.length > 0 };
  const n = Number(present.flight) + Number(present.visa) + Number(present.food) + Number(present.room);
  if (n === 0) return null;
  let s: number;
  if (n === 4) s = 1;
  else if (n === 3) s = present.food && present.room ? 0.8 : 0.5;
  else if (n === 2) s = present.food && present.room ? 0.3 : 0.35;
  else s = 0.12;
  const nc = findAll(text, NO_COST, 3);
  if (nc.length && n >= 2) s += 0.1;
  const licensed = namesLicence(text);
  if (licensed) s *= 0.6;
  const spans: Match[] = [...f.slice(0, 1), ...v.slice(0, 1), ...fo.slice(0, 1), ...r.slice(0, 1), ...nc.slice(0, 1)];
  const items = PERKS.filter((k) => present[k]);
  const names = items.map((k) => (k === 'room' ? 'accommodation' : k));
  const detail = `Offers ${names.join(', ')}${n === 4 ? ' (the full lure bundle)' : ''}${nc.length ? ', "no cost to you"' : ''}${licensed ? ' (a recruitment licence is named)' : ''}`;
  const hit = makeHit('lure_bundle', s, spans, detail);
  if (hit) hit.perks = { items, noCost: nc.length > 0 };
  // Food and room alone are everyday perks of genuine factory, hotel and farm jobs at home; the
  // lure is the paid journey abroad.
  if (hit && !present.flight && !present.visa) hit.context = true;
  // A licensed recruiter or a government scheme offers the bundle in the open: it supports
  // other red flags but does not carry a warning alone.
  if (hit && licensed) hit.context = true;
  // One or two perks of a job that comes with a work permit (a yearly home-leave ticket, the
  // permit itself) are an expatriate's package, not the lure's bundle.
  if (hit && n <= 2 && namesLegalWork(text)) hit.context = true;
  return hit;
}

export const lureBundle = defineSignal({
  id: 'lure_bundle',
  label: 'Free flight, visa, food and room offered together',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectLureBundle,
});

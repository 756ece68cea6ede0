/**
 * passport_or_fee: asks for a passport copy/photo early, or a fee (processing, visa, training,
 * deposit); or the reverse, the recruiter sends travel money. "No placement fee" (required
 * wording in licensed PH agency ads) is a negation and ignored, and so is a fee named in an
 * anti-fraud notice ("we never charge fees", "以各种理由收取押金…均有骗子嫌疑") or as a benefit
 * ("교육비 지원", training costs reimbursed). Words that are also ordinary business terms
 * (deposit, Korean 수수료/보증금, Russian залог/предоплата) count only when the applicant is
 * asked to pay them.
 */
import type { SignalHit } from '../../shared/types.ts';
import { namesLicence, pointsAbroad } from './abroad.ts';
import { type Cue, cueStrength, makeHit, runCues } from './cues.ts';
import { anyOf, word } from './pattern.ts';
import { namesHub } from './scam-hub-location.ts';
import { defineSignal } from './signal.ts';

/** A negation just before a fee word ("no", "sin", "без", "बिना", "ไม่มี", "免", "ያለ" …). */
const NEG = new RegExp(
  [
    '(?:\\bno|\\bnot|\\bzero|\\bfree of|\\bwithout|\\bnever|\\bwalang|\\bwalang anumang|không|\\bko|tanpa|tidak ada|tiada|bebas|percuma|\\bsin|\\bsem|\\bningún|\\bninguna|\\bnenhuma|\\bisento de|\\bhakuna|\\bbila|\\bbure)',
    '(?<![\\p{L}])(?:без|нет|никаких)',
    '(?:ไม่มี|ไม่เสีย|ไม่เก็บ|免|无|無|不收|不需要?|없음|없이|なし|不要|बिना|कोई|কোনো|বিনা|ছাড়া|कुनै|ያለ|ምንም|ບໍ່ມີ|ບໍ່ເສຍ|ບໍ່ເກັບ|មិនយក|មិនគិត|គ្មាន|မယူ|නොමිලේ|කිසිදු)',
  ]
    .map((p) => `${p}\\s?(?:any\\s|charge\\s|the\\s|sebarang\\s|apa-apa\\s|qualquer\\s|cualquier\\s|भी\\s|ধরনের\\s|አይነት\\s)?$`)
    .join('|'),
  'iu',
);

/**
 * Genuine context around a fee word: an anti-fraud notice, "we do not charge", costs the
 * employer pays. Narrow on purpose: lures also say "not a scam" or "free visa" next to the fee
 * they ask for.
 */
/** Chinese "no need to pay", "we never charge" before a fee word ("无须交纳押金", "从不向员工收取任何押金、介绍费"). */
export const ZH_FEE_DENIED =
  /无须交纳|無須繳納|无需交纳|無需繳納|无须缴纳|无需缴纳|无须交|无需交|無須交|不用交|免交|不收取|不收任何|不用(?:自己)?(?:出|付|掏|承担|承擔)|(?:从不|從不|绝不|絕不|决不|決不|不会|不會)(?:向[^，。,.]{0,6})?收/u;

const FEE_NOT_DEMANDED = new RegExp(
  [
    ZH_FEE_DENIED.source,
    "beware|fraudulent|scammers|fake recruiters|(?:never|not|n't|no one will) (?:ask(?:s)? (?:you )?for|charge|collect|request) (?:you )?(?:any |a )?(?:fees?|payments?|money|deposits?)|waive|reimburs|shouldered by|covered by (?:the )?(?:company|employer)|paid by (?:the )?(?:company|employer)|(?:company|employer|employers) (?:pays?|covers?|shoulders?) (?:all |the |any )?(?:agency |recruitment |placement )?(?:fees?|costs?)|applicants? pays? nothing",
    '不收|無任何(?:費用|押金|收費)|无任何(?:费用|押金|收费)|骗子嫌疑|騙子嫌疑|谨防|謹防|以各种(?:名义|理由)|以各種(?:名義|理由)|报销|報銷|公司承担|公司承擔|一切かかりません|会社負担|当社負担',
    'không (?:thu|mất|đóng) (?:bất kỳ )?(?:phí|tiền)|khong (?:thu|mat|dong) (?:bat ky )?(?:phi|tien)|cảnh giác|canh giac|công ty (?:chi trả|hỗ trợ|chịu)',
    'tidak (?:dipungut|memungut|dikenakan) (?:biaya|pungutan)|waspada|ditanggung (?:oleh )?perusahaan|tidak mengenakan (?:sebarang )?(?:yuran|bayaran)|berhati-hati|penipuan|ditanggung (?:oleh )?majikan',
    'hindi (?:kami )?(?:naniningil|humihingi|nangongolekta)|walang (?:babayaran|sisingilin|kokolektahin)|mag-?ingat',
    'nunca (?:te |le |les )?(?:pediremos|pedimos|cobramos|solicitamos)|no (?:cobramos|cobra|solicitamos|pedimos) (?:ningún|ningun|ninguna|dinero)|cuidado con|desconf[ií]e',
    'n[aã]o (?:cobramos|cobra|solicitamos|pedimos) (?:nenhuma|nenhum|qualquer|dinheiro)|nunca (?:pedimos|cobramos|solicitamos)|cuidado com|pago pela empresa|custead[oa] pela empresa',
    '(?:не|никогда не) (?:берём|берем|требуем|взимаем|просим|берет|берёт)|мошенник|за сч[её]т (?:компании|работодателя)|оплачивает работодатель',
    '(?:hatutozi|hatuombi|hatuchukui|haitozwi|hatudai) (?:ada|pesa|malipo)|hakuna malipo|matapeli|tahadhari|italipwa na kampuni',
    '(?:फीस|शुल्क|चार्ज|पैसे?)\\s(?:भी\\s)?(?:नहीं|नही|लाग्दैन|लिइँदैन|नलाग्ने)|धोखाधड़ी|सावधान|ठगी|कंपनी (?:वहन|देगी)|(?:fees?|charges?|paisa|paise)\\s(?:bhi\\s)?(?:nahi|nhi)',
    '(?:ফি|টাকা|চার্জ)\\s?(?:\\S+\\s)?(?:লাগবে না|নেওয়া হয় না|নেই)|প্রতারক|সতর্ক',
    '(?:ගාස්තු|මුදල්)\\s?(?:\\S+\\s)?(?:අය කරනු නොලැබේ|අය නොකෙරේ|නැත)|වංචා',
    '(?:ክፍያ|ገንዘብ)\\s(?:የለም|አንጠይቅም|አይጠየቅም)|አጭበርባሪ',
    'មិនយកថ្លៃ|មិនគិតថ្លៃ|ឥតគិតថ្លៃ|ការឆបោក|ប្រយ័ត្ន',
    '(?:ကြေး|ငွေ|ခ)\\s?(?:လုံးဝ\\s?)?(?:မယူ|မပေးရ)|လိမ်လည်',
    'ບໍ່ເສຍຄ່າ|ບໍ່ເກັບຄ່າ|ບໍ່ມີຄ່າ|ຫລອກລວງ|ລະວັງ|มิจฉาชีพ|บริษัทออกให้|ไม่มีค่าใช้จ่าย',
    '사기\\s?주의|회사\\s?부담|전액\\s?지원|지원해\\s?드립니다',
  ].join('|'),
  'iu',
);

const CUES: Cue[] = [
  {
    group: 'passport_send',
    weight: 0.65,
    re: anyOf([
      word(
        'send (?:us |me )?(?:a )?(?:copy|photo|picture|pic|scan) of (?:your )?passport|(?:send|submit|upload) (?:us |me )?(?:your )?passport(?: (?:copy|photo|pic|picture|scan|details|info))?|passport (?:copy|photo|picture|pic|scan) (?:via|on|to|through) (?:telegram|whatsapp|wechat|line|email|dm)|passport (?:copy|photo|pic|details) (?:first|asap|now)',
      ),
      '(?:发|發|拍|提供|提交)(?:一下)?(?:你的)?护照(?:照片|复印件|首页|信息)?|(?:发|發|拍|提供|提交)(?:一下)?(?:你的)?護照(?:照片|影本|首頁|資料)?|护照(?:照片|复印件|首页)发|護照(?:照片|影本)發|(?:护照|護照)(?:拍照|拍一下|发我|發我|发过来|發過來|给我|給我)',
      `(?<![\\p{L}])(?:gửi (?:ảnh |bản sao |hình )?hộ chiếu|chụp (?:ảnh )?hộ chiếu|gui (?:anh |ban sao |hinh )?ho chieu|chup (?:anh )?ho chieu)`,
      word('(?:kirim|kirimkan|upload|lampirkan)(?:kan)? (?:foto |scan |salinan |fotokopi |fc |copy )?paspor|foto paspor|fc paspor'),
      word('hantar (?:salinan |gambar |foto |copy )?(?:pasport|passport|paspot)|(?:gambar|salinan) (?:pasport|passport)'),
      word(
        '(?:ipadala|send|i-?send|isend|ipasa|pa-?send|paki-?send)(?: na)?(?: lang)?(?: po)? (?:mo |nyo |niyo )?(?:ang |yung |ung |ng )?(?:kopya ng |picture ng |pic ng |litrato ng |copy ng )?(?:pasaporte|passport)|pic ng passport',
      ),
      word(
        '(?:env[ií]a(?:nos|me)?|m[aá]nda(?:nos|me)?|mande|adjunta|enviar) (?:una )?(?:foto|copia|escaneo|scan) (?:de|del) (?:tu |su )?pasaporte|(?:env[ií]a(?:nos|me)?|m[aá]nda(?:nos|me)?) (?:tu |su )?pasaporte|foto del pasaporte',
      ),
      word(
        '(?:envie|envia|mande|manda|enviar|mandar) (?:uma )?(?:foto|c[oó]pia|scan|digitaliza[cç][aã]o) do (?:seu )?passaporte|(?:envie|mande|manda) (?:o )?(?:seu )?passaporte|foto do passaporte',
      ),
      word(
        '(?:отправ\\p{L}*|пришл\\p{L}*|скин\\p{L}*|присыла\\p{L}*|вышл\\p{L}*) (?:нам |мне )?(?:фото |скан |копию |фотографию )?(?:вашего |своего )?(?:загран)?паспорт\\p{L}*|фото паспорта|скан паспорта',
      ),
      word('(?:tuma|tutumie|nitumie) (?:picha|nakala|kopi|scan) ya (?:pasipoti|paspoti|passport)|(?:picha|nakala) ya (?:pasipoti|paspoti|passport)'),
      word(
        'passport (?:ki |ka )?(?:photo|copy|scan) (?:bhejo|bheje|bhejein|bhejiye|send karo|send karein|whatsapp karo|share karo|pathan|pathiye|pathaunus|evanna|ewanna)',
      ),
      'पासपोर्ट (?:की |का )?(?:फोटो|कॉपी|कापी|स्कैन) (?:भेजें|भेजे|भेजो|भेजिए|दें)|(?:अपना )?पासपोर्ट भेजें|(?:पासपोर्ट|राहदानी)(?:को)? (?:फोटो|कपी|प्रतिलिपि|स्क्यान) (?:पठाउनुहोस्|पठाउनुस्|पठाउने)',
      'পাসপোর্টের (?:ছবি|কপি|ফটো|স্ক্যান) (?:পাঠান|দিন|পাঠাবেন|ইনবক্স করুন)|পাসপোর্ট (?:কপি|ছবি) পাঠান',
      '(?:පාස්පෝට්|පාස්පෝර්ට්|ගමන් බලපත්ර)(?:ය|යේ)?\\s?(?:ෆොටෝ|ඡායාරූප|කොපි|පිටපත)(?:යක්|ක්)?\\s?(?:එවන්න|යවන්න)',
      '(?:የ)?ፓስፖርት(?:ዎን|ህን|ሽን)?\\s(?:ፎቶ|ኮፒ|ቅጂ)(?:ውን)?\\s(?:ይላኩ|ላኩ)|ፓስፖርት(?:ዎን|ህን|ሽን)\\s(?:ይላኩ|ላኩ)',
      'ផ្ញើ(?:រូប|រូបថត|ច្បាប់ចម្លង)?(?:លិខិតឆ្លងដែន|ប៉ាស្ព័រ|ប៉ាសព័រ)|ថតរូប(?:លិខិតឆ្លងដែន|ប៉ាស្ព័រ)',
      '(?:ပတ်စ်ပို့|ပါတ်စပို့|နိုင်ငံကူးလက်မှတ်)\\s?(?:ဓာတ်ပုံ|မိတ္တူ|ကော်ပီ)?\\s?(?:ပို့ပေးပါ|ပို့ပါ|ပို့ရန်)',
      'ສົ່ງ(?:ຮູບ|ສຳເນົາ)?(?:ຫນັງສືຜ່ານແດນ|ພາສປອດ)',
      'ส่ง(?:รูป|สำเนา)?(?:พาสปอร์ต|หนังสือเดินทาง)|ถ่ายรูป(?:พาสปอร์ต|หนังสือเดินทาง)|แนบ(?:รูป|สำเนา)?พาสปอร์ต',
      '여권\\s?(?:사본|사진|스캔|정보)(?:을|를)?\\s?(?:먼저\\s?)?(?:보내|제출|전송|카톡|텔레|찍어)',
      'パスポート(?:の)?(?:写真|コピー|画像)(?:を)?(?:送|提出|LINE|DM)|パスポートを(?:送|撮)',
    ]),
  },
  {
    group: 'passport_have',
    weight: 0.25,
    re: anyOf([
      word('(?:must |should )?(?:have|has|with|holding|hold) (?:a )?(?:valid )?passport|(?:valid )?passport (?:is )?(?:required|a must|needed|ready)'),
      '有护照|有護照|护照(?:优先|必须)|護照(?:優先|必須)',
      `(?<![\\p{L}])(?:có (?:sẵn )?hộ chiếu|hộ chiếu còn hạn|đã có hộ chiếu|co (?:san )?ho chieu|da co ho chieu)`,
      word('(?:memiliki|punya|mempunyai|sudah ada) paspor|paspor (?:aktif|masih berlaku)|(?:ada|mempunyai|mesti ada) (?:pasport|passport)'),
      word('(?:may |with |meron |merong |dapat may )(?:valid )?(?:pasaporte|passport)'),
      word('(?:tener|contar con|con) pasaporte(?: vigente)?|pasaporte vigente|(?:ter|possuir|com|tenha) passaporte(?: v[aá]lido)?|passaporte v[aá]lido'),
      word('наличие (?:загран)?паспорта|(?:есть|иметь) загранпаспорт\\p{L}*|загранпаспорт (?:обязател\\p{L}*)'),
      word('(?:kuwa na|awe na|uwe na|mwenye) (?:pasipoti|passport)'),
      'पासपोर्ट (?:होना )?(?:जरूरी|ज़रूरी|अनिवार्य|आवश्यक)|पासपोर्ट होना चाहिए|(?:पासपोर्ट|राहदानी) (?:भएको|हुनुपर्ने)',
      'পাসপোর্ট (?:থাকতে হবে|থাকা আবশ্যক|বাধ্যতামূলক)|বৈধ পাসপোর্ট',
      '(?:පාස්පෝට්|ගමන් බලපත්ර)(?:ය|යක්)?\\s(?:තිබිය යුතුය|අනිවාර්යයි)',
      'ፓስፖርት (?:ያለው|ያላት|ያላቸው|ሊኖርዎት)',
      'មាន(?:លិខិតឆ្លងដែន|ប៉ាស្ព័រ)',
      '(?:ပတ်စ်ပို့|နိုင်ငံကူးလက်မှတ်)\\s?(?:ရှိရမည်|ရှိသူ|ကိုင်ဆောင်ထားသူ)',
      'ມີ(?:ຫນັງສືຜ່ານແດນ|ພາສປອດ)',
      'มีพาสปอร์ต|มีหนังสือเดินทาง',
      '여권\\s?(?:소지|필수)',
      'パスポート(?:所持|必須|をお持ち)',
    ]),
  },
  {
    // The passport taken from the worker: "HR keeps your passport", "hand your passport to him".
    group: 'passport_held',
    weight: 0.6,
    negateBefore: /(?:not|never|n't|no one|won't|will not|ไม่|不会|不會|絕不|绝不|không|tidak|tak|hindi|nunca|não|не|hatu)\s?\S{0,8}\s?$/iu,
    re: anyOf([
      word(
        '(?:company|employer|we|hr|agent|boss) (?:will )?(?:keeps?|holds?|takes?|retains?|safe-?keeps?) (?:your |the )?passports?|(?:surrender|hand (?:over )?|give) (?:us |me |him |her )?(?:your |the )?passports?(?: (?:to|over))?|passports? (?:will be |are |is )?(?:kept|held|retained|collected) by',
      ),
      '护照(?:交给|交由|由)(?:公司|老板|我们|我們|人事)(?:统一)?(?:保管|代管)|(?:公司|老板|人事)(?:统一|會|会)?(?:保管|扣|收|代管)(?:你的|你們的|你们的)?护照|護照(?:交給|交由|由)(?:公司|老闆|我們|人事)(?:統一)?(?:保管|代管)|(?:公司|老闆|人事)(?:統一|會)?(?:保管|扣|收|代管)(?:你的|你們的)?護照',
      `(?<![\\p{L}])(?:(?:công ty|cty|chủ) (?:sẽ )?(?:giữ|cầm|thu) hộ chiếu|(?:nộp|giao|đưa) (?:lại )?hộ chiếu (?:cho )?(?:công ty|cty|anh|chị|em|chủ))`,
      word(
        '(?:perusahaan|syarikat|majikan|agen|bos) (?:akan )?(?:menyimpan|simpan|pegang|tahan|menahan) paspor(?:t)?|(?:serahkan|serah|berikan|kasih) paspor(?:t)?(?:nya)? (?:ke|kepada|pada)',
      ),
      word(
        '(?:itatago|hahawakan|kukunin|itago) (?:ng (?:company|kumpanya|amo|employer|agency) )?(?:ang |yung )?passport|(?:ibigay|iwan|isurrender|i-?surrender) (?:mo )?(?:ang |yung )?passport',
      ),
      '(?:บริษัท|นายจ้าง|เถ้าแก่)(?:จะ)?(?:เก็บ|ยึด|ถือ)(?:พาสปอร์ต|หนังสือเดินทาง)|(?:ส่ง|มอบ|ฝาก)(?:พาสปอร์ต|หนังสือเดินทาง)(?:ไว้)?(?:ให้|กับ)(?:บริษัท|นายจ้าง|พี่|เถ้าแก่)',
      'លិខិតឆ្លងដែន\\s?(?:ប្រគល់|ទុក|ឲ្យ|អោយ)(?:ឲ្យ|អោយ|នៅ)?(?:គាត់|ក្រុមហ៊ុន|បង)|ក្រុមហ៊ុន(?:នឹង)?(?:រក្សាទុក|កាន់|ទុក|យក)លិខិតឆ្លងដែន',
      'ပတ်စ်ပို့(?:ကို)?\\s?(?:ကုမ္ပဏီ(?:က|မှ))?\\s?(?:သိမ်း|ထိန်း|အပ်)',
      'ພາສປອດ(?:ໃຫ້)?(?:ບໍລິສັດ)?(?:ເກັບ|ຍຶດ)|ບໍລິສັດ(?:ຈະ)?(?:ເກັບ|ຍຶດ)ພາສປອດ',
      '여권(?:을|은)?\\s?(?:회사(?:에서|가)?|저희가)?\\s?(?:보관|맡겨|맡기|수거)',
      'パスポート(?:は|を)?(?:会社|当社)?(?:で|が)?(?:預か|保管|回収)',
      'पासपोर्ट (?:कंपनी|हमारे पास|मेरे पास|एजेंट के पास) (?:जमा|रहेगा|रखेगी|रखेंगे)|राहदानी (?:कम्पनीमा|मलाई|हामीलाई) (?:बुझाउनु|दिनु|जम्मा)',
      'পাসপোর্ট(?:টা)? (?:আমার|কোম্পানির|অফিসে|এজেন্টের) (?:কাছে )?জমা',
      'ගමන් බලපත්‍රය (?:සමාගමට|අපට|මට) (?:භාර|දෙන්න)|පාස්පෝට් එක (?:අපට|මට|කම්පැනියට) (?:දෙන්න|භාර)',
      word(
        '(?:la empresa|el patr[oó]n|recursos humanos|rr\\.?hh\\.?) (?:se )?(?:queda(?:r[aá])?|guarda(?:r[aá])?|ret(?:iene|endr[aá])) (?:con )?(?:tu |su |el )?pasaporte',
      ),
      word('(?:a empresa|o rh|rh|o patr[aã]o) (?:fica|ficar[aá]|guarda|guardar[aá]|ret[eé]m|reter[aá]) (?:com )?(?:o |teu |seu )?passaporte'),
      '(?<![\\p{L}])(?:паспорт\\p{L}* (?:заберут|забирают|сдать|сдаёте|сдаете|хранится у|будет у)|(?:работодатель|компания) (?:забирает|хранит|оставляет у себя) паспорт)',
      word('(?:kampuni|mwajiri|wakala) (?:itachukua|atachukua|itashika|atashika|itahifadhi) pasipoti'),
      'ፓስፖርት(?:ሽን|ህን|ዎን)? (?:ለኔ|ለእኔ|ለድርጅቱ|ለኩባንያው) (?:ስጪኝ|ስጠኝ|ይስጡ|አስረክብ)',
    ]),
  },
  {
    group: 'fee',
    weight: 0.5,
    re: anyOf([
      word(
        '(?:processing|placement|visa|training|registration|application|medical|admin(?:istration)?|booking|reservation|documentation|uniform|insurance|recruitment|recruiting|agency|agent|job placement|manpower) fees?|(?:paid|paying|pay|pays) (?:\\S+ ){0,3}(?:to|for) (?:the |an? |their |his |her )?(?:agents?|agency|recruiters?|brokers?|middlemen)|(?:security|refundable) deposit|(?:pay|send|transfer|make|requires?|need) (?:a |an |the )?(?:small |initial |refundable |security )?deposit|deposit (?:fee|of (?:rm|php|₱|\\$|usd|us\\$|rp|thb|฿)\\s?\\d)|pay (?:a|the) (?:small )?fee|(?:upfront|advance) (?:payment|fee)|pay (?:for )?(?:the |your )?(?:visa|ticket|processing|training|medical)(?: fee)? (?:first|upfront|in advance)',
      ),
      '中介费|中介費|押金|手续费|手續費|培训费|培訓費|报名费|報名費|服装费|服裝費|体检费|體檢費|保证金|保證金|签证费|簽證費|仲介費|(?:交|缴|繳|付|先交|先付|缴纳|繳納)(?:一下|一点|一點|一些)?(?:服务费|服務費|费用|費用|定金|訂金)|先交(?:钱|錢)',
      `(?<![\\p{L}])(?:phí (?:làm hồ sơ|hồ sơ|visa|đào tạo|môi giới|xuất cảnh|đăng ký|giới thiệu)|đặt cọc|tiền cọc|phí cọc|(?:nộp|đóng) (?:tiền|phí) (?:trước|cọc|hồ sơ)|chuyển khoản (?:phí|tiền cọc)|cọc trước)`,
      word('phi (?:lam ho so|ho so|visa|dao tao|moi gioi|xuat canh)|dat coc|tien coc|coc truoc'),
      word(
        'biaya (?:admin|administrasi|pendaftaran|visa|pelatihan|proses|pengurusan|keberangkatan|medical|medikal|mcu)|uang (?:jaminan|pendaftaran)|(?:bayar|membayar|transfer|setor) (?:uang )?(?:deposit|dp|uang muka)|deposit (?:sebesar|rp)',
      ),
      word(
        'yuran (?:pendaftaran|proses|pemprosesan|visa|latihan|permit|perubatan|pengurusan)|(?:bayar|membayar) (?:deposit|pendahuluan|yuran)|wang (?:cagaran|pendahuluan|deposit)',
      ),
      '(?:₱|php ?|\\bp)\\d[\\d,.]*k? (?:para sa |pang-?|for (?:the )?)(?:processing|placement|visa|medical|training|papeles|documents?)',
      word(
        'placement fee|bayad sa (?:processing|placement|visa|medical|training)|processing fee|(?:magbayad|magbabayad|bayaran|magbigay) (?:ng |ka ng |muna ng )?(?:processing|placement|training|medical|visa|reservation|booking|downpayment)(?: fee)?|reservation fee',
      ),
      word(
        '(?:pago|cuota|costo|tarifa) (?:de |por )?(?:inscripci[oó]n|tr[aá]mite|visa|registro|gesti[oó]n|capacitaci[oó]n|reserva|colocaci[oó]n)|dep[oó]sito (?:de garant[ií]a|reembolsable)|(?:pagar|depositar|transferir) (?:un |una )?(?:dep[oó]sito|anticipo|adelanto|garant[ií]a)',
      ),
      word(
        'taxa (?:[eé] |de )?(?:r\\$ ?)?[\\d.,]+ (?:pra|para) (?:o )?(?:visto|documenta[cç][aã]o|passaporte)|deposit\\p{L}* [\\d.,]+ (?:d[oó]lares|usd|pesos|soles) (?:del|de|para el|por el) (?:tr[aá]mite|visa|pasaje)',
      ),
      '(?<![\\p{L}])(?:оплатить (?:нужно |надо |придётся |придется )?(?:только )?(?:за )?(?:оформление|визу|документы))',
      '(?:ለ(?:ፕሮሰስ|ሰነድ|ቪዛ)[^።]{0,20}ብር|ብር ለ(?:ፕሮሰስ|ሰነድ|ቪዛ))',
      word(
        'taxa (?:de )?(?:inscri[cç][aã]o|cadastro|visto|matr[ií]cula|processo|agenciamento|documenta[cç][aã]o|reserva|treinamento)|(?:pagar|depositar|fazer um pix de|pix de|transferir) (?:uma |a )?(?:taxa|cau[cç][aã]o|dep[oó]sito)',
      ),
      word(
        '(?:оплата|оплату|плата|взнос|сбор) (?:за )?(?:оформление|визу|регистрацию|обучение|документы|трудоустройство|услуги агентства)|(?:внести|оплатить|заплатить|перевести) (?:залог|депозит|предоплату|взнос|комиссию)|регистрационный взнос|вступительный взнос',
      ),
      word(
        'ada ya (?:usajili|maombi|visa|viza|mafunzo|usindikaji|kuchakata|wakala|usaili|kujiandikisha|nafasi)|(?:lipa|kulipa|ulipe|utalipa) (?:ada|amana|dhamana)|(?:amana|dhamana) ya (?:shilingi|tsh|ksh|usd)',
      ),
      word(
        '(?:registration|processing|visa|file|medical|security) (?:fees?|charges?|amount) (?:dena|deni|jama|bharna|bharni)|(?:fees?|paise|payment) (?:jama|bharna|dena) (?:karna|hoga|hogi|padega|padegi|karo|karein)|security (?:money|amount)',
      ),
      '(?:रजिस्ट्रेशन|पंजीकरण|प्रोसेसिंग|वीज़ा|वीजा|मेडिकल|ट्रेनिंग|सिक्योरिटी|फाइल|एजेंट|एजेन्ट) (?:फीस|शुल्क|चार्ज)|(?:हज़ार|हजार|लाख)(?: रुपये| रुपए)? (?:लगेगा|लगेंगे|लगेगी|देने होंगे|देना होगा|देना पड़ेगा|जमा करने होंगे)|(?:फीस|शुल्क|पैसे|राशि) (?:जमा|भरनी|भरना|भरें|देनी|देना) (?:होगी|होगा|करें|करनी|पड़ेगी)|सिक्योरिटी (?:मनी|डिपॉजिट)',
      '(?:रजिस्ट्रेसन|दर्ता|प्रोसेसिङ|भिसा|मेडिकल|तालिम|धरौटी|म्यानपावर) (?:शुल्क|फी|चार्ज|रकम)|(?:शुल्क|रकम|पैसा|धरौटी) (?:बुझाउनु|तिर्नु|जम्मा गर्नु) (?:पर्ने|पर्छ|पर्नेछ)',
      '(?:রেজিস্ট্রেশন|নিবন্ধন|প্রসেসিং|ভিসা|মেডিকেল|ট্রেনিং|জামানত|সিকিউরিটি) (?:ফি|চার্জ|বাবদ)|(?:ফি|টাকা|জামানত) (?:জমা|পরিশোধ) (?:দিতে|করতে) হবে|অগ্রিম টাকা',
      '(?:ලියාපදිංචි|ලියාපදිංචි කිරීමේ|වීසා|සැකසුම්|පුහුණු|වෛද්ය) (?:ගාස්තු|ගාස්තුව)|(?:ගාස්තුව|මුදල|තැන්පතුව) (?:ගෙවිය යුතුය|ගෙවන්න|බැර කරන්න|තැන්පත් කරන්න)',
      '(?:የምዝገባ|የቪዛ|የማመልከቻ|የስልጠና|የሕክምና|የህክምና|የፕሮሰስ|የአገልግሎት) ክፍያ|ክፍያ (?:ይክፈሉ|መክፈል አለብዎት|ይከፈላል)|ቅድመ ክፍያ (?:ይክፈሉ|መክፈል|ያስፈልጋል)|ማስያዣ (?:ገንዘብ|ይክፈሉ)',
      'ថ្លៃ(?:សេវា|ចុះឈ្មោះ|ទិដ្ឋាការ|វីសា|ឯកសារ|បណ្តុះបណ្តាល|កក់)|ប្រាក់កក់|បង់ប្រាក់(?:មុន|កក់)',
      '(?:စရံငွေ|မှတ်ပုံတင်ကြေး|ဗီဇာကြေး|သင်တန်းကြေး|လျှောက်လွှာကြေး)',
      'ຄ່າ(?:ດຳເນີນການ|ສະຫມັກ|ວີຊາ|ເອກະສານ|ຝຶກອົບຮົມ|ມັດຈຳ|ທຳນຽມ)|ເງິນມັດຈຳ',
      'ค่าดำเนินการ|ค่าสมัคร|ค่ามัดจำ|ค่าวีซ่า|ค่าเอกสาร|ค่าอบรม|ค่าหัว|ค่าประกัน|โอนค่า(?:ดำเนินการ|มัดจำ|สมัคร|วีซ่า|เอกสาร)|เก็บค่า(?:สมัคร|ดำเนินการ)',
      '(?:수수료|보증금|교육비|등록비|계약금|예치금|착수금|수속비|비자\\s?비용)\\s?(?:을|를)?\\s?(?:\\d[\\d,.]*\\s?(?:천|만|백만)?\\s?원?(?:만|씩|정도)?\\s?)?(?:먼저\\s?)?(?:선)?(?:입금|납부|지불|송금|내야|내셔야|결제)|(?:수속비|비자\\s?비용|등록비)\\s?(?:는|은)?\\s?본인\\s?부담',
      '手数料|保証金|登録料|研修費|紹介料|(?:ビザ代|ビザ費用|渡航費)(?:を|は)?(?:先に)?(?:振り?込|支払|お支払|前払)',
    ]),
    negateBefore: NEG,
    skipNear: FEE_NOT_DEMANDED,
  },
  {
    group: 'money_sent',
    weight: 0.5,
    re: anyOf([
      word(
        "(?:we|company|employer|boss|i) (?:will |'ll )?(?:send|transfer|wire) (?:you )?(?:the )?(?:money|travel money|pocket money|funds|allowance|cash) (?:for|to buy) (?:your |the )?(?:ticket|travel|flight)",
      ),
      '(?:先)?(?:打|转|轉|给|給)(?:你)?路费|路费先(?:打|转)|路費先(?:打|轉)|(?:机票|機票)(?:钱|錢)(?:先)?(?:打|转|轉)(?:给|給)你',
      `(?<![\\p{L}])(?:chuyển (?:trước )?tiền (?:vé|đi lại|lộ phí)|gửi tiền (?:vé|đi đường))`,
      word('(?:kirim|transfer) (?:uang|ongkos) (?:tiket|perjalanan)|(?:hantar|bank in|masukkan) (?:duit|wang) (?:tiket|tambang)'),
      word('(?:padadalhan|papadalhan) (?:ka |kita )?(?:ng )?(?:pera|pamasahe) (?:para sa |pang-?)(?:ticket|tiket|pamasahe|flight)'),
      word(
        '(?:te |le )?(?:enviamos|mandamos|depositamos|giramos) (?:el )?dinero (?:para|del) (?:el )?(?:pasaje|boleto|vuelo|viaje)|(?:mandamos|enviamos|depositamos|fazemos um pix|pagamos) (?:o )?(?:dinheiro|valor) (?:da |das |para a |pra )?(?:passagem|passagens|viagem)',
      ),
      word('(?:вышлем|отправим|переведём|переведем) (?:вам )?деньги (?:на )?(?:билет\\p{L}*|дорогу|проезд|перел[её]т)'),
      word('(?:tutakutumia|tunakutumia|tutatuma) (?:pesa|nauli|fedha) (?:ya|za) (?:tiketi|safari|nauli)'),
      word('ticket ke paise (?:bhej\\p{L}*|send)'),
      'टिकट के पैसे (?:भेज|भेजेंगे)|टिकटको पैसा पठाइदिन्छौं|টিকেটের টাকা (?:পাঠিয়ে|পাঠাব|দেওয়া হবে)|ටිකට් (?:එකට |සඳහා )?(?:සල්ලි|මුදල්) (?:එවනවා|එවන්නම්)|የትኬት (?:ገንዘብ|ብር) (?:እንልካለን|እንልክልዎታለን)',
      'ផ្ញើលុយ(?:ថ្លៃ)?(?:សំបុត្រ|ធ្វើដំណើរ)|ផ្ញើ(?:ប្រាក់|លុយ)[^។\\n]{0,30}(?:ថ្លៃឡាន|ថ្លៃធ្វើដំណើរ|ថ្លៃសំបុត្រ)|လက်မှတ်ဖိုး(?:ငွေ)?\\s?(?:ပို့ပေး|လွှဲပေး)|ໂອນຄ່າ(?:ປີ້|ເດີນທາງ)ໃຫ້',
      'โอนค่า(?:ตั๋ว|เดินทาง)ให้',
      '선불\\s?\\d*\\s?(?:만\\s?원?)?\\s?(?:먼저\\s?)?(?:넣어|보내|입금해)\\s?(?:드릴게요|드립니다|드려요|줄게)|(?:여행|항공)\\s?(?:경비|비용)\\s?(?:를\\s?)?(?:먼저\\s?)?(?:송금|보내)|항공권\\s?(?:비용|값)\\s?(?:을\\s?)?(?:먼저\\s?)?(?:송금|보내)',
      '渡航費を(?:振り込|送金)',
    ]),
  },
  {
    // The cost of getting there advanced, then taken from the pay, or a fee "paid back from the
    // first salary": the made-up travel debt that holds people (red-flags.md, OHCHR).
    group: 'debt',
    weight: 0.5,
    negateBefore: /(?:not|never|n't|no|ไม่|不|không|tidak|tak|hindi|nunca|não|не|hakuna)\s?\S{0,6}\s?$/iu,
    re: anyOf([
      word(
        '(?:deduct(?:ed)?|taken|repaid|paid back|returned|refunded|recover(?:ed)?) (?:from|out of|with) (?:your )?(?:first |1st )?(?:salary|pay(?:check)?|wages?)|(?:salary|pay) deduction for (?:the )?(?:ticket|flight|travel|visa|fees?)',
      ),
      '(?:到了|到时候|到時候|上班后|上班後)(?:再)?(?:从|從)?(?:工资|工資|薪水|薪资|薪資)?(?:里|裡)?扣|(?:从|從)(?:工资|工資|薪水|薪资|薪資)(?:里|裡)?(?:扣|还|還)|(?:路费|路費|机票|機票|车费|車費)(?:我|公司|老板|老闆)?(?:先)?(?:垫|墊)',
      `(?<![\\p{L}])(?:(?:trừ|khấu trừ) (?:vào |dần vào )?(?:lương|tiền lương)|ứng trước (?:tiền )?(?:vé|chi phí|lộ phí|đi lại))`,
      word(
        '(?:potong|dipotong|ditolak|tolak) (?:dari )?gaji(?: pertama)?|(?:dikembalikan|diganti) (?:dari |dengan )?gaji pertama|(?:ibabawas|kakaltasin|ikakaltas) (?:sa|mula sa) (?:sahod|sweldo)',
      ),
      word(
        '(?:descontad[oa]s?|descuentan|descontamos|te los devuelven|se (?:te )?devuelve|recuperas?) (?:d?el |en el |del |no |com o |do )?(?:primer |primeiro )?(?:sueldo|salario|salário)|(?:depois|despu[eé]s) do primeiro sal[aá]rio',
      ),
      '(?<![\\p{L}])(?:верн[её]м|вычтем|удержим|вычитается|удерживается) (?:с|из) (?:первой )?зарплат\\p{L}*',
      word('(?:zitakatwa|itakatwa|tutakata|tunakata) (?:kutoka )?(?:kwenye )?mshahara'),
      'कटौती (?:वेतन|सैलरी) से|(?:वेतन|सैलरी|तलब) (?:से|बाट) (?:कट|काट)|বেতন থেকে (?:কেটে|কাটা)|වැටුපෙන් (?:කපා|අඩු)',
      'កាត់(?:ពី|ចេញពី)ប្រាក់ខែ|လစာ(?:ထဲက|မှ)\\s?(?:ဖြတ်|နုတ်)|ຫັກ(?:ຈາກ|ອອກຈາກ)ເງິນເດືອນ|หัก(?:จาก)?เงินเดือน',
      '(?:월급|급여)에서\\s?(?:공제|차감|까)|給料から(?:天引き|差し引)|ከ(?:መጀመሪያው )?(?:ደሞዝ|ደመወዝ) (?:ይመለስ|ይቆረጥ|ይቀነስ)',
    ]),
  },
];

// A licensed recruiter's or a government scheme's own fees (an EPS exam fee, a Specified Skilled
// Worker sending agency's fee capped by law) and its requirement of a valid passport are stated in
// the open: context, unless the passport is to be sent or kept.

const MEDICAL_FEE = /^(?:体检费|體檢費|medical fees?|biaya (?:medical|medikal|mcu)|yuran perubatan)$/i;

function detectPassportOrFee(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  const hit = makeHit('passport_or_fee', cueStrength(r), r.spans);
  if (hit && [...r.groups.keys()].every((g) => g === 'fee' || g === 'passport_have') && namesLicence(text)) hit.context = true;
  // A health check paid by the new hire ("体检费用50元自备", a factory's intake) is an everyday
  // requirement at home; a job abroad or at a hub keeps it a red flag.
  if (hit && r.groups.size === 1 && r.groups.has('fee') && r.spans.every((m) => MEDICAL_FEE.test(m.text)) && !pointsAbroad(text) && !namesHub(text)) {
    hit.context = true;
  }
  return hit;
}

export const passportOrFee = defineSignal({
  id: 'passport_or_fee',
  label: 'Asks for your passport or a fee, or sends travel money',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectPassportOrFee,
});

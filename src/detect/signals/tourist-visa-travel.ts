/**
 * tourist_visa_travel: instructions to travel on a tourist/visit/business visa, "no visa
 * needed", pose as a tourist, cross a border at night/by boat, route via a third country, or
 * the recruiter paying/advancing the ticket. The strongest single cue: no legitimate employer
 * asks this. Mentions in a visa-processing job ("process tourist visa applications for
 * clients") are dampened.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf, findAll, type Match } from './pattern.ts';
import { namesLicence } from './abroad.ts';
import { makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

const TOURIST_VISA = anyOf([
  word(
    '(?:on|with|using|use|via|by|under|enter (?:on|with)|travel (?:on|with)|fly (?:on|with)|go (?:on|with)|come (?:on|with)) (?:a |an |the )?(?:tourist|visit|visitor|travel|holiday|business|e-?visa|30[- ]day) visas?',
  ),
  word(
    '(?:tourist|visit|visitor) visas? (?:is )?(?:(?:only|first|needed|required|ok|okay|is enough|will do)|(?:then|and) (?:we|company|employer) (?:will )?(?:convert|change|process))',
  ),
  word('visa on arrival'),
  word(
    "(?:no|without|don'?t need (?:a|any)|not need (?:a|any)|no need (?:for )?(?:a |any )?)(?: work)? visas?(?: (?:is )?(?:needed|required|necessary))?(?! (?:sponsor|support|assist|provid|offer))",
  ),
  word('(?:convert|change) (?:the |your )?(?:tourist|visit) visa'),
  // The recruiter getting the applicant a tourist visa for a job (not a visa clerk's duties).
  word(
    "(?:we|we'll|company|employer|agent|agency|recruiter)s? (?:will )?(?:process|arrange|handle|prepare|apply for|get|do|take care of) (?:your |the |a )?(?:tourist|visit|visitor|holiday) visas?(?! applications?| requests?| for (?:our )?(?:clients?|customers?|travell?ers?))",
  ),
  '旅游签|旅遊簽|旅游签证|旅遊簽證|旅行签|落地签|落地簽|免签|免簽|商务签|商務簽|以旅游(?:的)?名义|以旅遊(?:的)?名義|先办旅游签|旅游身份|旅遊身份|观光签|觀光簽|以觀光(?:的)?名義|(?:不用|不需要|无需|無需)(?:办|辦)?(?:签证|簽證)',
  `(?<![\\p{L}])(?:visa du lịch|diện du lịch|đi (?:theo )?(?:dạng|diện|đường|visa) du lịch|đi du lịch rồi (?:ở lại|làm)|không cần (?:làm )?(?:visa|hộ chiếu|giấy tờ)|miễn (?:visa|thị thực)|thị thực du lịch)`,
  word('visa (?:turis|wisata|kunjungan|on arrival|bebas|pelancong)|bebas visa|tidak (?:perlu|butuh) visa|tanpa visa(?: kerja)?|visa pelancong'),
  'วีซ่าท่องเที่ยว|ฟรีวีซ่า|ไม่ต้อง(?:ใช้|ทำ|มี)วีซ่า|วีซ่านักท่องเที่ยว|ยกเว้นวีซ่า|วีซ่าทัวร์|(?:เข้า|ไป)(?:แบบ|ในฐานะ)นักท่องเที่ยว',
  '관광\\s?비자|무비자|비자\\s?없이|비자 필요 없|비자 불필요|관광\\s?목적으로\\s?입국|관광객\\s?신분',
  '観光ビザ|ビザ不要|ビザなし|ノービザ|観光目的で入国|ビザは不要',
  word('tourist visa lang|hindi kailangan (?:ng )?visa|walang visa|tourist (?:visa )?muna|(?:mag-?)?tourist ka muna'),
  word('no work (?:permit|visa) (?:is )?(?:needed|required)|visa-free entry|without (?:a )?work (?:permit|visa)|no need (?:for )?(?:a )?work (?:permit|visa)'),
  // "No work permit needed": work without the right to work.
  word(
    '(?:tak payah|tak perlu|tidak perlu|tanpa|tak ada|tiada) (?:permit kerja|visa kerja|izin kerja)|(?:kahit )?walang (?:work )?permit|hindi kailangan (?:ng )?(?:work )?permit',
  ),
  '(?:不需要|不用|无需|無需|免办|免辦)(?:办理?|辦理?)?(?:工作签证|工作簽證|工作证|工作證|劳工证|勞工證)|ไม่ต้อง(?:มี|ทำ)?ใบอนุญาตทำงาน|워크\\s?퍼밋\\s?(?:없이|필요\\s?없)|취업\\s?비자\\s?(?:없이|필요\\s?없)',
  `(?<![\\p{L}])(?:không cần (?:giấy phép lao động|visa lao động|work permit))`,
  `(?<![\\p{L}])(?:visa du lich|dien du lich|di (?:theo )?(?:dang|dien|duong|visa) du lich|khong can (?:lam )?(?:visa|ho chieu)|mien (?:visa|thi thuc)|(?:xuất|nhập) cảnh (?:theo )?(?:diện|dạng|bằng visa) du lịch)`,
  word('visa (?:pelancong|lawatan|pelancongan)|masuk sebagai pelancong|(?:tidak|tak) perlu visa'),
  word(
    'visa de (?:turista|turismo)|(?:entrar|viajar|ir|ingresar|salir|viajas|vas|entras|sales|viajan|van) (?:como|de) turista|con visa de turista|no (?:se )?necesita(?:s|r[aá]s)? visa|sin (?:necesidad de )?visa(?: de trabajo)?|visa (?:a la llegada|en el aeropuerto)',
  ),
  word(
    'visto de (?:turista|turismo)|(?:entrar|viajar|ir|sair|viaja|vai|entra|v[aã]o) como turista|com visto de turista|n[aã]o (?:precisa|precisar[aá]|[eé] necess[aá]rio)(?: de)? visto|sem (?:precisar de )?visto(?: de trabalho)?|isento de visto|visto na chegada',
  ),
  word(
    'туристическ\\p{L}* виз\\p{L}*|по туристической\\p{L}*|рабочая виза не нужна|виза по прибытии|(?:въезд|въехать|едете|поедете) (?:как|под видом) турист\\p{L}*',
  ),
  word('viza ya (?:utalii|mtalii|kutembelea|matembezi)|visa ya (?:utalii|mtalii|kutembelea|matembezi)|bila (?:viza|visa)|hakuna haja ya (?:viza|visa)'),
  word('(?:tourist|visit) visa (?:pe|par|eken|te)|visa ki (?:zarurat|jarurat|zaroorat) nahi|bina visa'),
  'टूरिस्ट वीज़ा|टूरिस्ट वीजा|पर्यटक वीज़ा|पर्यटक वीजा|विज़िट वीज़ा|विजिट वीजा|वीज़ा ऑन अराइवल|वीजा ऑन अराइवल|वीज़ा की ज़रूरत नहीं|वीजा की जरूरत नहीं|बिना वीज़ा|बिना वीजा',
  'टुरिस्ट भिसा|पर्यटक भिसा|भिजिट भिसा|घुम्ने भिसा|भिसा चाहिँदैन|भिसा चाहिदैन|भिसा नचाहिने|बिना भिसा',
  'ট্যুরিস্ট ভিসা|টুরিস্ট ভিসা|ভ্রমণ ভিসা|ভিজিট ভিসা|ভিসা ছাড়া|ভিসা লাগবে না|ভিসা লাগবেনা|অন অ্যারাইভাল',
  'සංචාරක වීසා|ටුවරිස්ට් වීසා|විසිට් වීසා|වීසා අවශ්ය නැත|වීසා නැතුව|වීසා නැතිව',
  'የቱሪስት ቪዛ|የጉብኝት ቪዛ|ቱሪስት ቪዛ|የቪዚት ቪዛ|ቪዚት ቪዛ|ቪዛ አያስፈልግም|ያለ ቪዛ',
  'ទិដ្ឋាការទេសចរណ៍|វីសាទេសចរណ៍|វីសាទេសចរ|មិនចាំបាច់(?:មាន)?(?:ទិដ្ឋាការ|វីសា)|គ្មានទិដ្ឋាការ',
  'ခရီးသွားဗီဇာ|တိုးရစ်ဗီဇာ|ဗီဇာမလို|ဗီဇာ မလို',
  'ວີຊາທ່ອງທ່ຽວ|ບໍ່ຕ້ອງ(?:ໃຊ້|ເຮັດ|ມີ)ວີຊາ|ຍົກເວັ້ນວີຊາ',
]);

const POSE = anyOf([
  word('(?:pose|posing|act|acting|pretend(?:ing)?|travel(?:ling)?|go|going|leave|leaving|depart) (?:as|like) (?:a |an )?(?:tourists?|visitors?|travell?ers?)'),
  word("(?:say|tell (?:them|immigration|the officers?)) (?:that )?(?:you are|you're) (?:a )?(?:tourist|on (?:a )?(?:holiday|vacation))"),
  word(
    'magpanggap (?:na|bilang) (?:turista|tourist)|kunwari(?:ng)? (?:turista|tourist)|(?:magkunwari|magkukunwari|magpapanggap)(?:ng)? (?:na )?(?:magbabakasyon|nagbabakasyon|magbakasyon|turista|tourist)',
  ),
  word('(?:menyamar|berpura-pura|mengaku) (?:sebagai |jadi )?(?:turis|wisatawan)'),
  `(?<![\\p{L}])(?:giả (?:làm|dạng) (?:khách )?du lịch|nói (?:là )?đi du lịch|khai (?:là )?đi du lịch)`,
  '假装(?:去)?旅游|假裝(?:去)?旅遊|说是去旅游|說是去旅遊',
  'แกล้งเป็นนักท่องเที่ยว|บอกว่ามาเที่ยว|ปลอมตัวเป็นนักท่องเที่ยว',
  '관광객(?:인 척|처럼|으로 위장)',
  '観光客(?:を装|のふり|として入国)|旅行と言って',
  word("(?:say|tell them) (?:you'?re|you are) (?:visiting|on vacation|on holiday)|(?:enter|travel) as (?:a )?tourists?"),
  word(
    '(?:aalis|lalabas|lumabas|umalis) (?:bilang|as|na) (?:turista|tourist)|(?:sabihin|sabihin mo|sasabihin mo)(?: sa (?:immigration|io|officer))?(?: lang)? (?:na |mong )?(?:magbabakasyon|mag-?tour|bakasyon)|(?:wag|huwag) mo(?:ng)? (?:sabihin|babanggitin|banggitin|sasabihin)(?: sa (?:immigration|io|officer))?(?: na| ang| yung)? (?:trabaho|work|mag-?wo-?work)|(?:tourist|turista) ka lang',
  ),
  word(
    'menyamar (?:sebagai )?pelancong|(?:berangkat|pergi) (?:sebagai|jadi) turis|mengaku (?:sebagai )?(?:turis|liburan|wisata)|(?:bilang|ngaku)(?: saja| aja)? (?:mau |sedang |cuma )?(?:liburan|wisata|jalan-jalan)',
  ),
  `(?<![\\p{L}])(?:gia (?:lam|dang) (?:khach )?du lich|noi (?:la )?di du lich|khai (?:la )?di du lich)`,
  word(
    '(?:h[aá]ga(?:se)?|hazte|hacerse|finge|fingir) pasar por turista|(?:di|diga|dile|decir) que (?:vas|va|vienes) de (?:vacaciones|turismo|paseo)|fingir ser turista',
  ),
  word('finja ser turista|fingir ser turista|(?:diga|dizer|fala) que (?:est[aá]|vai|voc[eê] vai) (?:de f[eé]rias|passear|a passeio)'),
  word('под видом турист\\p{L}*|(?:скажи|скажите|говори|говорите),? что (?:ты |вы )?(?:едешь|едете) (?:отдыхать|на отдых|в отпуск)'),
  word('(?:jifanye|ujifanye|kama) mtalii|sema (?:kwamba |kuwa )?unaenda (?:likizo|kutalii)'),
  word('tourist ban(?:kar|ke) (?:jana|jao|jaana)|(?:as|like) a tourist (?:jana|jao)'),
  'टूरिस्ट बनकर|पर्यटक बनकर|पर्यटक बनेर|पर्यटकको रूपमा|পর্যটক সেজে|ট্যুরিস্ট সেজে|සංචාරකයෙකු ලෙස|(?:tourist|ටුවරිස්ට්|සංචාරක) (?:විදියට|විදිහට|ලෙස) (?:යන්නේ|යන්න|යනවා)|እንደ ቱሪስት|በቱሪስት ስም',
  'ធ្វើជាទេសចរ|ធ្វើពុតជាទេសចរ|ခရီးသွားဟန်ဆောင်|ခရီးသွားအဖြစ်ဖြင့်|ປອມຕົວເປັນນັກທ່ອງທ່ຽວ|ບອກວ່າມາທ່ຽວ',
  '假装观光|假裝觀光|假装游客|假裝遊客|以游客身份|以遊客身份|관광객인\\s?척|여행\\s?간다고',
  'घुम्न (?:जाँदैछु|जाने|जान) भन्नू|घूमने जा रहा (?:हूँ|हूं) (?:बोलना|कहना)|වැඩට යනවා කියන්න එපා|කාටවත් වැඩට යනවා කියන්න එපා|ঘুরতে যাচ্ছি বলবেন|কাজে যাচ্ছি বলবেন না',
]);

const BORDER = anyOf([
  word(
    'cross(?:ing)? (?:the )?(?:border|river) (?:at night|by boat|illegally|on foot|through the jungle|secretly)|crossing the border|border crossing at night|(?:by|via) (?:boat|speedboat) (?:across|to|into) (?:the )?(?:river|border|myanmar|cambodia|laos)|through the jungle',
  ),
  word(
    'backdoor (?:exit|route|deployment|departure)|(?:via|thru|through) (?:the )?backdoor|i-?backdoor|escort(?:ed)? (?:you )?(?:at|through) (?:the )?(?:airport|immigration)',
  ),
  '偷渡|走小路|翻山越岭|翻山越嶺|坐船过去|坐船過去|从(?:云南|雲南|泰国|越南)(?:边境|邊境)|边境(?:城市)?(?:接人|接送)',
  `(?<![\\p{L}])(?:vượt biên|đi đường (?:tắt|mòn|tiểu ngạch|rừng)|đi tiểu ngạch|đi (?:bằng )?đường (?:bộ|thủy) sang (?:campuchia|lào|myanmar))`,
  word('(?:lewat|melalui|via) jalur (?:darat|tikus|belakang|laut)|jalur tikus|menyeberang (?:perbatasan|sungai)'),
  'ลักลอบ(?:ข้าม|เข้าเมือง)|ข้าม(?:ชาย)?แดน(?:ตอน)?กลางคืน|ช่องทางธรรมชาติ',
  '밀입국|국경을? (?:넘|건너)',
  '密入国|国境を(?:越|渡)',
  `(?<![\\p{L}])(?:vuot bien|di (?:duong )?tieu ngach|di duong (?:mon|rung|tat))`,
  word('(?:ikut )?jalan (?:belakang|tikus)|lalu sempadan(?: secara)? haram|menyeberang sempadan'),
  word('(?:i-?escort|escort) (?:ka |kayo )?sa (?:airport|immigration)|(?:dadaan|daan) sa backdoor'),
  word('cruzar (?:la )?frontera (?:de noche|en lancha|a pie|por el r[ií]o|ilegalmente)|atravessar a fronteira (?:[aà] noite|de barco|a p[eé]|pelo rio)'),
  word('(?:переход|перейти|пересечь) границ\\p{L}* (?:ночью|на лодке|пешком|нелегально)|на лодке через (?:реку|границу)'),
  word('(?:vuka|kuvuka) mpaka (?:usiku|kwa boti|kwa mashua|kwa miguu|kinyemela)'),
  'रात में बॉर्डर पार|चोरी-छिपे बॉर्डर|अवैध रूप से सीमा पार|रातको समयमा सीमा पार|রাতে সীমান্ত পার|অবৈধভাবে সীমান্ত|රාත්රියේ දේශසීමාව|በሌሊት ድንበር|በጀልባ ድንበር|በድብቅ ድንበር',
  'ឆ្លងដែនខុសច្បាប់|ឆ្លងដែនពេលយប់|နယ်စပ်(?:ကို)?\\s?ဖြတ်ကျော်|တရားမဝင်ဖြတ်|ညဘက်နယ်စပ်ဖြတ်|ລັກລອບຂ້າມ|ຂ້າມແດນ(?:ຕອນ)?ກາງຄືນ|ข้ามแม่น้ำเมย|พาข้ามแดน',
  '走私道|走山路|小路过境|小路過境|坐船过河|坐船過河|(?:到了|到)边境有人接|(?:到了|到)邊境有人接',
  // Taken across without a passport or the checkpoint ("ไม่ต้องทำพาสปอร์ต", "ບໍ່ຕ້ອງຜ່ານດ່ານ").
  'ไม่ต้อง(?:ทำ|ใช้|มี)(?:พาสปอร์ต|หนังสือเดินทาง)|พา(?:น้อง)?ข้าม(?:ไป|แดน)|ข้ามไปทาง\\S{0,12}ตอนกลางคืน',
  'មិន(?:បាច់|ចាំបាច់)(?:ធ្វើ|មាន)?លិខិតឆ្លងដែន|(?:នាំ|ជូន)ឆ្លង(?:ដែន|ទៅ|តាម)',
  'ບໍ່ຕ້ອງ(?:ເອົາ|ມີ|ເຮັດ)ພາສປອດ|ບໍ່ຕ້ອງຜ່ານດ່ານ|ພາຂ້າມ|ຂ້າມເຮືອໄປ',
  'မြစ်ကူး(?:ပေး)?|ဂိတ်ဖြတ်(?:စရာ)?မလို|ပတ်စ်ပို့(?:လုပ်)?(?:စရာ)?မလို',
  `(?<![\\p{L}])(?:khỏi làm (?:giấy tờ|hộ chiếu)|(?:dẫn|đưa) qua đường tắt|không cần (?:làm )?(?:hộ chiếu|passport) (?:vẫn )?(?:đi|qua|sang))`,
  'बॉर्डर पार (?:करा|करवा|कराके)|সীমান্ত পার (?:করা|করিয়ে)|বর্ডার পার (?:কইরা|করে|করিয়ে)',
  word(
    '(?:tanpa|tak payah|tidak perlu) (?:buat |ada )?paspor(?:t)?|(?:walang|kahit walang) passport|no passport (?:needed|required)|sin pasaporte|sem passaporte|без паспорта',
  ),
]);

const ROUTE = anyOf([
  word(
    '(?:fly|flying|travel|go|route[ds]?|transit|depart|proceed)(?: first)? (?:to|via|through|thru) (?:bangkok|thailand|vietnam|ho chi minh|hanoi|kuala lumpur|malaysia|hong kong|dubai|singapore|mae sot|sungai golok)(?: (?:first|then|and then))?(?:,? (?:then|and then|from there|after that))',
  ),
  word('(?:pick(?:ed)? (?:you )?up|fetch you|meet you|someone will (?:meet|pick up) you) (?:at|from) (?:the )?(?:border|mae sot|sisaket|sa kaeo|poipet|bavet)'),
  '先(?:飞|飛|到)(?:曼谷|泰国|泰國|越南|胡志明|马来西亚|馬來西亞|香港|迪拜)(?:再|然后|然後)|(?:曼谷|泰国|泰國|越南|西双版纳|西雙版納)(?:转机|轉機|中转|中轉|入境后|入境後|接机|接機)|(?:到了|落地)(?:有人|会有人|會有人)接',
  `(?<![\\p{L}])(?:bay (?:sang|qua|đến) (?:thái lan|bangkok|malaysia|hong kong)(?:,)? (?:rồi|sau đó)|người (?:đón|đưa) qua biên giới)`,
  word(
    '(?:terbang|berangkat) (?:ke|lewat|via|melalui) (?:bangkok|thailand|malaysia|kuala lumpur|vietnam|singapura)(?: (?:dulu|terlebih dahulu))?(?:,)? (?:lalu|kemudian|lanjut|baru)',
  ),
  'บินไป(?:กรุงเทพ|แม่สอด|มาเลเซีย|เวียดนาม)(?:ก่อน)?(?:แล้ว|จากนั้น)',
  word(
    '(?:volar|vuelas|viajar|viajas|voar|voa|viaja) (?:primero )?(?:a|para|hasta|por) (?:bangkok|tailandia|tail[aâ]ndia|dub[aá]i|malasia|mal[aá]sia|vietnam|vietn[aã]|hong kong)(?: primeiro| primero)?,? (?:luego|despu[eé]s|depois|e depois|y de ah[ií])',
  ),
  word('(?:сначала )?(?:летите|полетите|летишь) (?:в|до|через) (?:бангкок|таиланд|дубай|вьетнам|малайзию)(?: сначала)?,? (?:потом|затем|а оттуда)'),
  word('(?:mtasafiri|utasafiri|utapanda ndege) (?:kwenda|hadi|mpaka) (?:bangkok|thailand|dubai)(?: kwanza)?,? (?:kisha|halafu|baadaye)'),
  '(?:先)?(?:飛|飞)(?:曼谷|泰國|泰国|杜拜|迪拜)(?:再|然後|然后)',
]);

const TICKET_ADVANCE = anyOf([
  word(
    '(?:we|company|employer|boss|agent) (?:will )?(?:advance|front|send you money for|buy|book) (?:your |the )?(?:air ?)?(?:tickets?|flight|airfare|travel (?:money|costs?|expenses?))',
  ),
  word(
    '(?:ticket|airfare|travel (?:money|costs?|expenses?)) (?:will be )?(?:advanced|fronted|deducted from (?:your )?(?:first )?salary)|(?:salary|cash|travel) advance for (?:your )?(?:ticket|travel|flight)',
  ),
  '(?:机票|機票|路费|路費|车费|車費)(?:先)?(?:垫付|墊付|先垫|先墊|公司先出|从工资扣|從工資扣)|(?:垫付|墊付)(?:机票|機票|路费|路費)',
  `(?<![\\p{L}])(?:ứng trước (?:tiền )?(?:vé|chi phí|tiền đi lại|tiền xe|tiền vé)|(?:vé|chi phí đi lại) (?:công ty )?(?:ứng trước|trừ vào lương))`,
  word(
    '(?:tiket|ongkos|biaya) (?:pesawat |perjalanan |keberangkatan )?(?:ditalangi|dipotong (?:dari )?gaji|dibayar(?:kan)? (?:dulu|terlebih dahulu)(?: oleh)?)|(?:perusahaan|kami) (?:akan )?(?:talangi|tanggung dulu)',
  ),
  '(?:ออก|สำรอง)ค่า(?:ตั๋ว|เดินทาง)ให้ก่อน|ค่าตั๋ว(?:เครื่องบิน)?หักจากเงินเดือน',
  '(?:항공권|여행\\s?경비|경비)\\s?(?:선지급|먼저 (?:보내|송금))',
  '渡航費(?:を)?(?:先払い|立て替え|前払い)|渡航費(?:は)?給料から天引き|航空券(?:は)?(?:給料|給与)から天引き',
  '(?:항공권|비행기표)\\s?(?:비용)?(?:은|는)?\\s?(?:급여|월급)에서\\s?차감',
  word('(?:pasaje|boleto) (?:adelantado|se descuenta del (?:sueldo|salario))|(?:passagem|passagens) (?:adiantada|descontada do sal[aá]rio)'),
  word('билет\\p{L}* (?:в сч[её]т|из) (?:первой )?зарплат\\p{L}*'),
  word('tiketi (?:itakatwa|inakatwa) (?:kwenye |kutoka )?mshahara'),
  word('(?:tiket|ticket) (?:dipotong|potong) gaji|tiket (?:ditalangi|dibayarkan dulu)'),
  word('(?:ve may bay|chi phi di lai) (?:cong ty )?(?:ung truoc|tru vao luong)|ung truoc (?:tien )?(?:ve|chi phi)'),
]);

// Genuine contexts: visa/travel agencies and immigration-services roles.
const AGENCY_CONTEXT =
  /(?<![\p{L}])(?:process(?:ing)?|handl(?:e|ing)|assist(?:ing)?|prepar(?:e|ing))\s(?:\p{L}+\s){0,3}(?:visa|travel)\s?(?:applications?|documents?|requirements?|bookings?)|(?:visa|travel)\s(?:consultant|officer|agent|specialist|coordinator|agency|documentation)|(?:clients?|customers?|guests?|passengers?)'?s?\s(?:\p{L}+\s){0,3}visas?|thủ tục visa cho khách|tư vấn visa|dịch vụ visa|biro perjalanan|agen perjalanan|旅行社|签证顾问|ทัวร์|บริษัททัวร์|여행사|旅行会社|travel agency/iu;

// A warning against it ("travelling on a tourist visa for work is illegal"): an authority's notice,
// not an instruction. Only "illegal" words: "bawal" or "not allowed" also open the lure's own
// orders ("bawal sabihin na trabaho", don't say it is work).
const WARNED_ILLEGAL =
  /(?<![\p{L}])(?<!not |n't |no )(?:illegal|unlawful|ilegal|bất hợp pháp|trái phép|melanggar hukum|tidak sah|haramu|незаконн\p{L}*)(?![\p{L}])|ህገወጥ|違法|违法|不合法|불법|ผิดกฎหมาย|ខុសច្បាប់|တရားမဝင်|ຜິດກົດຫມາຍ|गैरकानूनी|अवैध|অবৈধ|නීති විරෝධී/iu;

function detectTouristVisaTravel(text: string): SignalHit | null {
  const parts: Array<[Match[], number]> = [
    [findAll(text, TOURIST_VISA, 5), 0.85],
    [findAll(text, POSE, 5), 1],
    [findAll(text, BORDER, 5), 0.9],
    [findAll(text, ROUTE, 5), 0.55],
    [findAll(text, TICKET_ADVANCE, 5), 0.5],
  ];
  const spans: Match[] = [];
  const weights: number[] = [];
  let allWarned = true;
  for (const [ms, wgt] of parts) {
    if (!ms.length) continue;
    spans.push(...ms);
    const agency = ms.every((m) => AGENCY_CONTEXT.test(text.slice(Math.max(0, m.start - 80), m.end + 80)));
    const warned = ms.every((m) => WARNED_ILLEGAL.test(text.slice(m.end, m.end + 40)));
    if (!warned) allWarned = false;
    weights.push(agency || warned ? wgt * 0.25 : wgt);
  }
  if (!weights.length) return null;
  weights.sort((a, b) => b - a);
  const s = (weights[0] ?? 0) + 0.1 * (weights.length - 1);
  const hit = makeHit('tourist_visa_travel', s, spans);
  // The fare advanced and repaid in instalments under a licensed dispatch contract: context.
  if (hit && parts.every(([ms], i) => i === 4 || ms.length === 0) && namesLicence(text)) hit.context = true;
  if (hit && allWarned) hit.context = true;
  return hit;
}

export const touristVisaTravel = defineSignal({
  id: 'tourist_visa_travel',
  label: 'Told to travel on a tourist visa or cross a border informally',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectTouristVisaTravel,
});

/**
 * messaging_contact: a chat app (Telegram above all) or "DM me" as the way to apply,
 * including obfuscated spellings, in every script. A bare mention of an app (e.g. "we use Slack
 * and Telegram for team chat") is weak; the app next to a handle, number or contact verb is
 * stronger. An app that is the employer or the product ("Customer Support Specialist at
 * Telegram", "WhatsApp Business API", "LINE Corporation", "微信公众号运营") is not a contact
 * channel and is ignored. A phone number with a scam-hub country prefix counts with a chat hint
 * ("add me +66 …", "WhatsApp +855 …"), and a bare handle after a contact verb ("contact @hr_kh").
 */
import { namesLegalWork, namesLicence, pointsAbroad } from './abroad.ts';
import type { SignalHit } from '../../shared/types.ts';
import { makeHit } from './cues.ts';
import { anyOf, findAll, type Match, word } from './pattern.ts';
import { defineSignal } from './signal.ts';

const LINKS = anyOf([
  '(?:https?:\\/\\/)?(?:www\\.)?(?:t\\.me|telegram\\.me|telegram\\.dog)\\/[+\\w]{3,64}',
  '(?:https?:\\/\\/)?(?:wa\\.me|api\\.whatsapp\\.com\\/send|chat\\.whatsapp\\.com|wa\\.link)\\/?[\\w?=+/-]{0,64}',
  '(?:https?:\\/\\/)?line\\.me\\/[\\w/~@.-]{2,64}|lin\\.ee\\/\\w{3,32}',
  '(?:https?:\\/\\/)?(?:u\\.wechat\\.com|weixin\\.qq\\.com)\\/[\\w/-]{2,64}',
  '(?:https?:\\/\\/)?(?:open\\.kakao\\.com\\/o|zalo\\.me|m\\.me|invite\\.viber\\.com|signal\\.me|qm\\.qq\\.com)\\/[\\w?=#+/-]{2,64}',
]);

// Deliberately broken-up spellings: "tele gram", "T.G", "T G @", "纸飞机", "飞机号", "電報".
const OBFUSCATED = anyOf([
  word('tele[\\s._-]+gram|telegr[a4@]m|tel[e3]gr[a4@]m|t[e3]l[e3]gr[a4]m'),
  '(?<![\\p{L}])(?:T[.\\s]G|T\\.G\\.)(?:\\s?[:：@]|\\s?(?:id|ID|号))',
  word('what[\\s._-]+s[\\s._-]*app|whats ?ap(?!p)'),
  '纸飞机|紙飛機|(?:飞机|飛機)(?:号|號|ID|id|账号|帳號|联系|聯繫)|(?:加|联系|聯繫|私聊|私)(?:飞机|飛機)|(?:飞机|飛機)\\s?[:：@]',
  // Not 致电报名 / 来电报名 ("call to sign up"): 电 + 报名.
  '(?<![致来來打])(?:电报|電報)(?!名)|TG号|TG號|tg号',
  '薇信|威信|V信|v信|徽信|(?:加|联系|聯繫)(?:vx|VX|V|v|wx|WX)(?![a-zA-Z])|(?<![a-zA-Z])(?:vx|VX|wx|WX)\\s?[:：]',
  // Chat apps of the gambling and scam trade: Bat ("蝙蝠"), Potato ("土豆").
  '蝙蝠(?:号|號|ID|id|聊天|APP|app)|加蝙蝠|土豆(?:号|號|ID|id|聊天)|加土豆',
  // Korean initial-consonant shorthand for 텔레그램 ("ㅌㄹ"), as NFKC leaves it: conjoining jamo.
  '\u1110\u1105(?:\u1100\u1105)?\\s?[:：@]',
]);

const PLAIN_SPELLING = /^(?:telegram|whatsapp)$/i;

// Telegram, in every script. "텔레" is not 텔레마케팅/텔레비전 (telemarketing, television).
const TELEGRAM = anyOf(
  [
    word('telegram|telegramm|tele|tgram'),
    word('телеграм\\p{L}{0,3}|телег[аеиу]'),
    'เทเลแกรม|เทเลแกม',
    '텔레그램|텔레(?![마비콤포파])|텔그',
    'テレグラム|テレグラ',
    'តេឡេក្រាម|តេលេក្រាម|តេឡេក្រាំ',
    'တယ်လီဂရမ်',
    'ເທເລແກຣມ|ເທເລແກມ',
    'टेलीग्राम|टेलिग्राम',
    'টেলিগ্রাম',
    'ටෙලිග්ර',
    'ቴሌግራም|ቴሌ ግራም',
  ],
  'giu',
);
// Case-sensitive abbreviations ("w/a" in lower case usually means "with a").
const WA_SLASH = /(?<![\p{L}\p{N}])W\/A(?![\p{L}\p{N}])/gu;
const TG_ABBR = /(?<![\p{L}\p{N}])(?:TG|тг)(?![\p{L}\p{N}])\s?[:：@]?/gu;

const OTHER_APPS = anyOf([
  word('whats ?app|watsap|wasap|wassap|whatsap|guasap|wsp|wpp|zap ?zap|zap|viber|wechat|weixin|kakao ?talk|skype|imo(?= ?[:：+])|zalo|botim'),
  word('(?:fb|facebook) messenger|messenger(?= ?[:：@])|signal(?= ?[:：@+])'),
  word('ватсап\\p{L}{0,3}|вотсап\\p{L}{0,3}|вацап\\p{L}{0,3}|вайбер\\p{L}{0,3}'),
  '(?<![\\p{L}])QQ(?:号|號|群)?|扣扣|企鹅号|企鵝號',
  '微信|微信号|微信號|加賴|賴我|私賴|賴ID|賴\\s?[:：]',
  '(?<!ออน)ไลน์|(?<!ออน)ไลน(?![\\u0E00-\\u0E7F])|วอทส์แอพ|วอทส์แอป|วอทแอพ|วอทสแอพ|วีแชท',
  '카톡|카카오톡|위챗|왓츠앱|(?<!온)라인\\s?(?:아이디|ID|id)|오픈채팅|오픈카톡|오픈톡',
  '(?<!オン|生産|製造)ライン(?:ID|id|で|追加|に|まで|@)|ワッツアップ|カカオトーク|ウィーチャット',
  'LINE(?:で|に|から|まで|へ|追加|登録|の友だち)',
  'ဗိုက်ဘာ|ဗိုင်ဘာ|မက်ဆင်ဂျာ',
  'ວອດແອັບ|ວັອດແອັບ|ວອດສແອັບ|ວີແຊັດ',
  'व्हाट्सएप|व्हाट्सऐप|व्हाट्सअप|वॉट्सऐप|वॉट्सएप|वाट्सएप|वाट्सऐप|ह्वाट्सएप|ह्वाट्सअप|भाइबर|वाइबर',
  'হোয়াটসঅ্যাপ|হোয়াটস অ্যাপ|হোয়াটসএপ|হোয়াটসআপ|ইমো(?![\\p{L}\\p{M}])|ভাইবার|মেসেঞ্জার',
  'වට්ස්ඇප්|වට්සැප්|වට්සප්|වයිබර්',
  'ዋትስአፕ|ዋትሳፕ|ዋትስ አፕ|ቫይበር',
]);
// "WA" only as a contact ("WA: 0812…", "WA 0812…", "via WA"), not Western Australia.
const LINE_WA =
  /\b(?<![\u00C0-\u024F])(?:(?:LINE|Line|WA|Wa)(?:\s?(?:ID|id|Id))?\s?[:：@]|(?:WA|Wa|wa)\s?(?:\+?\d|\/)|(?:via|lewat|hubungi|chat|melalui|ke|by|on|di|sa|contact)\s(?:WA|LINE)(?![A-Za-z0-9]))|\d ?\((?:WA|Wa|wa)\)/g;
// What every LINE_WA match holds: the app's name and what follows it. V8 finds this much faster
// (it starts only at L, W or w), so the full pattern runs only on the ads that have it.
const LINE_WA_CUE = /(?:LINE|Line|WA|Wa|wa)(?:\s?(?:ID|id|Id))?\s?[:：@+\d/)]|\s(?:WA|LINE)(?![A-Za-z0-9])/;

/** Ways to apply other than a chat: an email, a careers site or job board, the office in person. */
const OTHER_CHANNEL = anyOf([
  '[\\w.+-]+@[\\w-]+\\.[\\w.]+|(?:https?:\\/\\/|www\\.)\\S+',
  word(
    'e-?mail|email (?:us|your)|careers? (?:page|site|portal)|website|walk-?in|(?:visit|come to) (?:us|our (?:office|store|shop))|in person|jobstreet|linkedin|indeed|kalibrr|topjobs|bdjobs|naukri|jobthai|vietnamworks|topcv|saramin|jobkorea|hh\\.ru|(?:e-?mel|emel|surel)|laman (?:kerjaya|web)|situs (?:resmi|karir)|datang langsung|trực tiếp tại|tại văn phòng|correo|sitio web|en persona|pessoalmente|presencial|ana kwa ana|barua pepe|dukani|ofisini',
  ),
  '邮箱|郵箱|电邮|電郵|官网|官網|人力銀行|104人力|现场面试|現場面試|到店|来店|ホームページ|応募フォーム|이메일|홈페이지|방문 ?접수|อีเมล|เว็บไซต์|มาสมัครที่|สมัครด้วยตัวเอง',
  // A phone call or a visit in person as the other way in ("call or WhatsApp", "passa aqui").
  word(
    'call (?:us|me|or)|or call|tawag|llam(?:ar|a|e)|lig(?:ar|ue)|passa aqui|pregunta en el local|come with (?:your )?cv|piga simu|hubungi (?:kami )?(?:di|ke) (?:nomor|no)|telepon|(?:hub|telp?|sms|call)\\/wa|ghé (?:cửa hàng|quán|shop)|đến trực tiếp',
  ),
  '(?<![\\p{L}])(?:звоните|позвоните|приходите)',
  '电话|電話|전화|โทร(?:หา|มา)?|ទូរស័ព្ទមក|មកសម្ភាសន៍ផ្ទាល់|फोन करें|फ़ोन करें|ফোন করুন|ফোন দিন|ደውሉ|ይደውሉ',
  '(?<![\\p{L}])(?:почт\\p{L}*|сайт\\p{L}*|лично|в офис\\p{L}*)',
  'ติดต่อ(?:ที่|ได้ที่)สำนักงาน|ที่สำนักงาน|នៅការិយាល័យ|ရုံးသို့|ရုံးတွင်|ທີ່ຫ້ອງການ',
  'ईमेल|इमेल|वेबसाइट|सीधे (?:ऑफिस|कार्यालय)|सिधै कार्यालय|ইমেইল|ইমেল|ওয়েবসাইট|সরাসরি (?:অফিসে|আগ্রাবাদ)|ඊමේල්|ኢሜል|በአካል|អ៊ីមែល|ផ្ទាល់នៅការិយាល័យ|အီးမေးလ်|ຫາທີ່ຮ້ານ|ອີເມວ',
]);

/** Words that put an app mention in a contact context (within 30 characters). */
const CONTACT_VERB_NEAR = new RegExp(
  [
    `(?<![\\p{L}\\p{M}\\p{N}_])(?:contact|apply|applications?|message|msg|dm|pm|chat|add|text|reach|send|inquir\\w*|enquir\\w*|interested|details|cv|resume|hr|recruiter|hubungi|hub|cp|kirim|lamar|liên hệ|lien he|lh|kb|nhắn|nhan tin|inbox|ib|ứng tuyển|ung tuyen|gửi cv|gui cv|kontak|mag-message|i-message|padala|i-pm|ipm|makipag-ugnayan|mesej|hantar|berminat|minat|contáctanos|contactanos|contacta\\p{L}*|escr[ií]b\\p{L}*|env[ií]a\\p{L}*|m[aá]nda\\p{L}*|informes|info|postula\\p{L}*|contato|contate|chama|chame|fale|mande|envie|curr[ií]culo|interessad\\p{L}*|informa[cç][oõ]es|wasiliana|tuma|nitumie|tutumie|mawasiliano|piga|karo|karein|kijiye|bhejo|bheje|bhejein|sampark|korun|pathan|garnus|garnuhos|karanna|evanna|пиш\\p{L}*|напиш\\p{L}*|свяж\\p{L}*|связ\\p{L}*|контакт\\p{L}*|звон\\p{L}*|отклик\\p{L}*|резюме|обращ\\p{L}*|подробн\\p{L}*|личк\\p{L}*|лс)(?![\\p{L}\\p{M}\\p{N}_])`,
    '联系|聯繫|聯絡|加我|加好友|添加|私聊|私信|私訊|咨询|諮詢|报名|報名|投递|详询|詳詢|连络|連絡|応募|問い合わせ|追加|登録|メッセージ|DM(?=[\\u3040-\\u30FF])',
    'ติดต่อ|แอด|สมัคร|ทัก|สอบถาม|연락|문의|지원|상담|톡|추가|친추',
    'संपर्क|सम्पर्क|भेज|मैसेज|मेसेज|म्यासेज|आवेदन|बायोडाटा|যোগাযোগ|পাঠান|মেসেজ|আবেদন|সিভি|নক|ইনবক্স|අමතන්න|සම්බන්ධ|එවන්න|විමසීම්|මැසේජ්',
    'ទាក់ទង|ផ្ញើ|ឆាត|សាកសួរ|ដាក់ពាក្យ|ဆက်သွယ်|ပို့|စုံစမ်း|လျှောက်|မက်ဆေ့|ຕິດຕໍ່|ທັກ|ສົ່ງ|ສອບຖາມ|ສະຫມັກ|ያግኙ|ይደውሉ|ያናግሩ|ያነጋግሩ|ይላኩ|ያመልክቱ|ይገናኙ',
    '[:：@]\\s?[@+\\w]',
  ].join('|'),
  'iu',
);

/** Chat hints that make a foreign-prefixed phone number a chat contact. */
const CHAT_HINT = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:telegram|tele|tg|whats ?app|wa|wsp|wpp|zap|viber|wechat|line|signal|imo|zalo|kakao|botim|add (?:me|us)|text (?:me|us)|message (?:me|us)|msg|chat|dm|pm|inbox|sms|nhắn|nhan tin|kết bạn|ket ban|wasap|escr[ií]be\\p{L}*|chama|tuma ujumbe|пиш\\p{L}*|напиш\\p{L}*|телеграм\\p{L}*|ватсап\\p{L}*|вайбер\\p{L}*)(?![\\p{L}\\p{N}])`,
    '微信|飞机|飛機|电报|電報|加我|私聊|加好友|ไลน์|แอด|ทัก|เทเลแกรม|텔레|카톡|추가|テレグラム|ライン|追加',
    'តេឡេក្រាម|တယ်လီဂရမ်|ဗိုက်ဘာ|ເທເລແກຣມ|ວອດແອັບ|टेलीग्राम|व्हाट्सएप|व्हाट्सऐप|টেলিগ্রাম|হোয়াটসঅ্যাপ|ইমো|වට්ස්ඇප්|ቴሌግራም|ዋትስአፕ',
  ].join('|'),
  'iu',
);

const DM = anyOf([
  word('(?:dm|pm|inbox|message|msg) (?:me|us|now|for (?:more )?(?:details|info))|send (?:me|us) a (?:dm|pm|message)|slide into (?:my|our) dms?'),
  word(
    '(?:ib|inbox|nhắn tin|nt)(?: (?:riêng|trực tiếp))? (?:mình|em|anh|chị|ad|admin|page)|(?:ib|inbox|nhan tin|nt)(?: (?:rieng|truc tiep))? (?:minh|em|anh|chi|ad|admin)',
  ),
  word('(?:langsung )?(?:dm|japri|inbox) (?:aja|saja|kami|admin|ya)|japri|chat admin'),
  // A bare "DM" / "PM" closing a post ("100k agad! 🔥 DM").
  '(?<![\\p{L}\\p{N}])(?<!\\d[\\s.:]?)(?:DM|PM|Dm|Pm)(?=[\\s!.]*(?:\\p{Extended_Pictographic}[\\s!.]*)*(?:\\n|$))',
  word('pm (?:tepi|je|saya|kami)|(?:whatsapp|wasap|mesej) (?:saya|kami|terus)'),
  word('(?:pm|message|chat) (?:na|lang|mo ako|nyo ako|niyo ako|po|me po)|(?:i-?pm|mag-?pm|pakimessage|pa-?pm) (?:lang|nyo|mo|po)?|pm is the key'),
  word(
    '(?:env[ií]a(?:me|nos)?|m[aá]nda(?:me|nos)?|escr[ií]be(?:me|nos)?)(?: un)? (?:dm|md|mensaje|inbox|whats)|(?:info(?:rmaci[oó]n)?|detalles) (?:por|al) (?:privado|interno|inbox|dm|md)|(?:al|por) (?:privado|interno)|escr[ií]be(?:me|nos)',
  ),
  word(
    '(?:me )?chama (?:no|na) (?:pv|privado|inbox|dm|direct|zap|whats)|(?:manda|mande|envie|envia) (?:uma )?(?:mensagem|msg|dm|direct) (?:no|pelo) (?:privado|pv|zap|whats|whatsapp|inbox)|(?:vem|chama) (?:pro|no) (?:pv|privado)|(?:informa[cç][oõ]es|detalhes) no (?:privado|pv|direct)',
  ),
  word('(?:пиш\\p{L}*|напиш\\p{L}*) (?:мне |нам )?(?:в )?(?:лс|личку|личные сообщения|директ|тг|телегу|телеграм\\p{L}*|ватсап)|в (?:лс|личку|директ)'),
  word('(?:dm|msg|message|inbox|whatsapp|ping) (?:karo|karein|kijiye|kro|krein|kar do|korun|koren|garnus|garnuhos|karanna)|(?:nok|knock) (?:din|korun)'),
  word('(?:tuma|nitumie|tutumie) (?:ujumbe|meseji|sms|dm|inbox)|(?:ni|nipe) inbox|inbox (?:kwa|tu)'),
  '私信我|私聊我|私我|私信了解|私聊了解|私戳|戳我|滴滴我|详情私|有意私|私訊我|私訊|密我|小盒子',
  'DMください|DMで|DMにて|DMまで|DMを|DMお待ち|お気軽にDM|まずはDM|LINE追加|友だち追加|公式LINE',
  'DM\\s?주세요|디엠|쪽지\\s?(?:주세요|로)|텔레\\s?주세요|톡\\s?주세요|카톡\\s?주세요|갠톡',
  'ทักแชท|ทักไลน์|ทักมา|ทักได้เลย|ทักอินบ็อกซ์|ทักข้อความ|แอดไลน์|ทักเพจ|ทักเฟส',
  'ឆាតមក|ផ្ញើសារមក|ឆាតឯកជន|ទាក់ទងតាម',
  'စာပို့ပါ|မက်ဆေ့ပို့ပါ|မက်ဆေ့ချ်ပို့ပါ|ပို့ထားပါ',
  'ທັກມາ|ທັກແຊັດ|ສົນໃຈທັກ|ອິນບ໋ອກ',
  'मैसेज करें|मेसेज करें|मैसेज करे|इनबॉक्स करें|डीएम करें|म्यासेज गर्नुहोस्|इनबक्स गर्नुहोस्|मेसेज गर्नुहोस्|म्यासेज गर्नुस्',
  'ইনবক্স করুন|ইনবক্সে\\s?(?:যোগাযোগ করুন|মেসেজ (?:দিন|করুন)|নক (?:দিন|করুন)|বিস্তারিত|আসুন|জানান)|মেসেজ দিন|মেসেজ করুন|নক দিন|নক করুন|(?:হোয়াটসঅ্যাপ|ইমো|টেলিগ্রাম) করুন',
  '(?:व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|वाट्सएप|टेलीग्राम|टेलिग्राम|भाइबर) (?:करें|करे|करो|कीजिए|गर्नुहोस्|गर्नुस्)',
  'ඉන්බොක්ස් කරන්න|inbox කරන්න|මැසේජ් කරන්න|මැසේජ් එකක් දාන්න',
  '(?:WhatsApp|whatsapp|Viber|viber|IMO|imo) කරන්න',
  'በውስጥ መስመር|በኢንቦክስ|ኢንቦክስ ያድርጉ|መልዕክት ይላኩ|መልእክት ይላኩ',
]);

const ONLY = anyOf([
  word(
    '(?:only|exclusively|strictly)(?: (?:contact|apply|reach us|message))? (?:via|on|through|thru|by) (?:telegram|whats ?app|wechat|line|signal|viber)|(?:telegram|whats ?app) only|no (?:phone )?calls',
  ),
  '只(?:用|接受|通过|通過|加)(?:飞机|飛機|电报|電報|telegram|微信)',
  `(?<![\\p{L}])chỉ (?:liên hệ|nhận|làm việc) qua (?:telegram|tele|zalo|whatsapp)|chi (?:lien he|nhan) qua (?:telegram|tele|zalo)`,
  word('hanya (?:melalui|via|lewat|menerusi) (?:telegram|whatsapp|wa)|(?:whatsapp|wasap|telegram) sahaja'),
  word('sa (?:telegram|viber|messenger|whatsapp) lang'),
  word(
    'solo (?:por|v[ií]a|al) (?:whatsapp|telegram|mensaje|dm|privado)|no (?:llamadas|se atienden llamadas)|(?:s[oó]|somente|apenas) (?:pelo|por|no|via) (?:whatsapp|zap|telegram|privado|direct)|n[aã]o atendo liga[cç][oõ]es',
  ),
  word('только (?:в|через|по) (?:телеграм\\p{L}*|ватсап\\p{L}*|лс|личку|тг|whats ?app|telegram)|без звонков|не звонить'),
  word('(?:whatsapp|telegram|sms) tu|(?:kupitia|kwa) (?:whatsapp|telegram) tu'),
  '텔레(?:그램)?(?:로만|만)|(?:テレグラム|LINE|DM)のみ|(?:ทาง)?(?:ไลน์|เทเลแกรม)เท่านั้น',
  '(?:केवल|सिर्फ|सिर्फ़) (?:व्हाट्सएप|टेलीग्राम)|শুধু(?:মাত্র)? (?:হোয়াটসঅ্যাপে|টেলিগ্রামে)',
]);

const ONLY_APP =
  /telegram|tele|whats|wasap|zap|viber|wechat|line|signal|messenger|zalo|телеграм|ватсап|тг|飞机|飛機|电报|電報|微信|텔레|テレグラム|ไลน์|เทเลแกรม|व्हाट्सएप|टेलीग्राम|হোয়াটসঅ্যাপ|টেলিগ্রাম/iu;

// The lookbehind sits after the "@" so the scan can skip to each "@".
const HANDLE = /@(?<![\p{L}\p{N}_@./]@)[A-Za-z][A-Za-z0-9_]{4,31}(?![\p{L}\p{N}_@.])/gu;
/** A contact verb just before a bare handle ("contact @hr_kh", "联系 @…", "пишите @…"). */
const HANDLE_VERB_BEFORE = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:contact|message|msg|dm|pm|text|add|chat|reach|write|inbox|ib|apply|hubungi|japri|liên hệ|lien he|nhắn|nhan tin|kết bạn|ket ban|escr[ií]b\\p{L}*|contact\\p{L}*|chama|fale com|пиш\\p{L}*|напиш\\p{L}*|wasiliana|tuma|sampark|mag-?pm)(?![\\p{L}\\p{N}])`,
    '联系|聯繫|聯絡|加我|私信|私聊|私訊|ติดต่อ|แอด|ทัก|연락|문의|連絡|ទាក់ទង|ဆက်သွယ်|ຕິດຕໍ່|संपर्क|सम्पर्क|যোগাযোগ|සම්බන්ධ|ያግኙ',
  ].join('|'),
  'iu',
);

/** Scam-hub and transit prefixes (Cambodia, Laos, Myanmar, Thailand, UAE, China, Hong Kong, Macau). */
const PHONE_FOREIGN = /(?<![0-9+])(?:\+|00)\s?(855|856|95|66|971|86|852|853)[ .-]?\(?[0-9]{1,4}\)?(?:[ .-]?[0-9]{2,4}){2,4}(?![0-9])/g;
/** The country whose own script an ad is written in: its prefix is a local number there. */
const LOCAL_PREFIX: ReadonlyArray<readonly [string, RegExp]> = [
  ['66', /[\u0E00-\u0E7F]/u],
  ['855', /[\u1780-\u17FF]/u],
  ['856', /[\u0E80-\u0EFF]/u],
  ['95', /[\u1000-\u109F]/u],
  ['86', /[\u4E00-\u9FFF]/u],
];

/**
 * The app is the employer or the product, not a way to reach a recruiter: "at Telegram",
 * "LINE Corporation", "WhatsApp Business API", "Telegram community", "微信公众号运营".
 */
const PRODUCT_AFTER =
  /^(?:'s)?[\s-]?(?:(?:is |are )?(?:hiring|recruiting)\b|(?:membuka|buka) lowongan|sedang merekrut|đang tuyển|tuyển dụng|招聘|誠徵|채용|募集|corp(?:oration)?\b|messenger,? (?:inc|llc|fz)|inc\b|llc\b|fz-?llc|group\b|plus\b|yahoo|pay\b|bank\b|man\b|business\b|api\b|bots?\b|mini ?apps?|premium|ads\b|official accounts?|oa\b|channels? (?:management|admin|growth)|communit(?:y|ies)|groups? (?:management|moderat)|moderat|marketing|integration|sdk|for (?:team|internal|daily|work) (?:chat|communication|coordination)|株式会社|ヤフー|コーポレーション|公式アカウント|플러스|주식회사|채널\s?운영|公众号|公眾號|小程序|支付|视频号|視頻號|群运营|运营|運營|推广|推廣|营销|行銷|官方帳號)/iu;
const PRODUCT_BEFORE =
  /(?:\b(?:we use|using|tools?(?: like| such as)?:?) (?:[\w-]+,? (?:and |& )?){0,3}|\b(?:instant )?(?:messaging|chat|communication) (?:platforms?|apps?|applications?|tools?)(?: such as| like| incl(?:uding|\.)|:)? ?\(?(?:e\.g\.,? )?(?:[\w-]+,? (?:and |& )?){0,3}|\b(?:at|join(?:ing)?|for) (?:the )?|(?<![\p{L}])(?:tại|cho|của|đội ngũ|sản phẩm) |(?:company|employer|client|about us):\s?|\bmeta(?:'s)? |\b(?:develop(?:ing)?|build(?:ing)?|integrat(?:e|ing)|manag(?:e|ing)|moderat(?:e|ing)|grow(?:ing)?|run(?:ning)?) (?:our |the |a )?)$/iu;
/** What follows a contact mention (a number, handle, id, link), never an employer. */
const CONTACT_AFTER = /^\s?(?:[:：@+]|\(?\d|id\b|number|no\.|account|me\b|us\b)/iu;

function isProduct(text: string, m: Match): boolean {
  const after = text.slice(m.end, m.end + 40);
  if (CONTACT_AFTER.test(after)) return false;
  return PRODUCT_AFTER.test(after) || PRODUCT_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

function near(text: string, m: Match, n = 30): string {
  return text.slice(Math.max(0, m.start - n), m.end + n);
}

function detectMessagingContact(text: string): SignalHit | null {
  const spans: Match[] = [];
  const tiers: number[] = [];
  const links = findAll(text, LINKS, 5);
  if (links.length) {
    const tg = links.some((l) => /t\.me|telegram/i.test(l.text));
    tiers.push(tg ? 0.9 : 0.6);
    spans.push(...links);
  }
  // The plain spellings ("Telegram") are counted below with the other app mentions.
  const obf = [...findAll(text, OBFUSCATED, 5).filter((m) => !PLAIN_SPELLING.test(m.text)), ...findAll(text, WA_SLASH, 2)].filter((m) => !isProduct(text, m));
  if (obf.length) {
    tiers.push(0.85);
    spans.push(...obf);
  }
  const tele = [
    ...findAll(text, TELEGRAM, 5),
    ...findAll(text, TG_ABBR, 5).filter((m) => /[:：@]/.test(text.slice(m.start, m.end + 3)) || CONTACT_VERB_NEAR.test(near(text, m))),
  ].filter((m) => !isProduct(text, m));
  if (tele.length) {
    const ctx = tele.some((m) => CONTACT_VERB_NEAR.test(near(text, m)));
    tiers.push(ctx ? 0.7 : 0.4);
    spans.push(...tele);
  }
  const other = [...findAll(text, OTHER_APPS, 8), ...(LINE_WA_CUE.test(text) ? findAll(text, LINE_WA, 8) : [])].filter((m) => !isProduct(text, m));
  if (other.length) {
    let best = 0.12;
    for (const m of other) {
      if (CONTACT_VERB_NEAR.test(near(text, m))) {
        const local = /zalo|line|ไลน์|ไลน|카톡|카카오톡|kakao|ライン|messenger|賴|微信|wechat|weixin/i.test(m.text);
        best = Math.max(best, local ? 0.3 : 0.45);
      }
    }
    tiers.push(best);
    spans.push(...other);
  }
  const phones = findAll(text, PHONE_FOREIGN, 5);
  if (phones.length) {
    let best = 0;
    for (const m of phones) {
      const prefix = /[0-9]+/.exec(text.slice(m.start, m.end).replace(/^\+|^00/, ''))?.[0] ?? '';
      const local = LOCAL_PREFIX.some(([p, re]) => prefix.startsWith(p) && re.test(text));
      const hint = CHAT_HINT.test(near(text, m, 40));
      if (hint && !local) best = 0.6;
    }
    if (best) {
      tiers.push(best);
      spans.push(...phones);
    }
  }
  const dm = findAll(text, DM, 5);
  if (dm.length) {
    tiers.push(0.4);
    spans.push(...dm);
  }
  const handles = findAll(text, HANDLE, 5);
  if (handles.length) {
    const afterVerb = handles.some((h) => HANDLE_VERB_BEFORE.test(text.slice(Math.max(0, h.start - 25), h.start)));
    tiers.push(afterVerb ? 0.45 : 0.15);
    spans.push(...handles);
  }
  if (!tiers.length) return null;
  tiers.sort((a, b) => b - a);
  let s = (tiers[0] ?? 0) + 0.08 * (tiers.length - 1);
  // "Only via Telegram": the app named there is the contact channel even without a contact verb.
  const only = findAll(text, ONLY, 3);
  if (only.length) {
    if (only.some((m) => ONLY_APP.test(m.text))) s = Math.max(s, 0.45);
    s += 0.15;
    spans.push(...only);
  }
  const hit = makeHit('messaging_contact', Math.min(1, s), spans);
  // A bare mention of an everyday app (微信, Zalo, LINE, KakaoTalk, or one without a contact verb)
  // is how businesses at home give a contact: context, unless the job is abroad.
  const weakOnly = tiers.length === 1 && !links.length && !obf.length && !tele.length && !only.length && s < 0.35;
  const abroad = pointsAbroad(text);
  if (hit && weakOnly && other.length && !abroad) hit.context = true;
  // A chat app as one way in among others (an email, the careers site, the office, a phone call)
  // is how employers take applications: context at home, and abroad when the ad names a work
  // permit, a recruitment licence or a government scheme. The red flag is a chat that is the only
  // way in.
  if (hit && !links.length && !obf.length && !only.length && findAll(text, OTHER_CHANNEL, 1).length) {
    if (!abroad || namesLegalWork(text) || namesLicence(text)) hit.context = true;
  }
  return hit;
}

export const messagingContact = defineSignal({
  id: 'messaging_contact',
  label: 'Apply only through Telegram, WhatsApp or a private chat',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectMessagingContact,
});

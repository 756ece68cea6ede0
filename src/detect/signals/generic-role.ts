/**
 * generic_role: customer service / typist / data entry / online marketing / game tester … in
 * every script. Common in genuine entry-level ads too, so it is weak alone (the pay comparison
 * also asks whether the role is one).
 */
import type { SignalHit } from '../../shared/types.ts';
import { makeHit, noisyOr } from './cues.ts';
import { anyOf, findAll, word } from './pattern.ts';
import { defineSignal } from './signal.ts';

/** The generic entry/office roles, every script (also read by office_job_abroad). */
export const GENERIC_ROLES = anyOf([
  word(
    'customer (?:service|support|care|relations?|success)(?: (?:representative|agent|officer|executive|staff|specialist))?|csr|chat (?:support|agent|operator|moderator)|live chat (?:agent|support|operator)|typist|data (?:entry|encoder|encoding)|encoder|online (?:marketing|sales|admin|customer service|support)|digital (?:sales|marketing)(?: (?:and|&) marketing)? executive|game tester|telemarketer|telemarketing|translator|interpreter|social media (?:admin|operator|specialist)|admin (?:online|staff|assistant)|call cent(?:er|re) agent|tech(?:nical)? support|crypto (?:customer|support|trader)|casino (?:receptionist|host)',
  ),
  word('tele-?caller|back office (?:executive|job|work)|computer operator|typing (?:job|work)'),
  '客服|在线客服|線上客服|打字员|打字員|录入员|錄入員|文员|文員|网络推广|網絡推廣|网络营销|網路行銷|翻译|翻譯|电销|電銷|话务员|話務員|推广专员|推廣專員|游戏测试|遊戲測試|运营专员|運營專員|业务员|業務員|文字录入|数据录入|資料輸入|聊天员|聊天員|网络销售|網路銷售|电话销售|電話行銷|網路推廣|打字',
  `(?<![\\p{L}])(?:chăm sóc khách hàng|cskh|nhân viên (?:nhập liệu|đánh máy|chat|trực page|tư vấn online|telesales|văn phòng)|nhập liệu|phiên dịch|biên dịch|marketing online|sale online|trực page|chạy quảng cáo)`,
  word('cham soc khach hang|nhap lieu|danh may|tu van online|truc page|phien dich|bien dich'),
  word(
    'layanan pelanggan|admin (?:online|media sosial|chat|sosmed|live)|operator (?:data|komputer|chat)|entri data|input data|penerjemah|marketing online|telemarketing|pengetik',
  ),
  word('khidmat pelanggan|perkhidmatan pelanggan|kemasukan data|jurutaip|penterjemah|jurubahasa|pemasaran (?:dalam talian|digital|online)'),
  word('tagasalin|tagapagsalin|taga-?(?:type|encode|sagot ng chat)'),
  word(
    'atenci[oó]n al cliente|servicio al cliente|agente de (?:atenci[oó]n|servicio|chat|call center)|operador(?:a)? de (?:chat|telemarketing)|digitador(?:a)?|capturista|captura de datos|ingreso de datos|entrada de datos|mecan[oó]graf[oa]|teleoperador(?:a)?|televentas|ventas online|marketing digital|traductor(?:a)?|int[eé]rprete|int[eé]rprete|asesor(?:a)? (?:online|en l[ií]nea|telef[oó]nic[oa])|soporte t[eé]cnico|moderador(?:a)? de chat|probador de videojuegos',
  ),
  word(
    'atendimento ao cliente|atendente (?:de )?(?:sac|online|chat|virtual|telemarketing)|suporte ao cliente|digitador(?:a)?|digita[cç][aã]o|entrada de dados|teleatendimento|vendas online|tradutor(?:a)?|int[eé]rprete|suporte t[eé]cnico|testador de jogos',
  ),
  word(
    'оператор\\p{L}{0,3} (?:чата|колл-центра|call-центра|службы поддержки|пк|ввода данных)|менеджер\\p{L}{0,3} (?:по работе с клиентами|чата)|онлайн-менеджер\\p{L}{0,3}|специалист\\p{L}{0,3} (?:службы )?поддержки|служба поддержки|поддержка клиентов|наборщик текст\\p{L}*|набор текста|ввод данных|переводчик|модератор чата|тестировщик игр|телемаркетолог',
  ),
  word(
    'huduma kwa wateja|mhudumu wa wateja|wahudumu wa wateja|huduma ya wateja|uingizaji (?:wa )?data|kuingiza data|mpiga chapa|mtafsiri|mkalimani|masoko (?:ya )?mtandaoni|mauzo (?:ya )?mtandaoni',
  ),
  'कस्टमर सर्विस|कस्टमर सपोर्ट|कस्टमर केयर|ग्राहक सेवा|डाटा एंट्री|डेटा एंट्री|टाइपिंग|टाइपिस्ट|कॉल सेंटर|टेलीकॉलर|टेली कॉलर|ऑनलाइन मार्केटिंग|डिजिटल मार्केटिंग|अनुवादक|चैट सपोर्ट',
  'कस्टमर सर्भिस|डाटा इन्ट्री|डाटा एन्ट्री|टाइपिङ|कल सेन्टर|अनलाइन मार्केटिङ|डिजिटल मार्केटिङ|दोभाषे|कम्प्युटर अपरेटर',
  'কাস্টমার সার্ভিস|কাস্টমার কেয়ার|গ্রাহক সেবা|ডাটা এন্ট্রি|ডেটা এন্ট্রি|টাইপিং|টাইপিস্ট|কল সেন্টার|অনলাইন মার্কেটিং|ডিজিটাল মার্কেটিং|অনুবাদক|দোভাষী|কম্পিউটার অপারেটর|টেলিমার্কেটিং',
  'පාරිභෝගික සේවා|කස්ටමර් සර්විස්|දත්ත ඇතුළත් කිරීම|ඩේටා එන්ට්රි|ටයිපින්|ටයිපිං|කෝල් සෙන්ටර්|ඔන්ලයින් මාකටින්|පරිවර්තක|පරිගණක ක්රියාකරු',
  'የደንበኞች አገልግሎት|የደንበኛ አገልግሎት|ዳታ ኢንትሪ|መረጃ አስገቢ|ታይፒስት|ተርጓሚ|ኦንላይን ማርኬቲንግ|ዲጂታል ማርኬቲንግ|የጥሪ ማዕከል|ኮል ሴንተር',
  'សេវាកម្មអតិថិជន|សេវាអតិថិជន|ផ្នែកបម្រើអតិថិជន|បុគ្គលិកឆាត|វាយអក្សរ|បញ្ចូលទិន្នន័យ|អ្នកបកប្រែ|ទីផ្សារអនឡាញ|លក់អនឡាញ',
  'ဖောက်သည်ဝန်ဆောင်မှု|ဒေတာထည့်သွင်း|စာရိုက်|ဘာသာပြန်|စကားပြန်|အွန်လိုင်းမားကက်တင်း|အွန်လိုင်းအရောင်း',
  'ບໍລິການລູກຄ້າ|ແອັດມິນ|ຕອບແຊັດ|ພິມເອກະສານ|ປ້ອນຂໍ້ມູນ|ນາຍແປພາສາ|ນັກແປ|ຂາຍອອນລາຍ|ການຕະຫຼາດອອນລາຍ|ການຕະຫລາດອອນລາຍ',
  'แอดมินออนไลน์|แอดมินเพจ|แอดมิน|ตอบแชท|พนักงานคีย์ข้อมูล|คีย์ข้อมูล|บริการลูกค้า|ล่าม|นักแปล|การตลาดออนไลน์|เทเลเซลล์|พนักงานพิมพ์|คอลเซ็นเตอร์',
  '상담원|콜\\s?센터|고객센터|고객\\s?상담|채팅\\s?상담|번역|통역|타이핑|데이터 입력|온라인 마케팅|고객\\s?응대|텔레마케터|텔레마케팅|단순\\s?(?:타이핑|입력|컴퓨터\\s?작업)|문서\\s?작업|게임\\s?테스터',
  'カスタマーサポート|カスタマーサービス|チャットオペレーター|チャットの(?:お)?仕事|データ入力|翻訳|通訳|コールセンター|テレアポ|テレオペ|チャットサポート|顧客対応|入力作業|タイピング|PC作業|パソコン作業|ゲームテスター',
]);
const ONLINE_Q =
  /online|在线|線上|网络|網絡|trực tuyến|daring|ออนไลน์|온라인|オンライン|chat|聊天|แชท|채팅|チャット|en l[ií]nea|онлайн|чат|mtandaoni|ऑनलाइन|অনলাইন|ඔන්ලයින්|ኦንላይን|អនឡាញ|အွန်လိုင်း|ອອນລາຍ|ແຊັດ/iu;

function detectGenericRole(text: string): SignalHit | null {
  const ms = findAll(text, GENERIC_ROLES, 20);
  if (!ms.length) return null;
  const online = ms.some((m) => ONLINE_Q.test(m.text));
  const distinct = new Set(ms.map((m) => m.text.toLowerCase())).size;
  const s = noisyOr([0.25, online ? 0.12 : 0, distinct >= 3 ? 0.1 : 0]);
  return makeHit('generic_role', s, ms);
}

// Pay and bonus both ask about the same text: remember the last answer.
let lastRoleText: string | null = null;
let lastRoleAnswer = false;

/** True when the ad's role is one of the generic entry/office roles (used by pay & bonus). */
export function hasGenericRole(text: string): boolean {
  if (text === lastRoleText) return lastRoleAnswer;
  lastRoleAnswer = findAll(text, GENERIC_ROLES, 1).length > 0;
  lastRoleText = text;
  return lastRoleAnswer;
}

export const genericRole = defineSignal({
  id: 'generic_role',
  label: 'Vague role: customer service, typing, data entry, online marketing',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  weak: true,
  detect: detectGenericRole,
});

/**
 * tourist_visa_travel: instructions to travel on a tourist/visit/business visa, "no visa
 * needed", pose as a tourist, cross a border at night/by boat, route via a third country, or
 * the recruiter paying/advancing the ticket. The strongest single cue: no legitimate employer
 * asks this. Mentions in a visa-processing job ("process tourist visa applications for
 * clients") are dampened.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf, findAll, type Match } from './pattern.ts';
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
  '旅游签|旅遊簽|旅游签证|旅遊簽證|落地签|落地簽|免签|免簽|商务签|商務簽|以旅游(?:的)?名义|以旅遊(?:的)?名義|先办旅游签|旅游身份',
  `(?<![\\p{L}])(?:visa du lịch|diện du lịch|đi (?:theo )?(?:dạng|diện|đường|visa) du lịch|đi du lịch rồi (?:ở lại|làm)|không cần (?:làm )?(?:visa|hộ chiếu|giấy tờ)|miễn (?:visa|thị thực)|thị thực du lịch)`,
  word('visa (?:turis|wisata|kunjungan|on arrival|bebas|pelancong)|bebas visa|tidak (?:perlu|butuh) visa|tanpa visa(?: kerja)?|visa pelancong'),
  'วีซ่าท่องเที่ยว|ฟรีวีซ่า|ไม่ต้อง(?:ใช้|ทำ|มี)วีซ่า|วีซ่านักท่องเที่ยว|ยกเว้นวีซ่า',
  '관광\\s?비자|무비자|비자\\s?없이|비자 필요 없|비자 불필요',
  '観光ビザ|ビザ不要|ビザなし|ノービザ',
  word('tourist visa lang|hindi kailangan (?:ng )?visa|walang visa'),
]);

const POSE = anyOf([
  word('(?:pose|posing|act|acting|pretend(?:ing)?|travel(?:ling)?|go|going|leave|leaving|depart) (?:as|like) (?:a |an )?(?:tourists?|visitors?|travell?ers?)'),
  word("(?:say|tell (?:them|immigration|the officers?)) (?:that )?(?:you are|you're) (?:a )?(?:tourist|on (?:a )?(?:holiday|vacation))"),
  word('magpanggap (?:na|bilang) (?:turista|tourist)|kunwari(?:ng)? (?:turista|tourist)'),
  word('(?:menyamar|berpura-pura|mengaku) (?:sebagai |jadi )?(?:turis|wisatawan)'),
  `(?<![\\p{L}])(?:giả (?:làm|dạng) (?:khách )?du lịch|nói (?:là )?đi du lịch|khai (?:là )?đi du lịch)`,
  '假装(?:去)?旅游|假裝(?:去)?旅遊|说是去旅游|說是去旅遊',
  'แกล้งเป็นนักท่องเที่ยว|บอกว่ามาเที่ยว|ปลอมตัวเป็นนักท่องเที่ยว',
  '관광객(?:인 척|처럼|으로 위장)',
  '観光客(?:を装|のふり|として入国)',
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
  '渡航費(?:を)?(?:先払い|立て替え|前払い)',
]);

// Genuine contexts: visa/travel agencies and immigration-services roles.
const AGENCY_CONTEXT =
  /(?<![\p{L}])(?:process(?:ing)?|handl(?:e|ing)|assist(?:ing)?|prepar(?:e|ing))\s(?:\p{L}+\s){0,3}(?:visa|travel)\s?(?:applications?|documents?|requirements?|bookings?)|(?:visa|travel)\s(?:consultant|officer|agent|specialist|coordinator|agency|documentation)|(?:clients?|customers?|guests?|passengers?)'?s?\s(?:\p{L}+\s){0,3}visas?|thủ tục visa cho khách|tư vấn visa|dịch vụ visa|biro perjalanan|agen perjalanan|旅行社|签证顾问|ทัวร์|บริษัททัวร์|여행사|旅行会社|travel agency/iu;

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
  for (const [ms, wgt] of parts) {
    if (!ms.length) continue;
    spans.push(...ms);
    const agency = ms.every((m) => AGENCY_CONTEXT.test(text.slice(Math.max(0, m.start - 80), m.end + 80)));
    weights.push(agency ? wgt * 0.25 : wgt);
  }
  if (!weights.length) return null;
  weights.sort((a, b) => b - a);
  const s = (weights[0] ?? 0) + 0.1 * (weights.length - 1);
  return makeHit('tourist_visa_travel', s, spans);
}

export const touristVisaTravel = defineSignal({
  id: 'tourist_visa_travel',
  label: 'Told to travel on a tourist visa or cross a border informally',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'th', 'tl', 'ko', 'ja'],
  detect: detectTouristVisaTravel,
});

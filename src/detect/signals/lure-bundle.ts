/**
 * lure_bundle: free flight/ticket + visa + food + accommodation offered together.
 * One perk alone is weak (genuine relocation, hotel and remote-site jobs offer some); the full
 * bundle with food and room is the classic compound lure.
 */
import type { PerkBundle, SignalHit } from '../../shared/types.ts';
import { word, anyOf, findAll, type Match } from './pattern.ts';
import { makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

const FREE_EN = '(?:free|complimentary|provided|covered|paid|shouldered|included|sponsored|reimbursed)';

const FLIGHT = anyOf([
  // en
  word(`${FREE_EN} (?:(?:round[- ]trip|return|one[- ]way|air|plane|flight) )?(?:air ?)?(?:tickets?|flights?|airfare|air fare|plane tickets?)`),
  word(
    '(?:air ?tickets?|airfare|air fare|flights?|plane tickets?|travel(?:ling)? (?:cost|expense)s?|transportation to (?:the )?(?:site|country))(?: (?:is|are|will be))? (?:free|provided|covered|paid(?: for)?|shouldered|included|reimbursed|sponsored)(?: by (?:the )?(?:company|employer|us))?',
  ),
  word(
    '(?:company|employer|we) (?:will )?(?:pays?|covers?|provides?|books?|buys?) (?:for )?(?:your |the )?(?:(?:round[- ]trip|return) )?(?:air ?tickets?|flights?|airfare|plane tickets?)',
  ),
  word('(?:libreng?|libre) (?:pamasahe|ticket|tiket|eroplano|plane ticket|airfare)'),
  // zh
  '(?:报销|報銷|包|提供|免费|免費|公司出)(?:往返)?(?:机票|機票|路费|路費)',
  '(?:机票|機票|路费|路費)(?:全)?(?:报销|報銷|公司出|公司承担|公司承擔|免费|免費|公司报销|公司報銷)',
  // vi
  `${'(?<![\\p{L}])'}(?:bao|miễn phí|free|hỗ trợ|tặng|công ty (?:chi trả|lo|chịu|trả))\\s?(?:100% )?(?:chi phí )?(?:vé máy bay|vé bay|vé|tiền vé)`,
  '(?:vé máy bay|vé bay|tiền vé)(?: khứ hồi)?\\s?(?:miễn phí|free|công ty (?:chi trả|lo|chịu|trả)|được bao|bao)',
  // id / ms
  word(
    '(?:tiket|tiket pesawat|ongkos|biaya) (?:pesawat |penerbangan |keberangkatan |perjalanan )?(?:gratis|ditanggung|dibayar(?:kan)?|disediakan|free)(?: (?:oleh )?(?:perusahaan|kantor|pt))?',
  ),
  word('(?:gratis|free|tanggung) (?:tiket|tiket pesawat|ongkos pesawat)'),
  word('tiket (?:penerbangan|kapal terbang) percuma'),
  // th
  '(?:ฟรี|บริษัทออก|ออก)(?:ค่า)?ตั๋วเครื่องบิน|ตั๋วเครื่องบิน(?:ไป-?กลับ)?\\s?(?:ฟรี|บริษัทออกให้)',
  '(?:บริษัท)?ออกค่าเดินทาง(?:ให้)?',
  // ko / ja
  '항공권\\s?(?:제공|지원|무료)|항공료\\s?(?:제공|지원)|비행기\\s?표\\s?(?:제공|지원)',
  '(?:航空券|渡航費|飛行機代)(?:支給|負担|無料|全額|込み)',
]);

const VISA = anyOf([
  word(`${FREE_EN} (?:work )?visas?`),
  // A list after "free": "FREE flight ticket, visa, food and accommodation".
  word(`${FREE_EN} (?:[a-z][a-z ]{1,24}(?:, ?| and | & | \\+ |/)){1,3}(?:work )?visas?`),
  word(
    '(?:work )?visas? (?:(?:is|are|will be) )?(?:free|provided|covered|paid(?: for)?|arranged|processed|sponsored|included|handled|shouldered)(?: by (?:the )?(?:company|employer|us))?',
  ),
  word('(?:we|company|employer) (?:will )?(?:arrange|handle|process|pay for|cover|sponsor|take care of) (?:the |your )?(?:work )?(?:visa|work permit)s?'),
  word('visa sponsorship|visa processing|work permit (?:provided|arranged|processing)'),
  word('libreng visa|libre visa'),
  '(?:包|办|辦|提供|免费|免費|公司)(?:办理|辦理)?(?:工作)?(?:签证|簽證)',
  '(?:签证|簽證)(?:费)?(?:公司)?(?:办理|辦理|报销|報銷|全包|免费|免費|包办|包辦)',
  `(?<![\\p{L}])(?:bao|lo|hỗ trợ|miễn phí|làm|công ty lo)\\s?(?:thủ tục )?(?:visa|thị thực|giấy phép lao động)`,
  `(?<![\\p{L}])visa\\s?(?:miễn phí|free|công ty lo|được hỗ trợ)`,
  word('visa (?:kerja )?(?:gratis|ditanggung|diurus(?:kan)?|disediakan|dibayar(?:kan)?)(?: (?:oleh )?(?:perusahaan|kantor))?'),
  word('(?:gratis|free|pengurusan|urus) visa'),
  '(?:ทำ)?วีซ่า(?:ทำงาน)?(?:ให้|ฟรี)|(?:ฟรี|บริษัทออก(?:ค่า)?|ออกค่า)วีซ่า',
  '비자\\s?(?:제공|지원|발급 지원)',
  'ビザ(?:サポート|支給|取得支援|無料)',
]);

const FOOD = anyOf([
  word(`${FREE_EN} (?:meals?|food|board|lunch(?:es)? and dinners?|three meals|3 meals)`),
  word('(?:meals?|food|board)(?: (?:is|are|will be))? (?:free|provided|covered|included)'),
  word('(?:food|meals?|board) (?:and|&|\\+) (?:accommodation|lodging|housing|room)'),
  word('libreng? (?:pagkain|kain|food|meals?)|libre (?:pagkain|kain)'),
  '包吃|包食|包三餐|供餐|提供(?:三餐|餐食|伙食|膳食)|免费(?:三餐|餐|伙食)|免費(?:三餐|餐|伙食)|管吃|包伙食|餐补|餐補|食宿',
  `(?<![\\p{L}])(?:bao|miễn phí|free)\\s?(?:ăn|cơm|ăn uống)|(?:ăn uống|bữa ăn|cơm)\\s?(?:miễn phí|free|được bao)`,
  word(
    '(?:makan|makanan) (?:gratis|ditanggung|disediakan|free|3x|3 kali)|(?:gratis|free) makan|makan (?:dan|&) (?:mess|tempat tinggal|penginapan|asrama)|makan percuma',
  ),
  'อาหารฟรี|ฟรีอาหาร|มีอาหาร(?:ให้)?|อาหาร\\s?3\\s?มื้อ|เลี้ยงอาหาร|ที่พัก(?:และ|\\+)?อาหาร|อาหาร(?:และ|\\+)?ที่พัก',
  '식사\\s?(?:제공|무료)|숙식\\s?(?:제공|무료)|삼시세끼',
  '食事(?:付き?|支給|無料|提供)|まかない',
]);

const ROOM = anyOf([
  word(`${FREE_EN} (?:accommodations?|housing|lodging|dorm(?:itory)?|hotel|room|board and lodging|staff housing|apartment|quarters)`),
  word('(?:accommodations?|housing|lodging|dorm(?:itory)?|hotel room|room)(?: (?:is|are|will be))? (?:free|provided|covered|included|paid)'),
  word('(?:food|meals?|board) (?:and|&|\\+) (?:accommodation|lodging|housing|room)'),
  word('libreng? (?:tirahan|matutuluyan|bahay|accommodation|pabahay|stay[- ]in)|libre (?:tirahan|matutuluyan)'),
  '包住|包宿|包吃住|包食宿|提供(?:住宿|宿舍)|免费(?:住宿|宿舍)|免費(?:住宿|宿舍)|管住|食宿|住宿(?:免费|免費|全包)|宿舍(?:免费|免費)',
  `(?<![\\p{L}])(?:bao|miễn phí|free)\\s?(?:ở|chỗ ở|nhà ở|ăn ở|ăn,? ở|ký túc xá)|(?:chỗ ở|nhà ở|ký túc xá|phòng ở)\\s?(?:miễn phí|free|được bao)`,
  word(
    '(?:mess|tempat tinggal|penginapan|asrama|akomodasi|tempat tidur|hotel) (?:gratis|ditanggung|disediakan|free)|(?:gratis|free) (?:mess|tempat tinggal|penginapan|asrama|akomodasi)|makan (?:dan|&) (?:mess|tempat tinggal|penginapan|asrama)|penginapan percuma|tempat tinggal percuma',
  ),
  'ที่พักฟรี|ฟรีที่พัก|มีที่พัก(?:ให้)?|ที่พัก(?:และ|\\+)?อาหาร|อาหาร(?:และ|\\+)?ที่พัก|หอพักฟรี',
  '숙소\\s?(?:제공|무료)|숙식\\s?(?:제공|무료)|기숙사\\s?(?:제공|무료)',
  '(?:寮|社宅|住居|宿泊)(?:完備|付き?|無料|提供|支給)',
]);

// Both food and room in one token (包吃住, 숙식제공, bao ăn ở) count for both.
const NO_COST = anyOf([
  word(
    'no (?:cost|fees?|charges?) (?:to you|for you|at all)|(?:not|never) (?:need|have) to (?:pay|spend|take out) (?:a single|any)|zero (?:cost|fees?)|all expenses paid|everything (?:is )?(?:free|covered|paid)',
  ),
  '不用(?:出|花)一分钱|零费用|零費用|全包|一切费用公司|一切費用公司',
  `(?<![\\p{L}])(?:không (?:mất|tốn) (?:bất kỳ )?(?:chi phí|đồng nào|phí)|0 đồng|chi phí 0đ|miễn phí 100%|bao trọn gói)`,
  word('(?:semua|seluruh) biaya (?:ditanggung|gratis)|tanpa biaya|gratis semua|tidak (?:dipungut|perlu) biaya'),
  'ไม่มีค่าใช้จ่าย|ไม่เสียค่าใช้จ่าย|ฟรีทุกอย่าง|ฟรีทั้งหมด',
  '비용\\s?(?:전액 )?(?:무료|지원|없음)|전액 지원',
  '費用(?:は)?(?:一切|全額)(?:不要|負担)',
]);

const PERKS = ['flight', 'visa', 'food', 'room'] as const satisfies PerkBundle['items'];

function detectLureBundle(text: string): SignalHit | null {
  const f = findAll(text, FLIGHT, 10);
  const v = findAll(text, VISA, 10);
  const fo = findAll(text, FOOD, 10);
  const r = findAll(text, ROOM, 10);
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
  const spans: Match[] = [...f.slice(0, 1), ...v.slice(0, 1), ...fo.slice(0, 1), ...r.slice(0, 1), ...nc.slice(0, 1)];
  const items = PERKS.filter((k) => present[k]);
  const names = items.map((k) => (k === 'room' ? 'accommodation' : k));
  const detail = `Offers ${names.join(', ')}${n === 4 ? ' (the full lure bundle)' : ''}${nc.length ? ', "no cost to you"' : ''}`;
  const hit = makeHit('lure_bundle', s, spans, detail);
  if (hit) hit.perks = { items, noCost: nc.length > 0 };
  return hit;
}

export const lureBundle = defineSignal({
  id: 'lure_bundle',
  label: 'Free flight, visa, food and room offered together',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'th', 'ko'],
  detect: detectLureBundle,
});

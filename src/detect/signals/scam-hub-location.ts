/**
 * scam_hub_location: the job is placed in a known scam-compound hub (Sihanoukville, Bavet,
 * Poipet, Myawaddy, KK Park, Shwe Kokko, Golden Triangle SEZ, ...), in many scripts. Plain
 * country names (Cambodia, Myanmar, Laos) are weaker; place names alone have a high
 * false-positive risk, so even hubs stay below "certain".
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf, findAll, type Match } from './pattern.ts';
import { makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

const HUBS = anyOf([
  word(
    "sihanoukville|sihanouk ville|preah sihanouk|kompong som|kampong som|bavet|poipet|poi pet|svay rieng|o'?\\s?smach|osmach|bokor|chrey thom|koh kong|myawaddy|myawadi|myawaddi|kk ?park|shwe ?kokko|shwe koko|yatai (?:new )?city|tachileik|tachilek|golden triangle(?: sez| special economic zone)?|bokeo|ton pheung|mae sot|laukkai|laukkaing|kokang|mong la|hpa[- ]lu|huay kalok|dongmei|thai ?pan ?tun",
  ),
  '西港|西哈努克|诗梳风|詩梳風|巴域|波贝|波貝|木牌|柴楨|柴桢|妙瓦底|苗瓦迪|喵瓦底|KK园区|KK園區|亚太城|亞太城|亚太新城|亞太新城|大其力|金三角|果敢|老街(?=.{0,6}(?:缅|緬|果敢))|缅北|緬北|勐拉|佤邦|东梅|東梅|湄索|美索|迪拜园区',
  `(?<![\\p{L}])(?:xi-?ha-?núc|tỉnh sihanouk|mộc bài|bà vẹt|ba vet|biên giới campuchia|tam giác vàng|đặc khu tam giác vàng)`,
  word('segitiga emas|perbatasan (?:thailand|kamboja|myanmar)'),
  'สีหนุวิลล์|สีหนุ|ปอยเปต|บาเวต|สวายเรียง|โอเสม็ด|เมียวดี|แม่สอด|ชเวโก๊กโก่|ชเวโกโก|เคเคปาร์ค|ท่าขี้เหล็ก|สามเหลี่ยมทองคำ|บ่อแก้ว|เมืองเล็น|ห้วยโก๋น',
  '시아누크빌|시하누크빌|바벳|포이펫|미야와디|먀와디|슈웨코코|KK파크|타칠레익|골든트라이앵글|골든 트라이앵글|보케오|매솟|라우카이',
  'シアヌークビル|シハヌークビル|バベット|ポイペト|ミャワディ|シュエコッコ|タチレク|ゴールデントライアングル|黄金の三角地帯',
  'ក្រុងព្រះសីហនុ|ខេត្តព្រះសីហនុ|បាវិត|ប៉ោយប៉ែត|ស្វាយរៀង|អូរស្មាច់',
  'မြဝတီ|ရွှေကုက္ကိုလ်|တာချီလိတ်|လောက်ကိုင်|ကိုးကန့်',
  'ບໍ່ແກ້ວ|ສາມຫຼ່ຽມຄຳ',
]);

const COUNTRIES_RISK = anyOf([
  word(
    'cambodia|cambodian|phnom penh|kampuchea|myanmar|burma|laos|lao pdr|vientiane|campuchia|cam-pu-chia|miến điện|lào(?! cai)|kamboja|kemboja|kamboja|dubai',
  ),
  '柬埔寨|柬埔|金边|金邊|缅甸|緬甸|老挝|老撾|东南亚|東南亞|แดนเขมร|เขมร|กัมพูชา|พนมเปญ|พม่า|เมียนมา|ลาว(?![\\p{L}])|캄보디아|프놈펜|미얀마|라오스|カンボジア|プノンペン|ミャンマー|ラオス|កម្ពុជា|ភ្នំពេញ|မြန်မာ',
]);

function detectScamHubLocation(text: string): SignalHit | null {
  const hubs = findAll(text, HUBS, 10);
  const countries = findAll(text, COUNTRIES_RISK, 10);
  if (!hubs.length && !countries.length) return null;
  const distinctHubs = new Set(hubs.map((h) => h.text.toLowerCase())).size;
  let s = 0;
  if (hubs.length) s = distinctHubs >= 2 ? 0.8 : 0.7;
  else {
    const dubaiOnly = countries.every((c) => /dubai/i.test(c.text));
    s = dubaiOnly ? 0.12 : 0.35;
  }
  if (hubs.length && countries.length) s += 0.05;
  const spans: Match[] = [...hubs.slice(0, 3), ...countries.slice(0, 2)];
  return makeHit('scam_hub_location', s, spans);
}

export const scamHubLocation = defineSignal({
  id: 'scam_hub_location',
  label: 'Job located in a known scam-compound area',
  languages: ['en', 'zh', 'vi', 'id', 'th', 'ko', 'ja'],
  detect: detectScamHubLocation,
});

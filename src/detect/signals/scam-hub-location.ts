/**
 * scam_hub_location: the job is placed in a known scam-compound hub (Sihanoukville, Bavet,
 * Poipet, Myawaddy, KK Park, Shwe Kokko, Golden Triangle SEZ, ...), in every script. A hub name
 * is context, not proof (real jobs exist there too), so one alone stays weak; it counts more as
 * the stated place of work or with a second hub. Plain country names (Cambodia, Myanmar, Laos)
 * are weaker still, and a country named in its own language (កម្ពុជា in Khmer, မြန်မာ in
 * Burmese) is home, not abroad. Ordinary tourist and business places (Siem Reap, Phnom Penh
 * hotels) are not hubs: a country-level mention in a hotel or tourism context is damped unless
 * a casino is mentioned.
 */
import type { SignalHit } from '../../shared/types.ts';
import { makeHit } from './cues.ts';
import { isOriginMention } from './destination.ts';
import { anyOf, findAll, type Match, word } from './pattern.ts';
import { defineSignal } from './signal.ts';

const HUBS = anyOf([
  word(
    "sihanoukville|sihanouk ville|sihanoukvil|preah sihanouk|kompong som|kampong som|bavet|poipet|poi pet|svay rieng|o'?\\s?smach|osmach|bokor|chrey thom|koh kong|myawaddy|myawadi|myawaddi|kk ?park|shwe ?kokko|shwe koko|yatai (?:new )?city|tachileik|tachilek|golden triangle (?:sez|special economic zone)|bokeo|ton pheung|laukkai|laukkaing|kokang|mong la|hpa[- ]lu|huay kalok|dongmei|thai ?pan ?tun",
  ),
  word('tri[aá]ngulo de oro|tri[aâ]ngulo dourado|segitiga emas|tam giac vang|xi-?ha-?nuc|moc bai|ba vet'),
  '西港|西哈努克|诗梳风|詩梳風|巴域|波贝|波貝|木牌|柴楨|柴桢|妙瓦底|苗瓦迪|喵瓦底|KK园区|KK園區|亚太城|亞太城|亚太新城|亞太新城|大其力|金三角|果敢|老街(?=.{0,6}(?:缅|緬|果敢))|缅北|緬北|勐拉|佤邦|东梅|東梅|迪拜园区|电诈园区|電詐園區',
  `(?<![\\p{L}])(?:xi-?ha-?núc|tỉnh sihanouk|mộc bài|bà vẹt|ba vet|biên giới campuchia|tam giác vàng|đặc khu tam giác vàng)`,
  word('perbatasan (?:thai(?:land)?|kamboja|myanmar)|sempadan (?:thai(?:land)?|kemboja|myanmar)'),
  'สีหนุวิลล์|สีหนุ|ปอยเปต|บาเวต|สวายเรียง|โอเสม็ด|เมียวดี|ชเวโก๊กโก่|ชเวโกโก|เคเคปาร์ค|ท่าขี้เหล็ก|เขตเศรษฐกิจพิเศษสามเหลี่ยมทองคำ|บ่อแก้ว|เมืองเล็น|ห้วยโก๋น',
  '시아누크빌|시하누크빌|바벳|포이펫|미야와디|먀와디|슈웨코코|KK파크|타칠레익|골든트라이앵글|골든 트라이앵글|보케오|라우카이|캄보디아\\s?국경',
  'シアヌークビル|シハヌークビル|バベット|ポイペト|ミャワディ|シュエコッコ|タチレク|ゴールデントライアングル|黄金の三角地帯',
  'ក្រុងព្រះសីហនុ|ខេត្តព្រះសីហនុ|បាវិត|ប៉ោយប៉ែត|ស្វាយរៀង|អូរស្មាច់|កោះកុង|បូកគោ',
  'မြဝတီ|ရွှေကုက္ကိုလ်|ကေကေပါ့ခ်|တာချီလိတ်|လောက်ကိုင်|ကိုးကန့်|ရွှေတြိဂံ',
  'ບໍ່ແກ້ວ|ສາມຫຼ່ຽມຄຳ|ສາມຫລ່ຽມຄຳ|ຕົ້ນເຜິ້ງ',
  'सिहानोकविले|सिहानुकविले|सिहानौकविल|म्यावाडी|म्यावड्डी|म्यावाड्डी|गोल्डन ट्राएंगल|गोल्डन ट्रायंगल|गोल्डेन ट्राइएंगल|स्वर्ण त्रिभुज|केके पार्क|पोइपेट|बावेट',
  'সিহানুকভিল|মিয়াওয়াদি|মায়াওয়াদি|গোল্ডেন ট্রায়াঙ্গেল|কেকে পার্ক|পোইপেট',
  'සිහනුක්විල්|මියාවඩි|මියවාඩි|ගෝල්ඩන් ට්රයැන්ගල්|කේකේ පාර්ක්',
  word('сиануквил\\p{L}*|сианук\\p{L}*|мьявадд?и|пойпет\\p{L}*|бавет\\p{L}*|тачилек\\p{L}*|шве ?кокко|золот\\p{L}* треугольник\\p{L}*|кк ?парк\\p{L}*'),
  'ሲሃኑክቪል|ሲሀኑክቪል|ማያዋዲ|ሚያዋዲ|ወርቃማው ሶስት ማዕዘን',
]);

/**
 * Border towns and landmarks that are also ordinary places (Mae Sot is a Thai trading town, the
 * Golden Triangle a Chiang Rai sight): weighed like a country, not a hub.
 */
const TRANSIT = anyOf([word('mae sot|golden triangle(?! sez| special economic zone)'), '湄索|美索', 'แม่สอด|(?<!เขตเศรษฐกิจพิเศษ)สามเหลี่ยมทองคำ', '매솟']);

const COUNTRIES_RISK = anyOf([
  word(
    'cambodia|cambodian|phnom penh|kampuchea|myanmar|burma|laos|lao pdr|vientiane|campuchia|cam-pu-chia|miến điện|lào(?! cai)|kamboja|kemboja|dubai|camboya|camboja|birmania|birm[aâ]nia|mianmar|kambodia|dub[aá]i',
  ),
  word('камбодж\\p{L}*|мьянм\\p{L}*|бирм\\p{L}*|лаос\\p{L}*|пномпен\\p{L}*|дуба[ей]'),
  '柬埔寨|柬埔|金边|金邊|缅甸|緬甸|老挝|老撾|(?:东南亚|東南亞)(?!市场|市場|电商|電商|站|跨境|业务|業務|区域|區域)',
  // Not "ภาษาพม่า" (Burmese language) or "แรงงานพม่า" (Burmese workers) in Thai ads.
  '(?<!ภาษา|แรงงาน|คน|ชาว|ล่าม)(?:แดนเขมร|เขมร|กัมพูชา|พม่า|เมียนมา|ลาว(?![\\u0E00-\\u0E7F]))|พนมเปญ',
  '캄보디아|프놈펜|미얀마|라오스',
  'カンボジア|プノンペン|ミャンマー|ラオス',
  // Khmer: Myanmar, Laos (Cambodia is home). Burmese: Cambodia, Laos. Lao: Cambodia, Myanmar.
  'មីយ៉ាន់ម៉ា|ភូមា|ប្រទេសឡាវ',
  'ကမ္ဘောဒီးယား|လာအို',
  'ກຳປູເຈຍ|ມຽນມາ|ພະມ້າ',
  'कंबोडिया|कम्बोडिया|म्यांमार|म्यानमार|लाओस|दुबई',
  'কম্বোডিয়া|কাম্বোডিয়া|মিয়ানমার|মায়ানমার|লাওস|দুবাই',
  'කාම්බෝජ|මියන්මාර|ලාඕස|ඩුබායි',
  'ካምቦዲያ|ምያንማር|ሚያንማር|ላኦስ|ዱባይ',
]);

/** The stated place of work, just before the place name. */
const WORK_PLACE_BEFORE = new RegExp(
  [
    `(?<![\\p{L}])(?:work(?:ing)? (?:location|place|site)|job location|location|based in|located (?:in|at)|placement|place of work|workplace|office (?:in|at)|penempatan|lokasi(?: kerja)?|tempat kerja|địa điểm(?: làm việc)?|làm việc tại|lam viec tai|noi lam viec|nơi làm việc|lugar de trabajo|ubicaci[oó]n|local de trabalho|localiza[cç][aã]o|место работы|работа в|eneo la kazi|kazi (?:iko )?(?:nchini )?|lugar ng trabaho)`,
    '工作地点|工作地點|上班地点|上班地點|地点|地點|ทำงานที่|สถานที่ทำงาน|근무지|근무\\s?장소|勤務地|就業場所',
    'ទីតាំងការងារ|ធ្វើការនៅ|အလုပ်နေရာ|လုပ်ငန်းခွင်|ບ່ອນເຮັດວຽກ|ເຮັດວຽກຢູ່|कार्यस्थल|कार्य स्थान|काम गर्ने ठाउँ|কর্মস্থল|কাজের স্থান|සේවා ස්ථානය|රැකියා ස්ථානය|የስራ ቦታ|የሥራ ቦታ',
  ].join('|'),
  'iu',
);

/** Tourism and hotel wording: a country-level place there is an ordinary job, not a hub. */
const TOURISM_CONTEXT =
  /hotel|resort|angkor|siem reap|temple|tour guide|guesthouse|hospitality|restaurant|spa\b|酒店|飯店|饭店|ホテル|호텔|โรงแรม|khách sạn|សណ្ឋាគារ|ဟိုတယ်|ໂຮງແຮມ|होटल|হোটেল|හෝටල|ሆቴል|(?<![\p{L}])отел\p{L}*/iu;
const CASINO = /casino|cas[ií]no|賭場|赌场|博彩|菠菜|คาสิโน|카지노|カジノ|កាស៊ីណូ|ကာစီနို|ຄາສິໂນ|कैसीनो|ক্যাসিনো|කැසිනෝ|ካሲኖ|казино/iu;

/** The text names a scam-compound hub (a town or zone, not just a country). */
export function namesHub(text: string): boolean {
  return findAll(text, HUBS, 1).length > 0;
}

function detectScamHubLocation(text: string): SignalHit | null {
  const hubs = findAll(text, HUBS, 10);
  // "Macau for Myanmar workers", "ミャンマー政府への提出書類": the workers' origin, not the place of work.
  const countries = [...findAll(text, COUNTRIES_RISK, 10), ...findAll(text, TRANSIT, 5)].filter((m) => !isOriginMention(text, m));
  if (!hubs.length && !countries.length) return null;
  let s: number;
  if (hubs.length) {
    const distinct = new Set(hubs.map((h) => h.text.toLowerCase())).size;
    const stated = hubs.some((h) => WORK_PLACE_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start)));
    s = distinct >= 2 ? 0.65 : stated ? 0.55 : 0.45;
    if (countries.length) s += 0.05;
  } else {
    const dubaiOnly = countries.every((c) => /dubai|dub[aá]i|дуба|दुबई|দুবাই|ඩුබායි|ዱባይ/i.test(c.text));
    s = dubaiOnly ? 0.12 : 0.3;
    if (!dubaiOnly && TOURISM_CONTEXT.test(text) && !CASINO.test(text)) s = 0.1;
  }
  const spans: Match[] = [...hubs.slice(0, 3), ...countries.slice(0, 2)];
  return makeHit('scam_hub_location', s, spans);
}

export const scamHubLocation = defineSignal({
  id: 'scam_hub_location',
  label: 'Job located in a known scam-compound area',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectScamHubLocation,
});

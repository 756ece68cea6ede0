import type { CountryCode } from '../salary-norms.ts';
import { asNormalised, LATIN_WORD_END, LATIN_WORD_START, type Match, type Script, scriptsOf, topLevelAlternatives } from './pattern.ts';

/**
 * Country and place names: [country, Latin-script names, names in other scripts]. Latin names
 * match as whole words. Names in scripts that separate words with spaces start at a word start
 * (their endings vary: Russian "в Таиланде", Bengali "থাইল্যান্ডে", Nepali "दुबईमा"); Amharic
 * ones may carry a prefix ("በታይላንድ", "ወደ ዱባይ"); CJK, Thai, Lao, Khmer and Burmese do not
 * separate words at all.
 */
const COUNTRY_SOURCES: ReadonlyArray<readonly [CountryCode, string, string | null]> = [
  [
    'KH',
    "cambodia|cambodian|phnom penh|sihanoukville|siem reap|bavet|poipet|svay rieng|campuchia|kamboja|kemboja|kampot|koh kong|o'?\\s?smach|camboya|camboja|kambodia|kambodya|kampuchea|campu|qua cpc|sang cpc|bên cpc|ở cpc|tại cpc|đi cpc|qua cam|sang cam|bên cam|qua miên|sang miên|bên miên",
    '柬埔寨|金边|金邊|西港|西哈努克|巴域|波贝|กัมพูชา|พนมเปญ|สีหนุวิลล์|ปอยเปต|เขมร|캄보디아|프놈펜|시아누크빌|カンボジア|プノンペン|ក្រុងព្រះសីហនុ|កម្ពុជា|ភ្នំពេញ|' +
      'ກຳປູເຈຍ|ကမ္ဘောဒီးယား|ဖနွမ်းပင်|कंबोडिया|कम्बोडिया|কম্বোডিয়া|කාම්බෝජ|Камбодж(?:а|и|у|е|ей)|Пномпен(?:ь|е|я)|Сиануквил(?:ь|е|я)|ካምቦዲያ',
  ],
  [
    'MM',
    'myanmar|burma|myawaddy|myawadi|kk ?park|shwe ?kokko|tachileik|laukkai|kokang|yangon|mandalay|miến điện|birmania|birmânia|mianmar',
    '缅甸|緬甸|缅北|緬北|妙瓦底|大其力|果敢|พม่า|เมียนมา|เมียวดี|ท่าขี้เหล็ก|미얀마|미야와디|ミャンマー|မြန်မာ|မြဝတီ|' +
      'ရန်ကုန်|မန္တလေး|ມຽນມາ|ພະມ້າ|មីយ៉ាន់ម៉ា|म्यांमार|म्यानमार|মিয়ানমার|মায়ানমার|මියන්මාර|Мьянм(?:а|ы|е|у|ой)|Бирм(?:а|ы|е|у)|Мьявади|ምያንማር|ማያንማር|ሚያንማር',
  ],
  [
    'LA',
    'laos|lao pdr|tai lao|sang lao|qua lao|ben lao|vientiane|bokeo|golden triangle|lào(?! cai)|tam giác vàng',
    '老挝|老撾|寮國|金三角|ลาว(?![\\p{L}])|สามเหลี่ยมทองคำ|라오스|골든트라이앵글|ラオス|ປະເທດລາວ|ສປປ ລາວ|ວຽງຈັນ|ບໍ່ແກ້ວ|ສາມຫຼ່ຽມຄຳ|ឡាវ|လာအို|लाओस|লাওস|ලාඕස|Лаос(?:а|е|у)?|ላኦስ',
  ],
  [
    'TH',
    'thailand|bangkok|chiang mai|phuket|pattaya|mae sot|thái lan|muangthai|tailandia|tailândia|tailandi',
    '泰国|泰國|曼谷|ประเทศไทย|กรุงเทพ|태국|방콕|タイ王国|(?<![ァ-ヺー])タイ(?![ァ-ヺー])|バンコク|ប្រទេសថៃ|ថៃ|ထိုင်း|ဘန်ကောက်|ປະເທດໄທ|' +
      'थाईलैंड|थाइलैंड|थाईलेंड|थाइल्याण्ड|थाईल्याण्ड|थाइल्यान्ड|बैंकॉक|पटाया|पट्टाया|फुकेट|फुकेत|পাতায়া|ফুকেট|থাইল্যান্ড|ব্যাংকক|බැංකොක්|තායිලන්ත|Таиланд(?:а|е|у)?|Тайланд(?:а|е|у)?|Бангкок(?:а|е)?|ታይላንድ|ባንኮክ',
  ],
  [
    'VN',
    'vietnam|viet nam|việt nam|hanoi|ha noi|hà nội|ho chi minh|hồ chí minh|hcm|tp\\.? ?hcm|saigon|sài gòn|đà nẵng|da nang|hải phòng|bình dương|đồng nai',
    '越南|胡志明|河内|河內|เวียดนาม|베트남|ベトナム|វៀតណាម|ຫວຽດນາມ|ဗီယက်နမ်|वियतनाम|ভিয়েতনাম|Вьетнам(?:а|е|у)?',
  ],
  [
    'PH',
    'philippines|pilipinas|manila|makati|taguig|pasig|quezon city|cebu|davao|pampanga|cavite|laguna|ortigas|bgc|alabang|iloilo|bacolod|filipina|filipinas|ufilipino',
    '菲律宾|菲律賓|马尼拉|馬尼拉|ฟิลิปปินส์|필리핀|フィリピン|ហ្វីលីពីន|ဖိလစ်ပိုင်|ຟີລິບປິນ|फिलीपींस|फ़िलीपीन्स|फिलिपिन्स|ফিলিপাইন|Филиппин(?:ы|ах|ам)|ፊሊፒንስ',
  ],
  [
    'ID',
    'indonesia|indonésia|jakarta|surabaya|bandung|tangerang|bekasi|yogyakarta|semarang|medan|bali|batam|depok|bogor',
    '印尼|印度尼西亚|雅加达|อินโดนีเซีย|인도네시아|インドネシア|इंडोनेशिया|ইন্দোনেশিয়া|Индонези(?:я|и|ю)',
  ],
  [
    'MY',
    'malaysia|kuala lumpur|selangor|penang|johor|petaling jaya|shah alam|cyberjaya|putrajaya|sabah|sarawak|malasia|malásia',
    '马来西亚|馬來西亞|吉隆坡|มาเลเซีย|말레이시아|マレーシア|ម៉ាឡេស៊ី|ມາເລເຊຍ|မလေးရှား|मलेशिया|মালয়েশিয়া|මැලේසියා|Малайзи(?:я|и|ю)',
  ],
  ['SG', 'singapore|singapura|singapur|cingapura', '新加坡|สิงคโปร์|싱가포르|シンガポール|စင်ကာပူ|सिंगापुर|সিঙ্গাপুর|Сингапур(?:а|е)?'],
  [
    'AE',
    'dubai|dubái|abu dhabi|uae|united arab emirates|sharjah|emiratos árabes|emirados árabes|falme za kiarabu',
    '迪拜|杜拜|阿联酋|阿聯酋|ดูไบ|두바이|ドバイ|ឌូបៃ|ဒူဘိုင်း|ດູໄບ|दुबई|दुबइ|यूएई|দুবাই|ඩුබායි|Дуба(?:й|е|я)|ОАЭ|ዱባይ',
  ],
  ['TW', 'taiwan|taipei|kaohsiung|taichung', '台灣|臺灣|台湾|台北|臺北|高雄|台中'],
  ['KR', 'korea|seoul|busan|incheon', '韩国|韓國|首尔|서울|한국|부산|인천|경기'],
  ['JP', 'japan|japão|japón|jepun|jepang|hapon|nhật bản|tokyo|osaka', '日本|东京|東京|大阪|東京都|日本国内|일본|ญี่ปุ่น|जापान|জাপান|ජපානය|Япони(?:я|и|ю)'],
  ['HK', 'hong kong|kowloon', '香港|九龍|九龙|홍콩|ฮ่องกง|हांगकांग|হংকং|Гонконг(?:а|е)?'],
  ['MO', 'macau|macao', '澳门|澳門|마카오|マカオ|มาเก๊า|मकाउ|ম্যাকাও|Макао'],
  ['MV', 'maldives|maldivas|maldivler', 'モルディブ|몰디브|มัลดีฟส์|मालदीव|মালদ্বীপ|මාලදිවයින(?:ේ)?|Мальдив(?:ы|ах)'],
  ['IL', 'israel|tel aviv', '以色列|이스라엘|イスラエル|อิสราเอล|इजरायल|इज़राइल|इस्राइल|ইসরায়েল|Израил(?:ь|е|я)'],
  ['CN', 'china|beijing|shanghai|shenzhen|guangzhou', '中国大陆|北京|上海|深圳|广州|杭州|成都|南京|武汉|天津'],
  ['US', 'united states|usa|u\\.s\\.|new york|california|texas|remote \\(us\\)', null],
  // Where recruits come from (see SOURCE_COUNTRIES).
  [
    'IN',
    'india|índia|mumbai|delhi|new delhi|bangalore|bengaluru|chennai|hyderabad|kolkata|pune|noida|gurgaon|gurugram',
    '印度|インド|भारत|मुंबई|दिल्ली|बेंगलुरु|ভারত|কলকাতা|ඉන්දියා|Инди(?:я|и|ю)',
  ],
  ['BD', 'bangladesh|dhaka|chittagong|chattogram', '孟加拉|বাংলাদেশ|ঢাকা|চট্টগ্রাম|बांग्लादेश'],
  ['NP', 'nepal|kathmandu|pokhara|lalitpur|biratnagar', '尼泊尔|ネパール|नेपाल|काठमाडौं|काठमाडौँ|काठमाण्डौ|पोखरा'],
  ['LK', 'sri lanka|srilanka|colombo|kandy|negombo', '斯里兰卡|スリランカ|ශ්රී ලංකා|ලංකා|කොළඹ|श्रीलंका|শ্রীলঙ্কা'],
  ['BR', 'brazil|brasil|são paulo|sao paulo|rio de janeiro|brasília|brasilia|belo horizonte|curitiba|porto alegre|recife|fortaleza', '巴西|Бразили(?:я|и|ю)'],
  ['RU', 'russia|rússia|rusia|moscow|moscú|moscou|saint petersburg', '俄罗斯|俄羅斯|ロシア|러시아|Росси(?:я|и|ю|ей)|Москв(?:а|е|у|ы)|Санкт-Петербург(?:а|е)?'],
  ['KE', 'kenya|kenia|quênia|nairobi|mombasa|kisumu|nakuru|eldoret', '肯尼亚|Кени(?:я|и|ю)'],
  ['UG', 'uganda|kampala|entebbe|jinja', 'Уганд(?:а|е|ы|у)'],
  ['TZ', 'tanzania|tanzânia|dar es salaam|dodoma|arusha|zanzibar|mwanza', 'Танзани(?:я|и|ю)'],
  ['ET', 'ethiopia|etiopía|etiópia|addis ababa|addis abeba', 'ኢትዮጵያ|አዲስ አበባ|Эфиопи(?:я|и|ю)'],
  ['MX', 'mexico|méxico|cdmx|ciudad de méxico|guadalajara|monterrey|puebla|tijuana|querétaro|queretaro|cancún|cancun', '墨西哥|Мексик(?:а|е|и|у)'],
  ['CO', 'colombia|colômbia|bogotá|bogota|medellín|medellin|barranquilla|cartagena|bucaramanga', '哥伦比亚|Колумби(?:я|и|ю)'],
  ['PE', 'perú|peru|arequipa|cusco|trujillo|chiclayo', '秘鲁|Перу'],
];

/**
 * Countries the victims come from. A posting that names one of them and a country anywhere
 * else is about a job in the other one (a Kenyan ad for "customer care in Thailand").
 */
const SOURCE_COUNTRIES: ReadonlySet<CountryCode> = new Set(['IN', 'BD', 'NP', 'LK', 'BR', 'RU', 'KE', 'UG', 'TZ', 'ET', 'MX', 'CO', 'PE']);

// One pass per script family (named groups would triple the cost in V8); each match is then
// classified with small anchored regexes. Latin names are matched without the `u` flag (with
// it this pass was the slowest of all signals) and so with explicit Latin-range word
// boundaries: names starting with an ASCII letter in one pass led by `\b` (lets V8 skip
// positions fast), the few starting with another letter ("đà nẵng") in a second pass that
// only runs when the text has such a letter.
const LATIN_ALTS = COUNTRY_SOURCES.flatMap(([, lat]) => lat.split('|'));
const ASCII_START = /^[a-z0-9]/i;
const COUNTRY_LATIN = new RegExp(`\\b${LATIN_WORD_START}(?:${LATIN_ALTS.filter((a) => ASCII_START.test(a)).join('|')})${LATIN_WORD_END}`, 'gi');
const OTHER_START_ALTS = LATIN_ALTS.filter((a) => !ASCII_START.test(a));
const COUNTRY_LATIN_OTHER = new RegExp(`${LATIN_WORD_START}(?:${OTHER_START_ALTS.join('|')})${LATIN_WORD_END}`, 'gi');
const OTHER_START_CHARS = new RegExp(`[${[...new Set(OTHER_START_ALTS.map((a) => a.charAt(0)))].join('')}]`, 'i');

// Names in other scripts, one regex per script: a text only runs those of the scripts it has.
const SCRIPT_RANGES: ReadonlyArray<readonly [Script, RegExp, string]> = [
  // [script, its letters, the left boundary its names need]
  ['cjk', /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]/, ''],
  ['hangul', /[\uAC00-\uD7AF]/, ''],
  ['thai', /[\u0E00-\u0E7F]/, ''],
  ['lao', /[\u0E80-\u0EFF]/, ''],
  ['khmer', /[\u1780-\u17FF]/, ''],
  ['myanmar', /[\u1000-\u109F]/, ''],
  ['cyrillic', /[\u0400-\u04FF]/, '(?<![\\u0400-\\u04FF])'],
  ['devanagari', /[\u0900-\u097F]/, '(?<![\\u0900-\\u097F])'],
  ['bengali', /[\u0980-\u09FF]/, '(?<![\\u0980-\\u09FF])'],
  ['sinhala', /[\u0D80-\u0DFF]/, '(?<![\\u0D80-\\u0DFF])'],
  ['ethiopic', /[\u1200-\u139F]/, ''],
];
// Cyrillic names end at a word end (their case endings are listed).
const RIGHT: Partial<Record<Script, string>> = { cyrillic: '(?![\\u0400-\\u04FF])' };

/** The script of a name: that of its first letter outside regex syntax. */
function scriptOfName(alt: string): Script | null {
  const letters = alt.replace(/\(\?<?[=!][^)]*\)/g, '').replace(/\\./g, '');
  for (const [sc, re] of SCRIPT_RANGES) if (re.test(letters)) return sc;
  return null;
}

interface ScriptPass {
  script: Script;
  re: RegExp;
  classify: ReadonlyArray<readonly [CountryCode, RegExp]>;
}

const SCRIPT_PASSES: readonly ScriptPass[] = SCRIPT_RANGES.flatMap(([script, , left]): ScriptPass[] => {
  const byCountry: Array<[CountryCode, string[]]> = [];
  for (const [c, , other] of COUNTRY_SOURCES) {
    if (!other) continue;
    const alts = topLevelAlternatives(other)
      .filter((a) => scriptOfName(a) === script)
      .map(asNormalised);
    if (alts.length) byCountry.push([c, alts]);
  }
  if (!byCountry.length) return [];
  const right = RIGHT[script] ?? '';
  const all = byCountry.flatMap(([, a]) => a);
  const flags = script === 'cyrillic' ? 'giu' : 'gu';
  return [
    {
      script,
      re: new RegExp(`${left}(?:${all.join('|')})${right}`, flags),
      classify: byCountry.map(([c, a]) => [c, new RegExp(`^(?:${a.join('|')})$`, flags.replace('g', ''))] as const),
    },
  ];
});

const CLASSIFY_LATIN: ReadonlyArray<readonly [CountryCode, RegExp]> = COUNTRY_SOURCES.map(([c, lat]) => [c, new RegExp(`^(?:${lat})$`, 'i')] as const);

const HUB_COUNTRIES: readonly CountryCode[] = ['KH', 'MM', 'LA'];

/**
 * Where the job seems to be. Compound-hub countries win when mentioned at all (a Vietnamese ad
 * for a job in Cambodia is a Cambodian job); then any country the recruits do not come from (a
 * Kenyan ad for Thailand is a Thai job); otherwise the most-mentioned country.
 */
export function detectDestinationCountry(text: string): CountryCode | null {
  return detectDestination(text)?.country ?? null;
}

/**
 * A country named as where the workers come from, not where the job is: "Myanmar workers",
 * "nurses from Nepal", "ミャンマーから来日", "ミャンマー政府", "缅甸籍", "미얀마 출신",
 * "pekerja Indonesia", "lao động Việt Nam". A licensed scheme that brings Myanmar caregivers to
 * Japan names Myanmar often; the job is in Japan.
 */
const ORIGIN_AFTER = new RegExp(
  [
    `^(?:-born)?\\s(?:migrant\\s)?(?:workers?|nationals?|citizens?|migrants?|jobseekers?|job seekers?|applicants?|government|embassy|passport holders?)${LATIN_WORD_END}`,
    '^(?:から(?:来日|来た|の(?:技能実習生|特定技能|人材|介護))|人(?:材|の|労働者|技能実習生|介護)|政府|国籍|の送(?:り)?出し機関|大使館)',
    '^(?:籍|劳工|勞工|工人|务工人员|務工人員|政府|大使馆|大使館)',
    '^\\s?(?:출신|국적|근로자|노동자|정부|대사관|에서 온)',
  ].join('|'),
  'iu',
);
const ORIGIN_BEFORE = new RegExp(
  [
    `${LATIN_WORD_START}(?:(?:workers?|nationals?|citizens?|migrants?|applicants?|candidates?|caregivers?|nurses?|recruits?) from(?: the)?|pekerja(?: migran)?|warga|tenaga kerja|buruh|lao động|công dân|người lao động) $`,
    '(?:来自|來自|แรงงาน|คนงาน|ชาว)$',
  ].join('|'),
  'iu',
);

/** Whether this mention of a country names the workers' origin (see ORIGIN_AFTER). */
export function isOriginMention(text: string, m: Match): boolean {
  return ORIGIN_AFTER.test(text.slice(m.end, m.end + 24)) || ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 28), m.start));
}

type Mentions = {
  counts: ReadonlyMap<CountryCode, number>;
  firsts: ReadonlyMap<CountryCode, Match>;
  /** Mentions of the country as the workers' origin (a subset of counts). */
  origins: ReadonlyMap<CountryCode, number>;
};
let lastMentions: { text: string; mentions: Mentions } | null = null;

/**
 * Every country the text names, with how often and its first mention. Several signals ask about
 * the same posting in a row: the answer for the last text is kept (read-only).
 */
export function countryMentions(text: string): Mentions {
  if (lastMentions?.text === text) return lastMentions.mentions;
  const mentions = scanCountries(text);
  lastMentions = { text, mentions };
  return mentions;
}

function scanCountries(text: string): Mentions {
  const counts = new Map<CountryCode, number>();
  const firsts = new Map<CountryCode, Match>();
  const origins = new Map<CountryCode, number>();
  const tally = (re: RegExp, classify: ReadonlyArray<readonly [CountryCode, RegExp]>): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(text)) !== null && n++ < 200) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      for (const [c, cre] of classify) {
        if (cre.test(m[0])) {
          counts.set(c, (counts.get(c) ?? 0) + 1);
          const at = { text: m[0], start: m.index, end: m.index + m[0].length };
          const prev = firsts.get(c);
          if (!prev || m.index < prev.start) firsts.set(c, at);
          if (isOriginMention(text, at)) origins.set(c, (origins.get(c) ?? 0) + 1);
          break;
        }
      }
    }
    re.lastIndex = 0;
  };
  tally(COUNTRY_LATIN, CLASSIFY_LATIN);
  if (OTHER_START_CHARS.test(text)) tally(COUNTRY_LATIN_OTHER, CLASSIFY_LATIN);
  const scripts = scriptsOf(text);
  if (scripts.size > 1) for (const p of SCRIPT_PASSES) if (scripts.has(p.script)) tally(p.re, p.classify);
  return { counts, firsts, origins };
}

/** The destination country with its first mention in the text (evidence for a reason). */
export function detectDestination(text: string): { country: CountryCode; first: Match } | null {
  const { counts, firsts, origins } = countryMentions(text);
  const found = (c: CountryCode | null) => {
    const first = c ? firsts.get(c) : undefined;
    return c && first ? { country: c, first } : null;
  };
  // Named only as the workers' origin: like a source country, the job is elsewhere.
  const originOnly = (c: CountryCode) => (origins.get(c) ?? 0) >= (counts.get(c) ?? 0);
  const elsewhere = [...counts.keys()].some((c) => !originOnly(c));
  for (const c of HUB_COUNTRIES) if (counts.has(c) && !(elsewhere && originOnly(c))) return found(c);
  let best: CountryCode | null = null;
  let bestCount = 0;
  let bestSource = true;
  for (const [c, n] of counts) {
    const source = SOURCE_COUNTRIES.has(c) || (elsewhere && originOnly(c));
    if ((bestSource && !source) || (source === bestSource && n > bestCount)) {
      best = c;
      bestCount = n;
      bestSource = source;
    }
  }
  return found(best);
}

import type { CountryCode } from '../salary-norms.ts';
import { LATIN_WORD_START, LATIN_WORD_END } from './pattern.ts';
const COUNTRY_SOURCES: ReadonlyArray<readonly [CountryCode, string, string | null]> = [
  [
    'KH',
    "cambodia|cambodian|phnom penh|sihanoukville|siem reap|bavet|poipet|svay rieng|campuchia|kamboja|kemboja|kampot|koh kong|o'?\\s?smach",
    '柬埔寨|金边|金邊|西港|西哈努克|巴域|波贝|กัมพูชา|พนมเปญ|สีหนุวิลล์|ปอยเปต|캄보디아|프놈펜|시아누크빌|カンボジア|プノンペン|ក្រុងព្រះសីហនុ|កម្ពុជា|ភ្នំពេញ',
  ],
  [
    'MM',
    'myanmar|burma|myawaddy|kk ?park|shwe ?kokko|tachileik|laukkai|kokang|yangon|mandalay|miến điện',
    '缅甸|緬甸|缅北|緬北|妙瓦底|大其力|果敢|พม่า|เมียนมา|เมียวดี|ท่าขี้เหล็ก|미얀마|미야와디|ミャンマー|မြန်မာ|မြဝတီ',
  ],
  [
    'LA',
    'laos|lao pdr|vientiane|bokeo|golden triangle|lào(?! cai)|tam giác vàng',
    '老挝|老撾|金三角|ลาว(?![\\p{L}])|สามเหลี่ยมทองคำ|라오스|골든트라이앵글|ラオス',
  ],
  ['TH', 'thailand|bangkok|chiang mai|phuket|pattaya|mae sot|thái lan|muangthai', '泰国|泰國|曼谷|ประเทศไทย|กรุงเทพ|태국|방콕|タイ王国|バンコク'],
  [
    'VN',
    'vietnam|viet nam|việt nam|hanoi|ha noi|hà nội|ho chi minh|hồ chí minh|hcm|tp\\.? ?hcm|saigon|sài gòn|đà nẵng|da nang|hải phòng|bình dương|đồng nai',
    '越南|胡志明|河内|河內|เวียดนาม|베트남|ベトナム',
  ],
  [
    'PH',
    'philippines|pilipinas|manila|makati|taguig|pasig|quezon city|cebu|davao|pampanga|cavite|laguna|ortigas|bgc|alabang|iloilo|bacolod',
    '菲律宾|菲律賓|马尼拉|馬尼拉|ฟิลิปปินส์|필리핀|フィリピン',
  ],
  [
    'ID',
    'indonesia|jakarta|surabaya|bandung|tangerang|bekasi|yogyakarta|semarang|medan|bali|batam|depok|bogor',
    '印尼|印度尼西亚|雅加达|อินโดนีเซีย|인도네시아|インドネシア',
  ],
  [
    'MY',
    'malaysia|kuala lumpur|selangor|penang|johor|petaling jaya|shah alam|cyberjaya|putrajaya|sabah|sarawak',
    '马来西亚|馬來西亞|吉隆坡|มาเลเซีย|말레이시아|マレーシア',
  ],
  ['SG', 'singapore|singapura', '新加坡|สิงคโปร์|싱가포르|シンガポール'],
  ['AE', 'dubai|abu dhabi|uae|united arab emirates|sharjah', '迪拜|阿联酋|阿聯酋|ดูไบ|두바이|ドバイ'],
  ['TW', 'taiwan|taipei|kaohsiung|taichung', '台灣|臺灣|台湾|台北|臺北|高雄|台中'],
  ['KR', 'korea|seoul|busan|incheon', '韩国|韓國|首尔|서울|한국|부산|인천|경기'],
  ['JP', 'japan|tokyo|osaka', '日本|东京|東京|大阪|東京都|日本国内'],
  ['CN', 'china|beijing|shanghai|shenzhen|guangzhou', '中国大陆|北京|上海|深圳|广州|杭州|成都|南京|武汉|天津'],
  ['US', 'united states|usa|u\\.s\\.|new york|california|texas|remote \\(us\\)', null],
];

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
const COUNTRY_OTHER = new RegExp(
  COUNTRY_SOURCES.filter(([, , o]) => o !== null)
    .map(([, , o]) => o ?? '')
    .join('|'),
  'gu',
);
const CLASSIFY: ReadonlyArray<readonly [CountryCode, RegExp, RegExp | null]> = COUNTRY_SOURCES.map(
  ([c, lat, o]) => [c, new RegExp(`^(?:${lat})$`, 'i'), o === null ? null : new RegExp(`^(?:${o})$`, 'u')] as const,
);
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the variation selectors FE00–FE0F are a range on purpose (emoji are not "non-Latin" text).
const NON_LATIN = /[^\u0000-\u024F\u1E00-\u1EFF\u2000-\u2BFF\uFE00-\uFE0F\u{1F000}-\u{1FFFF}]/u;

const HUB_COUNTRIES: readonly CountryCode[] = ['KH', 'MM', 'LA'];

/**
 * Where the job seems to be. Compound-hub countries win when mentioned at all (a Vietnamese ad
 * for a job in Cambodia is a Cambodian job); otherwise the most-mentioned country.
 */
export function detectDestinationCountry(text: string): CountryCode | null {
  const counts = new Map<CountryCode, number>();
  const tally = (re: RegExp, latin: boolean): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(text)) !== null && n++ < 200) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      for (const [c, lat, other] of CLASSIFY) {
        const cre = latin ? lat : other;
        if (cre?.test(m[0])) {
          counts.set(c, (counts.get(c) ?? 0) + 1);
          break;
        }
      }
    }
    re.lastIndex = 0;
  };
  tally(COUNTRY_LATIN, true);
  if (OTHER_START_CHARS.test(text)) tally(COUNTRY_LATIN_OTHER, true);
  if (NON_LATIN.test(text)) tally(COUNTRY_OTHER, false);
  for (const c of HUB_COUNTRIES) if (counts.has(c)) return c;
  let best: CountryCode | null = null;
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

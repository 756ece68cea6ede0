/**
 * Multilingual salary extraction: finds pay figures ("US$3,000/month", "15 Tr - 40 Tr VND",
 * "Rp 16 juta", "月薪1.5万", "1,000만 원", "時給5千円", "₹1,50,000 प्रति माह", "R$ 3 mil por mês",
 * "от 100 000 ₽", "elfu 50 kwa mwezi", "three thousand dollars", "两万", …) and converts them to
 * USD per month. Figures may be digits (ASCII or the scripts' own: ২৫,০০০, ၅၀၀,၀၀၀, ៥០០), digits
 * with a unit word (k, tr, juta, 万, 만, หมื่น, lakh, mil, тыс, हजार, ሺህ…), or number words in the
 * 22 languages. Never throws; linear-time regexes only.
 */

import { scriptsOf, type Script } from './signals/pattern.ts';
import { idOf, lit, mayMatch } from './signals/prefilter.ts';

export interface SalaryMention {
  /** Verbatim slice text.slice(start, end). */
  raw: string;
  start: number;
  end: number;
  /** Amounts in `currency` units (multipliers like k/万/triệu/juta applied). */
  min: number;
  max: number;
  /** ISO 4217 code; 'XXX' when no currency could be determined. USDT is reported as USD. */
  currency: string;
  period: 'hour' | 'day' | 'week' | 'month' | 'year' | null;
  usdPerMonthMin: number | null;
  usdPerMonthMax: number | null;
}

/**
 * Units of each currency per 1 USD. Approximate mid-market figures, rounded, for rough
 * comparisons only (not for money handling). Update `asOf` when refreshing.
 */
export const USD_RATES = {
  asOf: '2026-11-01',
  perUsd: {
    USD: 1,
    CNY: 7.1,
    VND: 26_000,
    IDR: 16_500,
    THB: 33,
    PHP: 58,
    MYR: 4.3,
    KRW: 1_400,
    JPY: 150,
    TWD: 31,
    SGD: 1.3,
    HKD: 7.8,
    EUR: 0.87,
    GBP: 0.76,
    AED: 3.67,
    INR: 88,
    KHR: 4_050,
    MMK: 2_100,
    LAK: 21_500,
    AUD: 1.52,
    BDT: 122,
    NPR: 141,
    LKR: 300,
    BRL: 5.4,
    RUB: 80,
    KES: 129,
    UGX: 3_600,
    TZS: 2_450,
    ETB: 150,
    MXN: 18.5,
    COP: 3_900,
    PEN: 3.45,
  } as Record<string, number>,
} as const;

export type SalaryPeriod = NonNullable<SalaryMention['period']>;

const PERIOD_TO_MONTH: Record<SalaryPeriod, number> = {
  hour: 173,
  day: 22,
  week: 4.33,
  month: 1,
  year: 1 / 12,
};

// ---------------------------------------------------------------------------------------------
// Currencies
//
// A few marks name more than one currency; they are read as placeholders and settled from the
// rest of the ad (see Ctx.settle): '$' (US dollars, or pesos in a Mexican/Colombian ad), PESO
// (PHP, MXN or COP), YUAN (元: CNY, or TWD in a Taiwanese ad), RUPEE (INR, NPR or LKR), TAKA
// (BDT, or INR in West Bengal), SHILLING (KES, UGX or TZS), YEN (¥: CNY or JPY), HAN/HANT (a
// bare 万/萬: CNY, TWD or JPY), IDMS (ribu/juta in words: IDR or MYR), BR? ("Br": Ethiopian
// birr only in an Ethiopian ad), and for a bare figure in a Khmer, Burmese or Lao ad
// KH?/MM?/LA? (local currency for large figures, US dollars for small ones).

/** Marks written before the number. Longest alternatives first. */
const PRE_CUR = [
  'US\\s?\\$|U\\$|NT\\$|SG\\$|S\\$|HK\\$|A\\$|R\\$|MX\\$|COL\\$|USDT|USD|NTD|TWD|SGD|HKD|MYR|RM|Rp\\.?|IDR|PHP|₱|P(?=\\s?\\d{1,3},\\d{3})',
  'THB|฿|₩|KRW|¥|JPY|CNY|RMB|€|EUR|£|GBP|AED|VND|₫|KHR|៛|MMK|LAK|₭',
  // South Asia
  '₹|INR|NRs\\.?|Rs\\.?|NPR|LKR|BDT|Tk\\.?|৳|টাকা|ने\\.?\\s?रु\\.?|रु\\.?|रू\\.?|රු\\.?|ඩොලර්',
  // Brazil, Russia, East Africa, Latin America
  'BRL|RUB|₽|KShs?\\.?|KES|UGX|UShs?\\.?|Shs\\.?|TZS|TShs?\\.?|ETB|Birr|Br\\.?(?=\\s?\\d)|ብር|ዶላር|MXN|COP|PEN|S\\/\\.?',
  'ဒေါ်လာ|ကျပ်|ដុល្លារ|\\$',
].join('|');

// Letters of the Latin script (incl. Vietnamese), as ranges usable without the `u` flag.
const LATIN_LETTER = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
// Not followed by a Latin letter.
const NL = `(?![${LATIN_LETTER}])`;

/**
 * Units after the number, each with its factor and the currency it implies (a placeholder or
 * null for none). Longest alternatives first where one is a prefix of another.
 */
const MULT_TABLE: ReadonlyArray<readonly [string, number, string | null]> = [
  ['百万|百萬', 1_000_000, 'HAN'],
  ['千万|千萬', 10_000_000, 'HAN'],
  ['万|萬', 10_000, 'HAN'],
  ['亿|億', 100_000_000, 'HAN'],
  ['千', 1_000, 'HAN'],
  ['천만', 10_000_000, 'KRW'],
  ['백만', 1_000_000, 'KRW'],
  ['십만', 100_000, 'KRW'],
  ['만', 10_000, 'KRW'],
  ['천', 1_000, 'KRW'],
  ['억', 100_000_000, 'KRW'],
  [`triệu|trieu|tr${NL}`, 1_000_000, 'VND'],
  [`củ${NL}`, 1_000_000, 'VND'],
  ['nghìn|ngàn', 1_000, 'VND'],
  [`juta|jt${NL}`, 1_000_000, 'IDR'],
  [`ribu|rb${NL}`, 1_000, 'IDR'],
  [`libo(?:ng)?${NL}`, 1_000, 'PHP'],
  [`milyon${NL}`, 1_000_000, 'PHP'],
  [`lakhs?${NL}|lacs?${NL}`, 100_000, 'RUPEE'],
  // "6 LPA": lakh per annum (Indian ads quote yearly pay so).
  [`lpa${NL}`, 100_000, 'RUPEE'],
  [`crores?${NL}`, 10_000_000, 'RUPEE'],
  [`thousand${NL}|grand${NL}`, 1_000, null],
  [`millones${NL}|millón${NL}|millon${NL}|milhões${NL}|milhão${NL}|milhoes${NL}|milhao${NL}`, 1_000_000, null],
  [`million${NL}|mn${NL}|m${NL}`, 1_000_000, null],
  // "mil": a thousand in Spanish and Portuguese, a million in English (decided per ad).
  [`mil${NL}`, -1, null],
  ['тысяч[аи]?|тыс\\.?|т\\.р\\.', 1_000, null],
  ['млн\\.?', 1_000_000, null],
  ['к(?![а-яёА-ЯЁ])', 1_000, null],
  ['हज\\u093Cार|हजार', 1_000, null],
  ['लाख', 100_000, 'RUPEE'],
  ['करोड\\u093C|करोड', 10_000_000, 'RUPEE'],
  ['হাজার', 1_000, null],
  ['লাখ|লক্ষ', 100_000, 'BDT'],
  ['কোটি', 10_000_000, 'BDT'],
  ['ලක්ෂ(?:ය)?', 100_000, 'LKR'],
  ['දහස', 1_000, 'LKR'],
  ['พัน', 1_000, 'THB'],
  ['หมื่น', 10_000, 'THB'],
  ['แสน', 100_000, 'THB'],
  ['ล้าน', 1_000_000, 'THB'],
  ['ພັນ', 1_000, 'LAK'],
  ['ຫມື່ນ', 10_000, 'LAK'],
  ['ແສນ', 100_000, 'LAK'],
  ['ລ້ານ', 1_000_000, 'LAK'],
  ['ពាន់', 1_000, 'KHR'],
  ['ម៉ឺន', 10_000, 'KHR'],
  ['សែន', 100_000, 'KHR'],
  ['លាន', 1_000_000, 'KHR'],
  ['ထောင်', 1_000, 'MMK'],
  ['သောင်း', 10_000, 'MMK'],
  ['သိန်း', 100_000, 'MMK'],
  ['သန်း', 1_000_000, 'MMK'],
  ['ሺህ|ሺ', 1_000, 'ETB'],
  ['ሚሊዮን', 1_000_000, 'ETB'],
  [`w${NL}`, 10_000, 'W'],
  [`k${NL}`, 1_000, null],
];
const MULT = MULT_TABLE.map(([src]) => src).join('|');
const MULT_RES: ReadonlyArray<readonly [RegExp, number, string | null]> = MULT_TABLE.map(([src, f, c]) => [new RegExp(nf(`^(?:${src})$`), 'i'), f, c] as const);

// A unit inside a figure after the first unit: "1万5千", "1억5천만", "2 juta 5 ribu".
const SUB_MULT = '천만|백만|천|백|千|百|nghìn|ngàn|ribu|rb|พัน|ពាន់|ထောင်|ພັນ|हजार|হাজার|ሺህ|k';

/** Marks written after the number (after its unit, if any). */
const POST_CUR = [
  `de (?:pesos|dólares|dolares|reais|soles)${NL}|USDT|USD|U${NL}|\\$|dollars?${NL}|dólares${NL}|dolares${NL}|dólar${NL}|dolar${NL}|dolyar${NL}|dola${NL}`,
  `VNĐ|VND|đồng|đô\\s?-?\\s?la(?:\\s?mỹ)?${NL}|đô(?:\\s?mỹ)?${NL}|đ${NL}|IDR|rupiah|MYR|ringgit|SGD|THB|บาท|ดอลลาร์(?:สหรัฐ)?|ดอลล่าร์|เหรียญสหรัฐ`,
  `PHP|pesos?(?: (?:mexicanos|colombianos|filipinos))?${NL}|piso${NL}|MXN|COP|PEN|soles${NL}|BRL|reais${NL}|EUR|euros?${NL}|AED|dirhams?${NL}`,
  'TWD|NTD|台幣|台币|元|块|塊|人民币|人民幣|RMB|CNY|美金|美元|美刀|泰铢|泰銖|比索|令吉|円|日元|JPY|ドル|원|KRW|달러|불(?![가-힣])',
  `won${NL}|yen${NL}`,
  // South Asia
  `INR|rupees?${NL}|rupiya${NL}|रुपये|रुपए|रुपया|रुपैयाँ|रुपैयां|रुपैंया|रुपियाँ|रु\\.?|रू\\.?|डॉलर|डालर|डलर|NPR|BDT|taka${NL}|tk${NL}|টাকা|৳|ডলার|LKR|රුපියල්|රු\\.?|ඩොලර්`,
  // Russia, East Africa
  `RUB|руб(?:лей|ля|ль)?\\.?|р\\.|₽|долларов|доллара|доллар|евро|KES|KShs?|shillings?${NL}|shilingi${NL}|bob${NL}|UGX|TZS|ETB|birr${NL}|ብር|ዶላር`,
  // Khmer, Burmese, Lao
  'ដុល្លារ|រៀល|៛|ကျပ်|ဒေါ်လာ|ກີບ|₭|ໂດລາ|ໂດລ້າ',
].join('|');

function currencyFromPre(pre: string): string | null {
  const p = pre.replace(/\s+/g, '').replace(/\.$/, '');
  const u = p.toUpperCase();
  switch (u) {
    case 'US$':
    case 'U$':
    case 'USD':
    case 'USDT':
    case 'ዶላር':
    case 'ඩොලර්':
    case 'ဒေါ်လာ':
    case 'ដុល្លារ':
      return 'USD';
    case '$':
      return '$';
    case 'NT$':
    case 'NTD':
    case 'TWD':
      return 'TWD';
    case 'S$':
    case 'SG$':
    case 'SGD':
      return 'SGD';
    case 'HK$':
    case 'HKD':
      return 'HKD';
    case 'A$':
      return 'AUD';
    case 'R$':
    case 'BRL':
      return 'BRL';
    case 'MX$':
    case 'MXN':
      return 'MXN';
    case 'COL$':
    case 'COP':
      return 'COP';
    case 'RM':
    case 'MYR':
      return 'MYR';
    case 'RP':
    case 'IDR':
      return 'IDR';
    case 'PHP':
    case '₱':
    case 'P':
      return 'PHP';
    case 'THB':
    case '฿':
      return 'THB';
    case '₩':
    case 'KRW':
      return 'KRW';
    case 'JPY':
      return 'JPY';
    case '¥':
      return 'YEN';
    case 'CNY':
    case 'RMB':
      return 'CNY';
    case '€':
    case 'EUR':
      return 'EUR';
    case '£':
    case 'GBP':
      return 'GBP';
    case 'AED':
      return 'AED';
    case 'VND':
    case '₫':
      return 'VND';
    case '₹':
    case 'INR':
      return 'INR';
    case 'RS':
    case 'रु':
    case 'රු':
      return 'RUPEE';
    case 'NRS':
    case 'NPR':
    case 'रू':
    case 'ने.रु':
    case 'नेरु':
      return 'NPR';
    case 'LKR':
      return 'LKR';
    case 'BDT':
    case 'TK':
    case '৳':
      return 'BDT';
    case 'টাকা':
      return 'TAKA';
    case 'RUB':
    case '₽':
      return 'RUB';
    case 'KSH':
    case 'KSHS':
    case 'KES':
      return 'KES';
    case 'UGX':
    case 'USH':
    case 'USHS':
      return 'UGX';
    case 'SHS':
      return 'SHILLING';
    case 'TZS':
    case 'TSH':
    case 'TSHS':
      return 'TZS';
    case 'ETB':
    case 'BIRR':
    case 'ብር':
      return 'ETB';
    case 'BR':
      return 'BR?';
    case 'PEN':
    case 'S/':
      return 'PEN';
    case 'KHR':
    case '៛':
      return 'KHR';
    case 'MMK':
    case 'ကျပ်':
      return 'MMK';
    case 'LAK':
    case '₭':
      return 'LAK';
    default:
      return null;
  }
}

const POST_CUR_MAP = new Map<string, string>(
  (
    [
      [
        'USD',
        'usdt|usd|u|美金|美元|美刀|dollar|dollars|dólares|dolares|dólar|dolar|dolyar|dola|ドル|달러|불|डॉलर|डालर|डलर|ডলার|ඩොලර්|долларов|доллара|доллар|ዶላር|ดอลลาร์|ดอลลาร์สหรัฐ|ดอลล่าร์|เหรียญสหรัฐ|ដុល្លារ|ဒေါ်လာ|ໂດລາ|ໂດລ້າ',
      ],
      ['$', '$'],
      ['VND', 'vnđ|vnd|đồng|đ'],
      ['IDR', 'idr|rupiah'],
      ['THB', 'thb|บาท|泰铢|泰銖'],
      ['PESO', 'peso|pesos'],
      ['PHP', 'php|piso|pesos filipinos|peso filipinos|比索'],
      ['MXN', 'mxn|pesos mexicanos|peso mexicanos'],
      ['COP', 'cop|pesos colombianos|peso colombianos'],
      ['MYR', 'myr|ringgit|令吉'],
      ['SGD', 'sgd'],
      ['TWD', 'twd|ntd|台幣|台币'],
      ['YUAN', '元|块|塊'],
      ['CNY', '人民币|人民幣|rmb|cny'],
      ['JPY', '円|日元|yen|jpy'],
      ['KRW', '원|won|krw'],
      ['EUR', 'eur|euro|euros|евро'],
      ['AED', 'aed|dirham|dirhams'],
      ['INR', 'inr'],
      ['RUPEE', 'rupee|rupees|rupiya|रुपये|रुपए|रुपया|रुपियाँ|रु|रु.|රුපියල්|රු|රු.'],
      ['NPR', 'npr|रुपैयाँ|रुपैयां|रुपैंया|रू|रू.'],
      ['LKR', 'lkr'],
      ['BDT', 'bdt|taka|tk|৳'],
      ['TAKA', 'টাকা'],
      ['BRL', 'brl|reais'],
      ['RUB', 'rub|руб|руб.|рублей|рублей.|рубля|рубля.|рубль|рубль.|р.|₽'],
      ['KES', 'kes|ksh|kshs|bob'],
      ['SHILLING', 'shilling|shillings|shilingi'],
      ['UGX', 'ugx'],
      ['TZS', 'tzs'],
      ['ETB', 'etb|birr|ብር'],
      ['PEN', 'pen|soles'],
      ['KHR', 'រៀល|៛'],
      ['MMK', 'ကျပ်'],
      ['LAK', 'ກີບ|₭'],
    ] as const
  ).flatMap(([cur, words]) => words.split('|').map((w) => [w, cur] as const)),
);
// Multi-word marks ("đô la mỹ", "pesos mexicanos") are looked up with their spaces removed.
for (const w of ['đô', 'đôla', 'đô-la', 'đômỹ', 'đôlamỹ', 'đô-lamỹ']) POST_CUR_MAP.set(w, 'USD');
for (const [k, v] of [...POST_CUR_MAP]) if (k.includes(' ')) POST_CUR_MAP.set(k.replace(/ /g, ''), v);

function currencyFromPost(post: string): string | null {
  let u = post.toLowerCase().replace(/\s+/g, '');
  // "2 millones de pesos", "15 mil de reais"
  if (u.startsWith('de') && u.length > 4) u = u.slice(2);
  return POST_CUR_MAP.get(u) ?? null;
}

/** The text as normaliseText leaves it (NFKC, Thai and Lao AM rejoined): patterns must match that. */
function nf(s: string): string {
  return s.normalize('NFKC').replace(/\u0E4D\u0E32|\u0ECD\u0EB2/g, (m) => (m.charCodeAt(0) === 0x0e4d ? '\u0E33' : '\u0EB3'));
}

// ---------------------------------------------------------------------------------------------
// Token regex

// Numbers: Indian grouping (1,50,000), grouped thousands (3,000 / 3.000.000), space-grouped
// thousands (100 000, Russian and Vietnamese style), or plain digits, with optional decimals.
const NUM =
  '\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d])' +
  '|\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2}(?!\\d))?' +
  '|\\d{1,3}(?: \\d{3})+(?:,\\d{1,2}(?!\\d))?(?![\\d.,]\\d)' +
  '|\\d{1,12}(?:[.,]\\d{1,3}(?!\\d))?';

// Longest currency prefix before a token's first digit ("US $ ", "ने.रु. ", "ដុល្លារ ").
const MAX_TOKEN_PREFIX = 9;

/** "KShs?\\.?" → KSH, KSHS: the PRE_CUR marks as plain upper-case words. */
function markWords(alt: string): string[] {
  const a = alt
    .replace(/\(\?[=!][^()]*\)/g, '')
    .replace(/\\s\?/g, '')
    .replace(/\\\.\?/g, '')
    .replace(/\\(.)/g, '$1');
  let out = [''];
  for (let i = 0; i < a.length; i++) {
    const c = a.charAt(i);
    if (a.charAt(i + 1) === '?') {
      out = [...out, ...out.map((w) => w + c)];
      i++;
    } else out = out.map((w) => w + c);
  }
  return out.map((w) => nf(w).toUpperCase());
}
const MARK_WORDS: ReadonlySet<string> = new Set(PRE_CUR.split('|').flatMap(markWords));
// The last character of a symbol mark ($, US$, R$, ₹, ৳, ₽, …).
const MARK_SYMBOLS: ReadonlySet<number> = new Set([...'$₱฿₩¥€£₫₹৳₽៛₭'].map((c) => c.charCodeAt(0)));
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Whether a PRE_CUR mark may end right before the digit at `i` (or one space before it): only
 * then does the token regex start a few characters early. Cheap: most digits follow a long
 * word, punctuation or nothing.
 */
function markBefore(scan: string, i: number): boolean {
  let p = i - 1;
  if (p >= 0 && scan.charCodeAt(p) === 32) p--;
  if (p < 0) return false;
  let c = scan.charCodeAt(p);
  if (MARK_SYMBOLS.has(c)) return true;
  if (c === 0x2e) c = scan.charCodeAt(--p); // Rp. Rs. Tk. रु. S/.
  if (c === 0x2f) return p > 0 && (scan.charCodeAt(p - 1) | 0x20) === 0x73; // S/
  if (isAsciiLetter(c)) {
    let q = p;
    while (q >= 0 && p - q < 6 && isAsciiLetter(scan.charCodeAt(q))) q--;
    if (p - q > 5) return false;
    return MARK_WORDS.has(scan.slice(q + 1, p + 1).toUpperCase());
  }
  if (c < 0x0900 || c > 0x17ff) return false;
  // Marks in other scripts (रु, রু, ብር, ကျပ်, ដុល្លារ…): the word before, up to a space or dot.
  let q = p;
  while (q >= 0 && p - q < 9 && c !== 32 && c !== 0x2e) c = scan.charCodeAt(--q);
  return MARK_WORDS.has(scan.slice(q + 1, p + 1));
}
// The last letter of the words written before a number (elfu, laki, milioni, shilingi, dola;
// Burmese units).
const PRE_WORD_END_RE = /[aiuAIU\u0D80-\u0DFF\u1000-\u109F]/;
// Numbered groups (named ones cost an object per match): 1 pre, 2 num, 3 mult, 4 digits after
// the mult ("1k5", "1万5千"), 5 their unit, 6 post, 7 plus.
const TOKEN_RE = new RegExp(
  nf(
    `(?:(?<![A-Za-z])(${PRE_CUR})\\s?|(?<![${LATIN_LETTER}\\d.,]))(${NUM})` +
      `(?:\\s?(${MULT})(?:(\\d{1,4})(?![\\d.,]\\d)(${SUB_MULT})?)?)?(?:\\s?(${POST_CUR}))?(\\+)?`,
  ),
  'gi',
);

// TOKEN_RE's lookbehind for a figure without a mark, as a test of the character before it.
const NO_FIGURE_AFTER_RE = new RegExp(`[${LATIN_LETTER}\\d.,]`, 'i');

const RANGE_SEP_RE = new RegExp(
  nf('^\\s?(?:[-–—~〜～]|to|至|到|đến|tới|hingga|sampai|s\\/d|ถึง|부터|から|a|hasta|até|ate|до|hadi|mpaka|hanggang|से|देखि|থেকে|සිට|እስከ|မှ|ដល់|ເຖິງ|ຫາ)\\s?$'),
  'iu',
);

// ---------------------------------------------------------------------------------------------
// Periods

const PERIOD_WORDS: Record<SalaryPeriod, { after: string; before: string }> = {
  month: {
    after:
      'months?|monthly|mos?(?![\\p{L}])|mth|bulan(?:an)?|tháng|月|เดือน|월|buwan(?:an)?|mes(?:es)?(?![\\p{L}])|mensual(?:es|mente)?|mensais|mensal|mês|' +
      'месяц|мес\\.?|ежемесячно|mwezi|माह|महीन[ाे]|महिना|मासिक|মাস(?:ে|িক)?|මසකට|මාසයකට|මාසෙකට|මාසිකව|ወር|ወርሃዊ|ខែ|တစ်လ(?:ကို)?|လစဉ်|လ(?![\\u1000-\\u109F])|ເດືອນ',
    before:
      '月薪|月入|月收入|月收|月給|月収|月額|月|底薪|每月|每个月|每個月|一个月|一個月|월급|월|เดือนละ|เงินเดือน|รายเดือน|lương tháng|lương cứng|thu nhập tháng|' +
      'gaji per bulan|gaji bulanan|gaji sebulan|gaji pokok|buwanang sahod|buwanang sweldo|buwanang kita|per month|monthly|sueldo mensual|salario mensual|' +
      'salário mensal|ежемесячно|в месяц|mshahara wa mwezi|mshahara kwa mwezi|kwa mwezi|मासिक वेतन|मासिक तलब|मासिक|प्रति माह|प्रति महीना|प्रति महिना|महिनाको|महीने का|' +
      'মাসিক বেতন|মাসিক|প্রতি মাসে|মাসে|මාසික වැටුප|මාසික|මසකට|በወር|ወርሃዊ ደመወዝ|ወርሃዊ|ប្រាក់ខែ|လစာ|လခ|တစ်လ|ເງິນເດືອນ|ເດືອນລະ',
  },
  hour: {
    after: 'hours?|hourly|hrs?(?![\\p{L}])|jam|giờ|小时|小時|時間|ชั่วโมง|ชม\\.|시간|oras|horas?|час|saa|घंटा|घण्टा|ঘণ্টা(?:য়)?|පැයකට|ሰዓት|ម៉ោង|တစ်နာရီ(?:ကို)?|ຊົ່ວໂມງ',
    before: '时薪|時薪|時給|时给|시급|ชั่วโมงละ|lương theo giờ|hourly|por hora|в час|प्रति घंटा|kwa saa',
  },
  day: {
    after:
      'days?|daily|ngày|hari|天|日|วัน|일(?![\\p{L}])|araw|días?|dias?|diarios?|diária|день|сутки|смену|siku|दिन|दैनिक|দিন(?:ে)?|দৈনিক|දිනකට|ቀን|ថ្ងៃ|တစ်ရက်(?:ကို)?|ວັນ',
    before:
      '日薪|日給|日结|日結|每天|每日|日当|일당|하루|ค่าจ้างรายวัน|วันละ|รายวัน|daily|diario|diária|в день|за смену|दैनिक|प्रतिदिन|দৈনিক|දෛනික|በቀን|kwa siku|နေ့စား|ວັນລະ',
  },
  week: {
    after:
      'weeks?|weekly|tuần|minggu|週(?![末一二三四五六日])|周(?![末一二三四五六日边邊围圍])|สัปดาห์|주(?![\\p{L}])|linggo|semanal(?:es)?|semana|неделю|wiki|सप्ताह|साप्ताहिक|हफ्ता|हप्ता|সাপ্তাহিক|সপ্তাহ(?:ে)?|සතියකට|ሳምንት|សប្តាហ៍|တစ်ပတ်(?:ကို)?|ອາທິດ',
    before: 'weekly|주급|주|週給|周薪|週薪|每周|每週|semanal|еженедельно|साप्ताहिक|সাপ্তাহিক',
  },
  year: {
    after:
      'years?|yearly|annum|annual(?:ly)?|p\\.\\s?a\\.?|năm|tahun|年|ปี|년|taon|años?|anual(?:es)?|anos?|год|mwaka|वर्ष|साल|वार्षिक|सालाना|বছর(?:ে)?|বার্ষিক|වාර්ෂික|වසරකට|ዓመት|ឆ្នាំ|တစ်နှစ်(?:ကို)?|ປີ',
    before: '年薪|年収|年俸|年收入|年收|年入|연봉|annual|annually|yearly|ctc|anual|годовой|वार्षिक|सालाना|বার্ষিক|වාර්ෂික|በዓመት',
  },
};
const PERIOD_ORDER: readonly SalaryPeriod[] = ['month', 'hour', 'day', 'week', 'year'];

// What may stand between the amount and its period ("/- per month", " a month", " al mes",
// " в месяц", " kwa mwezi", " प्रति माह", "በወር", "ក្នុងមួយខែ").
const PERIOD_PREFIX =
  '\\/|per |a |an |each |every |mỗi |một |trên |setiap |tiap |se|per|ต่อ|al |por |ao |la |el |kada |bawat |isang |в |за |kwa |kila |प्रति ?|हर |প্রতি ?|በ|ក្នុងមួយ|ក្នុង|មួយ|ຕໍ່';

// Period words right after the amount ("/month", " per month", " monthly", "/tháng", "/เดือน").
const AFTER_PERIOD_RE = new RegExp(
  nf(
    '^\\s?(?:\\/-)?\\s?(?:\\+|以上|起|up|trở lên|ขึ้นไป|이상|y más|o más|e mais|या अधिक)?\\s?' +
      `(?:${PERIOD_PREFIX})?\\s?(?<p>${PERIOD_ORDER.map((p) => PERIOD_WORDS[p].after).join('|')})(?![a-z])`,
  ),
  'iu',
);

// Period words right before the amount ("月薪", "時給", "월", "lương tháng", "เงินเดือน", "በወር").
// This and the other "right before" patterns are lookbehinds tried once, at the end of the
// text before the amount (see atEnd): an end-anchored alternation would be tried at every
// position. Group 1 is the whole match, group 2 the period word.
const BEFORE_PERIOD_RE = new RegExp(
  nf(
    `(?<=((${PERIOD_ORDER.map((p) => PERIOD_WORDS[p].before).join('|')})` +
      '\\s?[:：፡፦-]?\\s?(?:约|約|最低|高达|高達|不低于|不低於|超过|超過|达到|達到|可达|可達|up to|upto|từ|tới|lên đến|hingga|sampai|mulai|hasta|desde|de|até|от|до|hadi|kuanzia|ከ|እስከ)?\\s?))',
  ),
  'iuy',
);

const CJK_HOUR_RE = /^(?:小时|小時|時間)$/u;

/** A lookbehind-only sticky regex tried once at the end of `s`. */
function atEnd(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = s.length;
  return re.exec(s);
}

const PERIOD_WORD: ReadonlyArray<readonly [RegExp, SalaryPeriod]> = PERIOD_ORDER.map(
  (p) => [new RegExp(nf(`^(?:${PERIOD_WORDS[p].after}|${PERIOD_WORDS[p].before})$`), 'iu'), p] as const,
);

// Salary words (all 22 languages).
const PAY_WORDS =
  'salary|salaries|pay|wage|income|compensation|gaji|upah|penghasilan|pendapatan|lương|thu nhập|mức lương|薪|工资|工資|待遇|收入|' +
  'เงินเดือน|ค่าจ้าง|รายได้|ค่าตอบแทน|급여|월급|연봉|시급|수입|給与|給料|月給|月収|時給|年収|報酬|sahod|suweldo|sweldo|' +
  'salario|sueldo|salário|remuneração|remuneración|ingresos?|ganancias|ganhos|зарплат[аы]|з/п|зп|оклад|доход|' +
  'mshahara|malipo|ujira|वेतन|तनख्वाह|तनख़्वाह|सैलरी|तलब|पारिश्रमिक|বেতন|স্যালারি|পারিশ্রমিক|වැටුප්?|ආදායම|ደመወዝ|ደሞዝ|ክፍያ|' +
  'ប្រាក់ខែ|ប្រាក់ឈ្នួល|ប្រាក់ចំណូល|လစာ|လခ|ဝင်ငွေ|ເງິນເດືອນ|ຄ່າຈ້າງ|ລາຍໄດ້';

// Salary keywords that make a bare number ("Salary: 25,000 - 30,000") count as pay.
const KEYWORD_BEFORE_RE = new RegExp(nf(`(?<=(?:${PAY_WORDS})[^\\n\\d]{0,14})`), 'iuy');
// The same, right before: a figure in words needs it ("lương mười lăm triệu").
const KEYWORD_TIGHT_RE = new RegExp(
  nf(`(?<=(?:${PAY_WORDS})\\s?[:：፡-]?\\s?(?:of |de |kati ya |約|约|最高|高达|高達|up to|lên đến|hingga|sampai|hasta|até|до|от|hadi|ከ|እስከ)?\\s?)`),
  'iuy',
);

const RATE_AFTER_RE = new RegExp(
  nf('\\/|per |mỗi|một |ต่อ|sebulan|setiap|se(?:hari|minggu|tahun|jam)|\\ban? |al |por |ao |la |kada |bawat |в |за |kwa |kila |प्रति|हर |প্রতি|በ|ក្នុង|ຕໍ່'),
  'iu',
);

// "月入过万" (10,000+ a month) style claims with no digits.
const WAN_CLAIM_RE = /(?<k>月入|月薪|月收入|收入|工资|工資|薪资|薪資)(?<v>过万|過萬|破万|破萬|上万|上萬|过十万|過十萬|数万|數萬)/gu;

// A figure in words followed by "percent" is not pay.
const PERCENT_AFTER_RE = new RegExp(
  nf(
    '^\\s?(?:%|％|percent|per cent|por ciento|por cento|процент|प्रतिशत|শতাংশ|เปอร์เซ็นต์|퍼센트|パーセント|phần trăm|persen|porsyento|asilimia|ភាគរយ|ရာခိုင်နှုန်း|ເປີເຊັນ|በመቶ|ප්‍රතිශත)',
  ),
  'iu',
);

// Long currency words and Swahili/Burmese units written before the number ("shilingi elfu 50",
// "လစာ သိန်း ၂၀" = 20 lakh kyat).
const PREMULT_BEFORE_RE = /(?<=(?<![A-Za-z])(elfu|laki|milioni|သိန်း|သောင်း|သန်း|ලක්ෂ)(\s?))/iy;
const PREMULT_VALUE: Record<string, [number, string]> = {
  elfu: [1_000, 'SHILLING'],
  laki: [100_000, 'SHILLING'],
  milioni: [1_000_000, 'SHILLING'],
  သိန်း: [100_000, 'MMK'],
  သောင်း: [10_000, 'MMK'],
  သန်း: [1_000_000, 'MMK'],
  ලක්ෂ: [100_000, 'LKR'],
};
const CURWORD_BEFORE_RE = /(?<=(?<![A-Za-z])(shilingi|dola|රු\.?|रु\.?|रू\.?|Rs\.?|₹|\$)(\s?))/iy;
// A currency mark right before a figure in words ("$ two thousand", "shilingi elfu hamsini").
const PRE_LOOK_RE = new RegExp(nf(`(?<=(?<![A-Za-z])(${PRE_CUR}|shilingi|dola)(\\s?))`), 'iy');
const POST_LOOK_RE = new RegExp(nf(`^\\s?(${POST_CUR})`), 'i');

// ---------------------------------------------------------------------------------------------
// Number words

type WKind = 'u' | 's' | 'b' | 'h';
interface WordLang {
  /** Currency (or placeholder) the words imply when no mark is next to them; null: from context. */
  cur: string | null;
  /** [words separated by |, kind, value]: u adds, s multiplies within a thousand-group (hundred, 十, mươi), b closes a group (thousand, 万, lakh), h adds half the last unit (rưỡi). */
  words: ReadonlyArray<readonly [string, WKind, number]>;
  /** The script the text must contain (null: Latin, always run). */
  script: Script | null;
  sep: string;
  left: string;
  right: string;
  /** After the whole figure (CJK: no measure word: 一千人 is a thousand people). */
  tail?: string;
  /** "三千五" = 3,500: a last unit after a unit ≥ 100 is a tenth of it. */
  abbrev?: boolean;
  /** A trailing unit word is dropped (Vietnamese "năm" is also "year", "một" also "a"). */
  endMult?: boolean;
  /** Counts only next to a currency (Korean 이/사/일 are common syllables too). */
  needCur?: boolean;
  /** Must start with a number (CJK: 千万 is "by all means", 万一 "in case"). */
  firstUnit?: boolean;
  /** Units precede their count (Swahili: elfu hamsini = 50,000). */
  prefixMult?: boolean;
  /** Words that count only next to a currency (English "million": "a million users"). */
  curOnly?: ReadonlySet<string>;
}

/** "one=1 two=2 …": words (alternatives joined by |) and their values, all of one kind. */
function lex(kind: WKind, spec: string): Array<readonly [string, WKind, number]> {
  return spec.split(' ').map((p) => {
    const i = p.lastIndexOf('=');
    return [p.slice(0, i), kind, Number(p.slice(i + 1))] as const;
  });
}

const LATIN_SEP = (connectors: string): string => `(?:\\s(?:${connectors})\\s|\\s?-\\s?|\\s)`;
const LATIN_LEFT = `\\b(?<![${LATIN_LETTER}])`;
const LATIN_RIGHT = NL;

const WORD_LANGS: Record<string, WordLang> = {
  en: {
    cur: null,
    script: null,
    sep: LATIN_SEP('and'),
    left: LATIN_LEFT,
    right: LATIN_RIGHT,
    curOnly: new Set(['million']),
    words: [
      ...lex(
        'u',
        'a|one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90',
      ),
      ...lex('s', 'hundred=100'),
      ...lex('b', 'thousand=1000 million=1000000'),
    ],
  },
  vi: {
    cur: 'VND',
    script: null,
    sep: LATIN_SEP('linh|lẻ'),
    left: LATIN_LEFT,
    right: LATIN_RIGHT,
    endMult: true,
    words: [
      ...lex('u', 'một|mốt=1 hai=2 ba=3 bốn|tư=4 năm|lăm|nhăm=5 sáu=6 bảy|bẩy=7 tám=8 chín=9 mười=10'),
      ...lex('s', 'mươi=10 trăm=100'),
      ...lex('h', 'rưỡi=0.5'),
      ...lex('b', 'nghìn|ngàn=1000 triệu|củ=1000000 tỷ|tỉ=1000000000'),
    ],
  },
  idms: {
    cur: 'IDMS',
    script: null,
    sep: LATIN_SEP('dan'),
    left: LATIN_LEFT,
    right: LATIN_RIGHT,
    words: [
      ...lex('u', 'satu=1 dua=2 tiga=3 empat=4 lima=5 enam=6 tujuh=7 delapan|lapan=8 sembilan=9 sepuluh|belas=10 sebelas=11 seratus=100'),
      ...lex('s', 'puluh=10 ratus=100'),
      ...lex('b', 'ribu|seribu=1000 juta|sejuta=1000000'),
    ],
  },
  iber: {
    cur: null,
    script: null,
    sep: LATIN_SEP('y|e'),
    left: LATIN_LEFT,
    right: LATIN_RIGHT,
    words: [
      ...lex(
        'u',
        'un|uno|una|um|uma=1 dos|dois|duas=2 tres|três=3 cuatro|quatro=4 cinco=5 seis=6 siete|sete=7 ocho|oito=8 nueve|nove=9 diez|dez=10 once|onze=11 doce|doze=12 quince|quinze=15 veinte|vinte=20 veinticinco=25 treinta|trinta=30 cuarenta|quarenta=40 cincuenta|cinquenta=50 sesenta|sessenta=60 setenta=70 ochenta|oitenta=80 noventa=90 cien|ciento|cem|cento=100 doscientos|duzentos=200 trescientos|trezentos=300 cuatrocientos|quatrocentos=400 quinientos|quinhentos=500 seiscientos|seiscentos=600 setecientos|setecentos=700 ochocientos|oitocentos=800 novecientos|novecentos=900',
      ),
      ...lex('b', 'mil=1000 millón|millon|millones|milhão|milhao|milhões|milhoes=1000000'),
    ],
  },
  tl: {
    cur: 'PHP',
    script: null,
    sep: `(?:'t\\s|\\s(?:na|at)\\s|\\s?-\\s?|\\s)`,
    left: LATIN_LEFT,
    right: LATIN_RIGHT,
    words: [
      ...lex(
        'u',
        'isa|isang=1 dalawa|dalawang=2 tatlo|tatlong=3 apat=4 lima|limang=5 anim=6 pito|pitong=7 walo|walong=8 siyam=9 sampu|sampung=10 dalawampu|dalawampung=20 tatlumpu|tatlumpung=30 apatnapu|apatnapung=40 limampu|limampung=50 animnapu|animnapung=60 pitumpu|pitumpung=70 walumpu|walumpung=80 siyamnapu|siyamnapung=90',
      ),
      ...lex('s', 'daan|raan|daang|raang=100'),
      ...lex('b', 'libo|libong=1000 milyon=1000000'),
    ],
  },
  sw: {
    cur: 'SHILLING',
    script: null,
    sep: LATIN_SEP('na'),
    left: LATIN_LEFT,
    right: LATIN_RIGHT,
    prefixMult: true,
    words: [
      ...lex(
        'u',
        'moja=1 mbili=2 tatu=3 nne=4 tano=5 sita=6 saba=7 nane=8 tisa=9 kumi=10 ishirini=20 thelathini=30 arobaini=40 hamsini=50 sitini=60 sabini=70 themanini=80 tisini=90',
      ),
      ...lex('s', 'mia=100'),
      ...lex('b', 'elfu=1000 laki=100000 milioni=1000000'),
    ],
  },
  ru: {
    cur: 'RUB',
    script: 'cyrillic',
    sep: '\\s',
    left: '(?<![а-яёА-ЯЁ])',
    right: '(?![а-яёА-ЯЁ])',
    words: [
      ...lex(
        'u',
        'один|одна|одну=1 два|две=2 три=3 четыре=4 пять=5 шесть=6 семь=7 восемь=8 девять=9 десять=10 двенадцать=12 пятнадцать=15 двадцать=20 тридцать=30 сорок=40 пятьдесят=50 шестьдесят=60 семьдесят=70 восемьдесят=80 девяносто=90 сто=100 двести=200 триста=300 четыреста=400 пятьсот=500 шестьсот=600 семьсот=700 восемьсот=800 девятьсот=900 полторы|полтора=1.5',
      ),
      ...lex('b', 'тысяча|тысячи|тысячу|тысяч=1000 миллион|миллиона|миллионов=1000000'),
    ],
  },
  deva: {
    cur: 'RUPEE',
    script: 'devanagari',
    sep: '\\s?',
    left: '(?<![\\u0900-\\u097F])',
    right: '(?![\\u0900-\\u0963\\u0971-\\u097F])',
    words: [
      ...lex(
        'u',
        'एक=1 दो|दुई=2 तीन=3 चार=4 पांच|पाँच=5 छह|छः|छ=6 सात=7 आठ=8 नौ=9 दस|दश=10 बारह=12 पंद्रह|पन्द्रह|पन्ध्र=15 बीस=20 पच्चीस=25 तीस=30 पैंतीस=35 चालीस=40 पचास=50 साठ|साठी=60 सत्तर|सत्तरी=70 अस्सी|असी=80 नब्बे=90 डेढ़|डेढ=1.5 ढाई|अढाई=2.5',
      ),
      ...lex('s', 'सौ|सय=100'),
      ...lex('b', 'हजार|हज़ार=1000 लाख=100000 करोड़|करोड=10000000'),
    ],
  },
  bn: {
    cur: 'TAKA',
    script: 'bengali',
    sep: '\\s?',
    left: '(?<![\\u0980-\\u09FF])',
    right: '(?![\\u0980-\\u09E3\\u09F0-\\u09FF])',
    words: [
      ...lex(
        'u',
        'এক=1 দুই=2 তিন=3 চার=4 পাঁচ=5 ছয়=6 সাত=7 আট=8 নয়=9 দশ=10 বারো=12 পনেরো=15 বিশ=20 পঁচিশ=25 ত্রিশ=30 পঁয়ত্রিশ=35 চল্লিশ=40 পঞ্চাশ=50 ষাট=60 সত্তর=70 আশি=80 নব্বই=90 দেড়=1.5 আড়াই=2.5',
      ),
      ...lex('s', 'শ|শো|শত=100'),
      ...lex('b', 'হাজার=1000 লাখ|লক্ষ=100000 কোটি=10000000'),
    ],
  },
  am: {
    cur: 'ETB',
    script: 'ethiopic',
    sep: '[\\s፡]?',
    left: '(?<![\\u1200-\\u135A])',
    right: '(?![\\u1200-\\u135A])',
    words: [
      ...lex(
        'u',
        'አንድ=1 ሁለት=2 ሦስት|ሶስት=3 አራት=4 አምስት=5 ስድስት=6 ሰባት=7 ስምንት=8 ዘጠኝ=9 አስር|አሥር=10 ሃያ|ሀያ=20 ሰላሳ|ሠላሳ=30 አርባ=40 ሃምሳ|ሀምሳ=50 ስልሳ|ስድሳ=60 ሰባ=70 ሰማንያ=80 ዘጠና=90',
      ),
      ...lex('s', 'መቶ=100'),
      ...lex('b', 'ሺህ|ሺ=1000 ሚሊዮን=1000000'),
    ],
  },
  th: {
    cur: 'THB',
    script: 'thai',
    sep: '\\s?',
    left: '',
    right: '',
    abbrev: true,
    words: [
      ...lex('u', 'หนึ่ง|เอ็ด=1 สอง|ยี่=2 สาม=3 สี่=4 ห้า=5 หก=6 เจ็ด=7 แปด=8 เก้า=9'),
      ...lex('s', 'สิบ=10 ร้อย=100'),
      ...lex('b', 'พัน=1000 หมื่น=10000 แสน=100000 ล้าน=1000000'),
    ],
  },
  lo: {
    cur: 'LAK',
    script: 'lao',
    sep: '\\s?',
    left: '',
    right: '',
    abbrev: true,
    words: [
      ...lex('u', 'ໜຶ່ງ=1 ສອງ=2 ສາມ=3 ສີ່=4 ຫ້າ=5 ຫົກ=6 ເຈັດ=7 ແປດ=8 ເກົ້າ=9 ຊາວ=20'),
      ...lex('s', 'ສິບ=10 ຮ້ອຍ=100'),
      ...lex('b', 'ພັນ=1000 ໝື່ນ=10000 ແສນ=100000 ລ້ານ=1000000'),
    ],
  },
  km: {
    cur: 'KH?',
    script: 'khmer',
    sep: '\\s?',
    left: '',
    right: '',
    words: [
      ...lex('u', 'មួយ=1 ពីរ=2 បី=3 បួន=4 ប្រាំ=5 ដប់=10 ម្ភៃ=20 សាមសិប=30 សែសិប=40 ហាសិប=50 ហុកសិប=60 ចិតសិប=70 ប៉ែតសិប=80 កៅសិប=90'),
      ...lex('s', 'រយ=100'),
      ...lex('b', 'ពាន់=1000 ម៉ឺន=10000 សែន=100000 លាន=1000000'),
    ],
  },
  my: {
    cur: 'MMK',
    script: 'myanmar',
    sep: '\\s?',
    left: '',
    right: '',
    words: [
      ...lex('u', 'တစ်=1 နှစ်=2 သုံး=3 လေး=4 ငါး=5 ခြောက်=6 ခုနစ်=7 ရှစ်=8 ကိုး=9'),
      ...lex('s', 'ဆယ်|ဆယ့်=10 ရာ|ရာ့=100'),
      ...lex('b', 'ထောင်|ထောင့်=1000 သောင်း=10000 သိန်း=100000 သန်း=1000000'),
    ],
  },
  ko: {
    cur: 'KRW',
    script: 'hangul',
    sep: '\\s?',
    left: '(?<![가-힣])',
    right: '',
    needCur: true,
    words: [...lex('u', '일=1 이=2 삼=3 사=4 오=5 육=6 칠=7 팔=8 구=9'), ...lex('s', '십=10 백=100 천=1000'), ...lex('b', '만=10000 억=100000000')],
  },
  han: {
    cur: 'HAN',
    script: 'cjk',
    sep: '',
    left: '(?<![一二两兩三四五六七八九十百千万萬亿億零〇])',
    right: '',
    tail: '(?![一二两兩三四五六七八九十百千万萬亿億零〇个個人名家件次位平米台套条條岁歲号號楼樓层層分])',
    abbrev: true,
    firstUnit: true,
    words: [
      ...lex('u', '一=1 二|两|兩=2 三=3 四=4 五=5 六=6 七=7 八=8 九=9'),
      ...lex('s', '十=10 百=100 千=1000'),
      ...lex('h', '零|〇=0'),
      ...lex('b', '万|萬=10000 亿|億=100000000'),
    ],
  },
};

interface BuiltLang {
  id: string;
  lang: WordLang;
  re: RegExp;
  /** One word at a position (sticky). */
  one: RegExp;
  sepRe: RegExp;
  value: Map<string, readonly [WKind, number]>;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const altOf = (words: string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

const BUILT_LANGS: readonly BuiltLang[] = Object.entries(WORD_LANGS).map(([id, lang]) => {
  const value = new Map<string, readonly [WKind, number]>();
  const units: string[] = [];
  const mults: string[] = [];
  for (const [ws, kind, v] of lang.words) {
    for (const w0 of ws.split('|')) {
      const w = nf(w0);
      value.set(w.toLowerCase(), [kind, v]);
      (kind === 's' || kind === 'b' ? mults : units).push(w);
    }
  }
  const W = altOf(units);
  const M = altOf(mults);
  const A = altOf([...units, ...mults]);
  const { left, right, sep } = lang;
  const src = `${left}(?:(?:${W})${right}${sep}){0,6}(?:${M})${right}(?:${sep}(?:${A})${right}){0,6}${lang.tail ?? ''}`;
  return {
    id,
    lang,
    re: lit(new RegExp(src, 'gi')),
    one: new RegExp(`(?:${A})`, 'iy'),
    sepRe: new RegExp(sep, 'iy'),
    value,
  };
});

interface Word {
  kind: WKind;
  value: number;
  text: string;
  start: number;
  end: number;
}

/** Splits a match of a language's figure regex into its words. */
function splitWords(b: BuiltLang, text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end && out.length < 20) {
    b.one.lastIndex = i;
    const m = b.one.exec(text);
    if (!m || m.index !== i || m[0].length === 0) break;
    const w = m[0];
    const v = b.value.get(w.toLowerCase());
    if (!v) break;
    out.push({ kind: v[0], value: v[1], text: w, start: i, end: i + w.length });
    i += w.length;
    if (i >= end) break;
    b.sepRe.lastIndex = i;
    const s = b.sepRe.exec(text);
    if (s && s.index === i && s[0].length > 0) i += s[0].length;
  }
  return out;
}

/** The value of a figure in words (standard grouping: units, within-group multipliers, group multipliers). */
function wordsValue(words: readonly Word[], lang: WordLang): number {
  if (lang.prefixMult) return swahiliValue(words, 0, Infinity)[0];
  let total = 0;
  let section = 0;
  let n = 0;
  let lastMult = 0;
  let lastKind: WKind | '' = '';
  let prevKind: WKind | '' = '';
  for (const w of words) {
    prevKind = lastKind;
    if (w.kind === 'u') n += w.value;
    else if (w.kind === 's') {
      section += (n || 1) * w.value;
      n = 0;
      lastMult = w.value;
    } else if (w.kind === 'b') {
      total += (section + n || 1) * w.value;
      section = 0;
      n = 0;
      lastMult = w.value;
    } else if (w.value > 0 && lastMult) {
      // "hai triệu rưỡi" = 2.5 million, "một trăm rưỡi" = 150.
      if (lastKind === 'b') total += lastMult * w.value;
      else section += lastMult * w.value;
    }
    lastKind = w.kind;
  }
  if (lang.abbrev && lastKind === 'u' && (prevKind === 's' || prevKind === 'b') && n < 10 && lastMult >= 100) return total + section + (n * lastMult) / 10;
  return total + section + n;
}

/** Swahili: the unit comes first and its count after (elfu hamsini, laki tatu na elfu hamsini, elfu mia tano). */
function swahiliValue(words: readonly Word[], i0: number, limit: number): [number, number] {
  let total = 0;
  let i = i0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.kind === 'u' || w.kind === 'h') {
      total += w.value;
      i++;
      continue;
    }
    if (w.value >= limit) break;
    i++;
    let count = 1;
    const next = words[i];
    if (next && next.kind !== 'u' && next.value < w.value) {
      [count, i] = swahiliValue(words, i, w.value);
    } else if (next && next.kind === 'u') {
      if (w.value === 100) {
        count = next.value;
        i++;
      } else {
        count = 0;
        while (i < words.length && words[i]!.kind === 'u') count += words[i++]!.value;
      }
    }
    total += w.value * count;
  }
  return [total, i];
}

// ---------------------------------------------------------------------------------------------
// Currency context

const HAS_KANA = /[\u3040-\u30FF]/u;
/** Letters only Vietnamese uses, either case (the class /[ăâđ…ỹ]/iu, as a set of code units). */
export const VI_LETTERS: ReadonlySet<number> = new Set(
  [...'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ'].flatMap((c) => [c.charCodeAt(0), c.toUpperCase().charCodeAt(0)]),
);
const SIMP_HINT = /[们个这会说时给资经验网络开发万与]/u;
const TRAD_HINT = /[萬圓與們個這會說時給資經驗臺灣網絡開發]/u;

const placeRe = (latin: string, other?: string): RegExp => lit(new RegExp(`(?<![\\p{L}])(?:${latin})(?![\\p{L}])${other ? `|${nf(other)}` : ''}`, 'iu'));

// Registered with the literal prefilter: a hint whose words are absent is not scanned for.
const PLACE_HINTS = {
  PH: placeRe('philippines|manila|makati|taguig|pasig|quezon city|cebu|davao|pampanga|cavite|laguna|ortigas|bgc|alabang'),
  ID: placeRe('indonesia|jakarta|surabaya|bandung|tangerang|bekasi|yogyakarta|semarang|gaji|perusahaan|pengalaman'),
  MY: placeRe('malaysia|kuala lumpur|selangor|penang|johor|petaling jaya'),
  SG: placeRe('singapore'),
  TW: placeRe('taiwan|taipei', '台灣|台北'),
  IN: placeRe('india|mumbai|delhi|new delhi|bangalore|bengaluru|chennai|hyderabad|kolkata|pune|noida|gurgaon|gurugram', 'भारत|ভারত|কলকাতা|পশ্চিমবঙ্গ'),
  NP: placeRe('nepal|kathmandu|pokhara', 'नेपाल|काठमाडौं|काठमाण्डौ|पोखरा|तलब|महिना|गर्नुहोस्|हुनेछ'),
  LK: placeRe('sri lanka|srilanka|colombo|kandy', 'ලංකා|කොළඹ|ශ්රී'),
  BD: placeRe('bangladesh|dhaka|chittagong', 'বাংলাদেশ|ঢাকা|চট্টগ্রাম'),
  BR: placeRe('brasil|brazil|são paulo|sao paulo|rio de janeiro|belo horizonte|curitiba|salvador|recife|clt'),
  MX: placeRe('méxico|mexico|cdmx|guadalajara|monterrey|puebla|tijuana|querétaro|jalisco|nuevo león|edomex|imss|infonavit|mxn'),
  CO: placeRe('colombia|bogotá|bogota|medellín|medellin|cali|barranquilla|cartagena|bucaramanga|smmlv|cop'),
  PE: placeRe('perú|peru|arequipa|cusco|trujillo|chiclayo|soles'),
  KE: placeRe('kenya|nairobi|mombasa|kisumu|nakuru|ksh|kes'),
  UG: placeRe('uganda|kampala|entebbe|ugx'),
  TZ: placeRe('tanzania|dar es salaam|dodoma|arusha|zanzibar|mwanza|tsh|tzs|kariakoo|kinondoni|mbeya|morogoro'),
  JP: placeRe('japan|japão|japón|japon|jepun|jepang|hapon|nhật bản|tokyo|osaka|aichi', '日本|東京|大阪|जापान|জাপান|ජපාන|Япони|ญี่ปุ่น|일본'),
  // Hong Kong, or Cantonese (read there): a "$" is HK dollars.
  HK: placeRe('hong kong|kowloon|tsuen wan|mong kok', '香港|九龍|九龙|荃灣|旺角|銅鑼灣|觀塘|沙田|屯門|元朗|搵|嘅|咗|唔該|請樓面|茶餐廳'),
  ET: placeRe('ethiopia|addis ababa', 'ኢትዮጵያ|አዲስ አበባ'),
  RU: placeRe('russia|moscow', 'Россия|России|Москва|Москве|Санкт-Петербург'),
  // Abroad, as a Spanish ad names it: a "$" there is US dollars.
  ABROAD_ES: placeRe('tailandia|camboya|birmania|myanmar|laos|filipinas|dubái|dubai|malasia|asia|vietnam|indonesia|emiratos'),
} as const;
type HintKey = keyof typeof PLACE_HINTS;

// Words that tell Latin-script languages apart (for the currency of a bare figure or a "$").
const LANG_RE =
  /\b(?<![A-Za-zÀ-ÿ])(?:(el|la|los|las|del|en|y|con|una|más|sueldo|salario|trabajo|empleo|usted|experiencia|mes|año|ofrecemos|horario|mensual|mensuales|prestaciones|lunes|viernes|pesos)|(você|não|são|em|com|uma|mais|trabalho|salário|mês|vaga|também|oferecemos|ano|horário|mensais|segunda|sexta|benefícios)|(kwa|ya|wa|kazi|mshahara|mwezi|kampuni|ajira|nafasi|katika)|(ng|mga|ang|sa|kada|buwan|trabaho|sahod|ikaw|po))(?![A-Za-zÀ-ÿ])/gi;
const USD_WORD_RE = /(?<![A-Za-z])(?:usd|us\$|u\$|dólares|dolares|dollars?|dólar)(?![A-Za-zÀ-ÿ])/i;

class Ctx {
  private kanaV: boolean | null = null;
  private langV: 'es' | 'pt' | 'sw' | 'tl' | null | undefined;
  private usdV: boolean | null = null;
  private hanV: boolean | null = null;
  private tradV: boolean | null = null;
  private readonly hints = new Map<HintKey, boolean>();
  private bareV: string | null = null;
  private sample: string;
  /** The currency marked on the ad's first explicit figure (set once tokens are read). */
  explicit: string | null = null;

  constructor(readonly text: string) {
    this.sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  }

  kana(): boolean {
    return (this.kanaV ??= HAS_KANA.test(this.text));
  }

  han(): boolean {
    return (this.hanV ??= /[\u4E00-\u9FFF]/.test(this.sample));
  }

  hint(k: HintKey): boolean {
    let v = this.hints.get(k);
    if (v === undefined) {
      const re = PLACE_HINTS[k];
      v = mayMatch(this.sample, idOf(re)) && re.test(this.sample);
      this.hints.set(k, v);
    }
    return v;
  }

  /** Spanish, Portuguese, Swahili or Tagalog, from their commonest words (null: none stands out). */
  lang(): 'es' | 'pt' | 'sw' | 'tl' | null {
    if (this.langV !== undefined) return this.langV;
    const counts = [0, 0, 0, 0];
    const re = LANG_RE;
    re.lastIndex = 0;
    const s = this.sample.length > 1500 ? this.sample.slice(0, 1500) : this.sample;
    let m: RegExpExecArray | null;
    let guard = 0;
    // Eight words of one language settle it.
    while ((m = re.exec(s)) !== null && guard++ < 200) {
      let g = 0;
      while (g < 3 && m[g + 1] === undefined) g++;
      if (++counts[g]! >= 8) break;
    }
    let best = -1;
    let bestN = 1;
    for (let g = 0; g < 4; g++) {
      if (counts[g]! > bestN) {
        best = g;
        bestN = counts[g]!;
      } else if (counts[g] === bestN && best >= 0) best = -2;
    }
    this.langV = best >= 0 ? (['es', 'pt', 'sw', 'tl'] as const)[best]! : null;
    return this.langV;
  }

  /** A Traditional-Chinese ad (Taiwan, Hong Kong). */
  trad(): boolean {
    return (this.tradV ??= TRAD_HINT.test(this.sample) && !SIMP_HINT.test(this.sample));
  }

  usdWord(): boolean {
    return (this.usdV ??= USD_WORD_RE.test(this.sample));
  }

  /** "mil" is a thousand (Spanish, Portuguese) rather than a million (English). */
  milIsThousand(cur: string | null): boolean {
    if (cur === 'BRL' || cur === 'MXN' || cur === 'COP' || cur === 'PEN' || cur === 'PESO') return true;
    const l = this.lang();
    return l === 'es' || l === 'pt';
  }

  /** Best guess of the currency a bare figure ("30K") is in, from the rest of the ad. */
  bare(explicit: string | null): string {
    if (explicit) return explicit;
    return (this.bareV ??= this.bareGuess());
  }

  private bareGuess(): string {
    const sample = this.sample;
    // The dominant script decides (a Vietnamese ad may quote a little Japanese).
    if (MAY_HAVE_SCRIPT_RE.test(sample)) {
      let kana = 0;
      let hangul = 0;
      let thai = 0;
      let vi = 0;
      let han = 0;
      let deva = 0;
      let beng = 0;
      let sinh = 0;
      let eth = 0;
      let cyr = 0;
      let khm = 0;
      let mym = 0;
      let lao = 0;
      for (let i = 0; i < sample.length; i++) {
        const c = sample.charCodeAt(i);
        if (c < 0xc2) continue;
        if (c >= 0x3040 && c <= 0x30ff) kana++;
        else if (c >= 0xac00 && c <= 0xd7af) hangul++;
        else if (c >= 0x0e00 && c <= 0x0e7f) thai++;
        else if (c >= 0x4e00 && c <= 0x9fff) han++;
        else if (c >= 0x0400 && c <= 0x04ff) cyr++;
        else if (c >= 0x0900 && c <= 0x097f) deva++;
        else if (c >= 0x0980 && c <= 0x09ff) beng++;
        else if (c >= 0x0d80 && c <= 0x0dff) sinh++;
        else if (c >= 0x1200 && c <= 0x139f) eth++;
        else if (c >= 0x1780 && c <= 0x17ff) khm++;
        else if (c >= 0x1000 && c <= 0x109f) mym++;
        else if (c >= 0x0e80 && c <= 0x0eff) lao++;
        else if (VI_LETTERS.has(c)) vi++;
      }
      const scores: Array<[string, number]> = [
        ['JPY', kana * 3],
        ['KRW', hangul],
        ['THB', thai / 3],
        ['VND', vi * 2],
        ['HAN', han - kana * 2],
        ['DEVA', deva / 3],
        ['TAKA', beng / 3],
        ['LKR', sinh / 3],
        ['ETB', eth / 2],
        ['RUB', cyr / 2],
        ['KH?', khm / 3],
        ['MM?', mym / 3],
        ['LA?', lao / 3],
      ];
      let top = scores[0]!;
      for (const s of scores) if (s[1] > top[1]) top = s;
      if (top[1] >= 3) {
        if (top[0] === 'HAN') return this.trad() ? 'TWD' : 'CNY';
        if (top[0] === 'DEVA') return this.hint('NP') ? 'NPR' : 'INR';
        return top[0];
      }
    }
    for (const k of ['PH', 'ID', 'MY', 'SG', 'TW'] as const)
      if (this.hint(k)) return k === 'PH' ? 'PHP' : k === 'ID' ? 'IDR' : k === 'MY' ? 'MYR' : k === 'SG' ? 'SGD' : 'TWD';
    const more: ReadonlyArray<readonly [HintKey, string]> = [
      ['IN', 'INR'],
      ['NP', 'NPR'],
      ['LK', 'LKR'],
      ['BD', 'BDT'],
      ['BR', 'BRL'],
      ['MX', 'MXN'],
      ['CO', 'COP'],
      ['PE', 'PEN'],
      ['KE', 'KES'],
      ['UG', 'UGX'],
      ['TZ', 'TZS'],
      ['ET', 'ETB'],
      ['RU', 'RUB'],
    ];
    for (const [k, cur] of more) if (this.hint(k)) return cur;
    const l = this.lang();
    if (l === 'es') return 'PESO';
    if (l === 'pt') return 'BRL';
    if (l === 'sw') return 'SHILLING';
    if (l === 'tl') return 'PHP';
    return 'XXX';
  }

  /** A real ISO code for a currency or placeholder, given the amount it goes with. */
  settle(cur: string, amount: number): string {
    switch (cur) {
      case '$': {
        if (this.hint('HK') && !this.usdWord()) return 'HKD';
        // In a Spanish ad a bare "$" is the local peso unless the ad says dollars, is about a
        // job abroad, or is Peruvian (soles are S/).
        if (this.usdWord()) return 'USD';
        const es = this.lang() === 'es';
        // US$200,000 a month is no salary; COP 200,000 is a week's pay.
        if (amount >= 200_000 && (es || this.hint('CO'))) return 'COP';
        if (!es) return 'USD';
        if (this.hint('CO')) return 'COP';
        if (this.hint('ABROAD_ES') || this.hint('PE')) return 'USD';
        return 'MXN';
      }
      case 'PESO': {
        if (this.hint('CO')) return 'COP';
        if (this.hint('MX')) return 'MXN';
        if (this.hint('PH') || this.lang() !== 'es') return 'PHP';
        return amount >= 200_000 ? 'COP' : 'MXN';
      }
      case 'RUPEE':
        if (this.hint('LK') || /[\u0D80-\u0DFF]/.test(this.sample)) return 'LKR';
        return this.hint('NP') ? 'NPR' : 'INR';
      case 'TAKA':
        return this.hint('IN') && !this.hint('BD') ? 'INR' : 'BDT';
      case 'SHILLING':
        if (this.hint('UG')) return 'UGX';
        if (this.hint('TZ')) return 'TZS';
        return 'KES';
      case 'YEN':
        return this.kana() || this.hint('JP') ? 'JPY' : 'CNY';
      case 'YUAN':
        // Taiwanese ads write 元 for NT dollars.
        return this.hint('TW') || this.trad() ? 'TWD' : 'CNY';
      case 'HAN':
      case 'HANT': {
        if (this.kana()) return 'JPY';
        const b = this.bare(this.explicit);
        if (b === 'JPY' || b === 'TWD') return b;
        return cur === 'HANT' && b !== 'CNY' ? 'TWD' : 'CNY';
      }
      case 'IDMS':
        return this.hint('MY') && !this.hint('ID') ? 'MYR' : 'IDR';
      case 'KH?':
        return amount >= 100_000 ? 'KHR' : 'USD';
      case 'MM?':
        return amount >= 50_000 ? 'MMK' : 'USD';
      case 'LA?':
        return amount >= 100_000 ? 'LAK' : 'USD';
      case 'BR?':
        return /[\u1200-\u139F]/.test(this.sample) || this.hint('ET') ? 'ETB' : 'XXX';
      case 'DEVA':
        return this.hint('NP') ? 'NPR' : 'INR';
      default:
        return cur;
    }
  }
}
// No character the script counts below can match (all are ≥ U+00C2, incl. case variants).
const MAY_HAVE_SCRIPT_RE = /[\u00C2-\uFFFF]/;

function toUsdPerMonth(amount: number, currency: string, period: SalaryPeriod | null): number | null {
  const rate = USD_RATES.perUsd[currency];
  if (rate === undefined || !Number.isFinite(amount) || amount <= 0) return null;
  const usd = amount / rate;
  if (period) return usd * PERIOD_TO_MONTH[period];
  // No period: a plausible monthly figure is taken as monthly; a very large one as yearly
  // (e.g. "$60,000-80,000" in a US ad); a tiny one is not a salary we can judge.
  if (usd < 40) return null;
  if (usd > 25_000) return usd / 12;
  return usd;
}

/**
 * Both ends of a range in US$ a month. Without a period, the larger end decides for both whether
 * the figures are yearly ("3400만~3800만원": not 34 M a month and 38 M a year).
 */
function rangeToUsdPerMonth(
  minV: number,
  maxV: number,
  currency: string,
  period: SalaryPeriod | null,
): { usdPerMonthMin: number | null; usdPerMonthMax: number | null } {
  if (!period && minV !== maxV) {
    const top = toUsdPerMonth(maxV, currency, null);
    const rate = USD_RATES.perUsd[currency];
    if (top !== null && rate !== undefined && maxV / rate > 25_000)
      return { usdPerMonthMin: round(toUsdPerMonth(minV, currency, 'year')), usdPerMonthMax: round(top) };
  }
  return { usdPerMonthMin: round(toUsdPerMonth(minV, currency, period)), usdPerMonthMax: round(toUsdPerMonth(maxV, currency, period)) };
}

/** Parses "1.000.000", "3,000", "1.5", "1,5", "10.000,50", "1,50,000", "100 000" into a number (NaN if odd). */
export function parseNumber(input: string): number {
  const s = input.includes(' ') ? input.replace(/ /g, '') : input;
  // One pass over the separators: how many, which kinds, where the last one is, and whether
  // every group after the first has exactly three digits.
  let seps = 0;
  let dots = false;
  let commas = false;
  let last = -1;
  let allThree = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x2e && c !== 0x2c) continue;
    if (c === 0x2e) dots = true;
    else commas = true;
    if (last >= 0 && i - last - 1 !== 3) allThree = false;
    seps++;
    last = i;
  }
  if (seps === 0) return Number(s);
  if (s.length - last - 1 !== 3) allThree = false;
  if (dots && commas) {
    // The last separator is the decimal point; the others group thousands.
    return Number(`${s.slice(0, last).replace(/[.,]/g, '')}.${s.slice(last + 1)}`);
  }
  if (allThree) return Number(s.replace(/[.,]/g, ''));
  // Indian grouping: 1,50,000 and 12,34,56,789.
  if (commas && seps >= 2 && /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(s)) return Number(s.replace(/,/g, ''));
  const first = s.search(/[.,]/);
  if (seps === 1) return Number(`${s.slice(0, first)}.${s.slice(first + 1)}`);
  return Number(s.slice(0, first));
}

// Units written as plain words, looked up before the regexes of MULT_RES are tried.
const MULT_MAP = new Map<string, { factor: number; currency: string | null }>();
for (const [src, factor, currency] of MULT_TABLE) {
  for (const alt of src.split('|'))
    if (!/[\\()[?.]/.test(alt)) MULT_MAP.set(nf(alt).toLowerCase(), { factor, currency: /^(?:萬|百萬|千萬|億)$/.test(alt) ? 'HANT' : currency });
}

function multInfo(mult: string | undefined): { factor: number; currency: string | null } {
  if (!mult) return { factor: 1, currency: null };
  const known = MULT_MAP.get(mult.toLowerCase());
  if (known) return known;
  for (const [re, factor, cur] of MULT_RES) if (re.test(mult)) return { factor, currency: cur };
  return { factor: 1, currency: null };
}

function periodOf(word: string | undefined): SalaryPeriod | null {
  if (!word) return null;
  const w = word.trim();
  for (const [re, p] of PERIOD_WORD) if (re.test(w)) return p;
  return null;
}

interface Token {
  start: number;
  end: number;
  num: number;
  bareNum: number;
  factor: number;
  /** ISO code or placeholder (settled per group). */
  currency: string | null;
  strongCurrency: boolean;
  mult: string | undefined;
  hasMarker: boolean;
  /** Written in words ("three thousand", "两万"): needs a currency or pay words right next to it. */
  words: boolean;
}

const MAX_SALARY_TEXT = 200_000;
const DIGIT_RE = /\d/g;

function round(n: number | null): number | null {
  if (n === null || !Number.isFinite(n)) return null;
  return Math.round(n * 100) / 100;
}

// Digits of other scripts (each one UTF-16 unit, like its ASCII digit: offsets are kept).
const NATIVE_DIGIT_RE = /[\u0966-\u096F\u09E6-\u09EF\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u17E0-\u17E9\u1040-\u1049]/;
const NATIVE_RUN_RE =
  /[\u0966-\u096F\u09E6-\u09EF\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u17E0-\u17E9\u1040-\u1049\u101D][\u0966-\u096F\u09E6-\u09EF\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u17E0-\u17E9\u1040-\u1049\u101D,.]*/g;
const DIGIT_BASES = [0x0966, 0x09e6, 0x0de6, 0x0e50, 0x0ed0, 0x17e0, 0x1040];
const NATIVE_DIGIT_SCRIPTS: readonly Script[] = ['devanagari', 'bengali', 'sinhala', 'thai', 'lao', 'khmer', 'myanmar'];

/** The text with native digits as ASCII digits (same length). Burmese "ဝ" typed for zero counts next to a digit. */
function asciiDigits(text: string, scripts: ReadonlySet<Script>): string {
  if (!NATIVE_DIGIT_SCRIPTS.some((sc) => scripts.has(sc)) || !NATIVE_DIGIT_RE.test(text)) return text;
  return text.replace(NATIVE_RUN_RE, (run) => {
    if (!NATIVE_DIGIT_RE.test(run)) return run;
    let out = '';
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c === 0x101d) {
        out += '0';
        continue;
      }
      let d = -1;
      for (const b of DIGIT_BASES) if (c >= b && c <= b + 9) d = c - b;
      out += d >= 0 ? String.fromCharCode(48 + d) : run.charAt(i);
    }
    return out;
  });
}

/** Finds every salary figure in `text` (ideally already normalised). Never throws. */
export function parseSalaries(text: string): SalaryMention[] {
  try {
    return parseSalariesUnsafe(typeof text === 'string' ? text : '');
  } catch {
    return [];
  }
}

function digitTokens(scan: string, ctx: Ctx, tokens: Token[]): void {
  const re = TOKEN_RE;
  re.lastIndex = 0;
  const digit = DIGIT_RE;
  let m: RegExpExecArray | null;
  let guard = 0;
  let from = 0;
  for (;;) {
    // Every token has a digit at most MAX_TOKEN_PREFIX units after its start: jump the token
    // regex close to the next digit instead of letting it try every position of the text.
    digit.lastIndex = Math.max(from, re.lastIndex);
    const d = digit.exec(scan);
    if (!d) break;
    const mark = markBefore(scan, d.index);
    // No token's figure starts here ("H1B", "ISO9001", the "5" of "3.5"): without a mark
    // before it, a figure needs neither a letter nor a digit, dot or comma right before it.
    if (!mark && d.index > 0 && NO_FIGURE_AFTER_RE.test(scan.charAt(d.index - 1))) {
      from = d.index + 1;
      continue;
    }
    re.lastIndex = Math.max(re.lastIndex, mark ? d.index - MAX_TOKEN_PREFIX : d.index);
    if ((m = re.exec(scan)) === null || guard++ >= 20_000) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const gPre = m[1];
    const numStr = m[2];
    let gMult = m[3];
    const gSub = m[4];
    const gSubMult = m[5];
    const gPost = m[6];
    const gPlus = m[7];
    if (!numStr) continue;
    const after = scan.charAt(m.index + m[0].length);
    if (after === '%' || after === '％') continue;
    const bare = parseNumber(numStr);
    if (!Number.isFinite(bare)) continue;
    let start = m.index;
    const preRaw = gPre?.trim();
    // A lower-case "p" is not a peso sign.
    let preCur = preRaw && preRaw !== 'p' ? currencyFromPre(preRaw) : null;
    if (preCur === 'BR?') preCur = ctx.settle('BR?', bare) === 'ETB' ? 'ETB' : null;
    const postCur = gPost ? currencyFromPost(gPost) : null;
    let mi = multInfo(gMult);
    // Written before the number: "elfu 50" (Swahili), "သိန်း ၂၀" (Burmese lakh), "shilingi 30,000".
    let preMult = 0;
    if (!gPre && start > 0) {
      const c = scan.charAt(scan.charCodeAt(start - 1) === 32 ? start - 2 : start - 1);
      if (PRE_WORD_END_RE.test(c)) {
        const before = scan.slice(Math.max(0, start - 24), start);
        const pm = atEnd(PREMULT_BEFORE_RE, before);
        let cutBefore = before;
        if (pm?.[1] && !gMult) {
          const v = PREMULT_VALUE[pm[1].toLowerCase()] ?? PREMULT_VALUE[pm[1]];
          if (v) {
            const len = pm[1].length + (pm[2]?.length ?? 0);
            preMult = v[0];
            mi = { factor: v[0], currency: v[1] };
            gMult = pm[1];
            start -= len;
            cutBefore = before.slice(0, before.length - len);
          }
        }
        const cw = atEnd(CURWORD_BEFORE_RE, cutBefore);
        if (cw?.[1] && !preCur) {
          const w = cw[1].toLowerCase();
          preCur = w === 'dola' ? 'USD' : w === 'shilingi' ? 'SHILLING' : currencyFromPre(cw[1]);
          start -= cw[1].length + (cw[2]?.length ?? 0);
        }
      }
    }
    // An explicit trailing code ("VND/tháng") beats an ambiguous leading "$"/"P".
    const ambiguousPre = preRaw === '$' || preRaw === 'P' || preRaw === 'p';
    let currency = (ambiguousPre ? (postCur ?? preCur) : (preCur ?? postCur)) ?? mi.currency;
    if (mi.factor === -1) mi = { factor: ctx.milIsThousand(currency) ? 1_000 : 1_000_000, currency: null };
    const isM = !!gMult && !preMult && (/^(?:m|mn|million)$/i.test(gMult) || (/^mil$/i.test(gMult) && mi.factor === 1_000_000));
    const hasCur = !!(preCur || postCur);
    // "3m"/"50 million" only count as money next to a currency; and a multiplier after a
    // figure that is already large ("30.000.000 triệu", "1,000,000k") is redundant.
    let factor = isM && !hasCur ? 1 : mi.factor;
    // Pinyin "w" (万) only in a Chinese ad.
    if (mi.currency === 'W') {
      if (ctx.han()) {
        if (!hasCur) currency = 'HAN';
      } else {
        factor = 1;
        if (currency === 'W') currency = null;
      }
    }
    if ((factor >= 1_000_000 && bare >= 1_000) || (factor >= 1_000 && factor < 1_000_000 && bare >= 100_000)) factor = 1;
    // Chinese ads write "6000k+" or "5000K" for ¥6,000 (a thousand thousand yuan would be "600万").
    if (factor === 1_000 && /^k$/i.test(gMult ?? '') && bare >= 1_000 && ctx.han() && (!currency || currency === 'CNY' || currency === 'HAN')) factor = 1;
    const mult = factor === 1 ? undefined : gMult;
    let num = bare * factor;
    // "1k5" = 1,500, "8tr500" = 8,500,000, "1万5千" = 15,000, "1억5천만" = 150,000,000.
    if (gSub && factor > 1) {
      const subMult = multInfo(gSubMult).factor;
      const sub = Number(gSub);
      if (gSubMult && subMult > 1 && subMult < factor) num += sub * subMult;
      else if (!gSubMult) num += (sub * factor) / 10 ** gSub.length;
    }
    tokens.push({
      start,
      end: m.index + m[0].length - (gPost === undefined && gPlus === undefined ? trailingSpace(m[0]) : 0),
      num,
      bareNum: bare,
      factor,
      currency,
      strongCurrency: !!(hasCur || preRaw === '¥'),
      mult,
      hasMarker: !!(hasCur || preRaw === '¥' || (mult && (!isM || hasCur)) || (mi.currency && mult)),
      words: false,
    });
  }
}

// Idioms built on number words: 十万火急 ("most urgent"), 十万八千里 ("miles apart").
const IDIOM_AFTER_RE = /^(?:火急|八千)/u;

function wordTokens(text: string): Token[] {
  const out: Token[] = [];
  const scripts = scriptsOf(text);
  for (const b of BUILT_LANGS) {
    const { lang } = b;
    if (lang.script && !scripts.has(lang.script)) continue;
    if (!mayMatch(text, idOf(b.re))) continue;
    const re = b.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(text)) !== null && guard++ < 200) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let words = splitWords(b, text, m.index, m.index + m[0].length);
      if (lang.endMult) {
        while (words.length && words[words.length - 1]!.kind === 'u') words = words.slice(0, -1);
      }
      if (!words.length) continue;
      const start = words[0]!.start;
      let end = words[words.length - 1]!.end;
      if (PERCENT_AFTER_RE.test(text.slice(end, end + 16))) continue;
      if (IDIOM_AFTER_RE.test(text.slice(end, end + 4))) continue;
      // A mark right before or after: "$ two thousand", "ba nghìn đô", "两万元", "삼백만원".
      const pre = atEnd(PRE_LOOK_RE, text.slice(Math.max(0, start - 20), start));
      const post = POST_LOOK_RE.exec(text.slice(end, end + 24));
      const preCur = pre?.[1]
        ? (currencyFromPre(pre[1].trim()) ?? (/^shilingi$/i.test(pre[1].trim()) ? 'SHILLING' : /^dola$/i.test(pre[1].trim()) ? 'USD' : null))
        : null;
      const postCur = post?.[1] ? currencyFromPost(post[1]) : null;
      const cur = postCur ?? preCur;
      const hasCur = !!cur;
      if (lang.needCur && !hasCur) continue;
      const first = words[0]!;
      if (lang.firstUnit && first.kind !== 'u' && first.value !== 10) continue;
      if (first.text.toLowerCase() === 'a' && (words.length < 2 || words[1]!.kind === 'u')) continue;
      if (!hasCur && lang.curOnly && words.some((w) => lang.curOnly?.has(w.text.toLowerCase()))) continue;
      const hasMult = words.some((w) => w.kind === 's' || w.kind === 'b');
      const hasUnit = words.some((w) => w.kind === 'u') || first.value === 10;
      const value = wordsValue(words, lang);
      if (!(value >= 100) || !Number.isFinite(value)) continue;
      if (!hasCur && !(hasMult && (hasUnit || lang.prefixMult) && words.length >= 2)) continue;
      let s = start;
      if (pre?.[1] && preCur) s = start - pre[1].length - (pre[2]?.length ?? 0);
      if (post && postCur) end += post[0].length;
      let currency = cur ?? lang.cur;
      if (currency === 'HAN' && words.some((w) => /[萬億]/.test(w.text))) currency = 'HANT';
      out.push({
        start: s,
        end,
        num: value,
        bareNum: value,
        factor: 1,
        currency,
        strongCurrency: hasCur,
        mult: undefined,
        hasMarker: hasCur,
        words: true,
      });
    }
  }
  return out;
}

function parseSalariesUnsafe(input: string): SalaryMention[] {
  const text = input.length > MAX_SALARY_TEXT ? input.slice(0, MAX_SALARY_TEXT) : input;
  const scripts = scriptsOf(text);
  const scan = asciiDigits(text, scripts);
  const ctx = new Ctx(text);
  let tokens: Token[] = [];
  digitTokens(scan, ctx, tokens);
  const wt = wordTokens(text);
  if (wt.length) {
    // Figures in words that overlap a figure in digits ("3 thousand USD") or each other.
    wt.sort((x, y) => x.start - y.start || y.end - x.end);
    const all = tokens.slice();
    for (const w of wt) if (!all.some((t) => t.start < w.end && w.start < t.end)) all.push(w);
    tokens = all.sort((x, y) => x.start - y.start);
  }

  // Merge ranges: token, separator, token.
  interface Group {
    a: Token;
    b: Token | null;
  }
  const groups: Group[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (b && b.start - a.end <= 12 && b.start >= a.end && RANGE_SEP_RE.test(scan.slice(a.end, b.start))) {
      groups.push({ a, b });
      i++;
    } else {
      groups.push({ a, b: null });
    }
  }

  // Explicit currency used elsewhere in the ad, for bare figures like "30K".
  let explicit: string | null = null;
  for (const t of tokens) {
    if (t.currency && (t.strongCurrency || t.mult) && !(t.currency === 'HAN' || t.currency === 'HANT')) {
      const c = ctx.settle(t.currency, t.num);
      if (c !== 'XXX') {
        explicit = c;
        break;
      }
    }
  }
  ctx.explicit = explicit;

  const out: SalaryMention[] = [];
  for (const { a, b } of groups) {
    const hasMarker = a.hasMarker || (b?.hasMarker ?? false);
    const start = a.start;
    let end = b ? b.end : a.end;
    // Bare numbers below 100 are never pay: skip them before any context regex runs.
    if (!hasMarker && !(a.bareNum >= 100)) continue;
    const before = scan.slice(Math.max(0, start - 28), start);
    const afterText = scan.slice(end, end + 28);
    let pAfter = AFTER_PERIOD_RE.exec(afterText);
    const pBefore = atEnd(BEFORE_PERIOD_RE, before);
    // Bare numbers need a salary context: a pay keyword, a period word before ("月薪"), or an
    // explicit rate after ("5000/month", "per month"). "3 years" or "1月15日" are not pay.
    // Figures in words need it right next to them.
    if (!hasMarker) {
      const words = a.words || !!b?.words;
      const yearLike = Number.isInteger(a.bareNum) && a.bareNum >= 1900 && a.bareNum <= 2100 && !b && !words;
      const rateAfter = !!pAfter && (words || RATE_AFTER_RE.test(pAfter[0]));
      const kw = !!atEnd(words ? KEYWORD_TIGHT_RE : KEYWORD_BEFORE_RE, before);
      const ok = kw || ((pBefore || rateAfter) && !yearLike);
      if (!ok) continue;
    }

    let minV = a.num;
    let maxV = b ? b.num : a.num;
    if (b) {
      // "25-35 triệu", "15-20k": the second multiplier applies to the first figure.
      if (a.factor === 1 && b.factor !== 1 && a.bareNum <= b.bareNum) minV = a.bareNum * b.factor;
      if (b.factor === 1 && a.factor !== 1 && b.bareNum >= a.bareNum) maxV = b.bareNum * a.factor;
    }
    if (minV > maxV) [minV, maxV] = [maxV, minV];

    let currency = a.currency ?? b?.currency ?? null;
    if (a.strongCurrency && a.currency) currency = a.currency;
    else if (b?.strongCurrency && b.currency) currency = b.currency;
    currency = ctx.settle(currency ?? ctx.bare(explicit), maxV);

    // "6 LPA", "6-8 LPA": lakh per annum.
    let period: SalaryPeriod | null = /^lpa$/i.test(a.mult ?? b?.mult ?? '') ? 'year' : null;
    let spanStart = start;
    if (pBefore && !period) {
      period = periodOf(pBefore[2]);
      // Include "月薪" / "lương tháng" in the raw span.
      if (period) spanStart = start - (pBefore[1]?.length ?? 0);
    }
    // "280小时" is a count of hours (a month's shifts); "30元/小时" is a rate.
    if (pAfter && CJK_HOUR_RE.test(pAfter.groups?.['p'] ?? '') && !/[/每一]/u.test(pAfter[0])) pAfter = null;
    if (!period && pAfter) {
      period = periodOf(pAfter.groups?.['p']);
      // Extend the raw text over "/month" so evidence shows the period.
      if (period) end = end + pAfter[0].length;
    }
    // Trim trailing whitespace from the span.
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    // Korean ads give monthly pay in 만원 with the unit left out ("월 800", "월 300~400"), and
    // daily or yearly pay the same way; hourly pay is in won ("시급 9860").
    if (
      currency === 'KRW' &&
      !hasMarker &&
      a.factor === 1 &&
      (b === null || b.factor === 1) &&
      maxV < 10_000 &&
      (period === 'month' || period === 'day' || period === 'year') &&
      scripts.has('hangul')
    ) {
      minV *= 10_000;
      maxV *= 10_000;
    }

    out.push({
      raw: text.slice(spanStart, end),
      start: spanStart,
      end,
      min: minV,
      max: maxV,
      currency,
      period,
      ...rangeToUsdPerMonth(minV, maxV, currency, period),
    });
  }

  // "401k" and "403b" are US retirement plans, not pay.
  for (let i = out.length - 1; i >= 0; i--) if (/^(?:401|403|457)\s?\(?[kb]\)?$/i.test(out[i]!.raw)) out.splice(i, 1);

  // "月入过万" style claims.
  const wre = WAN_CLAIM_RE;
  wre.lastIndex = 0;
  let w: RegExpExecArray | null;
  let wguard = 0;
  while (scripts.has('cjk') && (w = wre.exec(text)) !== null && wguard++ < 1000) {
    const v = w.groups?.['v'] ?? '';
    const amount = /十/u.test(v) ? 100_000 : 10_000;
    const maxAmount = /数|數/u.test(v) ? 50_000 : amount;
    const currency = TRAD_HINT.test(w[0]) || /過|萬/u.test(v) ? contextTw(text) : 'CNY';
    out.push({
      raw: w[0],
      start: w.index,
      end: w.index + w[0].length,
      min: amount,
      max: maxAmount,
      currency,
      period: 'month',
      usdPerMonthMin: round(toUsdPerMonth(amount, currency, 'month')),
      usdPerMonthMax: round(toUsdPerMonth(maxAmount, currency, 'month')),
    });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

function contextTw(text: string): string {
  return /NT\$|台幣|台币|台灣|台湾|臺灣/u.test(text) ? 'TWD' : 'CNY';
}

function trailingSpace(s: string): number {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s.charCodeAt(i) <= 32; i--) n++;
  return n;
}

/** Formats an amount with its currency, e.g. "US$3,500", "25,000,000 VND". */
export function formatMoney(amount: number, currency: string): string {
  const rounded = amount >= 100 ? Math.round(amount) : Math.round(amount * 100) / 100;
  const s = rounded.toLocaleString('en-US');
  if (currency === 'USD') return `US$${s}`;
  if (currency === 'XXX') return s;
  return `${s} ${currency}`;
}

/**
 * Multilingual salary extraction: finds pay figures ("US$3,000/month", "15 Tr - 40 Tr VND",
 * "Rp 16 juta", "月薪1.5万", "1,000만 원", "時給5千円", ...) and converts them to USD per month.
 * Never throws; linear-time regexes only.
 */

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
// Token regex

// Currency written before the number. Longest alternatives first.
const PRE_CUR =
  'US\\s?\\$|U\\$|NT\\$|S\\$|SG\\$|HK\\$|A\\$|USDT|USD|NTD|TWD|SGD|HKD|MYR|RM|Rp\\.?|IDR|PHP|Php|₱|P(?=\\s?\\d{1,3},\\d{3})|THB|฿|₩|KRW|¥|JPY|CNY|RMB|€|EUR|£|GBP|AED|VND|₫|₹|INR|\\$';
// Number: grouped thousands or plain digits with optional decimals.
const NUM = '\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2}(?!\\d))?|\\d{1,12}(?:[.,]\\d{1,3}(?!\\d))?';
// Multipliers after the number.
// (Latin letter ranges instead of \p{L} so the token regex can run without the slow `u` flag.)
const NL = '(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])';
const MULT = `百万|百萬|千万|千萬|万|萬|亿|億|千|만|천|억|triệu|trieu|tr${NL}|juta|jt${NL}|ribu|rb${NL}|nghìn|ngàn|lakhs?|million|mil${NL}|mn${NL}|k${NL}|m${NL}`;
// Currency written after the number (after the multiplier, if any).
const POST_CUR = `USDT|USD|U${NL}|VNĐ|VND|đồng|đ${NL}|IDR|rupiah|THB|บาท|PHP|pesos?|MYR|ringgit|SGD|TWD|NTD|台幣|台币|元|块|塊|人民币|人民幣|RMB|美金|美元|美刀|円|日元|원|won|yen|JPY|KRW|CNY|EUR|euros?|AED|dirhams?|dollars?`;

// Longest currency prefix before a token's first digit ("US $ ", "USDT ", "Rp. ").
const MAX_TOKEN_PREFIX = 6;
// Numbered groups (named ones cost an object per match): 1 pre, 2 num, 3 mult, 4 post, 5 plus.
const TOKEN_RE = new RegExp(
  `(?:(?<![A-Za-z])(${PRE_CUR})\\s?|(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d.,]))` + `(${NUM})(?:\\s?(${MULT}))?(?:\\s?(${POST_CUR}))?(\\+)?`,
  'gi',
);

const RANGE_SEP_RE = /^\s?(?:[-–—~〜～]|to|至|到|đến|tới|hingga|sampai|s\/d|ถึง|부터|から)\s?$/iu;

// Period words right after the amount ("/month", " per month", " monthly", "/tháng", "/เดือน").
const AFTER_PERIOD_RE = new RegExp(
  '^\\s?(?:\\+|以上|起|up|trở lên|ขึ้นไป|이상)?\\s?(?:\\/|per |a |an |each |every |mỗi |một |sebulan|setiap |ต่อ|/)?\\s?' +
    '(?<p>months?|monthly|mos?(?![\\p{L}])|mth|bulan(?:an)?|tháng|月|เดือน|월|buwan|buwanan|' +
    'hours?|hourly|hrs?(?![\\p{L}])|jam|giờ|小时|小時|時間|ชั่วโมง|ชม\\.|시간|' +
    'days?|daily|ngày|hari|天|日|วัน|일(?![\\p{L}])|' +
    'weeks?|weekly|tuần|minggu|週|周|สัปดาห์|주(?![\\p{L}])|' +
    'years?|yearly|annum|annual(?:ly)?|năm|tahun|年|ปี|년)(?![a-z])',
  'iu',
);

// Period words right before the amount ("月薪", "時給", "월", "lương tháng", "เงินเดือน").
const BEFORE_PERIOD_RE = new RegExp(
  '(?<p>月薪|月入|月收入|月收|月給|月収|月|底薪|时薪|時薪|時給|时给|日薪|日給|日结|日結|年薪|年収|年俸|' +
    '월급|월|시급|일당|주급|연봉|เดือนละ|เงินเดือน|รายเดือน|ค่าจ้างรายวัน|วันละ|รายวัน|ชั่วโมงละ|' +
    'lương tháng|lương cứng|lương theo giờ|gaji per bulan|gaji bulanan|gaji pokok|per month|monthly|hourly|daily|annual|annually|yearly|weekly)' +
    '\\s?[:：]?\\s?(?:约|約|最低|高达|高達|up to|upto|từ|tới|lên đến|hingga|sampai|mulai)?\\s?$',
  'iu',
);

const PERIOD_WORD: Array<[RegExp, SalaryPeriod]> = [
  [
    /^(?:months?|monthly|mos?|mth|bulan|bulanan|tháng|月|เดือน|월|buwan|buwanan|月薪|月入|月收入|月收|月給|月収|底薪|월급|เดือนละ|เงินเดือน|รายเดือน|lương tháng|lương cứng|gaji per bulan|gaji bulanan|gaji pokok|per month)$/iu,
    'month',
  ],
  [/^(?:hours?|hourly|hrs?|jam|giờ|小时|小時|時間|ชั่วโมง|ชม\.|시간|时薪|時薪|時給|时给|시급|ชั่วโมงละ|lương theo giờ)$/iu, 'hour'],
  [/^(?:days?|daily|ngày|hari|天|日|วัน|일|日薪|日給|日结|日結|일당|ค่าจ้างรายวัน|วันละ|รายวัน)$/iu, 'day'],
  [/^(?:weeks?|weekly|tuần|minggu|週|周|สัปดาห์|주|주급)$/iu, 'week'],
  [/^(?:years?|yearly|annum|annual|annually|năm|tahun|年|ปี|년|年薪|年収|年俸|연봉)$/iu, 'year'],
];

// Salary keywords that make a bare number ("Salary: 25,000 - 30,000") count as pay.
const KEYWORD_BEFORE_RE =
  /(?:salary|salaries|pay|wage|income|compensation|gaji|upah|penghasilan|lương|thu nhập|mức lương|薪|工资|工資|待遇|收入|เงินเดือน|ค่าจ้าง|รายได้|급여|월급|연봉|시급|給与|給料|月給|月収|時給|年収|sahod|suweldo|sweldo)[^\n\d]{0,14}$/iu;

const RATE_AFTER_RE = /\/|per |mỗi|ต่อ|sebulan|setiap|\ban? /iu;

// "月入过万" (10,000+ a month) style claims with no digits.
const WAN_CLAIM_RE = /(?<k>月入|月薪|月收入|收入|工资|工資|薪资|薪資)(?<v>过万|過萬|破万|破萬|上万|上萬|过十万|過十萬|数万|數萬)/gu;

const MULT_VALUE: Array<[RegExp, number, string | null]> = [
  [/^(?:百万|百萬)$/u, 1_000_000, null],
  [/^(?:千万|千萬)$/u, 10_000_000, null],
  [/^(?:万|萬)$/u, 10_000, null],
  [/^(?:亿|億)$/u, 100_000_000, null],
  [/^千$/u, 1_000, null],
  [/^만$/u, 10_000, 'KRW'],
  [/^천$/u, 1_000, 'KRW'],
  [/^억$/u, 100_000_000, 'KRW'],
  [/^(?:triệu|trieu|tr)$/iu, 1_000_000, 'VND'],
  [/^(?:nghìn|ngàn)$/iu, 1_000, 'VND'],
  [/^(?:juta|jt)$/iu, 1_000_000, 'IDR'],
  [/^(?:ribu|rb)$/iu, 1_000, 'IDR'],
  [/^lakhs?$/iu, 100_000, 'INR'],
  [/^(?:million|mil|mn|m)$/iu, 1_000_000, null],
  [/^k$/iu, 1_000, null],
];

function currencyFromPre(pre: string): string | null {
  const p = pre.replace(/\s+/g, '').replace(/\.$/, '');
  const u = p.toUpperCase();
  if (u === 'US$' || u === 'U$' || u === 'USD' || u === 'USDT' || u === '$') return 'USD';
  if (u === 'NT$' || u === 'NTD' || u === 'TWD') return 'TWD';
  if (u === 'S$' || u === 'SG$' || u === 'SGD') return 'SGD';
  if (u === 'HK$' || u === 'HKD') return 'HKD';
  if (u === 'A$') return 'AUD';
  if (u === 'RM' || u === 'MYR') return 'MYR';
  if (u === 'RP' || u === 'IDR') return 'IDR';
  if (u === 'PHP' || u === '₱' || u === 'P') return 'PHP';
  if (u === 'THB' || u === '฿') return 'THB';
  if (u === '₩' || u === 'KRW') return 'KRW';
  if (u === 'JPY') return 'JPY';
  if (u === '¥') return null; // CNY or JPY: decided from context
  if (u === 'CNY' || u === 'RMB') return 'CNY';
  if (u === '€' || u === 'EUR') return 'EUR';
  if (u === '£' || u === 'GBP') return 'GBP';
  if (u === 'AED') return 'AED';
  if (u === 'VND' || u === '₫') return 'VND';
  if (u === '₹' || u === 'INR') return 'INR';
  return null;
}

function currencyFromPost(post: string): string | null {
  const u = post.toLowerCase();
  switch (u) {
    case 'usdt':
    case 'usd':
    case 'u':
    case '美金':
    case '美元':
    case '美刀':
    case 'dollar':
    case 'dollars':
      return 'USD';
    case 'vnđ':
    case 'vnd':
    case 'đồng':
    case 'đ':
      return 'VND';
    case 'idr':
    case 'rupiah':
      return 'IDR';
    case 'thb':
    case 'บาท':
      return 'THB';
    case 'php':
    case 'peso':
    case 'pesos':
      return 'PHP';
    case 'myr':
    case 'ringgit':
      return 'MYR';
    case 'sgd':
      return 'SGD';
    case 'twd':
    case 'ntd':
    case '台幣':
    case '台币':
      return 'TWD';
    case '元':
    case '块':
    case '塊':
    case '人民币':
    case '人民幣':
    case 'rmb':
    case 'cny':
      return 'CNY';
    case '円':
    case '日元':
    case 'yen':
    case 'jpy':
      return 'JPY';
    case '원':
    case 'won':
    case 'krw':
      return 'KRW';
    case 'eur':
    case 'euro':
    case 'euros':
      return 'EUR';
    case 'aed':
    case 'dirham':
    case 'dirhams':
      return 'AED';
    default:
      return null;
  }
}

/** Parses "1.000.000", "3,000", "1.5", "1,5", "10.000,50" into a number (NaN if odd). */
export function parseNumber(s: string): number {
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
  const first = s.search(/[.,]/);
  if (seps === 1) return Number(`${s.slice(0, first)}.${s.slice(first + 1)}`);
  return Number(s.slice(0, first));
}

function multInfo(mult: string | undefined): { factor: number; currency: string | null } {
  if (!mult) return { factor: 1, currency: null };
  for (const [re, factor, cur] of MULT_VALUE) if (re.test(mult)) return { factor, currency: cur };
  return { factor: 1, currency: null };
}

function periodOf(word: string | undefined): SalaryPeriod | null {
  if (!word) return null;
  const w = word.trim();
  for (const [re, p] of PERIOD_WORD) if (re.test(w)) return p;
  return null;
}

const HAS_KANA = /[\u3040-\u30FF]/u;
/** Letters only Vietnamese uses, either case (the class /[ăâđ…ỹ]/iu, as a set of code units). */
export const VI_LETTERS: ReadonlySet<number> = new Set(
  [...'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ'].flatMap((c) => [c.charCodeAt(0), c.toUpperCase().charCodeAt(0)]),
);
const SIMP_HINT = /[们个这会说时给资经验网络开发万与]/u;
const TRAD_HINT = /[萬圓與們個這會說時給資經驗臺灣網絡開發]/u;
// Registered with the literal prefilter: a hint whose words are absent is not scanned for.
const COUNTRY_CURRENCY_HINTS: Array<[RegExp, string]> = [
  [lit(/(?<![\p{L}])(?:philippines|manila|makati|taguig|pasig|quezon city|cebu|davao|pampanga|cavite|laguna|ortigas|bgc|alabang)(?![\p{L}])/iu), 'PHP'],
  [lit(/(?<![\p{L}])(?:indonesia|jakarta|surabaya|bandung|tangerang|bekasi|yogyakarta|semarang|gaji|perusahaan|pengalaman)(?![\p{L}])/iu), 'IDR'],
  [lit(/(?<![\p{L}])(?:malaysia|kuala lumpur|selangor|penang|johor|petaling jaya)(?![\p{L}])/iu), 'MYR'],
  [lit(/(?<![\p{L}])singapore(?![\p{L}])/iu), 'SGD'],
  [lit(/(?<![\p{L}])(?:taiwan|taipei)(?![\p{L}])|台灣|台北/iu), 'TWD'],
];
// No character the script counts below can match (all are ≥ U+00C2, incl. case variants).
const MAY_HAVE_SCRIPT_RE = /[\u00C2-\uFFFF]/;

/** Best guess of the currency a bare figure ("30K") is in, from the rest of the ad. */
function contextCurrency(text: string, explicit: string | null): string {
  if (explicit) return explicit;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // The dominant script decides (a Vietnamese ad may quote a little Japanese).
  if (MAY_HAVE_SCRIPT_RE.test(sample)) {
    let kana = 0;
    let hangul = 0;
    let thai = 0;
    let vi = 0;
    let han = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if (c < 0xc2) continue;
      if (c >= 0x3040 && c <= 0x30ff) kana++;
      else if (c >= 0xac00 && c <= 0xd7af) hangul++;
      else if (c >= 0x0e00 && c <= 0x0e7f) thai++;
      else if (c >= 0x4e00 && c <= 0x9fff) han++;
      else if (VI_LETTERS.has(c)) vi++;
    }
    const scores: Array<[string, number]> = [
      ['JPY', kana * 3],
      ['KRW', hangul],
      ['THB', thai / 3],
      ['VND', vi * 2],
      ['HAN', han - kana * 2],
    ];
    scores.sort((a, b) => b[1] - a[1]);
    const top = scores[0];
    if (top && top[1] >= 3) {
      if (top[0] === 'HAN') return TRAD_HINT.test(sample) && !SIMP_HINT.test(sample) ? 'TWD' : 'CNY';
      return top[0];
    }
  }
  for (const [re, cur] of COUNTRY_CURRENCY_HINTS) if (mayMatch(sample, idOf(re)) && re.test(sample)) return cur;
  return 'XXX';
}

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

interface Token {
  start: number;
  end: number;
  num: number;
  bareNum: number;
  factor: number;
  currency: string | null;
  strongCurrency: boolean;
  mult: string | undefined;
  hasMarker: boolean;
}

const MAX_SALARY_TEXT = 200_000;

function round(n: number | null): number | null {
  if (n === null || !Number.isFinite(n)) return null;
  return Math.round(n * 100) / 100;
}

/** Finds every salary figure in `text` (ideally already normalised). Never throws. */
export function parseSalaries(text: string): SalaryMention[] {
  try {
    return parseSalariesUnsafe(typeof text === 'string' ? text : '');
  } catch {
    return [];
  }
}

function parseSalariesUnsafe(input: string): SalaryMention[] {
  const text = input.length > MAX_SALARY_TEXT ? input.slice(0, MAX_SALARY_TEXT) : input;
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  const digit = /\d/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  let kana: boolean | null = null;
  for (;;) {
    // Every token has a digit at most MAX_TOKEN_PREFIX units after its start: jump the token
    // regex close to the next digit instead of letting it try every position of the text.
    digit.lastIndex = re.lastIndex;
    const d = digit.exec(text);
    if (!d) break;
    re.lastIndex = Math.max(re.lastIndex, d.index - MAX_TOKEN_PREFIX);
    if ((m = re.exec(text)) === null || guard++ >= 20_000) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const gPre = m[1];
    const numStr = m[2];
    const gMult = m[3];
    const gPost = m[4];
    const gPlus = m[5];
    if (!numStr) continue;
    const after = text.charAt(m.index + m[0].length);
    if (after === '%' || after === '％') continue;
    const bare = parseNumber(numStr);
    if (!Number.isFinite(bare)) continue;
    const mi = multInfo(gMult);
    const preRaw = gPre?.trim();
    // A lower-case "p" is not a peso sign.
    const preCur = preRaw && preRaw !== 'p' ? currencyFromPre(preRaw) : null;
    const postCur = gPost ? currencyFromPost(gPost) : null;
    // An explicit trailing code ("VND/tháng") beats an ambiguous leading "$"/"P".
    const ambiguousPre = preRaw === '$' || preRaw === 'P' || preRaw === 'p';
    let currency = (ambiguousPre ? (postCur ?? preCur) : (preCur ?? postCur)) ?? mi.currency;
    // "NT$" beats a trailing "元"; "¥…円" is yen.
    if (preRaw === '¥') currency = postCur ?? ((kana ??= HAS_KANA.test(text)) ? 'JPY' : 'CNY');
    const isM = !!gMult && /^(?:m|mn|mil|million)$/i.test(gMult);
    const hasCur = !!(preCur || postCur);
    // "3m"/"50 million" only count as money next to a currency; and a multiplier after a
    // figure that is already large ("30.000.000 triệu", "1,000,000k") is redundant.
    let factor = isM && !hasCur ? 1 : mi.factor;
    if ((factor >= 1_000_000 && bare >= 1_000) || (factor >= 1_000 && factor < 1_000_000 && bare >= 100_000)) factor = 1;
    const mult = factor === 1 ? undefined : gMult;
    tokens.push({
      start: m.index,
      end: m.index + m[0].length - (gPost === undefined && gPlus === undefined ? trailingSpace(m[0]) : 0),
      num: bare * factor,
      bareNum: bare,
      factor,
      currency,
      strongCurrency: !!(hasCur || preRaw === '¥'),
      mult,
      hasMarker: !!(hasCur || preRaw === '¥' || (mult && (!isM || hasCur)) || (mi.currency && mult)),
    });
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
    if (b && b.start - a.end <= 5 && RANGE_SEP_RE.test(text.slice(a.end, b.start))) {
      groups.push({ a, b });
      i++;
    } else {
      groups.push({ a, b: null });
    }
  }

  // Explicit currency used elsewhere in the ad, for bare figures like "30K".
  let explicit: string | null = null;
  for (const t of tokens) {
    if (t.currency && (t.strongCurrency || t.mult)) {
      explicit = t.currency;
      break;
    }
  }
  let ctxCur: string | null = null;
  const getCtx = (): string => (ctxCur ??= contextCurrency(text, explicit));

  const out: SalaryMention[] = [];
  for (const { a, b } of groups) {
    const hasMarker = a.hasMarker || (b?.hasMarker ?? false);
    const start = a.start;
    let end = b ? b.end : a.end;
    // Bare numbers below 100 are never pay: skip them before any context regex runs.
    if (!hasMarker && !(a.bareNum >= 100)) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    const afterText = text.slice(end, end + 28);
    const pAfter = AFTER_PERIOD_RE.exec(afterText);
    const pBefore = BEFORE_PERIOD_RE.exec(before);
    // Bare numbers need a salary context: a pay keyword, a period word before ("月薪"), or an
    // explicit rate after ("5000/month", "per month"). "3 years" or "1月15日" are not pay.
    if (!hasMarker) {
      const yearLike = Number.isInteger(a.bareNum) && a.bareNum >= 1900 && a.bareNum <= 2100 && !b;
      const rateAfter = !!pAfter && RATE_AFTER_RE.test(pAfter[0]);
      const ok = KEYWORD_BEFORE_RE.test(before) || ((pBefore || rateAfter) && !yearLike);
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
    if (!currency) {
      const mults = `${a.mult ?? ''}${b?.mult ?? ''}`;
      const ctx = getCtx();
      if (/[万萬亿億千]/u.test(mults)) {
        currency = ctx === 'JPY' || ctx === 'TWD' ? ctx : /萬|億/u.test(mults) && ctx !== 'CNY' ? 'TWD' : 'CNY';
      } else {
        currency = ctx;
      }
    }

    let period: SalaryPeriod | null = null;
    let spanStart = start;
    if (pBefore) {
      period = periodOf(pBefore.groups?.['p']);
      // Include "月薪" / "lương tháng" in the raw span.
      if (period) spanStart = start - (before.length - pBefore.index);
    }
    if (!period && pAfter) {
      period = periodOf(pAfter.groups?.['p']);
      // Extend the raw text over "/month" so evidence shows the period.
      if (period) end = end + pAfter[0].length;
    }
    // Trim trailing whitespace from the span.
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;

    out.push({
      raw: text.slice(spanStart, end),
      start: spanStart,
      end,
      min: minV,
      max: maxV,
      currency,
      period,
      usdPerMonthMin: round(toUsdPerMonth(minV, currency, period)),
      usdPerMonthMax: round(toUsdPerMonth(maxV, currency, period)),
    });
  }

  // "月入过万" style claims.
  const wre = new RegExp(WAN_CLAIM_RE.source, WAN_CLAIM_RE.flags);
  let w: RegExpExecArray | null;
  let wguard = 0;
  while ((w = wre.exec(text)) !== null && wguard++ < 1000) {
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
  for (let i = s.length - 1; i >= 0 && /\s/.test(s.charAt(i)); i--) n++;
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

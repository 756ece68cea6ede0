/**
 * Multilingual "this block is a job ad" cues, used by the generic extractor and by adapters
 * for sites that mix job posts with other content (Telegram channels, group feeds).
 * Independent of the site's UI language: the cues look at the post text itself.
 */
import { runToEnd, type Steps } from './steps.ts';

/** Latin-script words need letter boundaries; \b is ASCII-only and breaks on "lương", "việc". */
function words(list: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
/** Scripts without spaces between words (CJK, Thai, Khmer, Myanmar): plain substrings. */
function substrings(list: string[]): RegExp {
  return new RegExp(`(?:${list.join('|')})`, 'u');
}

/** Strong cues: on their own they say "this is a job ad". Worth 2 points. */
const STRONG_CUES: RegExp[] = [
  // en
  words([
    "we(?:'re| are) hiring",
    'hiring',
    '(?:staff|workers?|agents?|employees?|applicants?|candidates?|helpers?|encoders?|typists?|representatives?)\\s+(?:wanted|needed)',
    'now hiring',
    'vacanc(?:y|ies)',
    'job openings?',
    'job vacanc(?:y|ies)',
    'recruiting',
    'recruitment',
    'job offers?',
    'apply now',
    'urgently needed',
    'join our team',
  ]),
  // vi
  words(['tuyển dụng', 'tuyển gấp', 'cần tuyển', 'tuyển nhân viên', 'việc làm', 'ứng tuyển', 'tuyển']),
  // id / ms
  words(['lowongan(?: kerja)?', 'loker', 'dibutuhkan', 'dicari', 'jawatan kosong', 'kekosongan jawatan', 'peluang kerjaya', 'rekrutmen', 'kami membuka']),
  // fil
  words(['hiring po', 'naghahanap (?:kami |po kami )?ng', 'trabaho abroad', 'job hiring']),
  // es / pt / fr / de / it (common on job boards)
  words([
    'oferta de (?:empleo|trabajo)',
    'vacantes?',
    'se busca',
    'buscamos',
    'estamos contratando',
    'vagas?',
    'offre d.emploi',
    'recrute',
    'stellenangebot',
    'wir suchen',
    'offerta di lavoro',
    'cerchiamo',
  ]),
  // ru (kept to unambiguous words)
  words(['вакансия', 'вакансии', 'требуется', 'требуются', 'приглашаем на работу']),
  // hi
  words(['भर्ती', 'नौकरी', 'जरूरत है', 'आवश्यकता है']),
  // zh / ja / ko / th / km / my
  substrings([
    '招聘',
    '诚聘',
    '誠聘',
    '急招',
    '急聘',
    '招工',
    '招人',
    '高薪聘请',
    '求人',
    '募集',
    '채용',
    '구인',
    '아르바이트 모집',
    '알바 모집',
    '모집',
    'รับสมัคร',
    'ประกาศรับสมัครงาน',
    'ជ្រើសរើសបុគ្គលិក',
    'ត្រូវការបុគ្គលិក',
    'ត្រូវការអ្នក',
    'ဝန်ထမ်းခေါ်',
    'ဝန်ထမ်း ခေါ်',
    'အလုပ်သမား ခေါ်',
    'အလုပ်ခေါ်',
  ]),
];

/** Weak cues: common in job ads, but also elsewhere. Worth 1 point each (distinct). */
const WEAK_CUES: RegExp[] = [
  words([
    'salary',
    'salaries',
    'wages?',
    'per month',
    'monthly income',
    'apply',
    'job',
    'jobs',
    'position',
    'vacancy',
    'full[- ]time',
    'part[- ]time',
    'requirements?',
    'qualifications?',
    'benefits',
    'employer',
    'candidates?',
    'interview',
    'work from home',
    'remote',
    'experience(?: required| needed)?',
    'shifts?',
    'overtime',
    'diploma',
    'degree',
    'portfolio',
    'resume',
    'cv',
  ]),
  words(['lương', 'thu nhập', 'vị trí', 'yêu cầu', 'phỏng vấn', 'đãi ngộ', 'làm việc', 'nhân viên']),
  words(['gaji', 'kerja', 'pekerjaan', 'posisi', 'persyaratan', 'kualifikasi', 'pelamar', 'tunjangan', 'syarat', 'jawatan', 'elaun']),
  words(['trabaho', 'sahod', 'sweldo', 'aplay']),
  words([
    'salario',
    'sueldo',
    'empleo',
    'trabajo',
    'requisitos',
    'salário',
    'emprego',
    'salaire',
    'emploi',
    'poste',
    'gehalt',
    'stelle',
    'stipendio',
    'lavoro',
    'зарплата',
    'оклад',
    'работа',
    'оплата',
    'график',
    'смен[аыу]',
    'वेतन',
    'सैलरी',
    'अनुभव',
    'शिफ्ट',
  ]),
  substrings([
    '薪资',
    '薪水',
    '薪酬',
    '月薪',
    '工资',
    '底薪',
    '岗位',
    '职位',
    '待遇',
    '包吃住',
    '面试',
    '工作',
    '月入',
    '日结',
    '仕事',
    '勤務',
    '月収',
    '日給',
    '일자리',
    '취업',
    '알바',
    'รายได้',
    'งาน',
    'जॉब',
    '给与',
    '給与',
    '月給',
    '時給',
    '급여',
    '월급',
    '시급',
    '경력',
    '연봉',
    'เงินเดือน',
    'ตำแหน่ง',
    'สมัครงาน',
    'สมัคร',
    'คุณสมบัติ',
    'สวัสดิการ',
    'ประสบการณ์',
    'ค่าตอบแทน',
    'ប្រាក់ខែ',
    'ការងារ',
    'လစာ',
    'အလုပ်',
  ]),
];

const WEAK_CUES_GLOBAL: RegExp[] = WEAK_CUES.map((re) => new RegExp(re.source, `${re.flags}g`));

const CURRENCY = '(?:US\\$|USD|\\$|€|£|¥|₫|฿|₱|₩|RMB|CNY|VND|VNĐ|IDR|Rp\\.?|THB|PHP|MYR|RM|SGD|S\\$|HKD|HK\\$|KHR|MMK|EUR|GBP|INR|₹|USDT)';
// Every pattern of this module runs on page text (the pre-check on up to 2 M characters), so none
// may retry an unbounded repetition at each character of a long run: `\d+` tried at every digit
// of a 60,000-digit number, or `(?:[.,\s]\d{3})+` at every group of a number table, is
// quadratic and froze tabs for seconds. So thousands groups are bounded (up to 15 digits, and
// 18 with the decimals: no pay is longer, and a longer figure still matches from a later group),
// and the amount a figure starts with takes the plain `\d+` form only from the first digit of a
// run. A first match (test, exec without `g`) is then the one the unbounded pattern finds: a
// plain amount that starts inside a run also matches from the run's start, which comes first.
const GROUPED_AMOUNT = '\\d{1,3}(?:[.,\\s]\\d{3}){1,4}(?:[.,]\\d+)?';
const PLAIN_AMOUNT = '\\d+(?:[.,]\\d+)?';
const AMOUNT = `${GROUPED_AMOUNT}|${PLAIN_AMOUNT}`;
const LEAD_AMOUNT = `${GROUPED_AMOUNT}|(?<!\\d)${PLAIN_AMOUNT}`;
const MAGNITUDE = '(?:k|K|tr|triệu|juta|jt|rb|ribu|万|千|w|W|млн|тыс|lakh|m|M)';
const UNIT_AFTER = '(?:đ|đồng|vnđ|vnd|元|円|บาท|baht|usd|usdt|php|myr|idr|thb|\\$|dollars?|euros?|pesos?|ringgit|rupiah|yuan)';

/** A figure that looks like pay: "$3,000", "USD 1500", "15-20 triệu", "8 juta", "1万", "20k/month". */
export const SALARY_FIGURE = new RegExp(
  [
    `${CURRENCY}\\s?(?:${AMOUNT})\\s?${MAGNITUDE}?(?:\\s?[-–~]\\s?${CURRENCY}?\\s?(?:${AMOUNT})\\s?${MAGNITUDE}?)?`,
    `(?:${LEAD_AMOUNT})\\s?(?:[-–~]\\s?(?:${AMOUNT})\\s?)?${MAGNITUDE}?\\s?${UNIT_AFTER}(?![\\p{L}])`,
    `(?:${LEAD_AMOUNT})\\s?(?:[-–~]\\s?(?:${AMOUNT})\\s?)?(?:triệu|juta|jt|万|千元)(?![\\p{L}])`,
    `(?:${LEAD_AMOUNT})\\s?(?:k|K)\\s?(?:\\/|per\\s)\\s?(?:month|mo|tháng|bulan|月|เดือน)`,
  ].join('|'),
  'iu',
);

/** Words that label a pay line in many languages. */
const SALARY_LABEL =
  /(?:salary|pay|wage|compensation|lương|thu nhập|gaji|sahod|sweldo|薪|工资|月薪|待遇|เงินเดือน|ค่าตอบแทน|급여|월급|給与|月給|salario|sueldo|gehalt|salaire|stipendio|зарплата|ប្រាក់ខែ|လစာ)/iu;

export interface CueScore {
  score: number;
  strong: number;
  weak: number;
  salary: boolean;
}

/** Score text for job-ad cues. Work is bounded: only the first 8000 chars are scanned. */
export function jobCueScore(text: string): CueScore {
  const t = text.length > 8000 ? text.slice(0, 8000) : text;
  let strong = 0;
  let weak = 0;
  for (const re of STRONG_CUES) if (re.test(t)) strong++;
  for (const re of WEAK_CUES_GLOBAL) {
    // Distinct words count, up to two per language group, so one repeated word is not "several cues".
    const distinct = new Set<string>();
    re.lastIndex = 0;
    for (let m = re.exec(t); m && distinct.size < 2; m = re.exec(t)) distinct.add(m[0].toLowerCase());
    weak += distinct.size;
  }
  const salary = SALARY_FIGURE.test(t);
  const score = strong * 2 + weak + (salary ? 1 : 0);
  return { score, strong, weak, salary };
}

/**
 * Field labels of a structured ad ("Job Title: …", "職種：…", "Vị trí: …"), at the start of a
 * line (after bullets and emoji): job fields, which only a job ad has, and the company and
 * place, which other posts have too.
 */
const JOB_FIELD_LABEL = new RegExp(
  `^[^\\p{L}\\p{N}\\n]{0,4}(?:${[
    'job title',
    'job position',
    'position',
    'job type',
    'employment type',
    'job description',
    'requirements?',
    'qualifications?',
    'salary(?: range)?',
    'benefits',
    'vacancy',
    'posisi',
    'jabatan',
    'persyaratan',
    'kualifikasi',
    'gaji',
    'vị trí(?: tuyển dụng)?',
    'chức danh',
    'yêu cầu',
    'mức lương',
    'quyền lợi',
    'hình thức làm việc',
    '职位',
    '岗位',
    '职位要求',
    '任职要求',
    '薪资',
    '薪资待遇',
    '職種',
    '雇用形態',
    '給与',
    '応募資格',
    '직무',
    '모집 ?분야',
    '고용 ?형태',
    '급여',
    '자격 ?요건',
    'ตำแหน่ง',
    'คุณสมบัติ',
    'เงินเดือน',
    'สวัสดิการ',
    'вакансия',
    'должность',
    'требования',
    'зарплата',
    'график работы',
    'puesto',
    'cargo',
    'requisitos',
    'sueldo',
    'salario',
    'tipo de contrato',
    'vaga',
    'salário',
    'पद',
    'योग्यता',
    'वेतन',
    'सैलरी',
    'भर्ती',
    'trabaho',
    'sahod',
    'tuyển dụng',
  ].join('|')})[ \\t]*[:：]`,
  'imu',
);
const PLACE_FIELD_LABEL = new RegExp(
  `^[^\\p{L}\\p{N}\\n]{0,4}(?:${[
    'company(?: name)?',
    'employer',
    '(?:work |job )?location',
    'perusahaan',
    'lokasi(?: kerja)?',
    'công ty',
    'địa điểm(?: làm việc)?',
    '公司',
    '工作地点',
    '会社',
    '勤務地',
    '회사',
    '근무지',
    'บริษัท',
    'สถานที่ทำงาน',
    'компания',
    'место работы',
    'empresa',
    'ubicación',
    'कंपनी',
    'स्थान',
  ].join('|')})[ \\t]*[:：]`,
  'imu',
);
const JOB_FIELD_LABEL_GLOBAL = new RegExp(JOB_FIELD_LABEL.source, 'gimu');

/** How many distinct job-field labels start a line (up to 3), and whether a company or place label does. */
function labelledFields(t: string): { job: number; place: boolean } {
  const distinct = new Set<string>();
  JOB_FIELD_LABEL_GLOBAL.lastIndex = 0;
  for (let m = JOB_FIELD_LABEL_GLOBAL.exec(t); m && distinct.size < 3; m = JOB_FIELD_LABEL_GLOBAL.exec(t)) {
    distinct.add(m[0].replace(/[^\p{L}]/gu, '').toLowerCase());
  }
  return { job: distinct.size, place: PLACE_FIELD_LABEL.test(t) };
}

/** True when text has the labelled fields of a structured job ad (two job fields, or one and a company or place line). */
export function hasLabelledJobFields(text: string): boolean {
  const fields = labelledFields(text.length > 8000 ? text.slice(0, 8000) : text);
  return fields.job >= 2 || (fields.job === 1 && fields.place);
}

/**
 * True when text reads like a job ad: a strong cue, several weak cues or pay figures, or the
 * labelled fields of a structured ad (two job fields, or one and a company or place line).
 */
export function looksLikeJobAd(text: string): boolean {
  if (hasLabelledJobFields(text)) return true;
  const s = jobCueScore(text);
  if (s.strong > 0 && (s.weak > 0 || s.salary || s.strong > 1)) return true;
  return s.score >= 3 && (s.salary || s.strong > 0 || s.weak >= 3);
}

/** True when a line contains a job cue (used to choose a feed post's headline). */
export function lineHasJobCue(line: string): boolean {
  return STRONG_CUES.some((re) => re.test(line)) || (SALARY_FIGURE.test(line) && SALARY_LABEL.test(line));
}

/** The first line that states pay, trimmed; undefined when none. */
export function findSalaryLine(text: string): string | undefined {
  const lines = text.split('\n');
  let fallback: string | undefined;
  for (const raw of lines.slice(0, 200)) {
    const line = raw.trim();
    if (line.length > 160) continue;
    const m = SALARY_FIGURE.exec(line);
    if (!m) continue;
    if (SALARY_LABEL.test(line)) {
      const labelled = line.replace(/^[^:：]{0,40}[:：]\s*/, '');
      return labelled || line;
    }
    fallback ??= m[0].trim();
  }
  return fallback;
}

const COMPANY_LABEL =
  /^(?:company|employer|company name|công ty|tên công ty|perusahaan|nama perusahaan|syarikat|kumpanya|公司|公司名称|企业|会社|회사|บริษัท|empresa|entreprise|unternehmen|azienda|компания)\s*[:：]\s*(.{2,120})$/iu;
const LOCATION_LABEL =
  /^(?:location|work location|job location|address|địa điểm(?: làm việc)?|nơi làm việc|địa chỉ|lokasi(?: kerja)?|alamat|penempatan|lugar|ubicación|lieu|standort|sede|地点|工作地点|地址|勤務地|근무지|สถานที่(?:ทำงาน)?|место работы|ទីតាំង|နေရာ)\s*[:：]\s*(.{2,120})$/iu;

/** "Company: X" style line → X. */
export function findLabelledCompany(text: string): string | undefined {
  for (const line of text.split('\n').slice(0, 200)) {
    const m = COMPANY_LABEL.exec(line.replace(/^[^\p{L}]+/u, '').trim());
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** "Location: X" style line → X. */
export function findLabelledLocation(text: string): string | undefined {
  for (const line of text.split('\n').slice(0, 200)) {
    const m = LOCATION_LABEL.exec(line.replace(/^[^\p{L}]+/u, '').trim());
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** The pre-check reads at most this much page text. */
const PRE_CHECK_MAX_CHARS = 2_000_000;
/** …in pieces of about this many characters, one step each, so the content script can pause between them. */
const PRE_CHECK_PIECE_CHARS = 10_000;
/** Consecutive pieces share this much text, so a cue across a cut is whole in one of them. */
const PRE_CHECK_OVERLAP = 256;
/** How far back from a planned cut to look for a character that is neither a letter nor a digit. */
const CLEAN_CUT_WINDOW = 128;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A cut point at or before `i`: the index of a character that is neither a letter nor a digit
 * (nor half of a surrogate pair), so that the word boundaries of a piece ending there, or
 * starting right after it, see the same thing as in the whole text. `i` when there is none nearby.
 */
function cleanCut(t: string, i: number): number {
  for (let j = i; j > i - CLEAN_CUT_WINDOW && j > 0; j--) {
    const c = t.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (!LETTER_OR_DIGIT.test(t.charAt(j))) return j;
  }
  return i;
}

/**
 * Cheap page-level pre-check for the generic extractor: does the page text contain any
 * strong cue, or a weak cue together with a pay figure? Scans at most 2M characters, one
 * overlapping piece per step, so a 2 MB number table is never one long task. A piece never
 * misses a cue (or pay figure) of up to 255 characters that the whole text has; pieces are cut
 * where a character is neither a letter nor a digit, so word boundaries read as in the whole
 * text, except inside a run of 128+ letters or digits, where a cut can make a false "maybe"
 * (which only costs the full extraction).
 */
export function* pageMayHaveJobsSteps(text: string, pieceChars = PRE_CHECK_PIECE_CHARS): Steps<boolean> {
  const t = text.length > PRE_CHECK_MAX_CHARS ? text.slice(0, PRE_CHECK_MAX_CHARS) : text;
  const piece = Math.max(pieceChars, 4 * (PRE_CHECK_OVERLAP + CLEAN_CUT_WINDOW));
  let salary = false;
  let weak = false;
  for (let start = 0; start < t.length; ) {
    const end = start + piece >= t.length ? t.length : cleanCut(t, start + piece);
    const part = start === 0 && end === t.length ? t : t.slice(start, end);
    if (STRONG_CUES.some((re) => re.test(part))) return true;
    salary ||= SALARY_FIGURE.test(part);
    weak ||= WEAK_CUES.some((re) => re.test(part));
    if (salary && weak) return true;
    if (end >= t.length) break;
    start = cleanCut(t, end - PRE_CHECK_OVERLAP) + 1;
    yield;
  }
  return false;
}

/** pageMayHaveJobsSteps run to the end. */
export function pageMayHaveJobs(text: string): boolean {
  return runToEnd(pageMayHaveJobsSteps(text));
}

/** Sets company, location and salary from labelled lines ("Company:", "月薪：", …) when present. */
export function fillLabelledFields(posting: { company?: string; location?: string; salary?: string }, text: string): void {
  const company = findLabelledCompany(text);
  if (company) posting.company = company;
  const location = findLabelledLocation(text);
  if (location) posting.location = location;
  const salary = findSalaryLine(text);
  if (salary) posting.salary = salary;
}

/** A line in several languages that makes each cue pattern run through its pay and label branches. */
const WARM_UP_SAMPLE =
  'Salary / lương / gaji / 薪资 / เงินเดือน: US$1,500 - 2,000 per month, 15 triệu, Rp 8 juta, 1.5万, 20k/month; apply: job vacancy 招聘 รับสมัคร';

/**
 * Runs every pattern of this module once, one pattern per step. A large Unicode pattern's
 * first runs compile it (in Chromium up to tens of ms for SALARY_FIGURE); the content script
 * does that in idle slices before its first scan, so the compile does not land inside the
 * slice that reads the first card of a list page.
 */
export function* warmUpSteps(): Steps<void> {
  const all = [
    SALARY_FIGURE,
    SALARY_LABEL,
    COMPANY_LABEL,
    LOCATION_LABEL,
    JOB_FIELD_LABEL,
    PLACE_FIELD_LABEL,
    JOB_FIELD_LABEL_GLOBAL,
    ...STRONG_CUES,
    ...WEAK_CUES,
    ...WEAK_CUES_GLOBAL,
  ];
  for (const re of all) {
    // Twice: the first run interprets the pattern, the second triggers its native compile.
    for (let i = 0; i < 2; i++) {
      re.exec(WARM_UP_SAMPLE);
      re.lastIndex = 0; // the global patterns must start from 0 for their real use
      yield;
    }
  }
}

/**
 * Does the ad point the reader abroad? "Work overseas", 出国, 해외, làm việc ở nước ngoài, or a
 * named destination outside the country of the text's script. Used to lift cues that are
 * everyday wording at home ("no experience needed", a bare "high salary") from context to red
 * flag — the lure is easy, well-paid work in another country — and by the job_abroad signal.
 */
import type { CountryCode } from '../salary-norms.ts';
import { detectDestination } from './destination.ts';
import { anyOf, anyOfNormalised, findAll, type Match, word } from './pattern.ts';

/** An "overseas" word in any of our languages (also read by office_job_abroad). */
export const ABROAD = anyOfNormalised([
  word('abroad|overseas|(?:in|to) (?:a )?foreign countr(?:y|ies)|sa ibang bansa'),
  '海外|出国|出國|国外|國外|境外|东南亚|東南亞|東南アジア',
  '해외|외국에서|외국으로|외국에|동남아',
  // vi slang for Cambodia ("qua Cam làm", "việc bên Cam") and for working abroad.
  `(?<![\\p{L}])(?:nước ngoài|xuất khẩu lao động|(?:qua|sang|bên|ở) (?:cam|campu|cpc|miên)(?![\\p{L}]))`,
  // Asia named as the place by readers outside it.
  word('en asia|na ásia|barani asia|(?:nafasi|kazi)(?: za kazi)? (?:huko |nchini )?asia|in south ?east asia'),
  '(?<![\\p{L}])в (?:юго-восточной )?азии|እስያ',
  word('nuoc ngoai|luar negeri|luar negara|extranjero|(?:no|para o|ao|do) exterior|fora do país|nje ya nchi'),
  'ต่างประเทศ|ຕ່າງປະເທດ|បរទេស|ក្រៅប្រទេស|နိုင်ငံခြား|ပြည်ပ',
  'विदेश|बिदेश|বিদেশ|විදෙස්|විදේශ',
  '(?<![\\p{L}])(?:за границ|за рубеж)',
  'ውጭ\\s?(?:አገር|ሀገር)',
]);

// A licensed overseas-employment recruiter names its licence (POEA/DMW, BMET, SLBFE, Nepal's
// Department of Foreign Employment); scam-compound lures rarely do.
export const LICENSED = anyOfNormalised([
  word(
    '(?:poea|dmw|slbfe|bmet|dofe)(?: (?:licen[cs]e|lic\\.?|reg(?:istration)?\\.?|accredited))? ?(?:no\\.?|number|#) ?:? ?[a-z0-9-]*\\d|licen[cs]e (?:no\\.?|number|#) ?:? ?[a-z0-9-]*\\d|lic\\.? ?no\\.? ?:? ?[a-z0-9-]*\\d|r\\.?l\\.? ?(?:no\\.?|-) ?\\d',
  ),
  'लाइसे(?:न्|ं)स\\s?(?:नं|नम्बर|नंबर)|इजाजत\\s?पत्र\\s?(?:नं|नम्बर)',
  'লাইসেন্স\\s?(?:নং|নম্বর)|আরএল\\s?(?:নং|নম্বর)',
  'බලපත්ර\\s?(?:අංක|අං\\.)',
  // Licences and government schemes in the other languages (Kenya's NEA, Malaysia's JTKSM,
  // Indonesia's P3MI, Thai and Cambodian licences, Korea's EPS, Japan's Specified Skilled Worker).
  word(
    'leseni na\\.?|nea\\/ra\\/|(?:no\\.? )?lesen (?:jtksm|jtk)|kemnaker|sip3mi|p3mi|lpk terdaftar|eps(?:-?topik)?|employment permit system|tokutei ginou|specified skilled workers?|technical intern training|g2g|government[- ]to[- ]government|im japan|ptat|mou',
  ),
  'इजाजत\\s?(?:नं|नम्बर|प्राप्त)|ፈቃድ ቁጥር|ใบอนุญาตเลขที่|អាជ្ញាប័ណ្ណពីក្រសួង|特定技能|技能実習|고용허가제',
  // Licence numbers in Portuguese and Spanish ("licença 派23-301457", "licencia n.º 123").
  '(?<![\\p{L}])(?:licen[çc]a|licencia|licenciad[oa] (?:pelo|por el) minist[eé]rio)\\s(?:n\\.?[º°o]?\\.?\\s?)?\\S*\\d',
  // A fee or cost capped by law ("上限が法律で決められています").
  '(?:上限|上限額)が法律で|法律で(?:定め|決め)られ',
]);

/** The ad names a recruitment licence or a government labour scheme (see LICENSED). */
export function namesLicence(text: string): boolean {
  return findAll(text, LICENSED, 1).length > 0;
}

/** The job comes with the right to work there: what honest ads abroad say and lures leave out. */
export const LEGAL_WORK = anyOf([
  word('work permits?|work visas?|working visas?|employment (?:pass|visa)|labou?r (?:card|permit)|e-?migrate|poea|dmw licen[cs]e'),
  '工作签证|工作簽證|劳工证|勞工證|工作证|工作證|工作准证|工作準證|就労ビザ|ワークパーミット|就労許可|労働許可',
  '취업\\s?비자|워크\\s?퍼밋|노동\\s?허가',
  `(?<![\\p{L}])(?:giấy phép lao động|visa lao động)`,
  word('permit kerja|izin kerja|kitas|pas kerja|visa kerja'),
  'ใบอนุญาตทำงาน|เวิร์คเพอร์มิต|वर्क परमिट|वर्क वीजा|ওয়ার্ক পারমিট|ওয়ার্ক ভিসা',
  '(?<![\\p{L}])(?:разрешени\\p{L}* на работу|рабоч\\p{L}* виз)',
  word(
    'visto de trabalho|permiss[aã]o de trabalho|autoriza[cç][aã]o de trabalho|permiso de trabajo|permiso laboral|autorizaci[oó]n de trabajo|visa de trabajo|kibali cha kazi',
  ),
]);

// "Tak payah permit kerja", "kahit walang permit", "不需要工作签证": the right to work denied, not named.
const NOT_NEEDED_BEFORE =
  /(?:no|without|tak payah|tak perlu|tidak perlu|tanpa|walang|hindi kailangan(?: ng)?|không cần|ไม่ต้อง(?:มี|ทำ)?|不需要|不用|无需|無需|免)\s?(?:办理?|辦理?|a |the |any )?$/iu;

// "Work permit done on arrival", "permit kerja diuruskan selepas sampai", "到了再办工作证": the lure's
// promise after a tourist-visa entry, not a permit.
const LATER_AFTER =
  /^[^.。\n]{0,24}?(?:(?:on|upon|after) arrival|once (?:you )?(?:arrive|there)|later|selepas sampai|setelah (?:tiba|sampai)|sau khi (?:sang|đến|qua)|pagdating|到了|到达后|到達後|落地后|落地後|入境后|入境後|도착\s?후|到着後|เมื่อถึง|หลังจากถึง)/iu;

/** Does the ad say the job comes with a work permit or work visa (not that it needs none, or gets one later)? */
export function namesLegalWork(text: string): boolean {
  return findAll(text, LEGAL_WORK, 4).some(
    (m) => !NOT_NEEDED_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !LATER_AFTER.test(text.slice(m.end, m.end + 40)),
  );
}

// Where a text's readers live, by its script (a Nepali ad is in Devanagari too). Latin and Han
// script say nothing: English, Indonesian or Chinese ads come from anywhere.
const SCRIPT_HOMES: readonly [RegExp, readonly CountryCode[]][] = [
  [/[\uAC00-\uD7AF]/u, ['KR']],
  [/[\u3040-\u30FF]/u, ['JP']],
  [/[\u0E00-\u0E7F]/u, ['TH']],
  [/[\u1780-\u17FF]/u, ['KH']],
  [/[\u0E80-\u0EFF]/u, ['LA']],
  [/[\u1000-\u109F]/u, ['MM']],
  [/[\u0D80-\u0DFF]/u, ['LK']],
  [/[\u0980-\u09FF]/u, ['BD', 'IN']],
  [/[\u0900-\u097F]/u, ['IN', 'NP']],
  [/[\u1200-\u137F]/u, ['ET']],
  [/[\u0400-\u04FF]/u, ['RU']],
  [/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/iu, ['VN']],
];

// Where lures send people: the compound countries, Thailand (the usual way in) and Dubai.
const LURE_DESTINATIONS: ReadonlySet<CountryCode> = new Set(['KH', 'MM', 'LA', 'TH', 'AE']);

/** Where the readers of a text in this script live (the first is the script's main country). */
export function scriptHomes(text: string): readonly CountryCode[] | null {
  const sample = text.slice(0, 2000);
  for (const [re, c] of SCRIPT_HOMES) if (re.test(sample)) return c;
  return null;
}

/** Where the text points abroad: an "overseas" word, or the destination's first mention. */
export function abroadEvidence(text: string): Match | null {
  // Four signals ask about the same posting in a row: answer from the last call.
  if (text === last.text) return last.where;
  last = { text, where: findAbroad(text) };
  return last.where;
}

let last: { text: string; where: Match | null } = { text: '', where: null };

// "Overseas clients", "বিদেশি ক্লায়েন্ট", "海外客户", "khách hàng nước ngoài": the clients are abroad, not the job.
const CLIENTS_AFTER =
  /^\S{0,3}\s?(?:clients?|customers?|buyers?|partners?|markets?|brands?|projects?|ক্লায়েন্ট|ক্রেতা|বায়ার|ग्राहक|क्लाइंट|बाजार|客户|客戶|市场|市場|买家|買家|pelanggan|klien|pembeli|pasar|ลูกค้า|ตลาด|고객|바이어|시장|顧客|клиент|заказчик|рынк|mercados?|clientes?|wateja|soko)/iu;
const CLIENTS_BEFORE =
  /(?:khách hàng|thị trường|đối tác|đơn hàng|clients?|customers?|buyers?|markets?)\s(?:ở\s|tại\s|from\s|in\s)?$|国内\s?[、,，/和及与與]?\s?$|國內\s?[、,，/和及與]?\s?$|(?:local|domestic) (?:and|&|or|\/) ?$/iu;

// An overseas trip as a sales perk ("国外旅游", "每半年一次精英国外游", "해외여행 지원", "du lịch nước
// ngoài", "incentive trips abroad") is a holiday, not the place of work.
const TRIP_AFTER = /^\S{0,2}\s?(?:旅游|旅遊|游(?!戏|戲)|遊(?!戲)|旅行|度假|여행|연수 여행|trips?|tours?|vacations?|holidays?|incentive trips?)/iu;
const TRIP_BEFORE =
  /(?:(?:incentive |company |annual |free )?(?:trips?|tours?|vacations?|holidays?)|du lịch|đi chơi|liburan|melancong|wisata|jalan-jalan|เที่ยว|ท่องเที่ยว)\s?(?:to\s|ke\s|ไป)?$/iu;

function findAbroad(text: string): Match | null {
  const word = findAll(text, ABROAD, 5).find((m) => {
    const after = text.slice(m.end, m.end + 16);
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    return !CLIENTS_AFTER.test(after) && !CLIENTS_BEFORE.test(before) && !TRIP_AFTER.test(after) && !TRIP_BEFORE.test(before);
  });
  if (word) return word;
  const dest = detectDestination(text);
  if (dest === null) return null;
  const home = scriptHomes(text);
  const abroad = home ? !home.includes(dest.country) : LURE_DESTINATIONS.has(dest.country);
  return abroad ? dest.first : null;
}

export function pointsAbroad(text: string): boolean {
  return abroadEvidence(text) !== null;
}

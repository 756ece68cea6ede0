/**
 * age_range: an age window in the ad ("age 18-35", 18-35岁, tuổi 18-35, usia 18-35,
 * อายุ 18-35 ปี, 나이 18~35, आयु 18-35 वर्ष, বয়স ১৮-৩৫, возраст от 18 до 35). Common in genuine
 * Asian ads, so weak; a youth-only window (upper bound ≤ 30) or "any age/gender, high pay" is
 * a little stronger. Digits may be Khmer, Myanmar, Lao, Thai, Devanagari or Bengali; Korean
 * and Japanese decades (20~30대, 20代〜30代) reach the end of the upper decade.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, findAll, type Match, anyOfNormalised } from './pattern.ts';
import { makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

const D = '[0-9០-៩၀-၉໐-໙๐-๙०-९০-৯]';
/** Two digits, native or ASCII (for scripts with their own digits). */
const N = `(${D}{2})`;
/** Two ASCII digits: Latin, Cyrillic, CJK (NFKC makes full-width digits ASCII), Sinhala, Ethiopic. */
const NA = '(\\d{2})';
const NC = `${NA}\\s?(?:岁|歲|周岁|週歲|세|歳)?`;
const SEP = '\\s?(?:-|–|—|~|～|〜|to|至|到|đến|den|hingga|sampai|s\\/d|sd|ถึง|hanggang|hangang|and|から)\\s?';
const AGE = anyOfNormalised([
  // en, tl
  word(`(?:age[ds]?|aged between|between the ages of|edad|age (?:limit|range|requirement)s?)\\s?[:：]?\\s?(?:from |between |mula )?${NA}${SEP}${NA}`),
  word(`${NA}${SEP}${NA} (?:years? old|y\\/o|yrs? old|years of age|taong gulang)`),
  // zh, zh-Hant, ja, ko (units after the numbers)
  `(?:年龄|年齡|年纪|年紀)(?:要求|限|在|为|為|须|須)?\\s?[:：]?\\s?(?:在)?${NC}${SEP}${NA}`,
  `${NC}${SEP}${NA}\\s?(?:岁|歲|周岁|週歲|세|歳)`,
  // vi
  `(?<![\\p{L}])(?:tuổi|độ tuổi)(?: từ)?\\s?[:：]?\\s?${NA}${SEP}${NA}`,
  `${NA}${SEP}${NA} tuổi`,
  word(`(?:tuoi|do tuoi)(?: tu)?\\s?:?\\s?${NA}${SEP}${NA}|${NA}${SEP}${NA} tuoi`),
  // id / ms
  word(`(?:usia|umur|berumur|berusia)(?: (?:maks(?:imal)?|minimal|antara|di antara))?\\s?[:：]?\\s?${NA}${SEP}${NA}(?: (?:tahun|thn|th))?`),
  // th
  `อายุ\\s?(?:ระหว่าง\\s?)?${N}${SEP}${N}(?:\\s?ปี)?`,
  // km, my, lo
  `អាយុ\\s?(?:ចាប់)?(?:ពី)?\\s?${N}\\s?(?:ឆ្នាំ)?\\s?(?:-|–|~|ដល់|ទៅ)\\s?${N}`,
  `အသက်\\s?(?:\\(\\s?)?${N}\\s?(?:\\)\\s?)?(?:နှစ်)?\\s?(?:မှ|-|–|~)\\s?(?:\\(\\s?)?${N}(?:\\s?\\))?`,
  `ອາຍຸ\\s?(?:ແຕ່|ລະຫວ່າງ)?\\s?${N}\\s?(?:ປີ)?\\s?(?:-|–|~|ຫາ|ເຖິງ)\\s?${N}`,
  // ko / ja
  `(?:나이|연령)\\s?[:：]?\\s?(?:만\\s?)?${NC}${SEP}${NA}(?!\\s?대)`,
  `${NA}\\s?세\\s?이상\\s?${NA}\\s?세\\s?(?:이하|미만|까지)`,
  `(?:年齢)\\s?[:：]?\\s?${NC}${SEP}${NA}`,
  // hi (Devanagari and romanised), ne
  word(`(?:आयु|उम्र|उमर)(?:\\s?सीमा)?\\s?[:：]?\\s?${N}\\s?(?:से|-|–|~|to)\\s?${N}(?:\\s?(?:वर्ष|साल))?`),
  word(`(?:umar|umr|umra)\\s?:?\\s?${NA}\\s?(?:se|-|to)\\s?${NA}(?: (?:saal|sal|varsh))?`),
  word(`उमेर(?:\\s?हद)?\\s?[:：]?\\s?${N}\\s?(?:देखि|-|–|~)\\s?${N}(?:\\s?(?:वर्ष|बर्ष))?`),
  // bn, si
  word(`বয়স(?:সীমা)?\\s?[:：]?\\s?${N}\\s?(?:থেকে|-|–|~)\\s?${N}(?:\\s?বছর)?`),
  `වයස(?:\\s?(?:සීමාව|අවුරුදු|අවු\\.?))?\\s?[:：]?\\s?${NA}\\s?(?:ත්|-|–|~|සිට)\\s?${NA}`,
  `(?:අවුරුදු|අවු\\.)\\s?${NA}\\s?(?:-|–|ත්)\\s?${NA}`,
  // es / pt
  word(`(?:edad|idade)(?: entre)?\\s?:?\\s?(?:de |entre )?${NA}\\s?(?:a|y|e|-|–|até)\\s?${NA}`),
  word(`(?:entre|de) ${NA} (?:y|a|e) ${NA} (?:años|anos)(?! de (?:experiencia|experiência))`),
  // ru
  word(`возраст(?:ом)?\\s?:?\\s?(?:от )?${NA}\\s?(?:до|-|–)\\s?${NA}`),
  word(`(?<!(?:опыт|стаж)[а-яё ]{0,16})от ${NA} до ${NA} лет`),
  // sw, am
  word(`umri(?: wa| kati ya)?(?: miaka)?\\s?:?\\s?${NA}\\s?(?:hadi|mpaka|-|–|na)\\s?(?:miaka )?${NA}|miaka ${NA}\\s?(?:hadi|mpaka|-|–)\\s?${NA}`),
  `(?:እድሜ|ዕድሜ)\\s?[:፡]?\\s?(?:ከ)?\\s?${NA}\\s?(?:-|–|~|እስከ)\\s?${NA}`,
  `ከ\\s?${NA}\\s?(?:-|–|እስከ)\\s?${NA}\\s?(?:ዓመት|አመት)`,
]);
/** Korean and Japanese decades: 20~30대, 20代〜30代 (20 to 39). */
const DECADES = anyOfNormalised([
  `(?:나이|연령)\\s?[:：]?\\s?${NA}\\s?(?:대)?\\s?(?:~|-|〜|～)\\s?${NA}\\s?대`,
  `${NA}\\s?(?:대)?\\s?(?:~|-|〜|～)\\s?${NA}\\s?대\\s?(?:남녀|남성|여성|청년|분)`,
  `${NA}代\\s?(?:~|-|〜|～|から)\\s?${NA}代`,
]);
const ANY_AGE = anyOfNormalised([
  '年齢や性別を問わない|年齢性別不問|年龄性别不限|年齡性別不限',
  word('any age(?:,| or| and) (?:any )?gender|regardless of age (?:and|or) gender'),
]);

// Native digits → ASCII (each block's zero and the offset of its digits).
const NATIVE_DIGIT = /[០-៩၀-၉໐-໙๐-๙०-९০-৯]/g;
const ZEROS = [0x17e0, 0x1040, 0x0ed0, 0x0e50, 0x0966, 0x09e6];
function asciiDigits(s: string): string {
  return s.replace(NATIVE_DIGIT, (c) => {
    const code = c.charCodeAt(0);
    const zero = ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

function bounds(m: Match): [number, number] {
  const nums = asciiDigits(m.text).match(/\d{2}/g) ?? [];
  return [Number(nums[0]), Number(nums[1])];
}

function detectAgeRange(text: string): SignalHit | null {
  const spans: Match[] = [];
  let s = 0;
  const consider = (m: Match, lo: number, hi: number) => {
    if (!(lo >= 14 && lo <= 40 && hi > lo && hi <= 65)) return;
    spans.push(m);
    s = Math.max(s, hi <= 30 ? 0.3 : 0.2);
  };
  for (const m of findAll(text, AGE, 5)) {
    const [lo, hi] = bounds(m);
    consider(m, lo, hi);
  }
  for (const m of findAll(text, DECADES, 5)) {
    const [lo, hi] = bounds(m);
    if (lo % 10 === 0 && hi % 10 === 0) consider(m, lo, hi + 9);
  }
  const any = findAll(text, ANY_AGE, 2);
  if (any.length) {
    spans.push(...any);
    s = Math.max(s, 0.3);
  }
  if (!spans.length) return null;
  return makeHit('age_range', s, spans);
}

export const ageRange = defineSignal({
  id: 'age_range',
  label: 'Targets a narrow (young) age range',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectAgeRange,
});

/**
 * age_range: an age window in the ad ("age 18-35", 18-35岁, tuổi 18-35, usia 18-35,
 * อายุ 18-35 ปี, 나이 18~35). Common in genuine Asian ads, so weak; a youth-only window
 * (upper bound ≤ 30) or "any age/gender, high pay" is a little stronger.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf, findAll, type Match } from './pattern.ts';
import { makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

const N = '(\\d{2})';
const NC = '(\\d{2})\\s?(?:岁|歲|周岁|週歲|세|歳)?';
const SEP = '\\s?(?:-|–|—|~|～|〜|to|至|到|đến|hingga|sampai|s\\/d|ถึง)\\s?';
const AGE = anyOf([
  word(`(?:age[ds]?|aged between|between the ages of|edad)\\s?[:：]?\\s?(?:from |between )?${N}${SEP}${N}`),
  word(`${N}${SEP}${N} (?:years? old|y\\/?o|yrs? old|years of age|taong gulang)`),
  `(?:年龄|年齡|年纪|年紀)\\s?[:：]?\\s?${NC}${SEP}${N}`,
  `${N}${SEP}${N}\\s?(?:岁|歲|周岁|週歲|세|歳)`,
  `(?<![\\p{L}])(?:tuổi|độ tuổi)(?: từ)?\\s?[:：]?\\s?${N}${SEP}${N}`,
  `${N}${SEP}${N} tuổi`,
  word(`(?:usia|umur|age)(?: (?:maks(?:imal)?|minimal|antara))?\\s?[:：]?\\s?${N}${SEP}${N}(?: tahun)?`),
  `อายุ\\s?(?:ระหว่าง\\s?)?${N}${SEP}${N}(?:\\s?ปี)?`,
  `(?:나이|연령)\\s?[:：]?\\s?(?:만\\s?)?${NC}${SEP}${N}`,
  `(?:年齢)\\s?[:：]?\\s?${NC}${SEP}${N}`,
]);
const ANY_AGE = anyOf([
  '年齢や性別を問わない|年齢性別不問|年龄性别不限|年齡性別不限',
  word('any age(?:,| or| and) (?:any )?gender|regardless of age (?:and|or) gender'),
]);

function detectAgeRange(text: string): SignalHit | null {
  const spans: Match[] = [];
  let s = 0;
  for (const m of findAll(text, AGE, 5)) {
    const nums = m.text.match(/\d{2}/g) ?? [];
    const lo = Number(nums[0]);
    const hi = Number(nums[1]);
    if (!(lo >= 14 && lo <= 40 && hi > lo && hi <= 65)) continue;
    spans.push(m);
    s = Math.max(s, hi <= 30 ? 0.3 : 0.2);
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
  languages: ['en', 'zh', 'vi', 'id', 'th', 'ko', 'ja'],
  detect: detectAgeRange,
});

/**
 * The prefilter only skips work: on real and synthetic ads in every language, the signals (and
 * the salary figures, whose currency guess also consults it) are exactly those found with every
 * regex run. This holds the literal derivation to the detectors' actual patterns.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LOADERS } from '../../../training/data/loaders.ts';
import { generateSynthetic } from '../../../training/synthetic/generate.ts';
import { normaliseText } from '../normalise.ts';
import { parseSalaries } from '../salary.ts';
import { detectSignals } from './index.ts';
import { asksForYearsOfExperience, asksForYearsOfExperienceReference } from './high-pay.ts';
import { setPrefilterEnabled } from './prefilter.ts';

function sample(): string[] {
  const texts: string[] = [];
  for (const load of Object.values(LOADERS)) {
    const rows = load();
    const step = Math.max(1, Math.floor(rows.length / 120));
    for (let i = 0; i < rows.length; i += step) texts.push(rows[i]!.text);
  }
  for (const r of generateSynthetic({ seed: 17, perLang: 30 })) texts.push(r.text);
  return texts.map((t) => normaliseText(t));
}

describe('literal prefilter on the detectors', () => {
  afterAll(() => setPrefilterEnabled(true));

  it('changes no signal and no salary figure on real and synthetic ads', () => {
    const texts = sample();
    expect(texts.length).toBeGreaterThan(2000);
    const run = () => texts.map((t) => JSON.stringify([detectSignals(t), parseSalaries(t)]));
    setPrefilterEnabled(true);
    const fast = run();
    setPrefilterEnabled(false);
    const full = run();
    setPrefilterEnabled(true);
    const differ = texts.filter((_, i) => fast[i] !== full[i]).map((t) => t.slice(0, 120));
    expect(differ).toEqual([]);
    // The comparison covered many hits.
    expect(full.filter((x) => x !== '[[],[]]').length).toBeGreaterThan(1000);
  }, 180_000); // ~2,000 ads through every detector twice: 20–45 s on a loaded 2-core machine
});

describe('the two-step years-of-experience test', () => {
  it('answers as the single regex it replaces, on real and synthetic ads and edge cases', () => {
    const texts = [
      ...sample(),
      '3+ years of experience',
      'Experience: at least 5 years',
      'experience with 2-3 yrs',
      'trên 10 năm kinh nghiệm',
      '3年以上工作经验',
      '경력 3년 이상',
      'опыт работы от 3 лет',
      'Experience 12.5 years', // a decimal is not a count of years
      '1,5 years experience',
      'years of experience: 4 years',
      'experience\n3 years', // not across a line
    ].map((t) => normaliseText(t));
    const differ = texts.filter((t) => asksForYearsOfExperience(t) !== asksForYearsOfExperienceReference(t)).map((t) => t.slice(0, 120));
    expect(differ).toEqual([]);
    expect(texts.filter((t) => asksForYearsOfExperienceReference(t)).length).toBeGreaterThan(300);
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignalHit } from '../shared/types.ts';
import { LOADERS } from '../../training/data/loaders.ts';
import { generateSynthetic } from '../../training/synthetic/generate.ts';
import { BIAS_ID, DEFAULT_FEATURE_CONFIG, EXTRA_DENSE_NAMES, denseFeatureNames, featurize, type FeatureConfig } from './features.ts';
import { featurizeIdsReference } from './features.reference.ts';
import { normaliseText } from './normalise.ts';

const IDS = ['high_pay', 'lure_bundle', 'messaging_contact'];
const hit = (id: string, strength: number): SignalHit => ({ id, strength, evidence: [] });

describe('featurize', () => {
  it('always starts with the bias id, even for empty text', () => {
    const f = featurize('', [], IDS, DEFAULT_FEATURE_CONFIG);
    expect(Array.from(f.ids)).toEqual([BIAS_ID]);
    expect(f.dense.length).toBe(IDS.length + EXTRA_DENSE_NAMES.length);
  });

  it('is deterministic and keeps ids inside the table', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const a = featurize(s, [], IDS, DEFAULT_FEATURE_CONFIG);
        const b = featurize(s, [], IDS, DEFAULT_FEATURE_CONFIG);
        expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
        expect(a.ids[0]).toBe(BIAS_ID);
        for (const id of a.ids) {
          expect(id).toBeGreaterThanOrEqual(0);
          expect(id).toBeLessThan(DEFAULT_FEATURE_CONFIG.buckets);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is case-insensitive and yields char n-grams for scripts without spaces', () => {
    const a = featurize('Telegram HIRING', [], IDS, DEFAULT_FEATURE_CONFIG);
    const b = featurize('telegram hiring', [], IDS, DEFAULT_FEATURE_CONFIG);
    expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
    for (const s of ['包吃包住报销机票', 'ที่พักฟรีอาหารฟรี', 'ស្នាក់នៅឥតគិតថ្លៃ', 'နေစရာစားစရာအခမဲ့', '渡航費無料']) {
      expect(featurize(s, [], IDS, DEFAULT_FEATURE_CONFIG).ids.length).toBeGreaterThan(s.length);
    }
  });

  it('caps the number of ids at maxTokens for huge inputs', () => {
    const big = 'free flight visa food telegram '.repeat(200_000); // ~6 MB
    const f = featurize(big, [], IDS, DEFAULT_FEATURE_CONFIG);
    expect(f.ids.length).toBe(DEFAULT_FEATURE_CONFIG.maxTokens);
  });

  it('dense: max strength per signal id, unknown ids ignored, combination flags', () => {
    const f = featurize('x', [hit('lure_bundle', 0.3), hit('lure_bundle', 0.8), hit('nope', 1), hit('high_pay', 0.6)], IDS, DEFAULT_FEATURE_CONFIG);
    expect(Array.from(f.dense.slice(0, 3))).toEqual([Math.fround(0.6), Math.fround(0.8), 0]);
    expect(Array.from(f.dense.slice(3))).toEqual([1, 0, 0]);
    expect(denseFeatureNames(IDS)).toEqual([...IDS, ...EXTRA_DENSE_NAMES]);
  });
});

// The shipped model was trained on exactly these ids: the fast featurize must give, id for id
// and in order, what the plain reference implementation gives.
describe('featurize matches the reference implementation', () => {
  const same = (text: string, cfg: FeatureConfig = DEFAULT_FEATURE_CONFIG): void => {
    const got = Array.from(featurize(text, [], IDS, cfg).ids);
    const want = Array.from(featurizeIdsReference(text, cfg));
    if (got.length !== want.length || got.some((v, i) => v !== want[i])) {
      expect({ text: text.slice(0, 200), ids: got }).toEqual({ text: text.slice(0, 200), ids: want });
    }
  };

  // Pieces that exercise every branch: words, long words (> 40 chars), no-space scripts, runs
  // longer than 400 chars, emoji and currency symbols, astral letters, lone surrogates, marks.
  const PIECES = [
    'Telegram',
    'HIRING',
    'data entry',
    'lương 25 triệu',
    'gaji Rp 8 juta',
    'x'.repeat(45),
    'ä'.repeat(41) + '𝒜',
    '包吃包住报销机票',
    'ที่พักฟรีอาหารฟรี',
    'ស្នាក់នៅឥតគិតថ្លៃ',
    'နေစရာစားစရာအခမဲ့',
    '渡航費無料',
    'カスタマーサポート',
    '고수익 알바',
    '中'.repeat(399) + '𠀀' + '文'.repeat(5),
    'ไทย'.repeat(150),
    '✈️💰🔥',
    '$3,500',
    '€',
    '₱',
    '\uD800',
    '\uDC00x',
    'é',
    'e\u0301',
    '𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦',
    '\n',
    ' ',
    '.',
    '—',
    '12',
    'İ',
    'ẞ',
    'Σσς',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 12 })), { maxLength: 60 })
    .map((xs) => xs.join(' '));

  it('on random text in every script, including broken Unicode', () => {
    fc.assert(
      fc.property(text, (t) => same(t)),
      { numRuns: 400 },
    );
  });

  it('with other n-gram orders and small token caps', () => {
    const cfg = fc.record({
      buckets: fc.integer({ min: 2, max: 1 << 20 }),
      wordNgrams: fc.subarray([1, 2, 3, 4], { minLength: 0 }),
      charNgrams: fc.subarray([1, 2, 3, 4, 5], { minLength: 0 }),
      seed: fc.integer(),
      maxTokens: fc.integer({ min: 1, max: 400 }),
    });
    fc.assert(
      fc.property(text, cfg, (t, c) => same(t, c)),
      { numRuns: 300 },
    );
  });

  it('on synthetic ads in all eleven languages', () => {
    const rows = generateSynthetic({ seed: 11, perLang: 12 });
    expect(new Set(rows.map((r) => r.lang)).size).toBeGreaterThanOrEqual(10);
    for (const r of rows) same(normaliseText(r.text));
  });

  it('on real ads from ../shared/data (en, vi, th, ko, id)', () => {
    let n = 0;
    for (const source of [
      'emscad_fraudulent_866',
      'vn_careerviet_topcv_vietnamworks_2025',
      'th_jobthai_2025',
      'wanted_kr',
      'ph_jobstreet_linkedin_kalibrr_2025',
      'id_linkedin_jobstreet_2024_hck022',
    ]) {
      const load = LOADERS[source];
      if (!load) throw new Error(`no loader for ${source}`);
      for (const r of load().slice(0, 150)) {
        same(normaliseText(r.text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(600);
  });
});

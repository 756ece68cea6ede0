import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignalHit } from '../shared/types.ts';
import { BIAS_ID, DEFAULT_FEATURE_CONFIG, EXTRA_DENSE_NAMES, denseFeatureNames, featurize } from './features.ts';

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
    const t0 = Date.now();
    const f = featurize(big, [], IDS, DEFAULT_FEATURE_CONFIG);
    expect(f.ids.length).toBe(DEFAULT_FEATURE_CONFIG.maxTokens);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('dense: max strength per signal id, unknown ids ignored, combination flags', () => {
    const f = featurize('x', [hit('lure_bundle', 0.3), hit('lure_bundle', 0.8), hit('nope', 1), hit('high_pay', 0.6)], IDS, DEFAULT_FEATURE_CONFIG);
    expect(Array.from(f.dense.slice(0, 3))).toEqual([Math.fround(0.6), Math.fround(0.8), 0]);
    expect(Array.from(f.dense.slice(3))).toEqual([1, 0, 0]);
    expect(denseFeatureNames(IDS)).toEqual([...IDS, ...EXTRA_DENSE_NAMES]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Reason } from '../shared/types.ts';
import { cappedScore, evidenceCeiling, evidenceCount, riskTier, scoreTier } from './policy.ts';

const T = { medium: 0.4, high: 0.8 };
const r = (id: string, evidence: string[] = ['quoted text'], contribution = 1): Reason => ({ id, label: id, evidence, contribution });

describe('verdict policy', () => {
  it('the score alone cuts at the thresholds, inclusive', () => {
    expect([0.39999, 0.4, 0.79, 0.8, 1].map((s) => scoreTier(s, T))).toEqual(['low', 'medium', 'medium', 'high', 'high']);
  });

  it('high needs two distinct red flags with evidence, medium one, none is low', () => {
    expect(riskTier(0.99, T, [])).toBe('low');
    expect(riskTier(0.99, T, [r('lure_bundle')])).toBe('medium');
    expect(riskTier(0.99, T, [r('lure_bundle'), r('messaging_contact')])).toBe('high');
    // The same signal twice is one reason.
    expect(riskTier(0.99, T, [r('lure_bundle'), r('lure_bundle')])).toBe('medium');
  });

  it('never raises a tier: evidence caps the score, it does not replace it', () => {
    expect(riskTier(0.1, T, [r('lure_bundle'), r('messaging_contact'), r('urgency')])).toBe('low');
    expect(riskTier(0.5, T, [r('lure_bundle'), r('messaging_contact')])).toBe('medium');
  });

  it('reasons without evidence, or that lowered the score, do not count', () => {
    expect(evidenceCount([r('lure_bundle', []), r('urgency', ['now'], -0.3)])).toBe(0);
    expect(evidenceCeiling([r('lure_bundle', []), r('messaging_contact')])).toBe('medium');
  });

  it('a hub place counts only beside a red flag, and at most once', () => {
    expect(evidenceCeiling([r('scam_hub_location')])).toBe('low');
    expect(evidenceCeiling([r('scam_hub_location'), r('high_pay')])).toBe('high');
    expect(evidenceCount([r('scam_hub_location'), r('high_pay')])).toBe(2);
  });

  it('a capped score stays inside the allowed tier and keeps its order', () => {
    for (const ceiling of ['low', 'medium'] as const) {
      const top = ceiling === 'low' ? T.medium : T.high;
      const a = cappedScore(0.97, T, ceiling);
      const b = cappedScore(0.99, T, ceiling);
      expect(a).toBeLessThan(b);
      expect(b).toBeLessThan(top);
      expect(scoreTier(b, T)).toBe(ceiling === 'low' ? 'low' : 'medium');
    }
    expect(cappedScore(0.3, T, 'low')).toBe(0.3);
    expect(cappedScore(0.99, T, 'high')).toBe(0.99);
  });
});

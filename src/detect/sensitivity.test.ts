import { describe, expect, it } from 'vitest';
import { MODEL_META } from './model-meta.ts';
import { retier, scaleOdds, thresholdsFor } from './sensitivity.ts';
import type { Verdict } from '../shared/types.ts';

const shipped = MODEL_META.thresholds;
// Two red flags with evidence: the policy allows any tier, so only the score decides here.
const TWO_REASONS: Verdict['reasons'] = [
  { id: 'lure_bundle', label: 'l', evidence: ['free flight'], contribution: 1 },
  { id: 'messaging_contact', label: 'm', evidence: ['Telegram'], contribution: 1 },
];
const v = (score: number, risk: Verdict['risk']): Verdict => ({ score, risk, reasons: TWO_REASONS, model: 'm' });

describe('sensitivity', () => {
  it('balanced is exactly the shipped thresholds', () => {
    expect(thresholdsFor('balanced', shipped)).toEqual(shipped);
  });

  it('cautious halves and relaxed doubles the odds of each cut-off', () => {
    const c = thresholdsFor('cautious', shipped);
    const r = thresholdsFor('relaxed', shipped);
    const odds = (p: number) => p / (1 - p);
    expect(odds(c.medium) / odds(shipped.medium)).toBeCloseTo(0.5, 10);
    expect(odds(r.high) / odds(shipped.high)).toBeCloseTo(2, 10);
    expect(c.medium).toBeLessThan(shipped.medium);
    expect(c.high).toBeLessThan(shipped.high);
    expect(r.medium).toBeGreaterThan(shipped.medium);
    expect(r.high).toBeGreaterThan(shipped.high);
    for (const t of [c, r]) expect(t.medium).toBeLessThan(t.high);
    // The figures the options page and README quote.
    expect(c.medium).toBeCloseTo(0.0471, 4);
    expect(c.high).toBeCloseTo(0.1867, 4);
    expect(r.medium).toBeCloseTo(0.1651, 4);
    expect(r.high).toBeCloseTo(0.4787, 4);
  });

  it('leaves 0 and 1 where they are', () => {
    expect(scaleOdds(0, 2)).toBe(0);
    expect(scaleOdds(1, 0.5)).toBe(1);
  });

  it('re-tiers a borderline score and nothing else', () => {
    const borderline = v(0.15, 'medium');
    expect(retier(borderline, thresholdsFor('relaxed', shipped)).risk).toBe('low');
    expect(retier(borderline, thresholdsFor('cautious', shipped)).risk).toBe('medium');
    expect(retier(v(0.4, 'medium'), thresholdsFor('cautious', shipped)).risk).toBe('high');
    const same = v(0.9, 'high');
    expect(retier(same, thresholdsFor('relaxed', shipped))).toBe(same);
    const r = retier(borderline, thresholdsFor('relaxed', shipped));
    expect(r.score).toBe(0.15);
    expect(borderline.risk).toBe('medium'); // not mutated
  });

  it('a cautious setting never lifts a posting above what its evidence allows', () => {
    const noReasons: Verdict = { score: 0.4, risk: 'low', reasons: [], model: 'm' };
    expect(retier(noReasons, thresholdsFor('cautious', shipped)).risk).toBe('low');
    const oneReason: Verdict = { ...noReasons, reasons: TWO_REASONS.slice(0, 1) };
    expect(retier(oneReason, thresholdsFor('cautious', shipped)).risk).toBe('medium');
  });
});

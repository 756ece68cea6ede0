import { describe, expect, it } from 'vitest';
import type { SignalHit } from '../shared/types.ts';
import { buildReasons, buildVerdict, riskTier } from './verdict.ts';

const T = { medium: 0.4, high: 0.8 };

const hit = (id: string, strength: number, ...texts: string[]): SignalHit => ({
  id,
  strength,
  evidence: texts.map((text) => ({ text, start: 0, end: text.length })),
});

describe('riskTier', () => {
  it('cuts at the shipped thresholds, inclusive', () => {
    expect(riskTier(0.39999, T)).toBe('low');
    expect(riskTier(0.4, T)).toBe('medium');
    expect(riskTier(0.79, T)).toBe('medium');
    expect(riskTier(0.8, T)).toBe('high');
    expect(riskTier(1, T)).toBe('high');
  });
});

describe('buildReasons', () => {
  it('lists only signals that raised the score, strongest contribution first, merging repeats', () => {
    const reasons = buildReasons(
      [
        hit('messaging_contact', 1, 'Telegram @a'),
        hit('lure_bundle', 0.75, 'free flight'),
        hit('messaging_contact', 0.5, 'WhatsApp'),
        hit('urgency', 1, 'URGENT'),
      ],
      { messaging_contact: 0.9, lure_bundle: 1.7, urgency: -0.2 },
    );
    expect(reasons.map((r) => r.id)).toEqual(['lure_bundle', 'messaging_contact']);
    expect(reasons[1]?.evidence).toEqual(['Telegram @a', 'WhatsApp']);
    expect(reasons[0]?.label).not.toBe('lure_bundle');
  });

  it('clips long evidence and keeps at most three quotes per reason', () => {
    const long = 'x'.repeat(1000);
    const [r] = buildReasons([hit('urgency', 1, long, 'a', 'b', 'c')], { urgency: 1 });
    expect(r?.evidence).toHaveLength(3);
    expect(r?.evidence[0]?.length).toBeLessThanOrEqual(160);
  });
});

describe('buildVerdict', () => {
  it('keeps the score in [0,1] and names the model', () => {
    const v = buildVerdict(1.2, [], {}, T, 'm1');
    expect(v).toEqual({ score: 1, risk: 'high', reasons: [], model: 'm1' });
    expect(buildVerdict(-0.1, [], {}, T, 'm1').score).toBe(0);
  });
});

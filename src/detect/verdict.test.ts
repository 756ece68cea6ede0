import { describe, expect, it } from 'vitest';
import type { SignalHit } from '../shared/types.ts';
import { buildReasons, buildVerdict } from './verdict.ts';

const T = { medium: 0.4, high: 0.8 };

const hit = (id: string, strength: number, ...texts: string[]): SignalHit => ({
  id,
  strength,
  evidence: texts.map((text) => ({ text, start: 0, end: text.length })),
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
    const two = [hit('lure_bundle', 1, 'free flight'), hit('messaging_contact', 1, 'Telegram')];
    const v = buildVerdict(1.2, two, { lure_bundle: 1, messaging_contact: 1 }, T, 'm1');
    expect(v).toMatchObject({ score: 1, risk: 'high', model: 'm1' });
    expect(buildVerdict(-0.1, [], {}, T, 'm1').score).toBe(0);
  });

  it('a high score without reasons is low, its score scaled below the medium cut-off', () => {
    const v = buildVerdict(0.99, [], {}, T, 'm1');
    expect(v.risk).toBe('low');
    expect(v.score).toBeLessThan(T.medium);
    // Order among capped postings is kept.
    expect(buildVerdict(0.9, [], {}, T, 'm1').score).toBeLessThan(v.score);
  });

  it('one red flag makes at most medium; a hub place alone makes nothing', () => {
    const one = buildVerdict(0.95, [hit('passport_or_fee', 1, 'pay the processing fee')], { passport_or_fee: 2 }, T, 'm1');
    expect(one.risk).toBe('medium');
    expect(one.score).toBeLessThan(T.high);
    expect(one.score).toBeGreaterThanOrEqual(T.medium);
    const hub = buildVerdict(0.95, [hit('scam_hub_location', 0.7, 'Sihanoukville')], { scam_hub_location: 1 }, T, 'm1');
    expect(hub.risk).toBe('low');
    expect(hub.reasons.map((r) => r.id)).toEqual(['scam_hub_location']);
  });
});

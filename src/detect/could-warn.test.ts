/**
 * couldWarn is the gate's promise: a text it says no to is never rated medium or above. Checked
 * against the shipped model on every signal example (fires and quiet, every language) and on
 * the synthetic feed posts, and on texts with context signals only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gatePosts } from '../../test/fixtures/feeds/gate-feeds.ts';
import type { Engine } from './engine.ts';
import { couldWarn, REASON_SIGNAL_IDS, warnableRedFlags } from './could-warn.ts';
import { loadNodeEngine } from './node-engine.ts';
import type { SignalExamples } from './signals/signal.ts';

const EXAMPLES = import.meta.glob<{ default: SignalExamples }>('./signals/examples/*.ts', { eager: true });

function exampleTexts(): string[] {
  const out: string[] = [];
  for (const mod of Object.values(EXAMPLES)) {
    for (const list of [...Object.values(mod.default.fires), ...Object.values(mod.default.quiet)]) out.push(...(list ?? []));
  }
  return out;
}

describe('couldWarn', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadNodeEngine();
  }, 60_000);

  it('asks only the signals that can be reasons (no weak cue)', () => {
    expect(REASON_SIGNAL_IDS).not.toContain('generic_role');
    expect(REASON_SIGNAL_IDS).not.toContain('social_format');
    expect(REASON_SIGNAL_IDS).toContain('high_pay');
  });

  it('says no to empty text and to a place alone (a context signal never carries a warning)', () => {
    expect(couldWarn('')).toBe(false);
    expect(warnableRedFlags('Our team meets in Sihanoukville every year for the festival.')).not.toContain('scam_hub_location');
  });

  it('never says no to a text the model rates medium or above', async () => {
    const texts = [...exampleTexts(), ...gatePosts().map((p) => p.text)];
    expect(texts.length).toBeGreaterThan(500);
    const missed: string[] = [];
    for (const text of texts) {
      const v = await engine.score({ text });
      if (v.risk !== 'low' && !couldWarn(text)) missed.push(text);
    }
    expect(missed).toEqual([]);
  }, 120_000);
});

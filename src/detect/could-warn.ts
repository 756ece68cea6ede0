/**
 * Could the detector warn about this text? The evidence policy (policy.ts) lets a verdict reach
 * medium only with at least one red-flag reason that is not context: a hit of a non-weak signal,
 * with evidence, whose signal is not a context signal and whose hit is not marked context. This
 * asks exactly that of the same detectors, on the same normalised and revealed text the engine
 * reads, without the model. A text it says no to can never be rated medium or above, whatever
 * the score; it says yes to more than the model warns about (the score still decides), which is
 * what a gate that must not miss a lure wants. Pure and model-free, so a content script can run it.
 */
import { normaliseText } from './normalise.ts';
import { CONTEXT_SIGNALS } from './policy.ts';
import { revealDisguises } from './reveal.ts';
import { detectSignals, SIGNALS } from './signals/index.ts';
import { WARM_UP_SAMPLES } from './warm-up-samples.ts';

/** The signals that can become reasons (weak cues never are). */
export const REASON_SIGNAL_IDS: readonly string[] = SIGNALS.filter((s) => !('weak' in s && s.weak === true)).map((s) => s.id);

/** The red flags on `text` that could carry a medium verdict (ids, in signal order); empty when none. */
export function warnableRedFlags(text: string): string[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const revealed = revealDisguises(normaliseText(text));
  // detectSignals runs each detector on its own, so asking only for the reason-capable ones
  // gives the same hits for them as the engine's run over the model's inputs.
  return detectSignals(revealed.text, REASON_SIGNAL_IDS)
    .filter((h) => h.evidence.length > 0 && h.context !== true && !CONTEXT_SIGNALS.has(h.id))
    .map((h) => h.id);
}

/** True when at least one red flag that could carry a medium verdict fires on `text`. */
export function couldWarn(text: string): boolean {
  return warnableRedFlags(text).length > 0;
}

/**
 * The detectors' first runs compile their patterns (hundreds of ms in all, one pattern at a
 * time). A content script runs this in idle slices before its first scan, one signal and one
 * script's line per step, so that the compile does not land inside the slice reading a post.
 */
export function* couldWarnWarmUpSteps(): Generator<void, void, void> {
  for (const sample of WARM_UP_SAMPLES) {
    const revealed = revealDisguises(normaliseText(sample));
    yield;
    for (const id of REASON_SIGNAL_IDS) {
      detectSignals(revealed.text, [id]);
      yield;
    }
  }
}

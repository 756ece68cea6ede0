// CONTRACT (stub, being replaced): red-flag signal detection.
import type { SignalHit } from '../../shared/types.ts';

/** Ordered list of every signal id; the order is the model's dense-feature order. */
export const SIGNAL_IDS = [] as const satisfies readonly string[];

/** English labels per signal id (UI translations live in _locales). */
export const SIGNAL_LABELS: Record<string, string> = {};

/** Runs every red-flag detector over already-normalised text. */
export function detectSignals(_normalisedText: string): SignalHit[] {
  return [];
}

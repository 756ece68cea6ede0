import type { SignalHit } from '../../shared/types.ts';

/**
 * Languages a detector can claim (BCP-47 primary tags; zh is Simplified, zh-Hant Traditional):
 * those of the people scam compounds recruit and of the recruiters who write to them.
 */
export const SIGNAL_LANGUAGES = [
  'en',
  'zh',
  'zh-Hant',
  'vi',
  'id',
  'ms',
  'tl',
  'th',
  'km',
  'my',
  'lo',
  'ja',
  'ko',
  'hi',
  'bn',
  'ne',
  'si',
  'es',
  'pt',
  'ru',
  'sw',
  'am',
] as const;
export type SignalLanguage = (typeof SIGNAL_LANGUAGES)[number];

/** One red-flag signal: its own file, registered in index.ts. */
export interface Signal<Id extends string = string> {
  readonly id: Id;
  /** Short English label shown with a reason; the locale files translate it as `signal_<id>`. */
  readonly label: string;
  /** Languages whose wording the detector knows; each has examples in examples/<id>.ts. */
  readonly languages: readonly SignalLanguage[];
  /**
   * A weak cue, common in genuine ads too: detected (other signals may use it as context) but
   * never a model input, so never shown as a reason.
   */
  readonly weak?: true;
  /** Strength in (0, 1] with verbatim evidence spans of the normalised text, or null. */
  readonly detect: (normalisedText: string) => SignalHit | null;
}

export function defineSignal<const Id extends string>(signal: Signal<Id>): Signal<Id> {
  return signal;
}

/** Test examples of a signal, by language: texts it must fire on (at least `min`), and texts it must not fire on. */
export interface SignalExamples {
  min?: number;
  fires: Partial<Record<SignalLanguage, readonly string[]>>;
  quiet: Partial<Record<SignalLanguage, readonly string[]>>;
}

/**
 * Rule-based red-flag signals for scam-compound recruitment lures.
 *
 * `detectSignals(normalisedText)` runs every detector over the whole posting (title, company,
 * location, salary and body joined with newlines, already passed through normaliseText).
 * Each hit carries a strength in [0,1] and verbatim evidence spans; the ML model uses the
 * strengths as dense features in SIGNAL_IDS order. Each signal is one file named after its id.
 */
import type { SignalHit } from '../../shared/types.ts';
import { ageRange } from './age-range.ts';
import { commissionBonus } from './commission-bonus.ts';
import { destinationChange } from './destination-change.ts';
import { easyWorkNoExperience } from './easy-work-no-experience.ts';
import { genericRole } from './generic-role.ts';
import { highPay } from './high-pay.ts';
import { jobAbroad } from './job-abroad.ts';
import { lureBundle } from './lure-bundle.ts';
import { messagingContact } from './messaging-contact.ts';
import { officeJobAbroad } from './office-job-abroad.ts';
import { passportOrFee } from './passport-or-fee.ts';
import { reassurance } from './reassurance.ts';
import { referralRecruiters } from './referral-recruiters.ts';
import { scamHubLocation } from './scam-hub-location.ts';
import { socialFormat } from './social-format.ts';
import { touristVisaTravel } from './tourist-visa-travel.ts';
import { urgency } from './urgency.ts';
import { vagueEmployer } from './vague-employer.ts';

/**
 * Every signal, in the model's dense-feature order. Only ever APPEND: a trained model reads its
 * inputs by position. Ids, labels and detectors all derive from this list.
 */
export const SIGNALS = [
  highPay,
  lureBundle,
  messagingContact,
  touristVisaTravel,
  vagueEmployer,
  easyWorkNoExperience,
  scamHubLocation,
  urgency,
  ageRange,
  passportOrFee,
  reassurance,
  commissionBonus,
  genericRole,
  socialFormat,
  referralRecruiters,
  destinationChange,
  jobAbroad,
  officeJobAbroad,
] as const;

export type SignalId = (typeof SIGNALS)[number]['id'];

export const SIGNAL_IDS: readonly SignalId[] = SIGNALS.map((s) => s.id);

/** Short English labels users see (UI translations live in _locales as signal_<id>). */
export const SIGNAL_LABELS = Object.fromEntries(SIGNALS.map((s) => [s.id, s.label])) as Record<SignalId, string>;

/** Detectors see at most this many characters (a job ad is a few kB). */
export const MAX_SIGNAL_TEXT = 100_000;

function isValidHit(h: SignalHit, text: string): boolean {
  if (!(h.strength > 0 && h.strength <= 1)) return false;
  return h.evidence.every((e) => e.start >= 0 && e.end <= text.length && text.slice(e.start, e.end) === e.text);
}

/**
 * Runs the red-flag detectors over already-normalised text: all of them, or only those in
 * `only` (the scorer asks for the model's inputs; the others could never become reasons).
 * Never throws.
 */
export function detectSignals(normalisedText: string, only?: readonly string[]): SignalHit[] {
  if (typeof normalisedText !== 'string' || normalisedText.length === 0) return [];
  const text = normalisedText.length > MAX_SIGNAL_TEXT ? normalisedText.slice(0, MAX_SIGNAL_TEXT) : normalisedText;
  const hits: SignalHit[] = [];
  for (const { id, detect } of SIGNALS) {
    if (only && !only.includes(id)) continue;
    try {
      const h = detect(text);
      if (h && h.id === id && isValidHit(h, text)) hits.push(h);
    } catch {
      // A detector bug must never break scanning; skip that signal.
    }
  }
  return hits;
}

/** Dense feature vector in SIGNAL_IDS order (0 where a signal did not fire). */
export function signalVector(hits: readonly SignalHit[]): number[] {
  const byId = new Map(hits.map((h) => [h.id, h.strength]));
  return SIGNAL_IDS.map((id) => byId.get(id) ?? 0);
}

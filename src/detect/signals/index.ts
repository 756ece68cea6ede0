/**
 * Rule-based red-flag signals for scam-compound recruitment lures.
 *
 * `detectSignals(normalisedText)` runs every detector over the whole posting (title, company,
 * location, salary and body joined with newlines, already passed through normaliseText).
 * Each hit carries a strength in [0,1] and verbatim evidence spans; the ML model uses the
 * strengths as dense features in SIGNAL_IDS order.
 */
import type { SignalHit } from '../../shared/types.ts';
import { detectMessagingContact } from './contact.ts';
import { detectAgeRange } from './demographics.ts';
import { detectPassportOrFee } from './documents.ts';
import { detectVagueEmployer } from './employer.ts';
import { detectSocialFormat } from './format.ts';
import { detectScamHubLocation } from './location.ts';
import { detectCommissionBonus, detectHighPay } from './pay.ts';
import { detectLureBundle } from './perks.ts';
import { detectReassurance } from './reassurance.ts';
import { detectReferralRecruiters } from './referral.ts';
import { detectTouristVisaTravel } from './travel.ts';
import { detectUrgency } from './urgency.ts';
import { detectEasyWork, detectGenericRole } from './work.ts';

/**
 * Ordered list of every signal id; the order is the model's dense-feature order.
 * Only ever APPEND new ids.
 */
export const SIGNAL_IDS = [
  'high_pay',
  'lure_bundle',
  'messaging_contact',
  'tourist_visa_travel',
  'vague_employer',
  'easy_work_no_experience',
  'scam_hub_location',
  'urgency',
  'age_range',
  'passport_or_fee',
  'reassurance',
  'commission_bonus',
  'generic_role',
  'social_format',
  'referral_recruiters',
] as const;

export type SignalId = (typeof SIGNAL_IDS)[number];

/** Short English labels users see (UI translations live in _locales). */
export const SIGNAL_LABELS: Record<SignalId, string> = {
  high_pay: 'Pay far above normal for this kind of job',
  lure_bundle: 'Free flight, visa, food and room offered together',
  messaging_contact: 'Apply only through Telegram, WhatsApp or a private chat',
  tourist_visa_travel: 'Told to travel on a tourist visa or cross a border informally',
  vague_employer: 'Employer not named ("foreign company", "confidential")',
  easy_work_no_experience: 'Easy work, no experience or education needed',
  scam_hub_location: 'Job located in a known scam-compound area',
  urgency: 'Pressure to decide or travel quickly',
  age_range: 'Targets a narrow (young) age range',
  passport_or_fee: 'Asks for your passport or a fee, or sends travel money',
  reassurance: 'Insists it is "100% legal" or "not a scam"',
  commission_bonus: 'Bonus, commission, salary advance or debt payoff on a basic job',
  generic_role: 'Vague role: customer service, typing, data entry, online marketing',
  social_format: 'Social-media style post (many emoji, all caps)',
  referral_recruiters: 'Pays you to recruit friends or other people',
};

type Detector = (text: string) => SignalHit | null;

const DETECTORS: ReadonlyArray<readonly [SignalId, Detector]> = [
  ['high_pay', detectHighPay],
  ['lure_bundle', detectLureBundle],
  ['messaging_contact', detectMessagingContact],
  ['tourist_visa_travel', detectTouristVisaTravel],
  ['vague_employer', detectVagueEmployer],
  ['easy_work_no_experience', detectEasyWork],
  ['scam_hub_location', detectScamHubLocation],
  ['urgency', detectUrgency],
  ['age_range', detectAgeRange],
  ['passport_or_fee', detectPassportOrFee],
  ['reassurance', detectReassurance],
  ['commission_bonus', detectCommissionBonus],
  ['generic_role', detectGenericRole],
  ['social_format', detectSocialFormat],
  ['referral_recruiters', detectReferralRecruiters],
];

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
  for (const [id, detect] of DETECTORS) {
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

/**
 * The verdict policy: a warning is a claim we must be able to explain. The model's score places
 * a posting among the tiers; the evidence sets the highest tier it may reach:
 *
 * - high needs at least two distinct red-flag reasons, each with evidence from the text;
 * - medium needs at least one;
 * - a posting without such a reason is low, whatever its score.
 *
 * Context signals (a known hub as the place of work, a job abroad, an age range) and context hits of other
 * signals (food and room with no travel perk, a plain bonus, the perks of a named licence or
 * government scheme; for a job at home: "no experience needed", a typing-speed requirement, a bare
 * "high salary", plain "urgent hiring", commission on a support job, a 微信/Zalo/LINE contact or a
 * chat app offered beside an email, the office or a phone call) are real reasons and are shown,
 * but never count on their own: they add to a red flag, they do not stand in for one. Weak cues (generic
 * role, emoji) are never reasons at all (see `weak` in signals/signal.ts). The user's
 * sensitivity moves the score cut-offs (sensitivity.ts); this policy applies on top of it.
 */
import type { Reason, RiskTier } from '../shared/types.ts';

export interface Thresholds {
  medium: number;
  high: number;
}

/** Signals that support a warning but cannot carry one alone. */
export const CONTEXT_SIGNALS: ReadonlySet<string> = new Set(['scam_hub_location', 'age_range', 'job_abroad']);

const ORDER: Record<RiskTier, number> = { low: 0, medium: 1, high: 2 };

/** The tier the score alone reaches at these cut-offs. */
export function scoreTier(score: number, t: Thresholds): RiskTier {
  if (score >= t.high) return 'high';
  if (score >= t.medium) return 'medium';
  return 'low';
}

/** How many distinct reasons back a warning: red flags with evidence, plus at most one context reason beside them. */
export function evidenceCount(reasons: readonly Pick<Reason, 'id' | 'evidence' | 'contribution' | 'context'>[]): number {
  let redFlags = 0;
  let context = 0;
  const seen = new Set<string>();
  for (const r of reasons) {
    if (seen.has(r.id) || r.evidence.length === 0 || (r.contribution !== undefined && r.contribution <= 0)) continue;
    seen.add(r.id);
    if (CONTEXT_SIGNALS.has(r.id) || r.context) context++;
    else redFlags++;
  }
  return redFlags === 0 ? 0 : redFlags + Math.min(context, 1);
}

/** The highest tier the reasons allow. */
export function evidenceCeiling(reasons: readonly Pick<Reason, 'id' | 'evidence' | 'contribution' | 'context'>[]): RiskTier {
  const n = evidenceCount(reasons);
  return n >= 2 ? 'high' : n === 1 ? 'medium' : 'low';
}

/** The tier of a verdict: what the score reaches, capped by what the evidence allows. */
export function riskTier(score: number, t: Thresholds, reasons: readonly Pick<Reason, 'id' | 'evidence' | 'contribution' | 'context'>[]): RiskTier {
  const byScore = scoreTier(score, t);
  const ceiling = evidenceCeiling(reasons);
  return ORDER[byScore] <= ORDER[ceiling] ? byScore : ceiling;
}

/**
 * The score shown with a verdict whose tier the evidence capped: scaled into the capped tier's
 * range (order among such postings kept), so that score and tier never disagree and a posting
 * without evidence never outranks one with it.
 */
export function cappedScore(score: number, t: Thresholds, ceiling: RiskTier): number {
  if (ceiling === 'high') return score;
  const top = ceiling === 'medium' ? t.high : t.medium;
  return score < top ? score : top * 0.999 * score;
}

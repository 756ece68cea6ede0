/**
 * Sensitivity: how readily a posting gets a warning. The model ships two cut-offs on its
 * calibrated score (models/model.json `thresholds`: medium at ≤ 5 % and high at ≤ 1 % false
 * positives on genuine job-board ads). Sensitivity moves both cut-offs by the same factor in
 * odds, so the ordering of postings never changes, only where the lines are drawn:
 *
 * - cautious: a score needs half the odds of the shipped cut-off (more warnings, more false alarms);
 * - balanced: the shipped cut-offs;
 * - relaxed: a score needs twice the odds (fewer warnings, more lures missed).
 *
 * With the shipped thresholds (0.0900 / 0.3146) this gives cautious 0.0471 / 0.1867 and
 * relaxed 0.1651 / 0.4787.
 */
import { riskTier, type Thresholds } from './policy.ts';
import type { Verdict } from '../shared/types.ts';
import type { Sensitivity } from '../shared/settings.ts';

/** Odds factor applied to each shipped cut-off. */
export const SENSITIVITY_ODDS_FACTOR: Record<Sensitivity, number> = { cautious: 0.5, balanced: 1, relaxed: 2 };

/** The probability whose odds are `factor` times the odds of `p`. */
export function scaleOdds(p: number, factor: number): number {
  if (p <= 0 || p >= 1 || factor === 1) return p;
  const odds = (p / (1 - p)) * factor;
  return odds / (1 + odds);
}

export function thresholdsFor(sensitivity: Sensitivity, shipped: Thresholds): Thresholds {
  const f = SENSITIVITY_ODDS_FACTOR[sensitivity];
  return { medium: scaleOdds(shipped.medium, f), high: scaleOdds(shipped.high, f) };
}

/** The verdict with its tier recomputed from its score at the given cut-offs, still capped by its evidence (score and reasons unchanged). */
export function retier(verdict: Verdict, thresholds: Thresholds): Verdict {
  const risk = riskTier(verdict.score, thresholds, verdict.reasons);
  return risk === verdict.risk ? verdict : { ...verdict, risk };
}

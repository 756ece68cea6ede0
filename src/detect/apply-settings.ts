/**
 * The user's settings applied to a model verdict, in one place (the background's scoring
 * handler), so the badge, the toolbar count and the popup list always agree.
 */
import type { Thresholds } from './verdict.ts';
import type { JobPosting, Verdict } from '../shared/types.ts';
import type { Settings } from '../shared/settings.ts';
import { retier, thresholdsFor } from './sensitivity.ts';
import { trustFor } from '../shared/trust.ts';

/**
 * Re-tiers the verdict at the user's sensitivity and marks it trusted when its site or employer
 * is on a trust list. Depends only on the score, so applying it again (after a settings change)
 * gives the same result as applying it once.
 */
export function applySettings(
  verdict: Verdict,
  posting: Pick<JobPosting, 'company'>,
  pageUrl: string,
  settings: Pick<Settings, 'sensitivity' | 'trustedSites' | 'trustedEmployers'>,
  shipped: Thresholds,
): Verdict {
  const { trusted: _old, ...tiered } = retier(verdict, thresholdsFor(settings.sensitivity, shipped));
  const trusted = trustFor(posting, pageUrl, settings);
  return trusted ? { ...tiered, trusted } : tiered;
}

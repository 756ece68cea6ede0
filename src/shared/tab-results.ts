import type { ScoredPosting, TabResults } from './messages.ts';
import { postingKey } from './posting-key.ts';
import { isWarning } from './trust.ts';

/**
 * Merges newly scored postings into a tab's results (a fresh page replaces, a scroll appends).
 * Entries whose postingKey is in `replaces` (earlier versions of re-read postings) are dropped.
 */
export function mergeTabResults(prev: TabResults | null, url: string, scored: ScoredPosting[], append: boolean, replaces: readonly string[] = []): TabResults {
  const old = new Set(replaces);
  const kept = append && prev && prev.url === url ? prev.scored : [];
  const base = old.size > 0 ? kept.filter((s) => !old.has(postingKey(s.posting))) : kept;
  const all = [...base, ...scored];
  return withRiskyCount({ url, scored: all, risky: 0 });
}

/** The results with `risky` recounted: medium or high, and not trusted by the user. */
export function withRiskyCount(results: TabResults): TabResults {
  return { ...results, risky: results.scored.filter((s) => isWarning(s.verdict)).length };
}

export function badgeText(results: TabResults | null): string {
  if (!results || results.risky === 0) return '';
  return results.risky > 99 ? '99+' : String(results.risky);
}

export function badgeColor(results: TabResults | null): string {
  return results?.scored.some((s) => s.verdict.risk === 'high' && !s.verdict.trusted) ? '#c62828' : '#ef8f00';
}

import type { ScoredPosting, TabResults } from './messages.ts';

/** Merges newly scored postings into a tab's results (a fresh page replaces, a scroll appends). */
export function mergeTabResults(prev: TabResults | null, url: string, scored: ScoredPosting[], append: boolean): TabResults {
  const base = append && prev && prev.url === url ? prev.scored : [];
  const all = [...base, ...scored];
  return { url, scored: all, risky: all.filter((s) => s.verdict.risk !== 'low').length };
}

export function badgeText(results: TabResults | null): string {
  if (!results || results.risky === 0) return '';
  return results.risky > 99 ? '99+' : String(results.risky);
}

export function badgeColor(results: TabResults | null): string {
  return results?.scored.some((s) => s.verdict.risk === 'high') ? '#c62828' : '#ef8f00';
}

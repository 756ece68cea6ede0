import type { ScoredPosting, TabPosting, TabResults } from './messages.ts';
import { postingKey } from './posting-key.ts';
import { isWarning } from './trust.ts';
import type { Reason, Verdict } from './types.ts';

/**
 * The caps on what a tab's results keep. Session storage (10 MB in Chrome) is shared by every
 * tab, so a long feed must not fill it: beyond these, postings are kept brief, then only counted.
 */
export const TAB_LIMITS = {
  /** Postings kept in full for the popup's list (title, employer, labels): the highest-risk ones. */
  listed: 200,
  /** Postings kept at all (the rest brief: score, tier and what re-tiering needs). */
  kept: 1000,
  /** Characters kept of a title, an employer name, a reason label, a piece of evidence, an untitled ad's text. */
  title: 160,
  company: 200,
  label: 120,
  evidence: 60,
  snippet: 80,
} as const;

const cut = (s: string, n: number): string => (s.length > n ? s.slice(0, n) : s);

/** The reasons as re-tiering reads them (policy.ts: distinct ids with evidence and a positive contribution), short. */
function compactReasons(reasons: readonly Reason[], brief: boolean): Reason[] {
  return reasons.map((r) => ({
    id: r.id,
    label: brief ? '' : cut(r.label, TAB_LIMITS.label),
    evidence: r.evidence.length > 0 ? [brief ? '' : cut(r.evidence[0] ?? '', TAB_LIMITS.evidence)] : [],
    ...(r.contribution === undefined ? {} : { contribution: r.contribution }),
  }));
}

function compactVerdict(v: Verdict, brief: boolean): Verdict {
  const reasons = compactReasons(
    brief ? v.reasons.filter((r) => r.evidence.length > 0 && (r.contribution === undefined || r.contribution > 0)) : v.reasons,
    brief,
  );
  return {
    score: v.score,
    risk: v.risk,
    reasons,
    model: brief ? '' : v.model,
    ...(v.trusted ? { trusted: v.trusted } : {}),
    ...(v.destination && !brief ? { destination: v.destination } : {}),
  };
}

/** A scored posting as the tab's results keep it: no full text, short fields. */
export function toTabPosting({ posting, verdict }: ScoredPosting, key = postingKey(posting)): TabPosting {
  const title = posting.title?.trim() ? cut(posting.title.trim(), TAB_LIMITS.title) : undefined;
  return {
    key,
    posting: {
      ...(title ? { title } : {}),
      ...(posting.company ? { company: cut(posting.company, TAB_LIMITS.company) } : {}),
      text: title ? '' : cut(posting.text.trim(), TAB_LIMITS.snippet),
    },
    verdict: compactVerdict(verdict, false),
  };
}

/** The same posting kept for the counts only. */
function toBrief(p: TabPosting): TabPosting {
  const company = p.posting.company;
  return { key: p.key, posting: { ...(company ? { company } : {}), text: '' }, verdict: compactVerdict(p.verdict, true), brief: true };
}

const TIER = { low: 0, medium: 1, high: 2 } as const;

/** Higher first: warnings, then tier, then score. */
function rank(v: Verdict): number {
  return (isWarning(v) ? 4 : 0) + TIER[v.risk] + v.score;
}

/** The indices of `items` ordered from the lowest-ranked up (ties: the later posting first). */
function lowestFirst(items: readonly TabPosting[], which: (p: TabPosting) => boolean): number[] {
  return items
    .map((p, i) => ({ i, r: rank(p.verdict), use: which(p) }))
    .filter((x) => x.use)
    .sort((a, b) => a.r - b.r || b.i - a.i)
    .map((x) => x.i);
}

/** Applies the per-tab caps: the lowest-ranked postings are kept brief, then dropped and counted. */
export function capTabResults(results: TabResults, limits: { listed: number; kept: number } = TAB_LIMITS): TabResults {
  let scored = results.scored;
  const dropped = { count: 0, risky: 0, high: 0, ...results.dropped };
  if (scored.length > limits.kept) {
    const out = new Set(lowestFirst(scored, () => true).slice(0, scored.length - limits.kept));
    for (const i of out) {
      const v = (scored[i] as TabPosting).verdict;
      dropped.count++;
      if (isWarning(v)) dropped.risky++;
      if (isWarning(v) && v.risk === 'high') dropped.high++;
    }
    scored = scored.filter((_, i) => !out.has(i));
  }
  const full = scored.filter((p) => !p.brief).length;
  if (full > limits.listed) {
    const toBriefs = new Set(lowestFirst(scored, (p) => !p.brief).slice(0, full - limits.listed));
    scored = scored.map((p, i) => (toBriefs.has(i) ? toBrief(p) : p));
  }
  return withRiskyCount({ ...results, scored, ...(dropped.count > 0 ? { dropped } : {}) });
}

/**
 * Merges newly scored postings into a tab's results (a fresh page replaces, a scroll appends),
 * kept short and capped. Entries whose key is in `replaces` (earlier versions of re-read
 * postings) are dropped.
 */
export function mergeTabResults(prev: TabResults | null, url: string, scored: ScoredPosting[], append: boolean, replaces: readonly string[] = []): TabResults {
  const old = new Set(replaces);
  const same = append && prev && prev.url === url ? prev : null;
  const kept = same?.scored ?? [];
  const base = old.size > 0 ? kept.filter((s) => !old.has(s.key)) : kept;
  const all = [...base, ...scored.map((s) => toTabPosting(s))];
  return capTabResults({ url, scored: all, total: 0, risky: 0, ...(same?.dropped ? { dropped: same.dropped } : {}) });
}

/** The results with `total` and `risky` recounted: medium or high, and not trusted by the user. */
export function withRiskyCount(results: TabResults): TabResults {
  const dropped = results.dropped;
  return {
    ...results,
    total: results.scored.length + (dropped?.count ?? 0),
    risky: results.scored.filter((s) => isWarning(s.verdict)).length + (dropped?.risky ?? 0),
  };
}

/** The postings the popup lists (the rest are counted only). */
export function listedPostings(results: TabResults): TabPosting[] {
  return results.scored.filter((s) => !s.brief);
}

export function badgeText(results: TabResults | null): string {
  if (!results || results.risky === 0) return '';
  return results.risky > 99 ? '99+' : String(results.risky);
}

export function badgeColor(results: TabResults | null): string {
  const high = results?.scored.some((s) => s.verdict.risk === 'high' && !s.verdict.trusted) || (results?.dropped?.high ?? 0) > 0;
  return high ? '#c62828' : '#ef8f00';
}

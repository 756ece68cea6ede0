/**
 * Pure helpers of the Check page (src/ui/CheckPage.tsx): sorting the results table and building
 * the CSV / JSONL downloads with exactly the fields and formatting of `scam-job-radar scan`.
 */
import { CSV_HEADER, toCsvLine, type ScanRecord } from '../shared/scan-record.ts';
import type { Verdict } from '../shared/types.ts';

export type SortKey = 'risk' | 'score' | 'id' | 'title';
export type SortDir = 'asc' | 'desc';
export interface SortState {
  key: SortKey;
  dir: SortDir;
}

/** A scored row with its position in the input (exports keep input order, like the CLI). */
export interface CheckedRow {
  index: number;
  where: string;
  record: ScanRecord;
  /** For a warning: what its help panel needs (verdict with destination, the ad's text, its page). Not exported. */
  help?: { verdict: Verdict; text: string; pageUrl?: string };
}

const RISK_RANK: Record<ScanRecord['risk'], number> = { low: 0, medium: 1, high: 2 };

/** The direction a column sorts in when first clicked: most risky first, ids and titles A→Z. */
export function defaultDir(key: SortKey): SortDir {
  return key === 'risk' || key === 'score' ? 'desc' : 'asc';
}

/** Clicking a header: the same column flips direction, another column starts in its default. */
export function nextSort(current: SortState, key: SortKey): SortState {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: defaultDir(key) };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function compareBy(key: SortKey, a: CheckedRow, b: CheckedRow): number {
  switch (key) {
    case 'risk':
      return RISK_RANK[a.record.risk] - RISK_RANK[b.record.risk] || a.record.score - b.record.score;
    case 'score':
      return a.record.score - b.record.score;
    case 'id':
      return compareIds(a.record.id, b.record.id);
    case 'title': {
      // Untitled rows go last in either direction.
      const ta = a.record.title;
      const tb = b.record.title;
      if (ta === null || tb === null) return 0;
      return collator.compare(ta, tb);
    }
  }
}

/** A sorted copy; ties keep input order. */
export function sortRows(rows: readonly CheckedRow[], sort: SortState): CheckedRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'title' && (a.record.title === null) !== (b.record.title === null)) return a.record.title === null ? 1 : -1;
    return sign * compareBy(sort.key, a, b) || a.index - b.index;
  });
}

function inInputOrder(rows: readonly CheckedRow[]): ScanRecord[] {
  return [...rows].sort((a, b) => a.index - b.index).map((r) => r.record);
}

/** What `scam-job-radar scan --format csv` prints for the same rows. */
export function toCsvExport(rows: readonly CheckedRow[]): string {
  return [CSV_HEADER, ...inInputOrder(rows).map(toCsvLine)].map((l) => `${l}\n`).join('');
}

/** What `scam-job-radar scan` (JSONL) prints for the same rows. */
export function toJsonlExport(rows: readonly CheckedRow[]): string {
  return inInputOrder(rows)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join('');
}

export function riskCounts(rows: readonly CheckedRow[]): Record<ScanRecord['risk'], number> {
  const counts = { high: 0, medium: 0, low: 0 };
  for (const r of rows) counts[r.record.risk]++;
  return counts;
}

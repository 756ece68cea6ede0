import type { Verdict } from '../shared/types.ts';

/** One line of `scan` output. Field names are a documented interface: extend, never rename. */
export interface ScanRecord {
  id: string | number;
  title: string | null;
  score: number;
  risk: Verdict['risk'];
  reasons: { id: string; label: string; evidence: string[]; detail?: string }[];
  model: string;
}

export type OutputFormat = 'jsonl' | 'table' | 'csv';

export function toScanRecord(id: string | number, title: string | undefined, v: Verdict): ScanRecord {
  return {
    id,
    title: title?.trim() ? title.trim() : null,
    score: v.score,
    risk: v.risk,
    reasons: v.reasons.map((r) => ({ id: r.id, label: r.label, evidence: r.evidence, ...(r.detail ? { detail: r.detail } : {}) })),
    model: v.model,
  };
}

export function csvCell(value: string): string {
  // A leading = + - @ would make a spreadsheet evaluate the cell: postings are untrusted text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = 'id,title,score,risk,reasons,model';

export function toCsvLine(r: ScanRecord): string {
  const reasons = r.reasons.map((x) => (x.evidence.length ? `${x.label}: ${x.evidence.join(' / ')}` : x.label)).join(' | ');
  return [String(r.id), r.title ?? '', r.score.toFixed(4), r.risk, reasons, r.model].map(csvCell).join(',');
}

function padOrCut(s: string, width: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > width ? `${one.slice(0, width - 1)}…` : one.padEnd(width);
}

export function toTable(records: ScanRecord[]): string {
  const lines = [`${padOrCut('RISK', 6)} ${padOrCut('SCORE', 5)} ${padOrCut('ID', 8)} ${padOrCut('TITLE', 40)} TOP REASONS`];
  for (const r of records) {
    const top =
      r.risk === 'low'
        ? ''
        : r.reasons
            .slice(0, 2)
            .map((x) => x.label)
            .join('; ');
    lines.push(
      `${padOrCut(r.risk.toUpperCase(), 6)} ${r.score.toFixed(2).padEnd(5)} ${padOrCut(String(r.id), 8)} ${padOrCut(r.title ?? '(untitled)', 40)} ${top}`,
    );
  }
  const counts = { high: 0, medium: 0, low: 0 };
  for (const r of records) counts[r.risk]++;
  lines.push(`${records.length} posting(s): ${counts.high} high, ${counts.medium} medium, ${counts.low} low risk`);
  return lines.join('\n');
}

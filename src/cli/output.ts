import type { ScanRecord } from '../shared/scan-record.ts';

export type OutputFormat = 'jsonl' | 'table' | 'csv';

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

import type { ScanRecord } from '../shared/scan-record.ts';

export type OutputFormat = 'jsonl' | 'table' | 'csv';

/**
 * Terminal escape sequences: CSI (`ESC [ … final`, also the 8-bit CSI U+009B), OSC, DCS, SOS, PM
 * and APC strings (up to BEL or ST), and any other two-character `ESC x` sequence.
 */
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g;
/** Whatever is left that a terminal acts on or that reorders text: C0 controls but tab and newline, DEL, C1 controls, bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text without anything that would make a terminal do more than print it: escape sequences
 * (cursor moves, clearing the screen, titles, hyperlinks), control characters and bidi overrides.
 * Tab and newline are kept. Postings, ids and file names are untrusted text.
 */
export function stripControls(s: string): string {
  return s.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

function padOrCut(s: string, width: number): string {
  const one = stripControls(s).replace(/\s+/g, ' ');
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
      `${padOrCut(r.risk.toUpperCase(), 6)} ${r.score.toFixed(2).padEnd(5)} ${padOrCut(String(r.id), 8)} ${padOrCut(r.title ?? '(untitled)', 40)} ${stripControls(top).replace(/\s+/g, ' ')}`,
    );
  }
  const counts = { high: 0, medium: 0, low: 0 };
  for (const r of records) counts[r.risk]++;
  lines.push(`${records.length} posting(s): ${counts.high} high, ${counts.medium} medium, ${counts.low} low risk`);
  return lines.join('\n');
}

import { describe, expect, it } from 'vitest';
import { CSV_HEADER, toCsvLine, type ScanRecord } from '../shared/scan-record.ts';
import { defaultDir, nextSort, riskCounts, sortRows, toCsvExport, toJsonlExport, type CheckedRow } from './check-page-model.ts';

function row(index: number, id: string | number, title: string | null, score: number, risk: ScanRecord['risk']): CheckedRow {
  const reasons = risk === 'low' ? [] : [{ id: 'messaging_contact', label: 'Asks you to move to a chat app', evidence: ['telegram, "now"'] }];
  return { index, where: `f:${index + 1}`, record: { id, title, score, risk, reasons, model: 'm-1' } };
}

const rows = [row(0, 'b', 'Cook', 0.2, 'low'), row(1, 10, null, 0.9, 'high'), row(2, 2, '=Cashier', 0.5, 'medium'), row(3, 'a', 'baker', 0.95, 'high')];
const ids = (rs: CheckedRow[]) => rs.map((r) => r.record.id);

describe('Check page: sorting', () => {
  it('sorts by risk (then score), score, id and title, ties in input order', () => {
    expect(ids(sortRows(rows, { key: 'risk', dir: 'desc' }))).toEqual(['a', 10, 2, 'b']);
    expect(ids(sortRows(rows, { key: 'score', dir: 'asc' }))).toEqual(['b', 2, 10, 'a']);
    expect(ids(sortRows(rows, { key: 'score', dir: 'desc' }))).toEqual(['a', 10, 2, 'b']);
    expect(ids(sortRows(rows, { key: 'id', dir: 'asc' }))).toEqual([2, 10, 'a', 'b']);
    // Untitled last in both directions; letter case ignored.
    expect(ids(sortRows(rows, { key: 'title', dir: 'asc' }))).toEqual([2, 'a', 'b', 10]);
    expect(ids(sortRows(rows, { key: 'title', dir: 'desc' }))).toEqual(['b', 'a', 2, 10]);
    expect(ids(rows)).toEqual(['b', 10, 2, 'a']); // not mutated
    const tied = [row(0, 'x', 't', 0.5, 'medium'), row(1, 'y', 't', 0.5, 'medium')];
    expect(ids(sortRows(tied, { key: 'score', dir: 'desc' }))).toEqual(['x', 'y']);
  });

  it('flips the direction on a second click; a new column starts in its natural order', () => {
    expect(defaultDir('score')).toBe('desc');
    expect(defaultDir('title')).toBe('asc');
    expect(nextSort({ key: 'score', dir: 'desc' }, 'score')).toEqual({ key: 'score', dir: 'asc' });
    expect(nextSort({ key: 'score', dir: 'desc' }, 'id')).toEqual({ key: 'id', dir: 'asc' });
  });
});

describe('Check page: exports match `scam-job-radar scan`', () => {
  it('CSV: the CLI header and lines, in input order whatever the table sort', () => {
    const csv = toCsvExport(sortRows(rows, { key: 'score', dir: 'desc' }));
    expect(csv).toBe(`${CSV_HEADER}\n${rows.map((r) => toCsvLine(r.record)).join('\n')}\n`);
    expect(csv.split('\n')[3]).toBe('2,\'=Cashier,0.5000,medium,"Asks you to move to a chat app: telegram, ""now""",m-1');
  });

  it('JSONL: one record per line with the CLI field names', () => {
    const lines = toJsonlExport(rows).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(Object.keys(JSON.parse(lines[1]!) as object)).toEqual(['id', 'title', 'score', 'risk', 'reasons', 'model']);
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: 10, title: null, risk: 'high' });
    expect(toJsonlExport([])).toBe('');
  });

  it('counts tiers for the summary', () => {
    expect(riskCounts(rows)).toEqual({ high: 2, medium: 1, low: 1 });
  });
});

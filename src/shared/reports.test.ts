import { describe, expect, it } from 'vitest';
import { appendReport, buildReport, EXCERPT_CHARS, exportReports, latestReports, MAX_REPORTS, normalizeReport, reportHost, type Report } from './reports.ts';
import type { Verdict } from './types.ts';

const verdict: Verdict = {
  score: 0.91,
  risk: 'high',
  model: 'sjr-test',
  reasons: [
    { id: 'messaging_contact', label: 'x', evidence: ['telegram'] },
    { id: 'lure_bundle', label: 'y', evidence: [] },
  ],
};
const NOW = new Date('2026-01-02T03:04:05.000Z');

function report(i: number): Report {
  return buildReport({ kind: 'false-positive', pageUrl: `https://jobs.example/${i}`, title: `Job ${i}`, text: 'text', verdict }, NOW);
}

describe('buildReport', () => {
  it('keeps the verdict, the page and the first 500 characters of the text', () => {
    const r = buildReport(
      { kind: 'false-positive', pageUrl: 'https://jobs.example/a?x=1', title: '  Customer service  ', text: 'a'.repeat(800), verdict },
      NOW,
    );
    expect(r).toEqual({
      kind: 'false-positive',
      at: '2026-01-02T03:04:05.000Z',
      pageUrl: 'https://jobs.example/a?x=1',
      title: 'Customer service',
      excerpt: 'a'.repeat(EXCERPT_CHARS),
      score: 0.91,
      risk: 'high',
      reasonIds: ['messaging_contact', 'lure_bundle'],
      model: 'sjr-test',
    });
    expect(reportHost(r)).toBe('jobs.example');
  });

  it('works for a posting without a title (missed scam on a low badge)', () => {
    const r = buildReport({ kind: 'missed-scam', pageUrl: 'not a url', text: 'short', verdict: { score: 0.1, risk: 'low', reasons: [], model: 'm' } }, NOW);
    expect(r.title).toBe('');
    expect(r.excerpt).toBe('short');
    expect(r.reasonIds).toEqual([]);
    expect(reportHost(r)).toBe('');
  });
});

describe('appendReport', () => {
  it('appends without touching the input', () => {
    const list = [report(1)];
    const next = appendReport(list, report(2));
    expect(next.map((r) => r.title)).toEqual(['Job 1', 'Job 2']);
    expect(list).toHaveLength(1);
  });

  it(`caps the list at ${MAX_REPORTS}, dropping the oldest`, () => {
    let list: Report[] = [];
    for (let i = 0; i < MAX_REPORTS + 3; i++) list = appendReport(list, report(i));
    expect(list).toHaveLength(MAX_REPORTS);
    expect(list[0]?.title).toBe('Job 3');
    expect(list.at(-1)?.title).toBe(`Job ${MAX_REPORTS + 2}`);
    expect(appendReport([report(1), report(2)], report(3), 2).map((r) => r.title)).toEqual(['Job 2', 'Job 3']);
  });

  it('lists the latest first', () => {
    const list = [1, 2, 3, 4].map(report);
    expect(latestReports(list, 2).map((r) => r.title)).toEqual(['Job 4', 'Job 3']);
  });
});

describe('normalizeReport', () => {
  it('accepts a built report unchanged and rejects non-reports', () => {
    const r = report(1);
    expect(normalizeReport(r)).toEqual(r);
    expect(normalizeReport(null)).toBeNull();
    expect(normalizeReport({ ...r, kind: 'spam' })).toBeNull();
    expect(normalizeReport({ ...r, at: 'yesterday' })).toBeNull();
    expect(normalizeReport({ ...r, score: 'high' })).toBeNull();
  });

  it('clips oversized fields', () => {
    const n = normalizeReport({ ...report(1), excerpt: 'b'.repeat(5000), reasonIds: ['a', 3, 'b'] });
    expect(n?.excerpt).toHaveLength(EXCERPT_CHARS);
    expect(n?.reasonIds).toEqual(['a', 'b']);
  });
});

describe('exportReports', () => {
  it('puts a header saying nothing was sent before the reports', () => {
    const data = exportReports([report(1)], NOW);
    expect(data.header.count).toBe(1);
    expect(data.header.exportedAt).toBe(NOW.toISOString());
    expect(data.header.note).toMatch(/nothing was sent automatically/i);
    expect(data.reports[0]?.title).toBe('Job 1');
  });
});

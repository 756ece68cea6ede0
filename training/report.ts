/** Per-source / per-language evaluation tables (real held-out and synthetic kept apart). */
import { atThreshold, ece, prAuc, rocAuc } from './metrics.ts';

export interface Scored {
  source: string;
  lang: string;
  label: 0 | 1;
  synthetic: boolean;
  jobAd: boolean;
  prob: number;
}

export interface GroupMetrics {
  group: string;
  n: number;
  positives: number;
  rocAuc: number;
  prAuc: number;
  recallMedium: number;
  recallHigh: number;
  f1Medium: number;
  f1High: number;
  /** FPR on genuine job-board ads (label 0, jobAd) in the group. */
  fprMedium: number;
  fprHigh: number;
  ece: number;
}

export function metricsFor(group: string, rows: readonly Scored[], t: { medium: number; high: number }): GroupMetrics {
  const p = rows.map((r) => r.prob);
  const y = rows.map((r) => r.label);
  const genuine = rows.filter((r) => r.label === 0 && r.jobAd).map((r) => r.prob);
  const fpr = (th: number) => (genuine.length ? genuine.filter((s) => s >= th).length / genuine.length : NaN);
  const m = atThreshold(p, y, t.medium);
  const h = atThreshold(p, y, t.high);
  return {
    group,
    n: rows.length,
    positives: y.filter((v) => v === 1).length,
    rocAuc: rocAuc(p, y),
    prAuc: prAuc(p, y),
    recallMedium: m.recall,
    recallHigh: h.recall,
    f1Medium: m.f1,
    f1High: h.f1,
    fprMedium: fpr(t.medium),
    fprHigh: fpr(t.high),
    ece: ece(p, y),
  };
}

function groupBy(rows: readonly Scored[], key: (r: Scored) => string): Map<string, Scored[]> {
  const m = new Map<string, Scored[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return new Map([...m.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}

export interface Report {
  realOverall: GroupMetrics;
  realBySource: GroupMetrics[];
  realByLang: GroupMetrics[];
  syntheticOverall: GroupMetrics;
  syntheticBySource: GroupMetrics[];
  syntheticByLang: GroupMetrics[];
}

export function buildReport(rows: readonly Scored[], t: { medium: number; high: number }): Report {
  const real = rows.filter((r) => !r.synthetic);
  const syn = rows.filter((r) => r.synthetic);
  return {
    realOverall: metricsFor('ALL REAL', real, t),
    realBySource: [...groupBy(real, (r) => r.source)].map(([k, v]) => metricsFor(k, v, t)),
    realByLang: [...groupBy(real, (r) => r.lang)].map(([k, v]) => metricsFor(k, v, t)),
    syntheticOverall: metricsFor('ALL SYNTHETIC', syn, t),
    syntheticBySource: [...groupBy(syn, (r) => r.source)].map(([k, v]) => metricsFor(k, v, t)),
    syntheticByLang: [...groupBy(syn, (r) => r.lang)].map(([k, v]) => metricsFor(k, v, t)),
  };
}

const f = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '–');

export function markdownTable(ms: readonly GroupMetrics[]): string {
  const head = '| group | n | pos | ROC-AUC | PR-AUC | recall@med | recall@high | F1@med | F1@high | FPR genuine ads @med | FPR @high | ECE |';
  const sep = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = ms.map(
    (m) =>
      `| ${m.group} | ${m.n} | ${m.positives} | ${f(m.rocAuc)} | ${f(m.prAuc)} | ${f(m.recallMedium)} | ${f(m.recallHigh)} | ${f(m.f1Medium)} | ${f(m.f1High)} | ${f(m.fprMedium, 4)} | ${f(m.fprHigh, 4)} | ${f(m.ece)} |`,
  );
  return [head, sep, ...lines].join('\n');
}

export function printTable(title: string, ms: readonly GroupMetrics[]): void {
  console.log(`\n${title}`);
  const cols = ['group', 'n', 'pos', 'ROC-AUC', 'PR-AUC', 'rec@med', 'rec@high', 'F1@med', 'F1@high', 'FPR@med', 'FPR@high', 'ECE'];
  const data = ms.map((m) => [
    m.group,
    String(m.n),
    String(m.positives),
    f(m.rocAuc),
    f(m.prAuc),
    f(m.recallMedium),
    f(m.recallHigh),
    f(m.f1Medium),
    f(m.f1High),
    f(m.fprMedium, 4),
    f(m.fprHigh, 4),
    f(m.ece),
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...data.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(cols));
  for (const r of data) console.log(line(r));
}

export function printReport(r: Report): void {
  printTable('REAL held-out, overall', [r.realOverall]);
  printTable('REAL held-out, per source', r.realBySource);
  printTable('REAL held-out, per language', r.realByLang);
  printTable('SYNTHETIC held-out, overall', [r.syntheticOverall]);
  printTable('SYNTHETIC held-out, per generator', r.syntheticBySource);
  printTable('SYNTHETIC held-out, per language', r.syntheticByLang);
}

/**
 * The target-domain figures, the ones that say whether the detector holds on real lures:
 *
 * - real_target_dev by grouped cross-validation: each fold's rows (grouped by source URL) are
 *   scored by a model trained on everything else, as the product would score them (evidence
 *   policy included); genuine ads are scored again cut to their first 300 characters, because
 *   real lures are short and genuine ads long (a model that reads length would look good here);
 * - the synthetic banks leave-one-bank-out: each bank scored by a model that never saw it, overall
 *   and per language (synthetic: reported apart from real data).
 */
import type { FeatureConfig } from '../src/detect/features.ts';
import { calibrate, forwardTs } from '../src/detect/model.ts';
import { evidenceCeiling, scoreTier } from '../src/detect/policy.ts';
import type { RiskTier } from '../src/shared/types.ts';
import { type Fit, fitModel, verdictOf } from './fit.ts';
import { prAuc, rocAuc } from './metrics.ts';
import { analyseText, type PreparedRow, TARGET_FOLDS } from './pipeline.ts';

export interface TargetScored {
  id: string;
  source: string;
  lang: string;
  label: 0 | 1;
  score: number;
  risk: RiskTier;
  reasons: number;
  /** The reasons' ids (a trailing * marks context), for inspection. */
  reasonIds: string[];
  /** The tier the score alone reached (before the evidence policy). */
  scoreRisk: RiskTier;
  /** The calibrated probability and the highest tier the reasons can carry (to study other cut-offs). */
  raw: number;
  ceiling: RiskTier;
}

export interface TargetMetrics {
  group: string;
  n: number;
  positives: number;
  rocAuc: number;
  prAuc: number;
  recallMedium: number;
  recallHigh: number;
  /** Share of the genuine rows at medium or above / at high. */
  genuineMedium: number;
  genuineHigh: number;
}

export interface TargetReport {
  /** Every out-of-fold verdict, for inspection (SJR_DUMP in evaluate.ts writes them out). */
  scored: { real: TargetScored[]; truncated: TargetScored[]; banks: TargetScored[] };
  folds: number;
  real: TargetMetrics;
  realTruncated: TargetMetrics;
  realByLang: TargetMetrics[];
  banks: TargetMetrics;
  byBank: TargetMetrics[];
  banksByLang: TargetMetrics[];
  fits: number;
  seconds: number;
}

const atLeast = (r: RiskTier, t: 'medium' | 'high') => (t === 'medium' ? r !== 'low' : r === 'high');

export function targetMetrics(group: string, rows: readonly TargetScored[]): TargetMetrics {
  const y = rows.map((r) => r.label);
  const s = rows.map((r) => r.score);
  const pos = rows.filter((r) => r.label === 1);
  const neg = rows.filter((r) => r.label === 0);
  const share = (xs: readonly TargetScored[], t: 'medium' | 'high') => (xs.length ? xs.filter((r) => atLeast(r.risk, t)).length / xs.length : Number.NaN);
  return {
    group,
    n: rows.length,
    positives: pos.length,
    rocAuc: pos.length && neg.length ? rocAuc(s, y) : Number.NaN,
    prAuc: pos.length && neg.length ? prAuc(s, y) : Number.NaN,
    recallMedium: share(pos, 'medium'),
    recallHigh: share(pos, 'high'),
    genuineMedium: share(neg, 'medium'),
    genuineHigh: share(neg, 'high'),
  };
}

function byKey(rows: readonly TargetScored[], key: (r: TargetScored) => string): TargetMetrics[] {
  const groups = new Map<string, TargetScored[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => targetMetrics(k, v));
}

/** At most `cap` auxiliary rows per (source, label), target-domain rows all kept: faster fits for experiments. */
export function capAuxiliaryRows(rows: readonly PreparedRow[], cap: number): PreparedRow[] {
  const seen = new Map<string, number>();
  return rows.filter((r) => {
    if (r.target) return true;
    const k = `${r.source}|${r.label}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n <= cap;
  });
}

export interface TargetOptions {
  featureCfg: FeatureConfig;
  signalIds: readonly string[];
  denseNames: readonly string[];
  epochs: number;
  targetWeight?: number;
  l2?: number;
  signalsOnly?: boolean;
  /** Rows of these sources are left out of every fit (e.g. the templated generator). */
  dropSources?: readonly string[];
  /** Genuine ads are also scored cut to this many characters. */
  truncate?: number;
  log?: (msg: string) => void;
}

function scoreRow(fit: Fit, o: TargetOptions, r: Pick<PreparedRow, 'id' | 'source' | 'lang' | 'label' | 'features' | 'hits'>): TargetScored {
  const v = verdictOf(fit, o.denseNames, r);
  const raw = calibrate(forwardTs(fit.weights, r.features), fit.calibration);
  return {
    id: r.id,
    source: r.source,
    lang: r.lang,
    label: r.label,
    score: v.score,
    risk: v.risk,
    reasons: v.reasons.length,
    reasonIds: v.reasons.map((x) => (x.context ? `${x.id}*` : x.id)),
    scoreRisk: scoreTier(raw, fit.thresholds),
    raw,
    ceiling: evidenceCeiling(v.reasons),
  };
}

/** Runs every fold and every left-out bank (one model fit each) and returns the pooled out-of-fold figures. */
export function evaluateTarget(rows: readonly PreparedRow[], o: TargetOptions): TargetReport {
  const t0 = Date.now();
  const log = o.log ?? (() => {});
  const auxTrain = rows.filter((r) => !r.target && r.split === 'train' && !o.dropSources?.includes(r.source));
  const valReal = rows.filter((r) => !r.target && r.split === 'val' && !r.synthetic);
  const real = rows.filter((r) => r.target === 'real');
  const banks = rows.filter((r) => r.target === 'bank');
  const fitOpts = {
    buckets: o.featureCfg.buckets,
    denseDim: o.denseNames.length,
    denseNames: o.denseNames,
    epochs: o.epochs,
    ...(o.targetWeight !== undefined ? { targetWeight: o.targetWeight } : {}),
    ...(o.l2 !== undefined ? { l2: o.l2 } : {}),
    ...(o.signalsOnly ? { signalsOnly: true } : {}),
  };
  const cut = o.truncate ?? 300;
  let fits = 0;

  const realScored: TargetScored[] = [];
  const truncatedScored: TargetScored[] = [];
  for (let k = 0; k < TARGET_FOLDS; k++) {
    const held = real.filter((r) => r.fold === k);
    if (!held.length) continue;
    const fit = fitModel([...auxTrain, ...banks, ...real.filter((r) => r.fold !== k)], valReal, fitOpts);
    fits++;
    for (const r of held) {
      realScored.push(scoreRow(fit, o, r));
      if (r.label === 0 && r.text.length > cut)
        truncatedScored.push(scoreRow(fit, o, { ...r, ...analyseText(r.text.slice(0, cut), o.signalIds, o.featureCfg) }));
      else truncatedScored.push(scoreRow(fit, o, r));
    }
    log(`  real_target_dev fold ${k + 1}/${TARGET_FOLDS}: ${held.length} rows held out, epoch ${fit.keptEpoch}, ${fit.trainSeconds.toFixed(0)} s`);
  }

  const bankScored: TargetScored[] = [];
  for (const bank of [...new Set(banks.map((r) => r.source))].sort()) {
    const fit = fitModel([...auxTrain, ...real, ...banks.filter((r) => r.source !== bank)], valReal, fitOpts);
    fits++;
    for (const r of banks.filter((x) => x.source === bank)) bankScored.push(scoreRow(fit, o, r));
    log(`  left out ${bank}: epoch ${fit.keptEpoch}, ${fit.trainSeconds.toFixed(0)} s`);
  }

  return {
    scored: { real: realScored, truncated: truncatedScored, banks: bankScored },
    folds: TARGET_FOLDS,
    real: targetMetrics('real_target_dev', realScored),
    realTruncated: targetMetrics(`genuine cut to ${cut} chars`, truncatedScored),
    realByLang: byKey(realScored, (r) => r.lang),
    banks: targetMetrics('all banks', bankScored),
    byBank: byKey(bankScored, (r) => r.source),
    banksByLang: byKey(bankScored, (r) => r.lang),
    fits,
    seconds: (Date.now() - t0) / 1000,
  };
}

const f = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '–');

export function targetTable(ms: readonly TargetMetrics[]): string {
  const head =
    '| group | n | lures | ROC-AUC | PR-AUC | recall medium | recall high | genuine ≥ medium | genuine high |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  return [
    head,
    ...ms.map(
      (m) =>
        `| ${m.group} | ${m.n} | ${m.positives} | ${f(m.rocAuc)} | ${f(m.prAuc)} | ${f(m.recallMedium, 2)} | ${f(m.recallHigh, 2)} | ${pct(m.genuineMedium)} | ${pct(m.genuineHigh)} |`,
    ),
  ].join('\n');
}

export function printTarget(r: TargetReport): void {
  console.log(`\nTARGET DOMAIN, real: real_target_dev, grouped ${r.folds}-fold cross-validation (groups = source URL), evidence policy applied`);
  console.log(targetTable([r.real, r.realTruncated]));
  console.log('\nreal_target_dev per language (cross-validated)');
  console.log(targetTable(r.realByLang));
  console.log('\nTARGET DOMAIN, SYNTHETIC: leave-one-bank-out (each bank scored by a model that never saw it)');
  console.log(targetTable([r.banks, ...r.byBank]));
  console.log('\nsynthetic banks per language (leave-one-bank-out)');
  console.log(targetTable(r.banksByLang));
  console.log(`\n(${r.fits} model fits, ${r.seconds.toFixed(0)} s)`);
}

/**
 * Shared data pipeline for train.ts / evaluate.ts:
 * load every corpus (+ synthetic) → clean (in the loaders) → exact dedup + near-duplicate
 * grouping → group-wise seeded split → normaliseText → detectSignals → featurize.
 */
import type { FeatureConfig, Features } from '../src/detect/features.ts';
import { normaliseText } from '../src/detect/normalise.ts';
import { analyseText as analyseNormalised } from '../src/detect/engine.ts';
import type { SignalHit } from '../src/shared/types.ts';
import { dedupAndGroup } from './data/dedup.ts';
import { LOADERS, dataDir } from './data/loaders.ts';
import { splitOf, unitHash, type Split } from './data/split.ts';
import { loadBanks, loadRealTargetDev } from './data/target.ts';
import type { Row } from './data/types.ts';
import { generateSynthetic } from './synthetic/generate.ts';

export const SPLIT_SEED = 20261125;
export const SYNTHETIC_SEED = 7;
export const SYNTHETIC_PER_LANG = 160;
/** Folds of the grouped cross-validation on real_target_dev. */
export const TARGET_FOLDS = 5;
export const FOLD_SEED = 20261206;

export interface PreparedRow extends Row {
  group: string;
  split: Split;
  features: Features;
  /** Signal ids that fired (for reporting). */
  fired: string[];
  hits: SignalHit[];
  /** real_target_dev rows: the cross-validation fold (0 … TARGET_FOLDS-1) of their group. */
  fold?: number;
}

export interface LoadStats {
  perSource: Record<string, { loaded: number; kept: number; positives: number }>;
  exactDuplicatesRemoved: number;
  labelConflictsRemoved: number;
  nearDuplicateRowsGrouped: number;
  groups: number;
}

export interface PrepareOptions {
  /** The templated generator of training/synthetic (default on). */
  synthetic?: boolean;
  /** real_target_dev and the synthetic banks (default on). */
  target?: boolean;
  /** Keep at most this many rows per (source,label) cell (quick runs); undefined = all. */
  capPerCell?: number;
  log?: (msg: string) => void;
}

export function loadRows(opts: PrepareOptions = {}): { rows: Row[]; loaded: Record<string, number> } {
  const dir = dataDir();
  const rows: Row[] = [];
  const loaded: Record<string, number> = {};
  for (const [name, load] of Object.entries(LOADERS)) {
    const t0 = Date.now();
    const r = load(dir);
    loaded[name] = r.length;
    opts.log?.(`  loaded ${name}: ${r.length} rows (${Date.now() - t0} ms)`);
    rows.push(...r);
  }
  if (opts.synthetic !== false) {
    const syn = generateSynthetic({ seed: SYNTHETIC_SEED, perLang: SYNTHETIC_PER_LANG });
    for (const r of syn) loaded[r.source] = (loaded[r.source] ?? 0) + 1;
    opts.log?.(`  generated ${syn.length} synthetic rows`);
    rows.push(...syn);
  }
  if (opts.target !== false) {
    const target = [...loadRealTargetDev(dir), ...loadBanks()];
    for (const r of target) loaded[r.source] = (loaded[r.source] ?? 0) + 1;
    opts.log?.(`  loaded ${target.length} target-domain rows (real_target_dev and the synthetic banks)`);
    rows.push(...target);
  }
  return { rows, loaded };
}

/** What the runtime computes from a posting's text: the signals and the model's features. */
export function analyseText(text: string, signalIds: readonly string[], featureCfg: FeatureConfig): { features: Features; hits: SignalHit[] } {
  return analyseNormalised(normaliseText(text), signalIds, featureCfg);
}

export function prepare(featureCfg: FeatureConfig, signalIds: readonly string[], opts: PrepareOptions = {}): { rows: PreparedRow[]; stats: LoadStats } {
  const log = opts.log ?? (() => {});
  const { rows: all, loaded } = loadRows(opts);
  const d = dedupAndGroup(all);
  log(
    `  dedup: ${d.exactDuplicatesRemoved} exact duplicates removed, ${d.labelConflictsRemoved} rows with conflicting labels dropped, ${d.nearDuplicateRowsGrouped} rows in near-duplicate groups`,
  );
  let kept = d.rows.map((r, i) => ({ r, g: r.group ?? d.groups[i] ?? r.id }));
  if (opts.capPerCell) {
    const seen = new Map<string, number>();
    kept = kept.filter(({ r }) => {
      const k = `${r.source}|${r.label}`;
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      return n <= (opts.capPerCell ?? Infinity);
    });
  }
  const out: PreparedRow[] = [];
  const t0 = Date.now();
  for (const { r, g } of kept) {
    const { hits, features } = analyseText(r.text, signalIds, featureCfg);
    // Target-domain rows are always trained on; they are judged by cross-validation instead.
    const row: PreparedRow = { ...r, group: g, split: r.target ? 'train' : splitOf(g, SPLIT_SEED), features, fired: [...new Set(hits.map((h) => h.id))], hits };
    if (r.target === 'real') row.fold = Math.floor(unitHash(g, FOLD_SEED) * TARGET_FOLDS);
    out.push(row);
  }
  log(`  featurized ${out.length} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const perSource: LoadStats['perSource'] = {};
  for (const [name, n] of Object.entries(loaded)) perSource[name] = { loaded: n, kept: 0, positives: 0 };
  for (const r of out) {
    const s = (perSource[r.source] ??= { loaded: 0, kept: 0, positives: 0 });
    s.kept++;
    if (r.label === 1) s.positives++;
  }
  return {
    rows: out,
    stats: {
      perSource,
      exactDuplicatesRemoved: d.exactDuplicatesRemoved,
      labelConflictsRemoved: d.labelConflictsRemoved,
      nearDuplicateRowsGrouped: d.nearDuplicateRowsGrouped,
      groups: new Set(out.map((r) => r.group)).size,
    },
  };
}

/**
 * Sample weights: each (source, label) cell gets a total weight ∝ sqrt(cell size) (big corpora
 * do not drown small ones, no single source defines "scam style"), times the row's own weight;
 * then positives are scaled so that their total equals the negatives' total (class balance).
 * Synthetic cells are further scaled by `syntheticShare`.
 */
export function sampleWeights(rows: readonly PreparedRow[], syntheticShare = 1): number[] {
  const cell = new Map<string, number>();
  for (const r of rows) cell.set(`${r.source}|${r.label}`, (cell.get(`${r.source}|${r.label}`) ?? 0) + 1);
  const w = rows.map((r) => {
    const n = cell.get(`${r.source}|${r.label}`) ?? 1;
    return (1 / Math.sqrt(n)) * (r.weight ?? 1) * (r.synthetic ? syntheticShare : 1);
  });
  let pos = 0;
  let neg = 0;
  for (const [i, r] of rows.entries()) {
    if (r.label === 1) pos += w[i] ?? 0;
    else neg += w[i] ?? 0;
  }
  const scale = pos > 0 ? neg / pos : 1;
  return rows.map((r, i) => (r.label === 1 ? (w[i] ?? 0) * scale : (w[i] ?? 0)));
}

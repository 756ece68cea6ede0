/**
 * npm run ablation:target — training choices compared on the target-domain figures
 * (real_target_dev grouped CV, the same with genuine ads cut to 300 characters, and the synthetic
 * banks leave-one-bank-out), with auxiliary corpora capped at 1,500 rows per (source, label) and
 * 12 epochs to keep each variant to a few minutes. Pick by these, not by the fixed test split.
 */
import { writeFileSync } from 'node:fs';
import { denseFeatureNames, DEFAULT_FEATURE_CONFIG } from '../src/detect/features.ts';
import { SIGNAL_IDS } from '../src/detect/signals/index.ts';
import { prepare } from './pipeline.ts';
import { capAuxiliaryRows, evaluateTarget, type TargetOptions, type TargetReport } from './target-eval.ts';
import { MODEL_EXCLUDED_SIGNALS } from './train-config.ts';

const LEGACY = ['synthetic_lure', 'synthetic_genuine'];

const VARIANTS: Array<{ name: string; opts: Partial<TargetOptions> }> = [
  { name: 'shipped recipe (target ×3)', opts: {} },
  { name: 'target ×1', opts: { targetWeight: 1 } },
  { name: 'target ×10', opts: { targetWeight: 10 } },
  { name: 'n-grams L2 ×30', opts: { l2: 3e-5 } },
  { name: 'without the templated generator', opts: { dropSources: LEGACY } },
  { name: 'signals only (no n-grams)', opts: { signalsOnly: true } },
];

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const p = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');

function row(name: string, r: TargetReport): string {
  const minLang = Math.min(...r.banksByLang.filter((m) => m.positives && m.n > m.positives).map((m) => m.rocAuc));
  return `| ${name} | ${f(r.real.rocAuc)} | ${f(r.real.recallMedium)} / ${p(r.real.genuineMedium)} | ${f(r.real.recallHigh)} / ${p(r.real.genuineHigh)} | ${f(r.realTruncated.rocAuc)} / ${p(r.realTruncated.genuineMedium)} | ${f(r.banks.rocAuc)} | ${f(minLang)} | ${f(r.banks.recallMedium)} / ${p(r.banks.genuineMedium)} |`;
}

async function main(): Promise<void> {
  const only = process.env.SJR_VARIANTS?.split(',');
  const signalIds = SIGNAL_IDS.filter((id) => !MODEL_EXCLUDED_SIGNALS.includes(id)) as string[];
  const cfg = { ...DEFAULT_FEATURE_CONFIG };
  const { rows } = prepare(cfg, signalIds, { log: (m) => console.log(m) });
  const capped = capAuxiliaryRows(rows, 1500);
  const lines = [
    '| variant | real ROC-AUC | real recall / genuine at medium | real recall / genuine at high | cut to 300: ROC-AUC / genuine ≥ medium | banks LOBO ROC-AUC | worst language | banks recall / genuine at medium |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [i, v] of VARIANTS.entries()) {
    if (only && !only.includes(String(i))) continue;
    const r = evaluateTarget(capped, { featureCfg: cfg, signalIds, denseNames: denseFeatureNames(signalIds), epochs: 12, ...v.opts });
    lines.push(row(v.name, r));
    if (process.env.SJR_DUMP) writeFileSync(`${process.env.SJR_DUMP}.${i}.json`, JSON.stringify(r.scored));
    console.log(lines.at(-1));
  }
  console.log(`\n${lines.join('\n')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

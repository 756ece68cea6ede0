/**
 * `npm run ablation`: which parts of the model earn their place? Trains the same logistic
 * regression on the same group-wise split with parts removed and writes models/ABLATION.md,
 * which `npm run train` copies into the model card.
 *
 * Variants: hashed n-grams + signals (shipped), n-grams only, signals only, and the shipped
 * features trained without synthetic rows. Thresholds per variant are set on real validation
 * genuine ads at the same FPR targets as training; figures are on the real test split, with
 * synthetic test rows reported apart.
 */
import { writeFileSync } from 'node:fs';
import { BIAS_ID, DEFAULT_FEATURE_CONFIG, denseFeatureNames, type Features } from '../src/detect/features.ts';
import { forwardTs } from '../src/detect/model.ts';
import { SIGNAL_IDS } from '../src/detect/signals/index.ts';
import { trainLogReg } from './lr.ts';
import { atThreshold, prAuc, rocAuc, thresholdForFpr } from './metrics.ts';
import { prepare, sampleWeights, type PreparedRow } from './pipeline.ts';
import { HYPER, MODELS_DIR, MODEL_EXCLUDED_SIGNALS, TRAIN_SEED } from './train-config.ts';

export const ABLATION_PATH = `${MODELS_DIR}ABLATION.md`;
const EPOCHS = Number(process.env.SJR_ABLATION_EPOCHS ?? 10);

interface Variant {
  name: string;
  features: (f: Features) => Features;
  useRow: (r: PreparedRow) => boolean;
}

const ONLY_BIAS = Int32Array.of(BIAS_ID);
const VARIANTS: Variant[] = [
  { name: 'n-grams + signals (shipped)', features: (f) => f, useRow: () => true },
  { name: 'n-grams only', features: (f) => ({ ids: f.ids, dense: new Float32Array(f.dense.length) }), useRow: () => true },
  { name: 'signals only', features: (f) => ({ ids: ONLY_BIAS, dense: f.dense }), useRow: () => true },
  { name: 'n-grams + signals, no synthetic rows', features: (f) => f, useRow: (r) => !r.synthetic },
];

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

async function main(): Promise<void> {
  const t0 = Date.now();
  const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const cfg = { ...DEFAULT_FEATURE_CONFIG };
  const signalIds = SIGNAL_IDS.filter((id) => !MODEL_EXCLUDED_SIGNALS.includes(id)) as string[];
  const denseDim = denseFeatureNames(signalIds).length;
  const { rows } = prepare(cfg, signalIds, { log });
  const lines = [
    '| features | real test ROC-AUC | real PR-AUC | recall @ medium | recall @ high | genuine-ad FPR @ medium / high | synthetic ROC-AUC |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const v of VARIANTS) {
    const train = rows.filter((r) => r.split === 'train' && v.useRow(r));
    const weights = sampleWeights(train);
    const valReal = rows.filter((r) => r.split === 'val' && !r.synthetic);
    const valY = valReal.map((r) => r.label);
    const w = trainLogReg(
      train.map((r, i) => ({ ...v.features(r.features), y: r.label, w: weights[i] ?? 1 })),
      { buckets: cfg.buckets, denseDim, epochs: EPOCHS, lr: HYPER.lr, lrDense: HYPER.lrDense, l2: HYPER.l2, l2Dense: HYPER.l2Dense, seed: TRAIN_SEED, onEpoch: (_e, cur) => rocAuc(valReal.map((r) => forwardTs(cur, v.features(r.features))), valY) },
    );
    const score = (r: PreparedRow) => forwardTs(w, v.features(r.features));
    const genuineVal = valReal.filter((r) => r.label === 0 && r.jobAd).map(score);
    const tMed = thresholdForFpr(genuineVal, HYPER.fprMedium);
    const tHigh = Math.max(tMed, thresholdForFpr(genuineVal, HYPER.fprHigh));
    const testReal = rows.filter((r) => r.split === 'test' && !r.synthetic);
    const testSyn = rows.filter((r) => r.split === 'test' && r.synthetic);
    const s = testReal.map(score);
    const y = testReal.map((r) => r.label);
    const med = atThreshold(s, y, tMed);
    const high = atThreshold(s, y, tHigh);
    const genuine = testReal.filter((r) => r.label === 0 && r.jobAd).map(score);
    const fpr = (t: number) => genuine.filter((x) => x >= t).length / Math.max(1, genuine.length);
    lines.push(
      `| ${v.name} | ${f3(rocAuc(s, y))} | ${f3(prAuc(s, y))} | ${f3(med.recall)} | ${f3(high.recall)} | ${pct(fpr(tMed))} / ${pct(fpr(tHigh))} | ${f3(rocAuc(testSyn.map(score), testSyn.map((r) => r.label)))} |`,
    );
    log(`${v.name}: done`);
  }
  const md = [
    '## Ablation (`npm run ablation`)',
    '',
    `Same data, split and training settings (${EPOCHS} epochs, best epoch by real-validation ROC-AUC); thresholds per variant at the training FPR targets over all genuine validation ads; figures on the real test split, synthetic test apart. Generated ${new Date().toISOString().slice(0, 10)}.`,
    '',
    ...lines,
    '',
  ].join('\n');
  writeFileSync(ABLATION_PATH, md);
  console.log(`\n${md}`);
  log(`wrote ${ABLATION_PATH}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

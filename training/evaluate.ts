/**
 * npm run eval: re-loads the SHIPPED model (models/scam-job-radar.onnx + model.json) through
 * onnxruntime-web, rebuilds the same seeded split, and prints per source and per language —
 * real held-out and synthetic separately — n, positives, ROC-AUC, PR-AUC, recall and F1 at the
 * shipped thresholds, FPR on genuine job-board ads at medium/high, and expected calibration error.
 *
 * First, the target-domain figures (training/target-eval.ts): real_target_dev by grouped
 * cross-validation and the synthetic banks leave-one-bank-out, each fold scored by a model fitted
 * with the shipped training procedure without it (8 fits: several minutes).
 *
 * First of all, the job-post gate of feeds on the synthetic feeds (test/fixtures/feeds; no model):
 * lures passed, ordinary posts passed, genuine ads passed, per language. SJR_GATE_ONLY=1 stops there.
 *
 * Env: SJR_SPLIT=val to evaluate the validation split instead of test; SJR_QUICK=1 caps each
 * (source, label) cell of the auxiliary corpora at 1,500 rows for the fits (faster, for
 * experiments); SJR_TARGET_ONLY=1 stops after the target-domain figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { createClassifier, type ModelMeta } from '../src/detect/model.ts';
import { buildVerdict } from '../src/detect/verdict.ts';
import { denseFeatureNames } from '../src/detect/features.ts';
import { prepare } from './pipeline.ts';
import { capAuxiliaryRows, evaluateTarget, printTarget } from './target-eval.ts';
import { HYPER } from './train-config.ts';
import { buildReport, printReport, type Scored } from './report.ts';
import { formatGateTable, GATE_SURFACES, gateTable, passedOn } from '../test/fixtures/feeds/gate-measure.ts';

const ONNX = new URL('../models/scam-job-radar.onnx', import.meta.url);
const META = new URL('../models/model.json', import.meta.url);

async function main(): Promise<void> {
  const t0 = Date.now();
  for (const surface of GATE_SURFACES) console.log(`${formatGateTable(surface, gateTable(passedOn(surface)), false)}\n`);
  if (process.env.SJR_GATE_ONLY === '1') return;
  const meta = JSON.parse(readFileSync(META, 'utf8')) as ModelMeta;
  const bytes = new Uint8Array(readFileSync(ONNX));
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const clf = await createClassifier(ort, bytes, meta);
  const which = process.env.SJR_SPLIT === 'val' ? 'val' : 'test';
  console.log(
    `model ${meta.version} (${(bytes.length / 1024).toFixed(0)} KiB), thresholds medium ${meta.thresholds.medium} / high ${meta.thresholds.high}; evaluating the ${which} split`,
  );
  const quick = process.env.SJR_QUICK === '1';
  const { rows } = prepare(meta.featureConfig, meta.signalIds, { log: (m) => console.log(m) });
  const denseNames = denseFeatureNames(meta.signalIds);
  const fitRows = quick ? capAuxiliaryRows(rows, 1500) : rows;
  const target = evaluateTarget(fitRows, {
    featureCfg: meta.featureConfig,
    signalIds: meta.signalIds,
    denseNames,
    epochs: quick ? 12 : HYPER.epochs,
    log: (m) => console.log(m),
  });
  printTarget(target);
  if (process.env.SJR_DUMP) writeFileSync(process.env.SJR_DUMP, JSON.stringify(target.scored));
  if (process.env.SJR_TARGET_ONLY === '1') return;
  console.log('\nAUXILIARY CORPORA: the shipped model on the fixed test split (job boards: the false-positive check on ordinary ads)');
  const scored: Scored[] = [];
  for (const r of rows) {
    if (r.split !== which) continue;
    const p = await clf.predict(r.features);
    // What the product shows: the score after the evidence policy (policy.ts).
    const verdict = buildVerdict(p.probability, r.hits, p.contributions, meta.thresholds, meta.version);
    scored.push({ source: r.source, lang: r.lang, label: r.label, synthetic: r.synthetic, jobAd: r.jobAd, prob: verdict.score });
  }
  printReport(buildReport(scored, meta.thresholds));
  console.log(`\n${scored.length} rows scored through onnxruntime-web in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * npm run eval: re-loads the SHIPPED model (models/scam-job-radar.onnx + model.json) through
 * onnxruntime-web, rebuilds the same seeded split, and prints per source and per language —
 * real held-out and synthetic separately — n, positives, ROC-AUC, PR-AUC, recall and F1 at the
 * shipped thresholds, FPR on genuine job-board ads at medium/high, and expected calibration error.
 *
 * Env: SJR_SPLIT=val to evaluate the validation split instead of test.
 */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { createClassifier, type ModelMeta } from '../src/detect/model.ts';
import { prepare } from './pipeline.ts';
import { buildReport, printReport, type Scored } from './report.ts';

const ONNX = new URL('../models/scam-job-radar.onnx', import.meta.url);
const META = new URL('../models/model.json', import.meta.url);

async function main(): Promise<void> {
  const t0 = Date.now();
  const meta = JSON.parse(readFileSync(META, 'utf8')) as ModelMeta;
  const bytes = new Uint8Array(readFileSync(ONNX));
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const clf = await createClassifier(ort, bytes, meta);
  const which = process.env.SJR_SPLIT === 'val' ? 'val' : 'test';
  console.log(
    `model ${meta.version} (${(bytes.length / 1024).toFixed(0)} KiB), thresholds medium ${meta.thresholds.medium} / high ${meta.thresholds.high}; evaluating the ${which} split`,
  );
  const { rows } = prepare(meta.featureConfig, meta.signalIds, { log: (m) => console.log(m) });
  const scored: Scored[] = [];
  for (const r of rows) {
    if (r.split !== which) continue;
    const p = await clf.predict(r.features);
    scored.push({ source: r.source, lang: r.lang, label: r.label, synthetic: r.synthetic, jobAd: r.jobAd, prob: p.probability });
  }
  printReport(buildReport(scored, meta.thresholds));
  console.log(`\n${scored.length} rows scored through onnxruntime-web in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

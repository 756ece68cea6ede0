/**
 * npm run train: load → clean → dedup/group → split → train → calibrate → export ONNX +
 * model.json → evaluate on the test split → models/MODEL_CARD.md. Seeded and reproducible.
 *
 * Env: SJR_QUICK=1 caps each (source,label) cell at 1,500 rows and trains fewer epochs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { DEFAULT_FEATURE_CONFIG, denseFeatureNames } from '../src/detect/features.ts';
import { createClassifier, forwardTs, type ModelMeta } from '../src/detect/model.ts';
import { SIGNAL_IDS } from '../src/detect/signals/index.ts';
import { writeModelCard } from './card.ts';
import { buildVerdict } from '../src/detect/verdict.ts';
import { fitModel } from './fit.ts';
import { evaluateTarget, printTarget } from './target-eval.ts';
import { buildOnnx } from './onnx.ts';
import { prepare, SPLIT_SEED, SYNTHETIC_PER_LANG, SYNTHETIC_SEED, type PreparedRow } from './pipeline.ts';
import { buildReport, printReport, type Scored } from './report.ts';
import { CARD_PATH, HYPER, META_PATH, MODEL_EXCLUDED_SIGNALS, MODELS_DIR, ONNX_PATH } from './train-config.ts';

async function main(): Promise<void> {
  const quick = process.env.SJR_QUICK === '1';
  const tStart = Date.now();
  const log = (m: string) => console.log(`[${((Date.now() - tStart) / 1000).toFixed(1)}s] ${m}`);
  const cfg = { ...DEFAULT_FEATURE_CONFIG };
  // Weak cues (a generic role title, emoji) are common in genuine BPO ads; as model inputs they
  // taught the model "customer service = scam". They stay detectors, not features.
  const signalIds = SIGNAL_IDS.filter((id) => !MODEL_EXCLUDED_SIGNALS.includes(id)) as string[];
  const denseNames = denseFeatureNames(signalIds);
  log(`signals (${signalIds.length}): ${signalIds.join(', ')}`);

  log('loading data');
  const { rows, stats } = prepare(cfg, signalIds, { log, ...(quick ? { capPerCell: 1500 } : {}) });
  const train = rows.filter((r) => r.split === 'train');
  const val = rows.filter((r) => r.split === 'val');
  const test = rows.filter((r) => r.split === 'test');
  const valReal = val.filter((r) => !r.synthetic);
  log(`split: train ${train.length}, val ${val.length} (real ${valReal.length}), test ${test.length}`);

  const fit = fitModel(train, valReal, { buckets: cfg.buckets, denseDim: denseNames.length, denseNames, epochs: quick ? 4 : HYPER.epochs, log });
  const { weights: w, calibration, thresholds, keptEpoch: bestEpoch, keptValAuc: bestValAuc, trainSeconds, valGenuine } = fit;
  log(`trained in ${trainSeconds.toFixed(1)} s; kept epoch ${bestEpoch}`);
  log(`platt a=${calibration.a.toFixed(4)} b=${calibration.b.toFixed(4)}`);
  log(`thresholds: medium ${thresholds.medium}, high ${thresholds.high} (on ${valGenuine.n} genuine validation ads)`);

  // Export.
  mkdirSync(MODELS_DIR, { recursive: true });
  const bytes = buildOnnx(w, 'Scam Job Radar: hashed n-gram + red-flag-signal logistic regression');
  const created = new Date().toISOString();
  const version = nextVersion(created.slice(0, 10).replace(/-/g, '.'));

  // Test evaluation through onnxruntime-web (the shipped path), parity-checked against TS.
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const provisional: ModelMeta = {
    version,
    created,
    featureConfig: cfg,
    signalIds,
    denseNames,
    calibration,
    thresholds,
    denseWeights: Array.from(w.dense, (x) => round(x, 7)),
    embeddingDim: 1,
  };
  const clf = await createClassifier(ort, bytes, provisional);
  let maxDiff = 0;
  const scored: Scored[] = [];
  for (const r of test) {
    const p = await clf.predict(r.features);
    maxDiff = Math.max(maxDiff, Math.abs(p.logit - forwardTs(w, r.features)));
    // What the product shows: the score after the evidence policy (policy.ts).
    const verdict = buildVerdict(p.probability, r.hits, p.contributions, thresholds, version);
    scored.push({ source: r.source, lang: r.lang, label: r.label, synthetic: r.synthetic, jobAd: r.jobAd, prob: verdict.score });
  }
  log(`test scored through onnxruntime-web: ${test.length} rows, max |ORT − TS| logit diff ${maxDiff.toExponential(2)}`);
  const report = buildReport(scored, thresholds);
  printReport(report);

  const topWeights = Object.fromEntries(denseNames.map((n, i) => [n, round(w.dense[i] ?? 0, 4)]));
  const meta: ModelMeta = {
    ...provisional,
    metrics: {
      split: { seed: SPLIT_SEED, train: train.length, val: val.length, test: test.length },
      validation: { genuineAds: valGenuine.n, fprMedium: valGenuine.fprMedium, fprHigh: valGenuine.fprHigh },
      test: { real: report.realOverall, synthetic: report.syntheticOverall },
      parityMaxAbsDiff: maxDiff,
      trainSeconds,
      keptEpoch: bestEpoch,
    },
  };
  // Target-domain figures: one fit per cross-validation fold and per left-out bank (the same recipe).
  log('target-domain evaluation (grouped CV on real_target_dev, leave-one-bank-out)');
  const target = evaluateTarget(rows, { featureCfg: cfg, signalIds, denseNames, epochs: quick ? 4 : HYPER.epochs, log });
  printTarget(target);
  meta.metrics = { ...(meta.metrics as object), target: { real: target.real, realTruncated: target.realTruncated, banks: target.banks } };

  writeFileSync(ONNX_PATH, bytes);
  writeFileSync(META_PATH, `${JSON.stringify(meta, null, 2)}\n`);
  writeModelCard(CARD_PATH, {
    meta,
    report,
    stats,
    rows,
    onnxBytes: bytes.length,
    trainSeconds,
    keptEpoch: bestEpoch,
    keptValAuc: bestValAuc,
    totalSeconds: (Date.now() - tStart) / 1000,
    hyper: HYPER,
    denseWeights: topWeights,
    syntheticSeed: SYNTHETIC_SEED,
    syntheticPerLang: SYNTHETIC_PER_LANG,
    quick,
    splitSeed: SPLIT_SEED,
    valGenuine,
    target,
  });
  log(`wrote ${ONNX_PATH} (${(bytes.length / 1024).toFixed(0)} KiB), ${META_PATH}, ${CARD_PATH}`);
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

export type { PreparedRow };

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * "sjr-2026.12.06-lr"; a second model trained the same day gets a letter ("sjr-2026.12.06b-lr"),
 * so that a verdict's model field never names two different models.
 */
function nextVersion(date: string): string {
  const path = `${MODELS_DIR}model.json`;
  const prev = existsSync(path) ? String((JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version ?? '') : '';
  const m = /^sjr-(\d{4}\.\d{2}\.\d{2})([b-z]?)-lr$/.exec(prev);
  if (!m || m[1] !== date) return `sjr-${date}-lr`;
  const letter = m[2] ? String.fromCharCode((m[2] as string).charCodeAt(0) + 1) : 'b';
  return `sjr-${date}${letter}-lr`;
}

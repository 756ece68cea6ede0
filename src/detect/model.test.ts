/**
 * Parity between the shipped ONNX model (run through onnxruntime-web) and the plain TypeScript
 * forward pass, on a few hundred texts, using the shipped models/ files.
 */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODEL_META } from './model-meta.ts';
import { readOnnxWeights } from '../../training/onnx.ts';
import { generateSynthetic } from '../../training/synthetic/generate.ts';
import { featurize, denseFeatureNames } from './features.ts';
import { calibrate, createClassifier, forwardTs, type Classifier } from './model.ts';
import { normaliseText } from './normalise.ts';
import { detectSignals } from './signals/index.ts';

const MODEL = new URL('../../models/scam-job-radar.onnx', import.meta.url);
const M = MODEL_META;

function texts(): string[] {
  const syn = generateSynthetic({ seed: 99, perLang: 12 }).map((r) => r.text);
  const extra = [
    '',
    'a',
    'Data Scientist\nBank Negara Malaysia\nKuala Lumpur\nWe are looking for a data scientist with 3 years of Python experience.',
    '急招客服 柬埔寨 包吃包住 月薪2万 飞机 @abc',
    ('long text with many words and telegram handles ' + '💰✈️ ').repeat(3000),
  ];
  return [...syn, ...extra];
}

describe('shipped model', () => {
  let clf: Classifier;
  const bytes = new Uint8Array(readFileSync(MODEL));
  beforeAll(async () => {
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    clf = await createClassifier(ort, bytes, M);
  });

  it('model.json is consistent with the ONNX file', () => {
    const w = readOnnxWeights(bytes);
    expect(w.table.length / w.dim).toBe(M.featureConfig.buckets);
    expect(M.denseNames).toEqual(denseFeatureNames(M.signalIds));
    expect(w.dense.length).toBe(M.denseNames.length);
    expect(M.denseWeights.length).toBe(M.denseNames.length);
    for (const [i, x] of M.denseWeights.entries()) expect(x).toBeCloseTo(w.dense[i] ?? 0, 5);
    expect(M.thresholds.medium).toBeLessThanOrEqual(M.thresholds.high);
    expect(bytes.length).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('ORT and the TypeScript forward pass agree within 1e-5 on a few hundred texts', async () => {
    const w = readOnnxWeights(bytes);
    const all = texts();
    expect(all.length).toBeGreaterThanOrEqual(250);
    let maxDiff = 0;
    for (const t of all) {
      const norm = normaliseText(t);
      const f = featurize(norm, detectSignals(norm), M.signalIds, M.featureConfig);
      const p = await clf.predict(f);
      const ts = forwardTs(w, f);
      maxDiff = Math.max(maxDiff, Math.abs(p.logit - ts));
      expect(p.probability).toBeCloseTo(calibrate(p.logit, M.calibration), 12);
      expect(p.probability).toBeGreaterThanOrEqual(0);
      expect(p.probability).toBeLessThanOrEqual(1);
      const sum = Object.values(p.contributions).reduce((a, b) => a + b, 0);
      let dense = 0;
      for (const [i, x] of f.dense.entries()) dense += x * (w.dense[i] ?? 0);
      expect(sum).toBeCloseTo(dense, 5);
    }
    expect(maxDiff).toBeLessThan(1e-5);
  });

  it('predictions asked for at once all succeed, each as if asked alone (one failing does not stop the rest)', async () => {
    const fs = texts()
      .slice(0, 80)
      .map((t) => {
        const norm = normaliseText(t);
        return featurize(norm, detectSignals(norm), M.signalIds, M.featureConfig);
      });
    const alone: number[] = [];
    for (const f of fs) alone.push((await clf.predict(f)).logit);
    const bad = { ids: Int32Array.of(0), dense: new Float32Array(1) };
    const together = await Promise.allSettled([...fs.slice(0, 40), bad, ...fs.slice(40)].map((f) => clf.predict(f)));
    expect(together[40]?.status).toBe('rejected');
    const logits = together.filter((_, i) => i !== 40).map((r) => (r.status === 'fulfilled' ? r.value.logit : r.reason));
    expect(logits).toEqual(alone);
  });

  it('rejects a dense vector of the wrong width', async () => {
    await expect(clf.predict({ ids: Int32Array.of(0), dense: new Float32Array(1) })).rejects.toThrow(/dense feature width/);
  });

  it('scores an obvious lure above a plain genuine ad', async () => {
    const score = async (t: string) => {
      const n = normaliseText(t);
      return (await clf.predict(featurize(n, detectSignals(n), M.signalIds, M.featureConfig))).probability;
    };
    const lure = await score(
      'URGENT HIRING Customer Service in Sihanoukville, Cambodia. Salary $3,000/month. Free flight, visa, food and accommodation. No experience needed. Travel on tourist visa. Contact Telegram @hr_asia88',
    );
    const genuine = await score(
      'Senior Java Backend Developer\nSHINHAN DS\nHo Chi Minh City\nBachelor degree in Computer Science. 3+ years Spring Boot. Apply via our careers page.',
    );
    expect(lure).toBeGreaterThan(genuine);
  });
});

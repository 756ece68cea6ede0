import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_CONFIG, featurize } from '../src/detect/features.ts';
import { createClassifier, forwardTs, type Classifier, type ForwardWeights, type ModelMeta } from '../src/detect/model.ts';
import { fitPlatt } from './calibrate.ts';
import { trainLogReg } from './lr.ts';
import { atThreshold, ece, prAuc, rocAuc, thresholdForFpr } from './metrics.ts';
import { buildOnnx, readOnnxWeights } from './onnx.ts';
import { generateSynthetic } from './synthetic/generate.ts';

describe('metrics', () => {
  it('ROC-AUC / PR-AUC / thresholds', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.5, 0.5], [0, 1])).toBe(0.5);
    expect(prAuc([0.9, 0.8, 0.1], [1, 0, 1])).toBeCloseTo((1 + 2 / 3) / 2);
    const m = atThreshold([0.1, 0.6, 0.7, 0.2], [0, 0, 1, 1], 0.5);
    expect(m).toMatchObject({ tp: 1, fp: 1, tn: 1, fn: 1 });
    const neg = Array.from({ length: 100 }, (_, i) => i / 100);
    const t = thresholdForFpr(neg, 0.05);
    expect(neg.filter((s) => s >= t).length).toBeLessThanOrEqual(5);
    expect(ece([0.9, 0.1], [1, 0])).toBeCloseTo(0.1);
  });
  it('Platt scaling recovers a known mapping', () => {
    const z: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = (i % 200) / 20 - 5;
      z.push(x);
      const p = 1 / (1 + Math.exp(-(2 * x - 1)));
      y.push(((i * 7919) % 1000) / 1000 < p ? 1 : 0);
    }
    const { a, b } = fitPlatt(z, y);
    expect(a).toBeGreaterThan(1.5);
    expect(a).toBeLessThan(2.5);
    expect(b).toBeLessThan(-0.5);
    expect(b).toBeGreaterThan(-1.5);
    // Over-confident logits (×40, |z| up to 200): a plain Newton step from a = 1 overshoots.
    const wide = fitPlatt(
      z.map((x) => 40 * x),
      y,
    );
    expect(wide.a * 40).toBeCloseTo(a, 3);
    expect(wide.b).toBeCloseTo(b, 3);
  });
});

describe('synthetic generator', () => {
  it('is deterministic, covers 11 languages, labels both classes, synthetic:true', () => {
    const a = generateSynthetic({ seed: 3, perLang: 10 });
    const b = generateSynthetic({ seed: 3, perLang: 10 });
    expect(a).toEqual(b);
    expect(new Set(a.map((r) => r.lang)).size).toBeGreaterThanOrEqual(11);
    expect(a.every((r) => r.synthetic && r.text.trim().length > 0)).toBe(true);
    expect(a.filter((r) => r.label === 1).length).toBe(110);
    expect(a.filter((r) => r.label === 0).length).toBe(110);
    expect(new Set(a.map((r) => r.id)).size).toBe(a.length);
  });
});

describe('tiny end-to-end: train, export ONNX, run through ORT', () => {
  const cfg = { ...DEFAULT_FEATURE_CONFIG, buckets: 1 << 12 };
  const pos = ['free flight visa telegram', 'telegram free food room', 'visa on arrival telegram job'];
  const neg = ['data analyst sql python', 'accountant jakarta excel', 'java developer spring'];
  const ex = [...pos.map((t) => ({ t, y: 1 as const })), ...neg.map((t) => ({ t, y: 0 as const }))].map(({ t, y }) => {
    const f = featurize(t, [], ['s1'], cfg);
    return { ids: f.ids, dense: f.dense, y, w: 1 };
  });

  /** Runs the exported model through ORT: the same logit as the TS pass, and the toy labels right. */
  async function checkThroughOrt(bytes: Uint8Array, w: ForwardWeights): Promise<Classifier> {
    const meta: ModelMeta = {
      version: 't',
      created: '',
      featureConfig: cfg,
      signalIds: ['s1'],
      denseNames: ['s1', 'a', 'b', 'c'],
      calibration: { kind: 'platt', a: 1, b: 0 },
      thresholds: { medium: 0.5, high: 0.8 },
      denseWeights: Array.from(w.dense),
    };
    ort.env.wasm.numThreads = 1;
    const clf = await createClassifier(ort, bytes, meta);
    for (const e of ex) {
      const p = await clf.predict({ ids: e.ids, dense: e.dense });
      expect(Math.abs(p.logit - forwardTs(w, { ids: e.ids, dense: e.dense }))).toBeLessThan(1e-5);
      expect(p.logit > 0 ? 1 : 0).toBe(e.y);
    }
    return clf;
  }

  it('with the text branch: learns the toy problem, round-trips through ONNX, ORT matches TS', async () => {
    // Only the branch can learn here (the table's learning rate is 0), so it must carry the signal.
    const branch = { buckets: 97, dim: 4, hidden: 6, lrEmbed: 0.3, lrHead: 0.1, l2Embed: 0 };
    const w = trainLogReg(ex, { buckets: cfg.buckets, denseDim: 4, epochs: 60, lr: 0, lrDense: 0, l2: 0, l2Dense: 0, seed: 1, branch });
    expect(w.table.every((x) => x === 0)).toBe(true);
    const bytes = buildOnnx(w);
    const back = readOnnxWeights(bytes);
    expect(back.branch).toMatchObject({ buckets: 97, dim: 4, hidden: 6 });
    expect(Array.from(back.branch?.w1 ?? [])).toEqual(Array.from(w.branch?.w1 ?? []));
    const clf = await checkThroughOrt(bytes, back);
    // Ids beyond the branch's buckets wrap (Mod) the same way in the graph and in TS.
    const wide = { ids: Int32Array.from([0, 96, 97, 4000, 4095]), dense: new Float32Array(4) };
    expect(Math.abs((await clf.predict(wide)).logit - forwardTs(back, wide))).toBeLessThan(1e-5);
  });

  it('learns a separable toy problem and ORT matches the TS forward pass', async () => {
    const w = trainLogReg(ex, { buckets: cfg.buckets, denseDim: 4, epochs: 30, lr: 0.3, lrDense: 0.1, l2: 0, l2Dense: 0, seed: 1 });
    const bytes = buildOnnx(w);
    const back = readOnnxWeights(bytes);
    expect(back.table.length).toBe(cfg.buckets);
    expect(back.branch).toBeUndefined();
    await checkThroughOrt(bytes, w);
  });
});

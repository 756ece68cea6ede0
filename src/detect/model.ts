/**
 * Runtime side of the classifier: runs the shipped ONNX graph through onnxruntime-web and
 * applies calibration. No Node APIs (used by the extension's service worker and the CLI).
 *
 * Graph (written by training/onnx.ts):
 *   ids:int32[N] (int64 in models before 2026-12-07) → Gather(table[V,D]) → Cast(double) → ReduceMean(axis 0) → Cast(float)
 *   → (D>1: MatMul W[D,1])
 *   dense:float32[1,S] → MatMul u[S,1]
 *   text branch (optional): ids mod V2 → Gather(embed[V2,E]) → mean → MatMul w1[E,H] + b1 → Relu
 *   → MatMul w2[H,1] + b2
 *   sum + b → logit:float32[1,1]
 * The signals enter only through the linear part, so each reason's contribution is exact.
 */
import type { FeatureConfig, Features } from './features.ts';

export interface Calibration {
  /** 'platt': p = sigmoid(a * logit + b). 'temperature': p = sigmoid(logit / a) (b unused). */
  kind: 'platt' | 'temperature' | 'none';
  a: number;
  b: number;
}

export interface ModelMeta {
  version: string;
  created: string;
  featureConfig: FeatureConfig;
  /** Signal ids in dense-feature order (SIGNAL_IDS at training time). */
  signalIds: string[];
  /** Names of every dense feature: signalIds then the extra dense features. */
  denseNames: string[];
  calibration: Calibration;
  /** Cut-offs on the calibrated probability. */
  thresholds: { medium: number; high: number };
  /** The dense part of the linear layer (logit units per unit of feature), denseNames order. */
  denseWeights: number[];
  /** Embedding width D of the hashed table (1 = plain linear bag). */
  embeddingDim?: number;
  metrics?: unknown;
}

export interface Prediction {
  /** Raw model output (before calibration). */
  logit: number;
  /** Calibrated probability that the posting is a scam lure. */
  probability: number;
  /** Per dense feature: weight × value, in raw logit units. */
  contributions: Record<string, number>;
}

export interface Classifier {
  meta: ModelMeta;
  predict(f: Features): Promise<Prediction>;
}

/** Weights for the plain TypeScript forward pass (same maths as the ONNX graph). */
export interface ForwardWeights {
  /** Row-major [V, D] table. */
  table: Float32Array;
  /** Embedding width D. */
  dim: number;
  /** [D] projection (omitted / ignored when D = 1: the table holds the weights directly). */
  proj?: Float32Array;
  /** [S] dense weights. */
  dense: Float32Array;
  /** Bias. */
  bias: number;
  /** Optional non-linear branch over a second, smaller embedding bag of the same ids. */
  branch?: TextBranch;
}

/** mean_k embed[ids_k mod buckets] → ReLU(· w1 + b1) · w2 + b2, added to the logit. */
export interface TextBranch {
  buckets: number;
  /** Embedding width E. */
  dim: number;
  /** Hidden units H. */
  hidden: number;
  /** Row-major [buckets, E]. */
  embed: Float32Array;
  /** Row-major [E, H]. */
  w1: Float32Array;
  /** [H] */
  b1: Float32Array;
  /** [H] */
  w2: Float32Array;
  b2: number;
}

export const INPUT_IDS = 'ids';
export const INPUT_DENSE = 'dense';
export const OUTPUT_LOGIT = 'logit';

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Calibrated probability for a raw logit. */
export function calibrate(logit: number, c: Calibration): number {
  switch (c.kind) {
    case 'platt':
      return sigmoid(c.a * logit + c.b);
    case 'temperature':
      return sigmoid(logit / (c.a || 1));
    default:
      return sigmoid(logit);
  }
}

/** Per dense feature contribution (weight × value) to the raw logit. */
export function denseContributions(meta: Pick<ModelMeta, 'denseNames' | 'denseWeights'>, dense: Float32Array): Record<string, number> {
  const out: Record<string, number> = {};
  meta.denseNames.forEach((name, i) => {
    out[name] = (meta.denseWeights[i] ?? 0) * (dense[i] ?? 0);
  });
  return out;
}

/** Plain TypeScript forward pass: the raw logit the ONNX graph computes. */
export function forwardTs(weights: ForwardWeights, f: Features): number {
  const D = weights.dim;
  const V = Math.floor(weights.table.length / D);
  const acc = new Float64Array(D);
  const n = f.ids.length;
  for (let k = 0; k < n; k++) {
    const id = f.ids[k] ?? 0;
    if (id < 0 || id >= V) throw new RangeError(`feature id ${id} outside table of ${V} rows`);
    const off = id * D;
    for (let d = 0; d < D; d++) acc[d] = (acc[d] ?? 0) + (weights.table[off + d] ?? 0);
  }
  let z = 0;
  if (D === 1 || !weights.proj) {
    z = n > 0 ? (acc[0] ?? 0) / n : 0;
  } else {
    for (let d = 0; d < D; d++) z += (n > 0 ? (acc[d] ?? 0) / n : 0) * (weights.proj[d] ?? 0);
  }
  for (let s = 0; s < weights.dense.length; s++) z += (weights.dense[s] ?? 0) * (f.dense[s] ?? 0);
  if (weights.branch) z += textBranchTs(weights.branch, f.ids);
  return z + weights.bias;
}

/** The text branch's share of the logit (float32 rounding where the graph casts to float). */
export function textBranchTs(b: TextBranch, ids: Int32Array): number {
  const E = b.dim;
  const mean = new Float64Array(E);
  const n = ids.length;
  for (let k = 0; k < n; k++) {
    const off = ((ids[k] ?? 0) % b.buckets) * E;
    for (let e = 0; e < E; e++) mean[e] = (mean[e] ?? 0) + (b.embed[off + e] ?? 0);
  }
  for (let e = 0; e < E; e++) mean[e] = n > 0 ? Math.fround((mean[e] ?? 0) / n) : 0;
  let out = b.b2;
  for (let h = 0; h < b.hidden; h++) {
    let a = b.b1[h] ?? 0;
    for (let e = 0; e < E; e++) a += (mean[e] ?? 0) * (b.w1[e * b.hidden + h] ?? 0);
    if (a > 0) out += a * (b.w2[h] ?? 0);
  }
  return out;
}

/** Throws when a feature vector does not fit the model (both passes refuse it the same way). */
export function checkDenseWidth(meta: Pick<ModelMeta, 'denseNames'>, f: Features): void {
  if (f.dense.length !== meta.denseNames.length) {
    throw new Error(`dense feature width ${f.dense.length} does not match the model (${meta.denseNames.length})`);
  }
}

/**
 * The ids as the model reads them: an id outside the table counts as id 0, and a text without
 * ids as one id 0 (the graph needs at least one row to average). Returns `ids` itself when it
 * needs no change.
 */
export function modelIds(ids: Int32Array, buckets: number): Int32Array {
  let inRange = ids.length > 0;
  for (let i = 0; inRange && i < ids.length; i++) {
    const id = ids[i] ?? 0;
    inRange = id >= 0 && id < buckets;
  }
  if (inRange) return ids;
  const out = new Int32Array(Math.max(1, ids.length));
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    out[i] = id >= 0 && id < buckets ? id : 0;
  }
  return out;
}

/** A raw logit as a Prediction: calibrated, with each dense feature's share. */
export function predictionFor(meta: ModelMeta, logit: number, dense: Float32Array): Prediction {
  return { logit, probability: calibrate(logit, meta.calibration), contributions: denseContributions(meta, dense) };
}

type Ort = typeof import('onnxruntime-web');

/**
 * Creates one InferenceSession for the model and returns a classifier around it.
 * The caller configures `ort.env` (e.g. wasm paths, numThreads = 1) beforehand.
 */
export async function createClassifier(ort: Ort, modelBytes: Uint8Array, meta: ModelMeta): Promise<Classifier> {
  const session = await ort.InferenceSession.create(modelBytes);
  const denseWidth = meta.denseNames.length;
  // Models from before 2026-12-07 take int64 ids; newer ones int32, fed without a copy.
  const idsMeta = session.inputMetadata.find((m) => m.name === INPUT_IDS);
  const int32Ids = !!idsMeta && idsMeta.isTensor && idsMeta.type === 'int32';
  const buckets = meta.featureConfig.buckets;

  // onnxruntime-web fails a run started while another is in flight on the same session
  // ("failed to call OrtRun()"), so runs go one after another, in the order asked.
  let last: Promise<unknown> = Promise.resolve();
  function predict(f: Features): Promise<Prediction> {
    // `last` never rejects: a failed run is caught below and the next one goes ahead.
    const run = last.then(() => predictNow(f));
    last = run.catch(() => undefined);
    return run;
  }

  async function predictNow(f: Features): Promise<Prediction> {
    checkDenseWidth(meta, f);
    const ids = modelIds(f.ids, buckets);
    let idsTensor: InstanceType<Ort['Tensor']>;
    if (int32Ids) idsTensor = new ort.Tensor('int32', ids, [ids.length]);
    else {
      const ids64 = new BigInt64Array(ids.length);
      for (let i = 0; i < ids.length; i++) ids64[i] = BigInt(ids[i] ?? 0);
      idsTensor = new ort.Tensor('int64', ids64, [ids.length]);
    }
    const feeds = {
      [INPUT_IDS]: idsTensor,
      [INPUT_DENSE]: new ort.Tensor('float32', Float32Array.from(f.dense), [1, denseWidth]),
    };
    const out = await session.run(feeds);
    const t = out[OUTPUT_LOGIT];
    if (!t) throw new Error(`model output "${OUTPUT_LOGIT}" missing`);
    return predictionFor(meta, Number((t.data as Float32Array)[0]), f.dense);
  }

  return { meta, predict };
}

/**
 * Logistic regression on a mean-pooled bag of hashed ids plus dense features, trained with
 * per-example AdaGrad (sparse-friendly: only the rows an example touches are updated),
 * sample weights and L2. Deterministic for a given seed.
 *
 *   z = mean_k table[ids_k] + dense · u + bias
 */
import type { ForwardWeights } from '../src/detect/model.ts';

export interface TrainExample {
  ids: Int32Array;
  dense: Float32Array;
  y: 0 | 1;
  w: number;
}

export interface TrainOptions {
  buckets: number;
  denseDim: number;
  epochs: number;
  /** AdaGrad learning rates. */
  lr: number;
  lrDense: number;
  /** L2 on the hashed table and on the dense weights. */
  l2: number;
  l2Dense: number;
  seed: number;
  /** Called after each epoch with the current weights; return a score to keep the best epoch (higher = better). */
  onEpoch?: (epoch: number, w: ForwardWeights) => number | undefined;
  log?: (msg: string) => void;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = xs[i] as T;
    xs[i] = xs[j] as T;
    xs[j] = t;
  }
  return xs;
}

export function trainLogReg(examples: readonly TrainExample[], o: TrainOptions): ForwardWeights {
  const V = o.buckets;
  const S = o.denseDim;
  const table = new Float32Array(V);
  const gTable = new Float32Array(V).fill(1e-6);
  const u = new Float32Array(S);
  const gU = new Float64Array(S).fill(1e-6);
  let bias = 0;
  let gBias = 1e-6;
  const rand = mulberry32(o.seed);
  const order = examples.map((_, i) => i);
  // Per-example scratch: unique ids with counts.
  const counts = new Map<number, number>();
  let best: ForwardWeights | undefined;
  let bestScore = -Infinity;
  const totalW = examples.reduce((a, e) => a + e.w, 0) || 1;
  const wScale = examples.length / totalW; // mean weight 1

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffleInPlace(order, rand);
    let loss = 0;
    for (const i of order) {
      const ex = examples[i] as TrainExample;
      const n = ex.ids.length || 1;
      let z = bias;
      for (let k = 0; k < ex.ids.length; k++) z += (table[ex.ids[k] ?? 0] ?? 0) / n;
      for (let s = 0; s < S; s++) z += (u[s] ?? 0) * (ex.dense[s] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const w = ex.w * wScale;
      loss += w * (ex.y === 1 ? -Math.log(Math.max(p, 1e-12)) : -Math.log(Math.max(1 - p, 1e-12)));
      const g = w * (p - ex.y);
      counts.clear();
      for (let k = 0; k < ex.ids.length; k++) {
        const id = ex.ids[k] ?? 0;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, c] of counts) {
        const grad = (g * c) / n + o.l2 * (table[id] ?? 0);
        const G = (gTable[id] ?? 0) + grad * grad;
        gTable[id] = G;
        table[id] = (table[id] ?? 0) - (o.lr * grad) / Math.sqrt(G);
      }
      for (let s = 0; s < S; s++) {
        const x = ex.dense[s] ?? 0;
        const grad = g * x + o.l2Dense * (u[s] ?? 0);
        if (grad === 0) continue;
        gU[s] = (gU[s] ?? 0) + grad * grad;
        u[s] = (u[s] ?? 0) - (o.lrDense * grad) / Math.sqrt(gU[s] ?? 1);
      }
      gBias += g * g;
      bias -= (o.lrDense * g) / Math.sqrt(gBias);
    }
    const current: ForwardWeights = { table, dim: 1, dense: u, bias };
    const score = o.onEpoch?.(epoch, current);
    o.log?.(`epoch ${epoch}: train loss ${(loss / examples.length).toFixed(4)}${score !== undefined ? `, selection score ${score.toFixed(4)}` : ''}`);
    if (score !== undefined && score > bestScore) {
      bestScore = score;
      best = { table: Float32Array.from(table), dim: 1, dense: Float32Array.from(u), bias };
    }
  }
  return best ?? { table, dim: 1, dense: u, bias };
}

/**
 * Logistic regression on a mean-pooled bag of hashed ids plus dense features, optionally with a
 * non-linear text branch, trained with per-example AdaGrad (sparse-friendly: only the rows an
 * example touches are updated), sample weights and L2. Deterministic for a given seed.
 *
 *   z = mean_k table[ids_k] + dense · u + bias
 *       [+ w2 · ReLU(mean_k embed[ids_k mod V2] · W1 + b1) + b2]
 */
import type { ForwardWeights, TextBranch } from '../src/detect/model.ts';

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
  /** Adds the non-linear text branch (see TextBranch in src/detect/model.ts). */
  branch?: BranchOptions;
  /** Called after each epoch with the current weights; return a score to keep the best epoch (higher = better). */
  onEpoch?: (epoch: number, w: ForwardWeights) => number | undefined;
  log?: (msg: string) => void;
}

export interface BranchOptions {
  buckets: number;
  dim: number;
  hidden: number;
  /** AdaGrad learning rates of the embedding and of the hidden/output layer. */
  lrEmbed: number;
  lrHead: number;
  l2Embed: number;
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
  const br = o.branch ? newBranch(o.branch, o.seed) : undefined;
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
      if (br) z += br.forward(ex.ids);
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
      br?.backward(g, counts, n);
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
    const current = weightsOf(table, u, bias, br?.weights);
    const score = o.onEpoch?.(epoch, current);
    o.log?.(`epoch ${epoch}: train loss ${(loss / examples.length).toFixed(4)}${score !== undefined ? `, selection score ${score.toFixed(4)}` : ''}`);
    if (score !== undefined && score > bestScore) {
      bestScore = score;
      best = weightsOf(Float32Array.from(table), Float32Array.from(u), bias, br && copyBranch(br.weights));
    }
  }
  return best ?? weightsOf(table, u, bias, br?.weights);
}

function weightsOf(table: Float32Array, dense: Float32Array, bias: number, branch?: TextBranch): ForwardWeights {
  return { table, dim: 1, dense, bias, ...(branch ? { branch } : {}) };
}

function copyBranch(b: TextBranch): TextBranch {
  return { ...b, embed: Float32Array.from(b.embed), w1: Float32Array.from(b.w1), b1: Float32Array.from(b.b1), w2: Float32Array.from(b.w2) };
}

/** The text branch's weights, AdaGrad state and per-example forward/backward. */
function newBranch(o: BranchOptions, seed: number) {
  // Its own generator, so that adding the branch does not change the shuffling order.
  const rand = mulberry32(seed ^ 0x5bd1e995);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
  const { buckets: V, dim: E, hidden: H } = o;
  const w: TextBranch = {
    buckets: V,
    dim: E,
    hidden: H,
    embed: new Float32Array(V * E).map(() => 0.1 * gauss()),
    w1: new Float32Array(E * H).map(() => Math.sqrt(2 / E) * gauss()),
    b1: new Float32Array(H),
    w2: new Float32Array(H).map(() => 0.1 * gauss()),
    b2: 0,
  };
  const gEmbed = new Float32Array(V * E).fill(1e-6);
  const gW1 = new Float64Array(E * H).fill(1e-6);
  const gB1 = new Float64Array(H).fill(1e-6);
  const gW2 = new Float64Array(H).fill(1e-6);
  let gB2 = 1e-6;
  const mean = new Float64Array(E);
  const pre = new Float64Array(H);
  const dMean = new Float64Array(E);
  return {
    weights: w,
    forward(ids: Int32Array): number {
      const n = ids.length || 1;
      mean.fill(0);
      for (let k = 0; k < ids.length; k++) {
        const off = ((ids[k] ?? 0) % V) * E;
        for (let e = 0; e < E; e++) mean[e] = (mean[e] ?? 0) + (w.embed[off + e] ?? 0) / n;
      }
      let out = w.b2;
      for (let h = 0; h < H; h++) {
        let a = w.b1[h] ?? 0;
        for (let e = 0; e < E; e++) a += (mean[e] ?? 0) * (w.w1[e * H + h] ?? 0);
        pre[h] = a;
        if (a > 0) out += a * (w.w2[h] ?? 0);
      }
      return out;
    },
    /** g = dLoss/dz of the last forward pass; counts = id → occurrences in it; n = its id count. */
    backward(g: number, counts: Map<number, number>, n: number): void {
      dMean.fill(0);
      for (let h = 0; h < H; h++) {
        const a = pre[h] ?? 0;
        if (a <= 0) continue;
        const gw2 = g * a;
        const dPre = g * (w.w2[h] ?? 0);
        gW2[h] = (gW2[h] ?? 0) + gw2 * gw2;
        w.w2[h] = (w.w2[h] ?? 0) - (o.lrHead * gw2) / Math.sqrt(gW2[h] ?? 1);
        gB1[h] = (gB1[h] ?? 0) + dPre * dPre;
        w.b1[h] = (w.b1[h] ?? 0) - (o.lrHead * dPre) / Math.sqrt(gB1[h] ?? 1);
        for (let e = 0; e < E; e++) {
          const i = e * H + h;
          dMean[e] = (dMean[e] ?? 0) + dPre * (w.w1[i] ?? 0);
          const gw1 = dPre * (mean[e] ?? 0);
          gW1[i] = (gW1[i] ?? 0) + gw1 * gw1;
          w.w1[i] = (w.w1[i] ?? 0) - (o.lrHead * gw1) / Math.sqrt(gW1[i] ?? 1);
        }
      }
      gB2 += g * g;
      w.b2 -= (o.lrHead * g) / Math.sqrt(gB2);
      // Ids that share a branch bucket each take their own AdaGrad step (cheap, and collisions are rare in one text).
      for (const [id, c] of counts) {
        const off = (id % V) * E;
        for (let e = 0; e < E; e++) {
          const i = off + e;
          const grad = ((dMean[e] ?? 0) * c) / n + o.l2Embed * (w.embed[i] ?? 0);
          gEmbed[i] = (gEmbed[i] ?? 0) + grad * grad;
          w.embed[i] = (w.embed[i] ?? 0) - (o.lrEmbed * grad) / Math.sqrt(gEmbed[i] ?? 1);
        }
      }
    },
  };
}

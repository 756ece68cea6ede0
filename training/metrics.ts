/** Evaluation metrics (unweighted). */

/** ROC-AUC via the rank-sum statistic with tie correction; NaN when one class is absent. */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let pos = 0;
  let neg = 0;
  for (const y of labels) y === 1 ? pos++ : neg++;
  if (!pos || !neg) return NaN;
  let rankSum = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1] ?? 0] === scores[idx[i] ?? 0]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[idx[k] ?? 0] === 1) rankSum += avgRank;
    i = j + 1;
  }
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** PR-AUC as average precision; NaN without positives. */
export function prAuc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const pos = labels.filter((y) => y === 1).length;
  if (!pos) return NaN;
  let tp = 0;
  let ap = 0;
  for (let k = 0; k < idx.length; k++) {
    if (labels[idx[k] ?? 0] === 1) {
      tp++;
      ap += tp / (k + 1);
    }
  }
  return ap / pos;
}

export interface AtThreshold {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  recall: number;
  precision: number;
  f1: number;
  fpr: number;
}

export function atThreshold(scores: readonly number[], labels: readonly number[], t: number): AtThreshold {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const y = labels[i];
    if (s >= t) y === 1 ? tp++ : fp++;
    else y === 1 ? fn++ : tn++;
  });
  const recall = tp + fn ? tp / (tp + fn) : NaN;
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : tp + fp + fn ? 0 : NaN;
  const fpr = fp + tn ? fp / (fp + tn) : NaN;
  return { tp, fp, tn, fn, recall, precision, f1, fpr };
}

/** Expected calibration error with equal-width bins. */
export function ece(probs: readonly number[], labels: readonly number[], bins = 10): number {
  const n = probs.length;
  if (!n) return NaN;
  const sumP = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  const cnt = new Float64Array(bins);
  probs.forEach((p, i) => {
    const b = Math.min(bins - 1, Math.floor(p * bins));
    sumP[b] = (sumP[b] ?? 0) + p;
    sumY[b] = (sumY[b] ?? 0) + (labels[i] ?? 0);
    cnt[b] = (cnt[b] ?? 0) + 1;
  });
  let e = 0;
  for (let b = 0; b < bins; b++) if (cnt[b]) e += Math.abs((sumP[b] ?? 0) - (sumY[b] ?? 0)) / n;
  return e;
}

/** Smallest threshold t (on the given scores) with FPR(t) ≤ maxFpr on the negatives. */
export function thresholdForFpr(negScores: readonly number[], maxFpr: number): number {
  const s = [...negScores].sort((a, b) => b - a);
  if (!s.length) return 0.5;
  const allowed = Math.floor(maxFpr * s.length);
  // Scores strictly above s[allowed] are at most `allowed` negatives.
  const cut = s[allowed] ?? 0;
  return nextUp(cut);
}

function nextUp(x: number): number {
  return x + Math.max(1e-9, Math.abs(x) * 1e-9);
}

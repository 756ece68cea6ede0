/**
 * Platt scaling: fits p = sigmoid(a·z + b) by Newton's method with Platt's smoothed targets and a
 * backtracking line search (Lin, Lin & Weng 2007), so that over-confident logits (|z| in the
 * tens, where a plain Newton step overshoots) still converge.
 */
export function fitPlatt(logits: readonly number[], labels: readonly number[], weights?: readonly number[]): { a: number; b: number } {
  let npos = 0;
  let nneg = 0;
  labels.forEach((y, i) => {
    const w = weights?.[i] ?? 1;
    if (y === 1) npos += w;
    else nneg += w;
  });
  const tPos = (npos + 1) / (npos + 2);
  const tNeg = 1 / (nneg + 2);
  const target = (i: number) => (labels[i] === 1 ? tPos : tNeg);
  // Cross-entropy against the smoothed targets, computed without overflow.
  const loss = (a: number, b: number) => {
    let f = 0;
    for (let i = 0; i < logits.length; i++) {
      const v = a * (logits[i] ?? 0) + b;
      const t = target(i);
      f += (weights?.[i] ?? 1) * (v >= 0 ? (1 - t) * v + Math.log1p(Math.exp(-v)) : -t * v + Math.log1p(Math.exp(v)));
    }
    return f;
  };
  let a = 1;
  let b = 0;
  let f = loss(a, b);
  for (let it = 0; it < 100; it++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 1e-12;
    let h01 = 0;
    let h11 = 1e-12;
    for (let i = 0; i < logits.length; i++) {
      const z = logits[i] ?? 0;
      const w = weights?.[i] ?? 1;
      const v = a * z + b;
      const p = v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
      const d = (p - target(i)) * w;
      g0 += d * z;
      g1 += d;
      const s = p * (1 - p) * w;
      h00 += s * z * z;
      h01 += s * z;
      h11 += s;
    }
    if (Math.abs(g0) < 1e-9 && Math.abs(g1) < 1e-9) break;
    const det = h00 * h11 - h01 * h01;
    if (!(Math.abs(det) > 1e-300)) break;
    const da = -(h11 * g0 - h01 * g1) / det;
    const db = -(h00 * g1 - h01 * g0) / det;
    const slope = g0 * da + g1 * db;
    let step = 1;
    let moved = false;
    while (step >= 1e-10) {
      const na = a + step * da;
      const nb = b + step * db;
      const nf = loss(na, nb);
      if (nf < f + 1e-4 * step * slope) {
        [a, b, f, moved] = [na, nb, nf, true];
        break;
      }
      step /= 2;
    }
    if (!moved || Math.abs(step * da) + Math.abs(step * db) < 1e-9) break;
  }
  return { a, b };
}

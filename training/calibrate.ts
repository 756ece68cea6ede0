/** Platt scaling: fits p = sigmoid(a·z + b) by Newton's method with Platt's smoothed targets. */
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
  let a = 1;
  let b = 0;
  for (let it = 0; it < 100; it++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 1e-9;
    let h01 = 0;
    let h11 = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const z = logits[i] ?? 0;
      const w = weights?.[i] ?? 1;
      const t = labels[i] === 1 ? tPos : tNeg;
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const d = (p - t) * w;
      g0 += d * z;
      g1 += d;
      const s = p * (1 - p) * w;
      h00 += s * z * z;
      h01 += s * z;
      h11 += s;
    }
    const det = h00 * h11 - h01 * h01;
    if (!(Math.abs(det) > 1e-12)) break;
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

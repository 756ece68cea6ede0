/**
 * Exact de-duplication and near-duplicate grouping, run BEFORE splitting so copies of the
 * same ad never end up on both sides of a split.
 *
 *  - exact: rows whose canonical text (lower-cased, letters/digits only) is identical are
 *    merged: the first copy is kept; if the copies disagree on the label, all are dropped.
 *  - near-duplicates: MinHash (32 permutations over hashed shingles: word 3-grams, or char
 *    4-grams for text without spaces, from the first 1,500 canonical chars) with LSH banding
 *    (8 bands × 4 rows); candidate pairs with estimated Jaccard ≥ 0.6 are joined, plus rows
 *    sharing the same canonical 120-char prefix (templated ads from one poster). Groups are
 *    the connected components (union–find).
 */
import type { Row } from './types.ts';

export function canonical(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function fnv(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

const NUM_PERM = 32;
const BANDS = 8;
const ROWS = NUM_PERM / BANDS;
const SHINGLE_CHARS = 1500;
export const NEAR_DUP_JACCARD = 0.6;
const PREFIX_CHARS = 120;

// Fixed odd multipliers / offsets for the permutations (deterministic).
const PERM_A = new Uint32Array(NUM_PERM);
const PERM_B = new Uint32Array(NUM_PERM);
for (let i = 0; i < NUM_PERM; i++) {
  PERM_A[i] = (fnv(`a${i}`) | 1) >>> 0;
  PERM_B[i] = fnv(`b${i}`);
}

const NO_SPACE_RE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/gu;

function shingles(canon: string): Set<number> {
  const s = canon.slice(0, SHINGLE_CHARS);
  const out = new Set<number>();
  const words = s.split(' ').filter(Boolean);
  // Mostly a script written without spaces (Han, kana, Thai, Khmer, Myanmar, Lao) → char 4-grams.
  const noSpace = (s.match(NO_SPACE_RE) ?? []).length;
  if (noSpace > s.length * 0.3 || words.length < s.length / 12) {
    const compact = s.replace(/ /g, '');
    for (let i = 0; i + 4 <= compact.length; i++) out.add(fnv(compact.slice(i, i + 4)));
    if (compact.length < 4 && compact) out.add(fnv(compact));
  } else {
    for (let i = 0; i + 3 <= words.length; i++) out.add(fnv(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
    if (words.length < 3) out.add(fnv(words.join(' ')));
  }
  return out;
}

export function minhash(canon: string): Uint32Array {
  const sig = new Uint32Array(NUM_PERM).fill(0xffffffff);
  for (const h of shingles(canon)) {
    for (let p = 0; p < NUM_PERM; p++) {
      const v = (Math.imul(h, PERM_A[p] ?? 1) + (PERM_B[p] ?? 0)) >>> 0;
      if (v < (sig[p] ?? 0)) sig[p] = v;
    }
  }
  return sig;
}

export function estJaccard(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while ((this.parent[r] ?? r) !== r) r = this.parent[r] ?? r;
    while ((this.parent[i] ?? i) !== r) {
      const next = this.parent[i] ?? i;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export interface DedupResult {
  rows: Row[];
  /** Group id per kept row (same index as rows). */
  groups: string[];
  exactDuplicatesRemoved: number;
  labelConflictsRemoved: number;
  nearDuplicateRowsGrouped: number;
}

export function dedupAndGroup(input: readonly Row[]): DedupResult {
  // Exact.
  const byKey = new Map<string, number[]>();
  const canons = input.map((r) => canonical(r.text));
  canons.forEach((c, i) => {
    const list = byKey.get(c);
    if (list) list.push(i);
    else byKey.set(c, [i]);
  });
  const keep: number[] = [];
  let exact = 0;
  let conflicts = 0;
  for (const idxs of byKey.values()) {
    const labels = new Set(idxs.map((i) => input[i]?.label));
    if (labels.size > 1) {
      conflicts += idxs.length;
      continue;
    }
    keep.push(idxs[0] ?? 0);
    exact += idxs.length - 1;
  }
  keep.sort((a, b) => a - b);
  const rows = keep.map((i) => input[i] as Row);
  const kc = keep.map((i) => canons[i] ?? '');

  // Near duplicates.
  const uf = new UnionFind(rows.length);
  const sigs = kc.map((c) => minhash(c));
  const buckets = new Map<string, number[]>();
  sigs.forEach((sig, i) => {
    for (let b = 0; b < BANDS; b++) {
      let key = `${b}`;
      for (let r = 0; r < ROWS; r++) key += `:${sig[b * ROWS + r]}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const first = list[0] ?? 0;
    for (let k = 1; k < list.length; k++) {
      const j = list[k] ?? 0;
      if (uf.find(first) === uf.find(j)) continue;
      // Compare with the first member (and a few others for large buckets).
      if (estJaccard(sigs[first] as Uint32Array, sigs[j] as Uint32Array) >= NEAR_DUP_JACCARD) uf.union(first, j);
      else {
        for (let m = 1; m < Math.min(k, 8); m++) {
          const o = list[m] ?? 0;
          if (estJaccard(sigs[o] as Uint32Array, sigs[j] as Uint32Array) >= NEAR_DUP_JACCARD) {
            uf.union(o, j);
            break;
          }
        }
      }
    }
  }
  const byPrefix = new Map<string, number>();
  kc.forEach((c, i) => {
    if (c.length < 40) return;
    const p = c.slice(0, PREFIX_CHARS);
    const prev = byPrefix.get(p);
    if (prev === undefined) byPrefix.set(p, i);
    else uf.union(prev, i);
  });
  const groupOf = rows.map((_, i) => uf.find(i));
  const sizes = new Map<number, number>();
  for (const g of groupOf) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  let grouped = 0;
  for (const g of groupOf) if ((sizes.get(g) ?? 0) > 1) grouped++;
  return {
    rows,
    groups: groupOf.map((g) => rows[g]?.id ?? String(g)),
    exactDuplicatesRemoved: exact,
    labelConflictsRemoved: conflicts,
    nearDuplicateRowsGrouped: grouped,
  };
}

/**
 * Hashed n-gram + dense red-flag features for the scam-lure classifier.
 *
 * Pure and deterministic, no Node or DOM APIs: runs unchanged in the browser service worker,
 * the CLI and the training scripts (training calls exactly this function, so the model sees
 * at run time what it saw in training).
 *
 * Sparse part (`ids`): the bag of hashed tokens, always starting with the bias id 0.
 *  - Text is lower-cased and split into runs:
 *    - "space-delimited" words (Latin, Cyrillic, Hangul, Vietnamese, ...): word n-grams
 *      (`wordNgrams`, e.g. unigrams + bigrams) and character n-grams of the word wrapped in
 *      boundary markers `<word>` (`charNgrams`, e.g. 3- and 4-grams).
 *    - runs of scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer,
 *      Myanmar): character n-grams of length n-1 for each n in `charNgrams` (3,4 → 2,3), and
 *      the run counts as one "word" for word bigrams only when it is short (≤ 4 chars).
 *    - emoji and currency symbols are single-symbol words (✈️💰 are lure cues).
 *  - Each token is hashed with FNV-1a 32-bit (seeded, with a per-kind prefix) + a murmur3
 *    finaliser, then mapped to 1 + h mod (buckets - 1). Bucket 0 is the bias token.
 *  - At most `maxTokens` ids (bias included) are produced: a 5 MB text costs no more than a
 *    long job ad.
 *
 * Dense part: for every id in `signalIds` the max strength of the hits with that id, then
 * the extra features named in EXTRA_DENSE_NAMES (counts of distinct strong signals, which let
 * a linear model reward the *combination* of red flags).
 */
import type { SignalHit } from '../shared/types.ts';

export interface FeatureConfig {
  /** Number of hash buckets (rows of the embedding table), including the bias bucket 0. */
  buckets: number;
  /** Word n-gram orders, e.g. [1, 2]. */
  wordNgrams: number[];
  /** Character n-gram orders for space-delimited words, e.g. [3, 4]; no-space scripts use n-1. */
  charNgrams: number[];
  /** Hash seed. */
  seed: number;
  /** Maximum number of ids per text, bias included. */
  maxTokens: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  buckets: 1 << 18,
  wordNgrams: [1, 2],
  charNgrams: [3, 4],
  seed: 0x5a17,
  maxTokens: 6000,
};

export interface Features {
  /** Hashed bucket ids; ids[0] is always the bias id 0, so the bag is never empty. */
  ids: Int32Array;
  /** One value per signal id (max strength), then one per EXTRA_DENSE_NAMES entry. */
  dense: Float32Array;
}

/** The bias bucket. */
export const BIAS_ID = 0;

/** Dense features appended after the per-signal strengths, in this order. */
export const EXTRA_DENSE_NAMES = ['n_strong_signals_ge2', 'n_strong_signals_ge3', 'n_strong_signals_ge4'] as const;

/** A hit counts as "strong" for the combination features from this strength on. */
const STRONG = 0.5;

/** Names of every dense feature for a given signal-id list (what model.json stores). */
export function denseFeatureNames(signalIds: readonly string[]): string[] {
  return [...signalIds, ...EXTRA_DENSE_NAMES];
}

// Token-kind prefixes keep e.g. the word "ab" and the char bigram "ab" in different buckets.
const KIND_WORD = 0x77; // 'w'
const KIND_BIGRAM = 0x62; // 'b'
const KIND_CHAR = 0x63; // 'c'
const KIND_SCRIPT = 0x73; // 's'
const KIND_NGRAM = 0x6e; // 'n' (word n-grams of order >= 3)

const NO_SPACE_CLASS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}\\u30FC';

// Tokens, by code point (what the regex
//   ([NO_SPACE]+) | ((?:(?![NO_SPACE])[\p{L}\p{M}\p{N}])+) | (\p{Extended_Pictographic}|\p{Sc})
// with the `u` flag would match; a hand-written scanner is several times faster than running it).
const CLS_OTHER = 1;
const CLS_NO_SPACE = 2;
const CLS_WORD = 3;
const CLS_SYMBOL = 4;
const NO_SPACE_CP = new RegExp(`^[${NO_SPACE_CLASS}]$`, 'u');
const WORD_CP = /^[\p{L}\p{M}\p{N}]$/u;
const SYMBOL_CP = /^(?:\p{Extended_Pictographic}|\p{Sc})$/u;

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  if (NO_SPACE_CP.test(c)) return CLS_NO_SPACE;
  if (WORD_CP.test(c)) return CLS_WORD;
  if (SYMBOL_CP.test(c)) return CLS_SYMBOL;
  return CLS_OTHER;
}

// Class of each BMP code unit, filled on first sight (0 = not yet known); astral code points
// are cached in a map. Lone surrogates are code points of their own and never word characters.
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function classAt(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
    const v = text.charCodeAt(i + 1);
    if ((v & 0xfc00) === 0xdc00) {
      const cp = ((u - 0xd800) << 10) + (v - 0xdc00) + 0x10000;
      let c = ASTRAL_CLASS.get(cp);
      if (c === undefined) {
        // Bounded: a hostile text full of distinct rare characters must not grow it forever.
        if (ASTRAL_CLASS.size >= 4096) ASTRAL_CLASS.clear();
        ASTRAL_CLASS.set(cp, (c = classify(cp)));
      }
      return c;
    }
  }
  let c = BMP_CLASS[u]!;
  if (c === 0) BMP_CLASS[u] = c = u >= 0xd800 && u <= 0xdfff ? CLS_OTHER : classify(u);
  return c;
}

/** Code units taken by the code point at i (2 for a valid surrogate pair). */
function cpLength(text: string, i: number): number {
  const u = text.charCodeAt(i);
  return u >= 0xd800 && u <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Words longer than this only contribute their first chars to char n-grams. */
const MAX_WORD_CHARS = 40;
/** No-space runs longer than this are cut into pieces of this size (keeps n-grams local). */
const MAX_RUN_CHARS = 400;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnvStart(seed: number, kind: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  h ^= kind;
  return Math.imul(h, 0x01000193);
}

function fnvAdd(h: number, s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const SEP = 0x1f;
const MERSENNE_18 = (1 << 18) - 1;

/**
 * u % m for an unsigned 32-bit u and 1 ≤ m < 2^32, without `%` on doubles (u above 2^31 is
 * not a small integer in V8, and its `%` is a slow fmod call: it was most of featurize's time).
 * The quotient u / m in double precision is exact enough that floor() is off by at most one.
 */
function modU32(u: number, m: number): number {
  if (m === MERSENNE_18) {
    // 2^18 ≡ 1 (mod 2^18 - 1): fold the high bits onto the low ones (the default table size).
    let r = (u & MERSENNE_18) + (u >>> 18);
    r = (r & MERSENNE_18) + (r >>> 18);
    return r === MERSENNE_18 ? 0 : r;
  }
  let r = u - Math.floor(u / m) * m;
  if (r < 0) r += m;
  else if (r >= m) r -= m;
  return r;
}

// Scratch space for one word wrapped in `<…>` or one no-space piece: its UTF-16 code units and
// where each code point starts (n-grams count code points, so astral characters stay whole).
// featurize is synchronous, so one module-level buffer is safe.
const UNITS = new Uint16Array(Math.max(MAX_WORD_CHARS + 2, MAX_RUN_CHARS) + 1);
const CP_START = new Int32Array(UNITS.length + 1);

/** Whether UNITS[0..len) holds any surrogate code unit. */
function hasSurrogate(len: number): boolean {
  for (let j = 0; j < len; j++) {
    const u = UNITS[j]!;
    if (u >= 0xd800 && u <= 0xdfff) return true;
  }
  return false;
}

/** Fills CP_START for UNITS[0..len) and returns the number of code points. */
function codePointStarts(len: number): number {
  let n = 0;
  let j = 0;
  while (j < len) {
    CP_START[n++] = j;
    const u = UNITS[j]!;
    j += u >= 0xd800 && u <= 0xdbff && j + 1 < len && (UNITS[j + 1]! & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  CP_START[n] = len;
  return n;
}

let ID_SCRATCH = new Int32Array(0);

/** The growing list of ids of one text, with the word history for word n-grams. */
class IdBag {
  readonly ids: Int32Array;
  count = 1;
  // The most recent words as [start, end) ranges of the text, oldest first.
  private readonly recentStart: Int32Array;
  private readonly recentEnd: Int32Array;
  private nRecent = 0;
  private readonly maxOrder: number;

  constructor(
    private readonly text: string,
    readonly cap: number,
    private readonly mod: number,
    private readonly wordOrders: readonly number[],
    private readonly wordStart: readonly number[],
  ) {
    // The scratch buffer (featurize is synchronous); featurize returns a copy of its used part.
    if (ID_SCRATCH.length < cap) ID_SCRATCH = new Int32Array(cap);
    this.ids = ID_SCRATCH;
    this.ids[0] = BIAS_ID;
    this.maxOrder = wordOrders[wordOrders.length - 1] ?? 0;
    this.recentStart = new Int32Array(this.maxOrder);
    this.recentEnd = new Int32Array(this.maxOrder);
  }

  get full(): boolean {
    return this.count >= this.cap;
  }

  /** Forgets the word history (a long no-space run breaks word n-grams). */
  breakWords(): void {
    this.nRecent = 0;
  }

  /** The word text[start, end): its word n-grams with the words before it. */
  word(start: number, end: number): void {
    const rs = this.recentStart;
    const re = this.recentEnd;
    if (this.maxOrder === 0) return;
    if (this.nRecent === this.maxOrder) {
      // Drop the oldest word (a loop: copyWithin's call costs more for two or three slots).
      for (let k = 1; k < this.maxOrder; k++) {
        rs[k - 1] = rs[k]!;
        re[k - 1] = re[k]!;
      }
    } else {
      this.nRecent++;
    }
    rs[this.nRecent - 1] = start;
    re[this.nRecent - 1] = end;
    const orders = this.wordOrders;
    const n0 = this.nRecent;
    for (let o = 0; o < orders.length; o++) {
      const n = orders[o]!;
      if (n > n0) break;
      let h = this.wordStart[o]!;
      for (let k = n0 - n; k < n0; k++) {
        if (k > n0 - n) h = Math.imul(h ^ SEP, 0x01000193);
        h = fnvAdd(h, this.text, rs[k]!, re[k]!);
      }
      if (this.count < this.cap) this.ids[this.count++] = 1 + modU32(fmix32(h), this.mod);
    }
  }

  /** Char n-grams of the `len` code units in UNITS, for each order with its FNV start state. */
  chars(len: number, orders: readonly number[], starts: readonly number[]): void {
    const ids = this.ids;
    const cap = this.cap;
    const mod = this.mod;
    let count = this.count;
    if (!hasSurrogate(len)) {
      // One code unit per code point (nearly every word): n-grams straight off UNITS.
      for (let o = 0; o < orders.length && count < cap; o++) {
        const n = orders[o]!;
        const h0 = starts[o]!;
        for (let i = 0; i + n <= len && count < cap; i++) {
          let h = h0;
          for (let j = i; j < i + n; j++) h = Math.imul(h ^ UNITS[j]!, 0x01000193);
          ids[count++] = 1 + modU32(fmix32(h), mod);
        }
      }
      this.count = count;
      return;
    }
    const cps = codePointStarts(len);
    for (let o = 0; o < orders.length && count < cap; o++) {
      const n = orders[o]!;
      const h0 = starts[o]!;
      for (let i = 0; i + n <= cps && count < cap; i++) {
        let h = h0;
        const end = CP_START[i + n]!;
        for (let j = CP_START[i]!; j < end; j++) h = Math.imul(h ^ UNITS[j]!, 0x01000193);
        ids[count++] = 1 + modU32(fmix32(h), mod);
      }
    }
    this.count = count;
  }
}

/**
 * Featurises one already-normalised posting text (normaliseText output) and its signal hits.
 *
 * Hot path (runs for every posting the extension sees): no regex, and no per-word strings or
 * arrays. The output is pinned, id for id, to the plain implementation in
 * features.reference.ts by features.test.ts.
 */
export function featurize(normalisedText: string, hits: SignalHit[], signalIds: readonly string[], cfg: FeatureConfig): Features {
  const buckets = Math.max(2, Math.floor(cfg.buckets));
  const cap = Math.max(1, Math.floor(cfg.maxTokens));
  const seed = cfg.seed | 0;
  const wordOrders = cfg.wordNgrams.filter((n) => n >= 1).sort((a, b) => a - b);
  const charOrders = cfg.charNgrams.filter((n) => n >= 1);
  const scriptOrders = charOrders.map((n) => Math.max(1, n - 1));

  // FNV start states: per word n-gram order, and per (kind, char n-gram order).
  const wordStart = wordOrders.map((n) => {
    const h = fnvStart(seed, n === 1 ? KIND_WORD : n === 2 ? KIND_BIGRAM : KIND_NGRAM);
    return n > 2 ? Math.imul(h ^ n, 0x01000193) : h;
  });
  const charStart = charOrders.map((n) => Math.imul(fnvStart(seed, KIND_CHAR) ^ n, 0x01000193));
  const scriptStart = scriptOrders.map((n) => Math.imul(fnvStart(seed, KIND_SCRIPT) ^ n, 0x01000193));

  const text = typeof normalisedText === 'string' ? normalisedText.toLowerCase() : '';
  const bag = new IdBag(text, cap, buckets - 1, wordOrders, wordStart);
  const len = text.length;

  let i = 0;
  while (i < len && !bag.full) {
    const cls = classAt(text, i);
    const start = i;
    if (cls === CLS_OTHER) {
      i += cpLength(text, i);
      continue;
    }
    if (cls === CLS_SYMBOL) {
      i += cpLength(text, i);
      bag.word(start, i);
      continue;
    }
    // A run of one class (no-space script, or word characters).
    i += cpLength(text, i);
    while (i < len && classAt(text, i) === cls) i += cpLength(text, i);
    if (cls === CLS_NO_SPACE) {
      for (let p = start; p < i && !bag.full; p += MAX_RUN_CHARS) {
        const end = Math.min(i, p + MAX_RUN_CHARS);
        for (let j = p; j < end; j++) UNITS[j - p] = text.charCodeAt(j);
        bag.chars(end - p, scriptOrders, scriptStart);
        if (end - p <= 4) bag.word(p, end);
        else bag.breakWords();
      }
    } else {
      bag.word(start, i);
      if (charOrders.length && !bag.full) {
        const wl = Math.min(i - start, MAX_WORD_CHARS);
        UNITS[0] = 0x3c; // '<'
        for (let j = 0; j < wl; j++) UNITS[j + 1] = text.charCodeAt(start + j);
        UNITS[wl + 1] = 0x3e; // '>'
        bag.chars(wl + 2, charOrders, charStart);
      }
    }
  }

  const dense = new Float32Array(signalIds.length + EXTRA_DENSE_NAMES.length);
  const index = new Map<string, number>();
  for (const [i, id] of signalIds.entries()) index.set(id, i);
  for (const h of hits) {
    const i = index.get(h.id);
    if (i === undefined) continue;
    const s = Number.isFinite(h.strength) ? Math.min(1, Math.max(0, h.strength)) : 0;
    if (s > (dense[i] ?? 0)) dense[i] = s;
  }
  let strong = 0;
  for (let i = 0; i < signalIds.length; i++) if ((dense[i] ?? 0) >= STRONG) strong++;
  const base = signalIds.length;
  dense[base] = strong >= 2 ? 1 : 0;
  dense[base + 1] = strong >= 3 ? 1 : 0;
  dense[base + 2] = strong >= 4 ? 1 : 0;

  return { ids: bag.ids.slice(0, bag.count), dense };
}

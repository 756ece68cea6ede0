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
const TOKEN_RE = new RegExp(
  `([${NO_SPACE_CLASS}]+)|((?:(?![${NO_SPACE_CLASS}])[\\p{L}\\p{M}\\p{N}])+)|(\\p{Extended_Pictographic}|\\p{Sc})`,
  'gu',
);

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

class Bag {
  readonly ids: number[] = [BIAS_ID];
  constructor(
    private readonly cap: number,
    private readonly mod: number,
  ) {}
  get full(): boolean {
    return this.ids.length >= this.cap;
  }
  push(h: number): void {
    if (this.ids.length < this.cap) this.ids.push(1 + (fmix32(h) % this.mod));
  }
}

/**
 * Featurises one already-normalised posting text (normaliseText output) and its signal hits.
 */
export function featurize(normalisedText: string, hits: SignalHit[], signalIds: readonly string[], cfg: FeatureConfig): Features {
  const buckets = Math.max(2, Math.floor(cfg.buckets));
  const cap = Math.max(1, Math.floor(cfg.maxTokens));
  const bag = new Bag(cap, buckets - 1);
  const seed = cfg.seed | 0;
  const wordOrders = cfg.wordNgrams.filter((n) => n >= 1).sort((a, b) => a - b);
  const charOrders = cfg.charNgrams.filter((n) => n >= 1);
  const scriptOrders = charOrders.map((n) => Math.max(1, n - 1));
  const maxOrder = wordOrders.length ? (wordOrders[wordOrders.length - 1] ?? 1) : 0;

  const text = typeof normalisedText === 'string' ? normalisedText.toLowerCase() : '';
  // Recent words (for word n-grams), newest last.
  const recent: string[] = [];

  const emitWord = (w: string): void => {
    recent.push(w);
    if (recent.length > maxOrder) recent.shift();
    for (const n of wordOrders) {
      if (n > recent.length) break;
      const kind = n === 1 ? KIND_WORD : n === 2 ? KIND_BIGRAM : KIND_NGRAM;
      let h = fnvStart(seed, kind);
      if (n > 2) h = Math.imul(h ^ n, 0x01000193);
      for (let k = recent.length - n; k < recent.length; k++) {
        const part = recent[k] ?? '';
        if (k > recent.length - n) {
          h ^= SEP;
          h = Math.imul(h, 0x01000193);
        }
        h = fnvAdd(h, part, 0, part.length);
      }
      bag.push(h);
    }
  };

  const emitChars = (s: string, orders: readonly number[], kind: number): void => {
    // Iterate by code point so astral characters are not split.
    const cps = Array.from(s);
    const offs: number[] = [0];
    for (const c of cps) offs.push((offs[offs.length - 1] ?? 0) + c.length);
    for (const n of orders) {
      for (let i = 0; i + n <= cps.length; i++) {
        if (bag.full) return;
        let h = fnvStart(seed, kind);
        h ^= n;
        h = Math.imul(h, 0x01000193);
        h = fnvAdd(h, s, offs[i] ?? 0, offs[i + n] ?? s.length);
        bag.push(h);
      }
    }
  };

  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (!bag.full && (m = TOKEN_RE.exec(text)) !== null) {
    const [, noSpace, word, symbol] = m;
    if (noSpace) {
      for (let p = 0; p < noSpace.length && !bag.full; p += MAX_RUN_CHARS) {
        const piece = noSpace.slice(p, p + MAX_RUN_CHARS);
        emitChars(piece, scriptOrders, KIND_SCRIPT);
        if (piece.length <= 4) emitWord(piece);
        else recent.length = 0;
      }
    } else if (word) {
      emitWord(word);
      if (charOrders.length && !bag.full) {
        const w = word.length > MAX_WORD_CHARS ? word.slice(0, MAX_WORD_CHARS) : word;
        emitChars(`<${w}>`, charOrders, KIND_CHAR);
      }
    } else if (symbol) {
      emitWord(symbol);
    }
  }

  const dense = new Float32Array(signalIds.length + EXTRA_DENSE_NAMES.length);
  const index = new Map<string, number>();
  signalIds.forEach((id, i) => index.set(id, i));
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

  return { ids: Int32Array.from(bag.ids), dense };
}

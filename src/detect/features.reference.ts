/**
 * The hashed ids of `featurize`, written the plain way (per-word strings, Array.from, an id
 * array): the definition the optimised featurize in features.ts must reproduce id for id.
 * The shipped model was trained on these ids, so any difference would silently change scores.
 * The hash helpers are copies of those in features.ts on purpose: a change there must fail the
 * test, not change both sides. Used only by features.test.ts.
 */
import type { FeatureConfig } from './features.ts';

// Token-kind prefixes keep e.g. the word "ab" and the char bigram "ab" in different buckets.
const KIND_WORD = 0x77; // 'w'
const KIND_BIGRAM = 0x62; // 'b'
const KIND_CHAR = 0x63; // 'c'
const KIND_SCRIPT = 0x73; // 's'
const KIND_NGRAM = 0x6e; // 'n' (word n-grams of order >= 3)

const NO_SPACE_CLASS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}\\u30FC';
const TOKEN_RE = new RegExp(`([${NO_SPACE_CLASS}]+)|((?:(?![${NO_SPACE_CLASS}])[\\p{L}\\p{M}\\p{N}])+)|(\\p{Extended_Pictographic}|\\p{Sc})`, 'gu');

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
const BIAS_ID = 0;

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

export function featurizeIdsReference(normalisedText: string, cfg: FeatureConfig): Int32Array {
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

  return Int32Array.from(bag.ids);
}

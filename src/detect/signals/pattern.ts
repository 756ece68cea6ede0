/**
 * The detectors' pattern language: `word()` wraps an alternative in word boundaries that work
 * in any script, `anyOf()` compiles alternatives into one regex per script (a text only pays
 * for the scripts it contains, and the literal prefilter skips alternatives that cannot match),
 * `findAll()` returns the matches as verbatim spans, bounded for hostile input.
 */
import type { Evidence } from '../../shared/types.ts';
import { deferred, idOf, literalsOf, materialize, mayMatch, registerLiterals, registerSource } from './prefilter.ts';

/** Left/right word boundaries that work for any script (JS `\b` is ASCII-only). */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}_])';
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}_])';

/** Top-level alternatives of a regex source (split on `|` outside groups/classes). */
export function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      cur += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** True when every way `src` can match starts with an ASCII letter or digit (conservative). */
function allStartAscii(src: string, depth = 0): boolean {
  if (depth > 8) return false;
  return topLevelAlternatives(src).every((a) => altStartsAscii(a, depth));
}

function altStartsAscii(a: string, depth: number): boolean {
  if (/^(?:[A-Za-z0-9]|\\d|\[[A-Za-z0-9-]+\])/.test(a)) return true;
  // A non-capturing or capturing group (not a lookaround or a named group).
  const open = a.startsWith('(?:') ? 3 : a.startsWith('(') && !a.startsWith('(?') ? 1 : 0;
  if (!open) return false;
  let d = 0;
  let close = -1;
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') d++;
    else if (c === ')' && --d === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  if (!allStartAscii(a.slice(open, close), depth + 1)) return false;
  const rest = a.slice(close + 1);
  // An optional group: what follows it may come first.
  const optional = /^(?:[?*]|\{0,?\d*\})\??/.exec(rest);
  if (optional) return altStartsAscii(rest.slice(optional[0].length), depth + 1);
  return true;
}

/**
 * Wraps a Latin-script alternative in Unicode-aware word boundaries. When every alternative
 * starts with an ASCII letter/digit, an extra ASCII `\b` is added in front: it never changes
 * the result (such a match must start after a non-word char) but lets V8 skip positions fast.
 */
export function word(src: string): string {
  const asciiStart = allStartAscii(src);
  // `\b` is only fast without the `u` flag, so such parts use explicit Latin ranges (valid in
  // both modes) instead of \p{L}; anyOf() compiles them without `u`.
  if (asciiStart && !UNICODE_ONLY_SYNTAX.test(src)) return `\\b${LATIN_WORD_START}(?:${src})${LATIN_WORD_END}`;
  return `${WORD_START}(?:${src})${WORD_END}`;
}

const UNICODE_ONLY_SYNTAX = /\\[pP]\{|\\u\{/;
const PL_LOOKBEHIND = '(?<![\\p{L}])';
const LATIN_WORD = 'A-Za-z0-9_\\u00C0-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF';
/** Latin-only word boundaries (usable with or without the `u` flag). */
export const LATIN_WORD_START = `(?<![${LATIN_WORD}])`;
export const LATIN_WORD_END = `(?![${LATIN_WORD}])`;

/**
 * Scripts used to split patterns: alternatives written in a script the text does not contain
 * are skipped entirely, which keeps a 3 kB English ad from paying for Thai/Korean/Chinese
 * alternations (V8 has no literal prefilter for large alternations).
 */
export type Script = 'latin' | 'vi' | 'cjk' | 'hangul' | 'thai' | 'lao' | 'khmer' | 'myanmar' | 'cyrillic' | 'devanagari' | 'bengali' | 'sinhala' | 'ethiopic';

/** A test per script (BMP ranges; 'vi': letters only Vietnamese uses): what `scriptsOf` reports. */
export const SCRIPT_TESTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['cjk', /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u],
  ['hangul', /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u],
  ['thai', /[\u0E00-\u0E7F]/u],
  ['lao', /[\u0E80-\u0EFF]/u],
  ['khmer', /[\u1780-\u17FF]/u],
  ['myanmar', /[\u1000-\u109F]/u],
  ['cyrillic', /[\u0400-\u04FF]/u],
  ['devanagari', /[\u0900-\u097F]/u],
  ['bengali', /[\u0980-\u09FF]/u],
  ['sinhala', /[\u0D80-\u0DFF]/u],
  ['ethiopic', /[\u1200-\u139F]/u],
  ['vi', /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u],
];

/**
 * Script a pattern needs: 'latin' (always run) if it has any ASCII letter outside escapes,
 * classes and group syntax; otherwise the first non-Latin script in it. Vietnamese and other
 * Latin-with-diacritics patterns are always 'latin'.
 */
function scriptOfSource(src: string): Script {
  const literal = src
    .replace(/\\[pPu]\{[^}]*\}/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\(\?(?:<[=!]|<[A-Za-z]\w*>|[:=!])/g, '');
  if (/[A-Za-z]/.test(literal)) return 'latin';
  const found = SCRIPT_TESTS.filter(([sc, re]) => sc !== 'vi' && re.test(literal));
  // Mixed-script alternations (e.g. "เทเลแกรม|텔레그램|テレグラム") must always run.
  return found.length === 1 ? found[0]![0] : 'latin';
}

/** Which of SCRIPT_TESTS each BMP code unit passes (bit k for test k), with bit 15 set once known. */
const SCRIPT_BITS = new Uint16Array(0x10000);
const KNOWN = 1 << 15;

function scriptBitsOf(c: number): number {
  let bits = KNOWN;
  if (c >= 0xd800 && c <= 0xdfff) return bits;
  const ch = String.fromCharCode(c);
  SCRIPT_TESTS.forEach(([, re], k) => {
    if (re.test(ch)) bits |= 1 << k;
  });
  return bits;
}

// A few recent texts: detectors also look at slices (e.g. the title area) between full scans.
const SCRIPT_CACHE = 4;
const cachedTexts: Array<string | null> = new Array(SCRIPT_CACHE).fill(null);
const cachedScripts: Array<Set<Script> | null> = new Array(SCRIPT_CACHE).fill(null);
let cacheNext = 0;

/** Scripts present in a text (cached for the most recent texts). */
export function scriptsOf(text: string): Set<Script> {
  for (let i = 0; i < SCRIPT_CACHE; i++) if (cachedTexts[i] === text) return cachedScripts[i]!;
  const set = new Set<Script>(['latin']);
  // One pass over the code units instead of one regex scan per script (twelve passes over a
  // long English ad that has none of them). Every script's characters are in the BMP and none
  // is ASCII; a surrogate is in none of them.
  let found = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let bits = SCRIPT_BITS[c]!;
    if (bits === 0) SCRIPT_BITS[c] = bits = scriptBitsOf(c);
    found |= bits;
  }
  SCRIPT_TESTS.forEach(([sc], k) => {
    if (found & (1 << k)) set.add(sc);
  });
  cachedTexts[cacheNext] = text;
  cachedScripts[cacheNext] = set;
  cacheNext = (cacheNext + 1) % SCRIPT_CACHE;
  return set;
}

/** One regex of a Pattern: the alternatives of one script, with their own prefilter ids. */
export interface Bucket {
  readonly script: Script;
  /** All alternatives in one regex. */
  readonly re: RegExp;
  /** Prefilter id of the whole regex. */
  readonly lit: number;
  /** Each alternative's source (as joined into `re`) and prefilter id. */
  readonly parts: ReadonlyArray<{ readonly src: string; readonly lit: number }>;
  /** Regexes of subsets of the alternatives, by which alternatives they keep. */
  readonly subsets: Map<string, RegExp>;
}

/** A set of alternatives compiled into one regex per script. */
export interface Pattern {
  readonly buckets: ReadonlyArray<Bucket>;
}

/**
 * Compiles alternatives into global, case-insensitive, Unicode regexes (one per script). The
 * regexes are built at the first use of any pattern (prefilter.ts `deferred`), not at load.
 */
export function anyOf(parts: readonly string[], flags = 'giu'): Pattern {
  let buckets: ReadonlyArray<Bucket> | undefined;
  const make = () => {
    buckets ??= bucketsOf(parts, flags);
  };
  deferred(make);
  return {
    get buckets() {
      if (!buckets) materialize();
      make();
      return buckets as ReadonlyArray<Bucket>;
    },
  };
}

function bucketsOf(parts: readonly string[], flags: string): ReadonlyArray<Bucket> {
  // Parts starting with an ASCII `\b` (see word()) share one regex with a single leading `\b`,
  // which V8 scans much faster than an alternation of lookbehinds.
  const by = new Map<string, { script: Script; wordStart: boolean; needsU: boolean; ps: string[] }>();
  for (const raw of parts) {
    // "(?<![\p{L}])" at the start (Vietnamese phrases) becomes the Latin-range boundary so the
    // part can run without the slow `u` flag.
    const p = raw.startsWith(PL_LOOKBEHIND) ? LATIN_WORD_START + raw.slice(PL_LOOKBEHIND.length) : raw;
    const sc = scriptOfSource(p);
    const wordStart = p.startsWith('\\b');
    const needsU = UNICODE_ONLY_SYNTAX.test(p) || /[\u{10000}-\u{10FFFF}]/u.test(p);
    const key = `${sc}:${wordStart}:${needsU}`;
    const entry = by.get(key) ?? { script: sc, wordStart, needsU, ps: [] };
    entry.ps.push(`(?:${wordStart ? p.slice(2) : p})`);
    by.set(key, entry);
  }
  return [...by.values()].map(({ script, wordStart, needsU, ps }): Bucket => {
    const prefix = wordStart ? '\\b' : '';
    const f = needsU ? flags : flags.replace('u', '');
    const re = new RegExp(`${prefix}(?:${ps.join('|')})`, f);
    // Alternatives are dropped per text (regexFor) unless a back-reference would then point
    // at another group.
    const splittable = !ps.some((src) => /\\[1-9]|\\k</.test(src));
    const parts = ps.map((src) => ({ src, lit: splittable ? registerSource(src) : -1 }));
    // The whole regex needs one of its alternatives' literals.
    const sets = parts.map((part) => literalsOf(part.lit));
    const lit = registerLiterals(sets.every((x) => x) ? [...new Set(sets.flatMap((x) => x ?? []))] : null);
    return { script, re, lit, parts, subsets: new Map() };
  });
}

const MAX_SUBSETS = 64;

/**
 * The bucket's regex without the alternatives that cannot match in `text` (their required
 * literals are absent), or null when none can. Same matches as the whole regex — an
 * alternative that matches nowhere changes nothing in a leftmost-first scan — but a long
 * English ad that mentions "go" no longer pays for every travel phrase in the bucket.
 */
function regexFor(text: string, b: Bucket): RegExp | null {
  let key = '';
  let kept = 0;
  for (const part of b.parts) {
    const may = mayMatch(text, part.lit);
    key += may ? '1' : '0';
    if (may) kept++;
  }
  if (kept === 0) return null;
  if (kept === b.parts.length) return b.re;
  let re = b.subsets.get(key);
  if (!re) {
    if (b.subsets.size >= MAX_SUBSETS) b.subsets.clear();
    const prefix = b.re.source.startsWith('\\b') ? '\\b' : '';
    re = new RegExp(
      `${prefix}(?:${b.parts
        .filter((_, i) => key[i] === '1')
        .map((p) => p.src)
        .join('|')})`,
      b.re.flags,
    );
    b.subsets.set(key, re);
  }
  return re;
}

/** Max matches examined per regex (keeps hostile inputs bounded). */
const MAX_MATCHES = 200;

export interface Match extends Evidence {}

/** All matches of a pattern (or global regex) as verbatim spans, by position. Bounded work. */
export function findAll(text: string, pat: Pattern | RegExp, max = MAX_MATCHES): Match[] {
  if (pat instanceof RegExp) return mayMatch(text, idOf(pat)) ? findAllRe(text, pat, max) : [];
  const scripts = scriptsOf(text);
  let out: Match[] | null = null;
  for (const b of pat.buckets) {
    if (!scripts.has(b.script)) continue;
    if (!mayMatch(text, b.lit)) continue;
    const re = regexFor(text, b);
    if (!re) continue;
    const ms = findAllRe(text, re, max);
    if (!ms.length) continue;
    out = out ? out.concat(ms) : ms;
  }
  if (!out) return [];
  if (pat.buckets.length > 1) out.sort((a, b) => a.start - b.start);
  return out.length > max ? out.slice(0, max) : out;
}

function findAllRe(text: string, re: RegExp, max: number): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  re.lastIndex = 0;
  return out;
}

// Where an emoji may start: the block of BMP symbols holding most pictographs (few characters of
// an ad are in it), the others one by one, and the high surrogates of the planes holding the
// rest; each candidate is checked with the property. A short class without the `u` flag: V8
// scans it several times faster than \p{…} (or a class listing every pictograph's range).
const EMOJI_START = /[\u00A9\u00AE\u203C-\u2B55\u3030\u303D\u3297\u3299\uD83C-\uD83F]/g;
const EMOJI_AT = /\p{Extended_Pictographic}/uy;

/** Every \p{Extended_Pictographic} code point, as `findAll(text, /\p{Extended_Pictographic}/gu, max)` finds them. */
export function findEmoji(text: string, max: number): Match[] {
  const out: Match[] = [];
  EMOJI_START.lastIndex = 0;
  for (let m = EMOJI_START.exec(text); m && out.length < max; m = EMOJI_START.exec(text)) {
    EMOJI_AT.lastIndex = m.index;
    const e = EMOJI_AT.exec(text);
    if (!e) continue;
    out.push({ text: e[0], start: m.index, end: m.index + e[0].length });
    EMOJI_START.lastIndex = m.index + e[0].length;
  }
  return out;
}

/**
 * Pattern text in the form normaliseText leaves a posting (NFKC; Thai and Lao AM rejoined; no
 * ZWJ/ZWNJ): write patterns as people type them, match them as the detectors read.
 */
export function asNormalised(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/\u0ECD\u0EB2/g, '\u0EB3')
    .replace(/[\u200C\u200D]/g, '');
}

/** anyOf() over alternatives written as people type them (see asNormalised). */
export function anyOfNormalised(parts: readonly string[], flags?: string): Pattern {
  return anyOf(parts.map(asNormalised), flags);
}

/**
 * What the detectors read: the normalised text with visible disguises undone.
 *
 * Lures dodge keyword filters with disguises a reader sees through at once: separators between
 * letters ("T-e-l-e-g-r-a-m", "Tele_gram", "柬.埔.寨"), look-alike letters from other scripts
 * ("Теlеgrаm" with Cyrillic е and а), leetspeak ("T3l3gr@m"), abbreviations ("W/A", "T.G") and
 * emoji for the perks ("Free ✈️, 🛂, 🍚 and 🏠"). `revealDisguises` undoes them and keeps an
 * offset map back to the normalised text, so evidence found in the revealed text is reported
 * with the page's own characters (the page highlight searches for them).
 *
 * Every step is cheap when it has nothing to do (a regex pre-check without the `u` flag), and
 * careful not to rewrite genuine text: Russian words stay Cyrillic, prices stay prices ("$500"),
 * and single letters are joined only when they form a run of spaced-out letters.
 */
import type { Evidence, SignalHit } from '../shared/types.ts';
import { CONFUSABLE_TO_LATIN, LATIN_TO_CYRILLIC } from './confusables.generated.ts';
import { detectSignals } from './signals/index.ts';

/** The revealed text and, for each of its UTF-16 positions, where it comes from in the normalised text. */
export interface Revealed {
  readonly text: string;
  /** `toSource[i]`: start, in the normalised text, of what revealed position i was read from; `toSource[text.length]` is the normalised length. */
  readonly toSource: Uint32Array;
  /** `toSourceEnd[i]`: end (exclusive), in the normalised text, of what revealed position i was read from. */
  readonly toSourceEnd: Uint32Array;
}

/**
 * Words that matter to the detectors, as plainly written (lower case). A disguised token is
 * rewritten only when it then spells one of these: leetspeak ("v1s@"), pieces split by
 * separators ("vi-sa", "Tele_gram"), a spaced-out word next to a one-letter word
 * ("o T e l e g r a m"), a look-alike word written wholly in Cyrillic. The one list.
 */
export const WORDS_THAT_MATTER: readonly string[] = [
  // contact apps
  'telegram',
  'tele',
  'whatsapp',
  'signal',
  'viber',
  'wechat',
  'line',
  'zalo',
  'kakaotalk',
  'skype',
  '텔레그램',
  '왓츠앱',
  '카카오톡',
  'телеграм',
  'телеграмм',
  'ватсап',
  // documents and money
  'visa',
  'passport',
  'paspor',
  'pasaporte',
  'passaporte',
  'salary',
  'gaji',
  'sahod',
  'sweldo',
  'salario',
  'salário',
  '비자',
  '여권',
  'виза',
  'паспорт',
  // destinations
  'cambodia',
  'myanmar',
  'burma',
  'thailand',
  'laos',
  'campuchia',
  'kamboja',
  'kemboja',
  'camboya',
  'camboja',
  'tailandia',
  'birmania',
  'sihanoukville',
  'myawaddy',
  'poipet',
  'bavet',
  '캄보디아',
  '미얀마',
  '태국',
  '라오스',
  'камбоджа',
  'мьянма',
  'таиланд',
  // in scripts without spaces (a two-character split is joined only across one of these)
  '柬埔寨',
  '缅甸',
  '緬甸',
  '泰国',
  '泰國',
  '老挝',
  '老撾',
  '电报',
  '電報',
  '飞机',
  '飛機',
  '纸飞机',
  '微信',
  '签证',
  '簽證',
  '护照',
  '護照',
  '机票',
  '機票',
  '月薪',
  '高薪',
  'カンボジア',
  'ミャンマー',
  'テレグラム',
  'ビザ',
  'パスポート',
  'เทเลแกรม',
  'กัมพูชา',
  'พม่า',
  'วีซ่า',
  'พาสปอร์ต',
  'หนังสือเดินทาง',
  'ไลน์',
  // perks
  'free',
  'gratis',
  'ticket',
  'tiket',
  'flight',
  'food',
  'accommodation',
];

// ---------------------------------------------------------------------------------------------
// Skeletons: a token lower-cased, look-alike letters folded to Latin, leetspeak read as letters.

function pairs(s: string): Map<string, string> {
  const m = new Map<string, string>();
  const cs = [...s];
  for (let i = 0; i + 1 < cs.length; i += 2) m.set(cs[i]!, cs[i + 1]!);
  return m;
}
const TO_LATIN = pairs(CONFUSABLE_TO_LATIN);
const TO_CYRILLIC = pairs(LATIN_TO_CYRILLIC);
/** 1 reads as i or l; both are tried. */
const LEET: Readonly<Record<string, string>> = { '3': 'e', '4': 'a', '@': 'a', '0': 'o', '1': 'i', '!': 'i', '5': 's', $: 's', '7': 't' };
const LEET_CHARS = /[0-9@$!]/;

function skeleton(s: string, one: 'i' | 'l'): string {
  let out = '';
  for (const c of s) {
    const lo = c.toLowerCase();
    const f = TO_LATIN.get(c) ?? TO_LATIN.get(lo);
    if (f !== undefined) out += f.toLowerCase();
    else if (c === '1') out += one;
    else out += LEET[c] ?? lo;
  }
  return out;
}

const KEYWORDS = new Set(WORDS_THAT_MATTER);
const MAX_WORD = Math.max(...WORDS_THAT_MATTER.map((w) => w.length));
const KEY_PREFIXES = new Set(WORDS_THAT_MATTER.flatMap((w) => [...w].map((_, i, a) => a.slice(0, i + 1).join(''))));

function skeletonIn(s: string, set: ReadonlySet<string>): string | null {
  const a = skeleton(s, 'i');
  if (set.has(a)) return a;
  if (!s.includes('1')) return null;
  const b = skeleton(s, 'l');
  return set.has(b) ? b : null;
}
const ASCII_LETTERS_RE = /^[A-Za-z]+$/;

/** Leetspeak needs a letter to read: "1405" stays a number, "L40$" is a word. */
function enoughLetters(s: string): boolean {
  for (const c of s) if (!LEET_CHARS.test(c)) return true;
  return false;
}
function isKeyword(s: string): boolean {
  if (s.length > MAX_WORD) return false;
  if (ASCII_LETTERS_RE.test(s)) return KEYWORDS.has(s.toLowerCase());
  return enoughLetters(s) && skeletonIn(s, KEYWORDS) !== null;
}
const FIRST_LETTERS = new Set(WORDS_THAT_MATTER.map((w) => w[0]!));
/** ASCII code units a word that matters can start with, disguised or not (either case, leet, '@'-less). */
const FIRST_CODES = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  const f = (LEET[ch] ?? ch).toLowerCase();
  if (FIRST_LETTERS.has(f) || ch === '1') FIRST_CODES[c] = 1;
}
function isKeyPrefix(s: string): boolean {
  if (s.length > MAX_WORD) return false;
  // Plain ASCII letters (most words) are their own skeleton.
  if (ASCII_LETTERS_RE.test(s)) return KEY_PREFIXES.has(s.toLowerCase());
  const c = s[0]!;
  const f = TO_LATIN.get(c) ?? LEET[c] ?? c;
  if (!FIRST_LETTERS.has(f.toLowerCase()) && c !== '1') return false;
  return skeletonIn(s, KEY_PREFIXES) !== null;
}

// ---------------------------------------------------------------------------------------------
// Edits with offset maps.

interface State {
  text: string;
  /** Length text.length + 1. */
  starts: Uint32Array;
  ends: Uint32Array;
}

interface Edit {
  start: number;
  end: number;
  out: string;
  /** Position in the pass's input of each output code unit; without it, a same-length edit maps one to one and any other maps every unit to the whole span. */
  from?: readonly number[];
}

function identity(text: string): State {
  const n = text.length;
  const starts = new Uint32Array(n + 1);
  const ends = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  starts[n] = n;
  return { text, starts, ends };
}

function applyEdits(st: State, edits: Edit[]): State {
  if (!edits.length) return st;
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let last = 0;
  for (const e of edits) {
    if (e.start < last || e.end <= e.start) continue;
    kept.push(e);
    last = e.end;
  }
  let len = st.text.length;
  for (const e of kept) len += e.out.length - (e.end - e.start);
  const starts = new Uint32Array(len + 1);
  const ends = new Uint32Array(len);
  const parts: string[] = [];
  let pos = 0;
  let k = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(st.text.slice(from, to));
    for (let i = from; i < to; i++, k++) {
      starts[k] = st.starts[i]!;
      ends[k] = st.ends[i]!;
    }
  };
  for (const e of kept) {
    copy(pos, e.start);
    parts.push(e.out);
    const oneToOne = !e.from && e.out.length === e.end - e.start;
    for (let j = 0; j < e.out.length; j++, k++) {
      if (e.from || oneToOne) {
        const i = e.from ? e.from[j]! : e.start + j;
        starts[k] = st.starts[i]!;
        ends[k] = st.ends[i]!;
      } else {
        starts[k] = st.starts[e.start]!;
        ends[k] = st.ends[e.end - 1]!;
      }
    }
    pos = e.end;
  }
  copy(pos, st.text.length);
  starts[len] = st.starts[st.text.length]!;
  return { text: parts.join(''), starts, ends };
}

// ---------------------------------------------------------------------------------------------
// One pass over the text tells which steps have anything to look at (most texts: none).

interface Hints {
  /** Two single letters in a row between separators ("U.S.", "T e l e"): first such place, or -1. */
  spacedAt: number;
  hangul: boolean;
  /** Chinese, Japanese, Thai, Lao, Khmer or Burmese characters. */
  cont: boolean;
  /** Greek, Cyrillic or Armenian letters. */
  cg: boolean;
  emoji: boolean;
  abbr: boolean;
  /** Positions of a letter right before a separator other than a space ("Tele_gram"). */
  chunkAt: number[];
  /** Start and end of each token that mixes letters with leet characters ("T3l3gr@m"), in pairs. */
  leet: number[];
}

const ABBR_AT_Y = /W ?[/.] ?A|w\/a|T ?[./] ?G|T G|t\.g/y;

// Classes of UTF-16 code units, as bits of one 64 kB table (one lookup per character).
const C_SEP = 1;
const C_MARK = 2;
const C_CONT = 4;
const C_CG = 8;
const C_HANGUL = 16;
/** ASCII letters and Latin-1/Latin Extended-A/B letters. */
const C_LATIN = 32;
const C_LEET = 64;
const C_EMOJIISH = 128;
const CLASS = new Uint8Array(0x10000);
function mark(lo: number, hi: number, bit: number): void {
  for (let c = lo; c <= hi; c++) CLASS[c]! |= bit;
}
for (const c of [0x20, 0x2e, 0x2d, 0x5f, 0x2a, 0x2f, 0x7c, 0x7e, 0xb7, 0x2022, 0x30fb, 0x2027, 0x2219, 0x22c5]) CLASS[c]! |= C_SEP;
for (const [lo, hi] of [
  [0x300, 0x36f],
  [0x483, 0x489],
  [0x93a, 0x94f],
  [0x951, 0x957],
  [0x981, 0x983],
  [0x9bc, 0x9d7],
  [0xd81, 0xd83],
  [0xdca, 0xdf3],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
] as const)
  mark(lo, hi, C_MARK);
for (const [lo, hi] of [
  [0x0e00, 0x0eff],
  [0x1000, 0x109f],
  [0x1780, 0x17ff],
  [0x3040, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
] as const)
  mark(lo, hi, C_CONT);
mark(0x370, 0x58f, C_CG);
mark(0x1c80, 0x1c8f, C_CG);
mark(0xa640, 0xa69f, C_CG);
mark(0xac00, 0xd7af, C_HANGUL);
mark(0x41, 0x5a, C_LATIN);
mark(0x61, 0x7a, C_LATIN);
mark(0xc0, 0x24f, C_LATIN);
CLASS[0xd7]! &= ~C_LATIN;
CLASS[0xf7]! &= ~C_LATIN;
mark(0x30, 0x39, C_LEET);
for (const c of [0x40, 0x24, 0x21]) CLASS[c]! |= C_LEET;
for (const c of [0x2708, 0x260e, 0xd83c, 0xd83d, 0xd83e]) CLASS[c]! |= C_EMOJIISH;

function scanHints(text: string): Hints {
  const h: Hints = { spacedAt: -1, hangul: false, cont: false, cg: false, emoji: false, abbr: false, chunkAt: [], leet: [] };
  const n = text.length;
  let seen = 0;
  let prev = C_SEP;
  // Leet tokens: runs of Latin letters, digits and @$!.
  let tokStart = -1;
  let tokLetters = 0;
  let tokLeet = 0;
  // Spaced letters: was the last thing before the current separators a single letter, and how many separators since.
  let lastSingle = false;
  let sepsSince = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c]!;
    seen |= k;
    if (k & (C_LATIN | C_LEET)) {
      if (tokStart < 0) {
        tokStart = i;
        tokLetters = 0;
        tokLeet = 0;
      }
      if (k & C_LATIN) tokLetters++;
      else tokLeet++;
    } else if (tokStart >= 0) {
      if (tokLetters && tokLeet && i - tokStart >= 3 && i - tokStart <= MAX_WORD + 1) h.leet.push(tokStart, i);
      tokStart = -1;
    }
    if (k & C_SEP) {
      // A letter right before a separator other than a space: a split word ("Tele_gram")?
      if (prev & (C_LATIN | C_CG | C_HANGUL) && i + 1 < n) {
        const e = text.charCodeAt(i + 1);
        if ((c !== 0x20 && c !== 0x2e) || (c === 0x2e && e !== 0x20) || (c === 0x20 && e !== 0x20 && CLASS[e]! & C_SEP)) h.chunkAt.push(i - 1);
      }
      sepsSince++;
      prev = k;
      continue;
    }
    if (k & C_MARK) continue;
    if (prev & C_SEP) {
      // A single letter: a separator before it, a separator after it (and its marks).
      if (h.spacedAt < 0) {
        let single = false;
        if (i > 0 && (k & C_LATIN || (c >= 0xaa && !(k & (C_HANGUL | C_CONT))))) {
          let j = i + 1;
          while (j < n && CLASS[text.charCodeAt(j)]! & C_MARK) j++;
          single = j < n && (CLASS[text.charCodeAt(j)]! & C_SEP) !== 0;
        }
        if (single && lastSingle && sepsSince <= 3) h.spacedAt = i;
        lastSingle = single;
      }
    } else lastSingle = false;
    // "W/A", "T.G", "T G" (not inside a word).
    if ((c === 0x57 || c === 0x54 || c === 0x77 || c === 0x74) && !(prev & (C_LATIN | C_LEET)) && !h.abbr && i + 2 < n) {
      ABBR_AT_Y.lastIndex = i;
      if (ABBR_AT_Y.test(text)) h.abbr = true;
    }
    sepsSince = 0;
    prev = k;
  }
  if (tokStart >= 0 && tokLetters && tokLeet && n - tokStart >= 3 && n - tokStart <= MAX_WORD + 1) h.leet.push(tokStart, n);
  h.cg = (seen & C_CG) !== 0;
  h.hangul = (seen & C_HANGUL) !== 0;
  h.cont = (seen & C_CONT) !== 0;
  h.emoji = (seen & C_EMOJIISH) !== 0;
  return h;
}

// ---------------------------------------------------------------------------------------------
// 1. Letters split by separators: "T-e-l-e-g-r-a-m", "C u s t o m e r  s e r v i c e", "柬.埔.寨".

const SEP_CLASS = '.\\-_*/|·•・‧∙⋅~';
/** A separator run: one or two separator characters with optional spaces around, or one or two spaces. */
const SEP = `(?: ?[${SEP_CLASS}]{1,2} ?| {1,2})`;
const WORDISH = '[\\p{L}\\p{M}\\p{N}@$!]';
/** Scripts written with spaces between words: a single letter is one only between non-letters. */
const SPACED_LETTER =
  '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Armenian}\\p{Script=Hangul}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Sinhala}\\p{Script=Ethiopic}]';
const SPACED_UNIT = `(?:${SPACED_LETTER}\\p{M}*|[0-9@$!])`;
/** Scripts written without spaces between words: every character (with its marks) is a unit. */
const CONT_UNIT = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\u30FC]\\p{M}*';
// A "!" right after a run is punctuation ("C-a-m-b-o-j-a!"), not a leet letter.
const SPACED_RUN_RE = new RegExp(`(?<!${WORDISH})${SPACED_UNIT}(?:${SEP}${SPACED_UNIT})+(?![\\p{L}\\p{M}\\p{N}@$])`, 'gu');
// Only ever run sticky, a few positions per hint (as a global scan it is quadratic on a run of marks).
const CONT_RUN_SOURCE = `${CONT_UNIT}(?:${SEP}${CONT_UNIT})+`;
const SPACED_UNIT_Y = new RegExp(SPACED_UNIT, 'yu');
const CONT_UNIT_Y = new RegExp(CONT_UNIT, 'yu');
const SEP_Y = new RegExp(SEP, 'yu');
// Necessary conditions, cheap to scan (no `u` flag). Spaced scripts: two single letters (with
// their marks) in a row, each between separators, or a separator other than a space between two
// Hangul syllables ("비.자").
const SEP_CH = '[ .\\-_*/|·•・‧∙⋅~]';
const MARKS =
  '[\\u0300-\\u036F\\u0483-\\u0489\\u093A-\\u094F\\u0951-\\u0957\\u0962\\u0963\\u0981-\\u0983\\u09BC-\\u09D7\\u09E2\\u09E3\\u0D81-\\u0D83\\u0DCA-\\u0DF3\\u135D-\\u135F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F]*';
// Hangul syllables between spaces are common ("할 수 있다"): three in a row are needed there.
const NOT_HANGUL_LETTER = '[A-Za-z\\u00AA-\\uABFF\\uD7B0-\\uFFFF]';
// Two letters in a row (digits are left out: "2 0", "-1.9-" are numbers).
const SPACED_HINT_RE = new RegExp(`${SEP_CH}${NOT_HANGUL_LETTER}${MARKS}${SEP_CH}{1,3}${NOT_HANGUL_LETTER}${MARKS}${SEP_CH}`, 'g');
const HANGUL_HINT_RE = new RegExp(
  `[\\uAC00-\\uD7AF][._*|•]{1,2}[\\uAC00-\\uD7AF]|${SEP_CH}[\\uAC00-\\uD7AF]${SEP_CH}{1,3}[\\uAC00-\\uD7AF]${SEP_CH}{1,3}[\\uAC00-\\uD7AF]${SEP_CH}`,
  'g',
);
const CONT_CH = '[\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]';
const CONT_MARKS = '[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECD\\u102B-\\u103E\\u17B6-\\u17D3]*';
const CONT_HINT_RE = new RegExp(`${CONT_CH} ?[.\\-_*/|·•・‧∙⋅~]{1,2} ?${CONT_CH}|${CONT_CH} ${CONT_CH}${CONT_MARKS} ${CONT_CH}`, 'g');

type Group = 'latin' | 'hangul' | 'indic' | 'cjk' | 'thai' | 'lao' | 'khmer' | 'myanmar';
const GROUP_TESTS: ReadonlyArray<readonly [Group, RegExp]> = [
  ['latin', /^(?:[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]|[0-9@$!])/u],
  ['hangul', /^\p{Script=Hangul}/u],
  ['cjk', /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u],
  ['thai', /^\p{Script=Thai}/u],
  ['lao', /^\p{Script=Lao}/u],
  ['khmer', /^\p{Script=Khmer}/u],
  ['myanmar', /^\p{Script=Myanmar}/u],
];
function groupOf(unit: string): Group {
  for (const [g, re] of GROUP_TESTS) if (re.test(unit)) return g;
  return 'indic';
}

interface Unit {
  s: number;
  e: number;
  t: string;
  g: Group;
}

const MAX_SEGMENT_UNITS = 48;
const MAX_RUN_UNITS = 2000;
const isLetterUnit = (u: Unit) => !LEET_CHARS.test(u.t);
const isLower = (u: Unit) => u.t !== u.t.toUpperCase() && u.t === u.t.toLowerCase();
const isUpper = (u: Unit) => u.t !== u.t.toLowerCase() && u.t === u.t.toUpperCase();

/** Greedy longest runs of units (≥2) that spell a word that matters, left to right. */
function keywordRanges(u: readonly Unit[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < u.length) {
    let cur = u[i]!.t;
    let best = -1;
    if (isKeyPrefix(cur)) {
      for (let j = i + 1; j < u.length; j++) {
        cur += u[j]!.t;
        if (!isKeyPrefix(cur)) break;
        if (isKeyword(cur)) best = j + 1;
      }
    }
    if (best > 0) {
      out.push([i, best]);
      i = best;
    } else i++;
  }
  return out;
}

/** Letters-only stretches of ≥4 units between keyword ranges (a one-letter word before a capital stays apart: "o T e l e"). */
function plainRanges(u: readonly Unit[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = from;
  while (a < to) {
    while (a < to && !isLetterUnit(u[a]!)) a++;
    let b = a;
    while (b < to && isLetterUnit(u[b]!)) b++;
    let s = a;
    if (b - s >= 5 && isLower(u[s]!) && isUpper(u[s + 1]!)) s++;
    if (b - s >= 4) out.push([s, b]);
    a = b;
  }
  return out;
}

const CONT_KEYWORDS = WORDS_THAT_MATTER.filter((w) => !/[a-z\u0400-\u04FF\uAC00-\uD7AF]/.test(w));

/** Whether a word that matters is written across a separator of the run ("柬.埔寨", "กัม-พูชา", "ไ ล น์"). */
function keywordAcross(text: string, u: readonly Unit[]): boolean {
  const first = u[0]!;
  const last = u[u.length - 1]!;
  const cuts: number[] = [];
  let joined = '';
  for (const un of u) {
    if (joined) cuts.push(joined.length);
    joined += un.t;
  }
  for (const k of CONT_KEYWORDS) {
    const left = text.slice(Math.max(0, first.s - k.length + 1), first.s);
    const all = left + joined + text.slice(last.e, last.e + k.length - 1);
    for (let at = all.indexOf(k); at >= 0; at = all.indexOf(k, at + 1)) {
      if (cuts.some((c) => at < left.length + c && at + k.length > left.length + c)) return true;
    }
  }
  return false;
}

function joinRanges(text: string, u: readonly Unit[], seps: readonly string[]): Array<[number, number]> {
  const n = u.length;
  if (n < 2 || n > MAX_SEGMENT_UNITS) return [];
  const g = u[0]!.g;
  const allSpace = seps.every((x) => x.trim() === '');
  const listy = seps.some((x) => /[/·・]/.test(x));
  if (g === 'latin') {
    // A short word with letters beyond ASCII split by dots or dashes ("h.ộ c.h.i.ế.u"); ASCII ones
    // are abbreviations ("e.g.", "a.m.", "U.S.").
    if (n < 4 && !allSpace && !listy && u.every(isLetterUnit) && u.some((x) => x.t.charCodeAt(0) > 0x7f)) return [[0, n]];
    const ks = keywordRanges(u);
    const out: Array<[number, number]> = [];
    let at = 0;
    for (const r of ks) {
      out.push(...plainRanges(u, at, r[0]), r);
      at = r[1];
    }
    out.push(...plainRanges(u, at, n));
    return out;
  }
  // Korean spaces single-syllable words ("할 수") and writes ranges with a dash ("월~금").
  if (g === 'hangul') return allSpace || listy || n < 3 ? keywordRanges(u) : [[0, n]];
  // Scripts without spaces: a separator between two words of several characters ("经理-主管",
  // "จ.ชลบุรี") is no disguise; a single character between separators is ("柬.埔.寨").
  const min = allSpace && g !== 'cjk' ? 4 : 3;
  return n >= min || (!listy && keywordAcross(text, u)) ? [[0, n]] : [];
}

/** The separator strings that break a run into words: a longer one than usual, or a space where dots are usual. */
function breaksOf(seps: readonly string[]): boolean[] {
  const counts = new Map<string, number>();
  for (const x of seps) counts.set(x, (counts.get(x) ?? 0) + 1);
  let mode = seps[0] ?? '';
  for (const [x, c] of counts) {
    const cm = counts.get(mode) ?? 0;
    // On a tie, dots and dashes are the run's separator and a space the break ("จ.ชลบุรี").
    const better = x.includes(' ') === mode.includes(' ') ? x.length < mode.length : !x.includes(' ');
    if (c > cm || (c === cm && better)) mode = x;
  }
  const modeSpace = mode.includes(' ');
  return seps.map((x) => x !== mode && (x.length > mode.length || (x.includes(' ') && !modeSpace)));
}

function parseRun(m: string, offset: number, unitY: RegExp): { units: Unit[]; seps: string[]; sepAt: number[] } {
  const units: Unit[] = [];
  const seps: string[] = [];
  const sepAt: number[] = [];
  let i = 0;
  // A run longer than any word is no disguise of one: only its start is looked at.
  while (i < m.length && units.length <= MAX_RUN_UNITS) {
    unitY.lastIndex = i;
    const u = unitY.exec(m);
    if (!u) break;
    units.push({ s: offset + i, e: offset + i + u[0].length, t: u[0], g: groupOf(u[0]) });
    i += u[0].length;
    SEP_Y.lastIndex = i;
    const s = SEP_Y.exec(m);
    if (!s || i + s[0].length >= m.length) break;
    seps.push(s[0]);
    sepAt.push(offset + i);
    i += s[0].length;
  }
  return { units, seps, sepAt };
}

function joinRun(text: string, m: string, offset: number, unitY: RegExp, edits: Edit[]): void {
  const { units, seps, sepAt } = parseRun(m, offset, unitY);
  if (units.length < 2 || units.length > MAX_RUN_UNITS) return;
  const breaks = breaksOf(seps);
  // In scripts without spaces a slash lists or divides ("元/月", "男/女"): always a break there.
  if (unitY === CONT_UNIT_Y) for (let i = 0; i < seps.length; i++) if (seps[i]!.includes('/')) breaks[i] = true;
  const joinedUnit = new Uint8Array(units.length);
  let a = 0;
  for (let i = 1; i <= units.length; i++) {
    const end = i === units.length || breaks[i - 1] || units[i]!.g !== units[a]!.g;
    if (!end) continue;
    const seg = units.slice(a, i);
    for (const [x, y] of joinRanges(text, seg, seps.slice(a, i - 1))) {
      const from: number[] = [];
      let out = '';
      for (let k = x; k < y; k++) {
        const un = seg[k]!;
        out += un.t;
        for (let c = un.s; c < un.e; c++) from.push(c);
        joinedUnit[a + k] = 1;
      }
      edits.push({ start: seg[x]!.s, end: seg[y - 1]!.e, out, from });
    }
    a = i;
  }
  // A word break between joined words becomes one space.
  for (let i = 0; i < seps.length; i++) {
    if (!breaks[i] || seps[i] === ' ' || !(joinedUnit[i] || joinedUnit[i + 1])) continue;
    edits.push({ start: sepAt[i]!, end: sepAt[i]! + seps[i]!.length, out: ' ' });
  }
}

const SPACED_RUN_Y = new RegExp(SPACED_RUN_RE.source, 'yu');
const CONT_RUN_Y = new RegExp(CONT_RUN_SOURCE, 'yu');
const SEP_CHAR_RE = /[ .\-_*/|·•・‧∙⋅~]/;
const UNIT_CHAR_RE = /[\p{L}\p{N}@$!]/u;
const MARK_RE = /\p{M}/u;

/** Where a run of spaced-out single letters that includes position `at` (a separator) starts, not before `floor`. */
function spacedRunStart(text: string, at: number, floor: number): number {
  let j = at;
  for (let steps = 0; steps < 64 && j > floor; steps++) {
    let k = j - 1;
    while (k > floor && MARK_RE.test(text[k]!)) k--;
    if (k < floor || !UNIT_CHAR_RE.test(text[k]!)) break;
    // The letter must stand alone: a separator (or the text's start) before it.
    if (k > 0 && !SEP_CHAR_RE.test(text[k - 1]!)) return k;
    j = k;
    let seps = 0;
    while (j > floor && seps < 3 && SEP_CHAR_RE.test(text[j - 1]!)) {
      j--;
      seps++;
    }
    if (!seps) break;
  }
  return j;
}

/**
 * Runs near the matches of `hintRe` (global, no `u` flag, scanned over the whole text): the run
 * regex (sticky, `u`) is only tried at the start of the run around each hint. Work is linear:
 * no stretch of text is looked at twice.
 */
function runsNear(text: string, hintRe: RegExp, runY: RegExp, unitY: RegExp, spaced: boolean, edits: Edit[], from0: number): void {
  hintRe.lastIndex = Math.max(0, from0);
  let floor = 0;
  for (let h = hintRe.exec(text); h !== null; h = hintRe.exec(text)) {
    if (h.index >= floor) {
      const from = spaced ? spacedRunStart(text, h.index, floor) : h.index;
      let end = h.index + 1;
      for (let pos = from; pos <= Math.min(from + 4, h.index + 1); pos++) {
        runY.lastIndex = pos;
        const m = runY.exec(text);
        if (!m) continue;
        joinRun(text, m[0], pos, unitY, edits);
        end = pos + m[0].length;
        break;
      }
      floor = end;
    }
    hintRe.lastIndex = Math.max(floor, h.index + 1);
  }
}

function joinSpacedLetters(text: string, h: Hints): Edit[] {
  const edits: Edit[] = [];
  if (h.spacedAt >= 0) runsNear(text, SPACED_HINT_RE, SPACED_RUN_Y, SPACED_UNIT_Y, true, edits, h.spacedAt - 8);
  if (h.hangul) runsNear(text, HANGUL_HINT_RE, SPACED_RUN_Y, SPACED_UNIT_Y, true, edits, 0);
  if (h.cont) runsNear(text, CONT_HINT_RE, CONT_RUN_Y, CONT_UNIT_Y, false, edits, 0);
  return edits;
}

// ---------------------------------------------------------------------------------------------
// 2. A word that matters split in pieces by separators other than spaces: "Tele_gram", "vi-sa".

const CHUNK = `(?:${SPACED_LETTER}|\\p{M}|[0-9@$!])+`;
const SEP_NOT_SPACE = ` ?[${SEP_CLASS}]{1,2} ?`;
const CHUNK_Y = new RegExp(CHUNK, 'yu');
const SEP_NOT_SPACE_Y = new RegExp(SEP_NOT_SPACE, 'yu');
const SEP_BEFORE_RE = new RegExp(`${SEP_NOT_SPACE}$`, 'u');
// A dot before a space ends a sentence ("Makati. Salary"): no split word there.
/** A character of a word piece (a letter of a spaced script, a digit or @$!), by code unit. */
function isChunkChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x40 ||
    c === 0x24 ||
    c === 0x21 ||
    (c >= 0xc0 && c <= 0x58f) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}
const MAX_CHUNKED_WORD = 24;

/** The pieces and separators of a hyphenated (dotted, slashed…) run of words starting at `at`. */
function parseChunks(text: string, at: number): { chunks: Array<{ s: number; t: string }>; seps: string[] } {
  const chunks: Array<{ s: number; t: string }> = [];
  const seps: string[] = [];
  let i = at;
  while (i < text.length && chunks.length < 12) {
    CHUNK_Y.lastIndex = i;
    const c = CHUNK_Y.exec(text);
    if (!c) break;
    chunks.push({ s: i, t: c[0] });
    i += c[0].length;
    SEP_NOT_SPACE_Y.lastIndex = i;
    const sp = SEP_NOT_SPACE_Y.exec(text);
    if (!sp) break;
    seps.push(sp[0]);
    i += sp[0].length;
  }
  if (seps.length >= chunks.length) seps.length = Math.max(0, chunks.length - 1);
  return { chunks, seps };
}

function joinSplitWords(text: string, h: Hints): Edit[] {
  const edits: Edit[] = [];
  let done = -1;
  for (const i of h.chunkAt) {
    if (i < done) continue;
    let ws = i;
    while (ws > 0 && i - ws < MAX_CHUNKED_WORD && isChunkChar(text.charCodeAt(ws - 1))) ws--;
    const first = text.charCodeAt(ws);
    // Most pieces start with a letter no word that matters starts with.
    if (first < 0x80 && !FIRST_CODES[first]) continue;
    if (i - ws >= MAX_CHUNKED_WORD || !isKeyPrefix(text.slice(ws, i + 1))) continue;
    const { chunks, seps } = parseChunks(text, ws);
    if (chunks.length < 2) continue;
    const last0 = chunks[chunks.length - 1]!;
    done = last0.s + last0.t.length;
    const before = SEP_BEFORE_RE.exec(text.slice(Math.max(0, ws - 4), ws))?.[0];
    for (let a = 0; a < chunks.length - 1; a++) {
      let cur = chunks[a]!.t;
      if (!isKeyPrefix(cur)) continue;
      let best = -1;
      for (let b = a + 1; b < chunks.length; b++) {
        cur += chunks[b]!.t;
        if (!isKeyPrefix(cur)) break;
        if (isKeyword(cur)) best = b;
      }
      if (best < 0) continue;
      // Only a word split apart: "vis-a-vis" goes on with the same separator, "Contact/Tele-gram" does not.
      const inner = seps.slice(a, best);
      const sepBefore = a > 0 ? seps[a - 1] : before;
      if ((sepBefore !== undefined && inner.includes(sepBefore)) || (best < seps.length && inner.includes(seps[best]!))) continue;
      const last = chunks[best]!;
      if (/^vis$/i.test(chunks[a]!.t) && /^[- ]vis/i.test(text.slice(last.s + last.t.length, last.s + last.t.length + 4))) continue;
      const from: number[] = [];
      let out = '';
      for (let k = a; k <= best; k++) {
        const ch = chunks[k]!;
        out += ch.t;
        for (let c = 0; c < ch.t.length; c++) from.push(ch.s + c);
      }
      edits.push({ start: chunks[a]!.s, end: last.s + last.t.length, out, from });
      a = best;
    }
  }
  return edits;
}

// ---------------------------------------------------------------------------------------------
// 3. Look-alike letters and leetspeak, one token at a time (same length: the map is one to one).

const TOKEN_RE = /[\p{L}\p{M}\p{N}@$!]+/gu;
const CG_RE = /[\u0370-\u058F\u1C80-\u1C8F\uA640-\uA69F]/;
const LATIN_RE = /\p{Script=Latin}/u;

type TokenKind = 'latin' | 'cyrillic' | 'other';

/** Latin, a real Cyrillic/Greek word (some letter has no Latin look-alike), or anything else. */
function kindOf(whole: string): TokenKind {
  const tok = whole.length > MAX_TOKEN ? whole.slice(0, MAX_TOKEN) : whole;
  if (CG_RE.test(tok)) {
    for (const c of tok) if (CG_RE.test(c) && !TO_LATIN.has(c)) return 'cyrillic';
    return 'other';
  }
  return LATIN_RE.test(tok) ? 'latin' : 'other';
}

/** `s` with every letter of `table` replaced, or null if a letter of the other script has no look-alike there. */
function foldAll(s: string, table: ReadonlyMap<string, string>, other: (c: string) => boolean): string | null {
  let out = '';
  for (const c of s) {
    const f = table.get(c);
    if (f !== undefined) out += f;
    else if (other(c)) return null;
    else out += c;
  }
  return out;
}
const isCG = (c: string) => CG_RE.test(c);
const isLatinLetter = (c: string) => LATIN_RE.test(c);

/** The token (same length) with a keyword's disguise undone, case kept. */
function spellAs(core: string, sk: string): string {
  let out = '';
  for (let k = 0; k < core.length; k++) {
    const c = core[k]!;
    const w = sk[k] ?? c;
    out += c !== c.toLowerCase() ? w.toUpperCase() : w;
  }
  return out;
}

/** Longer tokens are no disguised word (the longest word that matters has 13 letters). */
const MAX_TOKEN = 40;

function foldToken(tok: string, prev: TokenKind, next: TokenKind): string | null {
  if (tok.length > MAX_TOKEN) return null;
  const hasCG = CG_RE.test(tok);
  const hasLeet = LEET_CHARS.test(tok);
  if (!hasCG && !hasLeet) return null;
  // "T3l3gr@m!" → the keyword and its "!"; a leading "@" is a handle.
  const core = tok.replace(/!+$/, '');
  if (core.length >= 3 && !core.startsWith('@') && enoughLetters(core)) {
    const sk = skeletonIn(core, KEYWORDS);
    if (sk !== null && core.length === sk.length) return spellAs(core, sk) + tok.slice(core.length);
  }
  if (!hasCG) return null;
  const hasLatin = LATIN_RE.test(tok);
  if (hasLatin) {
    const latin = foldAll(tok, TO_LATIN, isCG);
    const cyr = foldAll(tok, TO_CYRILLIC, isLatinLetter);
    if (latin && cyr) {
      let nc = 0;
      let nl = 0;
      for (const c of tok) {
        if (isCG(c)) nc++;
        else if (isLatinLetter(c)) nl++;
      }
      return nc > nl ? cyr : latin;
    }
    return latin ?? cyr;
  }
  // Wholly look-alike letters ("рау") read as Latin only among Latin words.
  if ((prev === 'latin' || next === 'latin') && prev !== 'cyrillic' && next !== 'cyrillic') return foldAll(tok, TO_LATIN, isCG);
  return null;
}

const LETTER_NEAR_RE = /[\p{L}\p{M}]/u;

function foldTokens(text: string, h: Hints): Edit[] {
  const edits: Edit[] = [];
  if (!h.cg) {
    for (let k = 0; k < h.leet.length; k += 2) {
      const a = h.leet[k]!;
      const b = h.leet[k + 1]!;
      // Part of a longer word in another script ("ábc1"): leave it.
      if ((a > 0 && LETTER_NEAR_RE.test(text[a - 1]!)) || (b < text.length && LETTER_NEAR_RE.test(text[b]!))) continue;
      const tok = text.slice(a, b);
      // Only a token that starts like a word that matters can spell one.
      const head = tok[0] === '@' ? '' : tok.slice(0, 2);
      if (!head || !isKeyPrefix(head)) continue;
      const out = foldToken(tok, 'other', 'other');
      if (out !== null && out !== tok && out.length === tok.length) edits.push({ start: a, end: b, out });
    }
    return edits;
  }
  const toks = [...text.matchAll(TOKEN_RE)];
  let prevKind: TokenKind = 'other';
  let nextKind: TokenKind | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const kind = nextKind ?? kindOf(t[0]);
    nextKind = i + 1 < toks.length ? kindOf(toks[i + 1]![0]) : 'other';
    // Neighbours count only on the same line.
    const prevSameLine = i > 0 && !text.slice(toks[i - 1]!.index, t.index).includes('\n');
    const nextSameLine = i + 1 < toks.length && !text.slice(t.index, toks[i + 1]!.index).includes('\n');
    const out = foldToken(t[0], prevSameLine ? prevKind : 'other', nextSameLine ? nextKind : 'other');
    if (out !== null && out !== t[0] && out.length === t[0].length) edits.push({ start: t.index, end: t.index + t[0].length, out });
    prevKind = kind;
  }
  return edits;
}

// ---------------------------------------------------------------------------------------------
// 4. "W/A", "T.G", "T G" for WhatsApp / Telegram, only where a contact is given.

const ABBR_RE = /(?<![\p{L}\p{N}])(?:W ?[/.] ?A|w\/a|T ?\. ?G\.?|T\/G|T G|t\.g\.?)(?![\p{L}\p{N}])/gu;
const CONTACT_AFTER_RE = /^\s?(?:[:：@+＋]|\(?\+?\d|ID\b|id\b|Id\b|号|號)/;
const CONTACT_BEFORE_RE =
  /(?:contact|add|chat|message|msg|text|reach|call|apply|dm|pm|inbox|via|thru|through|on|or|hubungi|lewat|melalui|kontak|liên hệ|qua|nhắn|kết bạn|联系|聯繫|聯絡|加|ติดต่อ|แอด|ทาง|연락|문의|連絡|contacto|contáctanos|contato|por|pelo|sa|mag-?message|i-?message|whatsapp|telegram|zalo|line|viber)[\s:：,/]{0,3}$/iu;
const NAME_AFTER_RE = /^\.? ?\p{Lu}\p{Ll}/u;

function expandAbbreviations(text: string, h: Hints): Edit[] {
  const edits: Edit[] = [];
  if (!h.abbr) return edits;
  for (const m of text.matchAll(ABBR_RE)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 12);
    const tg = /^t/i.test(m[0]);
    const ok = CONTACT_AFTER_RE.test(after) || (CONTACT_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !(tg && NAME_AFTER_RE.test(after)));
    if (ok) edits.push({ start: m.index, end, out: tg ? 'Telegram' : 'WhatsApp' });
  }
  return edits;
}

// ---------------------------------------------------------------------------------------------
// 5. Emoji read as words, in the language of the text: "Free ✈️, 🛂, 🍚 and 🏠".

type Perk = 'flight' | 'visa' | 'food' | 'room' | 'pay' | 'contact' | 'free';
const EMOJI_PERK: ReadonlyMap<string, Perk> = new Map<string, Perk>([
  ['✈', 'flight'],
  ['🛫', 'flight'],
  ['🛬', 'flight'],
  ['🛩', 'flight'],
  ['🛂', 'visa'],
  ['🍚', 'food'],
  ['🍜', 'food'],
  ['🍱', 'food'],
  ['🍽', 'food'],
  ['🍛', 'food'],
  ['🏠', 'room'],
  ['🏨', 'room'],
  ['🛏', 'room'],
  ['🏡', 'room'],
  ['💰', 'pay'],
  ['💵', 'pay'],
  ['💸', 'pay'],
  ['🤑', 'pay'],
  ['📲', 'contact'],
  ['📱', 'contact'],
  ['☎', 'contact'],
  ['📞', 'contact'],
  ['🆓', 'free'],
]);
const EMOJI_ALT = [...EMOJI_PERK.keys()].join('|');
const EMOJI_RUN_RE = new RegExp(`(?:${EMOJI_ALT})(?: ?(?:${EMOJI_ALT}))*`, 'gu');
const EMOJI_HINT_RE =
  /[\u2708\u260E]|\uD83C[\uDF5A\uDF5C\uDF71\uDF7D\uDF5B\uDFE0\uDFE8\uDFE1\uDD93]|\uD83D[\uDEEB\uDEEC\uDEE9\uDEC2\uDECF\uDCB0\uDCB5\uDCB8\uDCF2\uDCF1\uDCDE]|\uD83E\uDD11/;

type Lang = 'en' | 'zh' | 'ja' | 'ko' | 'vi' | 'id' | 'th' | 'tl' | 'es' | 'pt' | 'ru';
interface Vocab {
  words: Record<Perk, string>;
  /** Between words of a run of emoji, and before its last word. */
  comma: string;
  and: string;
  /** Words are separated by spaces (no for Chinese, Japanese, Thai). */
  spaced: boolean;
}
const VOCAB: Record<Lang, Vocab> = {
  en: {
    words: { flight: 'flight', visa: 'visa', food: 'food', room: 'accommodation', pay: 'salary', contact: 'contact', free: 'free' },
    comma: ', ',
    and: ' and ',
    spaced: true,
  },
  zh: {
    words: { flight: '机票', visa: '签证', food: '三餐', room: '住宿', pay: '月薪', contact: '联系', free: '免费' },
    comma: '、',
    and: '、',
    spaced: false,
  },
  ja: {
    words: { flight: '航空券', visa: 'ビザ', food: '食事', room: '寮', pay: '月給', contact: '連絡', free: '無料' },
    comma: '・',
    and: '・',
    spaced: false,
  },
  ko: {
    words: { flight: '항공권', visa: '비자', food: '식사', room: '숙소', pay: '월급', contact: '연락', free: '무료' },
    comma: ', ',
    and: ', ',
    spaced: true,
  },
  vi: {
    words: { flight: 'vé máy bay', visa: 'visa', food: 'ăn uống', room: 'chỗ ở', pay: 'lương', contact: 'liên hệ', free: 'miễn phí' },
    comma: ', ',
    and: ' và ',
    spaced: true,
  },
  id: {
    words: { flight: 'tiket pesawat', visa: 'visa', food: 'makan', room: 'tempat tinggal', pay: 'gaji', contact: 'hubungi', free: 'gratis' },
    comma: ', ',
    and: ' dan ',
    spaced: true,
  },
  th: {
    words: { flight: 'ตั๋วเครื่องบิน', visa: 'วีซ่า', food: 'อาหาร', room: 'ที่พัก', pay: 'เงินเดือน', contact: 'ติดต่อ', free: 'ฟรี' },
    comma: ' ',
    and: ' ',
    spaced: false,
  },
  tl: {
    // Taglish: the English nouns read after "free" and "libreng" alike.
    words: { flight: 'ticket', visa: 'visa', food: 'food', room: 'accommodation', pay: 'sahod', contact: 'contact', free: 'libre' },
    comma: ', ',
    and: ' at ',
    spaced: true,
  },
  es: {
    words: { flight: 'boleto de avión', visa: 'visa', food: 'comida', room: 'alojamiento', pay: 'salario', contact: 'contacto', free: 'gratis' },
    comma: ', ',
    and: ' y ',
    spaced: true,
  },
  pt: {
    words: { flight: 'passagem aérea', visa: 'visto', food: 'alimentação', room: 'moradia', pay: 'salário', contact: 'contato', free: 'grátis' },
    comma: ', ',
    and: ' e ',
    spaced: true,
  },
  ru: {
    words: { flight: 'авиабилет', visa: 'виза', food: 'питание', room: 'жильё', pay: 'зарплата', contact: 'связь', free: 'бесплатно' },
    comma: ', ',
    and: ' и ',
    spaced: true,
  },
};

// Words common in one of these languages and rare in the others (Spanish and Portuguese share many).
const FUNCTION_WORDS: ReadonlyArray<readonly [Lang, ReadonlySet<string>]> = [
  ['en', new Set(['the', 'and', 'to', 'of', 'for', 'with', 'you', 'we', 'our', 'is', 'are', 'your'])],
  ['id', new Set(['yang', 'dan', 'untuk', 'dengan', 'kerja', 'tidak', 'anda', 'kami', 'ini', 'bisa', 'gaji', 'dari'])],
  ['tl', new Set(['ang', 'mga', 'ng', 'sa', 'po', 'kayo', 'trabaho', 'libre', 'natin', 'lang', 'ito', 'kung'])],
  ['es', new Set(['el', 'los', 'las', 'y', 'del', 'al', 'en', 'con', 'sin', 'usted', 'su', 'es', 'trabajo'])],
  ['pt', new Set(['os', 'e', 'não', 'você', 'são', 'do', 'da', 'dos', 'das', 'no', 'na', 'em', 'com', 'sem', 'ao', 'pelo', 'pela', 'trabalho'])],
];
const VI_RE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
/** Scripts that decide the language (kana, Hangul, Thai, CJK ideographs, Cyrillic), in the order scriptCounts counts them. */
const SCRIPT_LANG: readonly Lang[] = ['ja', 'ko', 'th', 'zh', 'ru'];

/**
 * Latin letters and each script's characters in `s`, counted in one pass without building match
 * arrays (this runs on every text with an emoji; the arrays were a few KB per posting). The same
 * counts as matching /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/g and /[\u3040-\u30FF]/g, /[\uAC00-\uD7AF]/g,
 * /[\u0E00-\u0E7F]/g, /[\u4E00-\u9FFF]/g, /[\u0400-\u04FF]/g.
 */
function scriptCounts(s: string): { latin: number; byLang: number[] } {
  let latin = 0;
  const byLang = [0, 0, 0, 0, 0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
    else if (c >= 0x3040 && c <= 0x30ff) byLang[0]!++;
    else if (c >= 0xac00 && c <= 0xd7af) byLang[1]!++;
    else if (c >= 0x0e00 && c <= 0x0e7f) byLang[2]!++;
    else if (c >= 0x4e00 && c <= 0x9fff) byLang[3]!++;
    else if (c >= 0x0400 && c <= 0x04ff) byLang[4]!++;
  }
  return { latin, byLang };
}

/** A rough guess of the language of a text, for the emoji's words only. */
export function guessLanguage(text: string): Lang {
  const s = text.slice(0, 3000);
  const { latin, byLang } = scriptCounts(s);
  let best: Lang = 'en';
  let bestN = 0;
  SCRIPT_LANG.forEach((lang, i) => {
    const n = byLang[i] ?? 0;
    // Kana decide Japanese even among many kanji.
    const w = lang === 'ja' ? n * 4 : n;
    if (w > bestN) {
      best = lang;
      bestN = w;
    }
  });
  if (bestN > latin / 2) return best;
  if ((s.match(VI_RE) ?? []).length >= Math.max(3, latin * 0.03)) return 'vi';
  const counts = new Map<Lang, number>();
  for (const w of s.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, set] of FUNCTION_WORDS) if (set.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let lang: Lang = 'en';
  let n = 0;
  for (const [l, c] of counts) {
    if (c > n) {
      lang = l;
      n = c;
    }
  }
  return lang;
}

const WORDISH_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
/** In a phrase: after a word, a number or a list comma on the same line ("Free ✈️", "包✈️", "✈️, 🛂 and 🏠"). */
const IN_PHRASE_BEFORE_RE = /(?:[\p{L}\p{M}\p{N}] |[\p{L}\p{M}\p{N}]|[,，、&+] ?)$/u;
const GLUED_BEFORE_RE = /[\p{L}\p{M}]$/u;
/** What a perk emoji standing for a noun is followed by: "🏠 free", "💰 $2,000", "💰 Rp 15 juta", "📲: @hr", "📲 WhatsApp +84", "✈️ 报销". */
const PREDICATE_AFTER_RE =
  /^ ?(?:[:：]|[$€£¥₱฿₫₩]|\+?\d[\d,. ]{2}|(?:free|provided|included|covered|paid|sponsored|reimbursed|gratis|grátis|libre|libreng|miễn phí|được bao|ditanggung|disediakan|percuma|incluid[oa]s?|incluíd[oa]s?|pagad[oa]s?|бесплатно|предоставляется|rp|rm|usd|us\$|r\$|s\/|php|thb|vnd|idr|myr|sgd|rmb|krw|jpy|telegram|whatsapp|zalo|line|viber|wechat|signal|kakao ?talk)(?![\p{L}\p{M}])|ฟรี|บริษัทออก|제공|무료|지원|支給|無料|付き|完備|免费|免費|报销|報銷|全包|提供|公司出)/iu;
/** An emoji in a list of perks: "🏠 and 🍚", "🏠 y 🍚", "✈️, 🛂". */
const LIST_AFTER_RE = /^ ?(?:[,，、&+]|(?:and|y|e|dan|và|at|และ|및|과|와|と|和|及)(?![\p{L}\p{M}]))/iu;
const DECORATION_AFTER_RE = /^ ?(?:\p{Lu}|\p{Extended_Pictographic})/u;

/** Whether an emoji stands for a word here, not decorates a heading or bullet ("🏡 What you'll do", "💰 Competitive pay"). */
function emojiIsWord(text: string, start: number, end: number, spaced: boolean, perks: readonly Perk[]): boolean {
  const after = text.slice(end, end + 16);
  // Several perks together ("🆓 ✈️", "🍚🏠") are words, and so is a perk before a predicate or in a list.
  if (perks.length > 1 || PREDICATE_AFTER_RE.test(after) || LIST_AFTER_RE.test(after)) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 4), start);
  if (!IN_PHRASE_BEFORE_RE.test(before)) return false;
  if (spaced && GLUED_BEFORE_RE.test(before)) return false;
  return !DECORATION_AFTER_RE.test(after);
}

function expandEmoji(text: string, h: Hints): Edit[] {
  const edits: Edit[] = [];
  if (!h.emoji || !EMOJI_HINT_RE.test(text)) return edits;
  const v = VOCAB[guessLanguage(text)];
  for (const m of text.matchAll(EMOJI_RUN_RE)) {
    // A long row of emoji is decoration.
    if (m[0].length > 24) continue;
    const perks = [...m[0].replaceAll(' ', '')].map((c) => EMOJI_PERK.get(c)).filter((p): p is Perk => p !== undefined);
    // Perks are listed ("flight, visa and food"); "🆓" goes with its neighbour ("🆓✈️", "🏠🆓").
    const listed = perks.filter((p) => p !== 'free').length;
    let out = '';
    let seen = 0;
    perks.forEach((p, i) => {
      if (i > 0) {
        if (p === 'free' || perks[i - 1] === 'free') out += v.spaced ? ' ' : '';
        else out += seen === listed - 1 ? v.and : v.comma;
      }
      out += v.words[p];
      if (p !== 'free') seen++;
    });
    const end = m.index + m[0].length;
    if (!out || !emojiIsWord(text, m.index, end, v.spaced, perks)) continue;
    if (v.spaced && m.index > 0 && WORDISH_CHAR_RE.test(text[m.index - 1]!)) out = ` ${out}`;
    if (v.spaced && end < text.length && WORDISH_CHAR_RE.test(text[end]!)) out += ' ';
    edits.push({ start: m.index, end, out });
  }
  return edits;
}

// ---------------------------------------------------------------------------------------------

const PASSES: ReadonlyArray<(text: string, hints: Hints) => Edit[]> = [joinSpacedLetters, joinSplitWords, foldTokens, expandAbbreviations, expandEmoji];

/**
 * The text the detectors read: `normalised` (normaliseText output) with disguises undone, and
 * the map from each of its positions back to `normalised`. Never throws (on an internal error,
 * the text itself with the identity map).
 */
// Running a regex flattens a string built by concatenation, once, instead of in every pass.
const FLATTEN_RE = /^/;

export function revealDisguises(normalised: string): Revealed {
  let st: State | null = null;
  FLATTEN_RE.test(normalised);
  try {
    let text = normalised;
    let hints = scanHints(text);
    for (const pass of PASSES) {
      const edits = pass(text, hints);
      if (!edits.length) continue;
      st = applyEdits(st ?? identity(normalised), edits);
      text = st.text;
      hints = scanHints(text);
    }
  } catch {
    st = null;
  }
  if (st) return { text: st.text, toSource: st.starts, toSourceEnd: st.ends };
  return new Unrevealed(normalised);
}

/** Nothing to reveal: the text itself; its identity map is built only if asked for. */
class Unrevealed implements Revealed {
  private map: State | null = null;
  constructor(readonly text: string) {}
  get toSource(): Uint32Array {
    this.map ??= identity(this.text);
    return this.map.starts;
  }
  get toSourceEnd(): Uint32Array {
    this.map ??= identity(this.text);
    return this.map.ends;
  }
}

/** The span of the normalised text that revealed positions [start, end) were read from. */
export function sourceSpan(r: Revealed, start: number, end: number): { start: number; end: number } {
  const s = r.toSource[start] ?? r.toSource[r.toSource.length - 1] ?? 0;
  const e = end > start ? (r.toSourceEnd[end - 1] ?? s) : s;
  return { start: s, end: Math.max(s, e) };
}

/** Hits found in `r.text` with their evidence moved onto `source`'s own characters. */
export function hitsToSource(hits: SignalHit[], r: Revealed, source: string): SignalHit[] {
  if (r.text === source) return hits;
  return hits.map((h) => {
    const evidence: Evidence[] = [];
    let lastEnd = -1;
    for (const ev of h.evidence) {
      const { start, end } = sourceSpan(r, ev.start, ev.end);
      if (start < lastEnd || end <= start) continue;
      evidence.push({ text: source.slice(start, end), start, end });
      lastEnd = end;
    }
    return { ...h, evidence };
  });
}

/** The red-flag signals of a normalised text, read through its disguises; evidence refers to `normalised`. */
export function detectSignalsRevealed(normalised: string, only?: readonly string[]): SignalHit[] {
  const r = revealDisguises(normalised);
  return hitsToSource(detectSignals(r.text, only), r, normalised);
}

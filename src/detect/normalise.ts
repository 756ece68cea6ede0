/**
 * Text normalisation run before the features and the detectors.
 *
 * Goals: make encoding tricks ("Ｔｅｌｅｇｒａｍ", "Tele\u200Bgram", variation selectors, tag
 * characters, Hangul fillers) disappear, while keeping every visible character of the page as
 * it is, so evidence found in this text can be found again in the page. Disguises written with
 * visible characters ("T-e-l-e-g-r-a-m", "Теlеgrаm", "T3l3gr@m", "Free ✈️") are undone for the
 * detectors only, with an offset map back to this text: see reveal.ts. The function is
 * idempotent (normaliseText(normaliseText(x)) === normaliseText(x)) and never throws.
 */

/** Inputs longer than this are cut before processing (a job ad is a few kB). */
export const MAX_NORMALISE_CHARS = 200_000;

// Every Default_Ignorable_Code_Point: zero-width characters, bidi controls and isolates, word
// joiner and invisible operators, BOM, soft hyphen, combining grapheme joiner, Arabic letter mark,
// Mongolian variation selectors, variation selectors (U+FE00–FE0F, U+E0100–E01EF), tag characters
// (U+E0000–E0FFF) and the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), listed again on
// purpose. A zero-width joiner between two pictographs (a ZWJ emoji sequence: 👩‍💻) stays: it is
// visible as one emoji, and no word can be split by it.
const INVISIBLE_RE =
  /(?!\u200D)[\p{Default_Ignorable_Code_Point}\u115F\u1160\u3164\uFFA0]|(?<!\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?)\u200D|\u200D(?!\uFE0F?\p{Extended_Pictographic})/gu;
// Cheap necessary condition: a BMP code point of the class above, or a high surrogate of the
// astral ones (U+1BCA0–1BCA3, U+1D173–1D17A, U+E0000–E0FFF). A table: V8 tests a class of many
// ranges slowly at every character of a long ad, where a lookup costs about a nanosecond.
const INVISIBLE_HINT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0xd82f, 0xd82f],
  [0xd834, 0xd834],
  [0xdb40, 0xdb43],
];
const INVISIBLE_HINT = new Uint8Array(0x10000);
for (const [lo, hi] of INVISIBLE_HINT_RANGES) INVISIBLE_HINT.fill(1, lo, hi + 1);
// Lone surrogates (not part of a valid pair) become U+FFFD so later steps see well-formed text.
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEWLINE_RE = /\r\n?|[\u2028\u2029\u0085\v\f]/g;
// Horizontal whitespace (NFKC already maps NBSP, ideographic space etc. to U+0020).
// Only runs that are not already a single U+0020 (replacing " " by " " is a no-op).
const HSPACE_RE = / [ \t\u1680\u2000-\u200A\u202F\u205F\u3000]+|[\t\u1680\u2000-\u200A\u202F\u205F\u3000][ \t\u1680\u2000-\u200A\u202F\u205F\u3000]*/g;
// Only newlines with spaces around them (a bare "\n" is left as it is).
// `(?<! )`: a run of spaces is tried from its first space only (linear on long runs).
const SPACE_AROUND_NL_RE = /(?<! ) +\n *|\n +/g;
const MANY_NL_RE = /\n{3,}/g;
// A run of spaces between two single letters ("C u s t o m e r  s e r v i c e") is a word break
// in spaced-out text: it is kept as two spaces (reveal.ts then joins each word on its own).
const LONE_LETTER_BEFORE_RE = /[^\p{L}\p{M}\p{N}]\p{L}\p{M}*$/u;
const FIRST_LETTER_BEFORE_RE = /^\p{L}\p{M}*$/u;
const LONE_LETTER_AFTER_RE = /^\p{L}\p{M}*(?:[^\p{L}\p{M}\p{N}]|$)/u;

function collapseSpace(run: string, offset: number, s: string): string {
  if (run.length < 2) return ' ';
  const start = Math.max(0, offset - 8);
  const before = s.slice(start, offset);
  if (!LONE_LETTER_BEFORE_RE.test(before) && !(start === 0 && FIRST_LETTER_BEFORE_RE.test(before))) return ' ';
  return LONE_LETTER_AFTER_RE.test(s.slice(offset + run.length, offset + run.length + 8)) ? '  ' : ' ';
}

/** Whether `s` may hold a character INVISIBLE_RE removes (false: it holds none). */
export function mayHaveInvisible(s: string): boolean {
  for (let i = 0, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xad && INVISIBLE_HINT[c] === 1) return true;
  }
  return false;
}

function stripInvisible(s: string): string {
  return mayHaveInvisible(s) ? s.replace(INVISIBLE_RE, '') : s;
}

// NFKC splits Thai SARA AM (ำ, U+0E33) into NIKHAHIT + SARA AA and Lao AM (U+0EB3) likewise, but
// keyboards type, and our patterns are written with, the single letter: join them back.
const THAI_LAO_AM_RE = /\u0E4D\u0E32|\u0ECD\u0EB2/g;
const amLetter = (m: string) => (m.charCodeAt(0) === 0x0e4d ? '\u0E33' : '\u0EB3');

function safeNfkc(s: string): string {
  let out: string;
  try {
    out = s.normalize('NFKC');
  } catch {
    return s;
  }
  return out.includes('\u0E4D') || out.includes('\u0ECD') ? out.replace(THAI_LAO_AM_RE, amLetter) : out;
}

const HAS_SURROGATE_RE = /[\uD800-\uDFFF]/;

/**
 * One pass; `plain` when the input had nothing to repair, remove or fold (only whitespace to
 * tidy, which is idempotent: the result is then already the fixed point).
 */
function normaliseOnce(raw: string): { text: string; plain: boolean } {
  let s = HAS_SURROGATE_RE.test(raw) ? raw.replace(LONE_SURROGATE_RE, '\uFFFD') : raw;
  const visible = stripInvisible(s);
  const folded = safeNfkc(visible);
  const plain = s === raw && visible === s && folded === visible;
  // NFKC never produces the invisible characters above from visible ones, but removing them
  // again costs little and keeps the function idempotent on odd inputs.
  s = folded === visible ? folded : stripInvisible(folded);
  s = s.replace(NEWLINE_RE, '\n');
  s = s.replace(HSPACE_RE, collapseSpace);
  s = s.replace(SPACE_AROUND_NL_RE, '\n');
  s = s.replace(MANY_NL_RE, '\n\n');
  s = s.trim();
  return { text: s, plain };
}

/**
 * Normalises raw posting text: NFKC, default-ignorable (invisible) code points removed,
 * horizontal whitespace collapsed, at most two consecutive newlines, trimmed.
 */
export function normaliseText(raw: string): string {
  try {
    if (typeof raw !== 'string') return '';
    let s = raw.length > MAX_NORMALISE_CHARS ? raw.slice(0, MAX_NORMALISE_CHARS) : raw;
    const first = normaliseOnce(s);
    if (first.plain) return first.text;
    s = first.text;
    // Rare inputs (e.g. combining marks exposed by removals) need a second pass to reach the
    // fixed point; two passes settle everything we have seen, three is a cheap safety net.
    for (let i = 0; i < 3; i++) {
      const next = normaliseOnce(s).text;
      if (next === s) break;
      s = next;
    }
    return s;
  } catch {
    return '';
  }
}

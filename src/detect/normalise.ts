/**
 * Text normalisation run before every detector.
 *
 * Goals: make obfuscated lures ("Ｔｅｌｅｇｒａｍ", "T e l e g r a m", "Tele\u200Bgram") look like
 * plain text, while keeping ordinary text byte-for-byte recognisable. The function is
 * idempotent (normaliseText(normaliseText(x)) === normaliseText(x)) and never throws.
 */

/** Inputs longer than this are cut before processing (a job ad is a few kB). */
export const MAX_NORMALISE_CHARS = 200_000;

// Zero-width, bidi controls/isolates, word joiner & invisible operators, BOM, soft hyphen,
// Mongolian vowel separator, combining grapheme joiner.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F (combining grapheme joiner) is listed on purpose, as a character to remove.
const INVISIBLE_RE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Lone surrogates (not part of a valid pair) become U+FFFD so later steps see well-formed text.
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEWLINE_RE = /\r\n?|[\u2028\u2029\u0085\v\f]/g;
// Horizontal whitespace (NFKC already maps NBSP, ideographic space etc. to U+0020).
// Only runs that are not already a single U+0020 (replacing " " by " " is a no-op).
const HSPACE_RE = / [ \t\u1680\u2000-\u200A\u202F\u205F\u3000]+|[\t\u1680\u2000-\u200A\u202F\u205F\u3000][ \t\u1680\u2000-\u200A\u202F\u205F\u3000]*/g;
// Only newlines with spaces around them (a bare "\n" is left as it is).
const SPACE_AROUND_NL_RE = / +\n *|\n +/g;
const MANY_NL_RE = /\n{3,}/g;
// ≥4 single letters separated by exactly one space or dot: "T e l e g r a m", "W.h.a.t.s".
// Letters may carry combining marks (Vietnamese/Thai). Bounded by non-letters on both sides.
const SPACED_LETTERS_RE = /(?<![\p{L}\p{M}\p{N}])\p{L}\p{M}*(?:[ .]\p{L}\p{M}*){3,}(?![\p{L}\p{M}\p{N}])/gu;
const SPACED_SEP_RE = /[ .]/g;
// Necessary condition for SPACED_LETTERS_RE, cheap to scan (no `u` flag): the 2nd and 3rd
// letters of a run each sit between two separators. Letters are ASCII letters or non-ASCII
// code units; marks (and low surrogates) are ≥ U+0300.
const SPACED_HINT_RE = /[ .][A-Za-z\u00AA-\uFFFF][\u0300-\uFFFF]*[ .][A-Za-z\u00AA-\uFFFF][\u0300-\uFFFF]*[ .]/;

function stripInvisible(s: string): string {
  return s.replace(INVISIBLE_RE, '');
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

function collapseSpacedLetters(s: string): string {
  if (!SPACED_HINT_RE.test(s)) return s;
  return s.replace(SPACED_LETTERS_RE, (m) => {
    // A run made only of dots between letters like "U.S.A.F" is also collapsed; that's fine
    // for matching purposes.
    return m.replace(SPACED_SEP_RE, '');
  });
}

const HAS_SURROGATE_RE = /[\uD800-\uDFFF]/;

function normaliseOnce(raw: string): string {
  let s = HAS_SURROGATE_RE.test(raw) ? raw.replace(LONE_SURROGATE_RE, '\uFFFD') : raw;
  s = stripInvisible(s);
  s = safeNfkc(s);
  // NFKC never produces the invisible characters above from visible ones, but removing them
  // again costs little and keeps the function idempotent on odd inputs.
  s = stripInvisible(s);
  s = s.replace(NEWLINE_RE, '\n');
  s = s.replace(HSPACE_RE, ' ');
  s = s.replace(SPACE_AROUND_NL_RE, '\n');
  s = s.replace(MANY_NL_RE, '\n\n');
  s = s.trim();
  s = collapseSpacedLetters(s);
  return s;
}

/**
 * Normalises raw posting text: NFKC, invisible/bidi characters removed, spaced-out words
 * collapsed, horizontal whitespace collapsed, at most two consecutive newlines, trimmed.
 */
export function normaliseText(raw: string): string {
  try {
    if (typeof raw !== 'string') return '';
    let s = raw.length > MAX_NORMALISE_CHARS ? raw.slice(0, MAX_NORMALISE_CHARS) : raw;
    s = normaliseOnce(s);
    // Rare inputs (e.g. combining marks exposed by removals) need a second pass to reach the
    // fixed point; two passes settle everything we have seen, three is a cheap safety net.
    for (let i = 0; i < 3; i++) {
      const next = normaliseOnce(s);
      if (next === s) break;
      s = next;
    }
    return s;
  } catch {
    return '';
  }
}

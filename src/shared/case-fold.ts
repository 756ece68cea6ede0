/**
 * Case-insensitive search that reports offsets in the original text. `toLowerCase()` can change
 * a string's length ('İ' → 'i̇', two code units), so offsets found in a lowercased copy drift
 * away from the original after such a character; here every lowercased unit remembers which
 * original code point it came from, and matches are mapped back through that index.
 */

export interface Folded {
  /** The lowercased text. */
  text: string;
  /** For each code unit of `text`: the offset in the original where its code point starts. */
  start: Uint32Array;
  /** For each code unit of `text`: the offset in the original just after its code point. */
  end: Uint32Array;
}

export function foldCase(original: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of original) {
    // Per code point, so a word-final Σ folds like any other; final ς folds to σ as well.
    const lower = ch.toLowerCase();
    const folded = lower === 'ς' ? 'σ' : lower;
    text += folded;
    for (let k = 0; k < folded.length; k++) {
      starts.push(at);
      ends.push(at + ch.length);
    }
    at += ch.length;
  }
  return { text, start: Uint32Array.from(starts), end: Uint32Array.from(ends) };
}

/**
 * Every non-overlapping occurrence of `needle` in `folded` (needle lowercased here), as
 * [start, end) offsets in the original text. At most `limit` matches.
 */
export function findFolded(folded: Folded, needle: string, limit = Number.POSITIVE_INFINITY): Array<[number, number]> {
  const n = foldCase(needle).text;
  const out: Array<[number, number]> = [];
  if (n.length === 0) return out;
  for (let at = folded.text.indexOf(n); at >= 0 && out.length < limit; at = folded.text.indexOf(n, at + n.length)) {
    out.push([folded.start[at] as number, folded.end[at + n.length - 1] as number]);
  }
  return out;
}

/**
 * Character accuracy of OCR output against the text that was rendered: 1 − (edit distance /
 * source length) over the texts with all whitespace removed (scripts without word spaces, and
 * line breaks, must not count as errors), Unicode NFC, case folded. Floors at 0. Pure.
 */

function chars(s: string): string[] {
  return [...s.normalize('NFC').toLowerCase().replace(/\s+/gu, '')];
}

/** Levenshtein distance over code points (two rows, O(n·m) time, O(m) memory). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

export function charAccuracy(recognised: string, source: string): number {
  const src = chars(source);
  if (src.length === 0) return recognised.trim() ? 0 : 1;
  return Math.max(0, 1 - editDistance(chars(recognised), src) / src.length);
}

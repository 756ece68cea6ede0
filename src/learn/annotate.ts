/**
 * Splits an example's text into plain and marked segments: each marked segment is a place
 * where one of the verdict's reasons found its evidence. Pure, so the page renders marks as
 * Preact text nodes (never HTML) and the rule is unit-tested.
 */

import { findFolded, foldCase } from '../shared/case-fold.ts';

export interface Segment {
  text: string;
  /** Index (in the verdict's reason order) of the reason whose evidence this is; absent = plain text. */
  reason?: number;
}

interface Hit {
  start: number;
  end: number;
  reason: number;
}

/**
 * `reasons[i]` is the evidence of reason i. Only reasons with index < `revealed` are marked
 * (presenter mode reveals them one by one). Matching is case-insensitive; where two pieces of
 * evidence overlap, the earlier-starting (then longer) one wins, so segments never overlap.
 */
export function evidenceSegments(text: string, reasons: ReadonlyArray<readonly string[]>, revealed = reasons.length): Segment[] {
  const folded = foldCase(text);
  const hits: Hit[] = [];
  reasons.slice(0, Math.max(0, revealed)).forEach((evidence, reason) => {
    for (const raw of evidence) {
      const needle = raw.trim();
      if (needle.length < 2) continue;
      // Offsets mapped back through the folding index: lowercasing can change the length ('İ').
      for (const [start, end] of findFolded(folded, needle)) hits.push({ start, end, reason });
    }
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const h of hits) {
    if (h.start < pos) continue;
    if (h.start > pos) out.push({ text: text.slice(pos, h.start) });
    out.push({ text: text.slice(h.start, h.end), reason: h.reason });
    pos = h.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

/**
 * Splits an example's text into plain and marked segments: each marked segment is a place
 * where one of the verdict's reasons found its evidence. Pure, so the page renders marks as
 * Preact text nodes (never HTML) and the rule is unit-tested.
 */

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
  const lower = text.toLowerCase();
  const hits: Hit[] = [];
  reasons.slice(0, Math.max(0, revealed)).forEach((evidence, reason) => {
    for (const raw of evidence) {
      const needle = raw.trim().toLowerCase();
      if (needle.length < 2) continue;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
        hits.push({ start: at, end: at + needle.length, reason });
      }
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

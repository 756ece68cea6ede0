/**
 * The check page's image mode, the pure part: which words of an image to box for a verdict. The
 * reasons' evidence is found in the (possibly edited) text as the Learn page marks it
 * (learn/annotate.ts), the OCR words are placed in that text (ocr/text.ts), and each word under a
 * piece of evidence gives a box, in the image's own pixels.
 */
import { evidenceSegments } from '../learn/annotate.ts';
import { alignWords, boxesForSpans, type MarkedBox, type OcrWord, type Span } from '../ocr/text.ts';
import type { Reason } from '../shared/types.ts';

/** Spans of `text` where each reason's evidence occurs (reason = index in `reasons`). */
export function evidenceSpans(text: string, reasons: readonly Pick<Reason, 'evidence'>[]): Span[] {
  const spans: Span[] = [];
  let pos = 0;
  for (const seg of evidenceSegments(
    text,
    reasons.map((r) => r.evidence),
  )) {
    if (seg.reason !== undefined) spans.push({ start: pos, end: pos + seg.text.length, reason: seg.reason });
    pos += seg.text.length;
  }
  return spans;
}

/** The boxes to draw: words of the OCR result under the reasons' evidence in the current text. */
export function evidenceBoxes(words: readonly OcrWord[], text: string, reasons: readonly Pick<Reason, 'evidence'>[]): MarkedBox[] {
  return boxesForSpans(alignWords(words, text), evidenceSpans(text, reasons));
}

/** A box as CSS percentages of the image, so it scales with the displayed image. */
export function boxStyle(b: MarkedBox, width: number, height: number): { left: string; top: string; width: string; height: string } {
  const pct = (v: number, of: number) => `${((100 * v) / Math.max(1, of)).toFixed(3)}%`;
  return { left: pct(b.x0, width), top: pct(b.y0, height), width: pct(b.x1 - b.x0, width), height: pct(b.y1 - b.y0, height) };
}

/** Images (by type or name) among dropped, pasted or chosen files; the rest are text inputs. */
export function splitImageFiles<T extends { name: string; type: string }>(files: readonly T[]): { images: T[]; others: T[] } {
  const isImage = (f: T) => /^image\/(png|jpeg|webp)$/.test(f.type) || /\.(png|jpe?g|webp)$/i.test(f.name);
  return { images: files.filter(isImage), others: files.filter((f) => !isImage(f)) };
}

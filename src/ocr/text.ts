/**
 * Turns OCR words into the text the detector reads, remembering where each word sits in it, and
 * maps evidence spans in that text back to word boxes. Pure.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognised word as the OCR engine gives it. */
export interface RawWord {
  text: string;
  /** 0–100. */
  confidence: number;
  bbox: Box;
}

/** A recognised line: its words in reading order. */
export interface RawLine {
  words: RawWord[];
}

/** A recognised word placed in the assembled text: text.slice(start, end) === word.text. */
export interface OcrWord extends RawWord {
  start: number;
  end: number;
}

/**
 * Characters of scripts written without spaces between words (Han, kana, Thai, Lao, Khmer,
 * Burmese). Tesseract splits such text into one "word" per character or cluster; the detector
 * must see it joined, as it would be typed.
 */
const NO_SPACE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff00-\uffef]/u;
/** Combining marks and vowel signs that may come out as a "word" of their own. */
const MARK = /^\p{M}/u;

function joinsWithoutSpace(prev: string, next: string): boolean {
  const last = [...prev].pop() ?? '';
  const first = [...next][0] ?? '';
  if (MARK.test(next)) return true;
  return NO_SPACE.test(last) && NO_SPACE.test(first);
}

/** Lines of words → text (lines on their own line) and every non-empty word with its offsets. */
export function assembleText(lines: readonly RawLine[]): { text: string; words: OcrWord[] } {
  let text = '';
  const words: OcrWord[] = [];
  for (const line of lines) {
    const kept = line.words.map((w) => ({ ...w, text: w.text.trim() })).filter((w) => w.text.length > 0);
    if (kept.length === 0) continue;
    if (text) text += '\n';
    let prev = '';
    for (const w of kept) {
      if (prev && !joinsWithoutSpace(prev, w.text)) text += ' ';
      const start = text.length;
      text += w.text;
      words.push({ ...w, start, end: text.length });
      prev = w.text;
    }
  }
  return { text, words };
}

/**
 * The words placed in an edited `text`: each word is looked for after the previous one found, so
 * the boxes follow the text as the user corrects it. Words no longer in the text are left out.
 */
export function alignWords(words: readonly OcrWord[], text: string): OcrWord[] {
  const out: OcrWord[] = [];
  let pos = 0;
  for (const w of words) {
    const at = text.indexOf(w.text, pos);
    if (at < 0) continue;
    out.push({ ...w, start: at, end: at + w.text.length });
    pos = at + w.text.length;
  }
  return out;
}

/** A marked span of the text (e.g. one piece of a reason's evidence). */
export interface Span {
  start: number;
  end: number;
  /** Index of the reason the span belongs to. */
  reason: number;
}

export interface MarkedBox extends Box {
  reason: number;
  /** The recognised word under the box. */
  text: string;
}

/** The boxes of the words each span touches: one box per (word, reason), in span order. */
export function boxesForSpans(words: readonly OcrWord[], spans: readonly Span[]): MarkedBox[] {
  const out: MarkedBox[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as OcrWord;
      if (w.end <= s.start || w.start >= s.end) continue;
      const key = `${i}:${s.reason}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...w.bbox, reason: s.reason, text: w.text });
    }
  }
  return out;
}

/** Mean word confidence weighted by word length (0 with no words). */
export function meanConfidence(words: readonly RawWord[]): number {
  let n = 0;
  let sum = 0;
  for (const w of words) {
    const len = [...w.text].length;
    n += len;
    sum += len * w.confidence;
  }
  return n ? sum / n : 0;
}

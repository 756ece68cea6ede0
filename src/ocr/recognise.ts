/**
 * Reads an image's text, choosing the OCR models per image: a first pass with English and the
 * hinted languages (UI language, page language); when that pass reads poorly, each script's model
 * is tried on the worst-read lines only, and the image is read again with the scripts that read
 * them well. The result says which models were used. The OCR engine sits behind OcrBackend, so
 * the rule runs the same in the extension and the CLI.
 */
import { firstPassModels, MAX_MODELS_PER_PASS, probeModels, scriptShare } from './models.ts';
import { assembleText, type Box, meanConfidence, type OcrWord, type RawLine, type RawWord } from './text.ts';

/** What the OCR engine does: recognise an image (or one rectangle of it) with some models. */
export interface OcrBackend {
  recognise(models: readonly string[], rect?: Box): Promise<RawLine[]>;
}

export interface OcrResult {
  text: string;
  words: OcrWord[];
  /** The models of the pass whose text this is, e.g. ["eng", "tha"]. */
  models: string[];
  /** The models tried on the worst-read lines to find the script (empty when the first pass read well). */
  probed: string[];
  /** Mean word confidence of the kept pass, 0–100. */
  confidence: number;
}

export interface ReadOptions {
  /** BCP 47 language tags or model codes, most relevant first. */
  hints?: readonly string[];
  /** Image size, to pad probe rectangles without leaving the image. */
  width?: number;
  height?: number;
}

/** A first pass at or above this mean confidence is kept as it is. */
export const GOOD_CONFIDENCE = 82;
/**
 * The same with a hinted language beside English: the hint is trusted down to here. Lao and
 * Burmese read at lower confidence than Thai, and Thai's model, confidently wrong on them, would
 * otherwise win the probe.
 */
export const GOOD_CONFIDENCE_HINTED = 60;
/** A probe model must beat the first pass on the probed lines by this many points to be used. */
const PROBE_MARGIN = 8;
/** Lines probed per script model. */
const PROBE_LINES = 2;

function lineConfidence(line: RawLine): number {
  return meanConfidence(line.words);
}

function lineBox(line: RawLine): Box {
  const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const w of line.words) {
    b.x0 = Math.min(b.x0, w.bbox.x0);
    b.y0 = Math.min(b.y0, w.bbox.y0);
    b.x1 = Math.max(b.x1, w.bbox.x1);
    b.y1 = Math.max(b.y1, w.bbox.y1);
  }
  return b;
}

function pad(b: Box, opts: ReadOptions): Box {
  const p = Math.max(4, Math.round((b.y1 - b.y0) * 0.3));
  return {
    x0: Math.max(0, b.x0 - p),
    y0: Math.max(0, b.y0 - p),
    x1: opts.width ? Math.min(opts.width, b.x1 + p) : b.x1 + p,
    y1: opts.height ? Math.min(opts.height, b.y1 + p) : b.y1 + p,
  };
}

function allWords(lines: readonly RawLine[]): RawWord[] {
  return lines.flatMap((l) => l.words);
}

/**
 * The lines to probe: the worst-read lines with some size to them (the longest of the bottom
 * half by confidence), at most PROBE_LINES.
 */
export function linesToProbe(lines: readonly RawLine[]): RawLine[] {
  const withText = lines.filter((l) => l.words.some((w) => w.text.trim()));
  const worst = [...withText].sort((a, b) => lineConfidence(a) - lineConfidence(b)).slice(0, Math.max(PROBE_LINES, Math.ceil(withText.length / 2)));
  const width = (l: RawLine) => {
    const b = lineBox(l);
    return b.x1 - b.x0;
  };
  return worst
    .filter((l) => lineConfidence(l) < GOOD_CONFIDENCE)
    .sort((a, b) => width(b) - width(a))
    .slice(0, PROBE_LINES);
}

/**
 * The probe models worth a second pass: a score (or gain over the first pass, with baseline 0)
 * at least PROBE_MARGIN above `baseline`; best first.
 */
export function chooseProbes(baseline: number, scores: ReadonlyMap<string, number>, max: number): string[] {
  return [...scores]
    .filter(([, c]) => c >= baseline + PROBE_MARGIN)
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([code]) => code);
}

export async function readImageText(backend: OcrBackend, opts: ReadOptions = {}): Promise<OcrResult> {
  const first = firstPassModels(opts.hints ?? []);
  const lines1 = await backend.recognise(first);
  const conf1 = meanConfidence(allWords(lines1));
  const result1 = (probed: string[]): OcrResult => ({ ...assembleText(lines1), models: first, probed, confidence: conf1 });
  if (conf1 >= (first.length > 1 ? GOOD_CONFIDENCE_HINTED : GOOD_CONFIDENCE)) return result1([]);

  const probeLines = linesToProbe(lines1);
  // A reading's score: confidence times the share of its letters in the model's own script.
  const score = (words: RawWord[], models: readonly string[]) => meanConfidence(words) * scriptShare(words.map((w) => w.text).join(''), models);
  // Each probe is judged line by line against the first pass on the same line, by its best gain:
  // a script present on one probed line counts even if the other line is in another script.
  const probed = probeLines.length
    ? probeLines.map((l) => ({ rect: pad(lineBox(l), opts), baseline: score(l.words, first) }))
    : [{ rect: undefined, baseline: 0 }];
  const probes = probeModels(first);
  const scores = new Map<string, number>();
  for (const code of probes) {
    let gain = -Infinity;
    for (const p of probed) gain = Math.max(gain, score(allWords(await backend.recognise([code], p.rect)), [code]) - p.baseline);
    scores.set(code, gain);
  }
  // One script beside the first pass: a second probe that also beats the baseline is most often noise.
  const chosen = chooseProbes(0, scores, 1);
  if (chosen.length === 0) return result1(probes);

  // The first pass's models stay: English for the numbers, handles and English words these ads
  // mix in, the hinted language for the rest.
  const second = [...new Set([...chosen, ...first])].slice(0, MAX_MODELS_PER_PASS + 1);
  const lines2 = await backend.recognise(second);
  const conf2 = meanConfidence(allWords(lines2));
  if (conf2 <= conf1) return result1(probes);
  return { ...assembleText(lines2), models: second, probed: probes, confidence: conf2 };
}

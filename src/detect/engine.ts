import type { JobPosting, SignalHit, Verdict } from '../shared/types.ts';
import { type Features, type FeatureConfig, featurize } from './features.ts';
import { createClassifier, predictionFor, type Classifier, type ModelMeta, type Prediction } from './model.ts';
import { normaliseText } from './normalise.ts';
import { postingText } from './posting-text.ts';
import { hitsToSource, revealDisguises } from './reveal.ts';
import { detectDestinationCountry } from './signals/destination.ts';
import { detectSignals } from './signals/index.ts';
import { materializeSteps } from './signals/prefilter.ts';
import { buildVerdict } from './verdict.ts';
import { WARM_UP_SAMPLES } from './warm-up-samples.ts';

export type OrtModule = Parameters<typeof createClassifier>[0];

export interface Engine {
  meta: ModelMeta;
  /** Scores one posting. Throws EmptyPostingError for a posting with no text at all. */
  score(posting: JobPosting): Promise<Verdict>;
  /**
   * Runs the scoring path up to the model on a few built-in texts (one line per script the
   * detectors know): the first run of each pattern compiles it, a few hundred ms in all, which
   * would otherwise fall on the first real posting. The model is left out, so that a warm-up
   * does not count as a prediction (switching-classifier.ts). Once per engine; yields between texts.
   */
  warmUp(): Promise<void>;
}

export class EmptyPostingError extends Error {
  constructor() {
    super('The posting has no text to check');
    this.name = 'EmptyPostingError';
  }
}

const CACHE_SIZE = 1000;

/** Resolves in a later task (a message that arrived meanwhile is handled first). */
const nextTask = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

let patternsReady: Promise<void> | undefined;
/**
 * Builds the detectors' regexes and the prefilter's automaton (done at first use otherwise: about
 * 0.5 s in a freshly started worker) in slices of about 10 ms, so that a message arriving
 * meanwhile does not wait behind them. Needs no model: the background starts it while the model
 * is still being read.
 */
export function preparePatterns(): Promise<void> {
  patternsReady ??= (async () => {
    let slice = performance.now();
    for (const _ of materializeSteps()) {
      if (performance.now() - slice < 10) continue;
      await nextTask();
      slice = performance.now();
    }
  })();
  return patternsReady;
}

/**
 * The verdict cache's key: a SHA-256 digest of the text. The cache is shared by every tab, so a
 * weak hash would let a page craft a genuine-looking text that collides with a lure and lend the
 * lure its verdict.
 */
export async function textKey(s: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  let hex = '';
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0');
  return `${hex}:${s.length}`;
}

/** Makes the verdict cache's key of a text: `textKey`, or the same digest computed another way. */
export type TextKeyFn = (s: string) => string | Promise<string>;

/**
 * The signals and the model's features of normalised text, as the engine and the trainer compute
 * them. Detectors and features read the text with its disguises undone ("T-e-l-e-g-r-a-m",
 * "Теlеgrаm", "Free ✈️"); evidence is mapped back onto the characters of `normalised`.
 */
export function analyseText(normalised: string, signalIds: readonly string[], featureCfg: FeatureConfig): { hits: SignalHit[]; features: Features } {
  const revealed = revealDisguises(normalised);
  const hits = hitsToSource(detectSignals(revealed.text, signalIds), revealed, normalised);
  return { hits, features: featurize(revealed.text, hits, signalIds, featureCfg) };
}

/**
 * The one scoring path used by the background service worker, the extension pages and the CLI:
 * normalise → reveal disguises → red-flag signals → hashed features → ONNX model → calibrated score, tier, reasons.
 */
export async function createEngine(ort: OrtModule, modelBytes: Uint8Array, meta: ModelMeta, keyOf: TextKeyFn = textKey): Promise<Engine> {
  return engineAround(await createClassifier(ort, modelBytes, meta), keyOf);
}

/**
 * The scoring path around a classifier (onnxruntime's, or the extension's switching one).
 * `keyOf` keys the verdict cache (Node passes a synchronous digest: Web Crypto's runs each
 * digest as a job on libuv's thread pool, which cost the CLI about 0.06 ms and a thread hop per posting).
 */
export function engineAround(classifier: Classifier, keyOf: TextKeyFn = textKey): Engine {
  const meta = classifier.meta;
  const cache = new Map<string, Verdict>();

  async function verdictFor(text: string, predict = (f: Features) => classifier.predict(f)): Promise<Verdict> {
    const { hits, features } = analyseText(text, meta.signalIds, meta.featureConfig);
    const prediction = await predict(features);
    const verdict = buildVerdict(prediction.probability, hits, prediction.contributions, meta.thresholds, meta.version);
    // Where the ad points (as the pay signal reads it): the help panel offers that country's hotlines too.
    const destination = detectDestinationCountry(text);
    if (destination) verdict.destination = destination;
    return verdict;
  }

  /** Postings being scored now: the warm-up waits for them. */
  let scoring = 0;
  async function score(posting: JobPosting): Promise<Verdict> {
    scoring++;
    try {
      return await scoreNow(posting);
    } finally {
      scoring--;
    }
  }

  async function scoreNow(posting: JobPosting): Promise<Verdict> {
    const text = normaliseText(postingText(posting));
    if (!text.trim()) throw new EmptyPostingError();
    const key = await keyOf(text);
    const cached = cache.get(key);
    if (cached) return structuredClone(cached);
    const verdict = await verdictFor(text);
    cache.set(key, verdict);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return structuredClone(verdict);
  }

  // A prediction that makes buildVerdict walk its reasons path.
  const warmUpPrediction = async (f: Features): Promise<Prediction> => predictionFor(meta, 0, f.dense);
  let warmedUp: Promise<void> | undefined;
  function warmUp(): Promise<void> {
    warmedUp ??= (async () => {
      await preparePatterns();
      for (const sample of WARM_UP_SAMPLES) {
        // Real postings go first (their own scoring compiles what they need); then the next text.
        while (scoring > 0) await nextTask(10);
        await keyOf(sample);
        await verdictFor(normaliseText(postingText({ text: sample })), warmUpPrediction);
        await nextTask();
      }
    })();
    return warmedUp;
  }

  return { meta, score, warmUp };
}

// Browser-only: the engine inside the background service worker (or an extension page).
import * as ort from 'onnxruntime-web/wasm';
import { browser } from 'wxt/browser';
import { MODEL_META } from './model-meta.ts';
import { createClassifier, type Classifier } from './model.ts';
import { engineAround, type Engine, preparePatterns } from './engine.ts';
import { useLiteralTable } from './signals/prefilter.ts';
import { createSwitchingClassifier, type SwitchingClassifier } from './switching-classifier.ts';

/**
 * How long the worker must be free of predictions before onnxruntime starts: its initialisation
 * holds the worker's thread for a few hundred ms, which must not fall between a page's batches.
 */
const IDLE_BEFORE_ORT_MS = 1000;

let enginePromise: Promise<Engine> | undefined;

function startOrt(bytes: Uint8Array): Promise<Classifier> {
  // Service workers are not cross-origin isolated: no SharedArrayBuffer, so one thread.
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = { wasm: browser.runtime.getURL('/ort/ort-wasm-simd-threaded.wasm') };
  return createClassifier(ort as unknown as Parameters<typeof createClassifier>[0], bytes, MODEL_META);
}

/** The TypeScript pass keeps answering with the same verdicts; the next worker start tries onnxruntime again. */
function logOrtFailure(err: unknown): void {
  console.warn('[Scam Job Radar] onnxruntime did not start; the TypeScript forward pass keeps scoring:', err);
}

/** The local-test build's record of which pass answers (read by the e2e tests and the benchmark). */
function exposeForTests(classifier: SwitchingClassifier): void {
  const started = performance.now();
  const state = { backend: classifier.backend, switchedAfterMs: undefined as number | undefined };
  (globalThis as unknown as { __sjrClassifier: typeof state }).__sjrClassifier = state;
  void classifier.switched.then((ok) => {
    if (ok) state.switchedAfterMs = performance.now() - started;
  });
}

let tablePromise: Promise<void> | undefined;

/**
 * The prefilter's literal table from the package (built with it, see wxt.config.ts): read before
 * any pattern is built, it spares the worker parsing every regex source at each start. Without it
 * (a failed read) the sources are parsed as before, with the same result.
 */
function loadLiteralTable(): Promise<void> {
  tablePromise ??= fetch(browser.runtime.getURL('/prefilter/literals.json'))
    .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`status ${res.status}`))))
    .then((entries: Array<[string, string[] | null]>) => useLiteralTable(entries))
    .catch((err: unknown) => console.warn('[Scam Job Radar] prefilter table not read; patterns are parsed instead:', err));
  return tablePromise;
}

/** Builds the detectors' patterns in slices (engine.ts preparePatterns), with the literal table read first. */
export function prepareBrowserPatterns(): Promise<void> {
  return loadLiteralTable().then(preparePatterns);
}

/**
 * Creates the engine lazily, once per service-worker lifetime. The service worker can be
 * stopped at any time; a failed load is forgotten so the next message tries again.
 */
export function getBrowserEngine(): Promise<Engine> {
  enginePromise ??= (async () => {
    const [res] = await Promise.all([fetch(browser.runtime.getURL('/model/scam-job-radar.onnx')), loadLiteralTable()]);
    if (!res.ok) throw new Error(`Could not load the bundled model (${res.status})`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // Benchmark builds only (SJR_ORT_ONLY=1, see wxt.config.ts): onnxruntime from the first verdict, as before.
    if (__SJR_ORT_ONLY__) return engineAround(await startOrt(bytes));
    // No closure here may hold `bytes`: the classifier lets go of them once onnxruntime has its copy.
    const classifier = createSwitchingClassifier(bytes, MODEL_META, { startOrt, idleBeforeOrtMs: IDLE_BEFORE_ORT_MS, onOrtFailure: logOrtFailure });
    if (import.meta.env.MODE === 'e2e') exposeForTests(classifier);
    return engineAround(classifier);
  })();
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
}

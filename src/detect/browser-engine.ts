// Browser-only: the engine inside the background service worker (or an extension page).
import * as ort from 'onnxruntime-web/wasm';
import { browser } from 'wxt/browser';
import { MODEL_META } from './model-meta.ts';
import { createEngine, type Engine } from './engine.ts';

let enginePromise: Promise<Engine> | undefined;

/**
 * Creates the engine lazily, once per service-worker lifetime. The service worker can be
 * stopped at any time; a failed load is forgotten so the next message tries again.
 */
export function getBrowserEngine(): Promise<Engine> {
  enginePromise ??= (async () => {
    // Service workers are not cross-origin isolated: no SharedArrayBuffer, so one thread.
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.wasmPaths = { wasm: browser.runtime.getURL('/ort/ort-wasm-simd-threaded.wasm') };
    const res = await fetch(browser.runtime.getURL('/model/scam-job-radar.onnx'));
    if (!res.ok) throw new Error(`Could not load the bundled model (${res.status})`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return createEngine(ort as unknown as Parameters<typeof createEngine>[0], bytes, MODEL_META);
  })();
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
}

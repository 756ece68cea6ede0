// Node-only: loads the shipped model from models/ for the CLI, tests and benchmarks.
import { readFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-web';
import { createEngine, type Engine } from './engine.ts';
import { MODEL_META } from './model-meta.ts';

export const MODEL_PATH = new URL('../../models/scam-job-radar.onnx', import.meta.url);
export { MODEL_META };

let enginePromise: Promise<Engine> | undefined;

/** One engine per process, created on first use. */
export function loadNodeEngine(): Promise<Engine> {
  enginePromise ??= (async () => {
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    const bytes = new Uint8Array(await readFile(MODEL_PATH));
    return createEngine(ort, bytes, MODEL_META);
  })();
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
}

// Node-only: loads the shipped model from models/ for the CLI, tests and benchmarks.
import { readFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-web';
import metaJson from '../../models/model.json' with { type: 'json' };
import { createEngine, type Engine } from './engine.ts';
import type { ModelMeta } from './model.ts';

export const MODEL_PATH = new URL('../../models/scam-job-radar.onnx', import.meta.url);
export const MODEL_META = metaJson as unknown as ModelMeta;

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

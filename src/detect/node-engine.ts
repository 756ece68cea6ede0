// Node-only: loads the shipped model from models/ for the CLI, tests and benchmarks.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-web';
import { createEngine, type Engine } from './engine.ts';
import { MODEL_META } from './model-meta.ts';

export const MODEL_PATH = new URL('../../models/scam-job-radar.onnx', import.meta.url);
export { MODEL_META };

/** `textKey` (SHA-256 of the UTF-8 text, then its length), computed synchronously with node:crypto. */
export function nodeTextKey(s: string): string {
  return `${createHash('sha256').update(s, 'utf8').digest('hex')}:${s.length}`;
}

let enginePromise: Promise<Engine> | undefined;

/** One engine per process, created on first use. */
export function loadNodeEngine(): Promise<Engine> {
  enginePromise ??= (async () => {
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    const bytes = new Uint8Array(await readFile(MODEL_PATH));
    return createEngine(ort, bytes, MODEL_META, nodeTextKey);
  })();
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
}

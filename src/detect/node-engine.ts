// Node-only: loads the shipped model from models/ for the CLI, tests and benchmarks.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createEngine, engineAround, type Engine } from './engine.ts';
import { createForwardClassifier } from './forward-classifier.ts';
import { MODEL_META } from './model-meta.ts';
import { readOnnxWeights } from './onnx-weights.ts';

export const MODEL_PATH = new URL('../../models/scam-job-radar.onnx', import.meta.url);
export { MODEL_META };

/**
 * What runs the model's graph: onnxruntime-web, or the TypeScript forward pass over the same
 * weights read from the same ONNX file (the extension's first verdicts; logits within 1e-5 of
 * onnxruntime's, same tiers and reasons: switching-classifier.test.ts).
 */
export type NodeRuntime = 'typescript' | 'onnxruntime';

/** `textKey` (SHA-256 of the UTF-8 text, then its length), computed synchronously with node:crypto. */
export function nodeTextKey(s: string): string {
  return `${createHash('sha256').update(s, 'utf8').digest('hex')}:${s.length}`;
}

const engines = new Map<NodeRuntime, Promise<Engine>>();

async function createNodeEngine(runtime: NodeRuntime): Promise<Engine> {
  const bytes = new Uint8Array(await readFile(MODEL_PATH));
  if (runtime === 'typescript') return engineAround(createForwardClassifier(readOnnxWeights(bytes), MODEL_META), nodeTextKey);
  // Imported only here: the TypeScript pass never loads onnxruntime's 14 MB wasm.
  const ort = await import('onnxruntime-web');
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  return createEngine(ort, bytes, MODEL_META, nodeTextKey);
}

/** One engine per runtime and process, created on first use (onnxruntime-web unless told otherwise). */
export function loadNodeEngine(runtime: NodeRuntime = 'onnxruntime'): Promise<Engine> {
  let engine = engines.get(runtime);
  if (!engine) {
    engine = createNodeEngine(runtime);
    engines.set(runtime, engine);
    engine.catch(() => engines.delete(runtime));
  }
  return engine;
}

/**
 * The classifier the extension uses: answers at once with the TypeScript forward pass, starts
 * onnxruntime once the predictions pause, and hands every later prediction to onnxruntime.
 *
 * Why: onnxruntime-web's start-up (reading and compiling its 14 MB wasm, then its own
 * initialisation) takes about a second after the service worker starts, while reading the
 * weights out of the 1 MB model takes milliseconds, and both passes give the same logits within
 * 1e-5 (switching-classifier.test.ts). onnxruntime's initialisation runs on the worker's only
 * thread, so it waits until a page's postings have been answered (no prediction for a while)
 * rather than holding up the first badges; a worker that never predicts never starts it.
 * If it cannot start, the TypeScript pass keeps answering: the verdicts are the same.
 */
import type { Features } from './features.ts';
import { createForwardClassifier } from './forward-classifier.ts';
import type { Classifier, ModelMeta, Prediction } from './model.ts';
import { readOnnxWeights } from './onnx-weights.ts';

export type Backend = 'typescript' | 'onnxruntime';

export interface SwitchingClassifier extends Classifier {
  /** The pass answering predictions now. */
  backend(): Backend;
  /** Settles once onnxruntime answers (true) or could not start (false: the TypeScript pass stays). */
  readonly switched: Promise<boolean>;
}

export interface SwitchingOptions {
  /** Creates onnxruntime's classifier for these model bytes (the caller configures `ort.env`). */
  startOrt: (modelBytes: Uint8Array) => Promise<Classifier>;
  /** onnxruntime starts this long (ms) after the last prediction: the first prediction sets the timer, each later one restarts it. */
  idleBeforeOrtMs: number;
  /** Told why onnxruntime could not start. */
  onOrtFailure?: (err: unknown) => void;
}

export function createSwitchingClassifier(modelBytes: Uint8Array, meta: ModelMeta, opts: SwitchingOptions): SwitchingClassifier {
  let current = createForwardClassifier(readOnnxWeights(modelBytes), meta);
  // The bytes are held only until onnxruntime has them (it keeps its own copy).
  let bytesForOrt: Uint8Array | undefined = modelBytes;
  const { startOrt: createOrt, idleBeforeOrtMs, onOrtFailure } = opts;
  let backend: Backend = 'typescript';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: (ok: boolean) => void = () => undefined;
  const switched = new Promise<boolean>((resolve) => {
    settle = resolve;
  });

  function startOrt(): void {
    timer = undefined;
    const started = bytesForOrt ? createOrt(bytesForOrt) : Promise.reject(new Error('onnxruntime was started twice'));
    bytesForOrt = undefined;
    started.then(
      (ort) => {
        // The TypeScript weights are dropped with the forward classifier: onnxruntime holds its own copy.
        current = ort;
        backend = 'onnxruntime';
        settle(true);
      },
      (err: unknown) => {
        onOrtFailure?.(err);
        settle(false);
      },
    );
  }

  const waitForIdle = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(startOrt, idleBeforeOrtMs);
  };

  return {
    meta,
    backend: () => backend,
    switched,
    predict(f: Features): Promise<Prediction> {
      if (bytesForOrt) waitForIdle();
      return current.predict(f);
    },
  };
}

import { parentPort, workerData } from 'node:worker_threads';
import { loadNodeEngine, type NodeRuntime } from '../detect/node-engine.ts';
import type { JobPosting } from '../shared/types.ts';
import { scoreBatch } from './score-pool.ts';

const port = parentPort;
if (!port) throw new Error('score-worker.ts runs only as a worker thread');
// The pool's runtime, so every thread of a run scores the same way.
const enginePromise = loadNodeEngine((workerData as { runtime: NodeRuntime }).runtime);
// The pool sends batches only once the engine is ready: sent earlier, they would wait here while
// the main thread could score them.
enginePromise.then(
  () => port.postMessage({ ready: true }),
  (err: Error) => port.postMessage({ failed: err.message }),
);

async function answer(msg: { id: number; batch: JobPosting[] }): Promise<void> {
  try {
    port?.postMessage({ id: msg.id, results: await scoreBatch(await enginePromise, msg.batch) });
  } catch (err) {
    port?.postMessage({ id: msg.id, error: (err as Error).message });
  }
}

// The pool sends the next batch before this one is answered: batches are scored one after the
// other, so the first is answered first instead of both at the end.
let previous = Promise.resolve();
port.on('message', (msg: { id: number; batch: JobPosting[] }) => {
  previous = previous.then(() => answer(msg));
});

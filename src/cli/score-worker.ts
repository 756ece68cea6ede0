import { parentPort } from 'node:worker_threads';
import { loadNodeEngine } from '../detect/node-engine.ts';
import type { JobPosting } from '../shared/types.ts';
import type { Scored } from './score-pool.ts';

const port = parentPort;
if (!port) throw new Error('score-worker.ts runs only as a worker thread');
const enginePromise = loadNodeEngine();

port.on('message', async (msg: { id: number; batch: JobPosting[] }) => {
  try {
    const engine = await enginePromise;
    const results: Scored[] = [];
    for (const p of msg.batch) {
      try {
        results.push({ verdict: await engine.score(p) });
      } catch (err) {
        results.push({ error: (err as Error).message });
      }
    }
    port.postMessage({ id: msg.id, results });
  } catch (err) {
    port.postMessage({ id: msg.id, error: (err as Error).message });
  }
});

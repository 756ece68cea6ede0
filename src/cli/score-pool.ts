import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Engine } from '../detect/engine.ts';
import type { JobPosting, Verdict } from '../shared/types.ts';

/** What scoring one posting gave: its verdict, or why it could not be scored. */
export type Scored = { verdict: Verdict } | { error: string };

/** Scores batches of postings; results come back in the order of the batch. */
export interface Scorer {
  score(batch: JobPosting[]): Promise<Scored[]>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Scoring in this thread, with one engine. */
export function inProcessScorer(engine: Engine): Scorer {
  return {
    async score(batch) {
      const out: Scored[] = [];
      for (const p of batch) {
        try {
          out.push({ verdict: await engine.score(p) });
        } catch (err) {
          out.push({ error: (err as Error).message });
        }
      }
      return out;
    },
    async close() {},
  };
}

interface Task {
  id: number;
  batch: JobPosting[];
  resolve: (r: Scored[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

const WORKER_URL = new URL('./score-worker.mjs', import.meta.url);
/**
 * A worker thread's young generation is much smaller than the main thread's by default, and
 * scoring allocates many short-lived strings: with the default a worker scored 1.5× slower than
 * the main thread (0.44 against 0.27 ms a posting), with 48 MB as fast (bench/cli.ts).
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/**
 * Scoring on up to `jobs` worker threads, each with its own engine (onnxruntime-web is
 * single-threaded here). Workers start only when every running one is busy, so a small input
 * starts one.
 */
export function workerScorer(jobs: number, workerUrl: URL = WORKER_URL): Scorer {
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 0;
  let failure: Error | null = null;

  const fail = (err: Error) => {
    failure ??= err;
    for (const s of slots) {
      s.task?.reject(failure);
      s.task = null;
    }
    for (const t of queue.splice(0)) t.reject(failure);
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }), task: null };
    slot.worker.on('message', (msg: { id: number; results?: Scored[]; error?: string }) => {
      const task = slot.task;
      if (!task || task.id !== msg.id) return;
      slot.task = null;
      if (msg.results) task.resolve(msg.results);
      else task.reject(new Error(msg.error ?? 'the scoring worker failed'));
      pump();
    });
    slot.worker.on('error', (err) => fail(err instanceof Error ? err : new Error(String(err))));
    slot.worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a scoring worker stopped (exit code ${code})`));
    });
    slots.push(slot);
    return slot;
  };

  function pump(): void {
    while (queue.length && !failure) {
      let slot = slots.find((s) => s.task === null);
      if (!slot && slots.length < jobs) slot = spawn();
      if (!slot) return;
      const task = queue.shift() as Task;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, batch: task.batch });
    }
  }

  return {
    score(batch) {
      if (failure) return Promise.reject(failure);
      return new Promise<Scored[]>((resolve, reject) => {
        queue.push({ id: nextId++, batch, resolve, reject });
        pump();
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Engine } from '../detect/engine.ts';
import type { NodeRuntime } from '../detect/node-engine.ts';
import type { JobPosting, Verdict } from '../shared/types.ts';

/** What scoring one posting gave: its verdict, or why it could not be scored. */
export type Scored = { verdict: Verdict } | { error: string };

/** Scores batches of postings; results come back in the order of the batch. */
export interface Scorer {
  /** `left`: postings still to come after this batch, as far as the reader can tell. */
  score(batch: JobPosting[], left?: number): Promise<Scored[]>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** One batch on one engine, in order; a posting that fails gets its error, the rest go on. */
export async function scoreBatch(engine: Engine, batch: JobPosting[]): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const p of batch) {
    try {
      out.push({ verdict: await engine.score(p) });
    } catch (err) {
      out.push({ error: (err as Error).message });
    }
  }
  return out;
}

interface Task {
  id: number;
  batch: JobPosting[];
  resolve: (r: Scored[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Its engine is loaded: batches sent earlier would wait there while this thread could score them. */
  ready: boolean;
  /** Batches sent and not answered yet, oldest first. */
  tasks: Task[];
}

const WORKER_URL = new URL('./score-worker.mjs', import.meta.url);
/**
 * A worker thread's young generation is much smaller than the main thread's by default, and
 * scoring allocates many short-lived strings: with the default a worker scored 1.5× slower than
 * the main thread (0.44 against 0.27 ms a posting), with 48 MB as fast (bench/cli.ts).
 */
const WORKER_YOUNG_GENERATION_MB = 48;
/**
 * Batches a worker holds at once: the one it scores and those next, so it does not wait for this
 * thread, which reads, writes and scores too (a whole batch at a time). With two the worker was
 * idle 5–10 % of the time; four gave 100,000 postings 0.3–0.7 s sooner (three runs each).
 */
const WORKER_DEPTH = 4;
/**
 * When worker threads are worth starting. A worker costs CPU before its first verdict, and it
 * scores at half speed over its first couple of thousand postings (V8 compiles everything again
 * in each thread). On this 2-core machine, two workers from the start made runs of 1,000
 * postings 3.4 s instead of 2.0 s, and of 5,000 4.7 s instead of 3.1 s (onnxruntime then). With
 * this thread scoring too and a worker joining from the first batch (the TypeScript pass),
 * 5,000 postings took 2.4–2.7 s against 2.0 s alone, 20,000 4.15 s against 4.1–4.2 s, 30,000
 * 5.25 s against 5.2 s (even), 50,000 6.8 s against 8.0–8.7 s. So workers start when at least
 * this many postings are known to be still to come (the reader's estimate from a file's size, or
 * the rows of an input read whole)…
 */
export const WORKERS_FOR_POSTINGS = 30_000;
/** …or, when that is not known (standard input), once this thread has scored alone this long. */
export const WORKERS_AFTER_MS = 3000;

export interface PoolOptions {
  /** Threads that score: this one, and up to `jobs` − 1 workers. */
  jobs: number;
  /** This thread's engine; loading starts at once. */
  loadEngine: () => Promise<Engine>;
  /** What runs the model in the workers (`loadNodeEngine`); give this thread's engine the same. */
  runtime: NodeRuntime;
  /** Postings known to be still to come from which workers start (default WORKERS_FOR_POSTINGS). */
  workersForPostings?: number;
  /** Scoring time of this thread alone after which workers start when that is not known (default WORKERS_AFTER_MS). */
  workersAfterMs?: number;
  workerUrl?: URL;
}

/** Batches scored so far in this thread and on workers, and workers started. */
export interface PoolStats {
  here: number;
  onWorkers: number;
  workers: number;
}

/**
 * Scores in this thread and, once a run proves long, on worker threads too, each with its own
 * engine. A batch goes to whichever is free; the caller puts the results back in input order.
 */
export function scoringPool(opts: PoolOptions): Scorer & { stats(): PoolStats } {
  const { jobs, runtime, workerUrl = WORKER_URL, workersForPostings = WORKERS_FOR_POSTINGS, workersAfterMs = WORKERS_AFTER_MS } = opts;
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let failure: Error | null = null;
  let engine: Engine | null = null;
  let localBusy = false;
  let scoringSince = -1;
  let closed = false;
  /** The latest batch's estimate of the postings still to come, and those waiting here. */
  let left: number | undefined;
  let waiting = 0;
  const stats: PoolStats = { here: 0, onWorkers: 0, workers: 0 };

  const fail = (err: Error) => {
    failure ??= err;
    for (const s of slots) for (const t of s.tasks.splice(0)) t.reject(failure);
    for (const t of queue.splice(0)) t.reject(failure);
  };

  const enginePromise = opts.loadEngine().then(
    (e) => {
      engine = e;
      scoringSince = performance.now();
      pump();
      return e;
    },
    (err: unknown) => {
      fail(err instanceof Error ? err : new Error(String(err)));
      return null;
    },
  );

  const spawn = (): void => {
    const slot: Slot = {
      worker: new Worker(workerUrl, { workerData: { runtime }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }),
      ready: false,
      tasks: [],
    };
    slot.worker.on('message', (msg: { id: number; results?: Scored[]; error?: string; ready?: boolean; failed?: string }) => {
      if (msg.ready) {
        slot.ready = true;
        pump();
        return;
      }
      if (msg.failed !== undefined) {
        fail(new Error(msg.failed));
        return;
      }
      const i = slot.tasks.findIndex((t) => t.id === msg.id);
      if (i < 0) return;
      const [task] = slot.tasks.splice(i, 1) as [Task];
      if (msg.results) {
        stats.onWorkers++;
        task.resolve(msg.results);
      } else task.reject(new Error(msg.error ?? 'the scoring worker failed'));
      pump();
    });
    slot.worker.on('error', (err) => fail(err instanceof Error ? err : new Error(String(err))));
    slot.worker.on('exit', (code) => {
      if (code !== 0 && !closed) fail(new Error(`a scoring worker stopped (exit code ${code})`));
    });
    slots.push(slot);
    stats.workers++;
  };

  const runLocal = (task: Task, e: Engine): void => {
    localBusy = true;
    // From the event loop's next turn: a worker's answer waiting meanwhile is taken first (it gets
    // its next batch then), instead of after this thread's scoring, reading and writing in a row.
    new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => scoreBatch(e, task.batch))
      .then(
        (results) => {
          localBusy = false;
          stats.here++;
          task.resolve(results);
          pump();
        },
        (err: unknown) => {
          localBusy = false;
          task.reject(err instanceof Error ? err : new Error(String(err)));
          pump();
        },
      );
  };

  const longRun = (): boolean => {
    if (left !== undefined) return left + waiting >= workersForPostings;
    return queue.length > 1 && scoringSince >= 0 && performance.now() - scoringSince >= workersAfterMs;
  };

  const take = (): Task => {
    const task = queue.shift() as Task;
    waiting -= task.batch.length;
    return task;
  };

  function pump(): void {
    if (failure || closed) return;
    while (slots.length < jobs - 1 && longRun()) spawn();
    while (queue.length) {
      // Workers first, so they never wait; this thread has reading and writing to do as well.
      let slot: Slot | undefined;
      for (const s of slots) if (s.ready && s.tasks.length < WORKER_DEPTH && (!slot || s.tasks.length < slot.tasks.length)) slot = s;
      if (slot) {
        const task = take();
        slot.tasks.push(task);
        slot.worker.postMessage({ id: task.id, batch: task.batch });
      } else if (engine && !localBusy) runLocal(take(), engine);
      else return;
    }
  }

  return {
    score(batch, postingsLeft) {
      if (failure) return Promise.reject(failure);
      left = postingsLeft;
      return new Promise<Scored[]>((resolve, reject) => {
        queue.push({ id: nextId++, batch, resolve, reject });
        waiting += batch.length;
        pump();
      });
    },
    stats: () => ({ ...stats }),
    async close() {
      closed = true;
      await enginePromise;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

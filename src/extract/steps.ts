/**
 * Extraction as resumable steps. The extractors are generators that `yield` between units of
 * work (a candidate block, a JSON-LD script, a slice of the container scan). The CLI runs them
 * straight through (`runToEnd`); the content script runs them in time slices and gives the
 * page's main thread back between slices (`runInSlices`), so a 5 MB page never turns into one
 * long task.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps synchronously to the end. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Longest run of steps before giving the thread back (ms). */
  sliceMs: number;
  /** Resolves when the page has had its turn (an idle callback, a macrotask…). */
  pause: () => Promise<void>;
  now?: () => number;
  /** Called before each pause; `true` stops the run (the result is then `undefined`). */
  cancelled?: () => boolean;
}

export interface SliceStats {
  slices: number;
  /** Longest single slice, ms (a step that is itself long shows up here). */
  longestSliceMs: number;
}

/**
 * Runs the steps in slices of about `sliceMs`, pausing in between. Returns the value and how
 * the work was cut up; `value` is undefined when cancelled.
 */
export async function runInSlices<T>(steps: Steps<T>, opts: SliceOptions): Promise<{ value: T | undefined; stats: SliceStats }> {
  const now = opts.now ?? (() => performance.now());
  const stats: SliceStats = { slices: 0, longestSliceMs: 0 };
  for (;;) {
    const start = now();
    stats.slices++;
    let r = steps.next();
    while (!r.done && now() - start < opts.sliceMs) r = steps.next();
    stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - start);
    if (r.done) return { value: r.value, stats };
    if (opts.cancelled?.()) {
      steps.return(undefined as T);
      return { value: undefined, stats };
    }
    await opts.pause();
  }
}

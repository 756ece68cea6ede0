/** The timer functions the debounce uses (the real ones by default; tests pass fakes). */
export interface TimerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const realClock: TimerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * A debounce with a ceiling: each `trigger()` restarts the quiet wait of `waitMs`, but the call
 * comes at most `maxWaitMs` after the first trigger it answers. Without the ceiling a page that
 * changes more often than `waitMs` (a clock ticking every 100 ms) would never be re-scanned.
 */
export class MaxWaitDebounce {
  private timer: unknown;
  private firstAt: number | undefined;

  constructor(
    private readonly fire: () => void,
    private readonly waitMs: number,
    private readonly maxWaitMs: number,
    private readonly clock: TimerClock = realClock,
  ) {}

  trigger(): void {
    const now = this.clock.now();
    this.firstAt ??= now;
    const delay = Math.max(0, Math.min(this.waitMs, this.firstAt + this.maxWaitMs - now));
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.firstAt = undefined;
      this.fire();
    }, delay);
  }

  /** Drops a waiting call. */
  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.firstAt = undefined;
  }
}

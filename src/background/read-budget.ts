/**
 * The CPU budget of reading images in posts (setting "Read text in images of posts"): the OCR
 * runs one post's images at a time, and after a read that took t ms the next one waits
 * t × (1 / share − 1), so that on average it keeps at most `share` of one core busy (0.5: half a
 * core, whatever the page scrolls past). At most `maxWaiting` posts wait; more are refused at once
 * (BudgetFullError) and the content script asks again when it next scans. Pure: time and sleep are
 * given (tests use a fake clock).
 */
import { POST_IMAGES_BUSY } from '../shared/messages.ts';

export class BudgetFullError extends Error {
  constructor() {
    super(`${POST_IMAGES_BUSY}: too many posts waiting`);
    this.name = 'BudgetFullError';
  }
}

export interface BudgetOptions {
  /** Share of one core the reads may use on average, in (0, 1]. */
  share: number;
  /** Posts that may wait for their turn. */
  maxWaiting: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export class ReadBudget {
  private chain: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  /** The earliest time the next read may start. */
  private nextStart = 0;

  constructor(private opts: BudgetOptions) {
    if (!(opts.share > 0 && opts.share <= 1)) throw new Error('share must be in (0, 1]');
  }

  /** Posts waiting or being read. */
  get pending(): number {
    return this.waiting;
  }

  /** Runs `job` in its turn, after the pause the budget asks for; rejects with BudgetFullError when too many wait. */
  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.waiting >= this.opts.maxWaiting) return Promise.reject(new BudgetFullError());
    this.waiting++;
    const turn = async (): Promise<T> => {
      const wait = this.nextStart - this.opts.now();
      if (wait > 0) await this.opts.sleep(wait);
      const start = this.opts.now();
      try {
        return await job();
      } finally {
        const took = this.opts.now() - start;
        this.nextStart = this.opts.now() + took * (1 / this.opts.share - 1);
        this.waiting--;
      }
    };
    const next = this.chain.then(turn, turn);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

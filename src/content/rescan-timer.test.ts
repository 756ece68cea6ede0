import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MaxWaitDebounce } from './rescan-timer.ts';

describe('MaxWaitDebounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after a quiet wait', () => {
    const fire = vi.fn();
    const d = new MaxWaitDebounce(fire, 600, 2000);
    d.trigger();
    vi.advanceTimersByTime(300);
    d.trigger();
    vi.advanceTimersByTime(599);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('still fires on a page that changes every 100 ms (at most maxWait after the first change)', () => {
    const fire = vi.fn();
    const d = new MaxWaitDebounce(fire, 600, 2000);
    // A clock ticking for 25 s: each tick is a change.
    for (let t = 0; t < 25_000; t += 100) {
      d.trigger();
      vi.advanceTimersByTime(100);
    }
    // One call per 2 s window at least, never more than one per 100 ms tick.
    expect(fire.mock.calls.length).toBeGreaterThanOrEqual(11);
    expect(fire.mock.calls.length).toBeLessThanOrEqual(13);
  });

  it('fires no later than maxWait after the first trigger', () => {
    const fire = vi.fn();
    const d = new MaxWaitDebounce(fire, 600, 2000);
    for (let t = 0; t < 2000; t += 100) {
      d.trigger();
      vi.advanceTimersByTime(100);
    }
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the waiting call', () => {
    const fire = vi.fn();
    const d = new MaxWaitDebounce(fire, 600, 2000);
    d.trigger();
    d.cancel();
    vi.advanceTimersByTime(5000);
    expect(fire).not.toHaveBeenCalled();
  });
});

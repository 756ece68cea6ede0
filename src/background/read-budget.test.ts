import { describe, expect, it } from 'vitest';
import { POST_IMAGES_BUSY } from '../shared/messages.ts';
import { BudgetFullError, ReadBudget } from './read-budget.ts';

/** A fake clock: sleep moves time on at once and is recorded. */
function clock() {
  let t = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
    sleeps,
  };
}

describe('the image-reading budget', () => {
  it('reads one post at a time and rests as long as the read took (half a core)', async () => {
    const c = clock();
    const budget = new ReadBudget({ share: 0.5, maxWaiting: 4, now: c.now, sleep: c.sleep });
    const order: string[] = [];
    const read = (name: string, ms: number) => async () => {
      order.push(`start ${name} at ${c.now()}`);
      c.advance(ms);
      return name;
    };
    const results = await Promise.all([budget.run(read('a', 1000)), budget.run(read('b', 400)), budget.run(read('c', 10))]);
    expect(results).toEqual(['a', 'b', 'c']);
    // b waits 1000 ms after a's 1000 ms read; c waits 400 ms after b's.
    expect(order).toEqual(['start a at 0', 'start b at 2000', 'start c at 2800']);
    expect(c.sleeps).toEqual([1000, 400]);
  });

  it('a quarter of a core: three times as long a rest', async () => {
    const c = clock();
    const budget = new ReadBudget({ share: 0.25, maxWaiting: 4, now: c.now, sleep: c.sleep });
    await budget.run(async () => c.advance(200));
    await budget.run(async () => undefined);
    expect(c.sleeps).toEqual([600]);
  });

  it('no rest is owed once the time has passed anyway', async () => {
    const c = clock();
    const budget = new ReadBudget({ share: 0.5, maxWaiting: 4, now: c.now, sleep: c.sleep });
    await budget.run(async () => c.advance(300));
    c.advance(5000);
    await budget.run(async () => undefined);
    expect(c.sleeps).toEqual([]);
  });

  it('refuses posts beyond those allowed to wait, and a failed read still frees its turn', async () => {
    const c = clock();
    const budget = new ReadBudget({ share: 0.5, maxWaiting: 2, now: c.now, sleep: c.sleep });
    let release: () => void = () => undefined;
    const first = budget.run(() => new Promise<void>((r) => (release = r)));
    const second = budget.run(async () => {
      throw new Error('broken image');
    });
    await expect(budget.run(async () => 'third')).rejects.toBeInstanceOf(BudgetFullError);
    // The content script tells this refusal from a failure by how its message begins (post-image-queue.ts).
    await expect(budget.run(async () => 'third')).rejects.toThrow(new RegExp(`^${POST_IMAGES_BUSY}`));
    expect(budget.pending).toBe(2);
    release();
    await first;
    await expect(second).rejects.toThrow('broken image');
    expect(budget.pending).toBe(0);
    await expect(budget.run(async () => 'fourth')).resolves.toBe('fourth');
  });

  it('refuses a share outside (0, 1]', () => {
    const c = clock();
    expect(() => new ReadBudget({ share: 0, maxWaiting: 1, now: c.now, sleep: c.sleep })).toThrow();
    expect(() => new ReadBudget({ share: 1.5, maxWaiting: 1, now: c.now, sleep: c.sleep })).toThrow();
  });
});

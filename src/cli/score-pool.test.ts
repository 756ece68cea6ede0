import { describe, expect, it } from 'vitest';
import { workerScorer } from './score-pool.ts';

describe('workerScorer', () => {
  it('rejects every batch with the reason when a worker cannot start, and closes cleanly', async () => {
    const broken = new URL(`data:text/javascript,${encodeURIComponent('throw new Error("engine missing")')}`);
    const scorer = workerScorer(2, broken);
    const batches = [0, 1, 2, 3].map((i) => scorer.score([{ text: `posting ${i}` }]));
    for (const b of batches) await expect(b).rejects.toThrow('engine missing');
    await expect(scorer.score([{ text: 'later' }])).rejects.toThrow('engine missing');
    await scorer.close();
  });
});

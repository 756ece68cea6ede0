import { describe, expect, it } from 'vitest';
import { loadNodeEngine } from '../detect/node-engine.ts';
import type { JobPosting } from '../shared/types.ts';
import { generateSynthetic } from '../../training/synthetic/generate.ts';
import { scoringPool } from './score-pool.ts';

const batches: JobPosting[][] = [];
const rows = generateSynthetic({ seed: 5, perLang: 4 });
// This thread and the workers run the same runtime (onnxruntime, as the extension once warm).
const ORT = { runtime: 'onnxruntime', loadEngine: () => loadNodeEngine('onnxruntime') } as const;
/**
 * A synthetic lure (generateSynthetic, seed 3) whose score, rounded to four decimals, is 0.707
 * with the TypeScript forward pass and 0.7071 with onnxruntime: it tells which one scored it.
 */
const TELLTALE: JobPosting = {
  text: 'မင်္ဂလာပါ အလုပ်ရှာနေလား\nဖောက်သည်ဝန်ဆောင်မှု ဝန်ထမ်း ဗီဇာ ကုမ္ပဏီက စီစဉ်ပေး, နေစရာ စားစရာ အခမဲ့ နယ်စပ်တွင် လာကြိုမည် အသက် ၁၈ မှ ၃၅ နှစ် ရွှေကုက္ကို\nဆက်သွယ်ရန် +856 20 785 50761\nRef 34114',
};
for (let i = 0; i < rows.length; i += 8) batches.push(rows.slice(i, i + 8).map((r) => ({ title: r.title, text: r.text })));

describe('scoringPool', () => {
  it('scores in this thread alone while a run is short', async () => {
    const pool = scoringPool({ jobs: 2, ...ORT, workersAfterMs: 60_000 });
    const results = await Promise.all(batches.map((b, i) => pool.score(b, i % 2 ? undefined : 500)));
    await pool.close();
    expect(pool.stats()).toEqual({ here: batches.length, onWorkers: 0, workers: 0 });
    expect(results.flat()).toHaveLength(rows.length);
  });

  it('starts a worker at once for a long input, and after a while for one of unknown length', { timeout: 60_000 }, async () => {
    const known = scoringPool({ jobs: 2, ...ORT, workersAfterMs: 60_000 });
    await Promise.all([known.score(batches[0] as JobPosting[], 40_000), known.score(batches[1] as JobPosting[], 39_992)]);
    await known.close();
    expect(known.stats().workers).toBe(1);

    const unknown = scoringPool({ jobs: 2, ...ORT, workersAfterMs: 200 });
    const until = performance.now() + 2000;
    while (unknown.stats().workers === 0 && performance.now() < until) await Promise.all(batches.map((b) => unknown.score(b)));
    await unknown.close();
    expect(unknown.stats().workers).toBe(1);

    const one = scoringPool({ jobs: 1, ...ORT, workersForPostings: 0 });
    await one.score(batches[0] as JobPosting[], 1_000_000);
    await one.close();
    expect(one.stats().workers).toBe(0);
  });

  it('gives the same verdicts, batch by batch, with a worker helping', { timeout: 120_000 }, async () => {
    const engine = await ORT.loadEngine();
    const want = [];
    for (const b of batches) want.push(await Promise.all(b.map(async (p) => ({ verdict: await engine.score(p) }))));
    const pool = scoringPool({ jobs: 2, ...ORT, workersForPostings: 0 });
    // Round after round: batches go to the worker only once its engine is loaded.
    const until = performance.now() + 60_000;
    let rounds = 0;
    while ((pool.stats().onWorkers < batches.length || rounds < 2) && performance.now() < until) {
      expect(await Promise.all(batches.map((b) => pool.score(b, 0)))).toEqual(want);
      rounds++;
    }
    await pool.close();
    const stats = pool.stats();
    expect(stats.workers).toBe(1);
    expect(stats.onWorkers).toBeGreaterThan(0);
    expect(stats.here).toBeGreaterThan(0);
  });

  it("runs the pool's runtime in its workers", { timeout: 60_000 }, async () => {
    const scores: Record<string, number> = {};
    for (const runtime of ['typescript', 'onnxruntime'] as const) {
      // This thread's engine loads only once the worker has answered, so the worker scores the batch.
      let engineWanted: () => void = () => undefined;
      const wanted = new Promise<void>((resolve) => (engineWanted = resolve));
      const pool = scoringPool({ jobs: 2, runtime, loadEngine: () => wanted.then(() => loadNodeEngine(runtime)), workersForPostings: 0 });
      const [r] = await pool.score([TELLTALE], 0);
      engineWanted();
      await pool.close();
      expect(pool.stats()).toEqual({ here: 0, onWorkers: 1, workers: 1 });
      scores[runtime] = r && 'verdict' in r ? r.verdict.score : Number.NaN;
      expect((await (await loadNodeEngine(runtime)).score(TELLTALE)).score).toBe(scores[runtime]);
    }
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: a score, not 1/√2
    expect(scores).toEqual({ typescript: 0.707, onnxruntime: 0.7071 });
  });

  it('fails the run with the reason when a worker cannot start, and closes cleanly', { timeout: 30_000 }, async () => {
    const broken = new URL(`data:text/javascript,${encodeURIComponent('throw new Error("engine missing")')}`);
    const pool = scoringPool({ jobs: 2, ...ORT, workersForPostings: 0, workerUrl: broken });
    // This thread scores meanwhile; once the worker has failed, every batch is refused with why.
    const until = performance.now() + 20_000;
    let refused: unknown;
    while (!refused && performance.now() < until) {
      const settled = await Promise.allSettled(batches.map((b) => pool.score(b, 0)));
      refused = settled.find((r) => r.status === 'rejected')?.reason;
    }
    expect(String(refused)).toContain('engine missing');
    await expect(pool.score(batches[0] as JobPosting[])).rejects.toThrow('engine missing');
    await pool.close();
  });

  it('rejects every batch when this thread cannot load its engine', async () => {
    const pool = scoringPool({ jobs: 1, runtime: 'typescript', loadEngine: () => Promise.reject(new Error('model file unreadable')) });
    await expect(pool.score(batches[0] as JobPosting[])).rejects.toThrow('model file unreadable');
    await expect(pool.score(batches[1] as JobPosting[])).rejects.toThrow('model file unreadable');
    await pool.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_PROBLEMS, ProblemList, readBulkBytesSliced, readBulkText, readBulkTextSliced } from './bulk-input.ts';

const FIX = join(import.meta.dirname, '../../test/fixtures/cli');

describe('ProblemList: the first problems, and how many in all', () => {
  it('keeps the first `limit` and counts the rest', () => {
    const list = new ProblemList(3);
    for (let i = 1; i <= 10; i++) list.push({ where: `f:${i}`, message: 'bad' });
    expect(list.items.map((p) => p.where)).toEqual(['f:1', 'f:2', 'f:3']);
    expect(list.total).toBe(10);
    expect(list.more).toBe(7);
  });
});

describe('readBulkTextSliced (the Check page’s reader)', () => {
  it('gives readBulkText’s rows and problems, in order', async () => {
    for (const name of ['mixed.jsonl', 'mixed.csv']) {
      const text = readFileSync(join(FIX, name), 'utf8');
      const sync = readBulkText(text, name);
      const sliced = await readBulkTextSliced(text, name, { sliceMs: 0 });
      expect(sliced.rows, name).toEqual(sync.rows);
      expect(sliced.problems, name).toEqual(sync.problems);
      expect(sliced.problemCount, name).toBe(sync.problems.length);
    }
  });

  it('100,000 broken lines: yields often, reports progress, keeps only the first 200 problems', async () => {
    const lines = 100_000;
    const text = `${'{broken\n'.repeat(lines - 1)}{"id":"ok","text":"Filing clerk, Makati office"}\n`;
    let yields = 0;
    let longest = 0;
    let last = performance.now();
    const progress: number[] = [];
    const r = await readBulkTextSliced(text, 'big.jsonl', {
      sliceMs: 20,
      yieldNow: async () => {
        const t = performance.now();
        longest = Math.max(longest, t - last);
        yields++;
        await new Promise((resolve) => setTimeout(resolve, 0));
        last = performance.now();
      },
      onProgress: (done) => progress.push(done),
    });
    expect(r.problemCount).toBe(lines - 1);
    expect(r.problems).toHaveLength(MAX_KEPT_PROBLEMS);
    expect(r.problems[0]).toMatchObject({ where: 'big.jsonl:1' });
    expect(r.problems[MAX_KEPT_PROBLEMS - 1]).toMatchObject({ where: `big.jsonl:${MAX_KEPT_PROBLEMS}` });
    expect(r.rows.map((x) => [x.id, x.where])).toEqual([['ok', `big.jsonl:${lines}`]]);
    expect(r.stopped).toBe(false);
    expect(yields).toBeGreaterThan(1);
    // One slice is about 20 ms of work (plus at most 63 lines): never one long block.
    expect(longest).toBeLessThan(500);
    expect(progress.at(-1)).toBe(lines + 1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stops when a newer run starts', async () => {
    const text = '{broken\n'.repeat(20_000);
    let calls = 0;
    const r = await readBulkTextSliced(text, 'x.jsonl', { sliceMs: 0, shouldStop: () => ++calls >= 2 });
    expect(r.stopped).toBe(true);
    expect(r.problemCount).toBeLessThan(20_000);
  });

  it('bytes: binary input is one problem, never a throw', async () => {
    const r = await readBulkBytesSliced(new Uint8Array([0, 1, 2]), 'bin.jsonl');
    expect(r.rows).toEqual([]);
    expect(r.problemCount).toBe(1);
    expect(r.problems[0]?.message).toMatch(/binary/);
  });
});

/**
 * `scan --jobs N`: the main thread and worker threads together give exactly the single-threaded
 * output, in input order, and JSONL is read as a stream (line by line, however it arrives in
 * chunks).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { type ReadProgress, readRows, rowsLeft } from '../../src/cli/row-stream.ts';
import type { PoolStats } from '../../src/cli/score-pool.ts';
import { readJsonl } from '../../src/shared/bulk-input.ts';
import { generateSynthetic } from '../../training/synthetic/generate.ts';

const run = (args: string[]) => runCli(args);

/** A JSONL input of synthetic lures and look-alikes in 11 languages, with a few broken lines among them. */
function sampleJsonl(): string {
  const rows = generateSynthetic({ seed: 11, perLang: 12 });
  const lines = rows.map((r, i) => JSON.stringify({ id: `r${i}`, title: r.title, text: r.text }));
  lines.splice(7, 0, '{"text": broken');
  lines.splice(20, 0, '');
  lines.splice(30, 0, JSON.stringify({ id: 'empty', text: '   ' }));
  lines.splice(50, 0, JSON.stringify({ title: 'no text field' }));
  return `${lines.join('\r\n')}\r\n`;
}

describe('scam-job-radar scan --jobs', () => {
  it('writes exactly what one thread writes, in input order, in every format', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sjr-jobs-'));
    const file = join(dir, 'sample.jsonl');
    writeFileSync(file, sampleJsonl());
    const n = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim()).length;
    expect(n).toBeGreaterThan(60);
    for (const format of ['jsonl', 'csv', 'table']) {
      const one = await run(['scan', '--jobs', '1', '--format', format, file]);
      // A worker from the first batch on (by default one joins only a long run).
      const two = await runCli(['scan', '--jobs', '2', '--format', format, file], { workersForPostings: 0 });
      expect(one.code).toBe(1); // the broken lines
      expect(two.code).toBe(one.code);
      expect(two.out).toBe(one.out);
      expect(two.err.split('\n').sort()).toEqual(one.err.split('\n').sort());
      if (format !== 'table') expect(one.out.trim().split('\n').length).toBe(format === 'csv' ? n - 3 + 1 : n - 3);
    }
  });

  it('writes exactly what one thread writes when a worker scores part of a long input', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sjr-jobs-'));
    const file = join(dir, 'long.jsonl');
    const rows = generateSynthetic({ seed: 13, perLang: 40 });
    const lines: string[] = [];
    for (let copy = 0; copy < 12; copy++) {
      for (const [i, r] of rows.entries()) lines.push(JSON.stringify({ id: `${copy}-${i}`, title: r.title, text: `${r.text}\nRef ${copy}` }));
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const one = await run(['scan', '--jobs', '1', file]);
    let stats: PoolStats | undefined;
    const two = await runCli(['scan', '--jobs', '2', file], { workersForPostings: 0, poolStats: (s) => (stats = s) });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.out.split('\n')).toHaveLength(lines.length + 1);
    expect(two.out).toBe(one.out);
    expect(stats?.workers).toBe(1);
    expect(stats?.onWorkers).toBeGreaterThan(10);
    expect(stats?.here).toBeGreaterThan(10);
  });

  it('refuses a --jobs that is not a whole number from 1 to 256', async () => {
    for (const bad of ['0', '-1', '1.5', 'many', '1000']) {
      const r = await run(['scan', `--jobs=${bad}`, 'x.jsonl']);
      expect(r.code, bad).toBe(2);
      expect(r.err).toContain(`--jobs must be a whole number from 1 to 256, got "${bad}"`);
    }
  });
});

describe('JSONL read as a stream', () => {
  async function collect(stdin: Readable) {
    const rows: unknown[] = [];
    const problems: unknown[] = [];
    for await (const ev of readRows('-', { stdin })) {
      if ('row' in ev) rows.push(ev.row);
      else problems.push(ev.problem);
    }
    return { rows, problems };
  }

  it('gives the rows and problems of the whole-text reader, however the bytes are cut', async () => {
    const text = `\uFEFF${sampleJsonl()}{"text":"last line without a newline, Telegram @hr_kh"}`;
    const want = readJsonl(text.replace(/^\uFEFF/, ''), 'stdin');
    const bytes = Buffer.from(text);
    for (const size of [1, 7, 4096, 70_000, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const got = await collect(Readable.from(chunks));
      expect(got.rows, `chunks of ${size}`).toEqual(want.rows);
      expect(got.problems, `chunks of ${size}`).toEqual(want.problems);
    }
  });

  it('tells how many rows are left: estimated from the size of a file, counted for an input read whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sjr-left-'));
    // Languages mixed, as in a scraped feed (the generator gives them one after another).
    const rows = generateSynthetic({ seed: 12, perLang: 40 })
      .map((r, i) => ({ r, k: (i * 7919) % 1013 }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.r);
    const jsonl = join(dir, 'big.jsonl');
    writeFileSync(jsonl, `${rows.map((r, i) => JSON.stringify({ id: i, title: r.title, text: r.text })).join('\n')}\n`);
    const progress: ReadProgress = { rows: 0, bytes: 0 };
    const estimates: [number, number | undefined][] = [];
    for await (const ev of readRows(jsonl, {}, progress)) if ('row' in ev) estimates.push([rows.length - progress.rows, rowsLeft(progress)]);
    expect(estimates).toHaveLength(rows.length);
    // None from the first rows (they tell little), then within a fifth of the truth.
    const first = estimates.findIndex(([, estimate]) => estimate !== undefined);
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(0.15 * rows.length);
    for (const [truth, estimate] of estimates.slice(first)) expect(Math.abs((estimate ?? -1) - truth), `${truth} left`).toBeLessThanOrEqual(0.2 * rows.length);
    expect(estimates.at(-1)).toEqual([0, 0]);

    const csv = join(dir, 'ads.csv');
    writeFileSync(
      csv,
      `title,text\n${rows
        .slice(0, 50)
        .map((r, i) => `ad ${i},"${r.text.replace(/"/g, '""')}"`)
        .join('\n')}\n`,
    );
    const whole: ReadProgress = { rows: 0, bytes: 0 };
    const left: (number | undefined)[] = [];
    for await (const ev of readRows(csv, {}, whole)) if ('row' in ev) left.push(rowsLeft(whole));
    expect(left).toEqual(Array.from({ length: 50 }, (_, i) => 49 - i));

    const piped: ReadProgress = { rows: 0, bytes: 0 };
    for await (const ev of readRows('-', { stdin: Readable.from([Buffer.from('{"text":"a"}\n{"text":"b"}\n')]) }, piped)) expect('row' in ev).toBe(true);
    expect(piped.rows).toBe(2);
    expect(rowsLeft(piped)).toBeUndefined();
  });

  it('reports invalid UTF-8 and a line too long to be a posting, and keeps the rest', async () => {
    const bad = Buffer.concat([Buffer.from('{"text":"ok one"}\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\n{"text":"after"}\n')]);
    const r1 = await collect(Readable.from([bad]));
    expect(r1.rows).toHaveLength(2);
    expect(r1.problems).toEqual([{ where: 'stdin:2', message: 'not valid UTF-8 text (binary data, or another encoding: save it as UTF-8)' }]);

    const long = `{"text":"${'x'.repeat(21 * 1024 * 1024)}"}`;
    const r2 = await collect(Readable.from([Buffer.from(`{"text":"first"}\n${long}\n{"text":"third"}\n`)]));
    expect((r2.rows as { posting: { text: string }; id: number }[]).map((r) => [r.posting.text, r.id])).toEqual([
      ['first', 1],
      ['third', 3],
    ]);
    expect(String((r2.problems[0] as { message: string }).message)).toContain('line longer than 20 MB, skipped');
  });
});

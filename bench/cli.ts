// `npm run bench:cli`: how `scam-job-radar scan` scales with worker threads, and whether its memory
// stays flat as the input grows. Not a test: it only measures. Throughput is given for the whole
// run (start-up and each worker's compile warm-up included) and once warmed up (the output after
// its first 20 %).
//   --postings N   postings in the throughput runs (default 100,000)
//   --jobs 1,2     worker counts to compare (default 1 and every core)
//   --short 1000,5000,20000   input sizes timed with one thread and with every core (a long run's
//                  workers join only inputs of 30,000 postings or more; this shows shorter ones
//                  are not slowed down)
//   --memory-lines 20000,200000   input sizes for the memory check (short postings)
//   --runtime typescript|onnxruntime   what runs the model (the CLI's --runtime; default typescript)
//   --rounds 3     runs per worker count, taking turns (this shared machine's speed drifts by
//                  ±30 % over minutes, so the counts alternate and the medians are compared)
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateSynthetic } from '../training/synthetic/generate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    postings: { type: 'string' },
    jobs: { type: 'string' },
    short: { type: 'string' },
    'memory-lines': { type: 'string' },
    rounds: { type: 'string' },
    runtime: { type: 'string' },
  },
});
const POSTINGS = Number(values.postings ?? 100_000);
const JOBS = (values.jobs ?? `1,${availableParallelism()}`).split(',').map(Number);
const SHORT = (values.short ?? '1000,5000,20000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const MEMORY_LINES = (values['memory-lines'] ?? '20000,200000').split(',').map(Number);
const ROUNDS = Number(values.rounds ?? 3);
const RUNTIME = values.runtime ?? 'typescript';
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Writes `n` distinct postings (synthetic lures and look-alikes in 11 languages, each made unique). */
async function writeInput(path: string, n: number, short: boolean): Promise<void> {
  const pool = generateSynthetic({ seed: 3, perLang: 200 });
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const r = pool[i % pool.length] as { title?: string; text: string };
    const text = short ? r.text.slice(0, 200) : r.text;
    if (!out.write(`${JSON.stringify({ id: i, title: r.title, text: `${text}\nRef ${i}` })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Output lines after which a run counts as warmed up (its workers' compile warm-up behind it). */
const WARM_FRACTION = 0.2;

interface Run {
  seconds: number;
  maxRssMb: number;
  /** CPU time of all the process's threads (scoring, garbage collection, compilation). */
  cpuSeconds: number;
  lines: number;
  warmRate: number;
}

async function runScan(file: string, jobs: number, expected = 0): Promise<Run> {
  const t = performance.now();
  const args = [join(ROOT, 'bench/cli-child.mjs'), 'scan', '--jobs', String(jobs), '--runtime', RUNTIME, file];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  let err = '';
  let warmAt = 0;
  let warmLines = 0;
  let lastAt = 0;
  child.stdout.on('data', (d: Buffer) => {
    for (const b of d) if (b === 10) lines++;
    lastAt = performance.now();
    if (!warmAt && expected && lines >= expected * WARM_FRACTION) {
      warmAt = lastAt;
      warmLines = lines;
    }
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  const seconds = (performance.now() - t) / 1000;
  if (code !== 0) throw new Error(`scan exited ${code}: ${err.slice(-500)}`);
  const last = err.trim().split('\n').pop() ?? '{}';
  const warmRate = warmAt && lastAt > warmAt ? (lines - warmLines) / ((lastAt - warmAt) / 1000) : 0;
  const usage = JSON.parse(last) as { maxRssKb: number; cpuMs: number };
  return { seconds, maxRssMb: usage.maxRssKb / 1024, cpuSeconds: usage.cpuMs / 1000, lines, warmRate };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sjr-bench-cli-'));
  try {
    console.log(`scam-job-radar scan --runtime ${RUNTIME} on ${availableParallelism()} cores, node ${process.version}\n`);
    const file = join(dir, 'postings.jsonl');
    await writeInput(file, POSTINGS, false);
    console.log(
      `throughput: ${POSTINGS.toLocaleString('en-US')} postings (whole CLI run: start-up, reading, scoring, writing), ${ROUNDS} rounds, worker counts taking turns`,
    );
    const runs = new Map<number, { seconds: number[]; rss: number[]; warm: number[] }>(JOBS.map((j) => [j, { seconds: [], rss: [], warm: [] }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const jobs of round % 2 === 0 ? JOBS : [...JOBS].reverse()) {
        const r = await runScan(file, jobs, POSTINGS);
        if (r.lines !== POSTINGS) throw new Error(`expected ${POSTINGS} lines of output, got ${r.lines}`);
        runs.get(jobs)?.seconds.push(r.seconds);
        runs.get(jobs)?.rss.push(r.maxRssMb);
        runs.get(jobs)?.warm.push(r.warmRate);
        console.log(
          `  round ${round + 1}, --jobs ${jobs}: ${r.seconds.toFixed(1)} s, CPU ${r.cpuSeconds.toFixed(1)} s (${(r.cpuSeconds / r.seconds).toFixed(2)} cores busy on average); after the first ${WARM_FRACTION * 100} % of the output ${Math.round(r.warmRate).toLocaleString('en-US')} postings/s`,
        );
      }
    }
    let base = 0;
    let warmBase = 0;
    for (const jobs of JOBS) {
      const r = runs.get(jobs) as { seconds: number[]; rss: number[]; warm: number[] };
      const rate = POSTINGS / median(r.seconds);
      const warm = median(r.warm);
      base ||= rate;
      warmBase ||= warm;
      console.log(
        `  --jobs ${jobs}: median ${median(r.seconds).toFixed(1)} s (${Math.min(...r.seconds).toFixed(1)}–${Math.max(...r.seconds).toFixed(1)}), ${Math.round(rate).toLocaleString('en-US')} postings/s (${(rate / base).toFixed(2)}× --jobs ${JOBS[0]}), peak memory ${Math.round(Math.max(...r.rss))} MB; warmed up (after the first ${WARM_FRACTION * 100} % of the output): ${Math.round(warm).toLocaleString('en-US')} postings/s (${(warm / warmBase).toFixed(2)}×)`,
      );
    }
    if (SHORT.length) {
      console.log(`\nshorter inputs (whole CLI run), ${ROUNDS} rounds, worker counts taking turns:`);
      for (const n of SHORT) {
        const f = join(dir, `first-${n}.jsonl`);
        await writeInput(f, n, false);
        const times = new Map<number, number[]>(JOBS.map((j) => [j, []]));
        for (let round = 0; round < ROUNDS; round++) {
          for (const jobs of round % 2 === 0 ? JOBS : [...JOBS].reverse()) times.get(jobs)?.push((await runScan(f, jobs)).seconds);
        }
        console.log(
          `  ${n.toLocaleString('en-US')} postings: ${JOBS.map((j) => {
            const t = times.get(j) as number[];
            return `--jobs ${j} median ${median(t).toFixed(2)} s (${Math.min(...t).toFixed(2)}–${Math.max(...t).toFixed(2)})`;
          }).join(', ')}`,
        );
        rmSync(f);
      }
    }

    console.log('\nmemory as the input grows (200-character postings, --jobs 2):');
    for (const n of MEMORY_LINES) {
      const f = join(dir, `short-${n}.jsonl`);
      await writeInput(f, n, true);
      const r = await runScan(f, 2);
      console.log(`  ${n.toLocaleString('en-US')} lines: ${r.seconds.toFixed(1)} s, peak memory ${Math.round(r.maxRssMb)} MB`);
      rmSync(f);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

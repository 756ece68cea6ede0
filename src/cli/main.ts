import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { Engine } from '../detect/engine.ts';
import type { NodeRuntime } from '../detect/node-engine.ts';
import { MAX_FILE_BYTES, MAX_URL_BYTES, formatMb, readInput, type InputProblem, type InputRow, type ReadOptions } from './inputs.ts';
import { type ReadProgress, readRows, rowsLeft } from './row-stream.ts';
import { defaultJobs, type PoolStats, type Scored, scoringPool } from './score-pool.ts';
import { CSV_HEADER, CSV_OCR_COLUMNS, csvCell, type OcrRecord, ocrCsvCells, type ScanRecord, toCsvLine, toScanRecord } from '../shared/scan-record.ts';
import { isImageInput, LazyImageReader, readImageRow } from './image-input.ts';
import { type OutputFormat, stripControls, toTable } from './output.ts';
import { helpCell, helpRecord, parseHelpCountry } from '../help/help-record.ts';

export const USAGE = `scam-job-radar — check job ads for scam-compound recruitment red flags, on this machine.

Usage:
  scam-job-radar scan [--format jsonl|table|csv] [--url URL] [--max-size MB] [--jobs N] [--runtime R] [--help-for CC] [--ocr-lang L,...] <file|URL|->...
  scam-job-radar extract [--url URL] [--max-size MB] <file.html|URL|->
  scam-job-radar --help | --version

scan inputs: .jsonl (objects with "text" or "description", optional id, title, company,
location, salary, url), .csv (same column names), .txt (one posting), .html (postings are
extracted first), .png/.jpg/.jpeg/.webp (an image ad: its text is read with OCR on this machine,
using Debian's tesseract-ocr-* models, and the record gets an "ocr" field: text, models), an
http(s) URL, or - for standard input.
--ocr-lang hints the languages of images (e.g. vi,th); other scripts are still found, slower.
--url tells the extractor which page an HTML file was saved from.
--max-size sets the largest input read, in MB (default ${formatMb(MAX_FILE_BYTES)} for a file or
standard input, ${formatMb(MAX_URL_BYTES)} for a URL). JSONL is read line by line, with no size limit.
--jobs sets how many threads score (default: one per CPU core): the main thread, joined by worker
threads on a long input (30,000 postings or more, or standard input still going after 3 s of
scoring). Output keeps the input order.
--runtime says what runs the model: typescript (default: its forward pass in TypeScript, over
the weights in the shipped ONNX file; faster, less memory) or onnxruntime (onnxruntime-web, as
the extension once warm). Both give the same risks and reasons; a score may differ by 0.0001.
--help-for CC adds a "help" field (JSONL) or column (CSV): where to report and get help for a
reader in country CC (ISO code, e.g. VN) and in the country each ad points to, with sources.

Exit status: 0 all inputs read, 1 some input or row could not be read (the rest is still
scored), 2 wrong usage.`;

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin?: NodeJS.ReadableStream;
  /**
   * The main thread's engine, injected so tests and the CLI share one; defaults to the shipped
   * model with `--runtime`'s pass. Worker threads always load `--runtime`'s.
   */
  loadEngine?: () => Promise<Engine>;
  /** When workers join the main thread (see score-pool.ts; tests set 0 to have one from the start). */
  workersForPostings?: number;
  /** The same for inputs of unknown length. */
  workersAfterMs?: number;
  /** Told at the end of a scan where its batches were scored (for tests). */
  poolStats?: (stats: PoolStats) => void;
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

function reportProblems(io: CliIO, problems: InputProblem[]): void {
  // File names and parse errors quote the input: print them, never let them drive the terminal.
  for (const p of problems) io.stderr.write(`scam-job-radar: ${stripControls(`${p.where}: ${p.message}`).replace(/\n/g, ' ')}\n`);
}

async function defaultEngine(runtime: NodeRuntime): Promise<Engine> {
  const { loadNodeEngine } = await import('../detect/node-engine.ts');
  return loadNodeEngine(runtime);
}

const RUNTIMES: readonly NodeRuntime[] = ['typescript', 'onnxruntime'];

/** Postings scored as one batch, and batches in flight per scoring thread (bounds memory on long inputs). */
const BATCH = 32;
const IN_FLIGHT_PER_JOB = 8;
const PROGRESS_EVERY_MS = 250;

interface ScanOptions {
  format: OutputFormat;
  /** --help-for: the reader's country; adds the `help` field. */
  helpFor?: string;
  read: ReadOptions;
  jobs: number;
  /** --runtime: what runs the model, in every scoring thread. */
  runtime: NodeRuntime;
  /** --ocr-lang: language hints for image inputs. */
  ocrLangs: string[];
}

async function scan(inputs: string[], opts: ScanOptions, io: CliIO): Promise<number> {
  const { format } = opts;
  // This thread scores with the engine the caller may have injected; workers join a long run.
  const scorer = scoringPool({
    jobs: opts.jobs,
    runtime: opts.runtime,
    loadEngine: io.loadEngine ?? (() => defaultEngine(opts.runtime)),
    ...(io.workersForPostings === undefined ? {} : { workersForPostings: io.workersForPostings }),
    ...(io.workersAfterMs === undefined ? {} : { workersAfterMs: io.workersAfterMs }),
  });
  let failed = false;
  const collected: ScanRecord[] = [];
  const showProgress = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const images = new LazyImageReader();
  // Image inputs add their OCR columns to CSV; a run of text inputs keeps the header it always had.
  const ocrColumns = inputs.some(isImageInput);
  try {
    if (format === 'csv') await write(io.stdout, `${CSV_HEADER}${ocrColumns ? CSV_OCR_COLUMNS : ''}${opts.helpFor ? ',help' : ''}\n`);
    for (const input of inputs) {
      const label = stripControls(input);
      const started = Date.now();
      let done = 0;
      let lastProgress = started;
      let progressShown = false;
      // Batches in input order; each is written out when it and every batch before it are done.
      const inFlight: { rows: (InputRow & { ocr?: OcrRecord })[]; results: Promise<Scored[]> }[] = [];
      const flushOne = async () => {
        const b = inFlight.shift();
        if (!b) return;
        const results = await b.results;
        // One write per batch: a write per line cost the single-threaded run about 3 % of its time.
        let out = '';
        for (let i = 0; i < b.rows.length; i++) {
          const row = b.rows[i] as InputRow & { ocr?: OcrRecord };
          const r = results[i];
          if (!r || 'error' in r) {
            failed = true;
            reportProblems(io, [{ where: row.where, message: r ? r.error : 'not scored' }]);
            continue;
          }
          const scored = toScanRecord(row.id, row.posting.title, r.verdict);
          const record = row.ocr ? { ...scored, ocr: row.ocr } : scored;
          const help = opts.helpFor ? helpRecord(opts.helpFor, r.verdict.destination) : undefined;
          if (format === 'jsonl') out += `${JSON.stringify(help ? { ...record, help } : record)}\n`;
          else if (format === 'csv') out += `${toCsvLine(record)}${ocrColumns ? ocrCsvCells(record) : ''}${help ? `,${csvCell(helpCell(help))}` : ''}\n`;
          else collected.push(record);
          done++;
        }
        if (out) await write(io.stdout, out);
        const now = Date.now();
        if (showProgress && done >= 200 && now - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = now;
          progressShown = true;
          const rate = done / Math.max(0.001, (now - started) / 1000);
          io.stderr.write(`\r${label}: ${done.toLocaleString('en-US')} scored, ${Math.round(rate).toLocaleString('en-US')}/s   `);
        }
      };
      let batch: (InputRow & { ocr?: OcrRecord })[] = [];
      const progress: ReadProgress = { rows: 0, bytes: 0 };
      const submit = async () => {
        if (!batch.length) return;
        const rows = batch;
        batch = [];
        const results = scorer.score(
          rows.map((r) => r.posting),
          rowsLeft(progress),
        );
        // Awaited in order later; a worker failure must not surface first as an unhandled rejection.
        results.catch(() => undefined);
        inFlight.push({ rows, results });
        while (inFlight.length >= opts.jobs * IN_FLIGHT_PER_JOB) await flushOne();
      };
      const events = isImageInput(input)
        ? [await readImageRow(input, images, opts.ocrLangs, opts.read.maxBytes)].map((ev) => ('row' in ev ? { row: { ...ev.row, ocr: ev.ocr } } : ev))
        : readRows(input, { ...opts.read, stdin: io.stdin }, progress);
      for await (const ev of events) {
        if ('problem' in ev) {
          failed = true;
          reportProblems(io, [ev.problem]);
          continue;
        }
        batch.push(ev.row);
        if (batch.length >= BATCH) await submit();
      }
      await submit();
      while (inFlight.length) await flushOne();
      if (progressShown) io.stderr.write(`\r${label}: ${done.toLocaleString('en-US')} scored in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
    if (format === 'table') await write(io.stdout, `${toTable(collected)}\n`);
  } finally {
    await scorer.close();
    io.poolStats?.(scorer.stats());
    await images.close();
  }
  return failed ? 1 : 0;
}

async function extract(inputs: string[], read: ReadOptions, io: CliIO): Promise<number> {
  let failed = false;
  for (const input of inputs) {
    const { rows, problems } = await readInput(input, { ...read, stdin: io.stdin });
    if (problems.length) {
      failed = true;
      reportProblems(io, problems);
    }
    for (const { posting } of rows) {
      const out = {
        title: posting.title ?? null,
        company: posting.company ?? null,
        location: posting.location ?? null,
        salary: posting.salary ?? null,
        text: posting.text,
        source: posting.source ?? 'text',
        ...(posting.url ? { url: posting.url } : {}),
      };
      await write(io.stdout, `${JSON.stringify(out)}\n`);
    }
  }
  return failed ? 1 : 0;
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      url: { type: 'string' },
      'max-size': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      runtime: { type: 'string' },
      'help-for': { type: 'string' },
      'ocr-lang': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** Runs the CLI; returns the exit code. Never throws for bad input or usage. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (err) {
    io.stderr.write(`scam-job-radar: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    const { MODEL_META } = await import('../detect/node-engine.ts');
    await write(io.stdout, `scam-job-radar 0.1.0 (model ${MODEL_META.version})\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (values.help || command === 'help' || command === undefined) {
    await write(command === undefined && !values.help ? io.stderr : io.stdout, `${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const format = (values.format ?? 'jsonl') as OutputFormat;
  if (!['jsonl', 'table', 'csv'].includes(format)) {
    io.stderr.write(`scam-job-radar: unknown --format "${values.format}" (use jsonl, table or csv)\n`);
    return 2;
  }
  if (values.url !== undefined && !/^https?:\/\//i.test(values.url)) {
    io.stderr.write(`scam-job-radar: --url must be an http(s) URL, got "${values.url}"\n`);
    return 2;
  }
  const maxSize = values['max-size'] === undefined ? undefined : Number(values['max-size']);
  if (maxSize !== undefined && !(Number.isFinite(maxSize) && maxSize > 0)) {
    io.stderr.write(`scam-job-radar: --max-size must be a number of MB greater than 0, got "${values['max-size']}"\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? (io.loadEngine ? 1 : defaultJobs()) : Number(values.jobs);
  if (!(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256)) {
    io.stderr.write(`scam-job-radar: --jobs must be a whole number from 1 to 256, got "${values.jobs}"\n`);
    return 2;
  }
  const runtime = (values.runtime ?? 'typescript') as NodeRuntime;
  if (!RUNTIMES.includes(runtime)) {
    io.stderr.write(`scam-job-radar: unknown --runtime "${values.runtime}" (use typescript or onnxruntime)\n`);
    return 2;
  }
  const helpFor = values['help-for'] === undefined ? undefined : parseHelpCountry(values['help-for']);
  if (helpFor === null) {
    io.stderr.write(`scam-job-radar: --help-for must be a two-letter country code such as VN or PH, got "${values['help-for']}"\n`);
    return 2;
  }
  if (command !== 'scan' && command !== 'extract') {
    io.stderr.write(`scam-job-radar: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  if (inputs.length === 0) {
    io.stderr.write(`scam-job-radar: ${command} needs at least one input (a file, a URL, or - for stdin)\n`);
    return 2;
  }
  try {
    const read: ReadOptions = { url: values.url, ...(maxSize === undefined ? {} : { maxBytes: Math.floor(maxSize * 1024 * 1024) }) };
    const ocrLangs = (values['ocr-lang'] ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    return command === 'scan'
      ? await scan(inputs, { format, read, jobs, runtime, ocrLangs, ...(helpFor ? { helpFor } : {}) }, io)
      : await extract(inputs, read, io);
  } catch (err) {
    io.stderr.write(`scam-job-radar: ${(err as Error).message}\n`);
    return 1;
  }
}

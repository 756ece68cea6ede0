import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { Engine } from '../detect/engine.ts';
import { MAX_FILE_BYTES, MAX_URL_BYTES, formatMb, readInput, type InputProblem, type ReadOptions } from './inputs.ts';
import { CSV_HEADER, type ScanRecord, toCsvLine, toScanRecord } from '../shared/scan-record.ts';
import { type OutputFormat, stripControls, toTable } from './output.ts';

export const USAGE = `scam-job-radar — check job ads for scam-compound recruitment red flags, on this machine.

Usage:
  scam-job-radar scan [--format jsonl|table|csv] [--url URL] [--max-size MB] <file|URL|->...
  scam-job-radar extract [--url URL] [--max-size MB] <file.html|URL|->
  scam-job-radar --help | --version

scan inputs: .jsonl (objects with "text" or "description", optional id, title, company,
location, salary, url), .csv (same column names), .txt (one posting), .html (postings are
extracted first), an http(s) URL, or - for standard input.
--url tells the extractor which page an HTML file was saved from.
--max-size sets the largest input read, in MB (default ${formatMb(MAX_FILE_BYTES)} for a file or
standard input, ${formatMb(MAX_URL_BYTES)} for a URL).

Exit status: 0 all inputs read, 1 some input or row could not be read (the rest is still
scored), 2 wrong usage.`;

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin?: NodeJS.ReadableStream;
  /** Injected so tests and the CLI share one engine; defaults to the shipped model. */
  loadEngine?: () => Promise<Engine>;
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

async function defaultEngine(): Promise<Engine> {
  const { loadNodeEngine } = await import('../detect/node-engine.ts');
  return loadNodeEngine();
}

async function scan(inputs: string[], format: OutputFormat, read: ReadOptions, io: CliIO): Promise<number> {
  const engine = await (io.loadEngine ?? defaultEngine)();
  let failed = false;
  const collected: ScanRecord[] = [];
  if (format === 'csv') await write(io.stdout, `${CSV_HEADER}\n`);
  const showProgress = (io.stderr as { isTTY?: boolean }).isTTY === true;
  for (const input of inputs) {
    const { rows, problems } = await readInput(input, { ...read, stdin: io.stdin });
    if (problems.length) {
      failed = true;
      reportProblems(io, problems);
    }
    let done = 0;
    for (const row of rows) {
      let record: ScanRecord;
      try {
        record = toScanRecord(row.id, row.posting.title, await engine.score(row.posting));
      } catch (err) {
        failed = true;
        reportProblems(io, [{ where: row.where, message: (err as Error).message }]);
        continue;
      }
      if (format === 'jsonl') await write(io.stdout, `${JSON.stringify(record)}\n`);
      else if (format === 'csv') await write(io.stdout, `${toCsvLine(record)}\n`);
      else collected.push(record);
      done++;
      if (showProgress && rows.length >= 200 && done % 100 === 0) io.stderr.write(`\r${stripControls(input)}: ${done}/${rows.length} scored`);
    }
    if (showProgress && rows.length >= 200) io.stderr.write('\n');
  }
  if (format === 'table') await write(io.stdout, `${toTable(collected)}\n`);
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
    return command === 'scan' ? await scan(inputs, format, read, io) : await extract(inputs, read, io);
  } catch (err) {
    io.stderr.write(`scam-job-radar: ${(err as Error).message}\n`);
    return 1;
  }
}

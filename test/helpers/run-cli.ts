import { PassThrough, type Readable } from 'node:stream';
import { type CliIO, main } from '../../src/cli/main.ts';
import type { ScanRecord } from '../../src/shared/scan-record.ts';

/** Runs the CLI in this process with captured stdout and stderr. */
export async function runCli(
  args: string[],
  opts: Pick<CliIO, 'loadEngine' | 'workersForPostings' | 'poolStats'> & { stdin?: Readable } = {},
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(args, {
    stdout,
    stderr,
    stdin: opts.stdin,
    loadEngine: opts.loadEngine,
    workersForPostings: opts.workersForPostings,
    poolStats: opts.poolStats,
  });
  return { code, out, err };
}

/** The records of `scan`'s JSONL output. */
export const jsonlRecords = (out: string): ScanRecord[] =>
  out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ScanRecord);

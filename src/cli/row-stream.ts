import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError, type InputProblem, type InputRow, decodeText, kindFromName, readJsonlLine, sniffKind } from '../shared/bulk-input.ts';
import { MAX_FILE_BYTES, type ReadOptions, formatMb, readByKind, readInput, tooLarge } from './inputs.ts';

export type RowEvent = { row: InputRow } | { problem: InputProblem };

/** How far `readRows` has got in an input, kept up to date as it reads (to tell a long run early). */
export interface ReadProgress {
  /** Rows given so far. */
  rows: number;
  /** Bytes of JSONL read up to the end of the last line given. */
  bytes: number;
  /** The file's size (not known for standard input). */
  totalBytes?: number;
  /** Every row the input has, when it was read whole (HTML, CSV, text, URLs). */
  totalRows?: number;
}

/**
 * Rows read before the size of the rest is estimated (or a tenth of the file): the first rows of
 * a sorted input tell little (the bench's input starts with its shortest language: 35,000
 * estimated after 32 rows of 20,000, 26,000 after 1,000, 20,100 after 2,000).
 */
const SAMPLE_ROWS = 2000;

/** Rows still to come in an input, estimated from the bytes left; undefined when not known (yet). */
export function rowsLeft(p: ReadProgress): number | undefined {
  if (p.totalRows !== undefined) return Math.max(0, p.totalRows - p.rows);
  if (p.totalBytes === undefined || p.bytes === 0) return undefined;
  if (p.rows < SAMPLE_ROWS && p.bytes * 10 < p.totalBytes) return undefined;
  return Math.max(0, Math.round((p.rows * (p.totalBytes - p.bytes)) / p.bytes));
}

/** The longest JSONL line read; longer lines are reported and skipped (a posting is never this long). */
export const MAX_LINE_BYTES = 20 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

function toBuffer(chunk: unknown): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
}

/**
 * Reads one `scan` input as a stream of rows and problems, in input order. JSONL files and JSONL
 * on standard input are read line by line, so memory stays flat however long the input is (and
 * no size limit applies); HTML, CSV, text and URLs are read whole, within the size limits.
 */
export async function* readRows(spec: string, opts: ReadOptions = {}, progress: ReadProgress = { rows: 0, bytes: 0 }): AsyncGenerator<RowEvent> {
  if (/^https?:\/\//i.test(spec)) {
    yield* whole(await readInput(spec, opts), progress);
    return;
  }
  const name = spec === '-' ? 'stdin' : spec;
  let source: AsyncIterable<unknown>;
  let size: number | undefined;
  if (spec === '-') source = opts.stdin ?? process.stdin;
  else {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(spec);
    } catch {
      yield { problem: { where: name, message: 'no such file' } };
      return;
    }
    if (info.isDirectory()) {
      yield { problem: { where: name, message: 'is a directory, not a file' } };
      return;
    }
    size = info.size;
    progress.totalBytes = size;
    source = createReadStream(spec);
  }
  const it = source[Symbol.asyncIterator]();
  try {
    // The first 64 KB decide what the input is.
    const head: Buffer[] = [];
    let headSize = 0;
    let ended = false;
    while (headSize < HEAD_BYTES) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      const b = toBuffer(r.value);
      head.push(b);
      headSize += b.length;
    }
    const headBuf = Buffer.concat(head);
    const headText = new TextDecoder('utf-8').decode(headBuf.subarray(0, 4096));
    const kind = (spec === '-' ? undefined : kindFromName(spec)) ?? sniffKind(headText);
    const utf16 = headBuf[0] === 0xff || headBuf[0] === 0xfe;
    if (kind !== 'jsonl' || utf16) {
      const limit = opts.maxBytes ?? MAX_FILE_BYTES;
      if (size !== undefined && size > limit) throw tooLarge(limit, 'a file');
      const what = spec === '-' ? 'standard input' : 'a file';
      const chunks: Buffer[] = [headBuf];
      let total = headBuf.length;
      if (total > limit) throw tooLarge(limit, what);
      while (!ended) {
        const r = await it.next();
        if (r.done) break;
        const b = toBuffer(r.value);
        total += b.length;
        if (total > limit) throw tooLarge(limit, what);
        chunks.push(b);
      }
      yield* whole(await readByKind(kind, decodeText(new Uint8Array(Buffer.concat(chunks))), name, opts.url), progress);
      return;
    }
    if (headBuf.subarray(0, HEAD_BYTES).includes(0)) throw new InputError('looks like a binary file (it contains NUL bytes), not text');
    yield* jsonlLines(headBuf, ended ? null : it, name, progress);
  } catch (err) {
    yield { problem: { where: name, message: err instanceof InputError ? err.message : `could not read (${(err as Error).message})` } };
  } finally {
    await it.return?.();
  }
}

function* whole(result: { rows: InputRow[]; problems: InputProblem[] }, progress: ReadProgress): Generator<RowEvent> {
  progress.totalRows = result.rows.length;
  for (const problem of result.problems) yield { problem };
  for (const row of result.rows) {
    progress.rows++;
    yield { row };
  }
}

/**
 * JSONL, line by line, from the bytes read so far and the rest of the stream. Lines are cut at
 * the byte level (a newline byte never occurs inside a UTF-8 sequence), so a line that is not
 * valid UTF-8 is reported alone and the lines around it are kept.
 */
async function* jsonlLines(first: Buffer, rest: AsyncIterator<unknown> | null, name: string, progress: ReadProgress): AsyncGenerator<RowEvent> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let lineNo = 0;
  let position = 0;
  let skipping = false;
  let consumed = 0;
  const line = (bytes: Buffer): RowEvent | null => {
    lineNo++;
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      position++;
      return { problem: { where: `${name}:${lineNo}`, message: 'not valid UTF-8 text (binary data, or another encoding: save it as UTF-8)' } };
    }
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim()) position++;
    return readJsonlLine(text, lineNo, position, name);
  };
  const tooLong = (at = lineNo): RowEvent => ({ problem: { where: `${name}:${at}`, message: `line longer than ${formatMb(MAX_LINE_BYTES)}, skipped` } });
  function* take(chunk: Buffer): Generator<RowEvent> {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      if (nl < 0) break;
      const piece = chunk.subarray(from, nl);
      from = nl + 1;
      consumed += pendingSize + piece.length + 1;
      progress.bytes = consumed;
      if (skipping) {
        skipping = false;
        lineNo++;
      } else if (pendingSize + piece.length > MAX_LINE_BYTES) {
        lineNo++;
        position++;
        yield tooLong();
      } else {
        const r = line(pendingSize ? Buffer.concat([...pending, piece]) : piece);
        if (r && 'row' in r) progress.rows++;
        if (r) yield r;
      }
      pending = [];
      pendingSize = 0;
    }
    if (skipping || from >= chunk.length) return;
    pending.push(chunk.subarray(from));
    pendingSize += chunk.length - from;
    if (pendingSize > MAX_LINE_BYTES) {
      yield tooLong(lineNo + 1);
      position++;
      pending = [];
      pendingSize = 0;
      skipping = true;
    }
  }
  yield* take(first);
  if (rest) {
    for (;;) {
      const r = await rest.next();
      if (r.done) break;
      yield* take(toBuffer(r.value));
    }
  }
  if (!skipping && pendingSize) {
    progress.bytes = consumed + pendingSize;
    const r = line(Buffer.concat(pending));
    if (r && 'row' in r) progress.rows++;
    if (r) yield r;
  }
}

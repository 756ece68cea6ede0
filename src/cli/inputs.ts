import { readFile, stat } from 'node:fs/promises';
import { extractPostings } from '../extract/index.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { InputError, decodeText, kindFromName, readCsv, readJsonl, readTxt, sniffKind, type InputKind, type ReadResult } from '../shared/bulk-input.ts';

// The pure parsing lives in src/shared/bulk-input.ts (shared with the extension's Check page).
export { InputError, decodeText, kindFromName, readCsv, readJsonl, readTxt, sniffKind };
export type { InputKind, InputProblem, InputRow, ReadResult } from '../shared/bulk-input.ts';

const MB = 1024 * 1024;
/** The largest file or standard input read, unless `--max-size` says otherwise. */
export const MAX_FILE_BYTES = 200 * MB;
/** The largest page fetched from a URL, unless `--max-size` says otherwise: a page is never this big, a hostile server could send gigabytes. */
export const MAX_URL_BYTES = 20 * MB;
const FETCH_TIMEOUT_MS = 30_000;

/** "20 MB", "0.5 MB". */
export function formatMb(bytes: number): string {
  return `${Number((bytes / MB).toFixed(2))} MB`;
}

export function tooLarge(limit: number, what: 'a file' | 'standard input' | 'a URL'): InputError {
  return new InputError(`larger than ${formatMb(limit)}, the limit for ${what} (--max-size MB sets another)`);
}

export function readHtml(text: string, name: string, url?: string): ReadResult {
  const doc = parseHtml(text);
  const found = extractPostings(doc, url);
  if (found.length === 0) return { rows: [], problems: [{ where: name, message: 'no job posting found in this page' }] };
  const rows = found.map(({ element: _element, ...posting }, i) => ({
    posting: url && !posting.url ? { ...posting, url } : posting,
    where: `${name}#${i + 1}`,
    id: i + 1,
  }));
  return { rows, problems: [] };
}

export async function readByKind(kind: InputKind, text: string, name: string, url?: string): Promise<ReadResult> {
  switch (kind) {
    case 'jsonl':
      return readJsonl(text, name);
    case 'csv':
      return readCsv(text, name);
    case 'html':
      return readHtml(text, name, url);
    case 'txt':
      return readTxt(text, name);
  }
}

async function readStdin(stdin: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > limit) throw tooLarge(limit, 'standard input');
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The response body, read as it arrives and abandoned as soon as it passes `limit` bytes (after decompression). */
async function readBody(res: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > limit) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(limit, 'a URL');
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(limit, 'a URL');
      }
      chunks.push(value);
    }
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function fetchUrl(spec: string, limit: number): Promise<{ text: string; kind: InputKind }> {
  let res: Response;
  try {
    res = await fetch(spec, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'text/html,application/json,text/plain;q=0.9,*/*;q=0.5' } });
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    throw new InputError(`could not fetch (${cause ?? (err as Error).message})`);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new InputError(`HTTP ${res.status} ${res.statusText}`);
  }
  const text = decodeText(await readBody(res, limit));
  const type = res.headers.get('content-type') ?? '';
  const kind = type.includes('html') ? 'html' : (kindFromName(new URL(spec).pathname) ?? sniffKind(text));
  return { text, kind };
}

export interface ReadOptions {
  /** The page URL for HTML inputs (helps pick a site adapter). */
  url?: string;
  stdin?: NodeJS.ReadableStream;
  /** The largest input read, in bytes; default MAX_FILE_BYTES for a file or stdin, MAX_URL_BYTES for a URL. */
  maxBytes?: number;
}

/** Reads one CLI input: a file path, an http(s) URL, or "-" for stdin. Never throws for bad input. */
export async function readInput(spec: string, opts: ReadOptions = {}): Promise<ReadResult> {
  try {
    if (spec === '-') {
      const text = decodeText(await readStdin(opts.stdin ?? process.stdin, opts.maxBytes ?? MAX_FILE_BYTES));
      return await readByKind(sniffKind(text), text, 'stdin', opts.url);
    }
    if (/^https?:\/\//i.test(spec)) {
      const { text, kind } = await fetchUrl(spec, opts.maxBytes ?? MAX_URL_BYTES);
      return await readByKind(kind, text, spec, opts.url ?? spec);
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(spec);
    } catch {
      throw new InputError('no such file');
    }
    if (info.isDirectory()) throw new InputError('is a directory, not a file');
    if (info.size > (opts.maxBytes ?? MAX_FILE_BYTES)) throw tooLarge(opts.maxBytes ?? MAX_FILE_BYTES, 'a file');
    const text = decodeText(new Uint8Array(await readFile(spec)));
    return await readByKind(kindFromName(spec) ?? sniffKind(text), text, spec, opts.url);
  } catch (err) {
    if (err instanceof InputError) return { rows: [], problems: [{ where: spec === '-' ? 'stdin' : spec, message: err.message }] };
    return { rows: [], problems: [{ where: spec, message: `could not read (${(err as Error).message})` }] };
  }
}

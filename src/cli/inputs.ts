import { readFile, stat } from 'node:fs/promises';
import { extractPostings } from '../extract/index.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { InputError, decodeText, kindFromName, readCsv, readJsonl, readTxt, sniffKind, type InputKind, type ReadResult } from '../shared/bulk-input.ts';

// The pure parsing lives in src/shared/bulk-input.ts (shared with the extension's Check page).
export { InputError, decodeText, kindFromName, readCsv, readJsonl, readTxt, sniffKind };
export type { InputKind, InputProblem, InputRow, ReadResult } from '../shared/bulk-input.ts';

const MAX_INPUT_BYTES = 200 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

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

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`more than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function fetchUrl(spec: string): Promise<{ text: string; kind: InputKind }> {
  let res: Response;
  try {
    res = await fetch(spec, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'text/html,application/json,text/plain;q=0.9,*/*;q=0.5' } });
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    throw new InputError(`could not fetch (${cause ?? (err as Error).message})`);
  }
  if (!res.ok) throw new InputError(`HTTP ${res.status} ${res.statusText}`);
  const text = decodeText(new Uint8Array(await res.arrayBuffer()));
  const type = res.headers.get('content-type') ?? '';
  const kind = type.includes('html') ? 'html' : (kindFromName(new URL(spec).pathname) ?? sniffKind(text));
  return { text, kind };
}

export interface ReadOptions {
  /** The page URL for HTML inputs (helps pick a site adapter). */
  url?: string;
  stdin?: NodeJS.ReadableStream;
}

/** Reads one CLI input: a file path, an http(s) URL, or "-" for stdin. Never throws for bad input. */
export async function readInput(spec: string, opts: ReadOptions = {}): Promise<ReadResult> {
  try {
    if (spec === '-') {
      const text = decodeText(await readStdin(opts.stdin ?? process.stdin));
      return await readByKind(sniffKind(text), text, 'stdin', opts.url);
    }
    if (/^https?:\/\//i.test(spec)) {
      const { text, kind } = await fetchUrl(spec);
      return await readByKind(kind, text, spec, opts.url ?? spec);
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(spec);
    } catch {
      throw new InputError('no such file');
    }
    if (info.isDirectory()) throw new InputError('is a directory, not a file');
    if (info.size > MAX_INPUT_BYTES) throw new InputError(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    const text = decodeText(new Uint8Array(await readFile(spec)));
    return await readByKind(kindFromName(spec) ?? sniffKind(text), text, spec, opts.url);
  } catch (err) {
    if (err instanceof InputError) return { rows: [], problems: [{ where: spec === '-' ? 'stdin' : spec, message: err.message }] };
    return { rows: [], problems: [{ where: spec, message: `could not read (${(err as Error).message})` }] };
  }
}

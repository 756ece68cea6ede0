import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseCsv, type CsvError, type Info } from 'csv-parse';
import type { JobPosting } from '../shared/types.ts';
import { extractPostings } from '../extract/index.ts';
import { parseHtml } from '../extract/parse-html.ts';

/** One posting read from an input, with where it came from (for messages) and its default id. */
export interface InputRow {
  posting: JobPosting;
  /** "file:line" or "file#n", used in messages. */
  where: string;
  /** The input's own id, or the 1-based position within its input. */
  id: string | number;
}

export interface InputProblem {
  where: string;
  message: string;
}

export interface ReadResult {
  rows: InputRow[];
  problems: InputProblem[];
}

export type InputKind = 'jsonl' | 'csv' | 'txt' | 'html';

const MAX_INPUT_BYTES = 200 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;
const FIELDS = ['title', 'company', 'location', 'salary', 'url'] as const;

export class InputError extends Error {}

/** Decodes bytes as UTF-8 text, refusing binary data with a message a user can act on. */
export function decodeText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) throw new InputError(`looks like a binary file (it contains NUL bytes), not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`not valid UTF-8 text (binary file, or another encoding: save it as UTF-8)`);
  }
}

export function kindFromName(name: string): InputKind | undefined {
  const ext = extname(name.replace(/[?#].*$/, '')).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (ext === '.txt' || ext === '.text') return 'txt';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  return undefined;
}

/** Guesses the kind of an input without a telling extension (stdin, a URL, an odd file name). */
export function sniffKind(text: string): InputKind {
  const start = text.trimStart().slice(0, 2000).toLowerCase();
  if (start.startsWith('<!doctype') || start.startsWith('<html') || /^<(head|body|div|li|article|section|main|script|meta|ul)\b/.test(start)) return 'html';
  if (start.startsWith('{')) return 'jsonl';
  return 'txt';
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Builds a posting from a JSONL object or CSV record (keys already lower-cased for CSV). */
function rowToPosting(obj: Record<string, unknown>): { posting?: JobPosting; id?: string | number; error?: string } {
  const text = str(obj.text) ?? str(obj.description);
  if (text === undefined) return { error: 'no "text" or "description" field' };
  const posting: JobPosting = { text };
  for (const f of FIELDS) {
    const v = str(obj[f]);
    if (v !== undefined && v.trim()) posting[f] = v;
  }
  if (!`${posting.title ?? ''}${text}`.trim()) return { error: 'empty text' };
  const rawId = obj.id;
  const id = typeof rawId === 'number' && Number.isFinite(rawId) ? rawId : typeof rawId === 'string' && rawId.trim() ? rawId : undefined;
  if (id !== undefined) posting.id = String(id);
  return { posting, id };
}

export function readJsonl(text: string, name: string): ReadResult {
  const rows: InputRow[] = [];
  const problems: InputProblem[] = [];
  const lines = text.split(/\r?\n/);
  let position = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    position++;
    const where = `${name}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      problems.push({ where, message: `invalid JSON (${(err as Error).message})` });
      return;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      problems.push({ where, message: 'expected a JSON object with a "text" or "description" field' });
      return;
    }
    const r = rowToPosting(obj as Record<string, unknown>);
    if (r.error || !r.posting) problems.push({ where, message: r.error ?? 'unreadable row' });
    else rows.push({ posting: r.posting, where, id: r.id ?? position });
  });
  return { rows, problems };
}

export async function readCsv(text: string, name: string): Promise<ReadResult> {
  const rows: InputRow[] = [];
  const problems: InputProblem[] = [];
  let position = 0;
  await new Promise<void>((resolve) => {
    const parser = parseCsv({
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined) => {
        position++;
        const line = typeof err?.lines === 'number' ? err.lines : '?';
        problems.push({ where: `${name}:${line}`, message: `broken CSV row (${err?.message ?? 'unreadable'})` });
        return undefined;
      },
    });
    parser.on('readable', () => {
      let rec: { record: Record<string, unknown>; info: Info & { lines: number } } | null;
      while ((rec = parser.read() as typeof rec) !== null) {
        position++;
        const where = `${name}:${rec.info.lines}`;
        const r = rowToPosting(rec.record);
        if (r.error || !r.posting) problems.push({ where, message: r.error ?? 'unreadable row' });
        else rows.push({ posting: r.posting, where, id: r.id ?? position });
      }
    });
    parser.on('error', (err: CsvError) => {
      const line = typeof err.lines === 'number' ? err.lines : '?';
      problems.push({ where: `${name}:${line}`, message: `CSV parsing stopped: ${err.message}` });
      resolve();
    });
    parser.on('end', () => resolve());
    parser.write(text);
    parser.end();
  });
  return { rows, problems };
}

export function readTxt(text: string, name: string): ReadResult {
  if (!text.trim()) return { rows: [], problems: [{ where: name, message: 'empty text' }] };
  return { rows: [{ posting: { text }, where: name, id: 1 }], problems: [] };
}

export function readHtml(text: string, name: string, url?: string): ReadResult {
  const doc = parseHtml(text);
  const found = extractPostings(doc, url);
  if (found.length === 0) return { rows: [], problems: [{ where: name, message: 'no job posting found in this page' }] };
  const rows = found.map(({ element: _element, ...posting }, i) => ({ posting: url && !posting.url ? { ...posting, url } : posting, where: `${name}#${i + 1}`, id: i + 1 }));
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
    let info;
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

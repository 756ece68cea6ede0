/**
 * Reading many postings from JSONL, CSV or plain text: shared by the CLI (src/cli/inputs.ts) and
 * the extension's Check page. Browser-safe: no node: imports, csv-parse's browser build.
 */
import { parse as parseCsvSync } from 'csv-parse/browser/esm/sync';
import type { JobPosting } from './types.ts';

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

/** Optional posting fields read from JSONL keys and CSV columns. */
export const POSTING_FIELDS = ['title', 'company', 'location', 'salary', 'url'] as const;

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

/** The extension of a path, like POSIX `path.extname` (".csv", or "" when none). */
function extname(path: string): string {
  // `(?<!\/)`: only a run's first slash may start the match (`/\/+$/` is quadratic on a long run).
  const trimmed = path.replace(/(?<!\/)\/+$/, '');
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

/** `name.replace(/[?#].*$/, '')` in linear time: cut at the first "?" or "#" after the last line break. */
function withoutQuery(name: string): string {
  const from = Math.max(name.lastIndexOf('\n'), name.lastIndexOf('\r'), name.lastIndexOf('\u2028'), name.lastIndexOf('\u2029')) + 1;
  const q = name.slice(from).search(/[?#]/);
  return q < 0 ? name : name.slice(0, from + q);
}

export function kindFromName(name: string): InputKind | undefined {
  const ext = extname(withoutQuery(name)).toLowerCase();
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
export function rowToPosting(obj: Record<string, unknown>): { posting?: JobPosting; id?: string | number; error?: string } {
  const text = str(obj.text) ?? str(obj.description);
  if (text === undefined) return { error: 'no "text" or "description" field' };
  const posting: JobPosting = { text };
  for (const f of POSTING_FIELDS) {
    const v = str(obj[f]);
    if (v?.trim()) posting[f] = v;
  }
  if (!`${posting.title ?? ''}${text}`.trim()) return { error: 'empty text' };
  const rawId = obj.id;
  const id = typeof rawId === 'number' && Number.isFinite(rawId) ? rawId : typeof rawId === 'string' && rawId.trim() ? rawId : undefined;
  if (id !== undefined) posting.id = String(id);
  return { posting, id };
}

/** One JSONL line (1-based `lineNo`; `position` counts non-blank lines): a row, a problem, or nothing for a blank line. */
export function readJsonlLine(line: string, lineNo: number, position: number, name: string): { row: InputRow } | { problem: InputProblem } | null {
  if (!line.trim()) return null;
  const where = `${name}:${lineNo}`;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    return { problem: { where, message: `invalid JSON (${(err as Error).message})` } };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { problem: { where, message: 'expected a JSON object with a "text" or "description" field' } };
  }
  const r = rowToPosting(obj as Record<string, unknown>);
  if (r.error || !r.posting) return { problem: { where, message: r.error ?? 'unreadable row' } };
  return { row: { posting: r.posting, where, id: r.id ?? position } };
}

export function readJsonl(text: string, name: string): ReadResult {
  const rows: InputRow[] = [];
  const problems: InputProblem[] = [];
  let position = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    position++;
    const r = readJsonlLine(line, i + 1, position, name);
    if (r && 'row' in r) rows.push(r.row);
    else if (r) problems.push(r.problem);
  });
  return { rows, problems };
}

interface CsvErrorLike {
  message?: string;
  lines?: unknown;
}

/**
 * Reads CSV with a header row (column names as in JSONL, case-insensitive). Broken rows are
 * reported and skipped. Numbering (default ids) and the order of messages are those the CLI has
 * always had: skipped rows are counted first, then rows in order.
 */
export function readCsv(text: string, name: string): ReadResult {
  const rows: InputRow[] = [];
  const problems: InputProblem[] = [];
  // Line numbers of skipped (broken) rows: a row's default id is its position among all data
  // rows, broken ones included, in file order.
  const skippedLines: number[] = [];
  let records: { record: Record<string, unknown>; info: { lines: number } }[] = [];
  try {
    records = parseCsvSync(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: CsvErrorLike | undefined) => {
        const line = typeof err?.lines === 'number' ? err.lines : '?';
        if (typeof line === 'number') skippedLines.push(line);
        problems.push({ where: `${name}:${line}`, message: `broken CSV row (${err?.message ?? 'unreadable'})` });
        return undefined;
      },
    }) as unknown as typeof records;
  } catch (err) {
    const e = err as CsvErrorLike;
    const line = typeof e.lines === 'number' ? e.lines : '?';
    problems.push({ where: `${name}:${line}`, message: `CSV parsing stopped: ${e.message ?? String(err)}` });
    return { rows, problems };
  }
  records.forEach((rec, index) => {
    const position = index + 1 + skippedLines.filter((l) => l < rec.info.lines).length;
    const where = `${name}:${rec.info.lines}`;
    const r = rowToPosting(rec.record);
    if (r.error || !r.posting) problems.push({ where, message: r.error ?? 'unreadable row' });
    else rows.push({ posting: r.posting, where, id: r.id ?? position });
  });
  return { rows, problems };
}

export function readTxt(text: string, name: string): ReadResult {
  if (!text.trim()) return { rows: [], problems: [{ where: name, message: 'empty text' }] };
  return { rows: [{ posting: { text }, where: name, id: 1 }], problems: [] };
}

/** Reads a file the Check page was given (no HTML: page extraction needs the CLI or the page itself). */
export function readBulkText(text: string, name: string): ReadResult {
  const kind = kindFromName(name) ?? sniffKind(text);
  if (kind === 'jsonl') return readJsonl(text, name);
  if (kind === 'csv') return readCsv(text, name);
  if (kind === 'html')
    return { rows: [], problems: [{ where: name, message: 'HTML pages are not read here: open the page in the browser, or use the command line' }] };
  return readTxt(text, name);
}

/** How many problems the Check page keeps and lists; the rest are only counted ("…and N more"). */
export const MAX_KEPT_PROBLEMS = 200;

/** The first `limit` problems, and how many there were in all. */
export class ProblemList {
  readonly items: InputProblem[] = [];
  total = 0;
  constructor(readonly limit = MAX_KEPT_PROBLEMS) {}
  push(...problems: InputProblem[]): void {
    for (const p of problems) {
      this.total++;
      if (this.items.length < this.limit) this.items.push(p);
    }
  }
  /** How many were counted but not kept. */
  get more(): number {
    return this.total - this.items.length;
  }
}

export interface SlicedReadResult {
  rows: InputRow[];
  /** The first problems (at most `maxProblems`). */
  problems: InputProblem[];
  /** How many problems there were in all. */
  problemCount: number;
  /** True when `shouldStop` ended the read early. */
  stopped: boolean;
}

export interface SliceOptions {
  /** Problems kept (the rest only counted); default MAX_KEPT_PROBLEMS. */
  maxProblems?: number;
  /** Work this long (ms) between yields; default 50. */
  sliceMs?: number;
  /** Gives the page back to the browser; default a zero-delay timer. */
  yieldNow?: () => Promise<void>;
  /** Lines read so far, of all lines (JSONL); called at each yield and at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Checked at each yield: true ends the read (a newer run started). */
  shouldStop?: () => boolean;
  now?: () => number;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * readBulkText for a page that must stay responsive: JSONL is parsed line by line in slices of
 * about `sliceMs`, yielding in between (100,000 broken lines would otherwise block the page for
 * seconds), and only the first problems are kept. Rows, problems and their order are
 * readBulkText's. CSV (one csv-parse call) and plain text are read in one step.
 */
export async function readBulkTextSliced(text: string, name: string, opts: SliceOptions = {}): Promise<SlicedReadResult> {
  const problems = new ProblemList(opts.maxProblems ?? MAX_KEPT_PROBLEMS);
  const kind = kindFromName(name) ?? sniffKind(text);
  if (kind !== 'jsonl') {
    const r = readBulkText(text, name);
    problems.push(...r.problems);
    return { rows: r.rows, problems: problems.items, problemCount: problems.total, stopped: false };
  }
  const sliceMs = opts.sliceMs ?? 50;
  const yieldNow = opts.yieldNow ?? defaultYield;
  const now = opts.now ?? (() => performance.now());
  const lines = text.split(/\r?\n/);
  const rows: InputRow[] = [];
  let position = 0;
  let slice = now();
  for (let i = 0; i < lines.length; i++) {
    if ((i & 63) === 0 && now() - slice >= sliceMs) {
      opts.onProgress?.(i, lines.length);
      await yieldNow();
      if (opts.shouldStop?.()) return { rows, problems: problems.items, problemCount: problems.total, stopped: true };
      slice = now();
    }
    const line = lines[i] as string;
    if (!line.trim()) continue;
    position++;
    const r = readJsonlLine(line, i + 1, position, name);
    if (r && 'row' in r) rows.push(r.row);
    else if (r) problems.push(r.problem);
  }
  opts.onProgress?.(lines.length, lines.length);
  return { rows, problems: problems.items, problemCount: problems.total, stopped: false };
}

/** Reads the bytes of a file the page was given; never throws. */
export function readBulkBytes(bytes: Uint8Array, name: string): ReadResult {
  try {
    return readBulkText(decodeText(bytes), name);
  } catch (err) {
    return { rows: [], problems: [{ where: name, message: err instanceof InputError ? err.message : `could not read (${(err as Error).message})` }] };
  }
}

/** readBulkBytes, sliced and with problems capped (the Check page); never throws. */
export async function readBulkBytesSliced(bytes: Uint8Array, name: string, opts: SliceOptions = {}): Promise<SlicedReadResult> {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (err) {
    const message = err instanceof InputError ? err.message : `could not read (${(err as Error).message})`;
    return { rows: [], problems: [{ where: name, message }], problemCount: 1, stopped: false };
  }
  try {
    return await readBulkTextSliced(text, name, opts);
  } catch (err) {
    return { rows: [], problems: [{ where: name, message: `could not read (${(err as Error).message})` }], problemCount: 1, stopped: false };
  }
}

/**
 * Reads and trims Tesseract `.traineddata` files (TessdataManager's container): a little-endian
 * int32 entry count, one int64 offset per entry (-1 = absent), then the entries' bytes in order.
 * Used at build time to leave out a model's word list (see DROP_WORD_LIST). Pure.
 */

/** Entry names by index, as Tesseract's TessdataType enum numbers them. */
export const TESSDATA_ENTRIES = [
  'config',
  'unicharset',
  'unicharambigs',
  'inttemp',
  'pffmtable',
  'normproto',
  'punc-dawg',
  'word-dawg',
  'number-dawg',
  'freq-dawg',
  'fixed-length-dawgs',
  'cube-unicharset',
  'cube-word-dawg',
  'shapetable',
  'bigram-dawg',
  'unambig-dawg',
  'params-model',
  'lstm',
  'lstm-punc-dawg',
  'lstm-word-dawg',
  'lstm-number-dawg',
  'lstm-unicharset',
  'lstm-recoder',
  'version',
] as const;

export type TessdataEntry = (typeof TESSDATA_ENTRIES)[number];

export interface TessdataComponent {
  index: number;
  name: string;
  start: number;
  end: number;
}

export class TraineddataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TraineddataError';
  }
}

/** The entries present in a traineddata file, in file order, with their byte ranges. */
export function tessdataComponents(bytes: Uint8Array): TessdataComponent[] {
  if (bytes.length < 4) throw new TraineddataError('too short to be a traineddata file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getInt32(0, true);
  if (count < 1 || count > 1000) throw new TraineddataError(`implausible entry count ${count}`);
  const header = 4 + 8 * count;
  if (bytes.length < header) throw new TraineddataError('truncated header');
  const present: { index: number; start: number }[] = [];
  for (let i = 0; i < count; i++) {
    const offset = Number(view.getBigInt64(4 + 8 * i, true));
    if (offset === -1) continue;
    if (offset < header || offset > bytes.length) throw new TraineddataError(`entry ${i} points outside the file`);
    present.push({ index: i, start: offset });
  }
  for (let i = 1; i < present.length; i++) {
    if ((present[i] as { start: number }).start < (present[i - 1] as { start: number }).start) throw new TraineddataError('entries out of order');
  }
  return present.map((p, i) => ({
    index: p.index,
    name: TESSDATA_ENTRIES[p.index] ?? `entry-${p.index}`,
    start: p.start,
    end: i + 1 < present.length ? (present[i + 1] as { start: number }).start : bytes.length,
  }));
}

/** The file without the named entries (marked absent, the rest moved up). Unknown or absent names are ignored. */
export function withoutEntries(bytes: Uint8Array, drop: readonly TessdataEntry[]): Uint8Array {
  const parts = tessdataComponents(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getInt32(0, true);
  const header = 4 + 8 * count;
  const kept = parts.filter((p) => !(drop as readonly string[]).includes(p.name));
  const size = header + kept.reduce((n, p) => n + (p.end - p.start), 0);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  outView.setInt32(0, count, true);
  for (let i = 0; i < count; i++) outView.setBigInt64(4 + 8 * i, -1n, true);
  let pos = header;
  for (const p of kept) {
    outView.setBigInt64(4 + 8 * p.index, BigInt(pos), true);
    out.set(bytes.subarray(p.start, p.end), pos);
    pos += p.end - p.start;
  }
  return out;
}

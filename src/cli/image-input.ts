/**
 * `scan flyer.png`: an image input is read with OCR (src/ocr, Debian's tessdata in place) and its
 * text scored like a .txt posting. The record carries the recognised text and the models used.
 */
import { readFile, stat } from 'node:fs/promises';
import { ImageError, isImageName } from '../ocr/image.ts';
import type { OcrResult } from '../ocr/recognise.ts';
import type { ImageReader } from '../ocr/tesseract.ts';
import type { InputProblem, InputRow } from '../shared/bulk-input.ts';
import type { OcrRecord } from '../shared/scan-record.ts';
import { formatMb, MAX_FILE_BYTES } from './inputs.ts';

/** A local file named .png, .jpg, .jpeg or .webp (URLs and standard input are read as text). */
export function isImageInput(spec: string): boolean {
  return spec !== '-' && !/^https?:\/\//i.test(spec) && isImageName(spec);
}

export function toOcrRecord(r: OcrResult): OcrRecord {
  return { text: r.text, models: r.models, probed: r.probed, confidence: Math.round(r.confidence * 10) / 10 };
}

/** One OCR reader for the whole run, created on the first image. */
export class LazyImageReader {
  private reader: Promise<ImageReader> | null = null;
  get(): Promise<ImageReader> {
    if (!this.reader) {
      this.reader = import('../ocr/node.ts').then((m) => m.createNodeImageReader());
      // A failed start (no models installed) is reported per image, and retried for none.
    }
    return this.reader;
  }
  async close(): Promise<void> {
    if (!this.reader) return;
    const r = await this.reader.catch(() => null);
    await r?.close();
  }
}

export type ImageRowEvent = { row: InputRow; ocr: OcrRecord } | { problem: InputProblem };

/** Reads one image file into one posting (its recognised text), or a problem saying why not. */
export async function readImageRow(spec: string, readers: LazyImageReader, hints: readonly string[], maxBytes = MAX_FILE_BYTES): Promise<ImageRowEvent> {
  try {
    let size: number;
    try {
      const info = await stat(spec);
      if (info.isDirectory()) return { problem: { where: spec, message: 'is a directory, not a file' } };
      size = info.size;
    } catch {
      return { problem: { where: spec, message: 'no such file' } };
    }
    if (size > maxBytes) return { problem: { where: spec, message: `larger than ${formatMb(maxBytes)}` } };
    const bytes = new Uint8Array(await readFile(spec));
    const { readImageBytes } = await import('../ocr/node.ts');
    const result = await readImageBytes(await readers.get(), bytes, hints);
    if (!result.text.trim()) return { problem: { where: spec, message: 'no text found in the image' } };
    return { row: { posting: { text: result.text }, where: spec, id: spec }, ocr: toOcrRecord(result) };
  } catch (err) {
    const message = err instanceof ImageError ? `not a readable image: ${err.message}` : `could not read the image (${(err as Error).message})`;
    return { problem: { where: spec, message } };
  }
}

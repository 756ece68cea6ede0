/**
 * OCR in Node (the CLI, tests, the eval): tesseract.js reading Debian's tessdata folder, the same
 * models the build copies into the extension. Set SJR_TESSDATA to use another folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { imageInfo } from './image.ts';
import { OCR_MODELS } from './models.ts';
import { type OcrResult, readImageText } from './recognise.ts';
import { createTesseractReader, type ImageReader } from './tesseract.ts';

/** Where Debian's tesseract-ocr-<lang> packages put their models (Tesseract 5, then 4). */
export const DEBIAN_TESSDATA = ['/usr/share/tesseract-ocr/5/tessdata', '/usr/share/tesseract-ocr/4.00/tessdata'];

export class OcrSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OcrSetupError';
  }
}

/** The tessdata folder: $SJR_TESSDATA, else the first Debian folder that has eng.traineddata. */
export function tessdataDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.SJR_TESSDATA ? [env.SJR_TESSDATA] : DEBIAN_TESSDATA;
  const dir = candidates.find((d) => existsSync(join(d, 'eng.traineddata')));
  if (!dir) throw new OcrSetupError(`no OCR models found in ${candidates.join(' or ')}: install them with apt-get install ${debianPackages().join(' ')}`);
  return dir;
}

/** The Debian packages holding every model the OCR uses. */
export function debianPackages(): string[] {
  return OCR_MODELS.map((m) => `tesseract-ocr-${m.code.replace(/_/g, '-')}`);
}

/** Models missing from `dir` (each named with its Debian package). */
export function missingModels(dir: string): string[] {
  return OCR_MODELS.filter((m) => !existsSync(join(dir, `${m.code}.traineddata`))).map((m) => `${m.code} (tesseract-ocr-${m.code.replace(/_/g, '-')})`);
}

export async function createNodeImageReader(dir = tessdataDir()): Promise<ImageReader> {
  return createTesseractReader({ langPath: dir, gzip: false });
}

/** Reads one image file's bytes: checks the format first (ImageError for a corrupt or foreign file), then OCR. */
export async function readImageBytes(reader: ImageReader, bytes: Uint8Array, hints: readonly string[] = []): Promise<OcrResult> {
  const info = imageInfo(bytes);
  return readImageText(reader.backendFor(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), { hints, width: info.width, height: info.height });
}

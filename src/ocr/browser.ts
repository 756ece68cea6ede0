/**
 * OCR in the extension's own pages: tesseract.js's worker, core and models are files packaged in
 * the extension (copied by the build, see scripts/tessdata.ts), loaded by URL from the extension
 * itself when the first image is checked. The worker runs beside the extension page, never in a
 * web page.
 */
import { browser } from 'wxt/browser';
import { createTesseractReader, type ImageReader } from './tesseract.ts';

let reader: Promise<ImageReader> | null = null;

/** The one reader of this page, started on first use; a failed start is retried on the next call. */
export function getBrowserImageReader(): Promise<ImageReader> {
  if (!reader) {
    const url = (path: string) => browser.runtime.getURL(path as '/ocr/worker.min.js');
    reader = createTesseractReader({
      workerPath: url('/ocr/worker.min.js'),
      corePath: url('/ocr/tesseract-core-simd-lstm.js'),
      langPath: url('/ocr/tessdata'),
      gzip: true,
    });
    reader.catch(() => {
      reader = null;
    });
  }
  return reader;
}

/** Lets the reader go (its worker and models: tens of MB), e.g. after a while without images; the next read starts a new one. */
export async function closeBrowserImageReader(): Promise<void> {
  const current = reader;
  reader = null;
  if (current) await current.then((r) => r.close()).catch(() => undefined);
}

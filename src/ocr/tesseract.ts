/**
 * The OCR backend on tesseract.js (Tesseract's LSTM engine compiled to WebAssembly), one worker
 * per reader, models switched with `reinitialize`. Paths are given by the caller: the extension
 * passes its own packaged files, the CLI Debian's tessdata folder; nothing is ever downloaded.
 */
import type { OcrBackend } from './recognise.ts';
import type { Box } from './text.ts';

export interface TesseractPaths {
  /** Folder (or chrome-extension:// URL) holding `<code>.traineddata` (or `.traineddata.gz` when gzip). */
  langPath: string;
  gzip: boolean;
  /** Browser only: the worker script and the core's JS file (its .wasm beside it). */
  workerPath?: string;
  corePath?: string;
}

export interface ImageReader {
  /** A backend for one image; `image` is what tesseract.js reads (bytes, a canvas, a Blob). */
  backendFor(image: unknown): OcrBackend;
  close(): Promise<void>;
}

interface TessWord {
  text: string;
  confidence: number;
  bbox: Box;
}
interface TessBlock {
  paragraphs: { lines: { words: TessWord[] }[] }[];
}

export async function createTesseractReader(paths: TesseractPaths): Promise<ImageReader> {
  const { createWorker, OEM, PSM } = await import('tesseract.js');
  const options = {
    langPath: paths.langPath,
    gzip: paths.gzip,
    cacheMethod: 'none',
    ...(paths.workerPath ? { workerPath: paths.workerPath, workerBlobURL: false } : {}),
    ...(paths.corePath ? { corePath: paths.corePath } : {}),
  };
  let loaded = 'eng';
  const worker = await createWorker('eng', OEM.LSTM_ONLY, options);
  let busy: Promise<unknown> = Promise.resolve();
  // One job at a time: the worker holds one set of models.
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = busy.then(job, job);
    busy = next.catch(() => undefined);
    return next;
  };
  return {
    backendFor(image: unknown): OcrBackend {
      return {
        recognise: (models, rect) =>
          serial(async () => {
            const want = models.join('+');
            if (want !== loaded) {
              await worker.reinitialize(want, OEM.LSTM_ONLY);
              loaded = want;
            }
            // Whole images as one column of text (flyers, chat screenshots): Tesseract's automatic
            // layout (PSM 3) drops whole chat bubbles as non-text; a probed line is one block.
            // debug_file: Tesseract's diagnostics ("Estimating resolution as …") go nowhere, not to stderr.
            await worker.setParameters({ tessedit_pageseg_mode: rect ? PSM.SINGLE_BLOCK : PSM.SINGLE_COLUMN, debug_file: '/dev/null' });
            const rectangle = rect ? { left: rect.x0, top: rect.y0, width: rect.x1 - rect.x0, height: rect.y1 - rect.y0 } : undefined;
            const r = await worker.recognize(image as Parameters<typeof worker.recognize>[0], rectangle ? { rectangle } : {}, { blocks: true, text: false });
            const blocks = (r.data.blocks ?? []) as unknown as TessBlock[];
            return blocks.flatMap((b) =>
              b.paragraphs.flatMap((p) => p.lines.map((l) => ({ words: l.words.map((w) => ({ text: w.text, confidence: w.confidence, bbox: w.bbox })) }))),
            );
          }),
      };
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

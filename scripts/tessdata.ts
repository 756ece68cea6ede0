/**
 * The OCR models the extension ships, prepared at build time from Debian's tesseract-ocr-<lang>
 * packages (never committed, never downloaded at run time): word lists dropped where
 * DROP_WORD_LIST says, gzipped (tesseract.js unpacks them), cached in .cache/tessdata so
 * repeated builds do not redo the work.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DROP_WORD_LIST, OCR_MODELS } from '../src/ocr/models.ts';
import { debianPackages, tessdataDir } from '../src/ocr/node.ts';
import { withoutEntries } from '../src/ocr/traineddata.ts';

const CACHE = resolve(import.meta.dirname, '../.cache/tessdata');

export interface PreparedModel {
  code: string;
  /** The gzipped file to copy into the extension. */
  file: string;
  /** Where it goes in the extension. */
  dest: string;
}

/** Path inside the extension of a model file. */
export const modelDest = (code: string) => `ocr/tessdata/${code}.traineddata.gz`;

/** Every shipped model, prepared (or taken from the cache when its source has not changed). */
export function prepareTessdata(dir = tessdataDir()): PreparedModel[] {
  mkdirSync(CACHE, { recursive: true });
  return OCR_MODELS.map(({ code }) => {
    const src = join(dir, `${code}.traineddata`);
    if (!existsSync(src)) throw new Error(`OCR model ${src} is missing: apt-get install ${debianPackages().join(' ')}`);
    const st = statSync(src);
    const drop = DROP_WORD_LIST.includes(code);
    const stamp = `${st.size}:${st.mtimeMs}:${drop ? 'nowords' : 'all'}`;
    const file = join(CACHE, `${code}.traineddata.gz`);
    const stampFile = `${file}.stamp`;
    if (!existsSync(file) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
      let bytes: Uint8Array = new Uint8Array(readFileSync(src));
      if (drop) bytes = withoutEntries(bytes, ['lstm-word-dawg']);
      writeFileSync(file, gzipSync(bytes, { level: 9 }));
      writeFileSync(stampFile, stamp);
    }
    return { code, file, dest: modelDest(code) };
  });
}

/** tesseract.js's worker and its LSTM-only SIMD core (JS + wasm), copied beside the models. */
export const TESSERACT_FILES: readonly { src: string; dest: string }[] = [
  { src: 'node_modules/tesseract.js/dist/worker.min.js', dest: 'ocr/worker.min.js' },
  { src: 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.js', dest: 'ocr/tesseract-core-simd-lstm.js' },
  { src: 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm', dest: 'ocr/tesseract-core-simd-lstm.wasm' },
];

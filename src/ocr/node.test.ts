// The OCR on real images (test/fixtures/ocr, made by scripts/make-ocr-fixtures.ts) with
// Debian's models: .ci/run installs them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageError } from './image.ts';
import { createNodeImageReader, missingModels, readImageBytes, tessdataDir } from './node.ts';
import type { ImageReader } from './tesseract.ts';

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures/ocr');
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

describe('OCR in Node', () => {
  let reader: ImageReader;
  beforeAll(async () => {
    reader = await createNodeImageReader();
  });
  afterAll(async () => {
    await reader?.close();
  });

  it('has every model installed', () => {
    expect(missingModels(tessdataDir())).toEqual([]);
  });

  it('reads an English flyer with the English model alone', async () => {
    const r = await readImageBytes(reader, fixture('lure-en.png'));
    expect(r.models).toEqual(['eng']);
    expect(r.probed).toEqual([]);
    for (const s of ['URGENT HIRING', 'Cambodia', '$2000/month', 'Telegram @hr_job888']) expect(r.text).toContain(s);
    const w = r.words.find((x) => x.text === 'Cambodia');
    expect(w && r.text.slice(w.start, w.end)).toBe('Cambodia');
    expect(w?.bbox.x1).toBeGreaterThan(w?.bbox.x0 ?? Infinity);
  });

  it('finds the Thai model for a Thai flyer without a hint', async () => {
    const r = await readImageBytes(reader, fixture('lure-th.jpg'));
    expect(r.models).toContain('tha');
    expect(r.probed.length).toBeGreaterThan(5);
    expect(r.text).toContain('กัมพูชา');
    expect(r.text).toContain('Telegram');
  });

  it('refuses a corrupt image with a clear error', async () => {
    const png = fixture('lure-en.png');
    await expect(readImageBytes(reader, png.subarray(0, 30))).rejects.toThrow(ImageError);
    await expect(readImageBytes(reader, new TextEncoder().encode('<html>not an image</html>'))).rejects.toThrow(/not a PNG, JPEG or WebP/);
  });
});

/**
 * Reading images in an extension page (the check page, Chromium's offscreen OCR document,
 * Firefox's background page): decode into a canvas, scaled up when small, then read with the
 * packaged tesseract.js (browser.ts), one image at a time. tesseract.js and its models are
 * loaded by the first read, never before.
 */
import { isOcrImageDataUrl, type PostImage, type PostImageText } from '../shared/messages.ts';
import { imageInfo } from './image.ts';
import type { OcrResult } from './recognise.ts';

/** Text smaller than this is hard for the OCR: images narrower than this many pixels are scaled up first. */
const UPSCALE_BELOW = 900;

export interface Prepared {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
}

/** The image decoded into a canvas, scaled up when small (OCR word boxes are in the canvas's pixels). */
export async function prepareImage(blob: Blob): Promise<Prepared> {
  // A clear error for a corrupt or foreign file before the browser's decoder sees it.
  imageInfo(new Uint8Array(await blob.arrayBuffer()));
  const bitmap = await createImageBitmap(blob);
  const scale = bitmap.width < UPSCALE_BELOW ? Math.min(3, Math.ceil(UPSCALE_BELOW / bitmap.width)) : 1;
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width * scale;
  canvas.height = bitmap.height * scale;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return { canvas, width: canvas.width, height: canvas.height };
}

/** One image at a time through the OCR worker (it holds one set of models). */
let queue: Promise<unknown> = Promise.resolve();

export function readCanvas(canvas: HTMLCanvasElement, hints: readonly string[]): Promise<OcrResult> {
  const job = async () => {
    const [{ getBrowserImageReader }, { readImageText }] = await Promise.all([import('./browser.ts'), import('./recognise.ts')]);
    const reader = await getBrowserImageReader();
    return readImageText(reader.backendFor(canvas), { hints, width: canvas.width, height: canvas.height });
  };
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/** An image given as a data: URL (a post's image, copied by the content script): its text and the models used. */
export async function readDataUrl(dataUrl: string, hints: readonly string[]): Promise<{ text: string; models: string[] }> {
  if (!isOcrImageDataUrl(dataUrl)) throw new Error('not a PNG, JPEG or WebP data URL');
  const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  const { canvas } = await prepareImage(new Blob([bytes]));
  const result = await readCanvas(canvas, hints);
  return { text: result.text, models: result.models };
}

/** Several images one after another: each one's text and models, or the error that stopped it. */
export async function readDataUrls(images: readonly PostImage[], hints: readonly string[]): Promise<PostImageText[]> {
  const out: PostImageText[] = [];
  for (const img of images)
    out.push(await readDataUrl(img.dataUrl, hints).catch((err: unknown) => ({ error: err instanceof Error ? err.message : String(err) })));
  return out;
}

/**
 * "Read text in images of posts" (setting, off by default), the content script's side: which
 * images of a post are worth reading, copying them off the page, and asking the background to
 * read them one post at a time, posts near the screen first.
 *
 * What is read: on the social and chat surfaces (SOCIAL_SOURCES), the images of a post the
 * job-post gate accepted, and of a post with a short caption that is no job ad by its text
 * (extraction's `awaitingImages`); up to MAX_POST_IMAGES images a post, each drawn at least
 * MIN_DRAWN_PX on the page and MIN_NATURAL_PX in its own pixels (no avatars, emoji or icons).
 *
 * What cannot be read: an image served by another site without CORS (the canvas it is drawn on
 * is "tainted"; Facebook's, X's, Instagram's and LinkedIn's CDNs serve them so). Reading it would
 * mean fetching it again, a network request the extension never makes; such images are counted
 * as `crossOrigin` and left (the right-click "Check this image ad" still reads them, from a
 * screenshot). Images the page holds itself (Telegram Web's and WhatsApp Web's blob: images,
 * same-site and data: images) are read.
 */
import { MAX_POST_IMAGE_CHARS, MAX_POST_IMAGES, type PostImage, type PostImageText } from '../shared/messages.ts';
import type { PostingSource } from '../shared/types.ts';

/** Surfaces whose posts' images are read. */
export const SOCIAL_SOURCES: ReadonlySet<PostingSource> = new Set([
  'site:facebook',
  'site:x',
  'site:telegram-web',
  'site:linkedin',
  'site:instagram',
  'site:tiktok',
  'site:whatsapp',
  'site:zalo',
  'site:messenger',
]);

/** Smallest drawn size (CSS px, both sides) of an image worth reading: avatars and emoji are smaller. */
export const MIN_DRAWN_PX = 120;
/** Smallest size in the image's own pixels (both sides): a thumbnail smaller than this has no legible text. */
export const MIN_NATURAL_PX = 200;
/** Longest side of the copy sent for reading (a larger image is scaled down: the OCR reads it as well). */
export const MAX_COPY_SIDE = 2400;

/** The images of a post worth reading, in page order, at most MAX_POST_IMAGES (loaded or still loading). */
export function postImages(post: Element): HTMLImageElement[] {
  const out: HTMLImageElement[] = [];
  for (const img of Array.from(post.querySelectorAll('img')).slice(0, 60)) {
    if (img.closest('scam-job-radar-badge')) continue;
    const r = img.getBoundingClientRect();
    if (r.width < MIN_DRAWN_PX || r.height < MIN_DRAWN_PX) continue;
    if (img.complete && (img.naturalWidth < MIN_NATURAL_PX || img.naturalHeight < MIN_NATURAL_PX)) continue;
    out.push(img);
    if (out.length >= MAX_POST_IMAGES) break;
  }
  return out;
}

/** Why an image was not sent for reading. */
export type CopyFailure = 'crossOrigin' | 'notLoaded' | 'tooLarge' | 'tooSmall';

/** Resolves when the image has loaded (or failed), at most `ms` later. */
function loaded(img: HTMLImageElement, ms: number): Promise<void> {
  if (img.complete) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
    setTimeout(done, ms);
  });
}

/** The image copied through a canvas as a data: URL, or why it cannot be. */
export async function copyImage(img: HTMLImageElement): Promise<PostImage | CopyFailure> {
  await loaded(img, 5000);
  if (!img.complete || img.naturalWidth === 0) return 'notLoaded';
  if (img.naturalWidth < MIN_NATURAL_PX || img.naturalHeight < MIN_NATURAL_PX) return 'tooSmall';
  const scale = Math.min(1, MAX_COPY_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
  const canvas = img.ownerDocument.createElement('canvas');
  canvas.width = Math.round(img.naturalWidth * scale);
  canvas.height = Math.round(img.naturalHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return 'notLoaded';
  try {
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    // Throws SecurityError when the image came from another site without CORS.
    let dataUrl = canvas.toDataURL('image/png');
    // A PNG over the size the background takes goes as JPEG.
    if (dataUrl.length > MAX_POST_IMAGE_CHARS) dataUrl = canvas.toDataURL('image/jpeg', 0.92);
    return dataUrl.length > MAX_POST_IMAGE_CHARS ? 'tooLarge' : { dataUrl };
  } catch {
    return 'crossOrigin';
  }
}

/** What reading a post's images gave: their text (joined), how many were read, and why the others were not. */
export interface ImagesRead {
  text: string;
  read: number;
  skipped: Partial<Record<CopyFailure | 'failed', number>>;
}

/** The post's text with the text read from its images, after a blank line (an empty image text adds nothing). */
export function withImageText(text: string, imageText: string): string {
  const extra = imageText.trim();
  if (!extra) return text;
  return text.trim() ? `${text}\n\n${extra}` : extra;
}

/** Reads a post's images: copies them, sends them to the background, gathers the text. */
export async function readPostImages(images: readonly HTMLImageElement[], read: (images: PostImage[]) => Promise<PostImageText[]>): Promise<ImagesRead> {
  const skipped: ImagesRead['skipped'] = {};
  const copies: PostImage[] = [];
  for (const img of images) {
    const c = await copyImage(img);
    if (typeof c === 'string') skipped[c] = (skipped[c] ?? 0) + 1;
    else copies.push(c);
  }
  if (copies.length === 0) return { text: '', read: 0, skipped };
  const texts = await read(copies);
  const parts: string[] = [];
  let n = 0;
  for (const t of texts) {
    if ('error' in t) skipped.failed = (skipped.failed ?? 0) + 1;
    else {
      n++;
      if (t.text.trim()) parts.push(t.text.trim());
    }
  }
  return { text: parts.join('\n\n'), read: n, skipped };
}

/** The images' identity (their addresses), so a post the page draws again is not read twice. */
export function imagesKey(images: readonly HTMLImageElement[]): string {
  return images.map((i) => i.currentSrc || i.src).join('\n');
}

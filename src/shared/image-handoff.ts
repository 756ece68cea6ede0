/**
 * Hands an image ad from the context menu (background) to the check page: kept in session storage
 * (memory only, extension pages only, gone when the browser closes) under a random id that the
 * check page's URL carries, and deleted as soon as the page takes it.
 */
import { browser } from 'wxt/browser';

export interface ImageHandoff {
  /** The image (or a screenshot holding it) as a data: URL. */
  dataUrl: string;
  /** Part of the image to keep, in its pixels: set when `dataUrl` is a screenshot of the tab. */
  crop?: { x: number; y: number; width: number; height: number };
  /** The `lang` of the page the image was on, an OCR hint. */
  pageLang?: string;
  /** The image's own address, shown as its name. */
  srcUrl: string;
}

const PREFIX = 'imageAd:';
/** Session storage holds 10 MB in Chrome; a bigger image is refused rather than half stored. */
export const MAX_HANDOFF_CHARS = 9_000_000;

function randomId(): string {
  const b = crypto.getRandomValues(new Uint8Array(12));
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

export async function putImageHandoff(h: ImageHandoff): Promise<string> {
  if (h.dataUrl.length > MAX_HANDOFF_CHARS) throw new Error('image too large to hand over');
  if (!h.dataUrl.startsWith('data:image/')) throw new Error('not an image data URL');
  const id = randomId();
  await browser.storage.session.set({ [PREFIX + id]: h });
  return id;
}

/** The handoff with this id, removed from storage; null when there is none (taken already, or a made-up id). */
export async function takeImageHandoff(id: string): Promise<ImageHandoff | null> {
  if (!/^[0-9a-f]{24}$/.test(id)) return null;
  const key = PREFIX + id;
  const got = (await browser.storage.session.get(key))[key] as ImageHandoff | undefined;
  await browser.storage.session.remove(key);
  return got && typeof got.dataUrl === 'string' && got.dataUrl.startsWith('data:image/') ? got : null;
}

/** The check page's URL hash for a handoff id, and back. */
export const handoffHash = (id: string) => `#image=${id}`;
export function handoffIdFromHash(hash: string): string | null {
  const m = /^#image=([0-9a-f]{24})$/.exec(hash);
  return m ? (m[1] as string) : null;
}

/**
 * "Check this image ad": the right-clicked image goes to the check page, which reads it with OCR.
 * No host permission is needed or asked for: the menu click grants activeTab on the tab, so
 * 1. a function injected into the image's frame copies the image through a canvas (works for
 *    same-origin, CORS-enabled, data: and blob: images);
 * 2. when the page's image cannot be copied (a cross-origin image taints the canvas), the visible
 *    tab is captured (activeTab allows captureVisibleTab) and the check page crops it to the
 *    image's place on screen.
 * The image is handed over through session storage (src/shared/image-handoff.ts), never fetched
 * from the network by the extension.
 */
import { browser } from 'wxt/browser';
import { handoffHash, type ImageHandoff, MAX_HANDOFF_CHARS, putImageHandoff } from '../shared/image-handoff.ts';

/** What the injected function reports from the page. */
export interface GrabbedImage {
  dataUrl: string | null;
  /** The image's visible part, in device pixels of the viewport (for cropping a screenshot). */
  rect: { x: number; y: number; width: number; height: number } | null;
  lang: string;
}

/**
 * Runs in the page (serialised by executeScript: self-contained, no imports). Finds the image by
 * address and copies it through a canvas; reports where it is on screen for the screenshot path.
 */
export function grabImage(srcUrl: string, maxChars: number): GrabbedImage {
  const lang = document.documentElement.lang || '';
  const img = [...document.images].find((i) => i.currentSrc === srcUrl || i.src === srcUrl) ?? null;
  if (!img) return { dataUrl: null, rect: null, lang };
  const r = img.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const x0 = Math.max(0, r.left);
  const y0 = Math.max(0, r.top);
  const x1 = Math.min(window.innerWidth, r.right);
  const y1 = Math.min(window.innerHeight, r.bottom);
  const rect =
    x1 > x0 && y1 > y0 ? { x: Math.round(x0 * dpr), y: Math.round(y0 * dpr), width: Math.round((x1 - x0) * dpr), height: Math.round((y1 - y0) * dpr) } : null;
  let dataUrl: string | null = null;
  try {
    if (img.complete && img.naturalWidth > 0) {
      const scale = Math.min(1, 4000 / Math.max(img.naturalWidth, img.naturalHeight));
      const c = document.createElement('canvas');
      c.width = Math.round(img.naturalWidth * scale);
      c.height = Math.round(img.naturalHeight * scale);
      (c.getContext('2d') as CanvasRenderingContext2D).drawImage(img, 0, 0, c.width, c.height);
      // Throws SecurityError for a cross-origin image without CORS: the screenshot path takes over.
      dataUrl = c.toDataURL('image/png');
      if (dataUrl.length > maxChars) dataUrl = c.toDataURL('image/jpeg', 0.92);
      if (dataUrl.length > maxChars) dataUrl = null;
    }
  } catch {
    dataUrl = null;
  }
  return { dataUrl, rect, lang };
}

/** The image ad to hand over: the page's own copy, else a screenshot of the tab cropped to it. */
export async function captureImageAd(srcUrl: string, tab: { id: number; windowId: number }, frameId = 0): Promise<ImageHandoff> {
  let grabbed: GrabbedImage = { dataUrl: null, rect: null, lang: '' };
  try {
    const [res] = await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [frameId] }, func: grabImage, args: [srcUrl, MAX_HANDOFF_CHARS] });
    if (res?.result) grabbed = res.result as GrabbedImage;
  } catch {
    // A page the extension may not script (the store, browser pages): only the screenshot path is left.
  }
  const pageLang = grabbed.lang || undefined;
  if (grabbed.dataUrl) return { dataUrl: grabbed.dataUrl, srcUrl, ...(pageLang ? { pageLang } : {}) };
  const shot = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  // A rectangle measured inside a sub-frame is not the tab's: then the whole visible tab is read.
  const crop = frameId === 0 && grabbed.rect ? grabbed.rect : undefined;
  return { dataUrl: shot, srcUrl, ...(crop ? { crop } : {}), ...(pageLang ? { pageLang } : {}) };
}

/** Opens the check page on the image ad, next to the tab it came from. */
export async function openImageCheck(srcUrl: string, tab: { id: number; windowId: number; index?: number }, frameId = 0): Promise<void> {
  const id = await putImageHandoff(await captureImageAd(srcUrl, tab, frameId));
  await browser.tabs.create({
    url: `${browser.runtime.getURL('/check.html')}${handoffHash(id)}`,
    ...(tab.index === undefined ? {} : { index: tab.index + 1 }),
  });
}

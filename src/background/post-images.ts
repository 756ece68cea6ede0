/**
 * "Read text in images of posts" (off by default): the background reads the images a content
 * script copied from a post, within the CPU budget (read-budget.ts), and answers with their text.
 * Where the OCR runs:
 * - Chromium: a service worker cannot start the OCR's Web Worker, so an offscreen document
 *   (entrypoints/ocr-offscreen, reason WORKERS) does it; it is created for the first image and
 *   closes itself after POST_IMAGES_IDLE_MS without one (its renderer and models cost about 110 MB;
 *   the timer below is lost when Chrome stops the idle worker, the document's own is not).
 * - Firefox: the background is an event page with a document: it reads the images itself, and
 *   lets the reader go after the same idle time.
 * Nothing is fetched: the images arrive as data: URLs, the OCR's files are the extension's own.
 */
import { browser } from 'wxt/browser';
import { isOcrImageDataUrl, MAX_POST_IMAGE_CHARS, MAX_POST_IMAGES, POST_IMAGES_IDLE_MS, type PostImage, type PostImageText } from '../shared/messages.ts';
import { send } from '../shared/messaging.ts';
import type { Settings } from '../shared/settings.ts';
import { BudgetFullError, ReadBudget } from './read-budget.ts';

/** A post whose images are not read by then is answered with an error (the OCR is then restarted). */
const READ_TIMEOUT_MS = 90_000;

const OFFSCREEN_PATH = '/ocr-offscreen.html';

export interface OcrHost {
  read(images: PostImage[], hints: string[]): Promise<PostImageText[]>;
  close(): Promise<void>;
}

/** Chromium: the offscreen document reads; one is created when needed (also after the worker restarted and forgot it). */
function offscreenHost(): OcrHost {
  const offscreen = (browser as unknown as { offscreen: ChromeOffscreen }).offscreen;
  let creating: Promise<void> | null = null;
  const exists = async () => {
    const contexts = await (browser.runtime as unknown as RuntimeWithContexts).getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT'],
      documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH as '/popup.html')],
    });
    return contexts.length > 0;
  };
  const ensure = async () => {
    if (await exists()) return;
    creating ??= offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['WORKERS'],
        justification: 'Reads the text in images of job posts on this device (OCR in a Web Worker), when the user turned this on.',
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
  return {
    read: async (images, hints) => {
      await ensure();
      try {
        return (await send('ocr-read', { images, hints })).texts;
      } catch {
        // The document may have closed itself (idle) between the check and the message: once more.
        await ensure();
        return (await send('ocr-read', { images, hints })).texts;
      }
    },
    close: async () => {
      if (await exists()) await offscreen.closeDocument();
    },
  };
}

interface ChromeOffscreen {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface RuntimeWithContexts {
  getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
}

/** Firefox: the event page's own document reads, with the same code as the check page. */
function pageHost(): OcrHost {
  return {
    read: async (images, hints) => {
      const { readDataUrls } = await import('../ocr/page-reader.ts');
      return readDataUrls(images, hints);
    },
    close: async () => {
      const { closeBrowserImageReader } = await import('../ocr/browser.ts');
      await closeBrowserImageReader();
    },
  };
}

/**
 * The OCR's host for this browser. Decided at build time (WXT's `import.meta.env.FIREFOX`), so
 * that Chromium's service worker does not carry the reader it never runs (tesseract.js's wrapper,
 * which the background's single-file bundle would otherwise inline).
 */
export function defaultOcrHost(): OcrHost {
  return import.meta.env.FIREFOX ? pageHost() : offscreenHost();
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface PostImageDeps {
  getSettings: () => Promise<Pick<Settings, 'readPostImages'>>;
  host: OcrHost;
  budget: ReadBudget;
  /** Timers (tests pass fakes). */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

/** The 'read-post-images' handler: checks the setting and each image, reads within the budget, lets the OCR go when idle. */
export function createPostImageReader(deps: PostImageDeps) {
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  let idle: unknown;
  const restIdleTimer = () => {
    if (idle !== undefined) clearTimer(idle);
    idle = setTimer(() => {
      idle = undefined;
      if (deps.budget.pending === 0) void deps.host.close().catch(() => undefined);
    }, POST_IMAGES_IDLE_MS);
  };
  return async ({ images, hints }: { images: PostImage[]; hints: string[] }): Promise<{ texts: PostImageText[] }> => {
    if (!(await deps.getSettings()).readPostImages) throw new Error('Reading images in posts is switched off');
    if (!Array.isArray(images) || images.length === 0) return { texts: [] };
    const checked = images.map((img, i): PostImageText | null => {
      if (i >= MAX_POST_IMAGES) return { error: `only the first ${MAX_POST_IMAGES} images of a post are read` };
      const url = typeof img?.dataUrl === 'string' ? img.dataUrl : '';
      if (!isOcrImageDataUrl(url)) return { error: 'not a PNG, JPEG or WebP data URL' };
      if (url.length > MAX_POST_IMAGE_CHARS) return { error: 'image too large' };
      return null;
    });
    const toRead = images.filter((_, i) => checked[i] === null);
    const cleanHints = (Array.isArray(hints) ? hints : []).filter((h) => typeof h === 'string' && /^[A-Za-z-]{2,20}$/.test(h)).slice(0, 3);
    let texts: PostImageText[] = [];
    if (toRead.length > 0) {
      try {
        texts = await deps.budget.run(() => withTimeout(deps.host.read(toRead, cleanHints), READ_TIMEOUT_MS));
      } catch (err) {
        if (err instanceof BudgetFullError) throw err;
        // A stuck or crashed OCR: start afresh next time.
        await deps.host.close().catch(() => undefined);
        texts = toRead.map(() => ({ error: errorText(err) }));
      } finally {
        restIdleTimer();
      }
    }
    let k = 0;
    return { texts: checked.map((c) => c ?? texts[k++] ?? { error: 'no answer from the OCR' }) };
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = setTimeout(() => reject(new Error(`the OCR took longer than ${ms / 1000} s`)), ms);
    p.then(
      (v) => {
        clearTimeout(id);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(id);
        reject(e);
      },
    );
  });
}

/** The budget the extension uses: half of one core, four posts waiting at most. */
export function defaultReadBudget(): ReadBudget {
  return new ReadBudget({
    share: 0.5,
    maxWaiting: 4,
    now: () => performance.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  });
}

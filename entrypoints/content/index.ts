import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardContextAgainstPage } from '../../src/content/context-guard.ts';
import { testHooksOn } from '../../src/content/test-hooks.ts';
import { PageScanner, type ScanStats } from '../../src/content/scanner.ts';
import { PostImageQueue } from '../../src/content/post-image-queue.ts';
import type { ImagesRead } from '../../src/content/post-images.ts';
import { uiLang } from '../../src/shared/i18n.ts';
import { showCheckPanel } from '../../src/content/check-panel.ts';
import { postingText } from '../../src/detect/posting-text.ts';
import { postingAroundLink } from '../../src/extract/around-link.ts';
import { listen, send } from '../../src/shared/messaging.ts';
import { handleBadgeAction } from '../../src/content/badge-actions.ts';
import { chatAllowed, siteListed } from '../../src/shared/settings.ts';
import { applyUiLanguage } from '../../src/shared/ui-language.ts';
import { chooseReaderCountry } from '../../src/help/reader-country.ts';
import { DEFAULT_MATCHES, E2E_MATCHES, JOB_BOARD_HOSTS } from '../../src/shared/sites.ts';
import { DEFAULT_SETTINGS, getSettings } from '../../src/shared/storage.ts';

const LOADED_FLAG = '__scamJobRadarLoaded';

/** e2e build only: appends the scan's figures to `data-scam-job-radar-test-scans` (a JSON array) on <html>. */
function recordScanForTests(stats: ScanStats): void {
  const root = document.documentElement;
  const prev = JSON.parse(root.dataset.scamJobRadarTestScans ?? '[]') as ScanStats[];
  root.dataset.scamJobRadarTestScans = JSON.stringify([...prev, stats]);
}

/** e2e build only: appends each post's image-reading outcome to `data-scam-job-radar-test-images` (a JSON array) on <html>. */
function recordImagesForTests(outcome: ImagesRead): void {
  const root = document.documentElement;
  const prev = JSON.parse(root.dataset.scamJobRadarTestImages ?? '[]') as ImagesRead[];
  root.dataset.scamJobRadarTestImages = JSON.stringify([...prev, { read: outcome.read, skipped: outcome.skipped, chars: outcome.text.length }]);
}

/** Resolves once the document is parsed (at once if it already is). */
function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...DEFAULT_MATCHES, ...E2E_MATCHES] : DEFAULT_MATCHES,
  // At the start of the document, so that on a job board the background starts loading the model
  // while the page is still arriving; the first scan waits for the DOM (DOMContentLoaded), not for
  // the page's load event (on the saved LinkedIn list: 0.35–0.6 s against 1.1–1.5 s).
  runAt: 'document_start',
  // WXT's old "script started" window.postMessage told every page our extension id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Before anything else: a page must not be able to switch this script off (context-guard.ts).
    // WXT's own event name (a private static: the same string its listener uses).
    const startedEvent = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    guardContextAgainstPage(window, startedEvent, () => browser.runtime?.id != null);
    // The same script can arrive twice (automatic match + "Check this page"): run once per page.
    const g = globalThis as unknown as Record<string, boolean>;
    if (g[LOADED_FLAG]) return;
    g[LOADED_FLAG] = true;

    const scriptStart = performance.now();
    let settings = DEFAULT_SETTINGS;
    /** Set by the popup's "Check this page": the user asked, so even a chat that is off is read in this tab. */
    let asked = false;
    /** The exact score goes on the page only if the user allowed it (or the local-test build's hooks are on). */
    const exposeScore = () => settings.exposeScores || testHooksOn(document);
    // "Read text in images of posts" (off by default): the OCR runs in the background, never in the page.
    // (The benchmark's build without image ads leaves it out: wxt.config.ts.)
    const images = __SJR_NO_IMAGES__
      ? undefined
      : new PostImageQueue({
          enabled: () => settings.readPostImages,
          read: async (list) => (await send('read-post-images', { images: list, hints: [document.documentElement.lang, uiLang()].filter(Boolean) })).texts,
          onRead: (post) => scanner.reread(post),
          onOutcome: import.meta.env.MODE === 'e2e' ? recordImagesForTests : undefined,
        });
    const scanner = new PageScanner({
      images,
      doc: document,
      url: () => location.href,
      showLow: () => settings.showLowRiskBadges,
      // Private chats are read only when switched on (or when the user asks for this page).
      reads: (url) => asked || chatAllowed(settings, url),
      exposeScore,
      score: async (postings, pageUrl, append, replaces) => (await send('score-postings', { postings, pageUrl, append, replaces })).verdicts,
      // The local-test build leaves each scan's figures on the page for the e2e tests and the benchmark.
      onScan: import.meta.env.MODE === 'e2e' ? (stats) => recordScanForTests(stats) : undefined,
      report: (action, posting, verdict, pageUrl) => handleBadgeAction(send, action, posting, verdict, pageUrl),
    });
    /** Read this page without a click? Not where the user switched the site off, nor in a chat they did not switch on. */
    const readsByItself = (url: string) => !siteListed(settings.disabledSites, url) && chatAllowed(settings, url);
    let prepared = false;
    /** On a job board the model will be needed: have the background load it while the page loads and is read. */
    const prepareModel = () => {
      if (prepared || !siteListed(JOB_BOARD_HOSTS, location.href)) return;
      prepared = true;
      send('prepare-model', {}).catch(() => undefined);
    };
    // Settings and the chosen UI language, before any badge is drawn.
    const ready = (async () => {
      settings = await getSettings();
      // Nothing from the page goes with it, and a site the user switched off sends nothing.
      if (readsByItself(location.href)) prepareModel();
      chooseReaderCountry(settings.helpCountry);
      await applyUiLanguage(settings.uiLanguage, async (locale) => (await send('get-catalog', { locale })).catalog);
    })();
    let started = false;
    /** Starts scanning once (automatically, or on demand from the popup's "Check this page"); later calls re-scan. */
    const startScanning = async (): Promise<void> => {
      await ready;
      await domReady(document);
      if (started) return scanner.rescan();
      started = true;
      // The local-test build notes when this script started, for the cold-start benchmark.
      if (import.meta.env.MODE === 'e2e') document.documentElement.dataset.scamJobRadarTestStart = String(scriptStart);
      prepareModel();
      return scanner.start();
    };
    // Listen before any await: the background may message a freshly injected script at once.
    const unlisten = listen({
      'scan-now': () => {
        asked = true;
        void startScanning();
        return { ok: true };
      },
      'reveal-posting': ({ key }) => {
        const el = scanner.elementFor(key);
        el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
        return { ok: Boolean(el) };
      },
      'show-verdict': ({ verdict, text }) => {
        showCheckPanel(document, verdict, text, exposeScore());
        return { ok: true };
      },
      'check-link': async ({ url }) => {
        const posting = postingAroundLink(document, url, location.href);
        if (!posting) return { ok: false };
        const text = postingText(posting);
        const { verdict } = await send('check-text', { text });
        showCheckPanel(document, verdict, text, exposeScore());
        return { ok: true };
      },
    });
    await ready;
    // A single-page app may move between a chat and a feed (facebook.com/messages ↔ the feed). The
    // event can come before the address changes (Navigation API): the new one is in the event.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      if (started) scanner.schedule();
      else if (readsByItself(event.newUrl.href)) setTimeout(() => void startScanning(), 0);
    });
    ctx.onInvalidated(() => {
      scanner.stop();
      unlisten();
    });
    // Where the user switched this site off, or in a chat they did not switch on, nothing is read until they ask ("Check this page").
    if (readsByItself(location.href)) await startScanning();
  },
});

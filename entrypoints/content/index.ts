import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageScanner } from '../../src/content/scanner.ts';
import { isEnvelope } from '../../src/shared/messages.ts';
import { send } from '../../src/shared/messaging.ts';
import { DEFAULT_MATCHES, E2E_MATCHES } from '../../src/shared/sites.ts';
import { getSettings } from '../../src/shared/storage.ts';
import { browser } from 'wxt/browser';

const LOADED_FLAG = '__scamJobRadarLoaded';

export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...DEFAULT_MATCHES, ...E2E_MATCHES] : DEFAULT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // The same script can arrive twice (automatic match + "Check this page"): run once per page.
    const g = globalThis as unknown as Record<string, boolean>;
    if (g[LOADED_FLAG]) return;
    g[LOADED_FLAG] = true;

    const settings = await getSettings();
    const scanner = new PageScanner({
      doc: document,
      url: () => location.href,
      showLow: () => settings.showLowRiskBadges,
      score: async (postings, pageUrl, append) => (await send('score-postings', { postings, pageUrl, append })).verdicts,
    });
    browser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
      if (!isEnvelope(msg) || msg.type !== 'reveal-posting') return false;
      const { index } = msg.data as { index: number };
      const el = scanner.postings()[index]?.element;
      el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      sendResponse({ ok: Boolean(el) });
      return false;
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.schedule());
    ctx.onInvalidated(() => scanner.stop());
    await scanner.start();
  },
});

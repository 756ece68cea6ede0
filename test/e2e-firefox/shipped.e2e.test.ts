/**
 * The build that ships (.output/firefox-mv3), not the local-test one: its content script runs on
 * the default job boards only, so Firefox resolves one of them, www.kalibrr.com, to the test
 * server on 127.0.0.1 (network.dns.localDomains), and the model must load in the MV3 background
 * event page from the packaged files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeEngine } from '../../src/detect/node-engine.ts';
import { cliVerdicts, PASTED_LURE, verdictKey } from '../e2e/shared.ts';
import { attributeOf, badgeCount, badges, clickButton, shot, sleep, withFirefox } from './harness.ts';

const BOARD = 'www.kalibrr.com';
let cli: Promise<Record<string, string[]>>;
beforeAll(() => {
  cli = cliVerdicts(['lure-jsonld.html', 'genuine-jsonld.html']);
  cli.catch(() => undefined);
});
const env = withFirefox({
  build: 'shipped',
  prefs: {
    'network.dns.localDomains': BOARD,
    // Plain http to the test server, not an https upgrade.
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
    'network.stricttransportsecurity.preloadlist': false,
  },
});
const onBoard = (path: string) => `http://${BOARD}:${env.server.port}/${path}`;

describe('the shipped build in Firefox', () => {
  it('is granted its default sites at install, and nothing more', async () => {
    const { origins } = await env.ext.call((api) => api.permissions.getAll());
    expect(origins).toContain('*://*.kalibrr.com/*');
    expect(origins).not.toContain('http://127.0.0.1/*');
    expect(origins).not.toContain('*://*/*');
  });

  it('loads the model in the background event page and badges a job board with the CLI verdicts', async () => {
    const expected = await cli;
    const page = await env.ext.newPage();
    // A store build shows a page the tier only; the exact score needs the option for page tools.
    await page.goto(onBoard('pages/lure-jsonld.html'));
    const hidden = await badges(page, 1);
    expect(hidden.map((b) => b.risk)).toEqual(expected['lure-jsonld.html']?.map((k) => k.split(' ')[0]));
    expect(await attributeOf(page, '[data-scam-job-radar-risk]', 'data-scam-job-radar-score', 1000)).toBeNull();
    await env.ext.call(async (api) => {
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object), exposeScores: true } });
    });
    for (const name of ['lure-jsonld.html', 'genuine-jsonld.html']) {
      await page.goto(onBoard(`pages/${name}`));
      const got = (await badges(page, 1)).map((b) => verdictKey(b.risk, b.score));
      expect(got, name).toEqual(expected[name]);
    }
    await page.close();
    // The scores come from the engine in the background event page (the content script has none): it answers the popup's check too.
    const background = await env.ext.call(async (api) => ((await api.runtime.getBackgroundPage()) as Window | null)?.location.pathname ?? null);
    expect(background).toBe('/_generated_background_page.html');
    const { verdict } = await env.ext.call((api, text) => api.runtime.sendMessage({ sjr: 1, type: 'check-text', data: { text } }), PASTED_LURE);
    const node = await (await loadNodeEngine()).score({ text: PASTED_LURE });
    expect(verdictKey(verdict.risk, verdict.score)).toBe(verdictKey(node.risk, node.score));
  });

  it('runs nothing by itself on a site outside the defaults', async () => {
    const page = await env.ext.newPage();
    await page.goto(`${env.server.origin}/pages/lure-jsonld.html`);
    await sleep(2000);
    expect(await badgeCount(page)).toBe(0);
    await page.close();
  });

  it('checks such a site from the popup after a toolbar click (activeTab)', async (ctx) => {
    if (!env.ext.chromeOk) ctx.skip();
    const page = await env.ext.newPage();
    const target = `${env.server.origin}/pages/lure-jsonld.html?on-demand`;
    await page.goto(target);
    expect(await env.ext.toolbarClick(page)).toBe(target);
    // activeTab lets the extension read this tab's URL now.
    const popup = await env.ext.openPopup(await env.ext.tabIdOf(target));
    await popup.waitForSelector('main button', { timeout: 10_000 });
    expect(await clickButton(popup, /check this page/i)).toBe(true);
    const [badge] = await badges(page, 1, 15_000);
    expect(badge?.risk).toBe('high');
    expect(await attributeOf(popup, '.sjr-item', 'data-risk')).toBe('high');
    await popup.screenshot({ path: shot('popup-check-this-page'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('logs no script error from the extension', async () => {
    const errors = (await env.ext.extensionErrors()).filter((e) => e.level === 'error');
    expect(errors).toEqual([]);
  });
});

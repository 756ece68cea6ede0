/**
 * Private chats in the built extension, each page served at its real address by Playwright's
 * request interception (nothing goes to the network): WhatsApp Web, Zalo Web, Messenger on
 * messenger.com and on facebook.com/messages. Off by default: nothing is read there (no script
 * registered for the chat sites; on facebook.com, where the script runs anyway, no scan), until
 * the user switches the chat on in the options page; then each chat's job posts get badges,
 * the same ones the extractors find in Node. The local-test build holds the chat sites' host
 * permissions from the start (wxt.config.ts), since a test cannot click a permission prompt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { extractPostings } from '../../src/extract/index.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import type { TabResults } from '../../src/shared/messages.ts';
import { ROOT, scanLog, storeSettings, withExtension, withoutScripts } from './harness.ts';

const CHATS = [
  { id: 'whatsapp', name: 'WhatsApp Web', file: 'whatsapp-web-group.html', url: 'https://web.whatsapp.com/' },
  { id: 'zalo', name: 'Zalo', file: 'zalo-web-group.html', url: 'https://chat.zalo.me/' },
  { id: 'messenger', name: 'Messenger', file: 'messenger-thread.html', url: 'https://www.messenger.com/t/100090000000001/' },
  { id: 'messenger', name: 'Messenger', file: 'messenger-thread.html', url: 'https://www.facebook.com/messages/t/100090000000001/' },
] as const;

const env = withExtension((origin) => [origin, ...new Set(CHATS.map((c) => new URL(c.url).origin))]);

type ChromeApi = {
  storage: { session: { get(k: null): Promise<Record<string, unknown>> }; local: { get(k: string[]): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
};

const EN = JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const switchLabel = (name: string) => (EN.chatSiteExplain?.message ?? '').replace('$SITE$', name);

const pageHtml = (file: string) => withoutScripts(readFileSync(join(ROOT, 'test/fixtures/pages', file), 'utf8'));

/** Opens `url` with `html` as its page; every other request is refused. */
async function openAt(url: string, html: string): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.route('**/*', (route) =>
    route.request().url() === url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
  );
  await page.goto(url);
  return page;
}

async function chatScripts(): Promise<string[]> {
  const sw = await env.ext.serviceWorker();
  const all = await sw.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts());
  return all.map((s) => s.id).filter((id) => id.startsWith('sjr-chat-'));
}

async function tabResults(url: string): Promise<TabResults | null> {
  const sw = await env.ext.serviceWorker();
  return sw.evaluate(async (u) => {
    const all = await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get(null);
    return (Object.entries(all).find(([k, v]) => k.startsWith('tab:') && (v as TabResults).url === u)?.[1] ?? null) as TabResults | null;
  }, url);
}

describe('private chats', () => {
  afterEach(async () => {
    await storeSettings(env.ext);
    await expect.poll(chatScripts, { timeout: 10_000 }).toEqual([]);
  });

  it('are off by default: nothing is read on any chat page', async () => {
    await storeSettings(env.ext);
    expect(await chatScripts()).toEqual([]);
    for (const chat of CHATS) {
      const page = await openAt(chat.url, pageHtml(chat.file));
      // Long enough for a scan: on facebook.com the content script is there and would have scanned.
      await page.waitForTimeout(2500);
      expect(await scanLog(page), chat.url).toEqual([]);
      expect(await page.locator('scam-job-radar-badge').count(), chat.url).toBe(0);
      expect(await tabResults(page.url()), chat.url).toBeNull();
      await page.close();
    }
  });

  it('on facebook.com, a move from Messenger (off) to a group feed starts reading the feed', async () => {
    await storeSettings(env.ext);
    const page = await openAt('https://www.facebook.com/messages/t/100090000000001/', pageHtml('messenger-thread.html'));
    await page.waitForTimeout(1500);
    expect(await scanLog(page)).toEqual([]);
    const feed = /<body[^>]*>([\s\S]*)<\/body>/i.exec(pageHtml('facebook-group-feed.html'))?.[1] ?? '';
    // What the single-page app does: a new address and a new page body, without loading a page.
    await page.evaluate((body) => {
      history.pushState({}, '', '/groups/123/');
      document.body.innerHTML = body;
    }, feed);
    await page.waitForFunction(() => (document.documentElement.dataset.scamJobRadarTestScans ?? '').includes('"mode":"full"'), undefined, { timeout: 30_000 });
    const expected = extractPostings(parseHtml(pageHtml('facebook-group-feed.html')), 'https://www.facebook.com/groups/123/');
    expect(expected.length).toBeGreaterThan(0);
    expect((await scanLog(page))[0]?.extracted).toBe(expected.length);
    // And back to Messenger (still off): its messages are not read.
    const thread = /<body[^>]*>([\s\S]*)<\/body>/i.exec(pageHtml('messenger-thread.html'))?.[1] ?? '';
    const scansBefore = (await scanLog(page)).length;
    await page.evaluate((body) => {
      history.pushState({}, '', '/messages/t/100090000000001/');
      document.body.innerHTML = body;
    }, thread);
    await page.waitForTimeout(4000);
    expect((await scanLog(page)).slice(scansBefore).filter((s) => s.extracted > 0)).toEqual([]);
    expect(await page.locator('scam-job-radar-badge').count()).toBe(0);
    await page.close();
  });

  it('switched on in the options page, each chat is read at its own address', async () => {
    await storeSettings(env.ext);
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    for (const name of ['WhatsApp Web', 'Zalo', 'Messenger']) {
      const box = options.getByLabel(switchLabel(name));
      expect(await box.isChecked(), name).toBe(false);
      await box.check();
      await expect.poll(() => box.isChecked(), { timeout: 10_000 }).toBe(true);
    }
    const sw = await env.ext.serviceWorker();
    await expect
      .poll(
        async () =>
          (
            (await sw.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(['settings']))).settings as {
              chatSites?: string[];
            }
          )?.chatSites,
      )
      .toEqual(['whatsapp', 'zalo', 'messenger']);
    await expect.poll(async () => (await chatScripts()).sort(), { timeout: 10_000 }).toEqual(['sjr-chat-messenger', 'sjr-chat-whatsapp', 'sjr-chat-zalo']);

    for (const chat of CHATS) {
      const html = pageHtml(chat.file);
      const expected = extractPostings(parseHtml(html), chat.url);
      expect(expected.length, chat.url).toBe(2);
      const page = await openAt(chat.url, html);
      await page.waitForFunction(() => (document.documentElement.dataset.scamJobRadarTestScans ?? '').includes('"mode":"full"'), undefined, {
        timeout: 30_000,
      });
      expect((await scanLog(page))[0]?.extracted, chat.url).toBe(expected.length);
      const results = await tabResults(page.url());
      expect(
        (results?.scored ?? []).map((s) => s.posting.title ?? ''),
        chat.url,
      ).toEqual(expected.map((e) => e.title ?? ''));
      // The lure warns; the genuine ad does not.
      const risks = (results?.scored ?? []).map((s) => s.verdict.risk);
      expect(risks[0], chat.url).not.toBe('low');
      expect(risks[1], chat.url).toBe('low');
      await expect.poll(() => page.locator('scam-job-radar-badge[data-scam-job-radar-risk]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.close();
    }

    // Switched off again: the chat's script goes.
    const whatsapp = options.getByLabel(switchLabel('WhatsApp Web'));
    await whatsapp.uncheck();
    await expect.poll(async () => (await chatScripts()).sort(), { timeout: 10_000 }).toEqual(['sjr-chat-messenger', 'sjr-chat-zalo']);
    await options.close();
  });

  it("the popup offers the chat's switch on its page, with the plain explanation", async () => {
    await storeSettings(env.ext);
    const page = await openAt('https://web.whatsapp.com/', pageHtml('whatsapp-web-group.html'));
    const sw = await env.ext.serviceWorker();
    const tabId = await sw.evaluate(async (u) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({ url: u }))[0]?.id, page.url());
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
    const box = popup.getByLabel(switchLabel('WhatsApp Web'));
    await expect.poll(() => box.count(), { timeout: 10_000 }).toBe(1);
    expect(await box.isChecked()).toBe(false);
    // No "On for this site" switch: a chat has only its own.
    expect(await popup.locator('.sjr-site-toggle').count()).toBe(0);
    await box.check();
    await expect.poll(async () => (await chatScripts()).sort(), { timeout: 10_000 }).toEqual(['sjr-chat-whatsapp']);
    // Reload to apply: the page is read.
    await popup.getByRole('button', { name: EN.popupSiteReload?.message ?? '' }).click();
    await page.waitForFunction(() => (document.documentElement.dataset.scamJobRadarTestScans ?? '').includes('"mode":"full"'), undefined, { timeout: 30_000 });
    expect((await scanLog(page))[0]?.extracted).toBe(2);
    await page.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('"Check this page" in the popup reads a chat that is off, when the user asks', async () => {
    await storeSettings(env.ext);
    const page = await openAt('https://chat.zalo.me/', pageHtml('zalo-web-group.html'));
    await page.waitForTimeout(1000);
    expect(await scanLog(page)).toEqual([]);
    const sw = await env.ext.serviceWorker();
    const tabId = await sw.evaluate(async (u) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({ url: u }))[0]?.id, page.url());
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: EN.popupCheckPage?.message ?? '' }).click();
    await page.waitForFunction(() => (document.documentElement.dataset.scamJobRadarTestScans ?? '').includes('"mode":"full"'), undefined, { timeout: 30_000 });
    expect((await scanLog(page))[0]?.extracted).toBe(2);
    // Asking once is not switching the chat on.
    expect(await chatScripts()).toEqual([]);
    await popup.close();
    await page.close();
  });
});

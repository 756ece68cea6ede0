import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, withExtension } from './harness.ts';

const env = withExtension();

type Catalog = Record<string, { message: string }>;
const EN = JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales/en/messages.json'), 'utf8')) as Catalog;
const en = (key: string) => EN[key]?.message ?? key;

type ChromeApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };

const tabIds = async (): Promise<number[]> =>
  (await env.ext.serviceWorker()).evaluate(async () =>
    (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );

/** A new tab at `url` and its id (found by elimination: without the "tabs" permission the extension cannot see a chrome:// tab's URL). */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds());
  const page = await env.ext.context.newPage();
  await page.goto(url);
  const [tabId] = (await tabIds()).filter((id) => !before.has(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId };
}

/** The popup for that tab, after pressing "Check this page": the alert it shows. */
async function checkThisPage(tabId: number): Promise<{ popup: Page; alert: string }> {
  const popup = await env.ext.context.newPage();
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: en('popupCheckPage') }).click();
  const alert = popup.getByRole('alert');
  await alert.waitFor({ timeout: 10_000 });
  return { popup, alert: (await alert.textContent()) ?? '' };
}

describe('"Check this page" where it cannot work', () => {
  it('says that browser pages are off limits, and what to do instead', async () => {
    const { page, tabId } = await openTab('chrome://version');
    const { popup, alert } = await checkThisPage(tabId);
    expect(alert).toBe(en('popupScanRestricted'));
    expect(alert).toMatch(/off limits/);
    // The popup still works for pasted text: the advice can be followed.
    expect(await popup.locator('#sjr-paste').isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('shows the browser’s reason and suggests a reload where the page failed otherwise', async () => {
    const { page, tabId } = await openTab('data:text/html,<title>ad</title><p>Customer service job, Telegram @hr only.</p>');
    const { popup, alert } = await checkThisPage(tabId);
    const [before, after] = en('popupScanFailed').split('$ERROR$');
    expect(alert.startsWith(before as string)).toBe(true);
    expect(alert.endsWith(after as string)).toBe(true);
    expect(alert.length).toBeGreaterThan((before as string).length + (after as string).length); // the browser's reason is in it
    await popup.close();
    await page.close();
  });
});

/**
 * Firefox with the extension's host permissions withheld, as when the user declines them or
 * switches a site off in Firefox's Extensions panel or about:addons (here for every site, with
 * extensions.originControls.grantByDefault=false). Nothing may run there by itself, and the
 * popup and the options page must say so and offer to allow the site.
 */
import { describe, expect, it } from 'vitest';
import { badgeCount, badges, scanLog, shot, sleep, withFirefox } from './harness.ts';

const env = withFirefox({ prefs: { 'extensions.originControls.grantByDefault': false } });
const granted = async () => (await env.ext.call((api) => api.permissions.getAll())).origins ?? [];

describe('Firefox with the host permissions withheld', () => {
  it('grants no host permission at install', async () => {
    expect(await granted()).toEqual([]);
  });

  it('runs nothing on a withheld site: no badge, no scan', async () => {
    const page = await env.ext.newPage();
    await page.goto(`${env.server.origin}/pages/lure-jsonld.html`);
    await sleep(3000);
    expect(await badgeCount(page)).toBe(0);
    expect(await scanLog(page)).toBeNull();
    // The background may not inject there either.
    const tabId = await env.ext.call(async (api) =>
      Math.max(...(await api.tabs.query({})).filter((t) => !t.url?.startsWith('moz-extension:')).map((t) => t.id ?? 0)),
    );
    const res = await env.ext.call((api, id) => api.runtime.sendMessage({ sjr: 1, type: 'scan-tab', data: { tabId: id } }).catch(() => ({ ok: false })), tabId);
    expect(res?.ok).toBe(false);
    await sleep(500);
    expect(await badgeCount(page)).toBe(0);
    await page.close();
  });

  it('says so in the popup after a toolbar click, instead of "On for this site"', async (ctx) => {
    if (!env.ext.chromeOk) ctx.skip();
    const page = await env.ext.newPage();
    const target = `${env.server.origin}/pages/lure-jsonld.html?clicked`;
    await page.goto(target);
    // The click lets Firefox run the withheld content script on this one tab.
    expect(await env.ext.toolbarClick(page)).toBe(target);
    const [badge] = await badges(page, 1, 15_000);
    expect(badge?.risk).toBe('high');
    const popup = await env.ext.openPopup(await env.ext.tabIdOf(target));
    const site = await popup.waitForSelector('.sjr-site', { timeout: 10_000 });
    expect(await site?.evaluate((e) => e.getAttribute('data-allowed'))).toBe('false');
    expect(await popup.$('.sjr-site-toggle')).toBeNull();
    expect(await popup.$eval('.sjr-site', (e) => e.textContent ?? '')).toMatch(/not allowed/i);
    await popup.screenshot({ path: shot('popup-withheld'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('"Allow on this site" in the popup asks Firefox from the click; the site then runs by itself', async (ctx) => {
    if (!env.ext.chromeOk) ctx.skip();
    const page = await env.ext.newPage();
    const target = `${env.server.origin}/pages/genuine-jsonld.html?allow`;
    await page.goto(target);
    await env.ext.toolbarClick(page);
    await badges(page, 1, 15_000);
    const popup = await env.ext.openPopup(await env.ext.tabIdOf(target));
    await popup.waitForSelector('.sjr-site-allow', { timeout: 10_000 });
    await popup.click('.sjr-site-allow');
    await expect.poll(granted, { timeout: 5000 }).toContain('http://127.0.0.1/*');
    await popup.waitForSelector('.sjr-site-toggle[data-state="on"]', { timeout: 5000 });
    await popup.close();
    const fresh = await env.ext.newPage();
    await fresh.goto(`${env.server.origin}/pages/lure-jsonld.html?allowed`);
    const [badge] = await badges(fresh, 1, 20_000);
    expect(badge?.risk).toBe('high');
    await fresh.close();
    await page.close();
  });

  it('shows withheld default sites unticked in the options, and ticking one asks Firefox for it', async () => {
    const options = await env.ext.openExtensionPage('options.html', { width: 1000, height: 900 });
    const box = 'li[data-site="kalibrr.com"] input[type=checkbox]';
    await options.waitForSelector(box, { timeout: 10_000 });
    await sleep(500);
    expect(await options.$eval(box, (b) => (b as HTMLInputElement).checked)).toBe(false);
    expect(await options.$eval('li[data-site="kalibrr.com"]', (li) => li.getAttribute('data-allowed'))).toBe('false');
    await options.screenshot({ path: shot('options-withheld'), fullPage: true });
    await options.click(box);
    await expect.poll(granted, { timeout: 5000 }).toContain('*://*.kalibrr.com/*');
    await expect.poll(() => options.$eval(box, (b) => (b as HTMLInputElement).checked), { timeout: 5000 }).toBe(true);
    // Other withheld sites stay as they were.
    expect(await options.$eval('li[data-site="linkedin.com"] input[type=checkbox]', (b) => (b as HTMLInputElement).checked)).toBe(false);
    await options.close();
  });

  it('logs no script error from the extension', async () => {
    const errors = (await env.ext.extensionErrors()).filter((e) => e.level === 'error');
    expect(errors).toEqual([]);
  });
});

/**
 * Hardening against busy and hostile pages (issue 15): a page that never stops changing, a
 * feed longer than one scan reads, a page that tries to switch the content script off, to press
 * the badge's buttons, or to read what the badge knows.
 */
import { describe, expect, it } from 'vitest';
import { scanLog, withExtension } from './harness.ts';

const env = withExtension();

const riskOf = (page: import('playwright-core').Page, sel: string) =>
  page.evaluate((s) => document.querySelector(s)?.getAttribute('data-scam-job-radar-risk') ?? null, sel);

describe('busy pages', () => {
  it('re-scans a page whose clock changes it every 100 ms', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/ticking-feed.html?lureAt=2000`);
    // The lure arrives at 2 s; the clock never lets the page be quiet for 600 ms.
    await expect.poll(() => riskOf(page, '#lure scam-job-radar-badge'), { timeout: 12_000, interval: 250 }).toBe('high');
    await page.close();
  });

  it('reads the postings past the first 1,000 of a long feed', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/long-feed.html?n=1100`);
    await expect.poll(() => riskOf(page, '#lure scam-job-radar-badge'), { timeout: 60_000, interval: 500 }).toBe('high');
    expect(await page.locator('article:not(:has(scam-job-radar-badge))').count()).toBe(0);
    const scans = await scanLog(page);
    expect(scans[0]).toMatchObject({ mode: 'full', extracted: 1000 });
    expect(scans.slice(1).reduce((n, s) => n + s.extracted, 0)).toBe(101);
    await page.close();
  }, 90_000);
});

/** Adds a lure to the page's feed, as the page's own script would. */
const addLure = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const a = document.createElement('article');
    a.id = 'lure';
    const h = document.createElement('h2');
    h.textContent = 'Online Chat Support – Myawaddy';
    const p = document.createElement('p');
    p.textContent =
      'Chat support staff wanted for our company in Myawaddy. Salary USD 2,000/month, free flight, visa, food and room. No experience, only typing. Cross from Mae Sot with our driver. Contact Telegram @mw_support_hr only.';
    a.append(h, p);
    document.getElementById('feed')?.append(a);
  });

describe('hostile pages', () => {
  it("cannot switch the content script off with WXT's 'content script started' event", async () => {
    const page = await env.ext.context.newPage();
    const posted: unknown[] = [];
    await page.exposeFunction('sjrPosted', (d: unknown) => posted.push(d));
    await page.addInitScript(() => addEventListener('message', (e) => (window as unknown as { sjrPosted(d: unknown): void }).sjrPosted(e.data)));
    await page.goto(`${env.server.origin}/pages/ticking-feed.html?lureAt=600000`);
    await page.waitForFunction(() => document.querySelectorAll('scam-job-radar-badge[data-scam-job-radar-risk]').length >= 2, undefined, { timeout: 30_000 });
    // The script no longer announces itself (and our extension id) to the page.
    expect(JSON.stringify(posted)).not.toContain(env.ext.extensionId);
    // The page knows (or guesses) the name and fires the event as a newer copy of the script would.
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'spoof' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'spoof' }, '*');
    }, env.ext.extensionId);
    await addLure(page);
    await expect.poll(() => riskOf(page, '#lure scam-job-radar-badge'), { timeout: 10_000, interval: 250 }).toBe('high');
    await page.close();
  });
});

/**
 * Hardening against busy and hostile pages (issue 15): a page that never stops changing, a
 * feed longer than one scan reads, a page that tries to switch the content script off, to press
 * the badge's buttons, or to read what the badge knows.
 */
import { describe, expect, it } from 'vitest';
import { scanLog, storeSettings, withExtension } from './harness.ts';
import { TEST_HOOKS_ATTR } from './shared.ts';

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

/** A page as the store build sees it: the harness's test hooks (open roots, exact scores) removed. */
async function storeView(): Promise<import('playwright-core').Page> {
  const page = await env.ext.context.newPage();
  await page.addInitScript((attr) => {
    new MutationObserver((_, o) => {
      if (!document.documentElement) return;
      o.disconnect();
      queueMicrotask(() => document.documentElement.removeAttribute(attr));
    }).observe(document, { childList: true });
  }, TEST_HOOKS_ATTR);
  return page;
}

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

  it("keeps the badge's Shadow DOM closed to the page", async () => {
    const page = await storeView();
    await page.goto(`${env.server.origin}/pages/employer-lure-jsonld.html`);
    await page.waitForSelector('scam-job-radar-badge[data-scam-job-radar-risk="high"]', { timeout: 30_000 });
    expect(await page.evaluate((attr) => document.documentElement.hasAttribute(attr), TEST_HOOKS_ATTR)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('scam-job-radar-badge')?.shadowRoot === null)).toBe(true);
    // The user still reaches it: Tab moves focus into the closed root, Enter opens the panel.
    const host = page.locator('scam-job-radar-badge').first();
    const before = (await host.boundingBox())?.height ?? 0;
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.tagName === 'SCAM-JOB-RADAR-BADGE')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SCAM-JOB-RADAR-BADGE');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await host.boundingBox())?.height ?? 0).toBeGreaterThan(before + 20);
    await page.close();
  });

  it("ignores a page script's clicks on the badge's trust and report buttons; the user's click works", async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/employer-lure-jsonld.html`);
    await page.waitForSelector('scam-job-radar-badge[data-scam-job-radar-risk="high"]', { timeout: 30_000 });
    await page.locator('scam-job-radar-badge .sjr-pill').first().click();
    const stored = async () => {
      const sw = await env.ext.serviceWorker();
      return sw.evaluate(async () =>
        JSON.stringify(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null)),
      );
    };
    const before = await stored();
    // The page presses every action button from script (click() and a synthetic event).
    await page.evaluate(() => {
      const root = document.querySelector('scam-job-radar-badge')?.shadowRoot;
      for (const b of Array.from(root?.querySelectorAll<HTMLButtonElement>('.sjr-trust-btn, .sjr-report-btn') ?? [])) {
        b.click();
        b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(1000);
    expect(await page.locator('scam-job-radar-badge .sjr-trust-saved, scam-job-radar-badge .sjr-report-saved').count()).toBe(0);
    expect(await stored()).toBe(before);
    expect(before.toLowerCase()).not.toContain('golden star');
    // The user's own click is obeyed.
    await page.locator('scam-job-radar-badge .sjr-trust-btn[data-kind="employer"]').click();
    await page.locator('scam-job-radar-badge .sjr-trust-saved').waitFor({ timeout: 5000 });
    await expect.poll(async () => (await stored()).toLowerCase()).toContain('golden star');
    await page.close();
  });

  it('shows a page the risk tier only; the exact score only when the user turns it on', async () => {
    const page = await storeView();
    await page.goto(`${env.server.origin}/pages/lure-jsonld.html`);
    await page.waitForSelector('scam-job-radar-badge[data-scam-job-radar-risk="high"]', { timeout: 30_000 });
    expect(await page.evaluate(() => document.querySelector('scam-job-radar-badge')?.hasAttribute('data-scam-job-radar-score'))).toBe(false);
    // Options → "Expose exact scores to page tools" (off by default).
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    const box = options.locator('input.sjr-expose-scores');
    expect(await box.isChecked()).toBe(false);
    expect(await options.locator('label:has(input.sjr-expose-scores)').innerText()).toContain('Expose exact scores to page tools');
    await box.check();
    const sw = await env.ext.serviceWorker();
    const stored = () =>
      sw.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { exposeScores?: boolean }>> } } } })
          .chrome;
        return (await api.storage.local.get('settings')).settings?.exposeScores;
      });
    await expect.poll(stored).toBe(true);
    await options.close();
    await page.reload();
    await page.waitForSelector('scam-job-radar-badge[data-scam-job-radar-risk="high"]', { timeout: 30_000 });
    expect(await page.evaluate(() => document.querySelector('scam-job-radar-badge')?.getAttribute('data-scam-job-radar-score'))).toMatch(
      /^0\.\d{4}$|^1\.0000$/,
    );
    await storeSettings(env.ext, {});
    await page.close();
  });
});

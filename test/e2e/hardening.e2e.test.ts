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

/**
 * Memory on a feed that removes old posts (issue 15): after 1,200 posts, with 80 on the page,
 * the content script must not hold on to the ones the page removed (their elements, badges,
 * evidence marks). The same page is run twice in the same browser: on localhost, where the
 * extension does not act by itself (sites.ts E2E_ON_DEMAND_HOSTS), as the baseline; on
 * 127.0.0.1, where it reads and badges every post. After a forced garbage collection, the
 * renderer's live DOM nodes are compared.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scanLog, withExtension } from './harness.ts';

const env = withExtension((origin) => [origin.replace('127.0.0.1', 'localhost')]);

const TOTAL = 1200;
const KEEP = 80;
/** Retained nodes with the extension, at most this many times the baseline's. */
const MAX_RATIO = 1.5;

interface FeedOptions {
  total: number;
  batch: number;
  keep: number;
  waitForBadges: boolean;
}

/** Runs the page's feed, collects garbage and returns the renderer's live DOM nodes. */
async function runAndCount(page: Page, opts: FeedOptions): Promise<{ nodes: number; onPage: number }> {
  const result = await page.evaluate((o) => (window as unknown as { runFeed(o: FeedOptions): Promise<{ made: number; onPage: number }> }).runFeed(o), opts);
  expect(result.made).toBe(opts.total);
  const cdp = await page.context().newCDPSession(page);
  // Past the debounce of a last re-scan (removals alone may schedule one), then collect.
  await page.waitForTimeout(2500);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { nodes } = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
  await cdp.detach();
  return { nodes, onPage: result.onPage };
}

describe('a feed that removes old posts', () => {
  it('releases what belonged to the removed posts', async () => {
    const started = Date.now();
    const opts = { total: TOTAL, batch: 40, keep: KEEP };

    const plain = await env.ext.context.newPage();
    await plain.goto(`${env.server.origin.replace('127.0.0.1', 'localhost')}/pages/recycling-feed.html`);
    const baseline = await runAndCount(plain, { ...opts, waitForBadges: false });
    // The extension did not act there.
    expect(await plain.locator('scam-job-radar-badge').count()).toBe(0);
    await plain.close();

    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/recycling-feed.html`);
    const withExt = await runAndCount(page, { ...opts, waitForBadges: true });
    expect(withExt.onPage).toBe(KEEP);
    expect(await page.locator('article scam-job-radar-badge[data-scam-job-radar-risk]').count()).toBe(KEEP);
    expect(await page.locator('article:has(scam-job-radar-badge[data-scam-job-radar-risk="high"])').count()).toBe(KEEP / 5);
    // Every post was read before the page removed it.
    const read = (await scanLog(page)).reduce((n, s) => n + s.extracted, 0);
    expect(read).toBeGreaterThanOrEqual(TOTAL);
    await page.close();

    console.log(
      `feed-memory: DOM nodes after GC, baseline ${baseline.nodes}, with the extension ${withExt.nodes} (${(withExt.nodes / baseline.nodes).toFixed(2)}x); ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(withExt.nodes).toBeLessThanOrEqual(baseline.nodes * MAX_RATIO);
  }, 90_000);
});

/**
 * The content script on every saved and hand-written site page, at the page's own URL: the
 * page is served by Playwright's request interception (nothing goes to the network), so the
 * extension runs there exactly as it would on the real site — same matches, same adapter.
 * It must find what the extractors find on the same document in Node (whose counts and titles
 * the unit tests assert).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPostings } from '../../src/extract/index.ts';
import { OWN_SITE_PAGES, SHARED_CASES } from '../../src/extract/fixture-cases.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { OWN_PAGES, SHARED_PAGES } from '../../src/extract/test-helpers.ts';
import type { TabResults } from '../../src/shared/messages.ts';
import { DEFAULT_MATCHES } from '../../src/shared/sites.ts';
import { scanLog, withExtension, withoutScripts } from './harness.ts';

/** Does the extension run on this URL by default (DEFAULT_MATCHES)? */
function runsByDefault(url: string): boolean {
  const host = new URL(url).hostname;
  return DEFAULT_MATCHES.some((m) => {
    const pattern = /^\*:\/\/(\*\.)?([^/]+)\//.exec(m);
    if (!pattern) return false;
    const domain = pattern[2] as string;
    return host === domain || (Boolean(pattern[1]) && host.endsWith(`.${domain}`));
  });
}

const PAGES = [
  ...SHARED_CASES.map((c) => ({ path: fileURLToPath(new URL(c.file, SHARED_PAGES)), file: c.file, url: c.url, count: c.count as number | undefined })),
  ...OWN_SITE_PAGES.map((c) => ({ path: fileURLToPath(new URL(c.file, OWN_PAGES)), file: c.file, url: c.url, count: undefined })),
].filter((p) => runsByDefault(p.url));

const env = withExtension((origin) => [origin, ...PAGES.map((p) => new URL(p.url).origin)]);

type ChromeApi = { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };

describe('the content script on saved site pages, at their own URLs', () => {
  it('covers the default sites', () => {
    const hosts = new Set(PAGES.map((p) => new URL(p.url).hostname.replace(/^(www|my|hk|id|it|mbasic|web)\./, '')));
    for (const h of [
      'linkedin.com',
      'indeed.com',
      'jobstreet.com',
      'jobsdb.com',
      'glints.com',
      'topcv.vn',
      'kalibrr.com',
      'facebook.com',
      'x.com',
      't.me',
      'telegram.org',
      'tiktok.com',
      'instagram.com',
    ])
      expect(hosts, h).toContain(h);
  });

  for (const p of PAGES) {
    it(`${p.file} at ${p.url}`, async () => {
      const html = withoutScripts(readFileSync(p.path, 'utf8'));
      const expected = extractPostings(parseHtml(html), p.url);
      if (p.count !== undefined) expect(expected).toHaveLength(p.count);

      const page = await env.ext.context.newPage();
      const target = p.url.replace(/#.*$/, '');
      await page.route('**/*', (route) =>
        route.request().url() === target ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
      );
      await page.goto(p.url);
      await page.waitForFunction(() => (document.documentElement.dataset.scamJobRadarTestScans ?? '').includes('"mode":"full"'), undefined, {
        timeout: 30_000,
      });
      const [scan] = await scanLog(page);
      expect(scan?.extracted).toBe(expected.length);

      const sw = await env.ext.serviceWorker();
      // The extension may not read these tabs' URLs (no host permission): find the results by page URL.
      const results = await sw.evaluate(async (url) => {
        const all = await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get(null);
        return (Object.entries(all).find(([k, v]) => k.startsWith('tab:') && (v as TabResults).url === url)?.[1] ?? null) as TabResults | null;
      }, page.url());
      const got = (results?.scored ?? []).map((s) => s.posting.title ?? '');
      expect(got).toEqual(expected.map((e) => e.title ?? ''));
      if (expected.length > 0) expect(await page.locator('scam-job-radar-badge').count()).toBeGreaterThan(0);
      await page.close();
    });
  }
});

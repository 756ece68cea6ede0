/**
 * TikTok and Instagram in the built extension, on by default like Facebook and X: each page is
 * served at its real address by Playwright's request interception (nothing goes to the network).
 * A video's caption and comments, and post captions, are read; the lures warn and the genuine
 * ads stay low, with the badges on the page next to each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TabResults } from '../../src/shared/messages.ts';
import { ROOT, storeSettings, withExtension, withoutScripts } from './harness.ts';

const PAGES = [
  {
    file: 'tiktok-video.html',
    url: 'https://www.tiktok.com/@jobs.abroad.th/video/7441234567890123456',
    // the Thai caption lure, the Chinese comment lure, the genuine barista comment
    risks: ['high', 'high', 'low'],
    badgeIn: ['[data-e2e="browse-video-desc"]', '[data-e2e="comment-level-1"]'],
  },
  { file: 'instagram-post.html', url: 'https://www.instagram.com/p/C9xAbCdEfGh/', risks: ['high'], badgeIn: ['h1'] },
  { file: 'instagram-feed.html', url: 'https://www.instagram.com/', risks: ['high', 'low'], badgeIn: ['article'] },
] as const;

const env = withExtension((origin) => [origin, 'https://www.tiktok.com', 'https://www.instagram.com']);

type ChromeApi = { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };

describe('TikTok and Instagram, at their own addresses', () => {
  for (const p of PAGES) {
    it(`${p.file}: lures warn, genuine ads stay low`, async () => {
      await storeSettings(env.ext);
      const html = withoutScripts(readFileSync(join(ROOT, 'test/fixtures/pages', p.file), 'utf8'));
      const page = await env.ext.context.newPage();
      await page.route('**/*', (route) =>
        route.request().url() === p.url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
      );
      await page.goto(p.url);
      await expect.poll(() => page.locator('scam-job-radar-badge[data-scam-job-radar-risk]').count(), { timeout: 30_000 }).toBe(p.risks.length);
      const sw = await env.ext.serviceWorker();
      const results = await sw.evaluate(async (url) => {
        const all = await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get(null);
        return (Object.entries(all).find(([k, v]) => k.startsWith('tab:') && (v as TabResults).url === url)?.[1] ?? null) as TabResults | null;
      }, page.url());
      expect((results?.scored ?? []).map((s) => s.verdict.risk)).toEqual([...p.risks]);
      // Each badge sits with the block it speaks for (inside it, or just before or after it).
      const placed = await page.evaluate(
        (selectors) =>
          Array.from(document.querySelectorAll('scam-job-radar-badge')).map((b) =>
            selectors.some((sel) => b.closest(sel) || b.previousElementSibling?.matches(sel) || b.nextElementSibling?.matches(sel)),
          ),
        [...p.badgeIn],
      );
      expect(placed.every(Boolean)).toBe(true);
      await page.close();
    });
  }
});

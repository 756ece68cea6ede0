/**
 * Issue 14, in Chromium with the built extension, at the pages' real addresses (served by
 * request interception): job posts with no English or Latin-script cue are read and badged.
 * - t.me/s/<channel>: a Chinese and a Japanese lure get a warning; the genuine Japanese BPO
 *   ad written as labelled fields is read too (a low-risk badge);
 * - a Facebook group feed: the English lure is warned about and the genuine ad written only
 *   as "Job Title: … Company: … Location: … Job Type: …" is read as a posting, not skipped.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OWN_PAGES } from '../../src/extract/test-helpers.ts';
import { withExtension, withoutScripts } from './harness.ts';

const CASES = [
  {
    file: 'telegram-channel-cjk.html',
    url: 'https://t.me/s/kaigai_shigoto_demo',
    // per post, in page order: is it warned about (medium or high)?
    warned: [true, true, false],
  },
  { file: 'facebook-group-structured.html', url: 'https://www.facebook.com/groups/777/', warned: [true, false] },
];

const env = withExtension((origin) => [origin, ...CASES.map((c) => new URL(c.url).origin)]);

describe('the job-post gate in the browser (issue 14)', () => {
  for (const c of CASES) {
    it(`${c.file} at ${c.url}: every job post is read, the lures are warned about`, async () => {
      const html = withoutScripts(readFileSync(fileURLToPath(new URL(c.file, OWN_PAGES)), 'utf8'));
      const page = await env.ext.context.newPage();
      await page.route('**/*', (route) =>
        route.request().url() === c.url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
      );
      await page.goto(c.url);
      await page.waitForFunction((n) => document.querySelectorAll('scam-job-radar-badge[data-scam-job-radar-risk]').length >= n, c.warned.length, {
        timeout: 30_000,
      });
      const badges = await page.$$eval('scam-job-radar-badge[data-scam-job-radar-risk]', (els) =>
        els.map((e) => ({ risk: e.getAttribute('data-scam-job-radar-risk') ?? '', shown: !(e as HTMLElement).hidden })),
      );
      expect(badges.map((b) => b.risk !== 'low')).toEqual(c.warned);
      // Warnings are always shown (a low-risk badge only when "Show low-risk badges" is on).
      expect(badges.filter((b) => b.risk !== 'low').every((b) => b.shown)).toBe(true);
      await page.close();
    });
  }
});

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

const SEE_MORE = { file: 'facebook-see-more.html', url: 'https://www.facebook.com/groups/888/' };

const CASES = [
  {
    file: 'telegram-channel-cjk.html',
    url: 'https://t.me/s/kaigai_shigoto_demo',
    // per post, in page order: is it warned about (medium or high)?
    warned: [true, true, false],
  },
  { file: 'facebook-group-structured.html', url: 'https://www.facebook.com/groups/777/', warned: [true, false] },
];

const env = withExtension((origin) => [origin, ...[...CASES, SEE_MORE].map((c) => new URL(c.url).origin)]);

async function openAt(file: string, url: string) {
  const html = withoutScripts(readFileSync(fileURLToPath(new URL(file, OWN_PAGES)), 'utf8'));
  const page = await env.ext.context.newPage();
  await page.route('**/*', (route) =>
    route.request().url() === url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
  );
  await page.goto(url);
  return page;
}

const risksOf = (page: import('playwright-core').Page) =>
  page.$$eval('scam-job-radar-badge[data-scam-job-radar-risk]', (els) => els.map((e) => e.getAttribute('data-scam-job-radar-risk') ?? ''));

describe('the job-post gate in the browser (issue 14)', () => {
  for (const c of CASES) {
    it(`${c.file} at ${c.url}: every job post is read, the lures are warned about`, async () => {
      const page = await openAt(c.file, c.url);
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

  it('a post is scored on its whole text when "See more" keeps the rest in the DOM, and again when the page adds it', async () => {
    const page = await openAt(SEE_MORE.file, SEE_MORE.url);
    await page.waitForFunction(() => document.querySelectorAll('scam-job-radar-badge[data-scam-job-radar-risk]').length >= 2, undefined, { timeout: 30_000 });
    // The first post's preview reads like an ordinary ad; its collapsed rest is a lure.
    expect(await risksOf(page)).toEqual(['high', 'low']);
    // "See more" on the second post: the page adds the rest of the text (as Facebook does).
    await page.evaluate(() => {
      const preview = document.getElementById('preview-2');
      preview?.appendChild(
        document.createTextNode(
          ' Update: the job is now in Myawaddy, USD 2,500 a month, free flight and room. No experience needed. Telegram @mw_hr_demo only.',
        ),
      );
      document.getElementById('see-more-2')?.remove();
    });
    // The verdict of the preview is replaced by the verdict of the whole text (one badge per post).
    await page.waitForFunction(
      () => {
        const risks = Array.from(document.querySelectorAll('scam-job-radar-badge[data-scam-job-radar-risk]')).map((e) =>
          e.getAttribute('data-scam-job-radar-risk'),
        );
        return risks.length === 2 && risks[1] !== 'low';
      },
      undefined,
      { timeout: 30_000 },
    );
    expect((await risksOf(page))[0]).toBe('high');
    await page.close();
  });
});

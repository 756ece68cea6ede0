/**
 * Issue 16, "Read text in images of posts", in Chromium with the built extension, on a Facebook
 * group feed at its real address (served by request interception):
 * - off by default: no image is read, the OCR's files are never loaded, an image-only post gets
 *   no badge;
 * - on: the flyer under a caption that is no job ad is read in the offscreen document and the
 *   post is warned about with the flyer's reasons; a genuine ad's flyer joins its text and the
 *   post stays low; an image another site serves without CORS is not copied (and not fetched
 *   again); a long non-job post's photo and an avatar are not read; no request leaves for
 *   anywhere the page did not load itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OWN_PAGES } from '../../src/extract/test-helpers.ts';
import { ROOT, storeSettings, withExtension, withoutScripts } from './harness.ts';

const URL_ = 'https://www.facebook.com/groups/999/';
const CDN = 'https://scontent.xx.fbcdn.net';
const OCR = join(ROOT, 'test/fixtures/ocr');
const IMAGES: Record<string, { file: string; type: string }> = {
  [`${new URL(URL_).origin}/img/flyer-lure.png`]: { file: 'lure-en.png', type: 'image/png' },
  [`${new URL(URL_).origin}/img/genuine.webp`]: { file: 'genuine-en.webp', type: 'image/webp' },
  // A lure flyer, so that reading it by mistake would show as a warning.
  [`${new URL(URL_).origin}/img/holiday.png`]: { file: 'lure-en.png', type: 'image/png' },
  [`${new URL(URL_).origin}/img/avatar.png`]: { file: 'lure-en.png', type: 'image/png' },
  [`${CDN}/v/t39/flyer-lure.png`]: { file: 'lure-en.png', type: 'image/png' },
};

const TELEGRAM = 'https://web.telegram.org/k/';
const env = withExtension((origin) => [origin, new URL(URL_).origin, CDN, new URL(TELEGRAM).origin]);
const TIMEOUT = 180_000;

async function openFeed(): Promise<Page> {
  const html = withoutScripts(readFileSync(fileURLToPath(new URL('facebook-image-posts.html', OWN_PAGES)), 'utf8'));
  const page = await env.ext.context.newPage();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === URL_) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    const img = IMAGES[url];
    // No CORS header from the CDN, as Facebook's: the page shows the image, a canvas may not read it.
    if (img) return route.fulfill({ status: 200, contentType: img.type, body: readFileSync(join(OCR, img.file)) });
    return route.abort();
  });
  await page.goto(URL_);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  return page;
}

/** The badge drawn in a post (risk and images read), or null. */
const badgeIn = (page: Page, postId: string) =>
  page.evaluate((id) => {
    const b = document.querySelector(`#${id} scam-job-radar-badge`);
    return b ? { risk: b.getAttribute('data-scam-job-radar-risk'), imagesRead: b.getAttribute('data-scam-job-radar-images-read') } : null;
  }, postId);

/** The offscreen documents open now (their paths), as the service worker sees them. */
async function offscreenDocuments(): Promise<string[]> {
  const sw = await env.ext.serviceWorker();
  return sw.evaluate(async () => {
    const rt = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<Array<{ documentUrl: string }>> } } }).chrome.runtime;
    return (await rt.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => new URL(c.documentUrl).pathname);
  });
}

const ocrLoads = () => env.ext.allRequests.filter((u) => u.startsWith(`chrome-extension://${env.ext.extensionId}/ocr/`)).length;

describe('reading images in posts (issue 16)', () => {
  it('is off by default: nothing is read, an image-only post gets no badge', async () => {
    const page = await openFeed();
    await page.waitForSelector('#post-genuine scam-job-radar-badge[data-scam-job-radar-risk]', { timeout: 30_000 });
    // Give an image read, had one started, time to finish.
    await page.waitForTimeout(3000);
    expect(await badgeIn(page, 'post-genuine')).toEqual({ risk: 'low', imagesRead: null });
    expect(await badgeIn(page, 'post-flyer')).toBeNull();
    expect(await badgeIn(page, 'post-cdn')).toBeNull();
    expect(ocrLoads()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.scamJobRadarTestImages ?? null)).toBeNull();
    await page.close();

    // The switch in the options page, off until ticked.
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    const box = options.locator('input.sjr-read-post-images');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    const stored = () =>
      options.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { readPostImages?: boolean }>> } } } })
          .chrome;
        return (await chrome.storage.local.get('settings')).settings?.readPostImages ?? null;
      });
    await box.check();
    await expect.poll(stored).toBe(true);
    await box.uncheck();
    await expect.poll(stored).toBe(false);
    await options.close();
  });

  it(
    'on: a flyer under a short caption is read and warned about; a genuine flyer joins its ad; other sites’ images and non-job photos are left',
    async () => {
      await storeSettings(env.ext, { readPostImages: true });
      const before = env.ext.allRequests.length;
      const page = await openFeed();
      // The OCR's offscreen document, seen while the first images are read.
      let offscreenSeen = false;
      const watch = setInterval(() => {
        offscreenDocuments().then(
          (docs) => {
            if (docs.includes('/ocr-offscreen.html')) offscreenSeen = true;
          },
          () => undefined,
        );
      }, 250);
      await page.waitForSelector('#post-flyer scam-job-radar-badge[data-scam-job-radar-risk]', { timeout: 150_000 }).finally(() => clearInterval(watch));
      await page.waitForSelector('#post-genuine scam-job-radar-badge[data-scam-job-radar-images-read]', { timeout: 150_000 });
      // The CDN post's outcome (nothing copied) is recorded too: three posts had images worth reading.
      await page.waitForFunction(() => JSON.parse(document.documentElement.dataset.scamJobRadarTestImages ?? '[]').length >= 3, undefined, {
        timeout: 60_000,
      });

      expect(await badgeIn(page, 'post-flyer')).toEqual({ risk: 'high', imagesRead: '1' });
      const flyer = await page.evaluate(() => {
        const root = document.querySelector('#post-flyer scam-job-radar-badge')?.shadowRoot;
        return {
          reasons: [...(root?.querySelectorAll('[data-reason]') ?? [])].map((li) => li.getAttribute('data-reason')),
          note: root?.querySelector('.sjr-images-read')?.textContent ?? '',
        };
      });
      expect(flyer.reasons).toEqual(expect.arrayContaining(['messaging_contact']));
      expect(flyer.note).toContain('1');
      expect(await badgeIn(page, 'post-genuine')).toEqual({ risk: 'low', imagesRead: '1' });
      expect(await badgeIn(page, 'post-cdn')).toBeNull();
      expect(await badgeIn(page, 'post-holiday')).toBeNull();
      expect(await badgeIn(page, 'post-avatar')).toBeNull();

      const outcomes = JSON.parse(await page.evaluate(() => document.documentElement.dataset.scamJobRadarTestImages ?? '[]')) as Array<{
        read: number;
        skipped: Record<string, number>;
        chars: number;
      }>;
      expect(outcomes).toHaveLength(3);
      expect(outcomes.filter((o) => o.read === 1 && o.chars > 50)).toHaveLength(2);
      expect(outcomes.filter((o) => o.read === 0 && o.skipped.crossOrigin === 1)).toHaveLength(1);

      // The OCR ran in the extension's offscreen document (Playwright does not see that document's
      // requests: the OCR code there is the check page's, whose requests the image-ads test
      // checks), and nothing was fetched beyond what the page loaded itself: each image once.
      expect(offscreenSeen).toBe(true);
      // Never in the web page: no tab loaded the OCR's files.
      expect(ocrLoads()).toBe(0);
      const requests = env.ext.allRequests.slice(before);
      for (const url of Object.keys(IMAGES)) expect(requests.filter((u) => u === url).length, url).toBeLessThanOrEqual(1);
      expect(env.ext.foreignRequests).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'on: a photo without a caption arriving in a Telegram Web channel (a blob: image) is read and warned about',
    async () => {
      await storeSettings(env.ext, { readPostImages: true });
      const html = withoutScripts(readFileSync(fileURLToPath(new URL('telegram-web-photos.html', OWN_PAGES)), 'utf8'));
      const page = await env.ext.context.newPage();
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === TELEGRAM) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        if (url === `${new URL(TELEGRAM).origin}/img/photo.png`)
          return route.fulfill({ status: 200, contentType: 'image/png', body: readFileSync(join(OCR, 'lure-en.png')) });
        return route.abort();
      });
      await page.goto(TELEGRAM);
      await page.waitForSelector('scam-job-radar-badge[data-scam-job-radar-risk]', { timeout: 30_000 });
      // A new message arrives as Telegram Web draws it: a bubble whose photo is a blob: URL, no caption.
      await page.evaluate(async () => {
        const blob = await (await fetch('/img/photo.png')).blob();
        const bubble = document.createElement('div');
        bubble.className = 'bubble channel-post is-in';
        bubble.id = 'photo-bubble';
        bubble.dataset.mid = '4294967402';
        const img = document.createElement('img');
        img.className = 'media-photo';
        img.src = URL.createObjectURL(blob);
        await img.decode();
        const attachment = document.createElement('div');
        attachment.className = 'attachment media-container';
        attachment.append(img);
        const content = document.createElement('div');
        content.className = 'bubble-content';
        content.append(attachment);
        bubble.append(content);
        document.getElementById('group')?.append(bubble);
      });
      await page.waitForSelector('#photo-bubble scam-job-radar-badge[data-scam-job-radar-images-read="1"]', { timeout: 150_000 });
      expect(await badgeIn(page, 'photo-bubble')).toEqual({ risk: 'high', imagesRead: '1' });
      expect(env.ext.foreignRequests).toEqual([]);
      // With no more images, the offscreen document closes itself (the local-test build waits 5 s
      // instead of a minute), whatever became of the service worker and its timer.
      await expect.poll(offscreenDocuments, { timeout: 30_000, interval: 1000 }).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );
});

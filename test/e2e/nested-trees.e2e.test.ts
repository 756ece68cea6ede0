/**
 * Postings the page keeps out of plain view of `document.querySelectorAll` (issue 15): inside an
 * open shadow root (also one filled in after the first scan), inside a same-origin iframe, and
 * 2,000 elements deep (Chromium's renderer itself crashes on a page 3,000 deep). Each gets its badge.
 */
import { describe, expect, it } from 'vitest';
import { withExtension } from './harness.ts';

const env = withExtension();

type Page = import('playwright-core').Page;

/** The risk on the badge of the posting `id`, looked up in the document, in open shadow roots and in same-origin frames. */
const riskOf = (page: Page, id: string) =>
  page.evaluate((id) => {
    const docs: Array<Document | ShadowRoot> = [document];
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i] as Document | ShadowRoot;
      const hit = d.getElementById(id);
      if (hit) return hit.querySelector('scam-job-radar-badge')?.getAttribute('data-scam-job-radar-risk') ?? null;
      for (const el of Array.from(d.querySelectorAll('*'))) {
        if (el.shadowRoot) docs.push(el.shadowRoot);
        if (el instanceof HTMLIFrameElement && el.contentDocument) docs.push(el.contentDocument);
      }
    }
    return null;
  }, id);

describe('postings in nested trees', () => {
  it('badges postings in an open shadow root, a same-origin iframe and deep markup', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/nested-trees.html`);
    await expect.poll(() => riskOf(page, 'plain'), { timeout: 20_000, interval: 250 }).not.toBeNull();
    for (const id of ['shadow-lure', 'frame-lure', 'deep-lure']) {
      await expect.poll(() => riskOf(page, id), { timeout: 10_000, interval: 250 }).toBe('high');
    }
    await expect.poll(() => riskOf(page, 'frame-genuine'), { timeout: 10_000, interval: 250 }).toBe('low');
    // After the first scan: a post in a shadow root that scan found empty, and a frame added with its document.
    await page.evaluate(() => (window as unknown as { addLateLures(): void }).addLateLures());
    await expect.poll(() => riskOf(page, 'late-lure'), { timeout: 15_000, interval: 250 }).toBe('high');
    await expect.poll(() => riskOf(page, 'srcdoc-lure'), { timeout: 15_000, interval: 250 }).toBe('high');
    // Our own badges' shadow roots (open in this build) are not page content: no badge inside a badge.
    const nested = await page.evaluate(
      () => [...document.querySelectorAll('scam-job-radar-badge')].filter((b) => b.shadowRoot?.querySelector('scam-job-radar-badge')).length,
    );
    expect(nested).toBe(0);
    await page.close();
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadNodeEngine } from '../../src/detect/node-engine.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPostings } from '../../src/extract/index.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { ROOT, scanLog, withExtension } from './harness.ts';

const HOST = 'scam-job-radar-badge';
/** Screenshots land here on every run; the README shows copies from assets/screenshots/. */
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

const env = withExtension((origin) => [origin.replace('127.0.0.1', 'localhost')]);

async function badges(page: Page, expected: number): Promise<{ risk: string; score: number }[]> {
  await page.waitForFunction((n) => document.querySelectorAll('scam-job-radar-badge[data-scam-job-radar-risk]').length >= n, expected, { timeout: 30_000 });
  return page.$$eval(HOST, (els) =>
    els.map((e) => ({ risk: e.getAttribute('data-scam-job-radar-risk') ?? '', score: Number(e.getAttribute('data-scam-job-radar-score')) })),
  );
}

type ChromeApi = { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } };

async function tabIdOf(page: Page): Promise<number> {
  const sw = await env.ext.serviceWorker();
  const id = await sw.evaluate(async (u) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({ url: u }))[0]?.id, page.url());
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

async function toolbarBadge(page: Page): Promise<string> {
  const tabId = await tabIdOf(page);
  const sw = await env.ext.serviceWorker();
  return sw.evaluate((id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

describe('the built extension in Chromium', () => {
  it('warns on a scam-compound lure, with reasons, and counts it on the toolbar', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/lure-jsonld.html`);
    const [badge] = await badges(page, 1);
    expect(badge?.risk).toBe('high');
    expect(badge?.score).toBeGreaterThan(0.5);
    // High risk is a banner with its top reasons, and the evidence is marked in the ad's own text.
    const top = await page.locator(`${HOST} .sjr-top-reasons li`).allInnerTexts();
    expect(top.length).toBeGreaterThanOrEqual(2);
    expect(top.length).toBeLessThanOrEqual(3);
    const marked = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('scam-job-radar-evidence');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(marked.join(' | ')).toMatch(/Telegram/);
    expect(marked.join(' | ')).toMatch(/travel on a tourist visa/);
    // The marks sit in the page's own text, which is unchanged (no wrapping elements).
    expect(await page.locator('main section p').first().innerHTML()).not.toContain('<');
    await page.locator('main').screenshot({ path: `${SCREENSHOTS}/lure-banner-evidence.png` });
    // Expand "why?" inside the shadow root and read the reasons.
    await page.locator(`${HOST} .sjr-pill`).first().click();
    const reasons = await page.locator(`${HOST} .sjr-reasons li`).allInnerTexts();
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(reasons.join('\n')).toMatch(/telegram/i);
    // "Get help / report": hotlines for where the ad points (Cambodia) and a report draft, all
    // from the extension's own files (the no-network check at the end covers them).
    await page.locator(`${HOST} .sjr-panel button[data-action="help"]`).click();
    const help = page.locator(`${HOST} section.sjr-helpbox`);
    expect(await help.getAttribute('data-help-destination')).toBe('KH');
    expect(await help.locator('li[data-channel="kh-police-117"]').count()).toBe(1);
    await help.locator('button[data-action="show-draft"]').click();
    expect(await help.locator('textarea').inputValue()).toContain(`${env.server.origin}/pages/lure-jsonld.html`);
    expect(await toolbarBadge(page)).toBe('1');
    // `scam-job-radar scan` on the same saved page gives the same score.
    const [posting] = extractPostings(parseHtml(readFileSync(join(ROOT, 'test/e2e/pages/lure-jsonld.html'), 'utf8')));
    const cli = await (await loadNodeEngine()).score({ ...posting, text: posting?.text ?? '' });
    expect(badge?.score.toFixed(4)).toBe(cli.score.toFixed(4));
    await page.close();
  });

  it('stays quiet on a genuine BPO posting', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/genuine-jsonld.html`);
    const [badge] = await badges(page, 1);
    expect(badge?.risk).toBe('low');
    expect(await toolbarBadge(page)).toBe('');
    await page.close();
  });

  it('sorts a mixed feed: lures flagged, genuine ads and non-jobs not', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/demo/`);
    await badges(page, 6);
    const byAd = await page.$$eval('article[data-demo]', (arts) =>
      arts.map((a) => ({ ad: a.getAttribute('data-demo'), risk: a.querySelector('scam-job-radar-badge')?.getAttribute('data-scam-job-radar-risk') ?? null })),
    );
    for (const { ad, risk } of byAd) {
      if (ad?.startsWith('lure-')) expect(risk, ad).not.toBe('low');
      if (ad?.startsWith('genuine-')) expect(risk, ad).toBe('low');
    }
    expect(byAd.find((a) => a.ad === 'lure-en')?.risk).toBe('high');
    expect(byAd.find((a) => a.ad === 'not-a-job')?.risk).toBeNull();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.locator('article[data-demo="lure-en"] scam-job-radar-badge .sjr-pill').click();
    await page.locator('article[data-demo="lure-en"]').screenshot({ path: `${SCREENSHOTS}/demo-lure-expanded.png` });
    await page.screenshot({ path: `${SCREENSHOTS}/demo-feed.png` });
    await page.close();
  });

  it('warns on posts that a feed loads after the first scan', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/dynamic-feed.html`);
    await badges(page, 3);
    const risks = await page.$$eval('article', (arts) => arts.map((a) => a.querySelector('scam-job-radar-badge')?.getAttribute('data-scam-job-radar-risk')));
    expect(risks).toEqual(['low', 'high', 'low']);
    expect(await toolbarBadge(page)).toBe('1');
    // The first scan reads the page; the later ones only the posts that arrived (the page loads
    // them once its first post has a badge).
    const scans = await scanLog(page);
    expect(scans[0]).toMatchObject({ mode: 'full', extracted: 1 });
    expect(scans.slice(1).every((s) => s.mode === 'incremental')).toBe(true);
    expect(scans.slice(1).reduce((n, s) => n + s.extracted, 0)).toBe(2);
    await page.close();
  });

  it('follows a single-page app to its next listing (history.pushState) and reads the new page whole', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/spa.html`);
    const [first] = await badges(page, 1);
    expect(first?.risk).toBe('low');
    await page.waitForURL(/\?job=2$/, { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('scam-job-radar-badge')?.getAttribute('data-scam-job-radar-risk') === 'high', undefined, {
      timeout: 15_000,
    });
    expect(await page.locator(HOST).count()).toBe(1);
    expect(await toolbarBadge(page)).toBe('1');
    const scans = await scanLog(page);
    expect(scans.map((s) => s.mode)).toEqual(['full', 'full']);
    // The popup shows the new listing only, not the one before the navigation.
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${await tabIdOf(page)}`);
    await popup.locator('.sjr-item').first().waitFor();
    const items = await popup.$$eval('.sjr-item', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('Sihanoukville');
    await popup.close();
    await page.close();
  });

  it('re-reads a post whose description expands in place, and replaces its verdict', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/lazy-expand.html`);
    await badges(page, 2);
    const teaserRisk = () => page.locator(`#teaser > ${HOST}`).getAttribute('data-scam-job-radar-risk');
    // The teaser alone reads as an ordinary job ad; the full text, once it arrives, is a lure.
    expect(await teaserRisk()).toBe('low');
    await expect.poll(teaserRisk, { timeout: 15_000 }).toBe('high');
    expect(await page.locator(`#teaser ${HOST}`).count()).toBe(1);
    expect(await toolbarBadge(page)).toBe('1');
    const scans = await scanLog(page);
    const last = scans[scans.length - 1];
    expect(last).toMatchObject({ mode: 'incremental', roots: 1, extracted: 1, scored: 1 });
    // The popup lists the post once, with its new verdict.
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${await tabIdOf(page)}`);
    await popup.locator('.sjr-item').first().waitFor();
    const items = await popup.$$eval('.sjr-item', (lis) => lis.map((li) => li.getAttribute('data-risk')));
    expect(items.sort()).toEqual(['high', 'low']);
    await popup.close();
    await page.close();
  });

  it("lists the tab's postings in the popup with tier and top reasons, and scrolls to one on click", async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/demo/`);
    await badges(page, 7);
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${await tabIdOf(page)}`);
    await popup.locator('.sjr-item').first().waitFor();
    const items = await popup.$$eval('.sjr-item', (lis) => lis.map((li) => ({ risk: li.getAttribute('data-risk'), text: li.textContent ?? '' })));
    expect(items).toHaveLength(7);
    expect(await popup.locator('.sjr-count strong').textContent()).toBe(String(items.filter((i) => i.risk !== 'low').length));
    expect(items.find((i) => i.text.includes('Thailand'))?.risk).toBe('high');
    expect(items.find((i) => i.text.includes('Thailand'))?.text).toMatch(/Telegram/);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await popup.locator('.sjr-item button').last().click();
    await page.waitForFunction(() => scrollY > 200, undefined, { timeout: 5000 });
    await popup.close();
    await page.close();
  });

  it('checks a page outside the default sites when the user asks ("Check this page")', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin.replace('127.0.0.1', 'localhost')}/pages/lure-jsonld.html`);
    await page.waitForTimeout(1500);
    expect(await page.locator(HOST).count()).toBe(0); // not a default site: nothing runs by itself
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${await tabIdOf(page)}`);
    await popup.getByRole('button', { name: 'Check this page' }).click();
    await popup.locator('.sjr-item').first().waitFor();
    expect(await popup.locator('.sjr-item').getAttribute('data-risk')).toBe('high');
    const [badge] = await badges(page, 1);
    expect(badge?.risk).toBe('high');
    await popup.close();
    await page.close();
  });

  it('shows the verdict for a checked selection in a panel over the page (context menu result)', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/genuine-jsonld.html`);
    await badges(page, 1);
    const tabId = await tabIdOf(page);
    const sw = await env.ext.serviceWorker();
    // The menu click itself cannot be driven headless; this sends what the background sends after it.
    const text = 'Free flight, visa, food and room! Customer service in Myawaddy, US$3000/month, no experience. Telegram @x only.';
    const verdict = await (await loadNodeEngine()).score({ text });
    await sw.evaluate(
      ([id, v, t]) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, {
          sjr: 1,
          type: 'show-verdict',
          data: { verdict: v, text: t },
        }),
      [tabId, verdict, text] as const,
    );
    const panel = page.locator('scam-job-radar-check');
    await panel.waitFor();
    expect(await panel.getAttribute('data-scam-job-radar-risk')).toBe('high');
    expect(await page.locator('scam-job-radar-check .sjr-reasons li').count()).toBeGreaterThan(1);
    await page.locator('scam-job-radar-check .sjr-close').click();
    expect(await panel.count()).toBe(0);
    await page.close();
  });

  it('checks the ad a link belongs to ("Check this job ad" on a link), without fetching the link', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/chat-link.html`);
    await page.waitForLoadState('load');
    const tabId = await tabIdOf(page);
    const sw = await env.ext.serviceWorker();
    const href = await page.locator('#offer').evaluate((a) => (a as HTMLAnchorElement).href);
    const before = env.ext.allRequests.length;
    // The menu click cannot be driven headless; this is what the background sends after it.
    const res = await sw.evaluate(
      ([id, url]) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, {
          sjr: 1,
          type: 'check-link',
          data: { url },
        }),
      [tabId, href] as const,
    );
    expect(JSON.stringify(res)).toContain('"ok":true');
    const panel = page.locator('scam-job-radar-check');
    await panel.waitFor();
    expect(await panel.getAttribute('data-scam-job-radar-risk')).toBe('high');
    expect(await panel.locator('.sjr-excerpt').innerText()).toContain('Easy job in Sihanoukville');
    expect(await panel.locator('.sjr-excerpt').innerText()).not.toContain('market tomorrow');
    // The linked page was never requested.
    expect(env.ext.allRequests.slice(before).filter((u) => u.includes('/offers/'))).toEqual([]);
    await page.close();
  });

  it('works on a page whose CSP forbids scripts, styles and wasm', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/csp/pages/lure-jsonld.html`);
    const [badge] = await badges(page, 1);
    expect(badge?.risk).toBe('high');
    await page.close();
  });

  it('keeps working after Chrome stops the service worker', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/genuine-jsonld.html`);
    await badges(page, 1);
    const cdp = await env.ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto(`${env.server.origin}/pages/lure-jsonld.html`);
    const [badge] = await badges(page, 1);
    expect(badge?.risk).toBe('high');
    await page.close();
  });

  it('checks pasted text in the popup with the same verdict as the page', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`chrome-extension://${env.ext.extensionId}/popup.html`);
    const text =
      'TUYỂN GẤP nhân viên CSKH làm việc tại Campuchia. Việc nhẹ lương cao 25-40 triệu/tháng, bao ăn ở, bao vé máy bay, không cần kinh nghiệm. Liên hệ Telegram: @vieclam_cpc_hr';
    await page.fill('#sjr-paste', text);
    await page.click('button[type=submit]');
    const result = page.locator('.sjr-result');
    await result.waitFor();
    expect(await result.getAttribute('data-risk')).not.toBe('low');
    expect(await page.locator('.sjr-result .sjr-reasons li').count()).toBeGreaterThan(0);
    // The CLI's engine (Node, same model) gives the same verdict for the same text.
    const node = await (await loadNodeEngine()).score({ text });
    expect(await result.getAttribute('data-score')).toBe(node.score.toFixed(4));
    expect(await result.getAttribute('data-risk')).toBe(node.risk);
    await page.setViewportSize({ width: 400, height: 640 });
    await page.screenshot({ path: `${SCREENSHOTS}/popup-check.png`, fullPage: true });
    await page.close();
  });

  it('made no network request of its own', () => {
    // The listener does see the service worker's own fetches (the bundled model)…
    expect(env.ext.allRequests.some((u) => u.startsWith('chrome-extension://') && u.endsWith('/model/scam-job-radar.onnx'))).toBe(true);
    // …and nothing left for anywhere but the local test env.server.
    expect(env.ext.foreignRequests).toEqual([]);
  });
});

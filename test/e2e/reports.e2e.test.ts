import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withExtension } from './harness.ts';

const HOST = 'scam-job-radar-badge';
/** The posting's title in the page's JSON-LD. */
const TITLE = 'Customer Support Executive (English speaker) – Sihanoukville';

const env = withExtension();

interface ExportFile {
  header: { note: string; count: number };
  reports: { kind: string; title: string; pageUrl: string; excerpt: string; risk: string; reasonIds: string[] }[];
}

describe('local reports', () => {
  it('saves "Not a scam" on this device, lists it in the options and exports it', async () => {
    const page = await env.ext.context.newPage();
    const pageUrl = `${env.server.origin}/pages/lure-jsonld.html`;
    await page.goto(pageUrl);
    await page.waitForSelector(`${HOST}[data-scam-job-radar-risk="high"]`, { timeout: 30_000 });
    await page.locator(`${HOST} .sjr-pill`).first().click();
    const button = page.locator(`${HOST} .sjr-report-btn[data-kind="false-positive"]`);
    expect(await button.innerText()).toBe('Not a scam');
    // By keyboard: the button is focused and pressed with Enter.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${HOST} .sjr-report-saved`).innerText()).toBe('Thanks — saved on this device only');
    expect(await button.count()).toBe(0);
    // The thank-you takes the button's focus, so the keyboard user is still in the panel: Escape
    // closes it and focus returns to the badge's button.
    const focused = () => page.evaluate(() => document.querySelector('scam-job-radar-badge')?.shadowRoot?.activeElement?.className ?? '');
    expect(await focused()).toContain('sjr-report-saved');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toContain('sjr-pill');
    await page.close();

    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    await options.locator('.sjr-reports-count[data-count="1"]').waitFor();
    const items = options.locator('.sjr-report-item');
    expect(await items.count()).toBe(1);
    const title = await items.first().locator('.sjr-report-title').innerText();
    expect(title).toBe(TITLE);
    expect(await items.first().getAttribute('data-kind')).toBe('false-positive');
    expect(await items.first().locator('.sjr-report-host').innerText()).toBe(new URL(pageUrl).host);

    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('.sjr-reports-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^scam-job-radar-reports-.*\.json$/);
    const path = await download.path();
    const data = JSON.parse(readFileSync(path, 'utf8')) as ExportFile;
    expect(data.header.note).toMatch(/nothing was sent automatically/i);
    expect(data.header.count).toBe(1);
    expect(data.reports).toHaveLength(1);
    expect(data.reports[0]).toMatchObject({ kind: 'false-positive', title, pageUrl, risk: 'high' });
    expect(data.reports[0]?.excerpt.length).toBeGreaterThan(0);
    expect(data.reports[0]?.excerpt.length).toBeLessThanOrEqual(500);
    expect(data.reports[0]?.reasonIds.length).toBeGreaterThan(0);

    // "Delete all" asks first, then empties the list.
    options.once('dialog', (d) => void d.accept());
    await options.locator('.sjr-reports-delete').click();
    await options.locator('.sjr-reports-count[data-count="0"]').waitFor();
    await options.close();

    expect(env.ext.foreignRequests).toEqual([]);
  });

  it('lets the user flag a low-risk posting as looking like a scam', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.origin}/pages/genuine-jsonld.html`);
    await page.waitForSelector(`${HOST}[data-scam-job-radar-risk="low"]`, { timeout: 30_000 });
    await page.locator(`${HOST} .sjr-pill`).first().click();
    await page.locator(`${HOST} .sjr-report-btn[data-kind="missed-scam"]`).click();
    await page.locator(`${HOST} .sjr-report-saved`).waitFor();
    await page.close();

    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    await options.locator('.sjr-reports-count[data-count="1"]').waitFor();
    expect(await options.locator('.sjr-report-item').first().getAttribute('data-kind')).toBe('missed-scam');
    await options.close();
    expect(env.ext.foreignRequests).toEqual([]);
  });
});

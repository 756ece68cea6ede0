/**
 * "Get help / report", end to end (issue 17's done-when): a high-risk warning on a lure bound
 * for Cambodia, read with the UI in Vietnamese, offers the Vietnamese and the Cambodian
 * hotlines and a Vietnamese report draft, which the user copies or saves; axe finds nothing
 * serious in the open panel; and nothing leaves the device (no request but the test server's).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { ROOT, SCREENSHOTS, seriousViolations, storeSettings, withExtension } from './harness.ts';

const env = withExtension();
const HOST = 'scam-job-radar-badge';

type Catalog = Record<string, { message: string }>;
const vi = JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales/vi/messages.json'), 'utf8')) as Catalog;
const msg = (key: string, sub = '') => (vi[key]?.message ?? `missing ${key}`).replace(/\$[A-Z]+\$/, sub);
const region = (code: string) => new Intl.DisplayNames(['vi'], { type: 'region' }).of(code) ?? code;

describe('Get help / report', () => {
  it('a Cambodia-bound lure read in Vietnamese offers Vietnamese and Cambodian help and a Vietnamese draft', async () => {
    await storeSettings(env.ext, { uiLanguage: 'vi' });
    await env.ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    try {
      const page = await env.ext.context.newPage();
      const url = `${env.server.origin}/pages/lure-jsonld.html`;
      await page.goto(url);
      await page.waitForSelector(`${HOST}[data-scam-job-radar-risk="high"]`, { state: 'attached', timeout: 30_000 });
      const badge = page.locator(`${HOST} .sjr-badge`).first();
      expect(await badge.getAttribute('lang')).toBe('vi');

      // The high-risk banner's own "Get help / report" button.
      const toggle = page.locator(`${HOST} .sjr-banner-body button[data-action="help"]`).first();
      expect(await toggle.innerText()).toBe(msg('helpToggle'));
      await toggle.click();
      const panel = page.locator(`${HOST} section.sjr-helpbox`).first();
      await panel.waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await panel.getAttribute('data-help-reader')).toBe('VN');
      expect(await panel.getAttribute('data-help-destination')).toBe('KH');
      expect(await panel.locator('.sjr-help-heading').innerText()).toBe(msg('helpHeading'));

      // Vietnam (the reader's country, guessed from the UI language), then Cambodia (where the ad points).
      const groups = panel.locator('.sjr-help-group');
      expect(await groups.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-country')}:${e.getAttribute('data-role')}`))).toEqual([
        'VN:reader',
        'KH:destination',
      ]);
      expect(await groups.nth(0).locator('.sjr-help-country').innerText()).toBe(msg('helpGroupReader', region('VN')));
      expect(await groups.nth(1).locator('.sjr-help-country').innerText()).toBe(msg('helpGroupDestination', region('KH')));
      const vn111 = groups.nth(0).locator('li[data-channel="vn-111"]');
      expect(await vn111.locator('a[data-phone="111"]').getAttribute('href')).toBe('tel:111');
      expect(await vn111.locator('.sjr-ch-purpose').innerText()).toContain(msg('helpPurpose_trafficking'));
      const kh117 = groups.nth(1).locator('li[data-channel="kh-police-117"]');
      expect(await kh117.locator('a[data-phone="117"]').getAttribute('href')).toBe('tel:117');
      // Its languages, named in Vietnamese; its source, with the date it was checked.
      expect(await kh117.innerText()).toContain(new Intl.DisplayNames(['vi'], { type: 'language' }).of('zh') ?? 'zh');
      const source = kh117.locator('a.sjr-ch-source');
      expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await source.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await source.innerText()).toContain(msg('helpSource', '').trim().split(' ')[0] ?? '');

      // The report draft, in Vietnamese, with the page address, the reasons and the ad's text.
      await panel.locator('button[data-action="show-draft"]').click();
      const draft = panel.locator('textarea.sjr-draft-text');
      const text = await draft.inputValue();
      expect(text).toContain(msg('reportDraftIntro'));
      expect(text).toContain(msg('reportDraftWhere', url));
      expect(text).toContain(msg('reportDraftReasons'));
      expect(text).toContain('Telegram @cs_recruit_kh');
      expect(text).toContain(msg('reportDraftFooter'));
      expect(text).not.toContain('I want to report');
      // Its label names it (axe: every form field has a label).
      expect(await panel.locator(`label[for="${await draft.getAttribute('id')}"]`).innerText()).toBe(msg('reportDraftLabel'));

      // Copy puts exactly the (edited) draft on the clipboard.
      await draft.fill(`${text}\nGhi chú của tôi.`);
      await panel.locator('button[data-action="copy-draft"]').click();
      await expect.poll(() => panel.locator('.sjr-draft-status').innerText()).toBe(msg('reportCopied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${text}\nGhi chú của tôi.`);

      // Save gives a .txt file with the draft.
      const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('button[data-action="save-draft"]').click()]);
      expect(download.suggestedFilename()).toMatch(/^scam-job-report-\d{4}-\d{2}-\d{2}\.txt$/);
      const saved = await download.path();
      expect(readFileSync(saved, 'utf8')).toBe(`${text}\nGhi chú của tôi.`);

      // axe inside our shadow root, with the help panel and the draft open.
      const result = await new AxeBuilder({ page }).include(HOST).analyze();
      const serious = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join('; ')}`);
      expect(serious).toEqual([]);
      const inShadow = (result.passes.find((r) => r.id === 'color-contrast')?.nodes ?? []).filter((n) => Array.isArray(n.target[0])).length;
      expect(inShadow).toBeGreaterThan(10);
      await page.screenshot({ path: `${SCREENSHOTS}/help-panel-vi.png`, fullPage: true });
      await page.close();
    } finally {
      await storeSettings(env.ext);
    }
  });

  it('the popup, the check page and the Learn page offer help too, axe-clean', async () => {
    await storeSettings(env.ext, { uiLanguage: 'vi' });
    try {
      const lure =
        'Tuyển gấp nhân viên CSKH làm việc tại Sihanoukville, Campuchia. Lương 2000 USD/tháng, bao vé máy bay, visa, ăn ở. Không cần kinh nghiệm. Liên hệ Telegram @tuyendung_kh.';
      // The popup's paste-and-check result.
      const popup = await env.ext.context.newPage();
      await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html`);
      await popup.fill('#sjr-paste', lure);
      await popup.click('button[type=submit]');
      await popup.locator('.sjr-result').waitFor();
      await popup.locator('.sjr-result button[data-action="help"]').click();
      const box = popup.locator('.sjr-result section.sjr-helpbox');
      expect(await box.getAttribute('data-help-destination')).toBe('KH');
      expect(await box.locator('li[data-channel="kh-police-117"]').count()).toBe(1);
      await box.locator('button[data-action="show-draft"]').click();
      expect(await box.locator('textarea').inputValue()).toContain(msg('reportDraftNoAddress'));
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();

      // A warning row of the check page.
      const check = await env.ext.context.newPage();
      await check.goto(`chrome-extension://${env.ext.extensionId}/check.html`);
      await check.fill('textarea', lure);
      await check.locator('form button[type=submit]').first().click();
      const row = check.locator('tr.sjr-row[data-risk="high"], tr.sjr-row[data-risk="medium"]').first();
      await row.waitFor({ timeout: 60_000 });
      await row.locator('button[data-action="help"]').click();
      expect(await row.locator('section.sjr-helpbox li[data-channel="vn-111"]').count()).toBe(1);
      expect(await seriousViolations(check)).toEqual([]);
      await check.close();

      // The Learn page lists the reader's country first, and any other on request.
      const learn = await env.ext.context.newPage();
      await learn.goto(`chrome-extension://${env.ext.extensionId}/learn.html`);
      await learn.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
      const section = learn.locator('section.sjr-learn-help');
      expect(await section.locator('h2').innerText()).toBe(msg('learnHelpHeading'));
      expect(await section.locator('select').inputValue()).toBe('VN');
      await section.locator('select').selectOption('MM');
      expect(await section.locator('[data-unsourced="MM"]').innerText()).toBe(msg('helpNoSourced', region('MM')));
      expect(await seriousViolations(learn)).toEqual([]);
      await learn.close();
    } finally {
      await storeSettings(env.ext);
    }
  });

  it('made no network request of its own (help panel, links and drafts included)', () => {
    expect(env.ext.allRequests.some((u) => u.startsWith(env.server.origin))).toBe(true);
    expect(env.ext.foreignRequests).toEqual([]);
  });
});

/**
 * The Learn page in Chromium: every example scored live by the real model (the same verdicts
 * as the CLI engine), lure/genuine pairs side by side, presenter mode driven by the keyboard,
 * the quiz, the page in Vietnamese, axe, and the popup's link to it. Screenshots for the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import examples from '../../assets/learn/examples.json' with { type: 'json' };
import quiz from '../../assets/learn/quiz.json' with { type: 'json' };
import { loadNodeEngine } from '../../src/detect/node-engine.ts';
import { ROOT, saveReadmeShot, SCREENSHOTS, seriousViolations, storeSettings, withExtension } from './harness.ts';

const env = withExtension();
const VI = JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales/vi/messages.json'), 'utf8')) as Record<string, { message: string }>;

async function openLearn(hash = ''): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${env.ext.extensionId}/learn.html${hash}`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
  return page;
}

describe('the Learn page', () => {
  it('shows every example with the live verdict of the real model and its evidence marked', async () => {
    const page = await openLearn();
    const engine = await loadNodeEngine();
    const shown = await page.$$eval('article[data-example-id]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-example-id'), risk: e.getAttribute('data-risk') })),
    );
    // Every example appears once (pairs + more examples).
    expect(shown.map((s) => s.id).sort()).toEqual(examples.examples.map((e) => e.id).sort());
    for (const e of examples.examples) {
      const v = await engine.score({ text: e.text });
      expect(shown.find((s) => s.id === e.id)?.risk, e.id).toBe(v.risk);
      const card = page.locator(`article[data-example-id="${e.id}"]`);
      expect(await card.locator('.sjr-learn-reasons li').count(), e.id).toBe(v.reasons.length);
      if (e.kind === 'lure') expect(await card.locator('mark.sjr-mark').count(), e.id).toBeGreaterThan(0);
      else expect(await card.locator('mark.sjr-mark').count(), e.id).toBe(0);
    }
    // The pay comparison through Chrome's own i18n (English): figures, US$ value, country.
    const pay = await page.locator('article[data-example-id="lure-th-admin-poipet"] li[data-reason-id="high_pay"]').innerText();
    expect(pay).toMatch(/\(about US\$[\d,]+ a month\) for an entry-level role: about [\d.]+× typical pay in Cambodia/);
    // Side by side: each pair row holds its lure first and its genuine look-alike second.
    const pairs = await page.$$eval('.sjr-pair', (rows) => rows.map((r) => Array.from(r.querySelectorAll('article')).map((a) => a.getAttribute('data-kind'))));
    expect(pairs).toHaveLength(examples.pairs.length);
    for (const p of pairs) expect(p).toEqual(['lure', 'genuine']);
    // The warning signs with their sources.
    expect(await page.locator('.sjr-signs li').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.sjr-signs li a[href^="https://"]').count()).toBeGreaterThanOrEqual(10);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'learn.png') });
    saveReadmeShot('learn.png');
    await page.close();
  });

  it('presenter mode: keyboard steps through examples and reveals reasons one by one', async () => {
    const page = await openLearn();
    await page.getByRole('link', { name: 'Presenter mode' }).click();
    const presenter = page.locator('.sjr-presenter');
    await expect.poll(() => presenter.getAttribute('data-example-id')).toBe(examples.examples[0]?.id);
    expect(page.url()).toMatch(/#present$/);
    // Focus is on the presenter, so keys work at once; nothing is revealed yet.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('sjr-presenter'))).toBe(true);
    expect(await presenter.locator('mark').count()).toBe(0);
    expect(await presenter.locator('.sjr-learn-reasons li').count()).toBe(0);

    const engine = await loadNodeEngine();
    const first = await engine.score({ text: examples.examples[0]?.text ?? '' });
    expect(first.reasons.length).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('r');
    expect(await presenter.locator('.sjr-learn-reasons li').count()).toBe(1);
    const marksAfterOne = await presenter.locator('mark').count();
    expect(marksAfterOne).toBeGreaterThan(0);
    expect(await presenter.locator('mark').evaluateAll((ms) => ms.every((m) => m.getAttribute('data-reason') === '1'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await presenter.locator('.sjr-learn-reasons li').count()).toBe(2);
    for (let i = 2; i < first.reasons.length + 2; i++) await page.keyboard.press('r');
    expect(await presenter.locator('.sjr-learn-reasons li').count()).toBe(first.reasons.length);
    expect(await presenter.locator('.sjr-presenter-controls .sjr-primary').isDisabled()).toBe(true);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenter.getAttribute('data-example-id')).toBe(examples.examples[1]?.id);
    expect(await presenter.getAttribute('data-revealed')).toBe('0');
    expect(await presenter.locator('.sjr-presenter-count').innerText()).toBe(`Example 2 of ${examples.examples.length}`);
    await page.keyboard.press('r');
    await page.keyboard.press('r');
    await page.screenshot({ path: join(SCREENSHOTS, 'learn-presenter.png') });
    saveReadmeShot('learn-presenter.png');
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => presenter.getAttribute('data-example-id')).toBe(examples.examples[0]?.id);

    // C puts the example's look-alike beside it; its verdict appears with the first revealed sign.
    const pair = examples.pairs.find((p) => p.lure === examples.examples[0]?.id);
    if (!pair) throw new Error('the first example should be in a pair');
    await page.keyboard.press('c');
    const partner = presenter.locator(`.sjr-presenter-partner[data-example-id="${pair.genuine}"]`);
    await partner.waitFor();
    expect(await partner.locator('.sjr-tier').count()).toBe(0);
    await page.keyboard.press('r');
    expect(await partner.locator('.sjr-tier').innerText()).toContain('Low risk');
    expect(await partner.locator('mark').count()).toBe(0);
    expect(await presenter.locator('.sjr-presenter-main mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'learn-presenter-compare.png') });
    saveReadmeShot('learn-presenter-compare.png');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('c');
    expect(await partner.count()).toBe(0);
    // Mouse users have the same steps as buttons.
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => presenter.getAttribute('data-example-id')).toBe(examples.examples[1]?.id);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.sjr-learn-header');
    expect(page.url()).not.toMatch(/#present/);
    await page.close();
  });

  it('opens straight into presenter mode from learn.html#present', async () => {
    const page = await openLearn('#present');
    expect(await page.locator('.sjr-presenter').count()).toBe(1);
    await page.close();
  });

  it('the quiz says right or wrong, explains, shows the detector’s verdict and keeps score', async () => {
    const page = await openLearn();
    const [q1, q2] = quiz.questions;
    if (!q1 || !q2) throw new Error('quiz too short');
    const item = (id: string) => page.locator(`li[data-question-id="${id}"]`);
    await item(q1.id)
      .getByRole('button', { name: q1.answer === 'lure' ? 'A lure' : 'Genuine' })
      .click();
    await expect.poll(() => item(q1.id).locator('.sjr-quiz-feedback').innerText()).toContain('Right.');
    expect(await item(q1.id).locator('.sjr-quiz-feedback').innerText()).toContain(q1.explanation.slice(0, 30));
    expect(await item(q1.id).locator('.sjr-tier').count()).toBe(1);
    await item(q2.id)
      .getByRole('button', { name: q2.answer === 'lure' ? 'Genuine' : 'A lure' })
      .click();
    await expect.poll(() => item(q2.id).locator('.sjr-quiz-feedback').innerText()).toContain('Not quite.');
    expect(await page.locator('.sjr-quiz-score').innerText()).toContain(`1 of ${quiz.questions.length} right`);
    // An answered question cannot be answered again.
    expect(await item(q1.id).getByRole('button', { name: 'Genuine' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Start again' }).click();
    expect(await page.locator('.sjr-quiz-feedback').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('follows the interface language chosen in the options (Vietnamese)', async () => {
    await storeSettings(env.ext, { uiLanguage: 'vi' });
    try {
      const page = await openLearn();
      expect(await page.locator('h1').innerText()).toBe(VI.learnTitle?.message);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      // Reason labels in the UI language, whatever the ad's language.
      const reason = await page.locator('article[data-example-id="lure-zh-kefu-xigang"] .sjr-learn-reasons li').first().innerText();
      expect(Object.entries(VI).some(([k, m]) => k.startsWith('signal_') && reason.startsWith(m.message))).toBe(true);
      // The pay comparison too: the country's name and the numbers in Vietnamese.
      const pay = await page.locator('article[data-example-id="lure-th-admin-poipet"] li[data-reason-id="high_pay"]').innerText();
      expect(pay).toContain('cho công việc phổ thông');
      expect(pay).toMatch(/khoảng US\$[\d.]+ mỗi tháng/);
      expect(pay).toContain('Campuchia');
      await page.close();
    } finally {
      await storeSettings(env.ext);
    }
  });

  it('is linked from the popup and from the options page', async () => {
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html`);
    const [learn] = await Promise.all([env.ext.context.waitForEvent('page'), popup.locator('a.sjr-learn').click()]);
    await learn.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
    expect(new URL(learn.url()).pathname).toBe('/learn.html');
    await learn.close();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    expect(await popup.locator('a.sjr-learn-link').getAttribute('href')).toBe(`chrome-extension://${env.ext.extensionId}/learn.html`);
    await popup.close();
  });
});

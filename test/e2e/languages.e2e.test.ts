/**
 * Every UI language end to end: with the language chosen in the options, the warning on a
 * page, the popup and the Learn page speak it (strings from that locale's messages.json, the
 * `lang` attribute set), reason labels included, whatever the ad's own language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import signs from '../../assets/learn/signs.json' with { type: 'json' };
import { UI_LOCALES } from '../../src/shared/settings.ts';
import { ROOT, storeSettings, withExtension } from './harness.ts';

const env = withExtension();
const HOST = 'scam-job-radar-badge';

type Catalog = Record<string, { message: string }>;
const catalog = (locale: string) => JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales', locale, 'messages.json'), 'utf8')) as Catalog;
const msg = (c: Catalog, key: string) => {
  const m = c[key]?.message;
  if (!m) throw new Error(`missing ${key}`);
  return m;
};

describe('every interface language, end to end', () => {
  for (const locale of UI_LOCALES) {
    it(`${locale}: the badge, the popup and the Learn page`, async () => {
      const c = catalog(locale);
      await storeSettings(env.ext, { uiLanguage: locale });
      try {
        // The warning on an English lure page.
        const page = await env.ext.context.newPage();
        await page.goto(`${env.server.origin}/pages/lure-jsonld.html`);
        await page.waitForSelector(`${HOST}[data-scam-job-radar-risk="high"]`, { state: 'attached', timeout: 30_000 });
        const badge = page.locator(`${HOST} .sjr-badge`).first();
        expect(await badge.getAttribute('lang')).toBe(msg(c, 'uiLang'));
        expect(await page.locator(`${HOST} .sjr-pill`).first().innerText()).toContain(msg(c, 'tierShortHigh'));
        expect(await page.locator(`${HOST} .sjr-banner-text`).first().innerText()).toBe(msg(c, 'tierHigh'));
        const isSignalLabel = (l: string) => Object.entries(c).some(([k, m]) => k.startsWith('signal_') && m.message === l);
        const top = await page.locator(`${HOST} .sjr-top-reasons li`).allInnerTexts();
        expect(top.length).toBeGreaterThan(0);
        for (const l of top) expect(isSignalLabel(l), `${locale} banner: "${l}"`).toBe(true);
        // "why?" opens every reason, each labelled in this language.
        await page.locator(`${HOST} .sjr-pill`).first().click();
        const all = await page.locator(`${HOST} .sjr-reasons li strong`).allInnerTexts();
        expect(all.length).toBeGreaterThanOrEqual(top.length);
        for (const l of all) expect(isSignalLabel(l), `${locale} panel: "${l}"`).toBe(true);
        // The lure-bundle detail is said in this language too (its perks listed by Intl).
        const bundle = await page.locator(`${HOST} .sjr-reasons li[data-reason="lure_bundle"] .sjr-detail`).innerText();
        const lead = (key: string) => (msg(c, key).split('$LIST$')[0] ?? '').trim();
        expect(
          [lead('reasonPerks'), lead('reasonPerksFull')].some((l) => bundle.replace(/^ — /, '').startsWith(l)),
          `${locale}: "${bundle}"`,
        ).toBe(true);
        expect(bundle).toContain(msg(c, 'perkVisa'));
        await page.close();

        // The popup.
        const popup = await env.ext.context.newPage();
        await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html`);
        expect(await popup.locator('a.sjr-learn').innerText()).toBe(msg(c, 'popupLearn'));
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(msg(c, 'uiLang'));
        await popup.close();

        // The Learn page: its title, and a Chinese lure's reasons in this language.
        const learn = await env.ext.context.newPage();
        await learn.goto(`chrome-extension://${env.ext.extensionId}/learn.html`);
        await learn.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
        expect(await learn.locator('h1').innerText()).toBe(msg(c, 'learnTitle'));
        // A warning sign's explanation in this language where the content has one, else English.
        const explanation = (signs.signs[0]?.explanation ?? {}) as Record<string, string>;
        expect(await learn.locator(`.sjr-signs li[data-signal="${signs.signs[0]?.signal}"] p`).first().innerText()).toBe(explanation[locale] ?? explanation.en);
        const reason = await learn.locator('article[data-example-id="lure-zh-kefu-xigang"] .sjr-learn-reasons li').first().innerText();
        expect(
          Object.entries(c).some(([k, m]) => k.startsWith('signal_') && reason.startsWith(m.message)),
          `${locale}: "${reason}"`,
        ).toBe(true);
        await learn.close();
      } finally {
        await storeSettings(env.ext);
      }
    });
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lookup, t, useCatalog, type Catalog } from './i18n.ts';
import { applyUiLanguage, LOCALE_NAMES } from './ui-language.ts';
import { UI_LOCALES, type UiLocale } from './settings.ts';

const LOCALES_DIR = join(import.meta.dirname, '../../assets/public/_locales');
/** Loads the real shipped catalogue from disk, as the extension loads it from its package. */
const fromDisk = async (locale: UiLocale): Promise<Catalog> => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalog;

const vi = await fromDisk('vi');
const noBrowser = () => '';

afterEach(() => useCatalog(null));

describe('UI language override', () => {
  it('uses the chosen catalogue instead of the browser', () => {
    const browserSays = () => 'from the browser';
    expect(lookup('popupCheckPage', [], vi, browserSays)).toBe(vi.popupCheckPage!.message);
    expect(lookup('popupCheckPage', [], null, browserSays)).toBe('from the browser');
  });

  it('falls back to English for keys the chosen catalogue lacks, and to null for unknown keys', () => {
    const partial: Catalog = { popupCheckPage: { message: 'Kiểm tra' } };
    expect(lookup('popupCheckPage', [], partial, noBrowser)).toBe('Kiểm tra');
    expect(lookup('tierShortHigh', [], partial, noBrowser)).toBe('High risk');
    expect(lookup('noSuchKey', [], partial, noBrowser)).toBeNull();
    // An empty message counts as missing, as it does in Chrome.
    expect(lookup('tierShortHigh', [], { tierShortHigh: { message: '' } }, noBrowser)).toBe('High risk');
    // Inherited object keys are not messages.
    expect(lookup('toString', [], partial, noBrowser)).toBeNull();
  });

  it('formats placeholders from the chosen catalogue', () => {
    expect(lookup('popupCount', [3, 1], vi, noBrowser)).toContain('3');
    expect(lookup('popupCount', [3, 1], vi, noBrowser)).not.toContain('$');
  });

  it('switches t() to the chosen locale and back to the browser for "auto"', async () => {
    await applyUiLanguage('vi', fromDisk);
    expect(t('popupCheckPage')).toBe(vi.popupCheckPage!.message);
    expect(t('uiLang')).toBe('vi');
    await applyUiLanguage('auto', fromDisk);
    expect(t('popupCheckPage')).toBe('Check this page');
  });

  it('stays in the browser language when the catalogue cannot be loaded', async () => {
    await applyUiLanguage('vi', fromDisk);
    await applyUiLanguage('th', () => Promise.reject(new Error('missing file')));
    expect(t('popupCheckPage')).toBe('Check this page');
  });

  it('names every locale in its own language', () => {
    expect(Object.keys(LOCALE_NAMES).sort()).toEqual([...UI_LOCALES].sort());
    for (const l of UI_LOCALES) expect(LOCALE_NAMES[l].length).toBeGreaterThan(1);
  });
});

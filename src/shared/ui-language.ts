/**
 * The "UI language" setting: 'auto' leaves `t()` to the browser's language; a locale makes `t()`
 * use that locale's `_locales` catalogue, loaded from the extension's own files (never the
 * network). Extension pages fetch the file; the content script asks the background for it.
 */
import { browser } from 'wxt/browser';
import { useCatalog, type Catalog } from './i18n.ts';
import type { UiLanguage, UiLocale } from './settings.ts';

export type CatalogLoader = (locale: UiLocale) => Promise<Catalog>;

/** Reads `_locales/<locale>/messages.json` from the extension package (extension pages, background). */
export async function fetchCatalog(locale: UiLocale): Promise<Catalog> {
  const res = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`));
  if (!res.ok) throw new Error(`Could not read the ${locale} messages (${res.status})`);
  return (await res.json()) as Catalog;
}

/**
 * Switches `t()` to the chosen language. If the catalogue cannot be loaded the interface stays
 * in the browser's language (and says why in the console) rather than showing nothing.
 */
export async function applyUiLanguage(language: UiLanguage, load: CatalogLoader = fetchCatalog): Promise<void> {
  if (language === 'auto') return useCatalog(null);
  try {
    useCatalog(await load(language));
  } catch (err) {
    console.warn('[Scam Job Radar] UI language not applied:', err);
    useCatalog(null);
  }
}

/** Each locale's name in its own language, for the language picker. */
export const LOCALE_NAMES: Record<UiLocale, string> = {
  en: 'English',
  zh_CN: '简体中文',
  zh_TW: '繁體中文',
  vi: 'Tiếng Việt',
  id: 'Bahasa Indonesia',
  th: 'ไทย',
  fil: 'Filipino',
  ms: 'Bahasa Melayu',
  km: 'ខ្មែរ',
  my: 'မြန်မာ',
};

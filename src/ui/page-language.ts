import { chooseReaderCountry } from '../help/reader-country.ts';
import { uiLang } from '../shared/i18n.ts';
import { getSettings } from '../shared/storage.ts';
import { applyUiLanguage } from '../shared/ui-language.ts';

/**
 * For extension pages: switches `t()` to the UI language chosen in the options (if any), takes
 * the reader's country for help contacts from the options, and
 * sets the document's `lang`. Call before the first render; never fails (falls back to the browser's language).
 */
export async function applyPageLanguage(): Promise<void> {
  try {
    const settings = await getSettings();
    chooseReaderCountry(settings.helpCountry);
    await applyUiLanguage(settings.uiLanguage);
  } catch (err) {
    console.warn('[Scam Job Radar] could not read the UI language setting:', err);
  }
  document.documentElement.lang = uiLang();
}

/**
 * The reader's country for help contacts: chosen in the options ("helpCountry"), else guessed
 * from the UI language (Vietnamese → Vietnam, Khmer → Cambodia…). English and other languages
 * spoken in many countries give no guess. Like the UI language, each context sets it once from
 * the settings (`chooseReaderCountry`) before it draws anything.
 */
import { uiLang } from '../shared/i18n.ts';

/** UI locale (BCP 47, as `uiLang()` gives it) → the country it most likely means. */
const COUNTRY_OF_LOCALE: Record<string, string> = {
  vi: 'VN',
  fil: 'PH',
  tl: 'PH',
  km: 'KH',
  my: 'MM',
  th: 'TH',
  id: 'ID',
  ms: 'MY',
  lo: 'LA',
  'zh-TW': 'TW',
  'zh-HK': 'HK',
  'zh-CN': 'CN',
  ja: 'JP',
  ko: 'KR',
  ne: 'NP',
  bn: 'BD',
  si: 'LK',
  am: 'ET',
  'pt-BR': 'BR',
};

/** The country a UI locale suggests ("vi" → "VN", "zh_TW" → "TW"), or null. */
export function guessCountryFromLocale(locale: string): string | null {
  const tag = locale.replace('_', '-');
  return COUNTRY_OF_LOCALE[tag] ?? COUNTRY_OF_LOCALE[tag.split('-')[0] ?? ''] ?? null;
}

/** The setting's country, or the guess from the UI language when it is 'auto'. */
export function resolveReaderCountry(setting: string | undefined, locale: string): string | null {
  if (setting && /^[A-Z]{2}$/.test(setting)) return setting;
  return guessCountryFromLocale(locale);
}

let chosen: string | undefined;

/** Sets this context's help-country setting ('auto' or a code); see resolveReaderCountry. */
export function chooseReaderCountry(setting: string | undefined): void {
  chosen = setting;
}

/** The reader's country in this context, now (follows the UI language while the setting is 'auto'). */
export function readerCountry(): string | null {
  return resolveReaderCountry(chosen, uiLang());
}

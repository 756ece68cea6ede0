/**
 * UI strings through the browser's i18n (`_locales/<locale>/messages.json`).
 *
 * `t(key, ...substitutions)` returns the message in the browser's UI language. Where the browser
 * API is missing or answers '' (unit tests, a key a locale lacks), it falls back to the English
 * catalogue, formatted the same way, so nothing ever renders blank.
 */
import { browser } from 'wxt/browser';
import en from '../../assets/public/_locales/en/messages.json';

interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Record<string, CatalogEntry>;

/** Every key of the English (default-locale) catalogue. */
export type MessageKey = keyof typeof en;

const EN: Catalog = en;

/** Substitutions: Chrome takes at most nine ($1…$9). */
type Subs = ReadonlyArray<string | number>;

/**
 * Formats a catalogue entry the way chrome.i18n.getMessage does: named placeholders ($NAME$,
 * case-insensitive) become their `content`, then $1…$9 become the substitutions and $$ a `$`.
 */
export function formatMessage(entry: CatalogEntry, subs: Subs = []): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => placeholders.get(name.toLowerCase()) ?? m);
  return named.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

function fromBrowser(key: string, subs: Subs): string {
  try {
    const i18n = browser?.i18n;
    if (typeof i18n?.getMessage !== 'function') return '';
    // WXT types getMessage with the keys it last generated; ours are checked by MessageKey and the tests.
    const getMessage = i18n.getMessage.bind(i18n) as (name: string, substitutions?: string[]) => string;
    const msg = subs.length > 0 ? getMessage(key, subs.map(String)) : getMessage(key);
    return typeof msg === 'string' ? msg : '';
  } catch {
    return ''; // no extension context (tests, a plain page)
  }
}

/**
 * The catalogue the user chose in the options ("UI language"), or null to follow the browser.
 * chrome.i18n cannot switch language, so an override is looked up here first.
 */
let chosen: Catalog | null = null;

/** Uses `catalog` for every later `t()` (null: back to the browser's language). See ui-language.ts. */
export function useCatalog(catalog: Catalog | null): void {
  chosen = catalog;
}

/**
 * The message for `key`: from the chosen catalogue when there is one (English where it lacks the
 * key), else from the browser (English where it answers ''). Null when no catalogue has the key.
 */
export function lookup(key: string, subs: Subs, override: Catalog | null, browserMessage: (key: string, subs: Subs) => string): string | null {
  const own = override && Object.hasOwn(override, key) ? override[key] : undefined;
  if (own?.message) return formatMessage(own, subs);
  if (!override) {
    const msg = browserMessage(key, subs);
    if (msg) return msg;
  }
  const entry = Object.hasOwn(EN, key) ? EN[key] : undefined;
  return entry ? formatMessage(entry, subs) : null;
}

/** The message for `key` in the UI language (English if the browser has none). */
export function t(key: MessageKey, ...subs: Subs): string {
  return lookup(key, subs, chosen, fromBrowser) ?? key;
}

/** For keys built at run time: the message if any catalogue has it, else `fallback`. */
export function tOr(key: string, fallback: string, ...subs: Subs): string {
  if (!/^[A-Za-z0-9_@]+$/.test(key)) return fallback;
  return lookup(key, subs, chosen, fromBrowser) ?? fallback;
}

/**
 * A reason's label in the UI language (message `signal_<id>`); the verdict's own English label
 * when no catalogue knows the id.
 */
export function signalLabel(reason: { id: string; label: string }): string {
  return tOr(`signal_${reason.id}`, reason.label);
}

/** BCP 47 tag of the translation in use, for `lang` attributes (fonts, screen readers). */
export function uiLang(): string {
  return t('uiLang');
}

/**
 * The user's settings: their shape, defaults, validation and the migrations between stored
 * schema versions. Pure (no browser API): `storage.ts` wires these into a versioned storage item.
 */
import { CHAT_SITE_IDS, type ChatSiteId, chatSiteOf } from './sites.ts';

/** Locales the interface ships in (folder names under `_locales/`). */
export const UI_LOCALES = ['en', 'zh_CN', 'zh_TW', 'vi', 'id', 'th', 'fil', 'ms', 'km', 'my'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
/** 'auto' follows the browser's UI language (chrome.i18n); a locale overrides it. */
export type UiLanguage = 'auto' | UiLocale;

/**
 * How readily postings get a warning. 'balanced' uses the model's shipped thresholds; the others
 * move both cut-offs (see `sensitivity.ts`).
 */
export const SENSITIVITIES = ['cautious', 'balanced', 'relaxed'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Settings as schema version 1 wrote them (key `settings`, meta `settings$` = `{ v: 1 }`). */
export interface SettingsV1 {
  showLowRiskBadges: boolean;
  allSites: boolean;
}

/** Schema version 2: v1 plus sensitivity, per-site switch, trust lists and UI language. */
export interface Settings extends SettingsV1 {
  sensitivity: Sensitivity;
  /** Hostnames (see `siteKey`) where the page is not scanned automatically. */
  disabledSites: string[];
  /** Hostnames whose postings the user trusts. */
  trustedSites: string[];
  /** Employer names (see `employerKey`) whose postings the user trusts. */
  trustedEmployers: string[];
  uiLanguage: UiLanguage;
  /**
   * Put each verdict's exact score on the page (`data-scam-job-radar-score` on the badge and
   * the check panel) for tools that read it. Off by default: a page then sees only the tier.
   */
  exposeScores: boolean;
  /**
   * The reader's country for the help contacts every warning offers (ISO 3166 code), or 'auto'
   * to guess it from the UI language (see src/help/reader-country.ts).
   */
  helpCountry: HelpCountrySetting;
  /**
   * Private chats (sites.ts CHAT_SITES) whose messages are read: none by default. Added within
   * schema v2 (a missing value reads as none), like exposeScores.
   */
  chatSites: ChatSiteId[];
  /**
   * Read the text in images of posts on the social sites (OCR on this device, src/content/post-images.ts):
   * off by default, it costs CPU. Added within schema v2 (a missing value reads as off).
   */
  readPostImages: boolean;
}

/** 'auto' or an ISO 3166-1 alpha-2 code. */
export type HelpCountrySetting = 'auto' | (string & {});

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  showLowRiskBadges: true,
  allSites: false,
  sensitivity: 'balanced',
  disabledSites: [],
  trustedSites: [],
  trustedEmployers: [],
  uiLanguage: 'auto',
  exposeScores: false,
  helpCountry: 'auto',
  chatSites: [],
  readPostImages: false,
};

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function strings(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  return [...new Set(x.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()))];
}

/**
 * Trust lists are capped so a page (whose badge offers "Trust this employer") or years of use
 * cannot grow the stored settings without bound: at most this many entries each, newest kept
 * (`withItem` appends, so the oldest are dropped first; re-trusting moves an entry to the end).
 */
export const MAX_TRUSTED_SITES = 1_000;
export const MAX_TRUSTED_EMPLOYERS = 1_000;
/** Longest stored entry: a hostname is at most 253 characters; employer keys are cut to 200. */
export const MAX_TRUST_ENTRY_LENGTH = 253;

function capped(list: string[], max: number): string[] {
  const ok = list.filter((s) => s.length <= MAX_TRUST_ENTRY_LENGTH);
  return ok.length > max ? ok.slice(ok.length - max) : ok;
}

function oneOf<T extends string>(allowed: readonly T[], x: unknown, fallback: T): T {
  return allowed.includes(x as T) ? (x as T) : fallback;
}

/**
 * Any stored value (any version, hand-edited, partial) → valid v2 settings. Unknown keys are
 * kept, so a value written by a newer build is not stripped by an older one.
 */
export function normaliseSettings(raw: unknown): Settings {
  const v = isRecord(raw) ? raw : {};
  return {
    ...v,
    showLowRiskBadges: typeof v.showLowRiskBadges === 'boolean' ? v.showLowRiskBadges : DEFAULT_SETTINGS.showLowRiskBadges,
    allSites: typeof v.allSites === 'boolean' ? v.allSites : DEFAULT_SETTINGS.allSites,
    sensitivity: oneOf(SENSITIVITIES, v.sensitivity, DEFAULT_SETTINGS.sensitivity),
    disabledSites: strings(v.disabledSites),
    trustedSites: capped(strings(v.trustedSites), MAX_TRUSTED_SITES),
    trustedEmployers: capped(strings(v.trustedEmployers), MAX_TRUSTED_EMPLOYERS),
    uiLanguage: oneOf<UiLanguage>(['auto', ...UI_LOCALES], v.uiLanguage, DEFAULT_SETTINGS.uiLanguage),
    exposeScores: typeof v.exposeScores === 'boolean' ? v.exposeScores : DEFAULT_SETTINGS.exposeScores,
    helpCountry: typeof v.helpCountry === 'string' && /^[A-Z]{2}$/.test(v.helpCountry) ? v.helpCountry : DEFAULT_SETTINGS.helpCountry,
    chatSites: strings(v.chatSites).filter((c): c is ChatSiteId => (CHAT_SITE_IDS as readonly string[]).includes(c)),
    readPostImages: v.readPostImages === true,
  };
}

/** v1 → v2: both v1 choices (and any other stored key) kept; the new fields get their defaults. */
export function migrateSettingsV1ToV2(v1: unknown): Settings {
  return normaliseSettings(v1);
}

/**
 * The hostname a site setting refers to: lower-cased, without a leading "www.". '' for URLs
 * without a host (files, extension pages) or unparsable input.
 */
export function siteKey(urlOrHost: string): string {
  const s = urlOrHost.trim();
  if (!s) return '';
  try {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? new URL(s) : new URL(`http://${s}`);
    return url.hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** True when `url`'s host is one of `sites` or a subdomain of one. */
export function siteListed(sites: readonly string[], url: string): boolean {
  const host = siteKey(url);
  if (!host) return false;
  return sites.some((s) => host === s || host.endsWith(`.${s}`));
}

/** True when the user switched the private chat `id` on. */
export function chatOn(settings: Pick<Settings, 'chatSites'>, id: ChatSiteId): boolean {
  return settings.chatSites.includes(id);
}

/**
 * May the page at `url` be read without a click? Everywhere but in a private chat the user has not
 * switched on (the per-site switch, disabledSites, is checked separately).
 */
export function chatAllowed(settings: Pick<Settings, 'chatSites'>, url: string): boolean {
  const chat = chatSiteOf(url);
  return chat === undefined || chatOn(settings, chat);
}

/** `list` with `item` added once (or removed), as a new array. */
export function withItem(list: readonly string[], item: string, present: boolean): string[] {
  const rest = list.filter((x) => x !== item);
  return present ? [...rest, item] : rest;
}

/**
 * The disabled-sites list with automatic checks switched on or off for `host`. Switching on also
 * removes a parent domain that covered it (switching off "example.com" covers "jobs.example.com").
 */
export function withSiteEnabled(disabledSites: readonly string[], host: string, on: boolean): string[] {
  const key = siteKey(host);
  if (!key) return [...disabledSites];
  if (on) return disabledSites.filter((s) => !(key === s || key.endsWith(`.${s}`)));
  return withItem(disabledSites, key, true);
}

/**
 * Whether the browser lets the extension run on a site by itself. Firefox (MV3) lets the user
 * withhold any site's host permission, at install or later in its Extensions panel or
 * about:addons; Chrome's "site access" does the same. Then the declared content script does not
 * run there, whatever our own settings say.
 *
 * `permissions.getAll()` is asked, not `permissions.contains()`: Chrome's `contains` answers false
 * for a site granted only through the content script's matches, while `getAll` lists those.
 */
import { browser } from 'wxt/browser';
import { ALL_SITES_MATCHES } from './sites.ts';

/** Does a match pattern (as `permissions.getAll` lists them) cover the web page at `url`? Ports and paths are not compared. */
export function patternCovers(pattern: string, url: string): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  const scheme = page.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  if (m[1] !== '*' && m[1] !== scheme) return false;
  const host = (m[2] as string).toLowerCase().replace(/:\d+$/, '');
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    return page.hostname === domain || page.hostname.endsWith(`.${domain}`);
  }
  return page.hostname === host;
}

/** The pattern to ask the browser for so the extension runs on `url` by itself: the content script's own pattern for it, else all sites. */
export function patternFor(url: string, matches: readonly string[]): string {
  return matches.find((p) => patternCovers(p, url)) ?? (ALL_SITES_MATCHES[0] as string);
}

/** The origins the browser currently grants the extension. */
export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** True when one of `granted` covers the page at `url`. */
export function allowedOn(granted: readonly string[], url: string): boolean {
  return granted.some((p) => patternCovers(p, url));
}

/** True when `granted` includes an all-sites pattern ("Run on all sites" is in force). */
export function allSitesGranted(granted: readonly string[]): boolean {
  return granted.some((p) => p === '<all_urls>' || ALL_SITES_MATCHES.includes(p));
}

/**
 * Asks the browser for `pattern`. Call it straight from a click handler, before any `await`:
 * browsers only prompt for a user gesture. Resolves false when refused or when it fails.
 */
export function requestSite(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] }).catch(() => false);
}

/**
 * Which sites the content script runs on by itself: the default match patterns (sites.ts), or
 * every site once the user granted "all sites". The per-site switch only means something there.
 */
import { siteKey, siteListed } from './settings.ts';

/** The site a match pattern stands for ("*://*.linkedin.com/..." gives "linkedin.com"); '' for the all-sites pattern. */
export function patternSite(pattern: string): string {
  const m = /^(\*|https?):\/\/(\*\.)?([^/*]+)\//.exec(pattern);
  return m?.[3] ? siteKey(m[3]) : '';
}

/** True when the page at `url` is checked without a click: listed in `matches`, or all sites are on. */
export function runsAutomatically(url: string, matches: readonly string[], allSites: boolean): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  if (allSites) return true;
  return siteListed(matches.map(patternSite).filter(Boolean), url);
}

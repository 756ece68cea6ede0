import type { ScanFailure } from '../shared/messages.ts';

/** Schemes of pages no add-on may script: the browser's own pages, add-ons' pages, source views. */
const RESTRICTED_SCHEME =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|jar):/i;

/** The add-on stores, which browsers keep every add-on out of. */
const STORE_PAGE =
  /^https:\/\/(?:chromewebstore\.google\.com\/|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org\/|addons\.opera\.com\/)/i;

/** How Chromium says it when it refuses such a page, for when the tab's URL is not visible to us ("Cannot access a chrome:// URL"). */
const RESTRICTED_ERROR = /Cannot access an? [a-z-]+:\/\/ URL|cannot be scripted/i;

/** Why the browser refused to let us check a tab, from its error and, when we may see it, the tab's URL. */
export function scanFailure(error: string, url?: string): ScanFailure {
  if (url && (RESTRICTED_SCHEME.test(url) || STORE_PAGE.test(url))) return 'restricted';
  return RESTRICTED_ERROR.test(error) ? 'restricted' : 'failed';
}

/** Registry of site adapters, in priority order. */
import { facebookAdapter } from './facebook.ts';
import { glintsAdapter } from './glints.ts';
import { instagramAdapter } from './instagram.ts';
import { indeedAdapter } from './indeed.ts';
import { jobstreetAdapter } from './jobstreet.ts';
import { kalibrrAdapter } from './kalibrr.ts';
import { linkedinAdapter } from './linkedin.ts';
import { messengerAdapter } from './messenger.ts';
import { profesiaAdapter } from './profesia.ts';
import { telegramAdapter } from './telegram.ts';
import { telegramWebAdapter } from './telegram-web.ts';
import { tiktokAdapter } from './tiktok.ts';
import { topcvAdapter } from './topcv.ts';
import { totaljobsAdapter } from './totaljobs.ts';
import { whatsappAdapter } from './whatsapp.ts';
import { xAdapter } from './x.ts';
import { zaloAdapter } from './zalo.ts';
import type { SiteAdapter } from './types.ts';
import { selfDeclaredUrl } from '../dom.ts';

export type { SiteAdapter } from './types.ts';

export const siteAdapters: readonly SiteAdapter[] = [
  linkedinAdapter,
  indeedAdapter,
  jobstreetAdapter,
  glintsAdapter,
  telegramAdapter,
  profesiaAdapter,
  totaljobsAdapter,
  topcvAdapter,
  // Before Facebook: www.facebook.com/messages is Messenger.
  messengerAdapter,
  facebookAdapter,
  xAdapter,
  kalibrrAdapter,
  telegramWebAdapter,
  whatsappAdapter,
  zaloAdapter,
  tiktokAdapter,
  instagramAdapter,
];

function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The adapter for a page: by the given URL; without one (a saved file), by the page's own
 * canonical/og:url, then by each adapter's document check (data attributes, URL patterns).
 */
export function adapterFor(doc: Document, url?: string): SiteAdapter | undefined {
  const given = parseUrl(url);
  if (given && /^https?:$/.test(given.protocol)) return siteAdapters.find((a) => safeMatch(a, given));
  const declared = parseUrl(selfDeclaredUrl(doc));
  if (declared) {
    const byUrl = siteAdapters.find((a) => safeMatch(a, declared));
    if (byUrl) return byUrl;
  }
  for (const adapter of siteAdapters) {
    try {
      if (adapter.detect?.(doc)) return adapter;
    } catch {
      /* ignore */
    }
  }
  return undefined;
}

function safeMatch(adapter: SiteAdapter, url: URL): boolean {
  try {
    return adapter.matches(url);
  } catch {
    return false;
  }
}

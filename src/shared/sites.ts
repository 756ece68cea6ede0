/**
 * Sites where job-scam lures circulate: the content script runs here without a click.
 * Every other site runs on demand (toolbar → "Check this page", via activeTab) or after the
 * user grants the optional all-sites permission in the options page.
 */
export const DEFAULT_MATCHES = [
  '*://*.linkedin.com/*',
  '*://*.indeed.com/*',
  '*://*.jobstreet.com/*',
  '*://*.jobstreet.co.id/*',
  '*://*.jobsdb.com/*',
  '*://*.glints.com/*',
  '*://*.kalibrr.com/*',
  '*://*.topcv.vn/*',
  '*://*.facebook.com/*',
  '*://web.telegram.org/*',
  '*://t.me/*',
  '*://x.com/*',
  '*://twitter.com/*',
  '*://*.tiktok.com/*',
  '*://*.instagram.com/*',
];

/**
 * Private chats. Nothing is read there unless the user switches the chat on (settings
 * `chatSites`, off by default) from the popup or the options page; the switch asks the browser for
 * that chat's optional host permission, and the background then registers the content script
 * there (chat-sites.ts). Messenger inside facebook.com (/messages), where the content script runs
 * anyway, is read only when Messenger is switched on.
 */
export const CHAT_SITES = [
  { id: 'whatsapp', name: 'WhatsApp Web', host: 'web.whatsapp.com', matches: ['https://web.whatsapp.com/*'] },
  { id: 'zalo', name: 'Zalo', host: 'chat.zalo.me', matches: ['https://chat.zalo.me/*'] },
  { id: 'messenger', name: 'Messenger', host: 'messenger.com', matches: ['https://www.messenger.com/*'] },
] as const;

export type ChatSiteId = (typeof CHAT_SITES)[number]['id'];
export const CHAT_SITE_IDS: readonly ChatSiteId[] = CHAT_SITES.map((c) => c.id);

/** Every chat's host, asked for when it is switched on (within the optional all-sites access). */
export const CHAT_MATCHES: string[] = CHAT_SITES.flatMap((c) => [...c.matches]);

/** The private chat a page belongs to (web.whatsapp.com, chat.zalo.me, messenger.com, facebook.com/messages), if any. */
export function chatSiteOf(url: string): ChatSiteId | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(u.protocol)) return undefined;
  const host = u.hostname.toLowerCase();
  const on = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  if (on('web.whatsapp.com')) return 'whatsapp';
  if (on('chat.zalo.me')) return 'zalo';
  if (on('messenger.com')) return 'messenger';
  if (on('facebook.com') && /^\/messages(?:\/|$)/.test(u.pathname)) return 'messenger';
  return undefined;
}

/**
 * The job boards among the default sites: when a scan starts on one of them (checked with
 * `siteListed`), the content script asks the background to load the model at once, since its
 * pages nearly always hold postings. Social sites are left out: most of their pages hold no job
 * post, and there the model loads with the first one found.
 */
export const JOB_BOARD_HOSTS = ['linkedin.com', 'indeed.com', 'jobstreet.com', 'jobstreet.co.id', 'jobsdb.com', 'glints.com', 'kalibrr.com', 'topcv.vn'];

/** Test builds (`--mode e2e`) also run on pages served from the local test server. */
export const E2E_MATCHES = ['http://127.0.0.1/*'];

/**
 * Test builds may also inject into `localhost` pages, without running there by themselves:
 * it stands in for "a site outside the default list" whose user clicks "Check this page"
 * (a browser grants that through activeTab, which a test cannot click).
 */
export const E2E_ON_DEMAND_HOSTS = ['http://localhost/*'];

export const ALL_SITES_MATCHES = ['*://*/*'];

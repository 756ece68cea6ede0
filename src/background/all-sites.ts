import { browser } from 'wxt/browser';
import { ALL_SITES_MATCHES, CHAT_MATCHES, DEFAULT_MATCHES } from '../shared/sites.ts';
import { getSettings, settingsItem } from '../shared/storage.ts';
import { CONTENT_SCRIPT } from './content-script.ts';

const ALL_SITES_SCRIPT_ID = 'sjr-all-sites';
/**
 * Where the all-sites script stays away: the default sites and the private chats have their own
 * registration (two copies of the script on one page would stop each other), and a chat that is
 * off is not read anyway.
 */
export const ALL_SITES_EXCLUDES = [...DEFAULT_MATCHES, ...CHAT_MATCHES];

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => a?.length === b.length && a.every((x, i) => x === b[i]);

/** Registers the content script on every site when the setting is on and the permission granted; unregisters it otherwise. */
export async function syncAllSitesScript(): Promise<void> {
  const { allSites } = await getSettings();
  const granted = await browser.permissions.contains({ origins: ALL_SITES_MATCHES });
  let registered = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  // A registration from an earlier version with other exclusions is replaced.
  if (registered.length > 0 && (!allSites || !granted || !sameList(registered[0]?.excludeMatches, ALL_SITES_EXCLUDES))) {
    await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
    registered = [];
  }
  if (allSites && granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      { id: ALL_SITES_SCRIPT_ID, matches: ALL_SITES_MATCHES, excludeMatches: ALL_SITES_EXCLUDES, js: [CONTENT_SCRIPT], runAt: 'document_idle' },
    ]);
  }
}

/** Keeps the "run on all sites" registration in step with the setting and the permission. */
export function keepAllSitesScriptInSync(): void {
  settingsItem.watch(() => void syncAllSitesScript());
  browser.permissions.onRemoved.addListener(() => void syncAllSitesScript());
  browser.permissions.onAdded.addListener(() => void syncAllSitesScript());
  browser.runtime.onStartup.addListener(() => void syncAllSitesScript());
  browser.runtime.onInstalled.addListener(() => void syncAllSitesScript());
}

import { browser } from 'wxt/browser';
import { ALL_SITES_MATCHES, DEFAULT_MATCHES } from '../shared/sites.ts';
import { getSettings, settingsItem } from '../shared/storage.ts';
import { CONTENT_SCRIPT } from './content-script.ts';

const ALL_SITES_SCRIPT_ID = 'sjr-all-sites';

/** Registers the content script on every site when the setting is on and the permission granted; unregisters it otherwise. */
export async function syncAllSitesScript(): Promise<void> {
  const { allSites } = await getSettings();
  const granted = await browser.permissions.contains({ origins: ALL_SITES_MATCHES });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  if (allSites && granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      { id: ALL_SITES_SCRIPT_ID, matches: ALL_SITES_MATCHES, excludeMatches: DEFAULT_MATCHES, js: [CONTENT_SCRIPT], runAt: 'document_idle' },
    ]);
  } else if ((!allSites || !granted) && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
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

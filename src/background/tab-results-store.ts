import { browser } from 'wxt/browser';
import { applySettings } from '../detect/apply-settings.ts';
import { MODEL_META } from '../detect/model-meta.ts';
import type { TabResults } from '../shared/messages.ts';
import { normaliseSettings, type Settings } from '../shared/settings.ts';
import { settingsItem } from '../shared/storage.ts';
import { badgeColor, badgeText, withRiskyCount } from '../shared/tab-results.ts';

/**
 * The session-storage key of a tab's results, `tab:<id>`. Session storage so the popup still
 * sees them after the worker restarts.
 */
export const tabKey = {
  of: (tabId: number): string => `tab:${tabId}`,
  /** The tab a key belongs to; null for any other key. */
  parse(key: string): number | null {
    const match = /^tab:(\d+)$/.exec(key);
    return match ? Number(match[1]) : null;
  },
};

/** Each tab's scored postings, and the toolbar badge that counts its warnings. */
export const tabResults = {
  async read(tabId: number): Promise<TabResults | null> {
    const key = tabKey.of(tabId);
    const got = await browser.storage.session.get(key);
    return (got[key] as TabResults | undefined) ?? null;
  },

  async write(tabId: number, results: TabResults): Promise<void> {
    await browser.storage.session.set({ [tabKey.of(tabId)]: results });
    await browser.action.setBadgeText({ tabId, text: badgeText(results) });
    await browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(results) });
  },

  async clear(tabId: number): Promise<void> {
    await browser.storage.session.remove(tabKey.of(tabId));
    await browser.action.setBadgeText({ tabId, text: '' });
  },

  /** Drops a closed tab's results (its badge went with it). */
  async forget(tabId: number): Promise<void> {
    await browser.storage.session.remove(tabKey.of(tabId));
  },

  /** Re-applies sensitivity and trust to every tab's stored results (they depend only on score, posting and page). */
  async reapplySettings(raw: Settings | null): Promise<void> {
    const settings = normaliseSettings(raw);
    const all = await browser.storage.session.get(null);
    for (const [key, value] of Object.entries(all)) {
      const tabId = tabKey.parse(key);
      if (tabId === null) continue;
      const results = value as TabResults;
      const scored = results.scored.map((s) => ({
        posting: s.posting,
        verdict: applySettings(s.verdict, s.posting, results.url, settings, MODEL_META.thresholds),
      }));
      await tabResults.write(tabId, withRiskyCount({ ...results, scored }));
    }
  },
};

export type TabResultsStore = typeof tabResults;

/**
 * Keeps stored results in step with their tab: forgotten when it closes, cleared when it loads a
 * new page (until its content script reports, so a page that is not scanned never shows the
 * previous page's postings and count), re-tiered when the settings change (the toolbar count and
 * the popup at once; badges on the page at the next scan).
 */
export function keepTabResultsCurrent(): void {
  browser.tabs.onRemoved.addListener((tabId) => void tabResults.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabResults.clear(tabId).catch((err: unknown) => console.warn('[Scam Job Radar] could not clear tab results:', err));
  });
  settingsItem.watch(
    (next) => void tabResults.reapplySettings(next).catch((err: unknown) => console.warn('[Scam Job Radar] could not apply the new settings:', err)),
  );
}

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getBrowserEngine } from '../src/detect/browser-engine.ts';
import { EmptyPostingError } from '../src/detect/engine.ts';
import type { Request, Response, ScoredPosting, TabResults } from '../src/shared/messages.ts';
import { listen, send } from '../src/shared/messaging.ts';
import { ALL_SITES_MATCHES, DEFAULT_MATCHES } from '../src/shared/sites.ts';
import { normalizeReport, appendReport } from '../src/shared/reports.ts';
import { getSettings, reportsItem, settingsItem, updateSettings } from '../src/shared/storage.ts';
import { applySettings } from '../src/detect/apply-settings.ts';
import { retier, thresholdsFor } from '../src/detect/sensitivity.ts';
import { normaliseSettings, siteKey, withItem, type Settings } from '../src/shared/settings.ts';
import { employerKey } from '../src/shared/trust.ts';
import { applyUiLanguage, fetchCatalog } from '../src/shared/ui-language.ts';
import { t } from '../src/shared/i18n.ts';
import { withRiskyCount } from '../src/shared/tab-results.ts';
import { MODEL_META } from '../src/detect/model-meta.ts';
import { badgeColor, badgeText, mergeTabResults } from '../src/shared/tab-results.ts';

const CONTENT_SCRIPT = 'content-scripts/content.js';
const CHECK_SELECTION_MENU = 'sjr-check-selection';
const ALL_SITES_SCRIPT_ID = 'sjr-all-sites';

// Tab results live in session storage so the popup still sees them after the worker restarts.
const tabKey = (tabId: number) => `tab:${tabId}`;

async function readTab(tabId: number): Promise<TabResults | null> {
  const got = await browser.storage.session.get(tabKey(tabId));
  return (got[tabKey(tabId)] as TabResults | undefined) ?? null;
}

async function writeTab(tabId: number, results: TabResults): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: results });
  await browser.action.setBadgeText({ tabId, text: badgeText(results) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(results) });
}

async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
  await browser.action.setBadgeText({ tabId, text: '' });
}

/** Re-applies sensitivity and trust to every open tab's stored results (they depend only on score, posting and page). */
async function reapplySettings(raw: Settings | null): Promise<void> {
  const settings = normaliseSettings(raw);
  const all = await browser.storage.session.get(null);
  for (const [key, value] of Object.entries(all)) {
    const tabId = Number(key.slice(4));
    if (!key.startsWith('tab:') || !Number.isInteger(tabId)) continue;
    const results = value as TabResults;
    const scored = results.scored.map((s) => ({
      posting: s.posting,
      verdict: applySettings(s.verdict, s.posting, results.url, settings, MODEL_META.thresholds),
    }));
    await writeTab(tabId, withRiskyCount({ ...results, scored }));
  }
}

/** The context menu in the UI language chosen in the options (its title is set once, in the browser's language, at install). */
async function syncMenuLanguage(): Promise<void> {
  await applyUiLanguage((await getSettings()).uiLanguage);
  await browser.contextMenus.update(CHECK_SELECTION_MENU, { title: t('menuCheckSelection') });
}

/** Keeps the "run on all sites" registration in step with the setting and the permission. */
async function syncAllSitesScript(): Promise<void> {
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

/**
 * "Check this job ad" on selected text: score it, then show the result on the page. The menu
 * click grants activeTab, so the content script can be injected even where it does not run.
 */
async function checkSelection(text: string, tabId: number | undefined): Promise<void> {
  const engine = await getBrowserEngine();
  const verdict = retier(await engine.score({ text }), thresholdsFor((await getSettings()).sensitivity, engine.meta.thresholds));
  if (tabId === undefined) return;
  await sendToContentScript(tabId, 'show-verdict', { verdict, text });
}

/**
 * Sends a message to the tab's content script, injecting the script first only when none
 * answers: injecting a second copy would invalidate the running one (WXT stops older instances
 * of a content script), leaving the page with no listener at all.
 */
async function sendToContentScript<K extends 'scan-now' | 'show-verdict' | 'check-link'>(tabId: number, type: K, data: Request<K>): Promise<Response<K>> {
  try {
    return await send(type, data, tabId);
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT}`] });
    return send(type, data, tabId);
  }
}

/**
 * "Check this job ad" on a link: the content script finds the posting the link belongs to on
 * this page and shows its verdict. The linked page itself is never fetched.
 */
async function checkLink(linkUrl: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const { ok } = await sendToContentScript(tabId, 'check-link', { url: linkUrl });
  if (!ok) console.warn('[Scam Job Radar] no job ad found around the link', linkUrl);
}

// Report writes are read-modify-write: chain them so two quick clicks cannot lose one.
let reportWrites: Promise<unknown> = Promise.resolve();

export default defineBackground(() => {
  listen({
    'save-report': ({ report }) => {
      const clean = normalizeReport(report);
      if (!clean) throw new Error('Not a valid report');
      const write = reportWrites.then(async () => {
        const next = appendReport(await reportsItem.getValue(), clean);
        await reportsItem.setValue(next);
        return { ok: true, count: next.length };
      });
      reportWrites = write.catch(() => undefined);
      return write;
    },
    'score-postings': async ({ postings, pageUrl, append, replaces }, sender) => {
      const engine = await getBrowserEngine();
      const scored: ScoredPosting[] = [];
      for (const posting of postings) {
        try {
          scored.push({ posting, verdict: await engine.score(posting) });
        } catch (err) {
          // Only an empty posting gets a neutral verdict (keeping indices aligned with the request);
          // any other failure must not pass for "low risk".
          if (!(err instanceof EmptyPostingError)) throw err;
          scored.push({ posting, verdict: { score: 0, risk: 'low', reasons: [], model: engine.meta.version } });
        }
      }
      // The user's sensitivity and trust lists, applied here once so badge, toolbar and popup agree.
      const settings = await getSettings();
      for (const s of scored) s.verdict = applySettings(s.verdict, s.posting, pageUrl, settings, engine.meta.thresholds);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await writeTab(tabId, mergeTabResults(await readTab(tabId), pageUrl, scored, append, replaces));
      return { verdicts: scored.map((s) => s.verdict) };
    },
    'prepare-model': () => {
      // Loading takes about a second after the worker starts: begin while the page is still
      // being read. A failure here is retried by the first real request.
      getBrowserEngine().catch(() => undefined);
      return { ok: true };
    },
    'check-text': async ({ text }) => {
      const engine = await getBrowserEngine();
      const { sensitivity } = await getSettings();
      return { verdict: retier(await engine.score({ text }), thresholdsFor(sensitivity, engine.meta.thresholds)) };
    },
    trust: async ({ kind, value }) => {
      const key = kind === 'site' ? siteKey(value) : employerKey(value);
      if (!key) throw new Error(kind === 'site' ? 'This page has no site name to trust' : 'No employer name to trust');
      await updateSettings((s) =>
        kind === 'site' ? { ...s, trustedSites: withItem(s.trustedSites, key, true) } : { ...s, trustedEmployers: withItem(s.trustedEmployers, key, true) },
      );
      return { ok: true };
    },
    'get-catalog': async ({ locale }) => ({ catalog: await fetchCatalog(locale) }),
    'get-tab-results': async ({ tabId }) => ({ results: await readTab(tabId) }),
    'scan-tab': async ({ tabId }) => {
      try {
        // Scan even where the user switched automatic scanning off: they asked for this page.
        await sendToContentScript(tabId, 'scan-now', {});
        return { ok: true };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));
  // A new page starts with no results (until its content script reports), so a page that is not
  // scanned (site switched off) never shows the previous page's postings and count.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId).catch((err: unknown) => console.warn('[Scam Job Radar] could not clear tab results:', err));
  });
  // Sensitivity and trust changes reach the toolbar count and the popup at once (badges on the next scan).
  settingsItem.watch((next) => void reapplySettings(next).catch((err: unknown) => console.warn('[Scam Job Radar] could not apply the new settings:', err)));
  settingsItem.watch(() => void syncAllSitesScript());
  const menuLanguage = () => void syncMenuLanguage().catch((err: unknown) => console.warn('[Scam Job Radar] could not update the menu language:', err));
  settingsItem.watch((next, prev) => {
    if (next?.uiLanguage !== prev?.uiLanguage) menuLanguage();
  });
  browser.runtime.onStartup.addListener(menuLanguage);
  browser.permissions.onRemoved.addListener(() => void syncAllSitesScript());
  browser.permissions.onAdded.addListener(() => void syncAllSitesScript());
  browser.runtime.onStartup.addListener(() => void syncAllSitesScript());
  browser.runtime.onInstalled.addListener(() => {
    void syncAllSitesScript();
    browser.contextMenus.create(
      { id: CHECK_SELECTION_MENU, title: browser.i18n.getMessage('menuCheckSelection'), contexts: ['selection', 'link'] },
      menuLanguage,
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_SELECTION_MENU) return;
    if (info.selectionText?.trim()) {
      checkSelection(info.selectionText, tab?.id).catch((err: unknown) => console.warn('[Scam Job Radar] could not check the selection:', err));
    } else if (info.linkUrl) {
      checkLink(info.linkUrl, tab?.id).catch((err: unknown) => console.warn('[Scam Job Radar] could not check the link:', err));
    }
  });
});

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getBrowserEngine } from '../src/detect/browser-engine.ts';
import { EmptyPostingError } from '../src/detect/engine.ts';
import type { ScoredPosting, TabResults } from '../src/shared/messages.ts';
import { listen, send } from '../src/shared/messaging.ts';
import { ALL_SITES_MATCHES, DEFAULT_MATCHES } from '../src/shared/sites.ts';
import { normalizeReport, appendReport } from '../src/shared/reports.ts';
import { getSettings, reportsItem, settingsItem } from '../src/shared/storage.ts';
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
  const verdict = await engine.score({ text });
  if (tabId === undefined) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT}`] });
  await send('show-verdict', { verdict, text }, tabId);
}

/**
 * "Check this job ad" on a link: the content script finds the posting the link belongs to on
 * this page and shows its verdict. The linked page itself is never fetched.
 */
async function checkLink(linkUrl: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT}`] });
  const { ok } = await send('check-link', { url: linkUrl }, tabId);
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
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await writeTab(tabId, mergeTabResults(await readTab(tabId), pageUrl, scored, append, replaces));
      return { verdicts: scored.map((s) => s.verdict) };
    },
    'check-text': async ({ text }) => {
      const engine = await getBrowserEngine();
      return { verdict: await engine.score({ text }) };
    },
    'get-tab-results': async ({ tabId }) => ({ results: await readTab(tabId) }),
    'scan-tab': async ({ tabId }) => {
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT}`] });
        return { ok: true };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));
  settingsItem.watch(() => void syncAllSitesScript());
  browser.permissions.onRemoved.addListener(() => void syncAllSitesScript());
  browser.permissions.onAdded.addListener(() => void syncAllSitesScript());
  browser.runtime.onStartup.addListener(() => void syncAllSitesScript());
  browser.runtime.onInstalled.addListener(() => {
    void syncAllSitesScript();
    browser.contextMenus.create({ id: CHECK_SELECTION_MENU, title: browser.i18n.getMessage('menuCheckSelection'), contexts: ['selection', 'link'] });
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

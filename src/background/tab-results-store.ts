import { browser } from 'wxt/browser';
import { applySettings } from '../detect/apply-settings.ts';
import { MODEL_META } from '../detect/model-meta.ts';
import type { TabResults } from '../shared/messages.ts';
import { normaliseSettings, type Settings } from '../shared/settings.ts';
import { settingsItem } from '../shared/storage.ts';
import { badgeColor, badgeText, capTabResults, withRiskyCount } from '../shared/tab-results.ts';

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

/**
 * What all tabs' results may take of session storage (Chrome's quota is 10 MB, shared by every
 * tab): past it, the tabs written longest ago are cut to a summary. A tab's own caps
 * (TAB_LIMITS) keep one feed to a few hundred kB.
 */
export const SESSION_BUDGET = { bytes: 8 * 1024 * 1024 };
/** A tab cut to make room keeps its counts and its highest-risk postings, this many. */
const SUMMARY = { listed: 20, kept: 20 };
/** The last resort: counts only. */
const COUNTS_ONLY = { listed: 0, kept: 0 };

const encoder = new TextEncoder();
/** Roughly what the browser counts against the quota: the key and the JSON of the value, in bytes. */
const sizeOf = (key: string, value: unknown): number => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/** Writes run one at a time, so a read-modify-write of a tab (and the size bookkeeping) is never interleaved. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Each stored tab's size and when it was last written (this worker's clock; 0 for what an earlier worker wrote). */
let sizes: Map<number, { bytes: number; at: number }> | null = null;
let clock = 0;

async function knownSizes(): Promise<Map<number, { bytes: number; at: number }>> {
  if (sizes) return sizes;
  const found = new Map<number, { bytes: number; at: number }>();
  try {
    for (const [key, value] of Object.entries(await browser.storage.session.get(null))) {
      const tabId = tabKey.parse(key);
      if (tabId !== null) found.set(tabId, { bytes: sizeOf(key, value), at: 0 });
    }
  } catch {
    // Unreadable storage: start counting from here.
  }
  sizes = found;
  return found;
}

const total = (m: Map<number, { bytes: number }>): number => [...m.values()].reduce((n, s) => n + s.bytes, 0);

async function readStored(tabId: number): Promise<TabResults | null> {
  const key = tabKey.of(tabId);
  const got = await browser.storage.session.get(key);
  const value = got[key] as TabResults | undefined;
  return value && Array.isArray(value.scored) ? value : null;
}

/** Stores `results` as they are, keeping the size bookkeeping; throws what the browser throws (quota). */
async function put(tabId: number, results: TabResults, index: Map<number, { bytes: number; at: number }>, at = ++clock): Promise<void> {
  const key = tabKey.of(tabId);
  await browser.storage.session.set({ [key]: results });
  index.set(tabId, { bytes: sizeOf(key, results), at });
}

/** Cuts other tabs to a summary (`level`), written longest ago first, until the total fits `budget` (all of them for budget 0). */
async function shrinkOthers(
  tabId: number,
  index: Map<number, { bytes: number; at: number }>,
  budget: number,
  level: { listed: number; kept: number },
): Promise<void> {
  const others = [...index.entries()].filter(([id]) => id !== tabId).sort((a, b) => a[1].at - b[1].at);
  for (const [id, { at }] of others) {
    if (budget > 0 && total(index) <= budget) return;
    const stored = await readStored(id).catch(() => null);
    if (!stored) {
      index.delete(id);
      continue;
    }
    const cut = capTabResults(stored, level);
    if (cut.scored.length < stored.scored.length) await put(id, cut, index, at).catch(() => undefined);
  }
}

/**
 * Stores a tab's results within the budget, degrading rather than failing: other tabs are cut
 * to a summary, then this one, then it keeps counts only. Never throws: a full storage must not
 * stop the warnings (the toolbar count is set apart from it, the badges on the page never need it).
 */
async function store(tabId: number, results: TabResults): Promise<void> {
  const index = await knownSizes();
  index.set(tabId, { bytes: sizeOf(tabKey.of(tabId), results), at: ++clock });
  const attempts: Array<() => Promise<void>> = [
    async () => {
      if (total(index) > SESSION_BUDGET.bytes) await shrinkOthers(tabId, index, SESSION_BUDGET.bytes, SUMMARY);
      await put(tabId, results, index);
    },
    // The browser refused (its quota counts more than we do, or something else is stored): make room everywhere.
    async () => {
      await shrinkOthers(tabId, index, 0, SUMMARY);
      await put(tabId, results, index);
    },
    () => put(tabId, capTabResults(results, SUMMARY), index),
    async () => {
      await shrinkOthers(tabId, index, 0, COUNTS_ONLY);
      await put(tabId, capTabResults(results, COUNTS_ONLY), index);
    },
  ];
  let last: unknown;
  for (const attempt of attempts) {
    try {
      return await attempt();
    } catch (err) {
      last = err;
    }
  }
  console.warn('[Scam Job Radar] could not keep this tab’s results for the popup:', last);
}

async function setToolbar(tabId: number, results: TabResults | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(results) });
    if (results) await browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(results) });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Each tab's scored postings, and the toolbar badge that counts its warnings. */
export const tabResults = {
  /** The tab's results; null when there are none or storage cannot be read. */
  async read(tabId: number): Promise<TabResults | null> {
    try {
      return await readStored(tabId);
    } catch {
      return null;
    }
  },

  /** Sets the toolbar count first, then stores the results as well as storage allows. Never throws. */
  async write(tabId: number, results: TabResults): Promise<void> {
    await setToolbar(tabId, results);
    await serial(() => store(tabId, results));
  },

  /** Reads, changes and writes a tab's results in one step (no other write in between). Never throws. */
  update(tabId: number, change: (prev: TabResults | null) => TabResults): Promise<TabResults> {
    return serial(async () => {
      const next = change(await tabResults.read(tabId));
      await setToolbar(tabId, next);
      await store(tabId, next);
      return next;
    });
  },

  async clear(tabId: number): Promise<void> {
    await tabResults.forget(tabId);
    await setToolbar(tabId, null);
  },

  /** Drops a closed tab's results (its badge went with it). */
  forget(tabId: number): Promise<void> {
    return serial(async () => {
      await browser.storage.session.remove(tabKey.of(tabId));
      sizes?.delete(tabId);
    });
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
        ...s,
        verdict: applySettings(s.verdict, s.posting, results.url, settings, MODEL_META.thresholds),
      }));
      await tabResults.write(tabId, withRiskyCount({ ...results, scored }));
    }
  },
};

export type TabResultsStore = typeof tabResults;

/** Forgets the size bookkeeping (tests, after the fake browser's storage is reset). */
export function resetTabResultsBookkeeping(): void {
  sizes = null;
}

/**
 * Keeps stored results in step with their tab: forgotten when it closes, cleared when it loads a
 * new page (until its content script reports, so a page that is not scanned never shows the
 * previous page's postings and count), re-tiered when the settings change (the toolbar count and
 * the popup at once; badges on the page at the next scan).
 */
export function keepTabResultsCurrent(): void {
  browser.tabs.onRemoved.addListener((tabId) => void tabResults.forget(tabId).catch(() => undefined));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabResults.clear(tabId).catch((err: unknown) => console.warn('[Scam Job Radar] could not clear tab results:', err));
  });
  settingsItem.watch(
    (next) => void tabResults.reapplySettings(next).catch((err: unknown) => console.warn('[Scam Job Radar] could not apply the new settings:', err)),
  );
}

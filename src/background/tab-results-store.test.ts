import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MODEL_META } from '../detect/model-meta.ts';
import { thresholdsFor } from '../detect/sensitivity.ts';
import { riskTier } from '../detect/policy.ts';
import type { ScoredPosting, TabResults } from '../shared/messages.ts';
import { DEFAULT_SETTINGS } from '../shared/settings.ts';
import { settingsItem } from '../shared/storage.ts';
import type { Verdict } from '../shared/types.ts';
import { capTabResults, mergeTabResults, TAB_LIMITS, toTabPosting } from '../shared/tab-results.ts';
import { keepTabResultsCurrent, resetTabResultsBookkeeping, SESSION_BUDGET, tabKey, tabResults } from './tab-results-store.ts';

const TAB_1 = { id: 1 } as Browser.tabs.Tab;
const RED = [198, 40, 40, 255]; // #c62828: a high-risk posting on the tab
const ORANGE = [239, 143, 0, 255]; // #ef8f00: medium only

// Between the balanced and the relaxed medium cut-offs: medium by default, low when relaxed.
const BALANCED = thresholdsFor('balanced', MODEL_META.thresholds);
const RELAXED = thresholdsFor('relaxed', MODEL_META.thresholds);
const BORDERLINE_SCORE = (BALANCED.medium + RELAXED.medium) / 2;

// Two red flags with evidence: the verdict policy allows any tier, so the score decides.
const REASONS: Verdict['reasons'] = [
  { id: 'lure_bundle', label: 'l', evidence: ['free flight'], contribution: 1 },
  { id: 'messaging_contact', label: 'm', evidence: ['Telegram'], contribution: 1 },
];

function verdict(score: number, risk: Verdict['risk']): Verdict {
  return { score, risk, reasons: REASONS, model: MODEL_META.version };
}

function results(url: string, ...verdicts: Verdict[]): TabResults {
  const scored = verdicts.map((v, i) => toTabPosting({ posting: { title: `Ad ${i}`, company: `Employer ${i}`, text: `Posting ${i}` }, verdict: v }));
  return { url, scored, total: scored.length, risky: verdicts.filter((v) => v.risk !== 'low' && !v.trusted).length };
}

const badge = async (tabId: number) => ({
  text: await fakeBrowser.action.getBadgeText({ tabId }),
  color: await fakeBrowser.action.getBadgeBackgroundColor({ tabId }),
});

describe('tabKey', () => {
  it('builds the session key of a tab and parses it back', () => {
    expect(tabKey.of(42)).toBe('tab:42');
    expect(tabKey.parse(tabKey.of(42))).toBe(42);
    expect(tabKey.parse('tab:0')).toBe(0);
  });

  it('parses no other key as a tab', () => {
    for (const key of ['settings', 'tab:', 'tab:abc', 'tab:1.5', 'tab:-1', 'tab: 3', 'xtab:3', 'tab:3$']) expect(tabKey.parse(key), key).toBeNull();
  });
});

describe('tab results store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetTabResultsBookkeeping();
  });

  it('keeps results per tab under tab:<id>, in the shape the popup reads', async () => {
    const mine = results('https://jobs.example.com/a', verdict(0.9, 'high'));
    await tabResults.write(5, mine);
    expect(await tabResults.read(5)).toEqual(mine);
    expect(await tabResults.read(6)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'tab:5': mine });
  });

  it('sets the toolbar badge: the warning count, red when one is high, orange otherwise, none when nothing is risky', async () => {
    await tabResults.write(1, results('https://a.example/', verdict(0.9, 'high'), verdict(0.3, 'medium'), verdict(0.01, 'low')));
    await tabResults.write(2, results('https://b.example/', verdict(0.3, 'medium')));
    await tabResults.write(3, results('https://c.example/', verdict(0.01, 'low')));
    expect(await badge(1)).toEqual({ text: '2', color: RED });
    expect(await badge(2)).toEqual({ text: '1', color: ORANGE });
    expect((await badge(3)).text).toBe('');
  });

  it('clear removes the results and the badge count; forget removes the results only', async () => {
    await tabResults.write(1, results('https://a.example/', verdict(0.9, 'high')));
    await tabResults.write(2, results('https://b.example/', verdict(0.9, 'high')));
    await tabResults.clear(1);
    await tabResults.forget(2);
    expect(await tabResults.read(1)).toBeNull();
    expect(await tabResults.read(2)).toBeNull();
    expect((await badge(1)).text).toBe('');
  });

  it('reapplying settings re-tiers every stored tab and recounts its badge', async () => {
    await tabResults.write(1, results('https://a.example/', verdict(BORDERLINE_SCORE, 'medium'), verdict(0.99, 'high')));
    await tabResults.write(2, results('https://jobs.trusted.example/post', verdict(0.99, 'high')));
    await fakeBrowser.storage.session.set({ other: { kept: true } });

    await tabResults.reapplySettings({ ...DEFAULT_SETTINGS, sensitivity: 'relaxed', trustedSites: ['trusted.example'] });

    const one = await tabResults.read(1);
    expect(one?.scored.map((s) => s.verdict.risk)).toEqual(['low', 'high']);
    expect(one?.scored.map((s) => s.verdict.score)).toEqual([BORDERLINE_SCORE, 0.99]);
    expect(one?.risky).toBe(1);
    expect(await badge(1)).toEqual({ text: '1', color: RED });
    const two = await tabResults.read(2);
    expect(two?.scored[0]?.verdict).toMatchObject({ risk: 'high', trusted: 'site' });
    expect(two?.risky).toBe(0);
    expect((await badge(2)).text).toBe('');
    expect(await fakeBrowser.storage.session.get('other')).toEqual({ other: { kept: true } });

    // Back to the defaults: the same stored scores give the first tiers again (nothing compounds).
    await tabResults.reapplySettings(null);
    expect((await tabResults.read(1))?.scored.map((s) => s.verdict.risk)).toEqual(['medium', 'high']);
    expect((await tabResults.read(2))?.scored[0]?.verdict.trusted).toBeUndefined();
    expect((await badge(2)).text).toBe('1');
  });
});

describe('tab results within the session quota', () => {
  const budget = SESSION_BUDGET.bytes;
  beforeEach(() => {
    fakeBrowser.reset();
    resetTabResultsBookkeeping();
  });
  afterEach(() => {
    SESSION_BUDGET.bytes = budget;
    vi.restoreAllMocks();
  });

  /** A feed of `n` postings, every tenth a lure (high), the rest genuine (low). */
  function feed(url: string, n: number): TabResults {
    const scored: ScoredPosting[] = Array.from({ length: n }, (_, i) => ({
      posting: { title: `Post ${i} on ${url}`, company: `Employer ${i}`, text: `text ${i} ${'x'.repeat(2000)}` },
      verdict: i % 10 === 9 ? verdict(0.95, 'high') : { score: 0.01 + i / 1e5, risk: 'low', reasons: [], model: MODEL_META.version },
    }));
    return mergeTabResults(null, url, scored, false);
  }
  const storedBytes = async () => JSON.stringify(await fakeBrowser.storage.session.get(null)).length;

  it('cuts the tabs written longest ago to a summary when all tabs’ results pass the budget, keeping every count', async () => {
    SESSION_BUDGET.bytes = 400_000;
    const one = feed('https://a.example/', 1000);
    expect(JSON.stringify(one).length).toBeGreaterThan(150_000); // one tab alone fits, three do not
    for (let tab = 1; tab <= 6; tab++) await tabResults.write(tab, feed(`https://tab${tab}.example/`, 1000));
    expect(await storedBytes()).toBeLessThan(400_000);
    for (let tab = 1; tab <= 6; tab++) {
      const r = await tabResults.read(tab);
      expect(r, `tab ${tab}`).toMatchObject({ total: 1000, risky: 100 });
      expect((await badge(tab)).text).toBe('99+');
    }
    // The newest tabs in full, the oldest cut to their highest-risk postings.
    expect((await tabResults.read(6))?.scored).toHaveLength(TAB_LIMITS.kept);
    expect((await tabResults.read(5))?.scored).toHaveLength(TAB_LIMITS.kept);
    const oldest = await tabResults.read(1);
    expect(oldest?.scored).toHaveLength(20);
    expect(oldest?.scored.every((p) => p.verdict.risk === 'high' && !p.brief)).toBe(true);
    expect(oldest?.dropped).toEqual({ count: 980, risky: 80, high: 80 });
  });

  it('makes room when the browser refuses a write, down to counts only, and never throws', async () => {
    // A quota smaller than our budget: the browser's own count decides.
    let quota = 250_000;
    const session = fakeBrowser.storage.session;
    const set = session.set.bind(session);
    vi.spyOn(session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const next = { ...(await session.get(null)), ...items };
      if (JSON.stringify(next).length > quota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      await set(items);
    });
    for (let tab = 1; tab <= 4; tab++) await tabResults.write(tab, feed(`https://tab${tab}.example/`, 1000));
    expect(await storedBytes()).toBeLessThanOrEqual(250_000);
    expect((await tabResults.read(4))?.scored.length).toBeGreaterThanOrEqual(20);
    for (let tab = 1; tab <= 4; tab++) expect(await tabResults.read(tab), `tab ${tab}`).toMatchObject({ total: 1000, risky: 100 });

    // Something else fills the quota but for a few hundred bytes: the tab keeps its counts only.
    await fakeBrowser.storage.session.clear();
    resetTabResultsBookkeeping();
    quota = 20_000;
    await set({ other: 'x'.repeat(quota - 400) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await tabResults.write(5, feed('https://tab5.example/', 1000));
    expect(await tabResults.read(5)).toMatchObject({ scored: [], total: 1000, risky: 100 });
    expect(warn).not.toHaveBeenCalled();
    // Not even that: nothing stored, a warning in the console, and the toolbar still counts.
    await set({ other: 'x'.repeat(quota) });
    await tabResults.write(6, feed('https://tab6.example/', 1000));
    expect((await badge(6)).text).toBe('99+');
    expect(await tabResults.read(6)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('re-tiers brief postings exactly as full ones after a settings change', () => {
    const shipped = MODEL_META.thresholds;
    const reasons: Verdict['reasons'] = [
      { id: 'lure_bundle', label: 'l', evidence: ['free flight'], contribution: 1 },
      { id: 'scam_hub_location', label: 'h', evidence: ['Sihanoukville'], contribution: 0.4 },
      { id: 'messaging_contact', label: 'm', evidence: [], contribution: 1 },
      { id: 'high_pay', label: 'p', evidence: ['$3000'], contribution: -0.2 },
    ];
    for (const subset of [reasons, reasons.slice(1), reasons.slice(2), [reasons[0] as Verdict['reasons'][number]]]) {
      const full: ScoredPosting = { posting: { title: 'T', company: 'C', text: 'x' }, verdict: { score: 0.99, risk: 'high', reasons: subset, model: 'm' } };
      const brief = capTabResults(mergeTabResults(null, 'u', [full], false), { listed: 0, kept: 1 }).scored[0];
      expect(brief?.brief).toBe(true);
      for (const sensitivity of ['cautious', 'balanced', 'relaxed'] as const) {
        const t = thresholdsFor(sensitivity, shipped);
        expect(riskTier(0.99, t, brief?.verdict.reasons ?? [])).toBe(riskTier(0.99, t, subset));
        expect(riskTier(BORDERLINE_SCORE, t, brief?.verdict.reasons ?? [])).toBe(riskTier(BORDERLINE_SCORE, t, subset));
      }
    }
  });
});

describe('keepTabResultsCurrent', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetTabResultsBookkeeping();
    keepTabResultsCurrent();
  });

  it('clears a tab when it starts loading a new page, not on other updates', async () => {
    await tabResults.write(1, results('https://a.example/', verdict(0.9, 'high')));
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' }, TAB_1);
    await fakeBrowser.tabs.onUpdated.trigger(1, { title: 'New title' }, TAB_1);
    expect(await tabResults.read(1)).not.toBeNull();

    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, TAB_1);
    await vi.waitFor(async () => expect(await tabResults.read(1)).toBeNull());
    expect((await badge(1)).text).toBe('');
  });

  it('forgets a closed tab', async () => {
    await tabResults.write(1, results('https://a.example/', verdict(0.9, 'high')));
    await tabResults.write(2, results('https://b.example/', verdict(0.9, 'high')));
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await tabResults.read(1)).toBeNull());
    expect(await tabResults.read(2)).not.toBeNull();
  });

  it('re-tiers stored results when the settings change', async () => {
    await tabResults.write(1, results('https://a.example/', verdict(BORDERLINE_SCORE, 'medium')));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sensitivity: 'relaxed' });
    await vi.waitFor(async () => expect((await tabResults.read(1))?.scored[0]?.verdict.risk).toBe('low'));
    expect((await badge(1)).text).toBe('');
  });
});

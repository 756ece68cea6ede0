import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Engine } from '../detect/engine.ts';
import { loadNodeEngine } from '../detect/node-engine.ts';
import { envelope, isTransportError, type MessageType, type Request, type Response } from '../shared/messages.ts';
import { listen } from '../shared/messaging.ts';
import { buildReport, type Report } from '../shared/reports.ts';
import { getSettings, reportsItem, updateSettings } from '../shared/storage.ts';
import { postingKey } from '../shared/posting-key.ts';
import { listedPostings, toTabPosting } from '../shared/tab-results.ts';
import type { JobPosting, Verdict } from '../shared/types.ts';
import { sendToContentScript } from './content-script.ts';
import { createHandlers, type HandlerDeps } from './handlers.ts';
import { createReportQueue } from './reports.ts';
import { resetTabResultsBookkeeping, tabResults } from './tab-results-store.ts';

const LURE: JobPosting = {
  title: 'Customer Service – Cambodia',
  company: 'KH Jobs',
  text: 'URGENT! Customer service job in Sihanoukville, Cambodia. Salary US$2,500-3,500/month. Free flight ticket, visa, food and accommodation. No experience needed. Contact Telegram @kh_jobs_hr only.',
};
const ORDINARY: JobPosting = {
  title: 'Accounts Payable Specialist',
  company: 'Northwind Trading Corp.',
  text: 'Process supplier invoices in SAP, reconcile vendor statements and prepare the weekly payment run. Requirements: BS Accountancy, 2 years of AP experience. Salary PHP 30,000 - 35,000 monthly, HMO, 13th month pay. Apply through our careers page.',
};
// A genuine ad with a mild red flag (WhatsApp the only way to ask) and context (start
// immediately): its score (about 0.20) is medium at the shipped cut-offs (0.09 / 0.31), high when
// cautious (0.047 / 0.187) and still medium when relaxed (0.165 / 0.48).
const BORDERLINE =
  'Technical Support Representative (Voice) – Cebu IT Park. Help customers of a US internet provider troubleshoot their home Wi-Fi and billing questions by phone. Salary PHP 24,000 – 28,000 per month, night differential, HMO with one free dependent. At least 6 months of call-centre experience preferred; fresh graduates with excellent English are welcome to apply. Paid 4-week product training on site. Shortlisted applicants are invited to an assessment at our Cebu IT Park site. We never charge fees for applications or training. Start immediately. Questions? Message our HR team on WhatsApp.';
const PAGE = 'https://www.jobs.example.org/listing?page=1';
const RED = [198, 40, 40, 255];

// APIs the fake browser leaves unimplemented: each test says how the page answers.
const unmocked = fakeBrowser as unknown as {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  scripting: { executeScript(injection: unknown): Promise<unknown> };
};

const fromTab = (id: number): Browser.runtime.MessageSender => ({ tab: { id } as Browser.tabs.Tab });

/** Delivers a message to the registered handlers as the browser would, through listen(), and returns the raw reply. */
function reply<K extends MessageType>(type: K, data: Request<K>, sender: Browser.runtime.MessageSender = {}): Promise<unknown> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(envelope(type, data), sender, resolve));
}

/** As send() sees the reply: a handler that threw rejects with its text. */
async function ask<K extends MessageType>(type: K, data: Request<K>, sender: Browser.runtime.MessageSender = {}): Promise<Response<K>> {
  const r = await reply(type, data, sender);
  if (isTransportError(r)) throw new Error(r.__sjrError);
  return r as Response<K>;
}

function report(kind: Report['kind'], title: string): Report {
  return buildReport(
    { kind, pageUrl: PAGE, title, text: `${title} text`, verdict: { score: 0.7, risk: 'high', reasons: [], model: 'm' } },
    new Date('2026-12-01T10:00:00Z'),
  );
}

describe('background message handlers', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadNodeEngine();
  });

  /** The handlers with the real engine, settings, tab store and report queue (on the fake browser), or with some replaced. */
  function handleWith(replaced: Partial<HandlerDeps> = {}): void {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    listen(
      createHandlers({
        getEngine: async () => engine,
        getSettings,
        updateSettings,
        tabResults,
        saveReport: createReportQueue(reportsItem),
        sendToContentScript,
        ...replaced,
      }),
    );
  }

  beforeEach(() => {
    fakeBrowser.reset();
    resetTabResultsBookkeeping();
    handleWith();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('score-postings', () => {
    it('scores with the real engine, stores the tab results and sets the toolbar badge', async () => {
      const { verdicts } = await ask('score-postings', { postings: [LURE, ORDINARY], pageUrl: PAGE, append: false }, fromTab(7));
      expect(verdicts.map((v) => v.risk)).toEqual(['high', 'low']);
      expect(verdicts[0]?.reasons.map((r) => r.id)).toContain('messaging_contact');
      expect(verdicts[0]?.model).toBe(engine.meta.version);

      const stored = await tabResults.read(7);
      expect(stored).toEqual({
        url: PAGE,
        scored: [toTabPosting({ posting: LURE, verdict: verdicts[0] as Verdict }), toTabPosting({ posting: ORDINARY, verdict: verdicts[1] as Verdict })],
        total: 2,
        risky: 1,
      });
      // What the popup shows, not the ad's text.
      expect(stored?.scored[0]).toMatchObject({
        key: postingKey(LURE),
        posting: { title: LURE.title, company: LURE.company, text: '' },
        verdict: { risk: 'high' },
      });
      expect(JSON.stringify(stored)).not.toContain('Free flight ticket, visa, food and accommodation. No experience needed.');
      expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('1');
      expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual(RED);
    });

    it('applies the settings: a posting on a trusted site keeps its tier but is marked trusted, and no longer counts', async () => {
      await updateSettings((s) => ({ ...s, trustedSites: ['jobs.example.org'] }));
      const { verdicts } = await ask('score-postings', { postings: [LURE], pageUrl: PAGE, append: false }, fromTab(7));
      expect(verdicts[0]).toMatchObject({ risk: 'high', trusted: 'site' });
      expect((await tabResults.read(7))?.risky).toBe(0);
      expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
      // The same ad elsewhere is not trusted.
      const other = await ask('score-postings', { postings: [LURE], pageUrl: 'https://elsewhere.example/', append: false }, fromTab(8));
      expect(other.verdicts[0]?.trusted).toBeUndefined();
    });

    it('gives an empty posting a neutral low verdict, keeping the verdicts aligned with the postings', async () => {
      const empty: JobPosting = { title: '', text: '   ' };
      const { verdicts } = await ask('score-postings', { postings: [LURE, empty], pageUrl: PAGE, append: false }, fromTab(7));
      expect(verdicts[0]?.risk).toBe('high');
      expect(verdicts[1]).toEqual({ score: 0, risk: 'low', reasons: [], model: engine.meta.version });
    });

    it('does not pass any other scoring failure off as low risk', async () => {
      handleWith({ getEngine: async () => ({ ...engine, score: () => Promise.reject(new Error('model crashed')) }) });
      await expect(ask('score-postings', { postings: [LURE], pageUrl: PAGE, append: false }, fromTab(7))).rejects.toThrow('model crashed');
      expect(await tabResults.read(7)).toBeNull();
    });

    it('appends a scroll to the same page and stores nothing for a sender without a tab', async () => {
      await ask('score-postings', { postings: [LURE], pageUrl: PAGE, append: false }, fromTab(7));
      await ask('score-postings', { postings: [ORDINARY], pageUrl: PAGE, append: true }, fromTab(7));
      expect((await tabResults.read(7))?.scored.map((s) => s.posting.title)).toEqual([LURE.title, ORDINARY.title]);

      const { verdicts } = await ask('score-postings', { postings: [LURE], pageUrl: PAGE, append: false });
      expect(verdicts).toHaveLength(1);
      expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tab:7']);
    });
  });

  describe('when session storage fills', () => {
    /** Chrome's session storage: 10 MB for all keys, counted as key plus JSON; a write past it throws and stores nothing. */
    function enforceSessionQuota(bytes = 10 * 1024 * 1024) {
      const session = fakeBrowser.storage.session;
      const set = session.set.bind(session);
      return vi.spyOn(session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
        const next = { ...(await session.get(null)), ...items };
        const used = Object.entries(next).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
        if (used > bytes) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
        await set(items);
      });
    }

    const isLure = (p: JobPosting) => p.text.startsWith('LURE');
    /** The real engine's metadata, a verdict at once: 700 long posts in a second. */
    function quickEngine(): void {
      const reasons: Verdict['reasons'] = [
        { id: 'lure_bundle', label: 'Free travel, visa and housing', evidence: ['free flight ticket'], contribution: 1.2 },
        { id: 'messaging_contact', label: 'Contact only by chat app', evidence: ['Telegram @hr'], contribution: 0.9 },
      ];
      handleWith({
        getEngine: async () => ({
          ...engine,
          score: async (p: JobPosting) =>
            isLure(p) ? { score: 0.97, risk: 'high', reasons, model: 'm' } : { score: 0.02, risk: 'low', reasons: [], model: 'm' },
        }),
      });
    }

    const feed = (n: number, textBytes: number, from = 0): JobPosting[] =>
      Array.from({ length: n }, (_, j) => {
        const i = from + j;
        return { title: `Post ${i}`, company: `Employer ${i}`, text: `${i % 10 === 9 ? 'LURE' : 'job'} ${i} ${'x'.repeat(textBytes)}` };
      });

    it('keeps warning on a 700-post feed of 15 kB posts: every batch answered, every lure counted, no posting text stored', async () => {
      enforceSessionQuota();
      quickEngine();
      const posts = feed(700, 15_000);
      for (let i = 0; i < posts.length; i += 50) {
        const { verdicts } = await ask('score-postings', { postings: posts.slice(i, i + 50), pageUrl: PAGE, append: i > 0 }, fromTab(7));
        expect(verdicts.map((v) => v.risk)).toEqual(posts.slice(i, i + 50).map((p) => (isLure(p) ? 'high' : 'low')));
      }
      expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('70');
      const stored = await tabResults.read(7);
      expect(stored).toMatchObject({ total: 700, risky: 70 });
      const listed = listedPostings(stored as NonNullable<typeof stored>);
      expect(listed).toHaveLength(200);
      expect(listed.filter((p) => p.verdict.risk === 'high').map((p) => p.posting.title)).toEqual(posts.filter(isLure).map((p) => p.title));
      const bytes = JSON.stringify(await fakeBrowser.storage.session.get(null)).length;
      expect(bytes).toBeLessThan(400_000);
      expect(JSON.stringify(stored)).not.toContain('xxxxxxxxxx');

      // Another tab's lure is kept and counted too.
      await ask('score-postings', { postings: feed(10, 15_000, 700), pageUrl: 'https://other.example/', append: false }, fromTab(8));
      expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('1');
      expect((await tabResults.read(8))?.risky).toBe(1);
    });

    it('answers the content script and sets the toolbar count even when storage refuses every write and read', async () => {
      quickEngine();
      vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('Session storage quota bytes exceeded. Values were not stored.'));
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { verdicts } = await ask('score-postings', { postings: feed(20, 100), pageUrl: PAGE, append: false }, fromTab(7));
      expect(verdicts.filter((v) => v.risk === 'high')).toHaveLength(2);
      expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
      expect(warn).toHaveBeenCalled();

      vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('storage is gone'));
      const again = await ask('score-postings', { postings: feed(10, 100, 20), pageUrl: PAGE, append: true }, fromTab(7));
      expect(again.verdicts).toHaveLength(10);
      expect(await ask('get-tab-results', { tabId: 7 })).toEqual({ results: null });
    });
  });

  it('get-tab-results returns what score-postings wrote for that tab, null for another', async () => {
    const { verdicts } = await ask('score-postings', { postings: [ORDINARY, LURE], pageUrl: PAGE, append: false }, fromTab(3));
    const { results } = await ask('get-tab-results', { tabId: 3 });
    expect(results?.url).toBe(PAGE);
    // The same tiers and scores, reasons cut to what the popup and re-tiering read.
    expect(results?.scored.map((s) => [s.verdict.risk, s.verdict.score, s.verdict.reasons.map((r) => r.id)])).toEqual(
      verdicts.map((v) => [v.risk, v.score, v.reasons.map((r) => r.id)]),
    );
    expect(results?.risky).toBe(1);
    expect(await ask('get-tab-results', { tabId: 4 })).toEqual({ results: null });
  });

  it('refuses the popup’s messages from a content script: a page cannot read other tabs’ results or start scans', async () => {
    await ask('score-postings', { postings: [LURE], pageUrl: PAGE, append: false }, fromTab(3));
    const contentScript: Browser.runtime.MessageSender = { tab: { id: 4 } as Browser.tabs.Tab, url: 'https://evil.example/', frameId: 0 };
    await expect(ask('get-tab-results', { tabId: 3 }, contentScript)).rejects.toThrow('"get-tab-results" is not accepted from a content script');
    const sendMessage = vi.spyOn(unmocked.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    await expect(ask('scan-tab', { tabId: 3 }, contentScript)).rejects.toThrow('"scan-tab" is not accepted from a content script');
    expect(sendMessage).not.toHaveBeenCalled();
    // The popup, also when open as a page in a tab, gets its answers.
    const popupInTab: Browser.runtime.MessageSender = { tab: { id: 5 } as Browser.tabs.Tab, url: fakeBrowser.runtime.getURL('/popup.html?tab=3') };
    expect((await ask('get-tab-results', { tabId: 3 }, popupInTab)).results?.risky).toBe(1);
    expect(await ask('scan-tab', { tabId: 3 }, popupInTab)).toEqual({ ok: true });
    // What content scripts do send still works.
    expect((await ask('check-text', { text: LURE.text }, contentScript)).verdict.risk).toBe('high');
  });

  it('check-text tiers the score at the user’s sensitivity', async () => {
    const balanced = await ask('check-text', { text: BORDERLINE });
    await updateSettings((s) => ({ ...s, sensitivity: 'cautious' }));
    const cautious = await ask('check-text', { text: BORDERLINE });
    await updateSettings((s) => ({ ...s, sensitivity: 'relaxed' }));
    const relaxed = await ask('check-text', { text: BORDERLINE });
    expect([balanced, cautious, relaxed].map((r) => r.verdict.risk)).toEqual(['medium', 'high', 'medium']);
    expect(cautious.verdict.score).toBe(balanced.verdict.score);
    expect(relaxed.verdict.score).toBe(balanced.verdict.score);
  });

  describe('save-report', () => {
    it('rejects what is not a report and stores nothing', async () => {
      await expect(ask('save-report', { report: { kind: 'nonsense' } as unknown as Report })).rejects.toThrow('Not a valid report');
      expect(await reportsItem.getValue()).toEqual([]);
    });

    it('serialises concurrent writes, so neither of two quick clicks is lost', async () => {
      const first = report('false-positive', 'First');
      const second = report('missed-scam', 'Second');
      const replies = await Promise.all([ask('save-report', { report: first }), ask('save-report', { report: second })]);
      expect(replies).toEqual([
        { ok: true, count: 1 },
        { ok: true, count: 2 },
      ]);
      expect(await reportsItem.getValue()).toEqual([first, second]);
    });

    it('goes on after a failed write', async () => {
      let failNext = true;
      const stored: Report[] = [];
      handleWith({
        saveReport: createReportQueue({
          getValue: async () => {
            if (!failNext) return stored;
            failNext = false;
            throw new Error('storage full');
          },
          setValue: async (next) => void stored.splice(0, stored.length, ...next),
        }),
      });
      const [first, second] = await Promise.allSettled([
        ask('save-report', { report: report('false-positive', 'First') }),
        ask('save-report', { report: report('missed-scam', 'Second') }),
      ]);
      expect(first).toEqual({ status: 'rejected', reason: new Error('storage full') });
      expect(second).toEqual({ status: 'fulfilled', value: { ok: true, count: 1 } });
      expect(stored.map((r) => r.title)).toEqual(['Second']);
    });
  });

  describe('trust', () => {
    it('adds the page’s site and an employer to the trust lists, once', async () => {
      expect(await ask('trust', { kind: 'site', value: PAGE })).toEqual({ ok: true });
      expect(await ask('trust', { kind: 'site', value: 'https://jobs.example.org/other' })).toEqual({ ok: true });
      expect(await ask('trust', { kind: 'employer', value: 'Bluewave Contact Solutions Philippines Inc.' })).toEqual({ ok: true });
      const settings = await getSettings();
      expect(settings.trustedSites).toEqual(['jobs.example.org']);
      expect(settings.trustedEmployers).toEqual(['bluewave contact solutions philippines']);
    });

    it('rejects an empty site or employer and changes nothing', async () => {
      await expect(ask('trust', { kind: 'site', value: '' })).rejects.toThrow('This page has no site name to trust');
      await expect(ask('trust', { kind: 'site', value: 'file:///home/me/ad.html' })).rejects.toThrow('This page has no site name to trust');
      await expect(ask('trust', { kind: 'employer', value: ' — ' })).rejects.toThrow('No employer name to trust');
      const settings = await getSettings();
      expect(settings.trustedSites).toEqual([]);
      expect(settings.trustedEmployers).toEqual([]);
    });
  });

  describe('scan-tab', () => {
    it('asks the running content script to scan, without injecting another copy', async () => {
      const sendMessage = vi.spyOn(unmocked.tabs, 'sendMessage').mockResolvedValue({ ok: true });
      const executeScript = vi.spyOn(unmocked.scripting, 'executeScript');
      expect(await ask('scan-tab', { tabId: 9 })).toEqual({ ok: true });
      expect(sendMessage).toHaveBeenCalledWith(9, envelope('scan-now', {}));
      expect(executeScript).not.toHaveBeenCalled();
    });

    it('injects the content script where none answers, then asks again', async () => {
      const sendMessage = vi
        .spyOn(unmocked.tabs, 'sendMessage')
        .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
        .mockResolvedValue({ ok: true });
      const executeScript = vi.spyOn(unmocked.scripting, 'executeScript').mockResolvedValue([]);
      expect(await ask('scan-tab', { tabId: 9 })).toEqual({ ok: true });
      expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 9 }, files: ['/content-scripts/content.js'] });
      expect(sendMessage).toHaveBeenCalledTimes(2);
    });

    it('answers { ok: false, error, reason } when the content script cannot be reached, as a result send() passes on', async () => {
      vi.spyOn(unmocked.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
      vi.spyOn(unmocked.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
      expect(await reply('scan-tab', { tabId: 9 })).toEqual({ ok: false, error: 'Cannot access a chrome:// URL', reason: 'restricted' });
      expect(await ask('scan-tab', { tabId: 9 })).toEqual({ ok: false, error: 'Cannot access a chrome:// URL', reason: 'restricted' });
    });

    it('tells a page no add-on may touch from one that failed for another reason, by the tab’s URL where it is visible', async () => {
      vi.spyOn(unmocked.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
      const executeScript = vi.spyOn(unmocked.scripting, 'executeScript').mockRejectedValue(new Error('Missing host permission for the tab'));
      const store = await fakeBrowser.tabs.create({ url: 'https://addons.mozilla.org/en-US/firefox/' });
      const board = await fakeBrowser.tabs.create({ url: 'https://jobs.example.org/' });
      expect(await ask('scan-tab', { tabId: store.id as number })).toMatchObject({ ok: false, reason: 'restricted' });
      expect(await ask('scan-tab', { tabId: board.id as number })).toEqual({ ok: false, error: 'Missing host permission for the tab', reason: 'failed' });
      executeScript.mockRejectedValue(new Error('Frame with ID 0 is showing error page'));
      expect(await ask('scan-tab', { tabId: 12345 })).toMatchObject({ ok: false, reason: 'failed' });
    });
  });

  it('prepare-model loads the engine and warms it up for the postings on their way', async () => {
    const warmUp = vi.fn(async () => undefined);
    handleWith({ getEngine: async () => ({ ...engine, warmUp }) });
    expect(await ask('prepare-model', {})).toEqual({ ok: true });
    await vi.waitFor(() => expect(warmUp).toHaveBeenCalledTimes(1));
  });

  it('prepare-model starts loading the engine and answers at once, even when loading fails', async () => {
    const getEngine = vi.fn(() => Promise.reject(new Error('no model')));
    handleWith({ getEngine });
    expect(await ask('prepare-model', {})).toEqual({ ok: true });
    expect(getEngine).toHaveBeenCalledTimes(1);
  });
});

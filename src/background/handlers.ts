import { browser } from 'wxt/browser';
import { applySettings } from '../detect/apply-settings.ts';
import { EmptyPostingError, type Engine, preparePatterns } from '../detect/engine.ts';
import { markOnce } from '../shared/timeline-marks.ts';
import { retier, thresholdsFor } from '../detect/sensitivity.ts';
import type { Request, Response, ScoredPosting } from '../shared/messages.ts';
import type { Handlers } from '../shared/messaging.ts';
import { normalizeReport } from '../shared/reports.ts';
import { siteKey, withItem, type Settings } from '../shared/settings.ts';
import { mergeTabResults } from '../shared/tab-results.ts';
import { employerKey } from '../shared/trust.ts';
import { fetchCatalog } from '../shared/ui-language.ts';
import type { sendToContentScript } from './content-script.ts';
import type { ReportQueue } from './reports.ts';
import { scanFailure } from './scan-failure.ts';
import type { TabResultsStore } from './tab-results-store.ts';

export interface HandlerDeps {
  getEngine: () => Promise<Engine>;
  getSettings: () => Promise<Settings>;
  updateSettings: (change: (s: Settings) => Settings) => Promise<Settings>;
  tabResults: Pick<TabResultsStore, 'read' | 'update'>;
  saveReport: ReportQueue;
  sendToContentScript: typeof sendToContentScript;
  /** Builds the detectors' patterns ahead of the first posting (default: engine.ts preparePatterns). */
  preparePatterns?: () => Promise<void>;
  /** Reads the text in a post's images (post-images.ts); absent, the request is refused. */
  readPostImages?: (req: Request<'read-post-images'>) => Promise<Response<'read-post-images'>>;
}

/** The background's answers to messages from content scripts, the popup and extension pages. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'save-report': ({ report }) => {
      const clean = normalizeReport(report);
      if (!clean) throw new Error('Not a valid report');
      return deps.saveReport(clean);
    },
    'score-postings': async ({ postings, pageUrl, append, replaces }, sender) => {
      markOnce('scoreAsked');
      const engine = await deps.getEngine();
      markOnce('scoreEngine');
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
      const settings = await deps.getSettings();
      for (const s of scored) s.verdict = applySettings(s.verdict, s.posting, pageUrl, settings, engine.meta.thresholds);
      const tabId = sender.tab?.id;
      // The popup's copy and the toolbar count; whatever happens to them, the page gets its verdicts.
      if (tabId !== undefined) {
        await deps.tabResults
          .update(tabId, (prev) => mergeTabResults(prev, pageUrl, scored, append, replaces))
          .catch((err: unknown) => console.warn('[Scam Job Radar] could not update the tab’s results:', err));
      }
      markOnce('scoreAnswered');
      return { verdicts: scored.map((s) => s.verdict) };
    },
    'prepare-model': () => {
      markOnce('prepareAsked');
      // Postings are on their way: load the model and run the scoring path once on built-in
      // texts while the page is still being read, so that the first batch is scored at full
      // speed. A failure here is retried by the first real request. The patterns first: they
      // need no model, so they are built while it is read.
      void (deps.preparePatterns ?? preparePatterns)()
        .then(() => markOnce('patternsBuilt'))
        .catch(() => undefined);
      deps
        .getEngine()
        .then((engine) => {
          markOnce('prepareEngine');
          return engine.warmUp();
        })
        .then(() => markOnce('prepareWarmedUp'))
        .catch(() => undefined);
      return { ok: true };
    },
    'check-text': async ({ text }) => {
      const engine = await deps.getEngine();
      const { sensitivity } = await deps.getSettings();
      return { verdict: retier(await engine.score({ text }), thresholdsFor(sensitivity, engine.meta.thresholds)) };
    },
    trust: async ({ kind, value }) => {
      const key = kind === 'site' ? siteKey(value) : employerKey(value);
      if (!key) throw new Error(kind === 'site' ? 'This page has no site name to trust' : 'No employer name to trust');
      await deps.updateSettings((s) =>
        kind === 'site' ? { ...s, trustedSites: withItem(s.trustedSites, key, true) } : { ...s, trustedEmployers: withItem(s.trustedEmployers, key, true) },
      );
      return { ok: true };
    },
    'read-post-images': async (req) => {
      if (!deps.readPostImages) throw new Error('Reading images in posts is not available here');
      return deps.readPostImages(req);
    },
    'get-catalog': async ({ locale }) => ({ catalog: await fetchCatalog(locale) }),
    'get-tab-results': async ({ tabId }) => ({ results: await deps.tabResults.read(tabId) }),
    'scan-tab': async ({ tabId }) => {
      try {
        // Scan even where the user switched automatic scanning off: they asked for this page.
        await deps.sendToContentScript(tabId, 'scan-now', {});
        return { ok: true };
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        // The URL is visible with activeTab (the popup opened from the toolbar) or host access; else the error tells.
        const url = await browser.tabs.get(tabId).then(
          (tab) => tab?.url,
          () => undefined,
        );
        return { ok: false, error, reason: scanFailure(error, url) };
      }
    },
  };
}

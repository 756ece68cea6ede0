import { extractPostings } from '../extract/index.ts';
import type { ExtractedPosting, JobPosting, Verdict } from '../shared/types.ts';
import type { ReportKind } from '../shared/reports.ts';
import { drawBadge, isOurNode } from './badge-host.ts';

export interface ScannerDeps {
  doc: Document;
  url: () => string;
  /** Sends postings to the background and returns their verdicts in the same order. */
  score: (postings: JobPosting[], pageUrl: string, append: boolean) => Promise<Verdict[]>;
  showLow: () => boolean;
  /** Saves the user's report about one posting's verdict (on this device only). */
  report?: (kind: ReportKind, posting: JobPosting, verdict: Verdict, pageUrl: string) => Promise<void>;
}

interface Drawn {
  key: string;
  host: HTMLElement;
}

const MUTATION_DEBOUNCE_MS = 600;
const IDLE_TIMEOUT_MS = 2000;

function postingKey(p: JobPosting): string {
  return `${p.title ?? ''}\u0000${p.text.slice(0, 500)}`;
}

function plain(p: ExtractedPosting): JobPosting {
  const { element: _element, ...rest } = p;
  return rest;
}

/**
 * Finds postings on the page, asks the background for verdicts and draws badges. Later DOM
 * changes (infinite scroll, SPA navigation) trigger a debounced re-scan that only sends
 * postings not seen before.
 */
export class PageScanner {
  private drawn = new WeakMap<Element, Drawn>();
  private seenKeys = new Set<string>();
  private found: ExtractedPosting[] = [];
  private pageUrl = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private deps: ScannerDeps) {}

  start(): Promise<void> {
    const win = this.deps.doc.defaultView;
    if (win) {
      this.observer = new win.MutationObserver((records) => {
        const relevant = records.some((r) => [...r.addedNodes].some((n) => !isOurNode(n) && (n.nodeType === 1 || n.nodeType === 3)));
        if (relevant) this.schedule();
      });
      this.observer.observe(this.deps.doc.documentElement, { childList: true, subtree: true });
    }
    return this.rescan();
  }

  stop(): void {
    this.observer?.disconnect();
    if (this.timer) clearTimeout(this.timer);
  }

  /** The postings found so far, in page order of discovery (for the popup's "show me"). */
  postings(): readonly ExtractedPosting[] {
    return this.found;
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // Re-extraction walks the document: do it when the page is idle, not in the middle of
      // the page's own rendering work (at the latest after IDLE_TIMEOUT_MS).
      const win = this.deps.doc.defaultView;
      if (win?.requestIdleCallback) win.requestIdleCallback(() => void this.rescan(), { timeout: IDLE_TIMEOUT_MS });
      else void this.rescan();
    }, MUTATION_DEBOUNCE_MS);
  }

  rescan(): Promise<void> {
    this.running = this.running.then(() => this.scanOnce()).catch((err: unknown) => console.warn('[Scam Job Radar]', err));
    return this.running;
  }

  private async scanOnce(): Promise<void> {
    const url = this.deps.url();
    const newPage = url !== this.pageUrl;
    if (newPage) {
      this.pageUrl = url;
      this.seenKeys.clear();
      this.found = [];
    }
    const fresh: ExtractedPosting[] = [];
    for (const p of extractPostings(this.deps.doc, url)) {
      const key = postingKey(p);
      const anchor = p.element;
      if (this.seenKeys.has(key) && (!anchor || this.drawn.get(anchor)?.key === key)) continue;
      this.seenKeys.add(key);
      fresh.push(p);
    }
    if (fresh.length === 0) return;
    const verdicts = await this.deps.score(fresh.map(plain), url, !newPage);
    fresh.forEach((p, i) => {
      const verdict = verdicts[i];
      if (!verdict) return;
      this.found.push(p);
      const anchor = p.element ?? this.deps.doc.body;
      const prev = this.drawn.get(anchor);
      const report = this.deps.report;
      const posting = plain(p);
      const onReport = report ? (kind: ReportKind) => report(kind, posting, verdict, url) : undefined;
      const host = drawBadge(anchor, verdict, this.deps.showLow(), prev?.host, onReport);
      this.drawn.set(anchor, { key: postingKey(p), host });
    });
  }
}

import { extractPostingsSteps, runInSlices, warmUpSteps, type SliceStats } from '../extract/index.ts';
import { innerTreesSteps, MAX_INNER_TREES, type InnerTree } from '../extract/inner-trees.ts';
import type { Steps } from '../extract/steps.ts';
import type { ExtractedPosting, JobPosting, Verdict } from '../shared/types.ts';
import type { ReportKind } from '../shared/reports.ts';
import { drawBadge, isOurNode, placeBadge } from './badge-host.ts';
import { pruneEvidence } from './evidence-highlight.ts';
import { postingKey } from '../shared/posting-key.ts';
import { MaxWaitDebounce } from './rescan-timer.ts';
import { isJobPost } from '../extract/job-gate.ts';
import { SOCIAL_SOURCES, withImageText, type ImagesRead } from './post-images.ts';

/** The scanner's view of "Read text in images of posts" (post-image-queue.ts). */
export interface PostImageSource {
  /** Whether the setting is on (read once per page). */
  enabled(): boolean;
  /** What the post's images gave, when they have been read. */
  result(post: Element): ImagesRead | undefined;
  /** Asks for the post's images to be read; the scanner is told to re-read the post when they are (`reread`). */
  request(post: Element): void;
}

export interface ScannerDeps {
  doc: Document;
  url: () => string;
  /**
   * Sends postings to the background and returns their verdicts in the same order. `replaces`:
   * keys of earlier versions of these postings (re-read after their text changed).
   */
  score: (postings: JobPosting[], pageUrl: string, append: boolean, replaces: string[]) => Promise<Verdict[]>;
  showLow: () => boolean;
  /**
   * Whether the page at this URL may be read (default: yes). A private chat the user has not
   * switched on may not: a single-page app can navigate there (facebook.com → /messages).
   */
  reads?: (url: string) => boolean;
  /** Whether badges carry the exact score (`data-scam-job-radar-score`) for page tools. */
  exposeScore?: () => boolean;
  /** Acts on the user's choice in a posting's badge: a report about its verdict, or trusting its site or employer (kept on this device only). */
  report?: (action: ReportKind | 'trust-site' | 'trust-employer', posting: JobPosting, verdict: Verdict, pageUrl: string) => Promise<void>;
  /** Gives the page's main thread back between slices of work (default: an idle callback). */
  pause?: () => Promise<void>;
  /** Called after each scan that had something to read. */
  onScan?: (stats: ScanStats) => void;
  /** "Read text in images of posts": absent or not enabled, no image is read. */
  images?: PostImageSource;
}

/** What the last scan did, for tests and the benchmark. */
export interface ScanStats {
  /** 'full' reads the whole document; 'incremental' only what the page added. */
  mode: 'full' | 'incremental';
  roots: number;
  extracted: number;
  scored: number;
  fromCache: number;
  extraction: SliceStats;
  /** Longest slice of badge drawing, ms. */
  longestDrawSliceMs: number;
  /** Wall time from the start of extraction to the last badge, ms (includes waiting for the background). */
  elapsedMs: number;
  /** First scan only: how the pattern warm-up before it was cut up. */
  warmUp?: SliceStats;
  /**
   * First scan only: when each step happened (performance.now(), ms after the page's navigation
   * started), for the cold-start benchmark: the scanner started, the warm-up ended, extraction
   * started and ended, the first verdicts arrived, the first badges were on the page.
   */
  timeline?: { start: number; warmedUp?: number; extractionStart: number; extractionEnd: number; firstVerdicts?: number; firstBadges?: number };
}

interface Drawn {
  key: string;
  host: HTMLElement;
}

const MUTATION_DEBOUNCE_MS = 600;
/** A page that never stops changing (a ticking clock) is still re-scanned this soon after its first change. */
const MUTATION_MAX_WAIT_MS = 2000;
/**
 * The most postings one extraction returns (MAX_POSTINGS in src/extract/index.ts). A scan that
 * gets this many may have missed the rest: they are read in later, incremental scans.
 */
export const EXTRACT_CAP = 1000;
const IDLE_TIMEOUT_MS = 2000;
/** Work per slice before the page gets the thread back; well under the 50 ms long-task line. */
const SLICE_MS = 12;
/** More added subtrees than this between two scans: read the whole document instead. */
const MAX_PENDING_ROOTS = 400;
/**
 * Postings per message to the background: the first batch is small so that the first warnings
 * appear at once (a worker that has just started compiles its patterns on the first postings it
 * scores: 20 took 0.5–0.9 s there); later ones double (up to MAX_SCORE_BATCH), because each
 * batch's badges go on the page in one step and a long page pays one re-layout per step.
 */
const FIRST_SCORE_BATCH = 5;
const MAX_SCORE_BATCH = 160;
/**
 * Verdicts kept for postings the page may render again (a re-rendered post is redrawn without
 * asking the background); the least recently used go first, so a feed that never ends does
 * not grow the cache without end.
 */
const MAX_CACHED_VERDICTS = 2000;

/** Our badges and panels: their shadow roots are no page content (the local-test build opens them). */
const isOurWidget = (el: Element): boolean => el.tagName.startsWith('SCAM-JOB-RADAR-');

function plain(p: ExtractedPosting): JobPosting {
  const { element: _element, awaitingImages: _awaiting, ...rest } = p;
  return rest;
}

/**
 * Gives the thread back for one turn of the event loop (input, rendering, the page's own tasks)
 * without waiting for it to be idle: `scheduler.yield()` where the browser has it, else a
 * message-channel task. For the first scan of a page, whose first badge should not wait for the
 * page's load to go quiet (each idle-callback pause cost 30–60 ms there: 0.7–1.1 s of waiting
 * before the first extraction on the saved LinkedIn list).
 */
function turnPause(doc: Document): () => Promise<void> {
  const win = doc.defaultView as (Window & { scheduler?: { yield?: () => Promise<void> } }) | null;
  return () => {
    const y = win?.scheduler?.yield;
    return y ? y.call(win.scheduler) : messageTask();
  };
}

/** Resolves in a message-channel task: not throttled in hidden tabs, unlike timers and idle callbacks. */
function messageTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Waits for an idle moment of a visible page. A hidden tab throttles timers and idle callbacks
 * to about one a second, so there a message-channel task (not throttled) gives the thread back.
 */
function idlePause(doc: Document): () => Promise<void> {
  const win = doc.defaultView;
  return () =>
    doc.hidden || !win?.requestIdleCallback
      ? messageTask()
      : new Promise<void>((resolve) => {
          win.requestIdleCallback(() => resolve(), { timeout: 100 });
        });
}

/**
 * Where a capped extraction stopped: the elements after the last posting it found in each list
 * (the siblings that follow it), to be read in later scans.
 */
function unreached(found: readonly ExtractedPosting[]): Element[] {
  const lastIn = new Map<Element, Element>();
  for (const p of found) {
    const parent = p.element?.parentElement;
    if (!p.element || !parent || /^(BODY|HTML)$/.test(p.element.tagName)) continue;
    const last = lastIn.get(parent);
    // DOCUMENT_POSITION_FOLLOWING: this posting comes after the last one seen in this list.
    if (!last || last.compareDocumentPosition(p.element) & 4) lastIn.set(parent, p.element);
  }
  const out: Element[] = [];
  for (const last of lastIn.values()) for (let el = last.nextElementSibling; el; el = el.nextElementSibling) out.push(el);
  return out;
}

/**
 * Finds postings on the page, asks the background for verdicts and draws badges.
 *
 * The first scan (and the first after an SPA navigation) reads the whole document; later DOM
 * changes (infinite scroll, a description expanded in place) are collected by a
 * MutationObserver and trigger a debounced, idle-time re-scan of only the added subtrees — or
 * of the known posting that contains them. Extraction and drawing run in slices of ~12 ms, so
 * the page never sees one long task from us. Verdicts are cached per posting text, so a
 * posting the page re-renders is redrawn without asking the background again.
 *
 * Nothing here keeps a posting the page removed: per-element state is weak (WeakMap/WeakSet),
 * and the strong lists (`found`, `byKey`, the backlog, the evidence marks) drop elements that
 * are no longer on the page before each scan, which removals alone also schedule. A feed that
 * removes old posts as it adds new ones stays the size of what is on the page.
 */
export class PageScanner {
  private drawn = new WeakMap<Element, Drawn>();
  private verdicts = new Map<string, Verdict>();
  private byKey = new Map<string, Element>();
  /** The postings on the page, by the element their badge is drawn for, in order of discovery. */
  private found = new Map<Element, ExtractedPosting>();
  private postingElements = new WeakSet<Element>();
  private pending = new Set<Element>();
  private overflow = false;
  private pageUrl = '';
  private debounce: MaxWaitDebounce;
  /** Subtrees a capped scan did not reach, read MAX_PENDING_ROOTS at a time in the scans after it. */
  private backlog: Element[] = [];
  private observer: MutationObserver | undefined;
  /** Open shadow roots and same-origin frame documents being watched (inner-trees.ts). */
  private watched = new WeakSet<Node>();
  /** Same-origin frame documents by their frame element: a document whose frame left the page is off the page. */
  private frameOf = new WeakMap<Document, Element>();
  /** Frame documents seen, for pruning their evidence marks; dropped when their frame leaves. */
  private frameDocs = new Set<Document>();
  private frameLoadHeard = new WeakSet<Element>();
  private stopped = false;
  private running: Promise<void> = Promise.resolve();
  private pause: () => Promise<void>;
  private warmUp: SliceStats | undefined;
  private startedAt: number | undefined;
  private firstScanDone = false;
  private warmedUpAt: number | undefined;
  /** Statistics of the last scan that found something to do. */
  lastScan: ScanStats | undefined;

  constructor(private deps: ScannerDeps) {
    if (deps.pause) this.pause = deps.pause;
    else {
      const idle = idlePause(deps.doc);
      const turn = turnPause(deps.doc);
      // Quick turns for the warm-up and the first scan, idle moments after that.
      this.pause = () => (this.firstScanDone ? idle() : turn());
    }
    this.debounce = new MaxWaitDebounce(
      () => {
        // Re-extraction happens when the page is idle, not in the middle of its own rendering
        // work (at the latest after IDLE_TIMEOUT_MS).
        const win = this.deps.doc.defaultView;
        if (win?.requestIdleCallback) win.requestIdleCallback(() => void this.rescan(), { timeout: IDLE_TIMEOUT_MS });
        else void this.rescan();
      },
      MUTATION_DEBOUNCE_MS,
      MUTATION_MAX_WAIT_MS,
    );
  }

  start(): Promise<void> {
    const win = this.deps.doc.defaultView;
    if (win) {
      this.observer = new win.MutationObserver((records) => this.collect(records));
      this.observer.observe(this.deps.doc.documentElement, { childList: true, subtree: true });
    }
    this.startedAt = performance.now();
    // Only a head start: if it failed, scanning would still work (just with a slower first card).
    this.running = runInSlices(warmUpSteps(this.deps.url()), { sliceMs: SLICE_MS, pause: this.pause }).then(
      (run) => {
        this.warmUp = run.stats;
        this.warmedUpAt = performance.now();
      },
      () => undefined,
    );
    return this.rescan().finally(() => {
      this.firstScanDone = true;
    });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.debounce.cancel();
    this.backlog = [];
  }

  /** The postings found so far that are still on the page, in order of discovery. */
  postings(): readonly ExtractedPosting[] {
    return [...this.found.values()];
  }

  /** The element of the posting with this key (postingKey), for the popup's "show me". */
  elementFor(key: string): Element | undefined {
    const el = this.byKey.get(key);
    return el && this.onPage(el) ? el : undefined;
  }

  /** On the page: connected, and in the page's document or in a frame document whose frame is on the page. */
  private onPage(el: Element): boolean {
    if (!el.isConnected) return false;
    const doc = el.ownerDocument;
    if (doc === this.deps.doc) return true;
    const frame = this.frameOf.get(doc);
    return frame !== undefined && this.frameShows(frame, doc);
  }

  private frameShows(frame: Element, doc: Document): boolean {
    return (frame as HTMLIFrameElement).contentDocument === doc && this.onPage(frame);
  }

  /**
   * Watches a shadow root or frame document for changes, as the page's document is watched. A
   * frame is re-read whenever it loads a document (also one that replaces the first).
   */
  private watch(tree: InnerTree): void {
    const node = tree.kind === 'shadow' ? tree.root : tree.doc;
    if (tree.kind === 'frame') {
      this.frameOf.set(tree.doc, tree.frame);
      this.frameDocs.add(tree.doc);
      if (!this.frameLoadHeard.has(tree.frame)) {
        this.frameLoadHeard.add(tree.frame);
        tree.frame.addEventListener('load', () => {
          if (this.stopped) return;
          this.pending.add(tree.frame);
          this.schedule();
        });
      }
    }
    if (this.watched.has(node) || !this.observer) return;
    this.watched.add(node);
    try {
      this.observer.observe(node, { childList: true, subtree: true });
    } catch {
      // A document that went away between finding and watching: nothing to watch.
    }
  }

  /** The URL postings in this document are read against: a frame's own, unless it has none of its own (about:blank, srcdoc). */
  private urlOf(doc: Document, pageUrl: string): string {
    if (doc === this.deps.doc) return pageUrl;
    const own = doc.URL;
    return own && /^https?:/i.test(own) ? own : pageUrl;
  }

  /** Postings in the shadow roots and frames among or under `starts`, each tree watched from now on. */
  private *innerPostings(starts: ReadonlyArray<Document | Element>, pageUrl: string): Steps<ExtractedPosting[]> {
    const out: ExtractedPosting[] = [];
    for (const tree of yield* innerTreesSteps(starts, MAX_INNER_TREES, isOurWidget)) {
      this.watch(tree);
      if (tree.kind === 'shadow') {
        const roots = Array.from(tree.root.children);
        if (roots.length > 0) out.push(...(yield* extractPostingsSteps(this.deps.doc, pageUrl, { roots, imagePosts: this.imagePosts() })));
      } else if (tree.doc.body) {
        out.push(...(yield* extractPostingsSteps(tree.doc, this.urlOf(tree.doc, pageUrl), { imagePosts: this.imagePosts() })));
      }
    }
    return out;
  }

  /**
   * A full scan reads the document, then its inner trees. An incremental scan reads the added
   * subtrees, each against its own document (a frame's nodes are read in the frame), then the
   * inner trees under them (a component or frame the page just added).
   */
  private *extractSteps(pageUrl: string, roots: Element[] | undefined): Steps<{ main: ExtractedPosting[]; all: ExtractedPosting[] }> {
    const doc = this.deps.doc;
    const imagePosts = this.imagePosts();
    if (!roots) {
      const main = yield* extractPostingsSteps(doc, pageUrl, { imagePosts });
      return { main, all: [...main, ...(yield* this.innerPostings([doc], pageUrl))] };
    }
    const byDoc = new Map<Document, Element[]>();
    for (const r of roots) {
      const list = byDoc.get(r.ownerDocument);
      if (list) list.push(r);
      else byDoc.set(r.ownerDocument, [r]);
    }
    const main: ExtractedPosting[] = [];
    for (const [d, list] of byDoc) main.push(...(yield* extractPostingsSteps(d, this.urlOf(d, pageUrl), { roots: list, imagePosts })));
    return { main, all: [...main, ...(yield* this.innerPostings(roots, pageUrl))] };
  }

  /** Remembers where the page changed; our own badges do not count. A removal schedules a scan too, to let go of what was removed. */
  private collect(records: MutationRecord[]): void {
    let relevant = false;
    for (const r of records) {
      if (isOurNode(r.target) || (r.target.nodeType === 1 && (r.target as Element).closest?.('scam-job-radar-badge'))) continue;
      if (!relevant && r.removedNodes.length > 0 && Array.from(r.removedNodes).some((n) => !isOurNode(n))) relevant = true;
      for (const n of Array.from(r.addedNodes)) {
        if (isOurNode(n)) continue;
        const el = n.nodeType === 1 ? (n as Element) : n.nodeType === 3 ? n.parentElement : null;
        if (!el) continue;
        relevant = true;
        if (this.pending.size < MAX_PENDING_ROOTS) this.pending.add(el);
        else this.overflow = true;
      }
    }
    if (relevant) this.schedule();
  }

  /** Re-scans after the page has been quiet for a moment, or at the latest MUTATION_MAX_WAIT_MS after its first change. */
  schedule(): void {
    this.debounce.trigger();
  }

  rescan(): Promise<void> {
    this.running = this.running.then(() => this.scanOnce()).catch((err: unknown) => console.warn('[Scam Job Radar]', err));
    return this.running;
  }

  /**
   * Lets go of the postings the page removed: the strong lists keep only elements still on the
   * page (a posting put back later is found again by the scan that reads it), and the evidence
   * marks drop ranges over removed text.
   */
  private prune(): void {
    const on = (el: Element) => this.onPage(el);
    for (const el of this.found.keys()) if (!on(el)) this.found.delete(el);
    for (const [key, el] of this.byKey) if (!on(el)) this.byKey.delete(key);
    for (const el of this.pending) if (!on(el)) this.pending.delete(el);
    if (this.backlog.some((el) => !on(el))) this.backlog = this.backlog.filter(on);
    pruneEvidence(this.deps.doc);
    for (const d of this.frameDocs) {
      const frame = this.frameOf.get(d);
      if (frame && this.frameShows(frame, d)) pruneEvidence(d);
      else this.frameDocs.delete(d);
    }
  }

  /** A verdict for the cache, the least recently used dropped past MAX_CACHED_VERDICTS. */
  private remember(key: string, verdict: Verdict): void {
    this.verdicts.delete(key);
    this.verdicts.set(key, verdict);
    if (this.verdicts.size > MAX_CACHED_VERDICTS) {
      const oldest = this.verdicts.keys().next().value;
      if (oldest !== undefined) this.verdicts.delete(oldest);
    }
  }

  /** A changed node inside a posting we know means that posting changed: re-read all of it. */
  private rootFor(el: Element): Element {
    let root = el;
    for (let p: Element | null = el; p; p = p.parentElement) if (this.postingElements.has(p)) root = p;
    return root;
  }

  private async scanOnce(): Promise<void> {
    const url = this.deps.url();
    const newPage = url !== this.pageUrl;
    if (newPage) {
      this.pageUrl = url;
      this.found.clear();
      this.byKey.clear();
      this.postingElements = new WeakSet();
    }
    this.prune();
    if (this.deps.reads && !this.deps.reads(url)) {
      this.pending.clear();
      this.overflow = false;
      this.backlog = [];
      return;
    }
    const full = newPage || this.overflow;
    if (full) this.backlog = [];
    const added = full ? undefined : [...this.pending, ...this.backlog.splice(0, MAX_PENDING_ROOTS)];
    const roots = added?.filter((el) => this.onPage(el)).map((el) => this.rootFor(el));
    this.pending.clear();
    this.overflow = false;
    if (roots && roots.length === 0) return;

    const started = performance.now();
    const run = await runInSlices(this.extractSteps(url, roots), {
      sliceMs: SLICE_MS,
      pause: this.pause,
      cancelled: () => this.deps.url() !== url,
    });
    if (!run.value) return; // navigated away mid-scan: the next scan reads the new page
    const extracted = run.value.all;
    if (run.value.main.length >= EXTRACT_CAP) this.backlog.push(...unreached(run.value.main));
    const stats: ScanStats = {
      mode: roots ? 'incremental' : 'full',
      roots: roots?.length ?? 0,
      extracted: extracted.length,
      scored: 0,
      fromCache: 0,
      extraction: run.stats,
      longestDrawSliceMs: 0,
      elapsedMs: 0,
    };
    if (this.warmUp) {
      stats.warmUp = this.warmUp;
      this.warmUp = undefined;
    }
    if (this.startedAt !== undefined) {
      stats.timeline = { start: this.startedAt, warmedUp: this.warmedUpAt, extractionStart: started, extractionEnd: performance.now() };
      this.startedAt = undefined;
    }

    const toScore: Array<{ p: ExtractedPosting; key: string; replaces?: string; imagesRead?: number }> = [];
    const fromCache: Array<{ p: ExtractedPosting; key: string; verdict: Verdict }> = [];
    for (const p of extracted) {
      const imagesRead = this.withImages(p);
      if (imagesRead === null) continue;
      const key = postingKey(p);
      const anchor = p.element ?? this.deps.doc.body;
      const before = this.postingElements.has(anchor) ? this.drawn.get(anchor)?.key : undefined;
      if (before === key) {
        // Unchanged; back in the lists if the page had taken it out and put it back.
        if (!this.found.has(anchor)) this.found.set(anchor, p);
        this.byKey.set(key, anchor);
        continue;
      }
      const cached = this.verdicts.get(key);
      if (cached) this.remember(key, cached);
      // On a new page every posting goes to the background, which counts them for the toolbar.
      if (cached && !newPage) fromCache.push({ p, key, verdict: cached });
      else toScore.push({ p, key, ...(before ? { replaces: before } : {}), ...(imagesRead ? { imagesRead } : {}) });
    }
    stats.fromCache = fromCache.length;
    this.lastScan = stats;
    if (fromCache.length > 0) await this.drawAll(fromCache, url, stats);

    let append = !newPage;
    for (let i = 0, size = FIRST_SCORE_BATCH; i < toScore.length; i += size, size = Math.min(size * 2, MAX_SCORE_BATCH)) {
      if (this.deps.url() !== url) return;
      const batch = toScore.slice(i, i + size);
      const replaces = batch.flatMap((b) => (b.replaces ? [b.replaces] : []));
      const verdicts = await this.deps.score(
        batch.map((b) => plain(b.p)),
        url,
        append,
        replaces,
      );
      append = true;
      const ready: Array<{ p: ExtractedPosting; key: string; verdict: Verdict }> = [];
      batch.forEach((b, j) => {
        const answer = verdicts[j];
        if (!answer) return;
        const verdict = b.imagesRead ? { ...answer, imagesRead: b.imagesRead } : answer;
        this.remember(b.key, verdict);
        ready.push({ ...b, verdict });
      });
      stats.scored += ready.length;
      if (stats.timeline && stats.timeline.firstVerdicts === undefined) stats.timeline.firstVerdicts = performance.now();
      await this.drawAll(ready, url, stats);
      if (stats.timeline && stats.timeline.firstBadges === undefined) stats.timeline.firstBadges = performance.now();
    }
    stats.elapsedMs = performance.now() - started;
    this.deps.onScan?.(stats);
    // What a capped scan did not reach: the next batch, straight after this scan.
    if (this.backlog.length > 0) void this.rescan();
  }

  /**
   * "Read text in images of posts": joins what the post's images gave to its text, or asks for
   * them to be read. Returns how many images were read into the text (0 when none), or null for
   * a post not to score (yet): one that is no job ad by its caption, whose images are not read
   * yet, or whose caption and image text together still are no job ad.
   */
  private withImages(p: ExtractedPosting): number | null {
    const images = this.deps.images;
    const on = images?.enabled() && p.element && p.source && SOCIAL_SOURCES.has(p.source);
    if (!on || !images || !p.element) return p.awaitingImages ? null : 0;
    const got = images.result(p.element);
    if (!got) {
      images.request(p.element);
      return p.awaitingImages ? null : 0;
    }
    if (got.text) p.text = withImageText(p.text, got.text);
    if (p.awaitingImages && (!got.text || !isJobPost(p.text))) return null;
    return got.text ? got.read : 0;
  }

  /** Whether extraction returns posts waiting for their images ("Read text in images of posts" on). */
  private imagePosts(): boolean {
    return this.deps.images?.enabled() ?? false;
  }

  /** Reads a post again soon (its images have been read). */
  reread(post: Element): void {
    if (this.stopped || !this.onPage(post)) return;
    this.pending.add(post);
    this.schedule();
  }

  /**
   * Draws a batch of badges. New badges are built off the page in slices, then put on the page
   * in one step: every insertion moves the content below it, and on a long page each frame
   * that follows an insertion re-lays the page out, so one insertion step per batch means one
   * such frame per batch instead of one per slice. Each posting joins `found` as its badge appears
   * (a re-read one keeps its place).
   */
  private async drawAll(items: Array<{ p: ExtractedPosting; key: string; verdict: Verdict }>, url: string, stats: ScanStats): Promise<void> {
    const self = this;
    const toPlace: Array<{ host: HTMLElement; anchor: Element }> = [];
    function* steps(): Generator<void, void, void> {
      for (const item of items) {
        const placed = self.drawOne(item.p, item.key, item.verdict, url);
        if (placed) toPlace.push(placed);
        yield;
      }
      for (const { host, anchor } of toPlace) if (anchor.isConnected && !host.isConnected) placeBadge(host, anchor);
    }
    const run = await runInSlices(steps(), { sliceMs: SLICE_MS, pause: this.pause });
    stats.longestDrawSliceMs = Math.max(stats.longestDrawSliceMs, run.stats.longestSliceMs);
  }

  /** Draws one badge; a new host is returned unplaced, for drawAll to insert. */
  private drawOne(p: ExtractedPosting, key: string, verdict: Verdict, url: string): { host: HTMLElement; anchor: Element } | undefined {
    const anchor = p.element ?? this.deps.doc.body;
    // A new posting goes last; the same element re-read (its text changed) keeps its position.
    this.found.set(anchor, p);
    this.postingElements.add(anchor);
    this.byKey.set(key, anchor);
    const prev = this.drawn.get(anchor);
    const report = this.deps.report;
    const posting = plain(p);
    const onReport = report ? (action: Parameters<NonNullable<ScannerDeps['report']>>[0]) => report(action, posting, verdict, url) : undefined;
    const help = { posting, pageUrl: url };
    const host = drawBadge(anchor, verdict, this.deps.showLow(), prev?.host, onReport, posting.company, true, this.deps.exposeScore?.() ?? false, help);
    this.drawn.set(anchor, { key, host });
    return host.isConnected || host === prev?.host ? undefined : { host, anchor };
  }
}

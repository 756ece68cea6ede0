/**
 * extractPostings: every job posting a page shows, for the content script (real DOM) and the
 * CLI (linkedom). Order: the site adapter for the URL (when it finds postings), JSON-LD,
 * microdata, then — only when nothing structured was found — the generic extractor.
 * Postings found twice (e.g. JSON-LD and the DOM) are merged. Never throws.
 *
 * `extractPostingsSteps` is the same work as resumable steps (steps.ts) for the content script,
 * which runs it in time slices; with `roots` it reads only those subtrees (scope.ts), for the
 * re-scan after the page added nodes.
 */
import type { ExtractedPosting } from '../shared/types.ts';
import { extractGenericSteps } from './generic.ts';
import { extractJsonLdSteps } from './jsonld.ts';
import { extractMicrodata } from './microdata.ts';
import { adapterFor, siteAdapters } from './sites/index.ts';
import { warmUpSteps as cueWarmUpSteps } from './cues.ts';
import { jobGateWarmUpSteps } from './job-gate.ts';
import { hasRealText } from './real-text.ts';
import { disjointRoots, scopedDocument } from './scope.ts';
import { runToEnd, type Steps } from './steps.ts';
import { compareKey, MAX_POSTING_TEXT, TRAILING_SLASHES } from './text.ts';

export { blockText } from './text.ts';
export { disjointRoots } from './scope.ts';
export { runInSlices, runToEnd, type SliceStats, type Steps } from './steps.ts';
export { adapterFor, siteAdapters, type SiteAdapter } from './sites/index.ts';

const MAX_POSTINGS = 1000;

/** Adapters whose pages are feeds of posts, each read through the job-post gate (job-gate.ts). */
const FEED_ADAPTERS: ReadonlySet<string> = new Set(['facebook', 'x', 'telegram', 'telegram-web', 'linkedin']);

/**
 * Pages of a feed site that are job lists or job views, read without the gate: LinkedIn's
 * /jobs/ pages hold job cards (its adapter reads feed posts only where there are none). The
 * gate's warm-up costs 0.2–0.3 s of compiling (one step of 170 ms in Node), which on these
 * pages only delayed the first badge.
 */
function isJobListOfFeedSite(adapter: string, url: URL): boolean {
  return adapter === 'linkedin' && /^\/jobs(?:\/|$)/.test(url.pathname);
}

/**
 * Compiles the patterns extraction will run, in steps, before the first scan (cues.ts): the
 * cues on every page, and on a feed site (by its URL) the gate's detectors too — a job board's
 * pages never run them, so they do not pay for it.
 */
export function* warmUpSteps(url?: string): Steps<void> {
  yield* cueWarmUpSteps();
  let host: URL | undefined;
  try {
    host = url ? new URL(url) : undefined;
  } catch {
    host = undefined;
  }
  if (host && siteAdapters.some((a) => FEED_ADAPTERS.has(a.name) && a.matches(host) && !isJobListOfFeedSite(a.name, host))) yield* jobGateWarmUpSteps();
}

function safeRun(fn: () => ExtractedPosting[]): ExtractedPosting[] {
  try {
    const out = fn();
    return Array.isArray(out) ? out : [];
  } catch {
    return [];
  }
}

/** URL identity: host + path (+ Indeed's jk), without tracking queries or fragments. */
function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    const jk = u.searchParams.get('jk') ?? u.searchParams.get('vjk');
    return `${u.hostname.replace(/^www\./, '').replace(/^[a-z]{2}\.linkedin\.com$/, 'linkedin.com')}${u.pathname.replace(TRAILING_SLASHES, '')}${jk ? `?jk=${jk}` : ''}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

function sameCompany(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const ka = compareKey(a);
  const kb = compareKey(b);
  return ka === kb || ka.includes(kb) || kb.includes(ka);
}

/** Do two postings from different extractors describe the same ad? */
function isSamePosting(a: ExtractedPosting, b: ExtractedPosting): boolean {
  const ua = urlKey(a.url);
  const ub = urlKey(b.url);
  if (ua && ub && ua === ub) return true;
  const ta = compareKey(a.title);
  const tb = compareKey(b.title);
  if (!ta || ta !== tb) return false;
  if (ua && ub && ua !== ub) {
    // Different URLs usually mean different ads, unless one is just the page URL.
    return false;
  }
  return sameCompany(a.company, b.company);
}

function isWeakElement(el: Element | undefined): boolean {
  return !el || el.tagName === 'BODY' || el.tagName === 'HTML';
}

/** Merge `extra` into `base`: fill missing fields, keep the longer text, keep a DOM element. */
function merge(base: ExtractedPosting, extra: ExtractedPosting): void {
  base.title ??= extra.title;
  base.company ??= extra.company;
  base.location ??= extra.location;
  base.salary ??= extra.salary;
  base.url ??= extra.url;
  if ((extra.text?.length ?? 0) > (base.text?.length ?? 0)) base.text = extra.text;
  if (isWeakElement(base.element) && !isWeakElement(extra.element)) base.element = extra.element;
  else if (!base.element) base.element = extra.element;
}

function addAll(into: ExtractedPosting[], found: ExtractedPosting[]): void {
  const before = into.length;
  for (const p of found) {
    const twin = into.slice(0, before).find((q) => isSamePosting(q, p));
    if (twin) merge(twin, p);
    else if (into.length < MAX_POSTINGS) into.push(p);
  }
}

function finalise(p: ExtractedPosting, doc: Document): ExtractedPosting {
  const out: ExtractedPosting = { text: typeof p.text === 'string' ? p.text.slice(0, MAX_POSTING_TEXT) : '' };
  for (const key of ['title', 'company', 'location', 'salary', 'url'] as const) {
    const v = p[key];
    if (typeof v === 'string' && v.trim()) out[key] = v.trim();
  }
  if (!out.text) out.text = [out.title, out.company, out.location, out.salary].filter(Boolean).join('\n');
  if (p.source) out.source = p.source;
  if (p.awaitingImages) out.awaitingImages = true;
  // A stable id from the page (a chat message's own id), for postings without a URL.
  if (typeof p.id === 'string' && p.id) out.id = p.id.slice(0, 200);
  out.element = p.element ?? doc.body ?? doc.documentElement ?? undefined;
  return out;
}

export interface ExtractOptions {
  /** Read only these subtrees (the nodes the page added since the last scan). */
  roots?: readonly Element[];
  /**
   * Also return feed posts with a short caption and an image that are no job ad by their text
   * (marked `awaitingImages`), for the content script to read their images. Off: never returned.
   */
  imagePosts?: boolean;
}

/** All job postings on the page. `url` is the page URL (omit for a saved file). */
export function extractPostings(doc: Document, url?: string, options: ExtractOptions = {}): ExtractedPosting[] {
  return runToEnd(extractPostingsSteps(doc, url, options));
}

function* safeSteps(make: () => Steps<ExtractedPosting[]>): Steps<ExtractedPosting[]> {
  try {
    const out = yield* make();
    return Array.isArray(out) ? out : [];
  } catch {
    return [];
  }
}

/** extractPostings as steps; see steps.ts for how to run them. */
export function* extractPostingsSteps(doc: Document, url?: string, options: ExtractOptions = {}): Steps<ExtractedPosting[]> {
  try {
    if (!doc || typeof doc.querySelectorAll !== 'function') return [];
    let scope = doc;
    if (options.roots) {
      const roots = disjointRoots(options.roots);
      if (roots.length === 0) return [];
      scope = scopedDocument(doc, roots);
    }
    const results: ExtractedPosting[] = [];
    const adapter = safeRunAdapter(doc, url);
    if (adapter) {
      const stepsOf = adapter.extractSteps;
      const found = stepsOf ? yield* safeSteps(() => stepsOf.call(adapter, scope, url)) : safeRun(() => adapter.extract(scope, url));
      results.push(...(options.imagePosts ? found : found.filter((p) => !p.awaitingImages)).slice(0, MAX_POSTINGS));
    }
    yield;
    addAll(results, yield* safeSteps(() => extractJsonLdSteps(scope, url)));
    yield;
    addAll(
      results,
      safeRun(() => extractMicrodata(scope, url)),
    );
    yield;
    // Posts waiting for their images are no postings yet: the generic extractor still runs without them.
    if (!results.some((p) => !p.awaitingImages)) addAll(results, yield* safeSteps(() => extractGenericSteps(scope, url)));
    // A UI label an adapter took for a posting ("Save offer") is no posting (real-text.ts).
    return results.map((p) => finalise(p, doc)).filter((p) => p.awaitingImages || hasRealText(p));
  } catch {
    return [];
  }
}

function safeRunAdapter(doc: Document, url?: string) {
  try {
    return adapterFor(doc, url);
  } catch {
    return undefined;
  }
}

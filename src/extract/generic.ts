/**
 * Generic extraction for pages without structured data or a site adapter:
 *  (a) a feed of post-like blocks (article, [role=article], repeated sibling cards) — a
 *      Facebook group, a forum, a Telegram-like channel — keeping blocks with job-ad cues;
 *  (b) a page that shows ONE posting: an h1 plus a main/article block with job-ad cues.
 * Looks only at structure and text, never at class names or the UI language. Bounded:
 * at most MAX_CANDIDATES blocks and a global node budget. Written as steps (steps.ts) so the
 * content script can run it in slices.
 */
import type { ExtractedPosting } from '../shared/types.ts';
import { fillLabelledFields, jobCueScore, lineHasJobCue, pageMayHaveJobsSteps } from './cues.ts';
import { isJobPost } from './job-gate.ts';
import { sortByDocumentOrder } from './dom.ts';
import { scopeRoots } from './scope.ts';
import type { Steps } from './steps.ts';
import { absoluteUrl, blockText, compareKey, documentBaseUrl, inlineText, isInHiddenSubtree, MAX_POSTING_TEXT } from './text.ts';

// Bounds that keep a hostile page finite. The content script runs this in time slices
// (steps.ts), so they can be generous: a 5 MB feed of ~600 posts fits well inside them.
const MAX_CANDIDATES = 5000;
const MAX_PARENTS_SCANNED = 100_000;
const NODE_BUDGET = 3_000_000;
const MAX_ANCESTORS = 200;
const MIN_POST_CHARS = 40;
const MAX_TITLE = 150;

function clipTitle(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_TITLE) return t;
  const cut = t.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return (space > 60 ? cut.slice(0, space) : cut) + '…';
}

/** A feed post's headline: the first line with a job cue, else a heading/strong, else line 1. */
export function headlineOf(block: Element, text: string): string | undefined {
  // Lines that are whole links are author/page names ("Tuyển Dụng Nhanh"), not headlines.
  const linkTexts = new Set(
    Array.from(block.querySelectorAll('a'))
      .slice(0, 200)
      .map((a) => compareKey(inlineText(a, 300))),
  );
  // A heading the author wrote is the headline, unless it is only a link (the poster's name).
  for (const heading of Array.from(block.querySelectorAll('h1, h2, h3, h4')).slice(0, 5)) {
    const h = inlineText(heading, 300);
    if (h.length >= 3 && !linkTexts.has(compareKey(h))) return clipTitle(h);
  }
  const lines = text.split('\n').filter((l) => l.trim().length > 1);
  for (const line of lines.slice(0, 40)) {
    if (line.length <= 300 && lineHasJobCue(line) && !linkTexts.has(compareKey(line))) return clipTitle(line);
  }
  const heading = block.querySelector('h1, h2, h3, h4, h5, h6, strong, b');
  const h = heading ? inlineText(heading, 300) : '';
  if (h && h.length >= 3) return clipTitle(h);
  const firstLine = lines[0];
  return firstLine ? clipTitle(firstLine) : undefined;
}

function postingFromBlock(block: Element, text: string, base: string | undefined, title?: string): ExtractedPosting {
  const posting: ExtractedPosting = { text, source: 'generic', element: block };
  const headline = title ?? headlineOf(block, text);
  if (headline) posting.title = headline;
  fillLabelledFields(posting, text);
  const link = block.querySelector('a[href]');
  const url = absoluteUrl(link?.getAttribute('href'), base);
  if (url && /^https?:/.test(url)) posting.url = url;
  return posting;
}

/** A post nested inside another post within `block` (a comment or a shared post). */
function nestedPostFilter(block: Element): (el: Element) => boolean {
  return (el) => {
    if (el.tagName !== 'ARTICLE' && el.getAttribute('role') !== 'article') return false;
    const outer = el.parentElement?.closest('article, [role="article"]');
    return !!outer && (outer === block || block.contains(outer));
  };
}

/** Is `el` one of at least three same-tag siblings that make up most of their parent (a card in a list)? */
function isRepeatedMember(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || parent.children.length < 3 || parent.children.length > 1000) return false;
  if (!REPEATED_TAGS.has(el.tagName)) return false;
  let same = 0;
  for (const c of Array.from(parent.children)) if (c.tagName === el.tagName) same++;
  return same >= 3 && same / parent.children.length >= 0.6;
}

const REPEATED_TAGS = new Set(['LI', 'DIV', 'ARTICLE', 'SECTION', 'TR']);

/**
 * Post-like blocks: explicit articles first, then the members of repeated sibling groups.
 * In a scoped (incremental) scan, a root that is itself a post-like block comes first.
 */
function* feedCandidates(doc: Document): Steps<Element[]> {
  const out: Element[] = [];
  const seen = new Set<Element>();
  const add = (el: Element) => {
    if (out.length >= MAX_CANDIDATES || seen.has(el)) return;
    seen.add(el);
    out.push(el);
  };
  for (const root of scopeRoots(doc) ?? []) {
    const parent = root.parentElement;
    if (root.tagName === 'ARTICLE' || root.getAttribute('role') === 'article' || parent?.getAttribute('role') === 'feed' || isRepeatedMember(root)) add(root);
  }
  for (const feed of Array.from(doc.querySelectorAll('[role="feed"]')).slice(0, 20)) {
    for (const child of Array.from(feed.children).slice(0, MAX_CANDIDATES)) add(child);
  }
  for (const el of Array.from(doc.querySelectorAll('article, [role="article"]')).slice(0, MAX_CANDIDATES)) add(el);
  yield;
  const parents = Array.from(doc.querySelectorAll('ul, ol, div, section, main, tbody')).slice(0, MAX_PARENTS_SCANNED);
  for (let i = 0; i < parents.length; i++) {
    if (out.length >= MAX_CANDIDATES) break;
    if (i % 500 === 499) yield;
    const children = (parents[i] as Element).children;
    if (children.length < 3 || children.length > 1000) continue;
    const counts = new Map<string, number>();
    for (const c of Array.from(children)) counts.set(c.tagName, (counts.get(c.tagName) ?? 0) + 1);
    let bestTag = '';
    let best = 0;
    for (const [tag, n] of counts) if (n > best) [bestTag, best] = [tag, n];
    if (best < 3 || best / children.length < 0.6) continue;
    if (!REPEATED_TAGS.has(bestTag)) continue;
    for (const c of Array.from(children)) if (c.tagName === bestTag) add(c);
  }
  return out;
}

/**
 * Of the accepted blocks, the posts: a block holding two or more accepted blocks is a
 * container, not a post; of nested survivors the outermost is the whole post (not a fragment
 * or a comment). Walks ancestors (bounded depth) instead of comparing every pair.
 */
function outermostPosts<T extends { el: Element }>(accepted: T[]): T[] {
  const byEl = new Map(accepted.map((a) => [a.el, a] as const));
  const inner = new Map<Element, number>();
  for (const a of accepted) {
    let depth = 0;
    for (let p = a.el.parentElement; p && depth < MAX_ANCESTORS; p = p.parentElement, depth++) {
      if (byEl.has(p)) inner.set(p, (inner.get(p) ?? 0) + 1);
    }
  }
  const kept = new Set(accepted.filter((a) => (inner.get(a.el) ?? 0) < 2).map((a) => a.el));
  return accepted.filter((a) => {
    if (!kept.has(a.el)) return false;
    let depth = 0;
    for (let p = a.el.parentElement; p && depth < MAX_ANCESTORS; p = p.parentElement, depth++) if (kept.has(p)) return false;
    return true;
  });
}

/** Job posts in a feed of post-like blocks. */
export function* extractFeedSteps(doc: Document, url?: string): Steps<ExtractedPosting[]> {
  const base = documentBaseUrl(doc, url);
  const budget = { nodes: NODE_BUDGET };
  const accepted: Array<{ el: Element; text: string }> = [];
  const candidates = yield* feedCandidates(doc);
  for (const el of candidates) {
    if (budget.nodes <= 0) break;
    yield;
    if (isInHiddenSubtree(el)) continue;
    // Nested posts inside a post are comments/shares: not part of this ad's text.
    const text = blockText(el, MAX_POSTING_TEXT, budget, nestedPostFilter(el));
    if (text.length < MIN_POST_CHARS) continue;
    if (!isJobPost(text)) continue;
    accepted.push({ el, text });
  }
  yield;
  const final = outermostPosts(accepted);
  yield;
  const ordered = sortByDocumentOrder(final, (a) => a.el);
  const out: ExtractedPosting[] = [];
  for (const a of ordered) {
    out.push(postingFromBlock(a.el, a.text, base));
    if (out.length % 50 === 0) yield;
  }
  return out;
}

/** One posting shown by the page: h1 title + the main/article block around it. */
export function extractSinglePosting(doc: Document, url?: string): ExtractedPosting | undefined {
  const base = documentBaseUrl(doc, url);
  const h1 = Array.from(doc.querySelectorAll('h1')).find((h) => !isInHiddenSubtree(h) && inlineText(h, 300).length > 1);
  if (!h1) return undefined;
  const title = inlineText(h1, 300);
  let container: Element | null = h1.closest('article, main, [role="main"]');
  if (!container) {
    // Climb until the block around the title carries a body of text.
    let p: Element | null = h1.parentElement;
    let guard = 0;
    while (p && guard++ < 12) {
      if (p.tagName === 'BODY') break;
      if ((p.textContent ?? '').length >= 300) break;
      p = p.parentElement;
    }
    container = p && p.tagName !== 'HTML' ? p : doc.body;
  }
  if (!container) return undefined;
  const text = blockText(container);
  if (text.length < 80) return undefined;
  const cues = jobCueScore(text);
  if (!(cues.score >= 4 || (cues.strong > 0 && cues.score >= 3))) return undefined;
  const posting = postingFromBlock(container, text, base, clipTitle(title));
  if (url) posting.url = url;
  else delete posting.url;
  return posting;
}

/** Generic extraction: a feed of job posts, else one posting, else nothing. */
export function* extractGenericSteps(doc: Document, url?: string): Steps<ExtractedPosting[]> {
  // Fast exit for the vast majority of pages (news, shops…): no job words anywhere.
  const roots = scopeRoots(doc);
  const text = roots ? roots.map((r) => r.textContent ?? '').join('\n') : (doc.body?.textContent ?? doc.documentElement?.textContent ?? '');
  if (!(yield* pageMayHaveJobsSteps(text))) return [];
  yield;
  const feed = yield* extractFeedSteps(doc, url);
  if (feed.length >= 2) return feed;
  yield;
  const single = extractSinglePosting(doc, url);
  if (single) {
    // The single posting's block usually contains the one "feed" hit; prefer the page view.
    return [single];
  }
  return feed;
}

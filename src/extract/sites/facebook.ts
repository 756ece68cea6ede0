/**
 * Facebook group and page posts: www./web. (Comet), m. and mbasic. (server-rendered).
 * A post ("feed unit") is the outermost of: a [role=feed] child, [aria-posinset],
 * [role=article], <article>, an element whose data-ft names a top_level_post_id. Articles
 * nested inside a post are comments or shared posts and never become postings of their own;
 * their text is left out. The message is read from data-ad-preview / data-ad-comet-preview
 * ="message" (Comet) or data-ft / data-gt {"tn":"*s"} (m./mbasic story body), else from the
 * post's top-level div[dir=auto] blocks. Only posts with job-ad cues are kept. No class
 * names and no UI strings (the UI language varies) are used.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { absoluteUrl, blockText, documentBaseUrl, isInHiddenSubtree, MAX_POSTING_TEXT } from '../text.ts';
import { jobPostFrom, outermost, postText } from './social.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const ARTICLE = 'article, [role="article"]';
const UNIT = '[role="feed"] > *, [aria-posinset], [role="article"], article, [data-ft*="top_level_post_id"]';
const MESSAGE = '[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-ft*=\'"tn":"*s"\'], [data-gt*=\'"tn":"*s"\']';
const PERMALINK = 'a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="], a[href*="/permalink.php"], a[href*="/story.php"]';
const CHROME = '[role="button"], [role="toolbar"], form, footer, abbr';

/**
 * Which articles inside `unit` are comments or shared posts (their text is not the ad's):
 * every article inside an article unit; in another unit (a feed child, [aria-posinset]),
 * articles below a top article, and top articles that do not hold the unit's message marker
 * (Comet renders comments as [role=article] next to a post that is not one).
 */
function nestedPredicate(unit: Element): (el: Element) => boolean {
  const unitIsArticle = unit.matches(ARTICLE);
  const markers = Array.from(unit.querySelectorAll(MESSAGE)).slice(0, 50);
  return (el) => {
    if (el === unit || !el.matches(ARTICLE)) return false;
    if (unitIsArticle) return true;
    const outer = el.parentElement?.closest(ARTICLE);
    if (outer && unit.contains(outer)) return true;
    return markers.length > 0 && !markers.some((m) => el.contains(m));
  };
}

/** Is `el` inside a comment/shared post of `unit`? */
function inNestedPost(el: Element, unit: Element, nested: (el: Element) => boolean): boolean {
  let p: Element | null = el;
  let guard = 0;
  while (p && p !== unit && guard++ < 10_000) {
    if (nested(p)) return true;
    p = p.parentElement;
  }
  return false;
}

function ownMatches(unit: Element, selector: string, nested: (el: Element) => boolean): Element[] {
  return outermost(
    Array.from(unit.querySelectorAll(selector))
      .slice(0, 200)
      .filter((el) => !inNestedPost(el, unit, nested)),
  );
}

function permalinkOf(unit: Element, base: string, nested: (el: Element) => boolean): string | undefined {
  const link = Array.from(unit.querySelectorAll(PERMALINK))
    .slice(0, 50)
    .find((a) => !inNestedPost(a, unit, nested));
  const abs = absoluteUrl(link?.getAttribute('href'), base);
  if (!abs) return undefined;
  try {
    const u = new URL(abs);
    const keep = new URLSearchParams();
    if (/\/(?:permalink|story)\.php$/.test(u.pathname)) {
      for (const k of ['story_fbid', 'id']) {
        const v = u.searchParams.get(k);
        if (v) keep.set(k, v);
      }
    }
    u.search = keep.toString();
    u.hash = '';
    return u.href;
  } catch {
    return abs;
  }
}

function postFromUnit(unit: Element, base: string): ExtractedPosting | undefined {
  const exclude = nestedPredicate(unit);
  const messages = ownMatches(unit, MESSAGE, exclude);
  let body: Element;
  let text: string;
  if (messages.length > 0) {
    body = messages[0] as Element;
    text = messages.map((m) => postText(m, exclude)).join('\n');
  } else {
    const blocks = ownMatches(unit, 'div[dir="auto"], span[dir="auto"]', exclude).filter(
      (el) => !el.closest('h1, h2, h3, h4, strong, a') || !unit.contains(el.closest('h1, h2, h3, h4, strong, a')),
    );
    const first = blocks[0];
    if (first) {
      body = first;
      text = blocks
        .map((b) => postText(b, exclude))
        .filter(Boolean)
        .join('\n');
    } else {
      body = unit;
      text = blockText(unit, MAX_POSTING_TEXT, undefined, (el) => exclude(el) || el.matches(CHROME));
    }
  }
  const posting = jobPostFrom(body, text.trim(), unit, 'site:facebook');
  if (!posting) return undefined;
  const url = permalinkOf(unit, base, exclude);
  if (url) posting.url = url;
  return posting;
}

export const facebookAdapter: SiteAdapter = steppedAdapter({
  name: 'facebook',
  matches: (url) => hostIs(url, 'facebook.com', 'fb.com'),
  detect: (doc) =>
    doc.querySelector('[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-ft*="top_level_post_id"], [data-ft*=\'"tn":"*s"\']') !== null,
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url) ?? 'https://www.facebook.com/';
    const results: ExtractedPosting[] = [];
    const candidates = Array.from(doc.querySelectorAll(UNIT)).slice(0, 3000);
    const units = outermost(candidates).filter((u) => !isInHiddenSubtree(u));
    // On a page with message markers, an article without one is a comment shown outside a
    // unit (a permalink page), not a post.
    const hasMarkers = doc.querySelector(MESSAGE) !== null;
    const covered = new Set<Element>();
    for (const unit of units.slice(0, 500)) {
      yield;
      if (hasMarkers && unit.matches(ARTICLE) && !unit.matches(MESSAGE) && unit.querySelector(MESSAGE) === null) continue;
      covered.add(unit);
      const posting = postFromUnit(unit, base);
      if (posting) results.push(posting);
    }
    // A permalink page may show the post outside any unit (only its comments are articles).
    if (hasMarkers) {
      for (const message of outermost(Array.from(doc.querySelectorAll(MESSAGE)).slice(0, 200))) {
        yield;
        if ([...covered].some((u) => u.contains(message)) || message.closest(ARTICLE) || isInHiddenSubtree(message)) continue;
        const holder = message.parentElement && message.parentElement.tagName !== 'BODY' ? message.parentElement : message;
        const posting = postFromUnit(holder, base);
        if (posting) results.push(posting);
      }
    }
    return results;
  },
});

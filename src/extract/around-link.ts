/**
 * "Check this job ad" on a link: the posting the link belongs to, read from the page the user
 * is on — never by fetching the link (the extension makes no network requests). A link inside
 * a posting the extractors find gives that posting; a link that is a posting's own URL (a card
 * in a list) gives that posting; otherwise the block of text around the link.
 */
import type { ExtractedPosting } from '../shared/types.ts';
import { extractPostings } from './index.ts';
import { absoluteUrl, blockText, cutFromFirst, documentBaseUrl, inlineText, TRAILING_SLASHES } from './text.ts';

const MAX_ANCHORS = 10_000;
/** Climb from the link until the block around it reads like a posting (or give up). */
const MIN_BLOCK_CHARS = 100;
const MAX_CLIMB = 8;

function sameUrl(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const strip = (u: string) => cutFromFirst(u, '#').replace(TRAILING_SLASHES, '');
  return strip(a) === strip(b);
}

export function postingAroundLink(doc: Document, linkUrl: string, pageUrl?: string): ExtractedPosting | undefined {
  const base = documentBaseUrl(doc, pageUrl);
  const target = absoluteUrl(linkUrl, base);
  if (!target) return undefined;
  const anchor = Array.from(doc.querySelectorAll('a[href]'))
    .slice(0, MAX_ANCHORS)
    .find((a) => sameUrl(absoluteUrl(a.getAttribute('href'), base), target));

  const postings = extractPostings(doc, pageUrl);
  if (anchor) {
    // The innermost posting that contains the link.
    const holders = postings.filter((p) => p.element && p.element !== doc.body && p.element !== doc.documentElement && p.element.contains(anchor));
    holders.sort((a, b) => ((a.element as Element).contains(b.element as Element) ? 1 : -1));
    if (holders[0]) return holders[0];
  }
  const byUrl = postings.find((p) => sameUrl(p.url, target));
  if (byUrl) return byUrl;
  if (!anchor) return undefined;

  let block: Element = anchor.closest('article, [role="article"], li, tr') ?? anchor;
  let text = blockText(block);
  for (let i = 0; i < MAX_CLIMB && text.length < MIN_BLOCK_CHARS; i++) {
    const parent = block.parentElement;
    if (!parent || parent === doc.body || parent === doc.documentElement) break;
    block = parent;
    text = blockText(block);
  }
  if (!text) return undefined;
  const posting: ExtractedPosting = { text, url: target, source: 'generic', element: block };
  const title = inlineText(anchor, 200);
  if (title) posting.title = title;
  return posting;
}

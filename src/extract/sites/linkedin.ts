/**
 * LinkedIn jobs.
 * Test pages: guest search (id.linkedin.com/jobs/software-engineer-jobs, base-search-card),
 * guest API fragment (bare <li> cards), guest job view (it.linkedin.com/jobs/view/…, JSON-LD +
 * .show-more-less-html), logged-in job view (#job-details); feed posts (linkedin-feed.ts,
 * hand-written page test/fixtures/pages/linkedin-feed.html).
 * Anchors: data-entity-urn="urn:li:jobPosting:<id>", data-job-id, /jobs/view/ links,
 * #job-details; class names only as fallbacks.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { climbToCard, commonAncestor, pick, pickText } from '../dom.ts';
import { blockText, compareKey, documentBaseUrl, inlineText, isInHiddenSubtree, oneLine, urlWithoutQuery } from '../text.ts';
import { extractFeedPosts } from './linkedin-feed.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';
import type { Steps } from '../steps.ts';

const CARD_ANCHOR = '[data-entity-urn*="jobPosting:"], [data-job-id], [data-occludable-job-id]';

function jobIdOf(el: Element): string | undefined {
  const urn = el.getAttribute('data-entity-urn');
  const m = urn ? /jobPosting:(\d+)/.exec(urn) : null;
  if (m?.[1]) return m[1];
  return el.getAttribute('data-job-id') ?? el.getAttribute('data-occludable-job-id') ?? undefined;
}

function* extractCards(doc: Document, base?: string): Steps<ExtractedPosting[]> {
  const results: ExtractedPosting[] = [];
  const seen = new Set<string>();
  for (const anchor of Array.from(doc.querySelectorAll(CARD_ANCHOR)).slice(0, 1000)) {
    yield;
    const id = jobIdOf(anchor);
    if (!id || seen.has(id)) continue;
    // Skip a logged-in view page's own top card: it is handled as the job view.
    if (anchor.closest('#job-details')) continue;
    const card = climbToCard(anchor, CARD_ANCHOR, (o) => jobIdOf(o) === id, 4);
    const link = card.querySelector('a[href*="/jobs/view/"], a[href*="currentJobId"]');
    const title = pickText(card, ['h3', '.base-search-card__title', '[class*="job-card-list__title"]', 'strong']) ?? (link ? inlineText(link, 300) : undefined);
    if (!title) continue;
    seen.add(id);
    const posting: ExtractedPosting = {
      title,
      text: blockText(card),
      source: 'site:linkedin',
      element: card,
    };
    const company = pickText(card, ['h4', '.base-search-card__subtitle', '[class*="company-name"]', '[class*="subtitle"]']);
    if (company) posting.company = company;
    const location = pickText(card, ['[class*="location"]', '[class*="metadata-item"]']);
    if (location) posting.location = location;
    const salary = pickText(card, ['[class*="salary"]']);
    if (salary) posting.salary = salary;
    const url = urlWithoutQuery(link?.getAttribute('href'), base) ?? `https://www.linkedin.com/jobs/view/${id}/`;
    posting.url = url;
    results.push(posting);
  }
  return results;
}

/** "(6) Title | Company | LinkedIn" → [title, company]. */
function splitDocumentTitle(doc: Document): [string | undefined, string | undefined] {
  const raw = oneLine(doc.querySelector('title')?.textContent ?? '').replace(/^\(\d+\+?\)\s*/, '');
  const parts = raw.split(' | ').map((p) => p.trim());
  if (parts.length >= 3 && /linkedin/i.test(parts[parts.length - 1] ?? '')) return [parts[0], parts[1]];
  return [undefined, undefined];
}

function extractJobView(doc: Document, base?: string): ExtractedPosting | undefined {
  const description = pick(doc, [
    '#job-details',
    '.show-more-less-html__markup',
    '.show-more-less-html',
    '.description__text',
    '.jobs-description-content__text',
    '.jobs-description__content',
  ]);
  if (!description) return undefined;
  const [docTitle, docCompany] = splitDocumentTitle(doc);
  const headings = Array.from(doc.querySelectorAll('h1, h2')).filter(
    (h) => !isInHiddenSubtree(h) && !h.closest('[role="dialog"], dialog, #job-details') && inlineText(h, 300),
  );
  let titleEl =
    (docTitle ? headings.find((h) => compareKey(inlineText(h, 300)) === compareKey(docTitle)) : undefined) ??
    pick(doc, ['.job-details-jobs-unified-top-card__job-title h1', '.top-card-layout__title', '.topcard__title', '.jobs-unified-top-card__job-title']) ??
    headings.find((h) => h.tagName === 'H1');
  const title = titleEl ? inlineText(titleEl, 300) : docTitle;
  if (!title) return undefined;
  titleEl ??= description;
  const container = titleEl === description ? description : commonAncestor(titleEl, description);
  const topCard =
    [
      '.job-details-jobs-unified-top-card__container--two-pane',
      '.top-card-layout',
      '[class*="unified-top-card"]:not(h1):not(div[class*="__job-title"])',
      '[class*="top-card"]',
      'section',
    ]
      .map((sel) => titleEl?.closest(sel))
      .find((el): el is Element => !!el && el !== titleEl && inlineText(el, 2000).length > inlineText(titleEl, 300).length + 5) ?? container;
  // The pane's own heading ("About the job", in the UI language) is chrome, not ad text.
  const paneHeading = description.firstElementChild?.matches('h1, h2, h3') ? description.firstElementChild : null;
  const posting: ExtractedPosting = {
    title,
    text: blockText(description, undefined, undefined, (el) => el === paneHeading),
    source: 'site:linkedin',
    element: container.tagName === 'BODY' ? titleEl : container,
  };
  const company =
    pickText(topCard, ['.job-details-jobs-unified-top-card__company-name', '.topcard__org-name-link', '.topcard__flavor a', 'a[href*="/company/"]']) ??
    docCompany;
  if (company) posting.company = company;
  const location = pickText(topCard, [
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
    '.topcard__flavor--bullet',
    '.jobs-unified-top-card__bullet',
    '[class*="location"]',
  ]);
  if (location) posting.location = location;
  const salary = pickText(topCard, ['.salary', '[class*="salary"]', '.compensation__salary']);
  if (salary) posting.salary = salary;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = urlWithoutQuery(canonical && /\/jobs\/view\//.test(canonical) ? canonical : base && /\/jobs\/view\//.test(base) ? base : undefined, base);
  if (url) posting.url = url;
  return posting;
}

export const linkedinAdapter: SiteAdapter = steppedAdapter({
  name: 'linkedin',
  matches: (url) => hostIs(url, 'linkedin.com'),
  detect: (doc) =>
    doc.querySelector('[data-entity-urn*="jobPosting:"]') !== null ||
    (doc.querySelector('#job-details, .show-more-less-html') !== null &&
      doc.querySelector('[src*="licdn.com"], [href*="licdn.com"], [href*="linkedin.com/"], meta[content*="linkedin"]') !== null),
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url);
    const results: ExtractedPosting[] = [];
    const view = extractJobView(doc, base);
    if (view) results.push(view);
    for (const card of yield* extractCards(doc, base)) {
      // The sticky header of a job view repeats the posting as a small card: skip it.
      if (view && compareKey(card.title) === compareKey(view.title)) {
        view.url ??= card.url;
        continue;
      }
      results.push(card);
    }
    // Jobs shared as posts (feed, activity pages); not on job pages, whose cards are the ads.
    if (results.length === 0) results.push(...(yield* extractFeedPosts(doc)));
    return results;
  },
});

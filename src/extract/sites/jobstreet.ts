/**
 * SEEK platform: JobStreet (MY/SG/PH/ID), JobsDB (HK/TH), seek.com.au / seek.co.nz.
 * Test pages: my.jobstreet.com/product-manager-jobs (article[data-job-id] cards),
 * hk.jobsdb.com search (2020 layout, data-automation="job-card-N").
 * Anchors: data-automation attributes (jobTitle, jobCompany, jobLocation, jobSalary,
 * job-card-N, jobAdDetails), data-job-id; never class names (they are hashed).
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { findSalaryLine } from '../cues.ts';
import { climbToCard, pick, pickAllText, pickText } from '../dom.ts';
import { blockText, documentBaseUrl, inlineText, urlWithoutQuery } from '../text.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';
import type { Steps } from '../steps.ts';

/** Current layout: [data-automation="jobTitle"] inside article[data-job-id] cards. */
function* extractCards(doc: Document, base?: string): Steps<ExtractedPosting[]> {
  const results: ExtractedPosting[] = [];
  const seen = new Set<Element>();
  for (const titleEl of Array.from(doc.querySelectorAll('[data-automation="jobTitle"]')).slice(0, 1000)) {
    yield;
    const card =
      titleEl.closest('article[data-job-id], [data-testid="job-card"], [data-card-type="JobCard"]') ??
      climbToCard(titleEl, '[data-automation="jobTitle"]', (o) => o === titleEl, 10);
    if (seen.has(card)) continue;
    seen.add(card);
    const title = inlineText(titleEl, 300) || card.getAttribute('aria-label') || '';
    if (!title) continue;
    const text = blockText(card);
    const posting: ExtractedPosting = { title, text, source: 'site:jobstreet', element: card };
    const company = pickText(card, ['[data-automation="jobCompany"]', '[data-automation="advertiser-name"]']);
    if (company) posting.company = company;
    const location = pickAllText(card, '[data-automation="jobLocation"]', 3) ?? pickText(card, ['[data-automation="jobCardLocation"]']);
    if (location) posting.location = location;
    const salary = pickText(card, ['[data-automation="jobSalary"]']);
    if (salary) posting.salary = salary;
    const jobId = card.getAttribute('data-job-id');
    const href = titleEl.getAttribute('href') ?? titleEl.closest('a')?.getAttribute('href');
    const url = urlWithoutQuery(href, base) ?? (jobId && base ? urlWithoutQuery(`/job/${jobId}`, base) : undefined);
    if (url) posting.url = url;
    results.push(posting);
  }
  return results;
}

/** 2020 JobsDB layout: [data-automation="job-card-<n>"] wrapping an article. */
function* extractOldCards(doc: Document, base?: string): Steps<ExtractedPosting[]> {
  const results: ExtractedPosting[] = [];
  const cards = Array.from(doc.querySelectorAll('[data-automation^="job-card-"]')).filter((el) =>
    /^job-card-\d+$/.test(el.getAttribute('data-automation') ?? ''),
  );
  for (const card of cards.slice(0, 1000)) {
    yield;
    const article = card.querySelector('article') ?? card;
    const headingId = article.getAttribute('aria-describedby') ?? article.getAttribute('aria-labelledby');
    let heading: Element | null = null;
    if (headingId) {
      try {
        heading = card.querySelector(`[id="${headingId.replace(/["\\]/g, '')}"]`);
      } catch {
        heading = null;
      }
    }
    heading ??= card.querySelector('h1, h2, h3');
    const title = heading ? inlineText(heading, 300) : '';
    if (!title) continue;
    const text = blockText(card);
    const posting: ExtractedPosting = { title, text, source: 'site:jobstreet', element: card };
    const company = pickText(card, ['a[href*="/companies/"]', '[data-automation="jobCompany"]']);
    if (company) posting.company = company;
    const location = pickAllText(card, '[data-automation="locationSearch"]', 3);
    if (location) posting.location = location;
    const salary = pickText(card, ['[data-automation="jobSalary"]']) ?? findSalaryLine(text);
    if (salary) posting.salary = salary;
    const url = urlWithoutQuery(heading?.querySelector('a[href]')?.getAttribute('href') ?? card.querySelector('a[href*="/job/"]')?.getAttribute('href'), base);
    if (url) posting.url = url;
    results.push(posting);
  }
  return results;
}

/** Job detail page / side pane: data-automation="jobAdDetails". */
function extractDetail(doc: Document, base?: string): ExtractedPosting | undefined {
  const details = pick(doc, ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]']);
  if (!details) return undefined;
  const titleEl = pick(doc, ['[data-automation="job-detail-title"]', 'h1[data-automation]', 'h1']);
  const title = titleEl ? inlineText(titleEl, 300) : undefined;
  let container: Element = details;
  if (titleEl) {
    let p: Element | null = details.parentElement;
    let guard = 0;
    while (p && guard++ < 15 && !p.contains(titleEl)) p = p.parentElement;
    if (p && p.tagName !== 'BODY' && p.tagName !== 'HTML') container = p;
  }
  const posting: ExtractedPosting = { text: blockText(details), source: 'site:jobstreet', element: container };
  if (title) posting.title = title;
  const company = pickText(container, ['[data-automation="advertiser-name"]', '[data-automation="jobCompany"]']);
  if (company) posting.company = company;
  const location = pickText(container, ['[data-automation="job-detail-location"]', '[data-automation="jobLocation"]']);
  if (location) posting.location = location;
  const salary = pickText(container, ['[data-automation="job-detail-salary"]', '[data-automation="jobSalary"]']);
  if (salary) posting.salary = salary;
  if (base && /\/job\/\d+/.test(base)) posting.url = urlWithoutQuery(base, base);
  return posting;
}

export const jobstreetAdapter: SiteAdapter = steppedAdapter({
  name: 'jobstreet',
  matches: (url) =>
    hostIs(url, 'jobstreet.com', 'jobstreet.co.id', 'jobstreet.com.my', 'jobstreet.com.sg', 'jobstreet.com.ph', 'jobsdb.com', 'seek.com.au', 'seek.co.nz'),
  detect: (doc) =>
    doc.querySelector('[data-automation="jobTitle"], [data-automation="jobAdDetails"], [data-automation="job-card-0"], [data-automation="jobListing"]') !==
    null,
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url);
    const results = yield* extractCards(doc, base);
    if (results.length === 0) results.push(...(yield* extractOldCards(doc, base)));
    const detail = extractDetail(doc, base);
    if (detail && !results.some((r) => r.element && detail.element && (r.element.contains(detail.element) || detail.element.contains(r.element)))) {
      results.push(detail);
    }
    return results;
  },
});

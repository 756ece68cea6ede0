/**
 * Indeed search results and the view-job pane / standalone view page.
 * Test pages: www.indeed.com/q-usa-jobs.html (prettified), www.indeed.com/q-frontend-l-egypt,-ar-jobs.html
 * (cards + right-hand pane with #jobDescriptionText).
 * Anchors: data-jk (job key) on the title link, data-testid attributes, #jobDescriptionText.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { findSalaryLine } from '../cues.ts';
import { climbToCard, pick, pickText } from '../dom.ts';
import { blockText, documentBaseUrl, inlineText, oneLine } from '../text.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';
import type { Steps } from '../steps.ts';

function originOf(base?: string): string {
  try {
    return base ? new URL(base).origin : 'https://www.indeed.com';
  } catch {
    return 'https://www.indeed.com';
  }
}

/** Title text without nested visually-hidden suffixes (" - job post"): the element's own text first. */
function titleText(el: Element): string {
  const attr = el.querySelector('[title]')?.getAttribute('title') ?? el.getAttribute('title');
  if (attr && oneLine(attr)) return oneLine(attr, 300);
  const span = el.querySelector('span') ?? el;
  const own = Array.from(span.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue ?? '')
    .join(' ');
  return oneLine(own, 300) || inlineText(el, 300);
}

function* extractCards(doc: Document, base?: string): Steps<ExtractedPosting[]> {
  const origin = originOf(base);
  const results: ExtractedPosting[] = [];
  const seen = new Set<string>();
  for (const anchor of Array.from(doc.querySelectorAll('[data-jk]')).slice(0, 1000)) {
    yield;
    const jk = anchor.getAttribute('data-jk');
    if (!jk || seen.has(jk)) continue;
    if (anchor.closest('#jobDescriptionText')) continue;
    const card = anchor.closest('.job_seen_beacon') ?? climbToCard(anchor, '[data-jk]', (o) => o.getAttribute('data-jk') === jk, 10);
    const title = titleText(anchor);
    if (!title) continue;
    seen.add(jk);
    const text = blockText(card);
    const posting: ExtractedPosting = {
      title,
      text,
      url: `${origin}/viewjob?jk=${encodeURIComponent(jk)}`,
      source: 'site:indeed',
      element: card,
    };
    const company = pickText(card, ['[data-testid="company-name"]', '.companyName', '.company']);
    if (company) posting.company = company;
    const location = pickText(card, ['[data-testid="text-location"]', '.companyLocation', '.location']);
    if (location) posting.location = location;
    const salary =
      pickText(card, [
        '[data-testid="attribute_snippet_testid"].salary-snippet-container',
        '.salary-snippet-container',
        '[data-testid="salary-snippet"]',
        '.salaryText',
      ]) ?? findSalaryLine(text);
    if (salary) posting.salary = salary;
    results.push(posting);
  }
  return results;
}

function extractViewJob(doc: Document, base?: string): ExtractedPosting | undefined {
  const description = pick(doc, ['#jobDescriptionText', '[data-testid="jobDescriptionText"]']);
  if (!description) return undefined;
  const header = pick(doc, ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', 'h1']);
  const title = header ? titleText(header) : undefined;
  const container =
    description.closest(
      '[data-testid="jobsearch-ViewjobPaneWrapper"], .jobsearch-ViewJobLayout-jobDisplay, #jobsearch-ViewjobPaneWrapper, .jobsearch-RightPane, main, [role="main"]',
    ) ?? description;
  const posting: ExtractedPosting = {
    text: blockText(description),
    source: 'site:indeed',
    element: container,
  };
  if (title) posting.title = title;
  const root = container.contains(header ?? null) ? container : doc;
  const company = pickText(root, ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-CompanyInfoContainer a']);
  if (company) posting.company = company;
  const location = pickText(root, [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '[data-testid="job-location"]',
  ]);
  if (location) posting.location = location;
  const salary = pickText(root, [
    '#salaryInfoAndJobType [class*="salary"]',
    '#salaryInfoAndJobType span',
    '[data-testid="jobsearch-OtherJobDetailsContainer"] [class*="salary"]',
  ]);
  if (salary && /\d/.test(salary)) posting.salary = salary;
  try {
    const u = base ? new URL(base) : undefined;
    const jk = u?.searchParams.get('vjk') ?? u?.searchParams.get('jk');
    if (u && jk) posting.url = `${u.origin}/viewjob?jk=${encodeURIComponent(jk)}`;
  } catch {
    /* no url */
  }
  return posting;
}

export const indeedAdapter: SiteAdapter = steppedAdapter({
  name: 'indeed',
  matches: (url) => /(^|\.)indeed\.[a-z.]+$/i.test(url.hostname) || hostIs(url, 'indeed.com'),
  detect: (doc) => doc.querySelector('[data-jk], #jobDescriptionText') !== null,
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url);
    const results = yield* extractCards(doc, base);
    const view = extractViewJob(doc, base);
    if (view) results.push(view);
    return results;
  },
});

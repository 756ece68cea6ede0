/**
 * Kalibrr (PH/ID) job lists: cards linking to /c/<company>/jobs/<id>/<slug> (optionally
 * under a locale prefix such as /id-ID/). The company's own page is /c/<company>/jobs
 * (no id) and is read as the company name, never as a posting. Job detail pages embed a
 * JobPosting JSON-LD (jsonld.ts); on a detail page this adapter only adds the h1 posting when
 * there is no JSON-LD, so "similar jobs" cards and the main posting both come out.
 * Class names (generated, utility-style) are never used.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { findSalaryLine } from '../cues.ts';
import { climbToCard, pick } from '../dom.ts';
import { blockText, documentBaseUrl, inlineText, urlWithoutQuery } from '../text.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';
import type { Steps } from '../steps.ts';

const JOB_LINK = 'a[href*="/jobs/"]';
const JOB_PATH = /^(?:\/[a-z]{2}-[A-Z]{2})?\/c\/([^/?#]+)\/jobs\/(\d+)(?:\/([^/?#]*))?/;
const COMPANY_PATH = /^(?:\/[a-z]{2}-[A-Z]{2})?\/c\/([^/?#]+)\/?(?:jobs\/?)?$/;

function pathOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, 'https://www.kalibrr.com/').pathname;
  } catch {
    return undefined;
  }
}

function jobIdOf(el: Element): string | undefined {
  const path = pathOf(el.getAttribute('href'));
  return path ? JOB_PATH.exec(path)?.[2] : undefined;
}

function isCompanyLink(a: Element): boolean {
  const path = pathOf(a.getAttribute('href'));
  return !!path && COMPANY_PATH.test(path);
}

function* extractCards(doc: Document, base: string): Steps<ExtractedPosting[]> {
  const results: ExtractedPosting[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(doc.querySelectorAll(JOB_LINK)).slice(0, 2000)) {
    yield;
    const id = jobIdOf(link);
    if (!id || seen.has(id)) continue;
    const card = climbToCard(link, JOB_LINK, (o) => jobIdOf(o) === id || jobIdOf(o) === undefined, 8);
    // Several links to the same job (logo, title, "apply"): the title is the heading's, else
    // the longest link text.
    const sameJob = Array.from(card.querySelectorAll(JOB_LINK)).filter((a) => jobIdOf(a) === id);
    const heading = card.querySelector('h1, h2, h3, h4');
    const headingText = heading ? inlineText(heading, 300) : '';
    const linkTexts = sameJob
      .map((a) => inlineText(a, 300))
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const title = headingText || linkTexts[0];
    if (!title) continue;
    seen.add(id);
    const text = blockText(card);
    const posting: ExtractedPosting = { title, text, source: 'site:kalibrr', element: card };
    const companyLink = Array.from(card.querySelectorAll('a[href*="/c/"]')).find((a) => isCompanyLink(a) && inlineText(a, 200));
    const company = companyLink ? inlineText(companyLink, 200) : undefined;
    if (company) posting.company = company;
    const salary = findSalaryLine(text);
    if (salary) posting.salary = salary;
    const url = urlWithoutQuery(sameJob[0]?.getAttribute('href') ?? null, base);
    if (url) posting.url = url;
    results.push(posting);
  }
  return results;
}

/** A detail page without JSON-LD: h1 + the largest text block of main. */
function extractDetail(doc: Document, base: string, url?: string): ExtractedPosting | undefined {
  const path = pathOf(url ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (!path || !JOB_PATH.test(path)) return undefined;
  if (doc.querySelector('script[type="application/ld+json"]')) return undefined;
  const h1 = pick(doc, ['main h1', 'h1']);
  const title = h1 ? inlineText(h1, 300) : '';
  if (!h1 || !title) return undefined;
  const container = h1.closest('main, article') ?? h1.parentElement ?? h1;
  const posting: ExtractedPosting = { title, text: blockText(container), source: 'site:kalibrr', element: container };
  const companyLink = Array.from(container.querySelectorAll('a[href*="/c/"]')).find((a) => isCompanyLink(a) && inlineText(a, 200));
  if (companyLink) posting.company = inlineText(companyLink, 200);
  const u = urlWithoutQuery(path, base);
  if (u) posting.url = u;
  return posting;
}

export const kalibrrAdapter: SiteAdapter = steppedAdapter({
  name: 'kalibrr',
  matches: (url) => hostIs(url, 'kalibrr.com', 'kalibrr.id', 'kalibrr.ph'),
  detect: (doc) =>
    Array.from(doc.querySelectorAll(JOB_LINK))
      .slice(0, 200)
      .some((a) => jobIdOf(a) !== undefined) &&
    doc.querySelector('[href*="kalibrr"], [src*="kalibrr"], meta[content*="Kalibrr"], meta[content*="kalibrr"]') !== null,
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url) ?? 'https://www.kalibrr.com/';
    const results: ExtractedPosting[] = [];
    const detail = extractDetail(doc, base, url);
    if (detail) results.push(detail);
    for (const card of yield* extractCards(doc, base)) {
      if (detail && card.url === detail.url) continue;
      results.push(card);
    }
    return results;
  },
});

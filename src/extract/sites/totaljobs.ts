/**
 * StepStone-platform boards: totaljobs.com, cwjobs.co.uk, stepstone.de/…, caterer.com.
 * Test page: www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3.
 * Anchors: data-at="job-item" cards and their data-at="job-item-*" fields.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { pickText } from '../dom.ts';
import { absoluteUrl, blockText, cutFromFirst, documentBaseUrl } from '../text.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

export const totaljobsAdapter: SiteAdapter = steppedAdapter({
  name: 'totaljobs',
  matches: (url) =>
    hostIs(url, 'totaljobs.com', 'cwjobs.co.uk', 'caterer.com', 'jobsite.co.uk', 'cityjobs.com', 'milkround.com', 'retailchoice.com') ||
    /(^|\.)stepstone\.[a-z.]+$/i.test(url.hostname),
  detect: (doc) => doc.querySelector('[data-at="job-item"]') !== null,
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url);
    const results: ExtractedPosting[] = [];
    for (const card of Array.from(doc.querySelectorAll('[data-at="job-item"]')).slice(0, 1000)) {
      yield;
      const title = pickText(card, ['[data-at="job-item-title"]', 'h2', 'h3']);
      if (!title) continue;
      const posting: ExtractedPosting = { title, text: blockText(card), source: 'site:totaljobs', element: card };
      const company = pickText(card, ['[data-at="job-item-company-name"]']);
      if (company) posting.company = company;
      const location = pickText(card, ['[data-at="job-item-location"]']);
      if (location) posting.location = location;
      const salary = pickText(card, ['[data-at="job-item-salary-info"]']);
      if (salary) posting.salary = salary;
      const link = card.querySelector('a[data-at="job-item-title"], [data-at="job-item-title"] a, a[href*="/job/"]');
      const href = absoluteUrl(link?.getAttribute('href'), base);
      if (href) posting.url = cutFromFirst(href, '?');
      results.push(posting);
    }
    return results;
  },
});

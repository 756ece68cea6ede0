/**
 * Glints (ID/VN/SG/MY/TW) job lists: cards linking to /opportunities/jobs/<slug>/<uuid>.
 * Test page: glints.com/id/opportunities/jobs/explore (Indonesian UI).
 * Anchors: the job URL pattern, data-gtm-job-id, /companies/ links; styled-component class
 * names are never used. Glints job detail pages carry JSON-LD (handled by jsonld.ts).
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { findSalaryLine } from '../cues.ts';
import { climbToCard, pickText } from '../dom.ts';
import { absoluteUrl, blockText, documentBaseUrl, inlineText } from '../text.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const JOB_LINK = 'a[href*="/opportunities/jobs/"]';
const JOB_ID = /\/opportunities\/jobs\/[^/?#]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

function jobIdOf(el: Element): string | undefined {
  return JOB_ID.exec(el.getAttribute('href') ?? '')?.[1]?.toLowerCase();
}

export const glintsAdapter: SiteAdapter = steppedAdapter({
  name: 'glints',
  matches: (url) => hostIs(url, 'glints.com', 'glints.id'),
  detect: (doc) =>
    Array.from(doc.querySelectorAll(JOB_LINK))
      .slice(0, 200)
      .some((a) => jobIdOf(a) !== undefined),
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url) ?? 'https://glints.com/';
    const results: ExtractedPosting[] = [];
    const seen = new Set<string>();
    for (const link of Array.from(doc.querySelectorAll(JOB_LINK)).slice(0, 2000)) {
      yield;
      const id = jobIdOf(link);
      if (!id || seen.has(id)) continue;
      const card = link.closest(`[data-gtm-job-id="${id}"]`) ?? climbToCard(link, JOB_LINK, (o) => jobIdOf(o) === id || jobIdOf(o) === undefined, 10);
      const titleEl = link.closest('h1, h2, h3, h4') ?? card.querySelector('h1, h2, h3, h4');
      const title = inlineText(titleEl ?? link, 300) || inlineText(link, 300);
      if (!title) continue;
      seen.add(id);
      const text = blockText(card);
      const posting: ExtractedPosting = { title, text, source: 'site:glints', element: card };
      const company = pickText(card, ['a[href*="/companies/"]', '[data-cy="company_name_job_card"] a']);
      if (company) posting.company = company;
      const locations = Array.from(card.querySelectorAll('span[title]'))
        .map((s) => s.getAttribute('title')?.trim() ?? '')
        .filter((s, i, all) => s && all.indexOf(s) === i);
      if (locations.length > 0) posting.location = locations.join(', ');
      const salaryHolder = titleEl?.parentElement;
      const salaryNear = salaryHolder
        ? Array.from(salaryHolder.children)
            .filter((c) => c !== titleEl)
            .map((c) => inlineText(c, 200))
            .find((t) => /\d/.test(t))
        : undefined;
      const salary = salaryNear ?? findSalaryLine(text);
      if (salary) posting.salary = salary;
      const href = absoluteUrl(link.getAttribute('href'), base);
      if (href) {
        try {
          const u = new URL(href);
          u.search = '';
          posting.url = u.href;
        } catch {
          posting.url = href;
        }
      }
      results.push(posting);
    }
    return results;
  },
});

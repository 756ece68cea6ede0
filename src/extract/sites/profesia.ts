/**
 * Profesia (profesia.sk / profesia.cz) listings: li rows whose title link is /…/O<offer id>.
 * Test page: profesia.sk listing (Slovak). Anchors: a[id^="offer"] and the /O<digits> URL.
 * Only a title link is an offer: in a heading (the listing's h2 > a#offer…) or holding the
 * .title span. Other links to the offer ("Uložiť ponuku", save offer; the pay label) are UI,
 * and the save action is left out of the card's text.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { findSalaryLine } from '../cues.ts';
import { climbToCard, pickText } from '../dom.ts';
import { absoluteUrl, blockText, cutFromFirst, documentBaseUrl, inlineText } from '../text.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const OFFER_LINK = 'a[id^="offer"][href]';
const UI_ACTION = '.action, [data-bookmark-url], [role="button"], button';

/** Is this offer link the offer's title (not a button or label linking to it)? */
function isTitleLink(link: Element): boolean {
  return link.closest('h1, h2, h3, h4') !== null || link.querySelector('.title') !== null;
}

function offerIdOf(el: Element): string | undefined {
  return /\/O(\d+)(?:[?#]|$)/.exec(el.getAttribute('href') ?? '')?.[1];
}

export const profesiaAdapter: SiteAdapter = steppedAdapter({
  name: 'profesia',
  matches: (url) => hostIs(url, 'profesia.sk', 'profesia.cz'),
  detect: (doc) =>
    Array.from(doc.querySelectorAll(OFFER_LINK))
      .slice(0, 50)
      .some((a) => offerIdOf(a) !== undefined),
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url) ?? 'https://www.profesia.sk/';
    const results: ExtractedPosting[] = [];
    const seen = new Set<string>();
    for (const link of Array.from(doc.querySelectorAll(OFFER_LINK)).slice(0, 1000)) {
      yield;
      const id = offerIdOf(link);
      if (!id || seen.has(id) || !isTitleLink(link) || link.matches(UI_ACTION)) continue;
      const title = inlineText(link.querySelector('.title') ?? link, 300);
      if (!title) continue;
      seen.add(id);
      const card = link.closest('li') ?? climbToCard(link, OFFER_LINK, (o) => offerIdOf(o) === id, 6);
      const text = blockText(card, undefined, undefined, (el) => el.matches(UI_ACTION));
      const posting: ExtractedPosting = { title, text, source: 'site:profesia', element: card };
      const company = pickText(card, ['.employer', '[class*="employer"]']);
      if (company) posting.company = company;
      const location = card.querySelector('.job-location, [class*="location"]');
      const loc = location?.getAttribute('title') ?? inlineText(location, 200);
      if (loc) posting.location = loc;
      const salary = pickText(card, ['[data-dimension7]', '.label-group']) ?? findSalaryLine(text);
      if (salary) posting.salary = salary;
      const href = absoluteUrl(link.getAttribute('href'), base);
      if (href) posting.url = cutFromFirst(href, '?');
      results.push(posting);
    }
    return results;
  },
});

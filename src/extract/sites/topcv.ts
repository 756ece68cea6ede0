/**
 * TopCV (topcv.vn, Vietnamese): job links /viec-lam/<slug>/<id>.html, as list cards
 * (title link + /cong-ty/ company link) or as image banners (title attribute = company).
 * Test page: www.topcv.vn/viec-lam (most cards load by script; only banner links saved).
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { findSalaryLine } from '../cues.ts';
import { climbToCard, pickText } from '../dom.ts';
import { absoluteUrl, blockText, cutFromFirst, documentBaseUrl, inlineText, isInHiddenSubtree } from '../text.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const JOB_LINK = 'a[href*="/viec-lam/"]';
const JOB_ID = /\/viec-lam\/([^/?#]+)\/(\d+)\.html/;

function jobIdOf(el: Element): string | undefined {
  return JOB_ID.exec(el.getAttribute('href') ?? '')?.[2];
}

/** "nhan-vien-content-marketing" → "Nhan vien content marketing" (no diacritics in slugs). */
function titleFromSlug(slug: string): string {
  const words = slug.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const topcvAdapter: SiteAdapter = steppedAdapter({
  name: 'topcv',
  matches: (url) => hostIs(url, 'topcv.vn'),
  detect: (doc) => doc.querySelector('link[href*="topcv.vn"], meta[content*="topcv.vn"], a[href*="topcv.vn/viec-lam/"]') !== null,
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url) ?? 'https://www.topcv.vn/';
    const links = Array.from(doc.querySelectorAll(JOB_LINK))
      .slice(0, 3000)
      .filter((a) => jobIdOf(a) !== undefined);
    const byId = new Map<string, Element[]>();
    for (const a of links) {
      const id = jobIdOf(a) as string;
      const list = byId.get(id) ?? [];
      list.push(a);
      byId.set(id, list);
    }
    const results: ExtractedPosting[] = [];
    for (const [id, group] of byId) {
      yield;
      if (results.length >= 500) break;
      const visible = group.filter((a) => !isInHiddenSubtree(a));
      const candidates = visible.length > 0 ? visible : group;
      const textual = candidates.find((a) => inlineText(a, 300).length > 3);
      const link = textual ?? (candidates[0] as Element);
      // Image banners (no link text) sit in carousels next to menus: keep the banner itself.
      const card = textual
        ? climbToCard(link, JOB_LINK, (o) => jobIdOf(o) === id || jobIdOf(o) === undefined, 8)
        : (link.closest('[data-banner-id]') ?? link.parentElement ?? link);
      const slug = JOB_ID.exec(link.getAttribute('href') ?? '')?.[1] ?? '';
      const title = textual ? inlineText(textual, 300) : titleFromSlug(slug);
      if (!title) continue;
      const text = blockText(card);
      const posting: ExtractedPosting = { title, text: text || title, source: 'site:topcv', element: card };
      const company =
        pickText(card, ['a[href*="/cong-ty/"]', '.company', '[class*="company"]']) ??
        (!textual ? link.getAttribute('title')?.trim() || link.querySelector('img[alt]')?.getAttribute('alt')?.trim() : undefined);
      if (company) posting.company = company;
      const salary = pickText(card, ['[class*="salary"]']) ?? findSalaryLine(text);
      if (salary) posting.salary = salary;
      const location = pickText(card, ['[class*="address"]', '[class*="location"]']);
      if (location) posting.location = location;
      const href = absoluteUrl(link.getAttribute('href'), base);
      if (href) posting.url = cutFromFirst(href, '?');
      results.push(posting);
    }
    return results;
  },
});

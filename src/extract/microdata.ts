/**
 * schema.org JobPosting in microdata (itemscope/itemtype/itemprop). Each item is turned into
 * a plain JSON-LD-like object and read by the same field code as JSON-LD.
 */
import type { ExtractedPosting } from '../shared/types.ts';
import { postingFromSchema } from './jsonld.ts';
import { realDocument } from './scope.ts';
import { absoluteUrl, blockText, documentBaseUrl, oneLine } from './text.ts';

const MAX_ITEMS = 500;

/** The value of one itemprop element, per the microdata rules (meta/link/a/img/time/data). */
function propValue(el: Element, base?: string): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return el.getAttribute('content') ?? '';
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return absoluteUrl(el.getAttribute('href'), base) ?? '';
  if (tag === 'IMG' || tag === 'SOURCE' || tag === 'IFRAME') return absoluteUrl(el.getAttribute('src'), base) ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? oneLine(el.textContent);
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value') ?? '';
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  return blockText(el);
}

/** The nearest itemscope ancestor of an itemprop element (its owner item). */
function ownerScope(el: Element): Element | null {
  let p = el.parentElement;
  let guard = 0;
  while (p && guard++ < 10_000) {
    if (p.hasAttribute('itemscope')) return p;
    p = p.parentElement;
  }
  return null;
}

/** Microdata item → plain object (depth-bounded). */
export function itemToObject(scope: Element, base?: string, depth = 0): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  const type = scope.getAttribute('itemtype');
  if (type) obj['@type'] = type.trim().split(/\s+/);
  if (depth > 6) return obj;
  for (const el of Array.from(scope.querySelectorAll('[itemprop]')).slice(0, 2000)) {
    if (ownerScope(el) !== scope) continue;
    const names = (el.getAttribute('itemprop') ?? '').trim().split(/\s+/).filter(Boolean);
    const value: unknown = el.hasAttribute('itemscope') ? itemToObject(el, base, depth + 1) : propValue(el, base);
    for (const name of names) {
      const prev = obj[name];
      if (prev === undefined) obj[name] = value;
      else if (Array.isArray(prev)) prev.push(value);
      else obj[name] = [prev, value];
    }
  }
  return obj;
}

/** All microdata JobPostings in the document; element = the itemscope element. */
export function extractMicrodata(doc: Document, url?: string): ExtractedPosting[] {
  const base = documentBaseUrl(doc, url);
  const results: ExtractedPosting[] = [];
  const scopes = Array.from(doc.querySelectorAll('[itemscope][itemtype]')).filter((el) => /schema\.org\/JobPosting\b/i.test(el.getAttribute('itemtype') ?? ''));
  for (const scope of scopes.slice(0, MAX_ITEMS)) {
    try {
      const obj = itemToObject(scope, base);
      // Microdata descriptions are already text (propValue uses blockText), not HTML.
      const posting = postingFromSchema(obj, realDocument(doc), base);
      if (!posting.title && !posting.text) continue;
      if (!posting.text) posting.text = blockText(scope);
      posting.source = 'microdata';
      posting.element = scope;
      results.push(posting);
    } catch {
      /* skip this item */
    }
  }
  return results;
}

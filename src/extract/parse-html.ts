/**
 * Node-only HTML → Document parsing (linkedom). Never import this from browser code:
 * the content script already has a real `document`.
 */
import { DOMParser } from 'linkedom';
import { dropHtmlComments } from './text.ts';

/**
 * Parse an HTML string into a Document. Copes with fragments that have no <html>/<body>
 * (e.g. LinkedIn's guest API response of bare <li> cards, or a saved `<div id="app">`):
 * linkedom would otherwise put such nodes in odd places, so a fragment is wrapped in a
 * minimal document first.
 */
export function parseHtml(html: string): Document {
  const source = typeof html === 'string' ? html : String(html ?? '');
  const head = dropHtmlComments(source.slice(0, 4096), '');
  const hasDocument = /<html[\s>]/i.test(head) || /<body[\s>]/i.test(source.slice(0, 200_000));
  const text = hasDocument ? source : `<!DOCTYPE html><html><head></head><body>${source.replace(/^\s*<!DOCTYPE[^>]*>/i, '')}</body></html>`;
  const doc = new DOMParser().parseFromString(text, 'text/html') as unknown as Document;
  return doc;
}

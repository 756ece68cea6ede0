import type { ExtractedPosting } from '../../shared/types.ts';
import { runToEnd, type Steps } from '../steps.ts';

/** One site's extractor. `detect` recognises the site from the document alone (saved files). */
export interface SiteAdapter {
  name: string;
  matches(url: URL): boolean;
  extract(doc: Document, url?: string): ExtractedPosting[];
  /**
   * The same work as resumable steps, yielding between cards, so that the content script can
   * give the main thread back in the middle of a 60-card list (see steps.ts).
   */
  extractSteps?(doc: Document, url?: string): Steps<ExtractedPosting[]>;
  detect?(doc: Document): boolean;
}

/** An adapter written as steps; `extract` runs them to the end (CLI, tests). */
export function steppedAdapter(
  adapter: Omit<SiteAdapter, 'extract' | 'extractSteps'> & { extractSteps(doc: Document, url?: string): Steps<ExtractedPosting[]> },
): SiteAdapter {
  return { ...adapter, extract: (doc, url) => runToEnd(adapter.extractSteps(doc, url)) };
}

/** Host check: `host` equals the domain or is a subdomain of it. */
export function hostIs(url: URL, ...domains: string[]): boolean {
  const host = url.hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

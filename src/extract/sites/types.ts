import type { ExtractedPosting } from '../../shared/types.ts';

/** One site's extractor. `detect` recognises the site from the document alone (saved files). */
export interface SiteAdapter {
  name: string;
  matches(url: URL): boolean;
  extract(doc: Document, url?: string): ExtractedPosting[];
  detect?(doc: Document): boolean;
}

/** Host check: `host` equals the domain or is a subdomain of it. */
export function hostIs(url: URL, ...domains: string[]): boolean {
  const host = url.hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

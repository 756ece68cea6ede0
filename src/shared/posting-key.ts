import type { JobPosting } from '../shared/types.ts';

/**
 * A short hash of everything the verdict depends on (title, company, location, salary, text):
 * the key of the content script's verdict cache. FNV-1a, two 32-bit lanes.
 */
export function postingKey(p: JobPosting): string {
  const s = [p.title, p.company, p.location, p.salary, p.text].map((v) => v ?? '').join('\u0000');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${s.length}`;
}

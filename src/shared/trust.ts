/**
 * "Trusted by you": postings from a site or an employer the user chose to trust are shown calmly
 * and not counted as risky. Employer names are compared in a normalised form, so "ACME Ltd." and
 * "acme  LIMITED" are the same employer.
 */
import type { JobPosting, Verdict } from './types.ts';
import { siteListed, type Settings } from './settings.ts';

/** The size caps of the trust lists (oldest dropped), applied wherever settings are read or written. */
export { MAX_TRUSTED_EMPLOYERS, MAX_TRUSTED_SITES } from './settings.ts';
/** An employer key is cut to this many characters (a page supplies the name). */
export const MAX_EMPLOYER_KEY_LENGTH = 200;

export type TrustKind = 'site' | 'employer';

/** Legal-form words that do not tell employers apart (several languages of the region). */
const LEGAL_FORMS = new Set([
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'llc',
  'llp',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'pte',
  'pvt',
  'private',
  'sdn',
  'bhd',
  'berhad',
  'pt',
  'tbk',
  'cv',
  'jsc',
  'tnhh',
  'cty',
  'công',
  'ty',
  'group',
  'holdings',
]);

/** The normalised employer name used in the trust list ('' when nothing distinctive is left). */
export function employerKey(name: string | undefined): string {
  if (!name) return '';
  const words = name
    // Bounded work and a bounded key, whatever the page put in the company field.
    .slice(0, 4 * MAX_EMPLOYER_KEY_LENGTH)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}&]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const kept = words.filter((w) => !LEGAL_FORMS.has(w));
  return [...(kept.length > 0 ? kept : words).join(' ')].slice(0, MAX_EMPLOYER_KEY_LENGTH).join('').trim();
}

/** Why the user trusts this posting, if they do: its site first, then its employer. */
export function trustFor(
  posting: Pick<JobPosting, 'company'>,
  pageUrl: string,
  settings: Pick<Settings, 'trustedSites' | 'trustedEmployers'>,
): TrustKind | undefined {
  if (siteListed(settings.trustedSites, pageUrl)) return 'site';
  const employer = employerKey(posting.company);
  if (employer && settings.trustedEmployers.includes(employer)) return 'employer';
  return undefined;
}

/** A warning the user should see: medium or high, and not trusted. */
export function isWarning(verdict: Verdict): boolean {
  return verdict.risk !== 'low' && !verdict.trusted;
}

/** The badge buttons that add to a trust list. */
export type TrustAction = 'trust-site' | 'trust-employer';

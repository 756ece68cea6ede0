import { describe, expect, it } from 'vitest';
import { applySettings } from '../detect/apply-settings.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { employerKey, isWarning, trustFor } from './trust.ts';
import type { Verdict } from './types.ts';

const shipped = { medium: 0.190865, high: 0.525183 };
// Two red flags with evidence: the verdict policy allows any tier, so the score decides.
const REASONS: Verdict['reasons'] = [
  { id: 'lure_bundle', label: 'l', evidence: ['free flight'], contribution: 1 },
  { id: 'messaging_contact', label: 'm', evidence: ['Telegram'], contribution: 1 },
];
const v = (score: number, risk: Verdict['risk']): Verdict => ({ score, risk, reasons: REASONS, model: 'm' });

describe('employer names', () => {
  it('ignores case, spacing, punctuation and legal forms', () => {
    expect(employerKey('ACME Ltd.')).toBe('acme');
    expect(employerKey('  acme   LIMITED ')).toBe('acme');
    expect(employerKey('Công ty TNHH Sao Mai')).toBe('sao mai');
    expect(employerKey('PT Maju Jaya Tbk')).toBe('maju jaya');
    expect(employerKey('Ｇｏｌｄｅｎ Ｓｔａｒ Sdn. Bhd.')).toBe('golden star');
    expect(employerKey('Johnson & Johnson')).toBe('johnson & johnson');
  });

  it('keeps a name made only of legal-form words rather than emptying it', () => {
    expect(employerKey('The Company')).toBe('the');
    expect(employerKey('Company Ltd')).toBe('company ltd');
    expect(employerKey('')).toBe('');
    expect(employerKey(undefined)).toBe('');
    expect(employerKey(' ... ')).toBe('');
  });
});

describe('trust', () => {
  const settings = { trustedSites: ['jobs.example.com'], trustedEmployers: ['acme'] };

  it('trusts a listed site (and its subdomains) or a listed employer', () => {
    expect(trustFor({}, 'https://jobs.example.com/1', settings)).toBe('site');
    expect(trustFor({}, 'https://eu.jobs.example.com/1', settings)).toBe('site');
    expect(trustFor({ company: 'ACME, Inc.' }, 'https://other.org/', settings)).toBe('employer');
    expect(trustFor({ company: 'Acme Holdings Ltd' }, 'https://other.org/', settings)).toBe('employer');
    expect(trustFor({ company: 'Acme Travel' }, 'https://other.org/', settings)).toBeUndefined();
    expect(trustFor({}, 'https://other.org/', settings)).toBeUndefined();
  });

  it('a trusted posting is not a warning, whatever its tier', () => {
    expect(isWarning(v(0.9, 'high'))).toBe(true);
    expect(isWarning({ ...v(0.9, 'high'), trusted: 'site' })).toBe(false);
    expect(isWarning(v(0.01, 'low'))).toBe(false);
  });
});

describe('applying the settings to a verdict', () => {
  it('re-tiers at the chosen sensitivity and marks trusted postings', () => {
    const base = { ...DEFAULT_SETTINGS };
    expect(applySettings(v(0.25, 'medium'), {}, 'https://a.org/', base, shipped)).toEqual(v(0.25, 'medium'));
    expect(applySettings(v(0.25, 'medium'), {}, 'https://a.org/', { ...base, sensitivity: 'relaxed' }, shipped).risk).toBe('low');
    expect(applySettings(v(0.15, 'low'), {}, 'https://a.org/', { ...base, sensitivity: 'cautious' }, shipped).risk).toBe('medium');
    const trusted = applySettings(v(0.9, 'high'), { company: 'Acme' }, 'https://a.org/', { ...base, trustedEmployers: ['acme'] }, shipped);
    expect(trusted).toMatchObject({ risk: 'high', trusted: 'employer', score: 0.9 });
  });

  it('is idempotent and forgets trust that was withdrawn', () => {
    const s = { ...DEFAULT_SETTINGS, sensitivity: 'cautious' as const, trustedSites: ['a.org'] };
    const once = applySettings(v(0.2, 'medium'), {}, 'https://a.org/', s, shipped);
    expect(applySettings(once, {}, 'https://a.org/', s, shipped)).toEqual(once);
    const withdrawn = applySettings(once, {}, 'https://a.org/', DEFAULT_SETTINGS, shipped);
    expect(withdrawn.trusted).toBeUndefined();
    expect(withdrawn.risk).toBe('medium');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettingsV1ToV2, normaliseSettings, siteKey, siteListed, withItem, withSiteEnabled, type SettingsV1 } from './settings.ts';

describe('settings schema', () => {
  it('migrates a v1 value keeping both v1 choices and adding the v2 defaults', () => {
    const v1: SettingsV1 = { showLowRiskBadges: false, allSites: true };
    expect(migrateSettingsV1ToV2(v1)).toEqual({
      showLowRiskBadges: false,
      allSites: true,
      sensitivity: 'balanced',
      disabledSites: [],
      trustedSites: [],
      trustedEmployers: [],
      uiLanguage: 'auto',
      exposeScores: false,
      helpCountry: 'auto',
      chatSites: [],
      readPostImages: false,
    });
  });

  it('reads no image in posts unless the user turns it on', () => {
    expect(DEFAULT_SETTINGS.readPostImages).toBe(false);
    expect(normaliseSettings({ readPostImages: 'true' }).readPostImages).toBe(false);
    expect(normaliseSettings({ readPostImages: 1 }).readPostImages).toBe(false);
    expect(normaliseSettings({ readPostImages: true }).readPostImages).toBe(true);
  });

  it('keeps a help country only as an ISO code, else guesses it (auto)', () => {
    expect(DEFAULT_SETTINGS.helpCountry).toBe('auto');
    expect(normaliseSettings({ helpCountry: 'VN' }).helpCountry).toBe('VN');
    expect(normaliseSettings({ helpCountry: 'vn' }).helpCountry).toBe('auto');
    expect(normaliseSettings({ helpCountry: '<img>' }).helpCountry).toBe('auto');
  });

  it('keeps exact scores off the page unless the user turns them on', () => {
    expect(DEFAULT_SETTINGS.exposeScores).toBe(false);
    expect(normaliseSettings({ exposeScores: 'yes' }).exposeScores).toBe(false);
    expect(normaliseSettings({ exposeScores: true }).exposeScores).toBe(true);
  });

  it('keeps keys it does not know (written by a newer build)', () => {
    expect(migrateSettingsV1ToV2({ showLowRiskBadges: true, allSites: false, future: 7 })).toMatchObject({ future: 7, showLowRiskBadges: true });
  });

  it('turns missing, broken or partial values into valid settings', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    const s = normaliseSettings({
      showLowRiskBadges: 'yes',
      sensitivity: 'paranoid',
      uiLanguage: 'de',
      trustedSites: ['a.com', 3, '', 'a.com', ' b.org '],
      trustedEmployers: 'acme',
    });
    expect(s.showLowRiskBadges).toBe(true);
    expect(s.sensitivity).toBe('balanced');
    expect(s.uiLanguage).toBe('auto');
    expect(s.trustedSites).toEqual(['a.com', 'b.org']);
    expect(s.trustedEmployers).toEqual([]);
    expect(normaliseSettings({ sensitivity: 'relaxed', uiLanguage: 'zh_TW' })).toMatchObject({ sensitivity: 'relaxed', uiLanguage: 'zh_TW' });
  });
});

describe('sites', () => {
  it('reduces URLs and hosts to a lower-case hostname without www.', () => {
    expect(siteKey('https://WWW.Example.com/jobs?x=1')).toBe('example.com');
    expect(siteKey('http://127.0.0.1:8123/pages/a.html')).toBe('127.0.0.1');
    expect(siteKey('jobs.example.com')).toBe('jobs.example.com');
    expect(siteKey('localhost:3000')).toBe('localhost');
    expect(siteKey('file:///home/a.html')).toBe('');
    expect(siteKey('')).toBe('');
    expect(siteKey('http://[bad')).toBe('');
  });

  it('matches a listed site and its subdomains, not look-alikes', () => {
    const sites = ['example.com'];
    expect(siteListed(sites, 'https://example.com/a')).toBe(true);
    expect(siteListed(sites, 'https://www.example.com/a')).toBe(true);
    expect(siteListed(sites, 'https://jobs.example.com/a')).toBe(true);
    expect(siteListed(sites, 'https://badexample.com/a')).toBe(false);
    expect(siteListed(sites, 'https://example.com.evil.io/a')).toBe(false);
    expect(siteListed([], 'https://example.com/a')).toBe(false);
  });

  it('adds an item once and removes it', () => {
    expect(withItem(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(withItem(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(withItem(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(withItem([], 'a', false)).toEqual([]);
  });

  it('switches a site off and on again, including a parent domain that covered it', () => {
    const off = withSiteEnabled([], 'https://www.Example.com/jobs', false);
    expect(off).toEqual(['example.com']);
    expect(siteListed(off, 'https://jobs.example.com/')).toBe(true);
    expect(withSiteEnabled(off, 'jobs.example.com', true)).toEqual([]);
    expect(withSiteEnabled(['a.org', 'example.com'], 'example.com', true)).toEqual(['a.org']);
    expect(withSiteEnabled(['jobs.example.com'], 'example.com', true)).toEqual(['jobs.example.com']);
    expect(withSiteEnabled(['a.org'], '', false)).toEqual(['a.org']);
  });
});

import { describe, expect, it } from 'vitest';
import { patternSite, runsAutomatically } from './auto-sites.ts';
import { siteListed } from './settings.ts';
import { ALL_SITES_MATCHES, DEFAULT_MATCHES, E2E_MATCHES, JOB_BOARD_HOSTS } from './sites.ts';

describe('sites that run automatically', () => {
  it('reads the site out of each default match pattern', () => {
    expect(patternSite('*://*.linkedin.com/*')).toBe('linkedin.com');
    expect(patternSite('*://web.telegram.org/*')).toBe('web.telegram.org');
    expect(patternSite('*://t.me/*')).toBe('t.me');
    expect(patternSite(E2E_MATCHES[0]!)).toBe('127.0.0.1');
    expect(patternSite(ALL_SITES_MATCHES[0]!)).toBe('');
    for (const m of DEFAULT_MATCHES) expect(patternSite(m), m).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });

  it('knows where the content script runs by itself', () => {
    expect(runsAutomatically('https://www.linkedin.com/jobs/view/1', DEFAULT_MATCHES, false)).toBe(true);
    expect(runsAutomatically('https://vn.linkedin.com/jobs', DEFAULT_MATCHES, false)).toBe(true);
    expect(runsAutomatically('https://t.me/s/channel', DEFAULT_MATCHES, false)).toBe(true);
    expect(runsAutomatically('https://example.org/jobs', DEFAULT_MATCHES, false)).toBe(false);
    expect(runsAutomatically('https://example.org/jobs', DEFAULT_MATCHES, true)).toBe(true);
    expect(runsAutomatically('chrome://extensions', DEFAULT_MATCHES, true)).toBe(false);
    expect(runsAutomatically('http://127.0.0.1:8080/pages/a.html', [...DEFAULT_MATCHES, ...E2E_MATCHES], false)).toBe(true);
  });

  it('preloads the model on job boards the script runs on, not on social sites', () => {
    for (const host of JOB_BOARD_HOSTS) expect(runsAutomatically(`https://www.${host}/jobs`, DEFAULT_MATCHES, false), host).toBe(true);
    expect(siteListed(JOB_BOARD_HOSTS, 'https://vn.linkedin.com/jobs/view/1')).toBe(true);
    expect(siteListed(JOB_BOARD_HOSTS, 'https://www.topcv.vn/viec-lam')).toBe(true);
    for (const url of [
      'https://www.facebook.com/groups/1',
      'https://web.telegram.org/k/',
      'https://t.me/s/x',
      'https://x.com/a',
      'https://notlinkedin.com/jobs',
    ]) {
      expect(siteListed(JOB_BOARD_HOSTS, url), url).toBe(false);
    }
  });
});

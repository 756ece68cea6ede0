import { describe, expect, it } from 'vitest';
import { allowedOn, allSitesGranted, patternCovers, patternFor } from './site-permission.ts';
import { DEFAULT_MATCHES, E2E_MATCHES } from './sites.ts';

describe('patternCovers', () => {
  it('matches a site and its subdomains, either scheme', () => {
    expect(patternCovers('*://*.linkedin.com/*', 'https://www.linkedin.com/jobs/view/1')).toBe(true);
    expect(patternCovers('*://*.linkedin.com/*', 'http://linkedin.com/')).toBe(true);
    expect(patternCovers('*://*.linkedin.com/*', 'https://notlinkedin.com/')).toBe(false);
    expect(patternCovers('*://t.me/*', 'https://t.me/somechannel')).toBe(true);
    expect(patternCovers('*://t.me/*', 'https://www.t.me/')).toBe(false);
  });

  it('ignores the port, which match patterns do not carry', () => {
    expect(patternCovers('http://127.0.0.1/*', 'http://127.0.0.1:8080/pages/a.html')).toBe(true);
    expect(patternCovers('http://127.0.0.1/*', 'https://127.0.0.1/')).toBe(false);
  });

  it('covers every web page with the all-sites patterns, and nothing that is not on the web', () => {
    expect(patternCovers('*://*/*', 'https://example.org/x')).toBe(true);
    expect(patternCovers('<all_urls>', 'http://example.org/')).toBe(true);
    expect(patternCovers('*://*/*', 'about:addons')).toBe(false);
    expect(patternCovers('*://*/*', 'moz-extension://abc/popup.html')).toBe(false);
    expect(patternCovers('*://*/*', 'not a url')).toBe(false);
  });
});

describe('patternFor and allowedOn', () => {
  it("asks for the content script's own pattern, else for all sites", () => {
    expect(patternFor('https://www.kalibrr.com/job/1', DEFAULT_MATCHES)).toBe('*://*.kalibrr.com/*');
    expect(patternFor('http://127.0.0.1:4000/a', [...DEFAULT_MATCHES, ...E2E_MATCHES])).toBe('http://127.0.0.1/*');
    expect(patternFor('https://example.org/', DEFAULT_MATCHES)).toBe('*://*/*');
  });

  it('tells a withheld site from a granted one', () => {
    const granted = ['*://*.indeed.com/*', 'http://127.0.0.1/*'];
    expect(allowedOn(granted, 'https://ph.indeed.com/viewjob')).toBe(true);
    expect(allowedOn(granted, 'https://www.kalibrr.com/')).toBe(false);
    expect(allowedOn([], 'http://127.0.0.1:9/')).toBe(false);
  });

  it('knows when all sites are granted', () => {
    expect(allSitesGranted(['*://*.indeed.com/*'])).toBe(false);
    expect(allSitesGranted(['*://*.indeed.com/*', '*://*/*'])).toBe(true);
  });
});

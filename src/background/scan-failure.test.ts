import { describe, expect, it } from 'vitest';
import { scanFailure } from './scan-failure.ts';

describe('scanFailure', () => {
  it('calls the browser’s own pages, other add-ons’ pages and the add-on stores restricted', () => {
    for (const url of [
      'chrome://version/',
      'chrome://newtab/',
      'edge://settings',
      'about:addons',
      'about:debugging',
      'chrome-extension://abcdefghijklmnop/options.html',
      'moz-extension://1234/popup.html',
      'view-source:https://jobs.example.org/',
      'https://chromewebstore.google.com/detail/x/abc',
      'https://chrome.google.com/webstore/detail/abc',
      'https://addons.mozilla.org/en-US/firefox/addon/x/',
      'https://microsoftedge.microsoft.com/addons/detail/x',
    ])
      expect(scanFailure('Missing host permission for the tab', url), url).toBe('restricted');
  });

  it('reads Chromium’s refusals when the URL is not visible', () => {
    expect(scanFailure('Cannot access a chrome:// URL')).toBe('restricted');
    expect(scanFailure('Cannot access a chrome-extension:// URL of different extension')).toBe('restricted');
    expect(scanFailure('The extensions gallery cannot be scripted.')).toBe('restricted');
  });

  it('calls anything else a failure worth a reload', () => {
    expect(scanFailure('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe('failed');
    expect(scanFailure('Cannot access contents of url "chrome-error://chromewebdata/".')).toBe('failed');
    expect(scanFailure('Frame with ID 0 is showing error page')).toBe('failed');
    expect(scanFailure('Could not establish connection. Receiving end does not exist.', 'https://jobs.example.org/')).toBe('failed');
    expect(scanFailure('No tab with id: 4.', 'https://addons.mozilla.org.evil.example/')).toBe('failed');
  });
});

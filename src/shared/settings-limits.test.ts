import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normaliseSettings, withItem } from './settings.ts';
import { createSettingsWriter, getSettings } from './storage.ts';
import { employerKey, MAX_EMPLOYER_KEY_LENGTH, MAX_TRUSTED_EMPLOYERS, MAX_TRUSTED_SITES } from './trust.ts';

describe('trust lists are capped (oldest dropped)', () => {
  it('keeps the newest 1,000 sites and 1,000 employers', () => {
    expect(MAX_TRUSTED_SITES).toBe(1_000);
    expect(MAX_TRUSTED_EMPLOYERS).toBe(1_000);
    let sites: string[] = [];
    let employers: string[] = [];
    for (let i = 0; i < 1_500; i++) {
      sites = normaliseSettings({ trustedSites: withItem(sites, `site${i}.example`, true) }).trustedSites;
      employers = normaliseSettings({ trustedEmployers: withItem(employers, `employer ${i}`, true) }).trustedEmployers;
    }
    expect(sites).toHaveLength(1_000);
    expect(sites[0]).toBe('site500.example');
    expect(sites.at(-1)).toBe('site1499.example');
    expect(employers).toHaveLength(1_000);
    expect(employers[0]).toBe('employer 500');
    expect(employers.at(-1)).toBe('employer 1499');
  });

  it('re-trusting an old entry makes it the newest, so it is kept', () => {
    const sites = Array.from({ length: 1_000 }, (_, i) => `s${i}.example`);
    const next = normaliseSettings({ trustedSites: withItem(withItem(sites, 's0.example', true), 'new.example', true) }).trustedSites;
    expect(next).toHaveLength(1_000);
    expect(next).toContain('s0.example');
    expect(next).not.toContain('s1.example');
  });

  it('an employer name from a page is cut to a bounded key, and over-long stored entries are dropped', () => {
    expect(employerKey('Acme '.repeat(50_000)).length).toBeLessThanOrEqual(MAX_EMPLOYER_KEY_LENGTH);
    const s = normaliseSettings({ trustedEmployers: ['x'.repeat(100_000), 'acme'], trustedSites: ['a'.repeat(100_000), 'ok.example'] });
    expect(s.trustedEmployers).toEqual(['acme']);
    expect(s.trustedSites).toEqual(['ok.example']);
  });
});

/** A LockManager shared by every "context" of the test, like the extension origin's Web Locks. */
function installSharedLocks(): void {
  const queues = new Map<string, Promise<unknown>>();
  const locks = {
    request<T>(name: string, fn: () => Promise<T>): Promise<T> {
      const run = (queues.get(name) ?? Promise.resolve()).then(fn);
      queues.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true, writable: true });
}

/** Another extension context's settings writer: its own in-context queue, the same storage. */
function context() {
  return { updateSettings: createSettingsWriter(), getSettings };
}

const realNavigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');

describe('settings written from two contexts at once', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    if (realNavigator) Object.defineProperty(globalThis, 'navigator', realNavigator);
    else Reflect.deleteProperty(globalThis, 'navigator');
  });

  it('an options page and the background changing different fields keep both changes', async () => {
    installSharedLocks();
    const options = context();
    const background = context();
    await Promise.all([
      options.updateSettings((s) => ({ ...s, sensitivity: 'cautious' })),
      background.updateSettings((s) => ({ ...s, trustedSites: withItem(s.trustedSites, 'jobs.example', true) })),
      options.updateSettings((s) => ({ ...s, showLowRiskBadges: false })),
      background.updateSettings((s) => ({ ...s, trustedEmployers: withItem(s.trustedEmployers, 'acme', true) })),
    ]);
    const stored = await getSettings();
    expect(stored.sensitivity).toBe('cautious');
    expect(stored.showLowRiskBadges).toBe(false);
    expect(stored.trustedSites).toEqual(['jobs.example']);
    expect(stored.trustedEmployers).toEqual(['acme']);
  });

  it('twenty trust clicks from two contexts: none lost', async () => {
    installSharedLocks();
    const a = context();
    const b = context();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).updateSettings((s) => ({ ...s, trustedEmployers: withItem(s.trustedEmployers, `e${i}`, true) }))),
    );
    const stored = await a.getSettings();
    expect([...stored.trustedEmployers].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `e${i}`).sort());
  });

  it('without Web Locks (an old browser) one context still never loses its own writes', async () => {
    Reflect.deleteProperty(globalThis, 'navigator');
    const a = context();
    await Promise.all(Array.from({ length: 10 }, (_, i) => a.updateSettings((s) => ({ ...s, trustedSites: withItem(s.trustedSites, `s${i}.example`, true) }))));
    expect((await a.getSettings()).trustedSites).toHaveLength(10);
  });
});

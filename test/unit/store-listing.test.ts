/**
 * The store texts in store/ stay true to the manifest: both listings justify every permission,
 * the optional host permission and every site the content script runs on by itself, and nothing
 * the manifest does not ask for; the Firefox listing quotes the manifest's
 * data_collection_permissions; the stores' length limits hold; the screenshots are at a store size.
 *
 * The manifest comes from wxt.config.ts itself (its `manifest` for each browser, as a store build
 * makes it) and the content script's sites from src/shared/sites.ts, which
 * entrypoints/content/index.ts uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES } from '../../src/shared/sites.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STORE = join(ROOT, 'store');
const read = (file: string) => readFileSync(join(STORE, file), 'utf8');
const LISTINGS = { chrome: read('chrome-web-store.md'), firefox: read('firefox-amo.md') };
const POLICY = read('privacy-policy.md');
const SITES_HEADING = 'Sites where it runs by itself';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
}
type ManifestFn = (env: { browser: string; manifestVersion: 3; mode: string; command: 'build' }) => Manifest | Promise<Manifest>;

const manifests: Record<'chrome' | 'firefox', Manifest> = { chrome: {}, firefox: {} };

beforeAll(async () => {
  // A store build, not the local-test one (which adds test hosts).
  delete process.env.SJR_E2E;
  const config = (await import('../../wxt.config.ts')).default as { manifest: Manifest | ManifestFn };
  for (const browser of ['chrome', 'firefox'] as const) {
    manifests[browser] =
      typeof config.manifest === 'function' ? await config.manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' }) : config.manifest;
  }
}, 60_000);

/** The text under `## title` up to the next `## ` heading (empty when missing). */
function section(md: string, title: string): string {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** A one-paragraph section as the store field takes it: lines joined, trimmed. */
const field = (md: string, title: string) =>
  section(md, title)
    .trim()
    .replace(/\s*\n\s*/g, ' ');

/** `### \`name\`` headings of the permission section: the permissions a listing justifies. */
function justified(md: string): string[] {
  return [...section(md, 'Permission justifications').matchAll(/^### `([^`]+)`/gm)].map((m) => m[1] as string);
}

/** The patterns listed under the "sites where it runs by itself" heading. */
function listedSites(md: string): string[] {
  const perms = section(md, 'Permission justifications');
  const start = perms.indexOf(`### ${SITES_HEADING}`);
  if (start < 0) return [];
  const rest = perms.slice(start + 4);
  const body = rest.slice(0, rest.includes('\n### ') ? rest.indexOf('\n### ') : undefined);
  return [...body.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1] as string);
}

/** Permissions an extension can ask for, for the check that no text claims one it does not use. */
const KNOWN_PERMISSIONS = [
  'activeTab',
  'alarms',
  'background',
  'bookmarks',
  'browsingData',
  'clipboardRead',
  'clipboardWrite',
  'contentSettings',
  'contextMenus',
  'cookies',
  'debugger',
  'declarativeNetRequest',
  'declarativeNetRequestWithHostAccess',
  'declarativeNetRequestFeedback',
  'desktopCapture',
  'downloads',
  'geolocation',
  'history',
  'identity',
  'idle',
  'management',
  'menus',
  'nativeMessaging',
  'notifications',
  'offscreen',
  'pageCapture',
  'privacy',
  'proxy',
  'scripting',
  'search',
  'sessions',
  'sidePanel',
  'storage',
  'tabCapture',
  'tabGroups',
  'tabs',
  'topSites',
  'tts',
  'unlimitedStorage',
  'webNavigation',
  'webRequest',
  'webRequestBlocking',
  '<all_urls>',
];

describe.each(['chrome', 'firefox'] as const)('the %s listing', (browser) => {
  const md = LISTINGS[browser];

  it('justifies exactly the permissions and host permissions the manifest asks for', () => {
    const m = manifests[browser];
    const asked = [...(m.permissions ?? []), ...(m.optional_permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])];
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(justified(md))).toEqual(new Set(asked));
    expect(justified(md)).toHaveLength(new Set(justified(md)).size);
  });

  it('justifies every site the content script runs on by itself, and no other', () => {
    expect(readFileSync(join(ROOT, 'entrypoints/content/index.ts'), 'utf8')).toMatch(/matches:[^\n]*\bDEFAULT_MATCHES\b/);
    expect(new Set(listedSites(md))).toEqual(new Set(DEFAULT_MATCHES));
    expect(listedSites(md)).toHaveLength(DEFAULT_MATCHES.length);
  });

  it('names no permission the manifest does not ask for', () => {
    const m = manifests[browser];
    const asked = new Set([...(m.permissions ?? []), ...(m.optional_permissions ?? [])]);
    expect(KNOWN_PERMISSIONS.filter((p) => !asked.has(p) && md.includes(`\`${p}\``))).toEqual([]);
    // The privacy policy covers both browsers: it may name what either asks for (and says which).
    const either = new Set(Object.values(manifests).flatMap((x) => [...(x.permissions ?? []), ...(x.optional_permissions ?? [])]));
    expect(KNOWN_PERMISSIONS.filter((p) => !either.has(p) && POLICY.includes(`\`${p}\``))).toEqual([]);
  });

  it('has the name the extension has', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(field(md, 'Name')).toBe(en.extName?.message);
  });

  it('states that there is no remote code and links the privacy policy', () => {
    expect(section(md, 'Remote code')).toMatch(/\b(None|No, I am not using remote code)\b/);
    expect(section(md, 'Privacy policy')).toContain('(privacy-policy.md)');
  });
});

describe('store length limits', () => {
  it('Chrome: name ≤ 75, short description ≤ 132, full description ≤ 16,000 characters', () => {
    expect([...field(LISTINGS.chrome, 'Name')].length).toBeLessThanOrEqual(75);
    const short = field(LISTINGS.chrome, 'Short description');
    expect(short.length).toBeGreaterThan(20);
    expect([...short].length).toBeLessThanOrEqual(132);
    const full = section(LISTINGS.chrome, 'Full description').trim();
    expect(full.length).toBeGreaterThan(500);
    expect([...full].length).toBeLessThanOrEqual(16_000);
  });

  it('AMO: name ≤ 50, summary ≤ 250 characters', () => {
    expect([...field(LISTINGS.firefox, 'Name')].length).toBeLessThanOrEqual(50);
    const summary = field(LISTINGS.firefox, 'Summary');
    expect(summary.length).toBeGreaterThan(20);
    expect([...summary].length).toBeLessThanOrEqual(250);
    expect(section(LISTINGS.firefox, 'Description').trim().length).toBeGreaterThan(500);
  });

  it("the manifest's description fits Chrome's 132 characters in every locale", () => {
    const dir = join(ROOT, 'assets/public/_locales');
    for (const locale of readdirSync(dir)) {
      const messages = JSON.parse(readFileSync(join(dir, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      const description = messages.extDescription?.message ?? '';
      expect(description.length, locale).toBeGreaterThan(0);
      expect([...description].length, locale).toBeLessThanOrEqual(132);
    }
  });
});

describe('privacy disclosures', () => {
  it("the Firefox listing quotes the manifest's data_collection_permissions, which declare none", () => {
    const declared = manifests.firefox.browser_specific_settings?.gecko?.data_collection_permissions;
    expect(declared).toEqual({ required: ['none'] });
    expect(section(LISTINGS.firefox, 'Data collection permissions')).toContain(`"data_collection_permissions": ${JSON.stringify(declared)}`);
  });

  it('the Chrome listing ticks no data category and all three certifications', () => {
    const usage = section(LISTINGS.chrome, 'Data usage');
    expect(usage.match(/^- \[ \] /gm)).toHaveLength(9);
    expect(usage.match(/^- \[x\] /gm)).toHaveLength(3);
  });

  it('the privacy policy says nothing leaves the device and names every storage area used', () => {
    expect(POLICY).toMatch(/Nothing leaves your device/);
    expect(POLICY).toMatch(/no network requests/);
    for (const area of ['storage.local', 'storage.session']) expect(POLICY).toContain(area);
  });
});

describe('store screenshots', () => {
  const dir = join(STORE, 'screenshots');
  const shots = readdirSync(dir).filter((f) => f.endsWith('.png'));

  it('has three to five', () => {
    expect(shots.length).toBeGreaterThanOrEqual(3);
    expect(shots.length).toBeLessThanOrEqual(5);
  });

  it.each(shots)('%s is a 1280×800 PNG without alpha, under 300 KB', (name) => {
    const png = readFileSync(join(dir, name));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
    // Colour type 2: 24-bit RGB (the Chrome Web Store refuses images with alpha).
    expect(png[25]).toBe(2);
    expect(statSync(join(dir, name)).size).toBeLessThan(300_000);
  });
});

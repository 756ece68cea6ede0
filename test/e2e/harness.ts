import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/shared/settings.ts';
import { CHROMIUM, E2E_EXTENSION_DIR, extensionArgs, TEST_HOOKS_INIT, ROOT, SCREENSHOTS, type ScanRecord, type TestServer, startServer } from './shared.ts';

export { ROOT, SCREENSHOTS, type ScanRecord, startServer, type TestServer, withoutScripts } from './shared.ts';

export const EXTENSION_DIR = E2E_EXTENSION_DIR;

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  /** Every request any page or the extension made that did not go to the test server or the extension itself. */
  foreignRequests: string[];
  /** Every request seen, to prove the listener sees the service worker's traffic at all. */
  allRequests: string[];
  close(): Promise<void>;
}

/** `extensionDir`: another local-test build (the benchmark's comparison build). */
export async function launchWithExtension(allowedOrigins: string[], extensionDir = EXTENSION_DIR): Promise<LoadedExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No e2e build at ${extensionDir}: run "npm run build:e2e" first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  // Lets Playwright report the service worker's own network requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'sjr-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: extensionArgs(extensionDir, ['--disable-quic']),
  });
  // Test hooks on every page: open Shadow DOMs and exact scores (test/e2e/shared.ts).
  await context.addInitScript(TEST_HOOKS_INIT);
  const foreignRequests: string[] = [];
  const allRequests: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    allRequests.push(url);
    if (!allowedOrigins.some((o) => url.startsWith(o)) && !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  const serviceWorker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    foreignRequests,
    allRequests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ExtensionEnv {
  server: TestServer;
  ext: LoadedExtension;
}

/**
 * One test server and one Chromium with the extension for a test file: started before its
 * tests, closed after. `moreOrigins` adds origins the page may load besides the server's.
 */
export function withExtension(moreOrigins: (serverOrigin: string) => string[] = () => []): ExtensionEnv {
  const env = {} as ExtensionEnv;
  beforeAll(async () => {
    env.server = await startServer();
    env.ext = await launchWithExtension([env.server.origin, ...moreOrigins(env.server.origin)]);
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}

export async function scanLog(page: import('playwright-core').Page): Promise<ScanRecord[]> {
  const raw = await page.evaluate(() => document.documentElement.dataset.scamJobRadarTestScans ?? '[]');
  return JSON.parse(raw) as ScanRecord[];
}

/** axe-core's serious and critical violations on the page, as "rule: targets" lines (empty when clean). */
export async function seriousViolations(page: import('playwright-core').Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
}

/** Copies a screenshot the README shows into assets/screenshots, refusing one too large to commit. */
export function saveReadmeShot(name: string, opts: { as?: string; maxBytes?: number } = {}): void {
  const size = statSync(join(SCREENSHOTS, name)).size;
  expect(size, name).toBeLessThan(opts.maxBytes ?? 300_000);
  const dir = join(ROOT, 'assets/screenshots');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(SCREENSHOTS, name), join(dir, opts.as ?? name));
}

/** Stores the default settings with `changes` applied, as the current schema version, from the service worker. */
export async function storeSettings(ext: LoadedExtension, changes: Partial<Settings> = {}): Promise<void> {
  const sw = await ext.serviceWorker();
  const value = { ...DEFAULT_SETTINGS, ...changes };
  await sw.evaluate(
    ([settings, v]) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } } }).chrome.storage.local.set({
        settings,
        settings$: { v },
      }),
    [value, SETTINGS_VERSION] as const,
  );
}

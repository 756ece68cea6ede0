import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/shared/settings.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output-e2e/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Folders the test server serves: hand-written e2e pages and the demo feed. */
const MOUNTS: Record<string, string> = { '/pages/': join(ROOT, 'test/e2e/pages'), '/demo/': join(ROOT, 'assets/demo') };

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the test pages on 127.0.0.1. A path under /csp/ is the same page served with a
 * strict Content-Security-Policy (no scripts, no wasm, nothing) to prove the extension
 * still works where the page forbids everything.
 */
export async function startServer(extraMounts: Record<string, string> = {}): Promise<TestServer> {
  const mounts: Record<string, string> = { ...MOUNTS, ...extraMounts };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = url.pathname;
    const strict = path.startsWith('/csp/');
    if (strict) path = path.slice(4);
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    const file = mount ? normalize(join(mounts[mount] as string, path.slice(mount.length) || 'index.html')) : '';
    if (!mount || !file.startsWith(mounts[mount] as string) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' };
    if (strict) headers['content-security-policy'] = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'";
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server did not start');
  return { origin: `http://127.0.0.1:${addr.port}`, close: () => new Promise((r) => server.close(() => r())) };
}

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

export async function launchWithExtension(allowedOrigins: string[]): Promise<LoadedExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No e2e build at ${EXTENSION_DIR}: run "npm run build:e2e" first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  // Lets Playwright report the service worker's own network requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'sjr-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
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

/** What the content script did in each scan (the e2e build records it on <html>). */
export interface ScanRecord {
  mode: 'full' | 'incremental';
  roots: number;
  extracted: number;
  scored: number;
  fromCache: number;
  extraction: { slices: number; longestSliceMs: number };
  longestDrawSliceMs: number;
  elapsedMs: number;
  warmUp?: { slices: number; longestSliceMs: number };
}

export async function scanLog(page: import('playwright-core').Page): Promise<ScanRecord[]> {
  const raw = await page.evaluate(() => document.documentElement.dataset.scamJobRadarTestScans ?? '[]');
  return JSON.parse(raw) as ScanRecord[];
}

/** A saved page without its scripts (JSON-LD kept): saved pages load inert, as a document only. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (m, attrs: string) => (/application\/ld\+json/i.test(attrs) ? m : ''));
}

/** axe-core's serious and critical violations on the page, as "rule: targets" lines (empty when clean). */
export async function seriousViolations(page: import('playwright-core').Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
}

/** Screenshots land in test-results/screenshots on every run; the README shows copies from assets/screenshots. */
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

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

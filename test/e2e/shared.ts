/**
 * What the Chromium suite (test/e2e/) and the Firefox suite (test/e2e-firefox/) share, with no
 * browser driver in it: the test server, the fixture pages, the CLI's verdicts for them, and the
 * names the built extension puts in pages.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Debian's Chromium, which the e2e suite and the scripts drive (nothing downloads a browser). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The local-test build (`npm run build:e2e`). */
export const E2E_EXTENSION_DIR = join(ROOT, '.output-e2e/chrome-mv3-e2e');

/** Chromium's flags for a headless run with only our unpacked extension loaded. */
export function extensionArgs(extensionDir: string, extra: readonly string[] = []): string[] {
  return [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    ...extra,
  ];
}

/** Screenshots land in test-results/screenshots on every run; the README shows copies from assets/screenshots. */
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** The badge's custom element, and the same with a verdict on it. */
export const BADGE_HOST = 'scam-job-radar-badge';
export const SCORED_BADGE = `${BADGE_HOST}[data-scam-job-radar-risk]`;
/** The panel the context menu's result is shown in. */
export const CHECK_PANEL = 'scam-job-radar-check';
/** The CSS Custom Highlight the evidence is marked with. */
export const EVIDENCE_HIGHLIGHT = 'scam-job-radar-evidence';

/**
 * The badge's and the panel's Shadow DOMs are closed and badges carry no exact score; the
 * local-test build opens the roots and adds the score on pages whose <html> carries this
 * attribute (src/content/test-hooks.ts), so that the tests can read and click inside.
 * TEST_HOOKS_INIT, run before each page's scripts, sets it; a test of what the store build shows
 * a page removes it.
 */
export const TEST_HOOKS_ATTR = 'data-scam-job-radar-test-hooks';
export const TEST_HOOKS_INIT = `(() => {
  const mark = () => document.documentElement && document.documentElement.setAttribute(${JSON.stringify(TEST_HOOKS_ATTR)}, '');
  if (document.documentElement) mark();
  else new MutationObserver((_, o) => { if (document.documentElement) { mark(); o.disconnect(); } }).observe(document, { childList: true });
})();`;

/** A short lure to paste into the popup and the check page. */
export const PASTED_LURE =
  'Customer service staff, Sihanoukville Cambodia, salary 2500-3500 USD/month, free flight ticket, visa, food and accommodation, no experience needed, contact Telegram @hr_cambodia_jobs';

/** Folders the test server serves: hand-written e2e pages and the demo feed. */
const MOUNTS: Record<string, string> = {
  '/pages/': join(ROOT, 'test/e2e/pages'),
  '/demo/': join(ROOT, 'assets/demo'),
  '/ocr/': join(ROOT, 'test/fixtures/ocr'),
};

export interface TestServer {
  origin: string;
  port: number;
  /** Paths asked for so far (with their query), to prove a page was never fetched. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the test pages on 127.0.0.1. A path under /csp/ is the same page served with a
 * strict Content-Security-Policy (no scripts, no wasm, nothing) to prove the extension
 * still works where the page forbids everything.
 */
export async function startServer(extraMounts: Record<string, string> = {}): Promise<TestServer> {
  const mounts: Record<string, string> = { ...MOUNTS, ...extraMounts };
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    let path = url.pathname;
    const strict = path.startsWith('/csp/');
    if (strict) path = path.slice(4);
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    const file = mount ? normalize(join(mounts[mount] as string, path.slice(mount.length) || 'index.html')) : '';
    if (!mount || !file.startsWith(mounts[mount] as string) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = file.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : /\.(png|jpe?g|webp)$/.exec(file)
        ? `image/${file.endsWith('.png') ? 'png' : file.endsWith('.webp') ? 'webp' : 'jpeg'}`
        : 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    if (strict) headers['content-security-policy'] = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'";
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server did not start');
  return { origin: `http://127.0.0.1:${addr.port}`, port: addr.port, requests, close: () => new Promise((r) => server.close(() => r())) };
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

/** A saved page without its scripts (JSON-LD kept): saved pages load inert, as a document only. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (m, attrs: string) => (/application\/ld\+json/i.test(attrs) ? m : ''));
}

/**
 * The fixture pages in test/e2e/pages whose postings are all there when the page loads, so a
 * browser's badges can be compared with the CLI's verdicts for the same file.
 */
export const STATIC_PAGES = ['lure-jsonld.html', 'genuine-jsonld.html', 'borderline-jsonld.html', 'employer-lure-jsonld.html', 'dark-theme.html'];

/** A verdict as a badge shows it and the CLI prints it: "<risk> <score to 4 places>". */
export const verdictKey = (risk: string, score: number): string => `${risk} ${score.toFixed(4)}`;

/**
 * `scam-job-radar scan --format jsonl` on the given pages of test/e2e/pages, in one run of the
 * CLI: each page's verdicts as `verdictKey`s, sorted. A page's rows start again at id 1, which is
 * how they are told apart (every page given must hold at least one posting).
 */
export async function cliVerdicts(pages: string[]): Promise<Record<string, string[]>> {
  const files = pages.map((p) => join(ROOT, 'test/e2e/pages', p));
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin/scam-job-radar.mjs'), 'scan', '--format', 'jsonl', ...files], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  const rows = stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: number; risk: string; score: number });
  const groups: string[][] = [];
  for (const row of rows) {
    if (row.id === 1 || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(verdictKey(row.risk, row.score));
  }
  if (groups.length !== pages.length) throw new Error(`CLI gave ${groups.length} groups of rows for ${pages.length} pages`);
  return Object.fromEntries(pages.map((p, i) => [p, (groups[i] ?? []).sort()]));
}

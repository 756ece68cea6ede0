/**
 * The Firefox end-to-end harness: headless Firefox ESR driven over WebDriver BiDi by
 * puppeteer-core (no geckodriver, no downloaded browser). The built Firefox MV3 extension is
 * installed as a temporary add-on (BiDi webExtension.install) into a fresh profile, the fixture
 * pages are served on 127.0.0.1 by the same server as the Chromium suite (../e2e/shared.ts).
 *
 * Firefox's ways differ from Chromium's in a few places, each handled here:
 * - the extension's address is fixed with the `extensions.webextensions.uuids` pref;
 * - BiDi may open moz-extension:// pages only with `--remote-allow-system-access` (Firefox 153),
 *   and it reports no load events for them, so `openExtensionPage` polls `document.readyState`;
 * - extension APIs are called from an extension page (`call`), which has `browser.*`;
 * - `tabs.query({ url })` cannot match a port, so `tabIdOf` compares tab URLs itself;
 * - extension errors are not reported over BiDi: `extensionErrors` reads the browser console
 *   (chrome scope, Firefox 153) or Firefox's own output (every version).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { browser as webExtBrowser } from 'wxt/browser';
import { BADGE_HOST, TEST_HOOKS_INIT, ROOT, SCREENSHOTS, type ScanRecord, startServer, type TestServer } from '../e2e/shared.ts';

export type WebExt = typeof webExtBrowser;

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The local-test build (`npm run build:e2e:firefox`): it also runs on 127.0.0.1 and on request on localhost. */
export const E2E_BUILD = join(ROOT, '.output-e2e/firefox-mv3-e2e');
/** What ships (`npm run build:firefox`). */
export const SHIPPED_BUILD = join(ROOT, '.output/firefox-mv3');

export const ADDON_ID = 'scam-job-radar@scamjobradar.org';
/** Fixed moz-extension:// host, so the tests know the pages' addresses (Firefox picks a random one otherwise). */
const UUID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
export const EXT_ORIGIN = `moz-extension://${UUID}`;

/** Firefox screenshots go beside the Chromium ones, prefixed. */
export const shot = (name: string): string => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `firefox-${name}.png`);
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** One message of the browser console, or one line of Firefox's output about the extension. */
export interface ConsoleEntry {
  level: 'error' | 'warning' | 'info';
  message: string;
  source: string;
}

export interface FirefoxExtension {
  browser: Browser;
  /** The add-on id Firefox installed. */
  id: string;
  /** "Firefox/153.8.0" and the like. */
  version: string;
  /**
   * Whether BiDi may evaluate in the browser window (chrome scope): Firefox 153 with
   * --remote-allow-system-access can, 140 ESR cannot. Needed for a simulated toolbar click, the
   * event page's suspension and the browser console.
   */
  chromeOk: boolean;
  /** A new tab for a web page. */
  newPage(): Promise<Page>;
  /** moz-extension://…/<path> in a new tab, once its document has loaded. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The popup for a tab, opened as a page (popup.html?tab=<id>, as the Chromium suite does). */
  openPopup(tabId: number): Promise<Page>;
  /** Calls `fn(browser, ...args)` in an extension page; `fn` is sent as source, so it may use nothing from its closure. */
  call<A extends unknown[], T>(fn: (api: WebExt, ...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>>;
  /** The id of the tab showing `url` (tabs.query({ url }) cannot match a port in Firefox). */
  tabIdOf(url: string): Promise<number>;
  /** Privileged JS in the browser window; only when `chromeOk`. */
  chromeEval<T = unknown>(expression: string): Promise<T>;
  /**
   * What a click on the toolbar button does before the popup opens: grant activeTab for the
   * page's tab and let Firefox inject declared content scripts whose host permission is withheld.
   * Returns the URL of the tab it acted on. Only when `chromeOk`.
   */
  toolbarClick(page: Page): Promise<string>;
  /** The background event page's state, and its suspension as about:debugging's "Terminate" does it. */
  backgroundState(): Promise<string>;
  suspendBackground(): Promise<void>;
  /** Errors and warnings Firefox logged for the extension's own code. */
  extensionErrors(): Promise<ConsoleEntry[]>;
  /** Firefox's stdout and stderr so far. */
  log: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Which build to install: the local-test one (default) or the one that ships. */
  build?: 'e2e' | 'shipped';
  /** Another local-test build's folder instead (the benchmark's comparison build). */
  dir?: string;
  /** Extra Firefox prefs, e.g. to withhold host permissions or map a host name to 127.0.0.1. */
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<FirefoxExtension> {
  const dir = opts.dir ?? (opts.build === 'shipped' ? SHIPPED_BUILD : E2E_BUILD);
  const buildScript = opts.build === 'shipped' ? 'build:firefox' : 'build:e2e:firefox';
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No Firefox build at ${dir}: run "npm run ${buildScript}" first`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  const t0 = Date.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: null,
    // Lets BiDi open moz-extension:// pages and evaluate in the browser window (Firefox 153).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // console.* calls of every process, the extension's included, also go to stdout.
      'devtools.console.stdout.content': true,
      // permissions.request from a click in an extension page grants without Firefox's doorhanger.
      'extensions.webextOptionalPermissionPrompts': false,
      ...opts.prefs,
    },
  });
  const log: string[] = [];
  const collect = (stream: NodeJS.ReadableStream | null | undefined, name: string) => {
    let buf = '';
    stream?.on('data', (d) => {
      buf += String(d);
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) log.push(`${((Date.now() - t0) / 1000).toFixed(2).padStart(7)}s ${name} ${l}`);
    });
  };
  collect(browser.process()?.stdout, 'out');
  collect(browser.process()?.stderr, 'err');

  const conn = (browser as unknown as { connection: BidiConnection }).connection;
  const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = (tree.result.contexts as { context: string }[])[0]?.context;
  const chromeEval = async <T>(expression: string): Promise<T> => {
    const r = await conn.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true, resultOwnership: 'none' });
    if (r.result.type === 'exception') throw new Error(`chrome eval: ${(r.result.exceptionDetails as { text: string }).text}`);
    return (r.result.result as { value: T }).value;
  };
  // Firefox 140 ESR ignores "moz:scope" and hands back a web page instead of the browser window.
  const chromeOk = chromeContext
    ? await chromeEval<boolean>('typeof Services === "object" && typeof WebExtensionPolicy === "function"').catch(() => false)
    : false;
  const needChrome = (what: string) => {
    if (!chromeOk) throw new Error(`${what} needs BiDi chrome-scope evaluation, which this Firefox lacks`);
  };
  const policy = `WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension`;

  const id = await browser.installExtension(dir);
  const version = await browser.version();

  const openExtensionPage = async (path: string, viewport?: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage();
    // Plain BiDi: puppeteer-core 25's page.setViewport also sends a call Firefox 140 lacks.
    if (viewport) await conn.send('browsingContext.setViewport', { context: contextOf(page), viewport });
    const url = `${EXT_ORIGIN}/${path}`;
    // No load events come for extension pages over BiDi: navigate without waiting, then poll.
    await conn.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
    const until = Date.now() + 15_000;
    for (;;) {
      const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      if (ready) return page;
      if (Date.now() > until) throw new Error(`${url} did not load`);
      await sleep(100);
    }
  };

  let apiPage: Page | undefined;
  const call = async <A extends unknown[], T>(fn: (api: WebExt, ...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>> => {
    apiPage ??= await openExtensionPage('popup.html?tab=999999999');
    return apiPage.evaluate(`(${fn.toString()})(browser, ...${JSON.stringify(args)})`) as Promise<Awaited<T>>;
  };

  return {
    browser,
    id,
    version,
    chromeOk,
    newPage: async () => {
      const page = await browser.newPage();
      // Test hooks: open Shadow DOMs and exact scores (test/e2e/shared.ts).
      await page.evaluateOnNewDocument(TEST_HOOKS_INIT);
      return page;
    },
    openExtensionPage,
    openPopup: (tabId) => openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 700 }),
    call,
    async tabIdOf(url) {
      const tabId = await call(async (api, u) => (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
      if (tabId === null) throw new Error(`no tab shows ${url}`);
      return tabId;
    },
    chromeEval: async <T>(expression: string) => {
      needChrome('chromeEval');
      return chromeEval<T>(expression);
    },
    async toolbarClick(page) {
      needChrome('A toolbar click');
      await page.bringToFront();
      return chromeEval<string>(`(() => {
        const ext = ${policy};
        const tab = gBrowser.selectedTab;
        ext.tabManager.addActiveTabPermission(tab);
        ext.tabManager.activateScripts(tab);
        return tab.linkedBrowser.currentURI.spec;
      })()`);
    },
    async backgroundState() {
      needChrome('The background state');
      return chromeEval<string>(`${policy}.backgroundState`);
    },
    async suspendBackground() {
      needChrome('Suspending the event page');
      await chromeEval(`${policy}.terminateBackground({ disableResetIdleForTest: true }).then(() => true)`);
    },
    async extensionErrors() {
      if (!chromeOk) {
        // Every version prints uncaught errors as "JavaScript error: <file>, line N: <message>".
        return log
          .filter((l) => /JavaScript (error|warning): moz-extension:\/\//.test(l) && l.includes(UUID))
          .map((l) => ({
            level: /JavaScript error/.test(l) ? 'error' : 'warning',
            message: l.replace(/^.*?JavaScript (error|warning): /, ''),
            source: 'output',
          }));
      }
      // The browser console holds every process's script errors, CSP reports included.
      const raw = await chromeEval<string>(`JSON.stringify(Services.console.getMessageArray().filter((m) => m instanceof Ci.nsIScriptError).map((m) => {
        let doc = '';
        try { doc = m.innerWindowID ? (WindowGlobalParent.getByInnerWindowId(m.innerWindowID)?.documentURI?.spec ?? '') : ''; } catch {}
        return { level: (m.flags & 1) ? 'warning' : (m.flags & 8) ? 'info' : 'error', message: m.errorMessage, source: m.sourceName, doc };
      }))`);
      const all = JSON.parse(raw) as (ConsoleEntry & { doc: string })[];
      // Ours: from the extension's files, or from code run in one of its pages.
      return all
        .filter((e) => e.source.startsWith(EXT_ORIGIN) || e.doc.startsWith(EXT_ORIGIN) || e.message.includes(EXT_ORIGIN))
        .map(({ level, message, source, doc }) => ({ level, message, source: source || doc }));
    },
    log,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

export interface FirefoxEnv {
  server: TestServer;
  ext: FirefoxExtension;
}

/** One test server and one Firefox with the extension for a test file: started before its tests, closed after. */
export function withFirefox(opts: LaunchOptions = {}): FirefoxEnv {
  const env = {} as FirefoxEnv;
  beforeAll(async () => {
    env.server = await startServer();
    env.ext = await launchFirefox(opts);
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}

export interface Badge {
  /** The id of the <article> (or its data-demo) the badge is in, else its parent's tag. */
  in: string;
  risk: string;
  score: number;
}

/**
 * Waits until the page shows at least `n` badges with a verdict, and returns every badge with
 * one. Polls with querySelectorAll rather than waitForFunction, which fails on a page whose CSP
 * forbids scripts in Firefox 140 ESR.
 */
export async function badges(page: Page, n: number, timeout = 30_000): Promise<Badge[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await page
      .$$eval(BADGE_HOST, (els) =>
        els.map((e) => ({
          in: e.closest('article')?.id || e.closest('article')?.getAttribute('data-demo') || (e.parentElement?.tagName.toLowerCase() ?? ''),
          risk: e.getAttribute('data-scam-job-radar-risk') ?? '',
          score: Number(e.getAttribute('data-scam-job-radar-score')),
        })),
      )
      .catch(() => [] as Badge[]);
    const scored = found.filter((b) => b.risk);
    if (scored.length >= n) return scored;
    if (Date.now() > until) throw new Error(`${scored.length} of ${n} badges after ${timeout} ms`);
    await sleep(50);
  }
}

/** How many badges the page shows, scored or not. */
export const badgeCount = async (page: Page): Promise<number> => (await page.$$(BADGE_HOST)).length;

/** What the content script did in each scan (the e2e build records it on <html>); null when it never ran. */
export async function scanLog(page: Page): Promise<ScanRecord[] | null> {
  const raw = await page.evaluate(() => document.documentElement.dataset.scamJobRadarTestScans ?? null);
  return raw === null ? null : (JSON.parse(raw) as ScanRecord[]);
}

/** The text of each range in the evidence highlight (CSS Custom Highlight API). */
export async function evidenceMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('scam-job-radar-evidence');
    return h ? [...h].map((r) => r.toString()) : [];
  });
}

/** Clicks the button whose text matches, in an extension page; false when there is none. */
export async function clickButton(page: Page, name: RegExp): Promise<boolean> {
  for (const b of await page.$$('button')) {
    const text = await b.evaluate((e) => e.textContent ?? '');
    if (name.test(text)) {
      await b.click();
      return true;
    }
  }
  return false;
}

/** Waits for a selector and returns an attribute of it (null when it never shows up). */
export async function attributeOf(page: Page, selector: string, name: string, timeout = 10_000): Promise<string | null> {
  const el = await page.waitForSelector(selector, { timeout }).catch(() => null);
  return el ? el.evaluate((e, n) => e.getAttribute(n), name) : null;
}

export { sleep };

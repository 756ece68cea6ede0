// `npm run bench:browser`: extraction and main-thread figures in the real browser (Debian's
// Chromium, headless) with the local-test build of the extension. Not a test: it only measures.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { launchWithExtension, startServer, withoutScripts, type LoadedExtension, type ScanRecord } from '../test/e2e/harness.ts';
import { E2E_EXTENSION_DIR } from '../test/e2e/shared.ts';
import { bigFeedHtml } from './pages.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/** The extractors as one script for a page (the same sources the content script bundles). */
async function extractorBundle(): Promise<string> {
  const out = await build({
    stdin: { contents: "export { extractPostings, extractPostingsSteps, runInSlices } from './src/extract/index.ts';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'SJR',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

const LIST_PAGES = [
  { file: 'linkedin/search-guest-akichan.html', url: 'https://id.linkedin.com/jobs/software-engineer-jobs', label: 'LinkedIn search list' },
  { file: 'glints/search-id-nov2024-pradanaadn.html', url: 'https://glints.com/id/opportunities/jobs/explore', label: 'Glints search list' },
];

async function extractionInBrowser(bundle: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'],
  });
  try {
    for (const p of LIST_PAGES) {
      const page = await browser.newPage();
      // Saved pages load inert: no scripts, no requests.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(withoutScripts(readFileSync(join(SHARED, 'fixtures/pages', p.file), 'utf8')), { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle });
      const r = await page.evaluate((url) => {
        const api = (
          globalThis as unknown as {
            SJR: { extractPostings(d: Document, u: string): unknown[]; extractPostingsSteps(d: Document, u: string): Iterator<void, unknown[]> };
          }
        ).SJR;
        // Cold, step by step, as the content script's first scan runs: the longest single step
        // is the floor of its longest slice.
        const steps = api.extractPostingsSteps(document, url);
        let longestStep = 0;
        let stepCount = 0;
        for (;;) {
          const s = performance.now();
          const r = steps.next();
          const d = performance.now() - s;
          if (d > longestStep) (globalThis as unknown as { __ls: number }).__ls = stepCount;
          longestStep = Math.max(longestStep, d);
          stepCount++;
          if (r.done) break;
        }
        const times: number[] = [];
        let n = 0;
        for (let i = 0; i < 30; i++) {
          const s = performance.now();
          n = api.extractPostings(document, url).length;
          times.push(performance.now() - s);
        }
        return { times, n, longestStep, stepCount, at: (globalThis as unknown as { __ls: number }).__ls };
      }, p.url);
      const warm = r.times.slice(5);
      console.log(
        `extraction, ${p.label} (${r.n} postings, Chromium): median ${fmt(quantile(warm, 0.5))}, p95 ${fmt(quantile(warm, 0.95))}, first run ${fmt(r.times[0] ?? NaN)}; cold stepped run: ${r.stepCount} steps, longest ${fmt(r.longestStep)} (step ${r.at})`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

// Long tasks (> 50 ms), and from the Long Animation Frames API every frame > 50 ms as
// [duration, page script ms, style+layout ms, extension script ms (stays 0, see describeFrames)].
const LONG_TASK_OBSERVER = `<script>window.__longTasks=[];window.__frames=[];new PerformanceObserver(function(l){l.getEntries().forEach(function(e){window.__longTasks.push([e.startTime,e.duration])})}).observe({type:'longtask',buffered:true});try{new PerformanceObserver(function(l){l.getEntries().forEach(function(e){var sc=e.scripts||[];var ext=sc.filter(function(s){return String(s.sourceURL||'').indexOf('chrome-extension://')===0}).reduce(function(a,s){return a+s.duration},0);var all=sc.reduce(function(a,s){return a+s.duration},0);var layout=e.styleAndLayoutStart?e.startTime+e.duration-e.styleAndLayoutStart:0;window.__frames.push([e.duration,all,layout,ext])})}).observe({type:'long-animation-frame',buffered:true})}catch(e){}</script>`;

interface PageFigures {
  longTasksAfterDcl: number[];
  /** Long animation frames (> 50 ms): [frame ms, script ms, style+layout ms, extension script ms]. */
  frames: [number, number, number, number][];
  badges: number;
}

async function pageFigures(page: import('playwright-core').Page): Promise<PageFigures> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const dcl = nav?.domContentLoadedEventEnd ?? 0;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    const frames = (window as unknown as { __frames: [number, number, number, number][] }).__frames;
    return {
      longTasksAfterDcl: tasks.filter(([start]) => start >= dcl).map(([, d]) => d),
      frames,
      badges: document.querySelectorAll('scam-job-radar-badge').length,
    };
  });
}

/**
 * Long animation frames say where a long frame's time went. The extension's own script time is
 * not in them (Chromium does not attribute isolated-world scripts); the scanner measures that
 * itself (its slices), so this line shows the rendering the page needed after our badges.
 */
function describeFrames(frames: [number, number, number, number][]): string {
  if (frames.length === 0) return 'long animation frames: 0';
  const max = (i: number) => fmt(Math.max(...frames.map((f) => f[i] ?? 0)));
  return `long animation frames: ${frames.length} (longest ${max(0)}; style and layout up to ${max(2)} of one)`;
}

async function bigPageWithExtension(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sjr-bench-'));
  const feed = bigFeedHtml(LONG_TASK_OBSERVER);
  writeFileSync(join(dir, 'feed.html'), feed.html);
  const server = await startServer({ '/bench/': dir });
  try {
    // Without the extension: the page's own long tasks after DOMContentLoaded (the baseline).
    const plain = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-quic'],
    });
    const p0 = await plain.newPage();
    await p0.goto(`${server.origin}/bench/feed.html`);
    await p0.waitForTimeout(8000);
    const base = await pageFigures(p0);
    await plain.close();

    const ext = await launchWithExtension([server.origin]);
    try {
      const page = await ext.context.newPage();
      const t0 = Date.now();
      await page.goto(`${server.origin}/bench/feed.html`, { timeout: 120_000 });
      await page.waitForFunction(() => (document.documentElement.dataset.scamJobRadarTestScans ?? '').includes('"mode":"full"'), undefined, {
        timeout: 300_000,
        polling: 500,
      });
      const wall = Date.now() - t0;
      const scans = JSON.parse(await page.evaluate(() => document.documentElement.dataset.scamJobRadarTestScans ?? '[]')) as ScanRecord[];
      const full = scans.find((s) => s.mode === 'full');
      await page.waitForTimeout(1500);
      const figs = await pageFigures(page);
      console.log(`5 MB feed page in Chromium with the extension (${feed.posts} posts, ${feed.jobPosts} job posts):`);
      if (full) {
        console.log(
          `  found ${full.extracted} postings, ${figs.badges} badges drawn; extraction in ${full.extraction.slices} slices, longest ${fmt(full.extraction.longestSliceMs)}; longest drawing slice ${fmt(full.longestDrawSliceMs)}`,
        );
        console.log(`  first scan, extraction to last badge: ${(full.elapsedMs / 1000).toFixed(1)} s (page load to last badge ${(wall / 1000).toFixed(1)} s)`);
      }
      const ours = figs.longTasksAfterDcl;
      console.log(`  ${describeFrames(figs.frames)}`);
      console.log(
        `  long tasks (> 50 ms) after DOMContentLoaded: ${ours.length} with the extension (longest ${ours.length ? fmt(Math.max(...ours)) : '—'}), ${base.longTasksAfterDcl.length} without (longest ${base.longTasksAfterDcl.length ? fmt(Math.max(...base.longTasksAfterDcl)) : '—'})`,
      );
    } finally {
      await ext.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The content script itself on the saved list pages, at their own URLs (request interception,
 * nothing reaches the network): its longest slice of extraction and the page's long tasks.
 */
async function listPagesWithExtension(): Promise<void> {
  const server = await startServer();
  const ext = await launchWithExtension([server.origin, ...LIST_PAGES.map((p) => new URL(p.url).origin)]);
  try {
    for (const p of LIST_PAGES) {
      const slices: number[] = [];
      const draws: number[] = [];
      const warm: number[] = [];
      const frames: [number, number, number, number][] = [];
      const tasks: number[] = [];
      for (let round = 0; round < 3; round++) {
        const page = await ext.context.newPage();
        const html = withoutScripts(readFileSync(join(SHARED, 'fixtures/pages', p.file), 'utf8')).replace('<head>', `<head>${LONG_TASK_OBSERVER}`);
        await page.route('**/*', (route) =>
          route.request().url() === p.url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
        );
        await page.goto(p.url);
        await page.waitForFunction(() => (document.documentElement.dataset.scamJobRadarTestScans ?? '').includes('"mode":"full"'), undefined, {
          timeout: 60_000,
        });
        const scans = JSON.parse(await page.evaluate(() => document.documentElement.dataset.scamJobRadarTestScans ?? '[]')) as ScanRecord[];
        const full = scans.find((s) => s.mode === 'full');
        if (full) {
          slices.push(full.extraction.longestSliceMs);
          draws.push(full.longestDrawSliceMs);
          if (full.warmUp) warm.push(full.warmUp.longestSliceMs);
        }
        const figs = await pageFigures(page);
        tasks.push(...figs.longTasksAfterDcl);
        frames.push(...figs.frames);
        await page.close();
      }
      // The same page without the extension: its own long tasks (layout of a heavy page…).
      const plain = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-quic'],
      });
      const baseline: number[] = [];
      for (let round = 0; round < 3; round++) {
        const page = await plain.newPage();
        const html = withoutScripts(readFileSync(join(SHARED, 'fixtures/pages', p.file), 'utf8')).replace('<head>', `<head>${LONG_TASK_OBSERVER}`);
        await page.route('**/*', (route) =>
          route.request().url() === p.url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
        );
        await page.goto(p.url);
        await page.waitForTimeout(3000);
        baseline.push(...(await pageFigures(page)).longTasksAfterDcl);
        await page.close();
      }
      await plain.close();
      console.log(
        `content script on the ${p.label} (3 loads): longest extraction slice ${fmt(Math.max(...slices))}, longest drawing slice ${fmt(Math.max(...draws))}, longest warm-up slice ${fmt(Math.max(...warm))}; long tasks after DOMContentLoaded: ${tasks.length}${tasks.length ? ` (longest ${fmt(Math.max(...tasks))})` : ''}; without the extension: ${baseline.length}${baseline.length ? ` (longest ${fmt(Math.max(...baseline))})` : ''}; ${describeFrames(frames)}`,
      );
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

/**
 * The two local-test builds compared: this one, and a comparison build: by default that of
 * `npm run build:e2e:ort-only`; with SJR_BENCH_COMPARE=no-images that of
 * `npm run build:e2e:no-images` (nothing of image ads: what they cost at start-up, issue 16).
 */
const COMPARE_NO_IMAGES = process.env.SJR_BENCH_COMPARE === 'no-images';
const OTHER_DIR = process.env.SJR_BENCH_OLD_DIR;
const BUILDS = OTHER_DIR
  ? ([
      { name: 'new', label: 'this build', dir: E2E_EXTENSION_DIR },
      { name: 'old', label: `the build in ${OTHER_DIR}`, dir: resolve(OTHER_DIR) },
    ] as const)
  : COMPARE_NO_IMAGES
    ? ([
        { name: 'new', label: 'this build, with image ads', dir: E2E_EXTENSION_DIR },
        { name: 'old', label: 'without anything of image ads', dir: join(ROOT, '.output-e2e-no-images/chrome-mv3-e2e') },
      ] as const)
    : ([
        { name: 'new', label: 'TypeScript pass until onnxruntime is ready', dir: E2E_EXTENSION_DIR },
        { name: 'old', label: 'onnxruntime from the first verdict', dir: join(ROOT, '.output-e2e-ort-only/chrome-mv3-e2e') },
      ] as const);
const LOADS = Number(process.env.SJR_BENCH_LOADS ?? 12);
const range = (xs: number[]) => `median ${fmt(quantile(xs, 0.5))} (range ${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
const loadAverage = () => `load average ${loadavg()[0]?.toFixed(2)}`;

/** The extension's service worker as Chromium tells it: its JS heap, through the DevTools protocol. */
async function workerHeap(ext: LoadedExtension, page: import('playwright-core').Page): Promise<{ heap: number; backing: number }> {
  const cdp = await ext.context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
    if (!sw) throw new Error('no running service worker');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
    let next = 0;
    const waiting = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id?: number; result?: unknown };
      if (m.id !== undefined) waiting.get(m.id)?.(m.result);
    });
    const call = (method: string) =>
      new Promise<unknown>((resolve) => {
        const id = ++next;
        waiting.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      });
    await call('HeapProfiler.collectGarbage');
    // usedSize: the JS heap; backingStorageSize: ArrayBuffer contents (onnxruntime's wasm memory among them).
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return { heap: usage.usedSize, backing: usage.backingStorageSize ?? NaN };
  } finally {
    await cdp.detach();
  }
}

/** Resident memory (PSS) of the extension's renderer process (where its service worker runs) in the browser that loaded `extensionDir`. */
function extensionProcessPss(extensionDir: string): number {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return ''; // the process ended while being read
    }
  };
  const parent = (pid: string) => /^PPid:\s+(\d+)/m.exec(read(`/proc/${pid}/status`))?.[1];
  const inThatBrowser = (pid: string) => {
    for (let p = parent(pid), hops = 0; p && p !== '0' && hops < 5; p = parent(p), hops++) {
      if (read(`/proc/${p}/cmdline`).includes(`--load-extension=${extensionDir}`)) return true;
    }
    return false;
  };
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (!read(`/proc/${pid}/cmdline`).includes('--extension-process') || !inThatBrowser(pid)) continue;
    total += Number(/^Pss:\s+(\d+) kB/m.exec(read(`/proc/${pid}/smaps_rollup`))?.[1] ?? 0) * 1024;
  }
  return total;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The model in the product's own runtime: the extension's service worker in Chromium, for both
 * builds. The first "check this text" after the worker starts includes loading the model; the
 * next ones are scoring only. The worker is then stopped (as Chrome does after 30 s idle) and
 * started again by the next message, five times.
 */
async function modelInServiceWorker(): Promise<void> {
  const text = readFileSync(join(ROOT, 'test/e2e/pages/genuine-jsonld.html'), 'utf8').replace(/<[^>]+>/g, ' ');
  for (const build of BUILDS) {
    const ext = await launchWithExtension([], build.dir);
    try {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
      const check = (t: string) =>
        page.evaluate(async (body) => {
          const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
          const s = performance.now();
          const reply = (await chrome.runtime.sendMessage({ sjr: 1, type: 'check-text', data: { text: body } })) as { verdict?: unknown; error?: string };
          if (!reply?.verdict) throw new Error(`no verdict: ${JSON.stringify(reply)}`);
          return performance.now() - s;
        }, t);
      const cdp = await ext.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      const first: number[] = [];
      const warm: number[] = [];
      for (let round = 0; round < 6; round++) {
        if (round > 0) {
          await cdp.send('ServiceWorker.stopAllWorkers');
          await page.waitForTimeout(500);
        }
        first.push(await check(`${text} #${round}a`));
        for (let i = 0; i < 5; i++) warm.push(await check(`${text} #${round}${i}`));
      }
      const [fresh, ...restarts] = first;
      console.log(
        `model in the extension's service worker, ${build.name} build (${build.label}; Chromium, ${loadAverage()}): first verdict after the worker starts ${fmt(fresh ?? NaN)} in a new profile; ` +
          `after a worker restart ${range(restarts)}; the next 5 verdicts after each start (message round trip included) median ${fmt(quantile(warm, 0.5))}`,
      );
    } finally {
      await ext.close();
    }
  }
  await firstBadgeAfterWorkerStop();
}

interface BadgeRun {
  ext: LoadedExtension;
  control: import('playwright-core').Page;
  cdp: import('playwright-core').CDPSession;
  times: number[];
  /** New build: the pass that had answered when the first badge appeared, per load. */
  backends: string[];
  /** New build: when onnxruntime took over, ms after the engine was created, per load. */
  switchedAfter: number[];
  /** Per load: where the time to the first badge went (content script marks, ms after navigation). */
  phases: Phases[];
  /** Per load: the service worker's marks (src/shared/timeline-marks.ts), ms after navigation. */
  workerMarks: Record<string, number>[];
}

/** One line: the median time of each worker mark after navigation, in the order they happen. */
function workerMarkLine(marks: Record<string, number>[]): string {
  const names = ['workerStart', 'prepareAsked', 'patternsBuilt', 'prepareEngine', 'scoreAsked', 'scoreEngine', 'scoreAnswered', 'prepareWarmedUp'];
  const parts = names.flatMap((n) => {
    const xs = marks.map((m) => m[n]).filter((x): x is number => x !== undefined);
    return xs.length ? [`${n} ${fmt(quantile(xs, 0.5))}`] : [];
  });
  return parts.length ? `${parts.join('; ')} (medians, after navigation)` : 'no marks recorded';
}

/** The content script's marks of a first scan, as durations (ms). */
interface Phases {
  /** The page's own DOMContentLoaded (end of its handlers), ms after navigation. */
  domContentLoaded: number;
  /** The page's load event (end of its handlers), ms after navigation. */
  load: number;
  scriptStart: number;
  settings: number;
  warmUp: number;
  warmUpSlices: number;
  extraction: number;
  verdicts: number;
  drawing: number;
}

/** In the page: the local-test build's marks (`data-scam-job-radar-test-start`, the first scan's timeline). */
function readPhases(): Phases | undefined {
  const root = document.documentElement;
  const scans = JSON.parse(root.dataset.scamJobRadarTestScans ?? '[]') as Array<{
    timeline?: { start: number; warmedUp?: number; extractionStart: number; extractionEnd: number; firstVerdicts?: number; firstBadges?: number };
    warmUp?: { slices: number };
  }>;
  const first = scans.find((s) => s.timeline);
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const t = scans.find((s) => s.timeline)?.timeline;
  const scriptStart = Number(root.dataset.scamJobRadarTestStart);
  if (!t || !Number.isFinite(scriptStart) || t.firstVerdicts === undefined || t.firstBadges === undefined) return undefined;
  const warmedUp = t.warmedUp ?? t.start;
  return {
    domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
    load: nav?.loadEventEnd ?? Number.NaN,
    scriptStart,
    settings: t.start - scriptStart,
    warmUp: warmedUp - t.start,
    warmUpSlices: first?.warmUp?.slices ?? 0,
    extraction: t.extractionEnd - t.extractionStart,
    verdicts: t.firstVerdicts - t.extractionEnd,
    drawing: t.firstBadges - t.firstVerdicts,
  };
}

/** One line: the median of each phase over the loads. */
function phaseLine(phases: Phases[]): string {
  if (!phases.length) return 'no timeline recorded';
  const m = (k: keyof Phases) =>
    fmt(
      quantile(
        phases.map((p) => p[k]),
        0.5,
      ),
    );
  return `the page's DOMContentLoaded ${m('domContentLoaded')}, load ${m('load')}; content script started ${m('scriptStart')}; settings ${m('settings')}; pattern warm-up ${m('warmUp')} in ${quantile(
    phases.map((p) => p.warmUpSlices),
    0.5,
  )} slices; extraction ${m('extraction')}; waiting for the first verdicts ${m('verdicts')}; drawing ${m('drawing')} (medians)`;
}

/**
 * What a user waits for after the worker went to sleep: the saved LinkedIn list at its own URL,
 * the worker stopped before each load, time from navigation to the first badge. Both builds run
 * side by side in two browsers, taking turns load by load, so that both see the same load on
 * this shared machine. Then the memory each worker holds while idle.
 */
async function firstBadgeAfterWorkerStop(): Promise<void> {
  const firstBadgeProbe =
    "<script>new MutationObserver(function(){if(!window.__badge&&document.querySelector('scam-job-radar-badge'))window.__badge=performance.now()}).observe(document.documentElement,{childList:true,subtree:true})</script>";
  const list = LIST_PAGES[0]!;
  // The saved LinkedIn list (a heavy page: DOMContentLoaded at 0.3–0.6 s on its own) and a small
  // job view with JSON-LD at a JobStreet address (a job board, so the model is prepared).
  const badgePages = [
    { label: list.label, url: list.url, html: withoutScripts(readFileSync(join(SHARED, 'fixtures/pages', list.file), 'utf8')) },
    {
      label: 'small JSON-LD job view',
      url: 'https://www.jobstreet.com/job/81234567',
      html: readFileSync(join(ROOT, 'test/e2e/pages/lure-jsonld.html'), 'utf8'),
    },
  ].map((bp) => ({ ...bp, html: bp.html.replace('<head>', `<head>${firstBadgeProbe}`) }));
  const runs = new Map<string, BadgeRun>();
  try {
    for (const build of BUILDS) {
      const ext = await launchWithExtension(
        badgePages.map((bp) => new URL(bp.url).origin),
        build.dir,
      );
      const control = await ext.context.newPage();
      const cdp = await ext.context.newCDPSession(control);
      await cdp.send('ServiceWorker.enable');
      runs.set(build.name, { ext, control, cdp, times: [], backends: [], switchedAfter: [], phases: [], workerMarks: [] });
    }
    const loadPage = async (run: BadgeRun, p: (typeof badgePages)[number]) => {
      await run.cdp.send('ServiceWorker.stopAllWorkers');
      await run.control.waitForTimeout(500);
      const page = await run.ext.context.newPage();
      await page.route('**/*', (route) =>
        route.request().url() === p.url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: p.html }) : route.abort(),
      );
      await page.goto(p.url);
      await page.waitForFunction(() => (globalThis as unknown as { __badge?: number }).__badge !== undefined, undefined, { timeout: 60_000 });
      run.times.push(await page.evaluate(() => (globalThis as unknown as { __badge: number }).__badge));
      // The scan records its stats once its batches are drawn; the first badge comes before that.
      await page
        .waitForFunction(() => document.documentElement.dataset.scamJobRadarTestScans !== undefined, undefined, { timeout: 60_000 })
        .catch(() => undefined);
      const phases = await page.evaluate(readPhases);
      if (phases) run.phases.push(phases);
      const sw = await run.ext.serviceWorker();
      const origin = await page.evaluate(() => performance.timeOrigin);
      const marks = await sw.evaluate(() => (globalThis as unknown as { __sjrMarks?: Record<string, number> }).__sjrMarks ?? {}).catch(() => ({}));
      run.workerMarks.push(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, v - origin])));
      const backend = await sw.evaluate(() => (globalThis as unknown as { __sjrClassifier?: { backend(): string } }).__sjrClassifier?.backend());
      if (backend) run.backends.push(backend);
      // Until the scan is done and onnxruntime has started (1 s after the last prediction) or 10 s passed.
      const switched = await sw
        .evaluate(async () => {
          const state = (globalThis as unknown as { __sjrClassifier?: { switchedAfterMs?: number } }).__sjrClassifier;
          for (let i = 0; state && state.switchedAfterMs === undefined && i < 100; i++) await new Promise((r) => setTimeout(r, 100));
          return state?.switchedAfterMs;
        })
        .catch(() => undefined);
      if (switched !== undefined) run.switchedAfter.push(switched);
      await page.close();
    };
    for (const p of badgePages) {
      for (const run of runs.values()) Object.assign(run, { times: [], backends: [], switchedAfter: [], phases: [], workerMarks: [] });
      const loads: number[] = [];
      for (let round = 0; round < LOADS; round++) {
        loads.push(loadavg()[0] ?? NaN);
        // Alternate which build goes first, so neither always follows the other's work.
        const order = round % 2 === 0 ? BUILDS : [...BUILDS].reverse();
        for (const build of order) await loadPage(runs.get(build.name)!, p);
      }
      console.log(
        `first badge on the ${p.label} after the worker was stopped (${LOADS} loads per build, taking turns; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} over the loads):`,
      );
      for (const build of BUILDS) {
        const run = runs.get(build.name)!;
        const extra =
          run.backends.length > 0
            ? `; first badge answered by ${[...new Set(run.backends)].join(' / ')}; onnxruntime took over ${run.switchedAfter.length ? range(run.switchedAfter) : 'never'} after the engine was created`
            : '';
        console.log(`  ${build.name} (${build.label}): ${range(run.times)} after navigation${extra}`);
        console.log(`    where it went: ${phaseLine(run.phases)}`);
        console.log(`    in the service worker: ${workerMarkLine(run.workerMarks)}`);
      }
    }
    // Memory held while idle, garbage collected, in a freshly started worker: 3 s after a
    // prepare-model (model read and warmed up, no prediction: the new build never starts
    // onnxruntime), then 3 s after a verdict (the new build's onnxruntime has taken over).
    for (const build of BUILDS) {
      const run = runs.get(build.name)!;
      const page = await run.ext.context.newPage();
      await page.goto(`chrome-extension://${run.ext.extensionId}/options.html`);
      await run.cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(500);
      for (const [type, data] of [
        ['prepare-model', {}],
        ['check-text', { text: 'Customer service in Cambodia, free visa, contact Telegram' }],
      ] as const) {
        await page.evaluate(
          (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
          { sjr: 1, type, data },
        );
        await page.waitForTimeout(3000);
        const backend = await (await run.ext.serviceWorker()).evaluate(
          () => (globalThis as unknown as { __sjrClassifier?: { backend(): string } }).__sjrClassifier?.backend() ?? 'onnxruntime',
        );
        const { heap, backing } = await workerHeap(run.ext, page);
        console.log(
          `  idle worker, ${build.name} build, 3 s after ${type} (${backend} answering): JS heap ${mb(heap)}, ArrayBuffer contents ${mb(backing)}; the extension's renderer process PSS ${mb(extensionProcessPss(build.dir))}`,
        );
      }
      await page.close();
    }
  } finally {
    for (const run of runs.values()) await run.ext.close();
  }
}

/**
 * The same cold first badge in Firefox ESR (its background is an event page, suspended before
 * each load through the browser's own API), the saved LinkedIn list at
 * http://id.linkedin.com:<port>/jobs/… (the name resolved to the local server), both builds
 * taking turns in two browsers.
 */
async function firstBadgeInFirefox(): Promise<void> {
  const { launchFirefox, sleep } = await import('../test/e2e-firefox/harness.ts');
  const p = LIST_PAGES[0]!;
  const host = new URL(p.url).hostname;
  const firstBadgeProbe =
    "<script>new MutationObserver(function(){if(!window.__badge&&document.querySelector('scam-job-radar-badge'))window.__badge=performance.now()}).observe(document.documentElement,{childList:true,subtree:true})</script>";
  const dir = mkdtempSync(join(tmpdir(), 'sjr-bench-fx-'));
  writeFileSync(
    join(dir, 'software-engineer-jobs.html'),
    withoutScripts(readFileSync(join(SHARED, 'fixtures/pages', p.file), 'utf8')).replace('<head>', `<head>${firstBadgeProbe}`),
  );
  const server = await startServer({ '/jobs/': dir });
  const builds = [
    { name: 'new', dir: join(ROOT, '.output-e2e/firefox-mv3-e2e') },
    {
      name: 'old',
      dir: process.env.SJR_BENCH_OLD_FIREFOX_DIR
        ? resolve(process.env.SJR_BENCH_OLD_FIREFOX_DIR)
        : join(ROOT, COMPARE_NO_IMAGES ? '.output-e2e-no-images/firefox-mv3-e2e' : '.output-e2e-ort-only/firefox-mv3-e2e'),
    },
  ];
  const exts: Awaited<ReturnType<typeof launchFirefox>>[] = [];
  const times = new Map<string, number[]>(builds.map((b) => [b.name, []]));
  const phases = new Map<string, Phases[]>(builds.map((b) => [b.name, []]));
  const loads: number[] = [];
  try {
    for (const b of builds) {
      exts.push(
        await launchFirefox({
          dir: b.dir,
          prefs: {
            'network.dns.localDomains': host,
            'dom.security.https_first': false,
            'dom.security.https_only_mode': false,
            'network.stricttransportsecurity.preloadlist': false,
          },
        }),
      );
    }
    if (!exts.every((e) => e.chromeOk)) throw new Error('this Firefox cannot suspend the event page over BiDi (needs Firefox 153)');
    for (let round = 0; round < LOADS; round++) {
      loads.push(loadavg()[0] ?? NaN);
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) {
        const ext = exts[i]!;
        await ext.suspendBackground();
        await sleep(500);
        const page = await ext.newPage();
        await page.goto(`http://${host}:${server.port}/jobs/software-engineer-jobs.html`);
        await page.waitForFunction(() => (globalThis as unknown as { __badge?: number }).__badge !== undefined, { timeout: 60_000, polling: 50 });
        times.get(builds[i]!.name)?.push(await page.evaluate(() => (globalThis as unknown as { __badge: number }).__badge));
        await page
          .waitForFunction(() => document.documentElement.dataset.scamJobRadarTestScans !== undefined, { timeout: 60_000, polling: 50 })
          .catch(() => undefined);
        const ph = await page.evaluate(readPhases);
        if (ph) phases.get(builds[i]!.name)?.push(ph);
        await page.close();
      }
    }
    console.log(
      `first badge on the ${p.label} in ${exts[0]?.version ?? 'Firefox'} after the event page was suspended (${LOADS} loads per build, taking turns; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} over the loads):`,
    );
    for (const b of builds) {
      console.log(`  ${b.name}: ${range(times.get(b.name) ?? [])} after navigation`);
      console.log(`    where it went: ${phaseLine(phases.get(b.name) ?? [])}`);
    }
  } finally {
    for (const e of exts) await e.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`\nBrowser benchmark — ${CHROMIUM}, headless, the local-test build (.output-e2e)\n`);
  const only = process.argv[2];
  if (!only || only === 'extraction') await extractionInBrowser(await extractorBundle());
  if (!only || only === 'lists') await listPagesWithExtension();
  if (!only || only === 'big') await bigPageWithExtension();
  if (!only || only === 'model') await modelInServiceWorker();
  if (only === 'badge') await firstBadgeAfterWorkerStop();
  if (!only || only === 'firefox') await firstBadgeInFirefox();
}

await main();

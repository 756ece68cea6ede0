// `npm run bench:browser`: extraction and main-thread figures in the real browser (Debian's
// Chromium, headless) with the local-test build of the extension. Not a test: it only measures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { launchWithExtension, startServer, withoutScripts, type ScanRecord } from '../test/e2e/harness.ts';
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
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'] });
  try {
    for (const p of LIST_PAGES) {
      const page = await browser.newPage();
      // Saved pages load inert: no scripts, no requests.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(withoutScripts(readFileSync(join(SHARED, 'fixtures/pages', p.file), 'utf8')), { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle });
      const r = await page.evaluate((url) => {
        const api = (globalThis as unknown as { SJR: { extractPostings(d: Document, u: string): unknown[] } }).SJR;
        const times: number[] = [];
        let n = 0;
        for (let i = 0; i < 30; i++) {
          const s = performance.now();
          n = api.extractPostings(document, url).length;
          times.push(performance.now() - s);
        }
        return { times, n };
      }, p.url);
      const warm = r.times.slice(5);
      console.log(`extraction, ${p.label} (${r.n} postings, Chromium): median ${fmt(quantile(warm, 0.5))}, p95 ${fmt(quantile(warm, 0.95))}, first run ${fmt(r.times[0] ?? NaN)}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

const LONG_TASK_OBSERVER = `<script>window.__longTasks=[];new PerformanceObserver(function(l){l.getEntries().forEach(function(e){window.__longTasks.push([e.startTime,e.duration])})}).observe({type:'longtask',buffered:true});</script>`;

interface PageFigures {
  longTasksAfterDcl: number[];
  badges: number;
}

async function pageFigures(page: import('playwright-core').Page): Promise<PageFigures> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const dcl = nav?.domContentLoadedEventEnd ?? 0;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    return { longTasksAfterDcl: tasks.filter(([start]) => start >= dcl).map(([, d]) => d), badges: document.querySelectorAll('scam-job-radar-badge').length };
  });
}

async function bigPageWithExtension(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sjr-bench-'));
  const feed = bigFeedHtml(LONG_TASK_OBSERVER);
  writeFileSync(join(dir, 'feed.html'), feed.html);
  const server = await startServer({ '/bench/': dir });
  try {
    // Without the extension: the page's own long tasks after DOMContentLoaded (the baseline).
    const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-quic'] });
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
      await page.waitForFunction(() => (document.documentElement.dataset.scamJobRadarTestScans ?? '').includes('"mode":"full"'), undefined, { timeout: 300_000, polling: 500 });
      const wall = Date.now() - t0;
      const scans = JSON.parse(await page.evaluate(() => document.documentElement.dataset.scamJobRadarTestScans ?? '[]')) as ScanRecord[];
      const full = scans.find((s) => s.mode === 'full');
      await page.waitForTimeout(1500);
      const figs = await pageFigures(page);
      console.log(`5 MB feed page in Chromium with the extension (${feed.posts} posts, ${feed.jobPosts} job posts):`);
      if (full) {
        console.log(`  found ${full.extracted} postings, ${figs.badges} badges drawn; extraction in ${full.extraction.slices} slices, longest ${fmt(full.extraction.longestSliceMs)}; longest drawing slice ${fmt(full.longestDrawSliceMs)}`);
        console.log(`  first scan, extraction to last badge: ${(full.elapsedMs / 1000).toFixed(1)} s (page load to last badge ${(wall / 1000).toFixed(1)} s)`);
      }
      const ours = figs.longTasksAfterDcl;
      console.log(`  long tasks (> 50 ms) after DOMContentLoaded: ${ours.length} with the extension (longest ${ours.length ? fmt(Math.max(...ours)) : '—'}), ${base.longTasksAfterDcl.length} without (longest ${base.longTasksAfterDcl.length ? fmt(Math.max(...base.longTasksAfterDcl)) : '—'})`);
    } finally {
      await ext.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`\nBrowser benchmark — ${CHROMIUM}, headless, the local-test build (.output-e2e)\n`);
  await extractionInBrowser(await extractorBundle());
  await bigPageWithExtension();
}

await main();

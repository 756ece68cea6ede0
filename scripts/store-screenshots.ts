// `npm run store:screenshots`: the store listings' screenshots, 1280×800 (the size both the
// Chrome Web Store and addons.mozilla.org take), into store/screenshots/. It drives the
// local-test build (`.output-e2e/chrome-mv3-e2e`, built with `npm run build:e2e` when missing
// or when `--build` is given) in Debian's Chromium, the way the e2e suite does
// (test/e2e/harness.ts), over the test server's pages: the demo feed (English and Vietnamese), the
// popup, the check page and the Learn page. Each PNG must stay under MAX_BYTES.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, E2E_EXTENSION_DIR, extensionArgs, PASTED_LURE, ROOT, startServer } from '../test/e2e/shared.ts';

const EXTENSION_DIR = E2E_EXTENSION_DIR;
const OUT = join(ROOT, 'store/screenshots');
const SIZE = { width: 1280, height: 800 };
const MAX_BYTES = 300_000;
const BADGE = 'scam-job-radar-badge[data-scam-job-radar-risk]';

if (process.argv.includes('--build') || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  execSync('npm run build:e2e', { cwd: ROOT, stdio: 'inherit' });
}
if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
mkdirSync(OUT, { recursive: true });

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'sjr-store-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: SIZE,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: extensionArgs(EXTENSION_DIR, ['--lang=en-US']),
});
const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
const extensionUrl = `chrome-extension://${new URL(sw.url()).host}`;
const written: string[] = [];

async function shot(page: Page, name: string): Promise<void> {
  const path = join(OUT, name);
  await page.screenshot({ path });
  const size = statSync(path).size;
  if (size > MAX_BYTES) throw new Error(`${name} is ${size} bytes, over ${MAX_BYTES}: too large to commit`);
  written.push(`${name} ${size} bytes`);
}

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(url);
  return page;
}

try {
  // 1–2. The demo feed: lures flagged with a banner, their top reasons and the evidence marked
  // in the ad's own text; genuine ads with a calm badge. First in English, then in Vietnamese.
  {
    const page = await open(`${server.origin}/demo/`);
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 6, BADGE, { timeout: 60_000 });
    for (const [ad, name] of [
      ['lure-en', '1-demo-feed-warning.png'],
      ['lure-vi', '2-demo-feed-vietnamese.png'],
    ] as const) {
      await page.evaluate((id) => {
        const el = document.querySelector(`article[data-demo="${id}"]`);
        if (el) window.scrollTo(0, Math.max(0, el.getBoundingClientRect().top + window.scrollY - 24));
      }, ad);
      await page.waitForTimeout(300);
      await shot(page, name);
    }
    await page.close();
  }

  // 3. The popup checking a pasted ad, shown at its own size on a 1280×800 canvas with a caption.
  {
    const popup = await open(`${extensionUrl}/popup.html`);
    await popup.setViewportSize({ width: 400, height: 720 });
    await popup.fill('#sjr-paste', PASTED_LURE);
    await popup.click('button[type=submit]');
    await popup.locator('.sjr-result').waitFor({ timeout: 60_000 });
    const png = await popup.screenshot();
    await popup.close();
    const canvas = await context.newPage();
    await canvas.setViewportSize(SIZE);
    await canvas.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;justify-content:center;gap:64px;background:#eef1f5;font:20px/1.5 system-ui,'Noto Sans',sans-serif;color:#1c2430">
      <div style="max-width:520px">
        <h1 style="font-size:34px;line-height:1.25;margin:0 0 16px">Check any job ad from the toolbar</h1>
        <p style="margin:0 0 12px">Paste the text of an ad from a chat, a post or an e-mail: Scam Job Radar scores it on your device and says why.</p>
        <p style="margin:0;color:#4a5565">Nothing is sent anywhere.</p>
      </div>
      <img alt="" src="data:image/png;base64,${png.toString('base64')}" style="width:400px;height:720px;border-radius:8px;box-shadow:0 6px 28px rgba(0,0,0,.18)">
    </body></html>`);
    await shot(canvas, '3-popup-check.png');
    await canvas.close();
  }

  // 4. The check page after a file of ads (the Learn page's composite examples) was dropped on it.
  {
    const examples = JSON.parse(readFileSync(join(ROOT, 'assets/learn/examples.json'), 'utf8')) as {
      examples: { id: string; title: string; text: string }[];
    };
    const dir = mkdtempSync(join(tmpdir(), 'sjr-store-ads-'));
    const file = join(dir, 'ads.jsonl');
    writeFileSync(file, `${examples.examples.map((e) => JSON.stringify({ id: e.id, title: e.title, text: e.text })).join('\n')}\n`);
    const page = await open(`${extensionUrl}/check.html`);
    await page.locator('#sjr-file').setInputFiles(file);
    await page.waitForSelector('main[data-state="done"]', { timeout: 120_000 });
    await page.locator('button[data-sort="score"]').click();
    await page.evaluate(() => {
      const el = document.querySelector('progress');
      if (el) window.scrollTo(0, Math.max(0, el.getBoundingClientRect().top + window.scrollY - 24));
    });
    await page.waitForTimeout(300);
    await shot(page, '4-check-page-bulk.png');
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }

  // 5. The Learn page for trainers and NGOs.
  {
    const page = await open(`${extensionUrl}/learn.html`);
    await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
    await page.waitForTimeout(300);
    await shot(page, '5-learn-page.png');
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(written.join('\n'));

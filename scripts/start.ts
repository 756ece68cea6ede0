// `npm start`: serves the demo feed on 127.0.0.1 and opens Chromium with the extension loaded.
// It uses the local-test build (`npm run build:e2e`), which also runs on 127.0.0.1, so the
// warnings appear on the demo feed straight away.
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output-e2e/chrome-mv3-e2e');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error('No build in .output-e2e/chrome-mv3-e2e: run "npm run build:e2e" first');
  process.exit(1);
}
if (!existsSync(chromiumPath)) {
  console.error(`Chromium not found at ${chromiumPath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

const demo = await readFile(join(root, 'assets/demo/index.html'));
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const demoUrl = `http://127.0.0.1:${port}/`;

const headless = !process.env.DISPLAY;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sjr-start-')), {
  executablePath: chromiumPath,
  headless,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);
console.log(`Demo feed: ${demoUrl}`);
console.log('Warnings appear next to each ad; click "why?" on one, or the toolbar button for the list.');
if (headless) console.log('(No display found: Chromium runs headless. Set DISPLAY to see the window.)');
console.log('Press Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void context.close().then(() => process.exit(0)));

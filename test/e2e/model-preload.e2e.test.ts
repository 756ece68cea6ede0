/**
 * On a job board the content script asks the background to load the model as soon as a scan
 * starts, so that it is ready (or nearly) when the first postings arrive. On a social site, or
 * on a job board the user switched off, nothing is loaded until there is something to score.
 * The pages here hold no posting at all: any model load can only come from the preload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, storeSettings, type LoadedExtension } from './harness.ts';

const EMPTY_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Find jobs</title></head>' +
  '<body><main><h1>Find your next job</h1><p>Type a job title or a company to start searching.</p></main></body></html>';
const MODEL_FILE = '/model/scam-job-radar.onnx';

describe('the model is loaded ahead of the first postings on job boards only', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await launchWithExtension(['https://www.linkedin.com', 'https://www.facebook.com']);
  });
  afterAll(async () => {
    await ext?.close();
  });

  const modelLoads = () => ext.allRequests.filter((u) => u.startsWith('chrome-extension://') && u.endsWith(MODEL_FILE)).length;

  /** Opens an empty page at `url` and waits until the content script's first scan is done (or, switched off, a moment). */
  async function visit(url: string, expectScan: boolean): Promise<void> {
    const page = await ext.context.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: EMPTY_PAGE }) : route.abort(),
    );
    await page.goto(url);
    if (expectScan) {
      await page.waitForFunction(() => (document.documentElement.dataset.scamJobRadarTestScans ?? '').includes('"mode":"full"'), undefined, {
        timeout: 30_000,
      });
      const scans = JSON.parse(await page.evaluate(() => document.documentElement.dataset.scamJobRadarTestScans ?? '[]')) as Array<{ extracted: number }>;
      expect(scans[0]?.extracted).toBe(0);
    }
    // Time for a request the scan might have set off to reach the worker.
    await page.waitForTimeout(1500);
    await page.close();
  }

  it('not on a social site', async () => {
    await visit('https://www.facebook.com/groups/jobs', true);
    expect(modelLoads()).toBe(0);
  });

  it('not on a job board the user switched off', async () => {
    await storeSettings(ext, { disabledSites: ['linkedin.com'] });
    await visit('https://www.linkedin.com/jobs/search', false);
    expect(modelLoads()).toBe(0);
    await storeSettings(ext);
  });

  it('on a job board, as soon as the scan starts', async () => {
    await visit('https://www.linkedin.com/jobs/search', true);
    await expect.poll(modelLoads, { timeout: 15_000 }).toBeGreaterThan(0);
  });
});

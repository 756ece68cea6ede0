// Structural checks of the shipped builds (the e2e suites run the local-test builds, and the
// Firefox suite the shipped one on one job board). Run after `npm run build` and `npm run build:firefox`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OCR_MODEL_CODES } from '../src/ocr/models.ts';

const root = resolve(import.meta.dirname, '..');
let failures = 0;

function check(ok: boolean, what: string): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(root, '.output', target);
  const manifestPath = join(dir, 'manifest.json');
  check(existsSync(manifestPath), `${target}: manifest.json exists`);
  if (!existsSync(manifestPath)) continue;
  // biome-ignore lint/suspicious/noExplicitAny: a manifest of either browser, read field by field below.
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, any>;
  check(m.manifest_version === 3, `${target}: manifest version 3`);
  check(String(m.content_security_policy?.extension_pages ?? '').includes("'wasm-unsafe-eval'"), `${target}: CSP allows wasm only ('wasm-unsafe-eval')`);
  check(!String(m.content_security_policy?.extension_pages ?? '').includes("'unsafe-eval'"), `${target}: CSP has no 'unsafe-eval'`);
  check((m.host_permissions ?? []).length === 0, `${target}: no host permissions by default`);
  check(JSON.stringify(m.optional_host_permissions ?? []) === '["*://*/*"]', `${target}: all-sites access is optional`);
  const expected = ['storage', 'activeTab', 'scripting', 'contextMenus', ...(target === 'chrome-mv3' ? ['offscreen'] : [])];
  check(
    JSON.stringify([...(m.permissions ?? [])].sort()) === JSON.stringify([...expected].sort()),
    `${target}: only the narrow permissions ${expected.join(', ')} (got ${(m.permissions ?? []).join(', ')})`,
  );
  check(existsSync(join(dir, 'ort/ort-wasm-simd-threaded.wasm')), `${target}: onnxruntime wasm bundled`);
  check(existsSync(join(dir, 'model/scam-job-radar.onnx')), `${target}: model bundled`);
  const table = join(dir, 'prefilter/literals.json');
  check(existsSync(table) && (JSON.parse(readFileSync(table, 'utf8')) as unknown[]).length > 1000, `${target}: the prefilter's literal table bundled`);
  // OCR of image ads: tesseract.js's worker and core and every model, packaged (nothing fetched at run time).
  const ocrFiles = [
    'ocr/worker.min.js',
    'ocr/tesseract-core-simd-lstm.js',
    'ocr/tesseract-core-simd-lstm.wasm',
    ...OCR_MODEL_CODES.map((c) => `ocr/tessdata/${c}.traineddata.gz`),
  ];
  const missingOcr = ocrFiles.filter((f) => !existsSync(join(dir, f)));
  check(
    missingOcr.length === 0,
    `${target}: OCR worker, core and ${OCR_MODEL_CODES.length} models bundled${missingOcr.length ? ` (missing ${missingOcr.join(', ')})` : ''}`,
  );
  const background = join(dir, 'background.js');
  check(
    existsSync(background) && statSync(background).size < 1_500_000,
    `${target}: background.js is small (wasm not inlined): ${existsSync(background) ? statSync(background).size : 0} bytes`,
  );
  const remote = jsFiles(dir).filter((f) => /import\(\s*["']https?:|importScripts\(\s*["']https?:/.test(readFileSync(f, 'utf8')));
  check(remote.length === 0, `${target}: no remote code loading${remote.length ? `: ${remote.join(', ')}` : ''}`);
  if (target === 'firefox-mv3') {
    const gecko = m.browser_specific_settings?.gecko ?? {};
    check(typeof gecko.id === 'string' && gecko.id.length > 0, `firefox: gecko id (${gecko.id})`);
    check(JSON.stringify(gecko.data_collection_permissions?.required) === '["none"]', 'firefox: declares that no data is collected');
    // data_collection_permissions needs Firefox 140 (Android 142), the evidence marks the CSS Custom Highlight API (140).
    check(gecko.strict_min_version === '140.0', `firefox: strict_min_version 140.0 (got ${gecko.strict_min_version})`);
    const android = m.browser_specific_settings?.gecko_android ?? {};
    check(android.strict_min_version === '142.0', `firefox: Android strict_min_version 142.0 (got ${android.strict_min_version})`);
  }
}

if (failures) {
  console.error(`\n${failures} build check(s) failed`);
  process.exit(1);
}
console.log('\nall build checks passed');

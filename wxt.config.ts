import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { prepareTessdata, TESSERACT_FILES, modelDest } from './scripts/tessdata.ts';
import { OCR_MODEL_CODES } from './src/ocr/models.ts';
import { ALL_SITES_MATCHES, CHAT_MATCHES, E2E_MATCHES, E2E_ON_DEMAND_HOSTS } from './src/shared/sites.ts';

const E2E = process.env.SJR_E2E === '1';
/** The benchmark's comparison build: onnxruntime from the first verdict, as before the switching classifier (src/detect/browser-engine.ts). */
const ORT_ONLY = process.env.SJR_ORT_ONLY === '1';
if (ORT_ONLY && !E2E) throw new Error('SJR_ORT_ONLY=1 is for the local-test build only (with SJR_E2E=1)');
/**
 * The benchmark's other comparison build: the extension without anything of image ads (no OCR
 * files, no image menu, no reading of post images, no offscreen permission), to measure what
 * they cost at start-up (bench/browser.ts, SJR_BENCH_COMPARE=no-images).
 */
const NO_IMAGES = process.env.SJR_NO_IMAGES === '1';
if (NO_IMAGES && !E2E) throw new Error('SJR_NO_IMAGES=1 is for the local-test build only (with SJR_E2E=1)');
const OUT_DIR = ORT_ONLY ? '.output-e2e-ort-only' : NO_IMAGES ? '.output-e2e-no-images' : E2E ? '.output-e2e' : '.output';
const ORT_WASM = 'ort-wasm-simd-threaded.wasm';
const PREFILTER_TABLE = 'prefilter/literals.json';

/** Writes the prefilter's literal table for this build into a temporary file and returns its path. */
function prefilterTable(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'sjr-prefilter-')), 'literals.json');
  execFileSync(process.execPath, ['--import', 'tsx', resolve('scripts/prefilter-table.ts'), out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

/**
 * onnxruntime-web's bundle contains `new URL("ort-wasm-simd-threaded.wasm", import.meta.url)`.
 * In WXT's IIFE builds Vite would inline that 14 MB wasm as base64 (twice). We copy the file
 * into the extension instead and point ORT at it with `env.wasm.wasmPaths`, so this rewrites the
 * expression to a harmless string.
 */
function stopOrtWasmInlining(): Plugin {
  return {
    name: 'sjr-stop-ort-wasm-inlining',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('onnxruntime-web')) return null;
      const pattern = /new URL\(\s*["']ort-wasm-simd-threaded(\.jsep)?\.wasm["']\s*,\s*import\.meta\.url\s*\)/g;
      if (!pattern.test(code)) return null;
      return { code: code.replace(pattern, '"ort/not-inlined.wasm"'), map: null };
    },
  };
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  imports: false,
  outDir: OUT_DIR,
  vite: () => ({
    plugins: [stopOrtWasmInlining(), preact()],
    build: { chunkSizeWarningLimit: 2000 },
    define: { __SJR_ORT_ONLY__: JSON.stringify(ORT_ONLY), __SJR_NO_IMAGES__: JSON.stringify(NO_IMAGES) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chromium only): the OCR of "Read text in images of posts" runs in an offscreen document.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' || NO_IMAGES ? [] : ['offscreen'])],
    // Each private chat's host is asked for when the user switches that chat on; all-sites access
    // (`*://*/*`, also optional) covers it, so the chats need no entry of their own here.
    optional_host_permissions: ALL_SITES_MATCHES,
    // The local-test build holds the chats' hosts from the start: a test cannot click a permission prompt.
    host_permissions: E2E ? [...E2E_MATCHES, ...E2E_ON_DEMAND_HOSTS, ...CHAT_MATCHES] : [],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scam-job-radar@scamjobradar.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142 (desktop 140, above).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: resolve('node_modules/onnxruntime-web/dist', ORT_WASM),
        relativeDest: `ort/${ORT_WASM}`,
      });
      files.push({ absoluteSrc: resolve('models/scam-job-radar.onnx'), relativeDest: 'model/scam-job-radar.onnx' });
      // The prefilter's literal table, computed from this build's detectors (scripts/prefilter-table.ts).
      files.push({ absoluteSrc: prefilterTable(), relativeDest: PREFILTER_TABLE });
      // OCR for image ads (src/ocr): tesseract.js's worker and core, and Debian's models (scripts/tessdata.ts).
      if (NO_IMAGES) return;
      for (const f of TESSERACT_FILES) files.push({ absoluteSrc: resolve(f.src), relativeDest: f.dest });
      for (const m of prepareTessdata()) files.push({ absoluteSrc: m.file, relativeDest: m.dest });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(`ort/${ORT_WASM}`, 'model/scam-job-radar.onnx', PREFILTER_TABLE, ...TESSERACT_FILES.map((f) => f.dest), ...OCR_MODEL_CODES.map(modelDest));
    },
  },
});

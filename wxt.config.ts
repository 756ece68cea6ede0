import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Sites where job-scam lures circulate; the content script runs here without a click. */
export const DEFAULT_MATCHES = [
  '*://*.linkedin.com/*',
  '*://*.indeed.com/*',
  '*://*.jobstreet.com/*',
  '*://*.jobstreet.co.id/*',
  '*://*.jobsdb.com/*',
  '*://*.glints.com/*',
  '*://*.kalibrr.com/*',
  '*://*.topcv.vn/*',
  '*://*.facebook.com/*',
  '*://web.telegram.org/*',
  '*://t.me/*',
  '*://x.com/*',
  '*://twitter.com/*',
];

const E2E = process.env.SJR_E2E === '1';
const ORT_WASM = 'ort-wasm-simd-threaded.wasm';

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
  vite: () => ({
    plugins: [stopOrtWasmInlining(), preact()],
    build: { chunkSizeWarningLimit: 2000 },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: ['*://*/*'],
    host_permissions: E2E ? ['http://127.0.0.1/*'] : [],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scam-job-radar@scamjobradar.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
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
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(`ort/${ORT_WASM}`, 'model/scam-job-radar.onnx');
    },
  },
});

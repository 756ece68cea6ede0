// `web-ext lint` (Mozilla's addons-linter, as addons.mozilla.org runs it) on the shipped Firefox
// build, .output/firefox-mv3 (`npm run build:firefox` first). Passes with 0 errors and no warning
// of our own: every warning must be one of the third-party ones below, recognised by its code,
// its message and the bundled code around it (each is listed and explained in the README).
// Writes the full report to test-results/web-ext-lint.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.output/firefox-mv3');

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Warnings that come from third-party code bundled into the extension, not from ours. */
const THIRD_PARTY: { who: string; code: string; message: RegExp; near: RegExp; why: string }[] = [
  {
    who: 'preact',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /innerHTML/,
    near: /dangerouslySetInnerHTML/,
    why: "Preact's renderer sets innerHTML only for a `dangerouslySetInnerHTML` prop, which this project never uses.",
  },
  {
    who: 'onnxruntime-web',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /import/,
    near: /Failed to load proxy worker/,
    why: "onnxruntime-web's loader for a separate wasm glue module (`import(url)`); the glue is bundled, so it is not reached, and the extension's CSP allows only its own scripts.",
  },
  {
    who: 'regenerator-runtime (in tesseract.js)',
    code: 'DANGEROUS_EVAL',
    message: /Function constructor/,
    near: /regeneratorRuntime\s*=\s*\w+\}catch\(?\w*\)?\{.*globalThis\.regeneratorRuntime=\w+:Function\(/,
    why: 'a fallback for engines without globalThis, after two assignments that succeed in every supported browser; never reached, and the CSP (no unsafe-eval) would refuse it.',
  },
  {
    who: "webpack's runtime (tesseract.js's worker)",
    code: 'DANGEROUS_EVAL',
    message: /Function constructor/,
    near: /if\("object"==typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)/,
    why: 'the global-object lookup for engines without globalThis; every supported browser has it, so it returns before; the CSP (no unsafe-eval) would refuse it.',
  },
];

if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build at ${dir}: run "npm run build:firefox" first`);
  process.exit(1);
}

let stdout: string;
try {
  stdout = execFileSync(join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
} catch (err) {
  // web-ext exits non-zero when the linter found errors; its JSON report is still on stdout.
  stdout = String((err as { stdout?: string }).stdout ?? '');
  if (!stdout.trim().startsWith('{')) throw err;
}
const report = JSON.parse(stdout) as LintReport;
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results/web-ext-lint.json'), `${JSON.stringify(report, null, 2)}\n`);

/** The bundled code around a message's position. */
function around(m: LintMessage): string {
  if (!m.file || !m.line) return '';
  const path = join(dir, m.file);
  if (!existsSync(path)) return '';
  const line = readFileSync(path, 'utf8').split('\n')[m.line - 1] ?? '';
  const col = m.column ?? 0;
  return line.slice(Math.max(0, col - 400), col + 400);
}

const where = (m: LintMessage) => `${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
let ours = 0;
for (const m of report.errors) console.log(`ERROR    ${m.code} ${where(m)}: ${m.message}`);
for (const m of report.warnings) {
  const known = THIRD_PARTY.find((k) => k.code === m.code && k.message.test(m.message) && k.near.test(around(m)));
  if (known) console.log(`warning  ${m.code} ${where(m)}: ${m.message}\n         third-party (${known.who}): ${known.why}`);
  else {
    ours++;
    console.log(`WARNING  ${m.code} ${where(m)}: ${m.message} (ours: fix it, or explain it here and in the README)`);
  }
}
for (const m of report.notices) console.log(`notice   ${m.code} ${where(m)}: ${m.message}`);
const { errors, warnings, notices } = report.summary;
console.log(`\nweb-ext lint: ${errors} errors, ${warnings} warnings (${warnings - ours} third-party, ${ours} ours), ${notices} notices`);
process.exit(errors > 0 || ours > 0 ? 1 : 0);

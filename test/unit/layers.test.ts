import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Folder dependencies point one way: entrypoints → content / ui / background / cli → learn / help →
 * extract → detect → shared. A folder may import itself and the folders listed for it, nothing
 * else; models/ (the shipped model) is read only through src/detect/model-meta.ts. Tests may
 * reach further (they train toy models, read corpora), so *.test.ts files are not checked.
 */
const ALLOWED: Record<string, readonly string[]> = {
  shared: ['assets'],
  // extract asks detect whether a post could be warned about (extract/job-gate.ts); detect never imports extract.
  extract: ['detect', 'shared'],
  detect: ['shared'],
  // OCR of image ads: pure text/box rules and the tesseract.js adapter; knows nothing of verdicts.
  ocr: ['shared'],
  learn: ['detect', 'shared', 'assets'],
  help: ['shared', 'assets'],
  ui: ['help', 'learn', 'ocr', 'detect', 'shared', 'assets'],
  content: ['ui', 'extract', 'shared'],
  // Firefox's event page reads post images itself (background/post-images.ts).
  background: ['ocr', 'detect', 'shared'],
  cli: ['help', 'ocr', 'detect', 'extract', 'shared'],
  entrypoints: ['background', 'content', 'ui', 'help', 'learn', 'ocr', 'detect', 'extract', 'shared', 'assets'],
};
const MODEL_READER = 'src/detect/model-meta.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The layer of a repository path: the folder under src/, or entrypoints, assets, models. */
function layerOf(path: string): string | null {
  const parts = path.split('/');
  if (parts[0] === 'src') return parts[1] ?? null;
  return ['entrypoints', 'assets', 'models'].includes(parts[0] ?? '') ? (parts[0] ?? null) : null;
}

/** Relative import specifiers of a module (static, dynamic and re-exports). */
function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)) out.push(m[1] as string);
  return out;
}

/** Every import that crosses layers the wrong way, as "file → target". */
function wrongWayImports(files: ReadonlyMap<string, string>): string[] {
  const bad: string[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    if (!from) continue;
    for (const spec of importsOf(source)) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), spec))
        .split('\\')
        .join('/');
      const to = layerOf(target);
      if (!to || to === from) continue;
      if (to === 'models' ? file !== MODEL_READER : !(ALLOWED[from] ?? []).includes(to)) bad.push(`${file} → ${target}`);
    }
  }
  return bad;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'));
}

describe('layers', () => {
  const files = new Map([...sourceFiles('src'), ...sourceFiles('entrypoints')].map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));

  it('every import in src/ and entrypoints/ points down the layers', () => {
    expect(files.size).toBeGreaterThan(80);
    // The parser sees the imports (a reader that found none would pass anything).
    expect([...files.values()].reduce((n, s) => n + importsOf(s).length, 0)).toBeGreaterThan(300);
    expect(wrongWayImports(files)).toEqual([]);
  });

  it('catches a wrong-way import (shared → detect, detect → ui, ui → cli, a second reader of models/)', () => {
    const planted = new Map(files);
    planted.set('src/shared/planted.ts', "import { riskTier } from '../detect/verdict.ts';\n");
    planted.set('src/detect/planted.ts', "export { Badge } from '../ui/Badge.tsx';\n");
    planted.set('src/ui/planted.ts', "const m = await import('../cli/main.ts');\n");
    planted.set('src/detect/planted-model.ts', "import meta from '../../models/model.json' with { type: 'json' };\n");
    expect(wrongWayImports(planted)).toEqual([
      'src/shared/planted.ts → src/detect/verdict.ts',
      'src/detect/planted.ts → src/ui/Badge.tsx',
      'src/ui/planted.ts → src/cli/main.ts',
      'src/detect/planted-model.ts → models/model.json',
    ]);
  });
});

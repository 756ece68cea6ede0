// `npm run eval:ocr`: how well image ads are read. Renders each text of bench/ocr-texts.ts (a lure
// and an ordinary ad per language, in every script the OCR reads) as images in headless Chromium,
// reads them with the OCR exactly as the CLI does (no language hint: the models are found per
// image), and prints per script the character accuracy (against the text as drawn: a chat's
// bubble times included, emoji not) and how often the verdict on the image
// equals the verdict on its source text. Options: --variants flyer,chat,lowres  --langs en,th
// --hint (pass each text's language as the hint, as the UI language or the page's lang would)
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadNodeEngine } from '../src/detect/node-engine.ts';
import { charAccuracy } from '../src/ocr/accuracy.ts';
import { createNodeImageReader, readImageBytes } from '../src/ocr/node.ts';
import { launchRenderer, type RenderSpec, renderedText, renderImage } from './ocr-render.ts';
import { EVAL_TEXTS } from './ocr-texts.ts';

type Variant = 'flyer' | 'chat' | 'lowres';

/** How each variant is drawn: a 1080×1080 flyer, a phone chat screenshot, the same chat re-shared at half resolution. */
const VARIANTS: Record<Variant, (lang: string, text: string) => RenderSpec> = {
  flyer: (lang, text) => ({ kind: 'flyer', lang, text, width: 1080, height: 1080, fontSize: 40, background: 'gradient', emoji: true, format: 'jpeg' }),
  chat: (lang, text) => ({ kind: 'chat', lang, text, width: 720, height: 1000, fontSize: 24, background: 'light', emoji: true, format: 'png' }),
  lowres: (lang, text) => ({
    kind: 'chat',
    lang,
    text,
    width: 720,
    height: 1000,
    fontSize: 24,
    background: 'dark',
    emoji: false,
    downscale: 0.5,
    format: 'jpeg',
  }),
};

const { values } = parseArgs({ options: { variants: { type: 'string' }, langs: { type: 'string' }, hint: { type: 'boolean' } } });
const variants = (values.variants ?? 'flyer,chat,lowres').split(',') as Variant[];
for (const v of variants) if (!VARIANTS[v]) throw new Error(`unknown variant ${v}`);
const langs = values.langs?.split(',');
const texts = EVAL_TEXTS.filter((t) => !langs || langs.includes(t.lang));

interface Row {
  script: string;
  lang: string;
  kind: string;
  variant: Variant;
  accuracy: number;
  sameTier: boolean;
  sourceTier: string;
  imageTier: string;
  models: string;
  ms: number;
}

const engine = await loadNodeEngine();
const reader = await createNodeImageReader();
const browser = await launchRenderer();
const rows: Row[] = [];
const started = performance.now();
try {
  for (const t of texts) {
    const sourceTier = (await engine.score({ text: t.text })).risk;
    for (const variant of variants) {
      const spec = VARIANTS[variant](t.lang, t.text);
      const bytes = await renderImage(browser, spec);
      const t0 = performance.now();
      const r = await readImageBytes(reader, bytes, values.hint ? [t.lang] : []);
      const ms = performance.now() - t0;
      let imageTier = 'none';
      if (r.text.trim()) imageTier = (await engine.score({ text: r.text })).risk;
      const row = {
        script: t.script,
        lang: t.lang,
        kind: t.kind,
        variant,
        accuracy: charAccuracy(r.text, renderedText(spec)),
        sameTier: imageTier === sourceTier,
        sourceTier,
        imageTier,
        models: r.models.join('+'),
        ms,
      };
      rows.push(row);
      console.error(
        `${t.lang.padEnd(6)} ${t.kind.padEnd(8)} ${variant.padEnd(7)} acc ${(row.accuracy * 100).toFixed(1).padStart(5)}%  tier ${sourceTier}→${imageTier}  ${row.models}  ${Math.round(ms)} ms`,
      );
    }
  }
} finally {
  await browser.close();
  await reader.close();
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2 : NaN;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function line(label: string, rs: Row[]): string {
  const lures = rs.filter((r) => r.kind === 'lure');
  return `| ${label} | ${rs.length} | ${pct(mean(rs.map((r) => r.accuracy)))} | ${pct(mean(rs.map((r) => (r.sameTier ? 1 : 0))))} | ${lures.filter((r) => r.imageTier !== 'low' && r.imageTier !== 'none').length}/${lures.filter((r) => r.sourceTier !== 'low').length} | ${(median(rs.map((r) => r.ms)) / 1000).toFixed(1)} s |`;
}

const scripts = [...new Set(rows.map((r) => r.script))];
console.log(
  `\nOCR evaluation: ${rows.length} images (${variants.join(', ')}), ${values.hint ? "each text's language as the hint" : 'no language hints'}, ${((performance.now() - started) / 1000).toFixed(0)} s in all\n`,
);
console.log('| script | images | character accuracy | same tier as the text | lures still warned (of those warned as text) | median read time |');
console.log('|---|---|---|---|---|---|');
for (const s of scripts)
  console.log(
    line(
      s,
      rows.filter((r) => r.script === s),
    ),
  );
console.log(line('**all**', rows));
console.log('\n| variant | images | character accuracy | same tier as the text | lures still warned | median read time |');
console.log('|---|---|---|---|---|---|');
for (const v of variants)
  console.log(
    line(
      v,
      rows.filter((r) => r.variant === v),
    ),
  );

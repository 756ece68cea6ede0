/**
 * `scan --runtime`: the TypeScript forward pass (the default) and onnxruntime-web give the same
 * records (risk, reasons, model), scores at most one in the fourth decimal apart, and the flag
 * reaches every scoring thread.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonlRecords, runCli } from '../helpers/run-cli.ts';
import { dataDir } from '../../training/data/loaders.ts';
import { generateSynthetic } from '../../training/synthetic/generate.ts';

/** Scores 0.707 with the TypeScript pass and 0.7071 with onnxruntime (generateSynthetic, seed 3). */
const TELLTALE =
  'မင်္ဂလာပါ အလုပ်ရှာနေလား\nဖောက်သည်ဝန်ဆောင်မှု ဝန်ထမ်း ဗီဇာ ကုမ္ပဏီက စီစဉ်ပေး, နေစရာ စားစရာ အခမဲ့ နယ်စပ်တွင် လာကြိုမည် အသက် ၁၈ မှ ၃၅ နှစ် ရွှေကုက္ကို\nဆက်သွယ်ရန် +856 20 785 50761\nRef 34114';

function input(): string {
  const texts = generateSynthetic({ seed: 11, perLang: 12 }).map((r) => r.text);
  for (const file of ['lures.jsonl', 'genuine.jsonl']) {
    for (const line of readFileSync(join(dataDir(), 'real_target_dev', file), 'utf8').split('\n')) {
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  texts.push(TELLTALE);
  return `${texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n')}\n`;
}

describe('scam-job-radar scan --runtime', () => {
  it('gives the same risks and reasons with either runtime, and says which scored', { timeout: 180_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sjr-runtime-')), 'mixed.jsonl');
    writeFileSync(file, input());
    const byDefault = await runCli(['scan', '--jobs', '1', file]);
    const typescript = await runCli(['scan', '--jobs', '1', '--runtime', 'typescript', file]);
    const onnxruntime = await runCli(['scan', '--jobs', '1', '--runtime', 'onnxruntime', file]);
    expect([byDefault.code, typescript.code, onnxruntime.code]).toEqual([0, 0, 0]);
    expect(typescript.out).toBe(byDefault.out);
    const ts = jsonlRecords(typescript.out);
    const ort = jsonlRecords(onnxruntime.out);
    expect(ts.length).toBeGreaterThan(300);
    expect(ort).toHaveLength(ts.length);
    const risks = new Set<string>();
    let scoresApart = 0;
    ts.forEach((t, i) => {
      const o = ort[i];
      expect({ ...t, score: 0 }).toEqual({ ...o, score: 0 });
      expect(Math.abs(t.score - (o?.score ?? Number.NaN))).toBeLessThanOrEqual(1.0001e-4);
      if (t.score !== o?.score) scoresApart++;
      risks.add(t.risk);
    });
    expect([...risks].sort()).toEqual(['high', 'low', 'medium']);
    // The telltale shows the flag reached the engine; rounding apart, the scores agree.
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: scores, not 1/√2
    expect([ts.at(-1)?.score, ort.at(-1)?.score]).toEqual([0.707, 0.7071]);
    expect(scoresApart).toBeLessThanOrEqual(3);
  });

  it('refuses a runtime it does not know', async () => {
    const r = await runCli(['scan', '--runtime', 'wasm', 'x.jsonl']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown --runtime "wasm" (use typescript or onnxruntime)');
  });
});

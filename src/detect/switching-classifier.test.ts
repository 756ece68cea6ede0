/**
 * The extension's classifier answers with the TypeScript forward pass until onnxruntime is
 * ready, then with onnxruntime. Both must give the same verdicts: checked here on several
 * hundred texts through the whole engine, with the real onnxruntime-web and the shipped model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LURES, GENUINE, type Lang } from '../../test/fixtures/evasion/lures.ts';
import { withHomoglyphs, withInvisibles, withSeparators } from '../../test/fixtures/evasion/disguises.ts';
import { dataDir, LOADERS } from '../../training/data/loaders.ts';
import { generateSynthetic } from '../../training/synthetic/generate.ts';
import { analyseText, EmptyPostingError, engineAround, type Engine } from './engine.ts';
import { createForwardClassifier } from './forward-classifier.ts';
import { MODEL_META } from './model-meta.ts';
import { createClassifier, forwardTs, type Classifier } from './model.ts';
import { normaliseText } from './normalise.ts';
import { readOnnxWeights } from './onnx-weights.ts';
import { retier, thresholdsFor } from './sensitivity.ts';
import { createSwitchingClassifier } from './switching-classifier.ts';

const M = MODEL_META;
const BYTES = new Uint8Array(readFileSync(new URL('../../models/scam-job-radar.onnx', import.meta.url)));

/** Synthetic lures and look-alikes in 11 languages, real ads and lures, disguised lures, edge cases. */
function texts(): string[] {
  const synthetic = generateSynthetic({ seed: 18, perLang: 10 }).map((r) => r.text);
  const real: string[] = [];
  for (const file of ['lures.jsonl', 'genuine.jsonl']) {
    for (const line of readFileSync(join(dataDir(), 'real_target_dev', file), 'utf8').split('\n')) {
      if (line.trim()) real.push((JSON.parse(line) as { text: string }).text);
    }
  }
  for (const source of ['th_jobthai_2025', 'wanted_kr', 'orfd_58com_zh', 'ph_scam_sms_reports', 'emscad_fraudulent_866']) {
    real.push(...(LOADERS[source]?.() ?? []).slice(0, 12).map((r) => r.text));
  }
  const disguised = LURES.slice(0, 24).flatMap((l) => [l.text, ...[withSeparators, withInvisibles, withHomoglyphs].map((d) => d(l.text, l.lang as Lang))]);
  const edge = [
    '',
    ' \n\t ',
    'a',
    '!!!',
    '💰✈️🏠',
    'Telegram',
    '急招客服 柬埔寨 包吃包住 月薪2万 飞机 @abc',
    ('long text with many words and telegram handles ' + '💰✈️ ').repeat(3000),
    'x'.repeat(50_000),
  ];
  return [...synthetic, ...real, ...disguised, ...GENUINE.map((g) => g.text), ...edge];
}

describe('the TypeScript forward pass and onnxruntime give the same verdicts', () => {
  let ortClassifier: Classifier;
  let viaOrt: Engine;
  let viaTs: Engine;
  const tsClassifier = createForwardClassifier(readOnnxWeights(BYTES), M);
  beforeAll(async () => {
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    ortClassifier = await createClassifier(ort, BYTES, M);
    viaOrt = engineAround(ortClassifier);
    viaTs = engineAround(tsClassifier);
  });

  it('on several hundred texts: same tiers at every sensitivity, same reasons, logits within 1e-5', async () => {
    const all = texts();
    expect(all.length).toBeGreaterThanOrEqual(500);
    let maxDiff = 0;
    let empty = 0;
    const tiers = new Set<string>();
    for (const text of all) {
      const a = await viaTs.score({ text }).catch((err: unknown) => err);
      const b = await viaOrt.score({ text }).catch((err: unknown) => err);
      if (a instanceof EmptyPostingError) {
        expect(b).toBeInstanceOf(EmptyPostingError);
        empty++;
        continue;
      }
      if (a instanceof Error || b instanceof Error) throw a instanceof Error ? a : b;
      const { score: scoreTs, ...restTs } = a as Awaited<ReturnType<Engine['score']>>;
      const { score: scoreOrt, ...restOrt } = b as Awaited<ReturnType<Engine['score']>>;
      // Tier, reasons (ids, labels, evidence, contributions), destination: identical.
      expect(restTs).toEqual(restOrt);
      expect(Math.abs(scoreTs - scoreOrt)).toBeLessThan(1e-5);
      for (const sensitivity of ['cautious', 'relaxed'] as const) {
        const t = thresholdsFor(sensitivity, M.thresholds);
        expect(retier(a as never, t).risk).toBe(retier(b as never, t).risk);
      }
      tiers.add(restTs.risk);
      const { features } = analyseText(normaliseText(text), M.signalIds, M.featureConfig);
      const [pTs, pOrt] = [await tsClassifier.predict(features), await ortClassifier.predict(features)];
      maxDiff = Math.max(maxDiff, Math.abs(pTs.logit - pOrt.logit));
      expect(pTs.contributions).toEqual(pOrt.contributions);
    }
    expect(maxDiff).toBeLessThan(1e-5);
    expect(empty).toBe(2);
    // The texts reach every tier, so "same tier" is not trivially "all low".
    expect([...tiers].sort()).toEqual(['high', 'low', 'medium']);
    // Several hundred texts through two engines: a budget for a busy machine, not a speed target.
  }, 120_000);

  it('on feature vectors the engine never makes: ids outside the table, no ids at all', async () => {
    const dense = new Float32Array(M.denseNames.length).fill(0.5);
    for (const ids of [Int32Array.of(), Int32Array.of(-1, 5, M.featureConfig.buckets, 2 ** 30), Int32Array.of(0), Int32Array.of(M.featureConfig.buckets - 1)]) {
      const [a, b] = [await tsClassifier.predict({ ids, dense }), await ortClassifier.predict({ ids, dense })];
      expect(Math.abs(a.logit - b.logit)).toBeLessThan(1e-5);
    }
    const wrong = { ids: Int32Array.of(1), dense: new Float32Array(1) };
    await expect(tsClassifier.predict(wrong)).rejects.toThrow(/dense feature width/);
    await expect(ortClassifier.predict(wrong)).rejects.toThrow(/dense feature width/);
  });
});

describe('the switch from the TypeScript pass to onnxruntime', () => {
  const weights = readOnnxWeights(BYTES);
  const featuresOf = (text: string) => analyseText(normaliseText(text), M.signalIds, M.featureConfig).features;
  const lure = featuresOf(
    'URGENT HIRING Customer Service in Sihanoukville, Cambodia. Salary $3,000/month. Free flight, visa, food and accommodation. Contact Telegram @hr_asia88',
  );
  const genuine = featuresOf('Senior Java Backend Developer\nSHINHAN DS\nHo Chi Minh City\n3+ years Spring Boot. Apply via our careers page.');
  let ortClassifier: Classifier;
  beforeAll(async () => {
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    ortClassifier = await createClassifier(ort, BYTES, M);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers with the TypeScript pass at once, with onnxruntime once it has started', async () => {
    let starts = 0;
    const clf = createSwitchingClassifier(BYTES, M, {
      startOrt: (bytes) => {
        starts++;
        return createClassifier(ort, bytes, M);
      },
      idleBeforeOrtMs: 20,
    });
    // No prediction yet: onnxruntime is not started at all.
    await new Promise((r) => setTimeout(r, 60));
    expect(starts).toBe(0);
    expect(clf.backend()).toBe('typescript');
    const first = await clf.predict(lure);
    // Exactly the TypeScript pass's logit (onnxruntime's output is a float32, this one a double).
    expect(first.logit).toBe(forwardTs(weights, lure));
    expect(Math.fround(first.logit)).not.toBe(first.logit);
    expect(await clf.switched).toBe(true);
    expect(starts).toBe(1);
    expect(clf.backend()).toBe('onnxruntime');
    for (const f of [lure, genuine]) {
      const p = await clf.predict(f);
      expect(p).toEqual(await ortClassifier.predict(f));
      expect(Math.fround(p.logit)).toBe(p.logit);
      expect(Math.abs(p.logit - forwardTs(weights, f))).toBeLessThan(1e-5);
    }
    expect(first.probability).toBeCloseTo((await clf.predict(lure)).probability, 5);
    expect(starts).toBe(1);
  });

  it('starts onnxruntime only after the predictions pause', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let starts = 0;
    // The real onnxruntime classifier, already started (its own start-up uses timers of its own).
    const clf = createSwitchingClassifier(BYTES, M, {
      startOrt: async () => {
        starts++;
        return ortClassifier;
      },
      idleBeforeOrtMs: 1000,
    });
    for (let i = 0; i < 5; i++) {
      await clf.predict(i % 2 ? lure : genuine);
      vi.advanceTimersByTime(900);
    }
    expect(starts).toBe(0);
    expect(clf.backend()).toBe('typescript');
    vi.advanceTimersByTime(100);
    expect(starts).toBe(1);
    expect(await clf.switched).toBe(true);
    expect((await clf.predict(lure)).logit).toBe((await ortClassifier.predict(lure)).logit);
  });

  it('keeps answering with the TypeScript pass when onnxruntime cannot start, and says why', async () => {
    const failures: unknown[] = [];
    const clf = createSwitchingClassifier(BYTES, M, {
      // The real onnxruntime, given a file it cannot load.
      startOrt: () => createClassifier(ort, BYTES.subarray(0, 1000), M),
      idleBeforeOrtMs: 0,
      onOrtFailure: (err) => failures.push(err),
    });
    const before = await clf.predict(lure);
    expect(await clf.switched).toBe(false);
    expect(failures).toHaveLength(1);
    expect(clf.backend()).toBe('typescript');
    expect(await clf.predict(lure)).toEqual(before);
  });

  it('refuses a model whose table does not match model.json', () => {
    const other = { ...M, featureConfig: { ...M.featureConfig, buckets: M.featureConfig.buckets / 2 } };
    expect(() => createSwitchingClassifier(BYTES, other, { startOrt: () => createClassifier(ort, BYTES, M), idleBeforeOrtMs: 0 })).toThrow(/buckets/);
  });
});

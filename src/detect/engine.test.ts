/**
 * The scoring engine with the shipped model: its verdicts are exactly what the plain pipeline
 * (every detector, featurize, model, buildVerdict) gives, although it only runs the detectors
 * the model takes as inputs.
 */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODEL_META } from './model-meta.ts';
import { generateSynthetic } from '../../training/synthetic/generate.ts';
import { EmptyPostingError, createEngine, engineAround, type Engine } from './engine.ts';
import { featurize } from './features.ts';
import { createClassifier, type Classifier } from './model.ts';
import { normaliseText } from './normalise.ts';
import { hitsToSource, revealDisguises } from './reveal.ts';
import { postingText } from './posting-text.ts';
import { detectDestinationCountry } from './signals/destination.ts';
import { SIGNAL_IDS, detectSignals } from './signals/index.ts';
import { buildVerdict } from './verdict.ts';

const M = MODEL_META;
const BYTES = new Uint8Array(readFileSync(new URL('../../models/scam-job-radar.onnx', import.meta.url)));

describe('scoring engine', () => {
  let engine: Engine;
  let clf: Classifier;
  beforeAll(async () => {
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    engine = await createEngine(ort, BYTES, M);
    clf = await createClassifier(ort, BYTES, M);
  });

  it('gives the verdict of the full pipeline (all detectors) on lures and look-alikes in 11 languages', async () => {
    // The shipped model leaves some detectors out; the test is only meaningful while it does.
    expect(SIGNAL_IDS.filter((id) => !M.signalIds.includes(id)).length).toBeGreaterThan(0);
    const rows = generateSynthetic({ seed: 5, perLang: 8 });
    let withExcludedHits = 0;
    for (const r of rows) {
      const text = normaliseText(postingText({ text: r.text }));
      const revealed = revealDisguises(text);
      const hits = hitsToSource(detectSignals(revealed.text), revealed, text);
      if (hits.some((h) => !M.signalIds.includes(h.id))) withExcludedHits++;
      const p = await clf.predict(featurize(revealed.text, hits, M.signalIds, M.featureConfig));
      const want = buildVerdict(p.probability, hits, p.contributions, M.thresholds, M.version);
      // Plus where the ad points, for the help panel (not a model input).
      const destination = detectDestinationCountry(text);
      expect(await engine.score({ text: r.text })).toEqual(destination ? { ...want, destination } : want);
    }
    // The comparison covered texts on which the left-out detectors do fire.
    expect(withExcludedHits).toBeGreaterThan(10);
  });

  it('returns a copy from its cache, and refuses a posting with no text', async () => {
    const posting = { title: 'Customer service', text: 'Free flight and visa. Telegram @hr_team. US$2,500/month in Sihanoukville.' };
    const a = await engine.score(posting);
    a.reasons.length = 0;
    const b = await engine.score(posting);
    expect(b.reasons.length).toBeGreaterThan(0);
    await expect(engine.score({ text: ' \n ' })).rejects.toBeInstanceOf(EmptyPostingError);
  });

  it("never lends one text's verdict to another, even when a weak 32-bit hash collides", async () => {
    // The key it used to have: FNV-1a over UTF-16 code units, plus the length.
    const fnv = (t: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
      return `${(h >>> 0).toString(36)}:${t.length}`;
    };
    const genuine = normaliseText('Accounts payable clerk, Makati. Permanent role with SSS, PhilHealth and HMO. Apply on our careers site. ref');
    let lure = normaliseText('Typing job in Cambodia, $3000/month, free flight, visa, food and room. No experience. Telegram @hr_fast. ref');
    lure = lure + 'x'.repeat(Math.max(0, genuine.length - lure.length));
    const base = genuine + 'x'.repeat(Math.max(0, lure.length - genuine.length));
    // Birthday search over random eight-letter suffixes: a collision turns up within ~10^5 tries.
    let seed = 1;
    const word = () => {
      let w = ' ';
      for (let k = 0; k < 8; k++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        w += String.fromCharCode(97 + ((seed >>> 16) % 26));
      }
      return w;
    };
    const genuineByKey = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; i < 600_000 && !pair; i++) {
      const g = base + word();
      genuineByKey.set(fnv(g), g);
      const l = lure + word();
      const other = genuineByKey.get(fnv(l));
      if (other !== undefined) pair = [other, l];
    }
    expect(pair).toBeDefined();
    const [g, l] = pair as [string, string];
    expect(normaliseText(postingText({ text: g }))).toBe(g);
    expect(normaliseText(postingText({ text: l }))).toBe(l);
    expect(fnv(g)).toBe(fnv(l));
    const fresh = await createEngine(ort, BYTES, M);
    const genuineVerdict = await fresh.score({ text: g });
    const lureVerdict = await fresh.score({ text: l });
    expect(genuineVerdict.risk).toBe('low');
    expect(lureVerdict).toEqual(await engine.score({ text: l }));
    expect(lureVerdict.risk).not.toBe('low');
  });

  it('warms up without asking the model, once, and scores the same afterwards', async () => {
    let predictions = 0;
    const counting = engineAround({
      meta: M,
      predict: (f) => {
        predictions++;
        return clf.predict(f);
      },
    });
    const warming = counting.warmUp();
    expect(counting.warmUp()).toBe(warming);
    await warming;
    // The switching classifier starts onnxruntime after the first prediction: a warm-up is not one.
    expect(predictions).toBe(0);
    const posting = { title: 'Chat support', text: 'Chat support in Myawaddy, 25,000 THB a month, free room, no experience, apply on LINE @jobs' };
    expect(await counting.score(posting)).toEqual(await engine.score(posting));
    expect(predictions).toBe(1);
  });

  it('scores postings that arrive during its warm-up first, with the same verdicts, and still finishes it', async () => {
    const order: string[] = [];
    const fresh = engineAround({
      meta: M,
      // A model that answers a few ms later, as onnxruntime may: the warm-up's turns come meanwhile.
      predict: async (f) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push('posting');
        return clf.predict(f);
      },
    });
    const warming = fresh.warmUp().then(() => order.push('warmed up'));
    const postings = generateSynthetic({ seed: 21, perLang: 1 }).map((r) => ({ title: r.title, text: r.text }));
    // One after another, as the background scores a batch.
    const verdicts = [];
    for (const p of postings) verdicts.push(await fresh.score(p));
    await warming;
    expect(order.indexOf('warmed up')).toBe(postings.length);
    for (const [i, p] of postings.entries()) expect(verdicts[i]).toEqual(await engine.score(p));
  });
});

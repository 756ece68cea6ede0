/**
 * `npm run probe`: can the model tell corpora apart instead of scams from genuine ads?
 * Writes models/PROBE.md (which `npm run train` copies into the model card) and prints it.
 *
 * Four views, all on the seeded group split that training uses:
 *  1. Leftover artefacts: rows per source that still contain a known corpus artefact (EMSCAD
 *     masks, HTML tags or entities, scraper strings) after cleaning. Must be zero.
 *  2. A source probe: a logistic regression on the model's own hashed features, trained to
 *     recognise one corpus among the other corpora *of the same label and language* (English
 *     genuine ads). High values mean the corpora differ (country, era, board), as they must.
 *  3. What the corpora differ in: the word n-grams that most distinguish each English corpus
 *     from the other corpora of its label (log-odds with an informative Dirichlet prior), so a
 *     reader can check they are content words, not artefacts.
 *  4. Does the shipped model's score follow the corpus beyond the label? (a) Label ROC-AUC
 *     *within* single corpora that hold both labels — the only comparisons free of source
 *     identity; (b) among genuine job-board ads, how well the score alone picks out each corpus
 *     from the others (0.5 = the score carries no trace of the corpus).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { createClassifier, forwardTs, type ModelMeta } from '../src/detect/model.ts';
import { trainLogReg } from './lr.ts';
import { rocAuc } from './metrics.ts';
import { prepare, type PreparedRow } from './pipeline.ts';
import { ARTEFACTS, distinctiveGrams, spliceSection } from './probe-stats.ts';
import { CARD_PATH, MODELS_DIR, META_PATH, ONNX_PATH, TRAIN_SEED } from './train-config.ts';

export const PROBE_PATH = `${MODELS_DIR}PROBE.md`;
const MIN_TRAIN = 40;
const MIN_TEST = 15;
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const log = (m: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const meta = JSON.parse(readFileSync(META_PATH, 'utf8')) as ModelMeta;
  const { rows } = prepare(meta.featureConfig, meta.signalIds, { log });
  const real = rows.filter((r) => !r.synthetic);
  const md: string[] = [
    '## Source probe (`npm run probe`)',
    '',
    `Model ${meta.version}; the training split (seed as in training); generated ${new Date().toISOString().slice(0, 10)}.`,
    '',
  ];

  // 1. Leftover artefacts.
  const sources = [...new Set(rows.map((r) => r.source))].sort();
  const artefactRows: string[][] = [];
  let leftovers = 0;
  for (const s of sources) {
    const texts = rows.filter((r) => r.source === s).map((r) => r.text);
    const hits = ARTEFACTS.map((a) => texts.filter((t) => a.re.test(t)).length);
    leftovers += hits.reduce((x, y) => x + y, 0);
    if (hits.some((h) => h > 0)) artefactRows.push([s, ...hits.map(String)]);
  }
  md.push('### 1. Corpus artefacts left after cleaning', '');
  md.push(
    leftovers === 0
      ? `None: no row of any source contains ${ARTEFACTS.map((a) => a.name).join(', ')}.`
      : `${leftovers} rows still carry an artefact:\n\n${table(['source', ...ARTEFACTS.map((a) => a.name)], artefactRows)}`,
    '',
  );
  log('artefacts checked');

  // 2. Source probe on the model's hashed features: one English genuine corpus vs the others.
  const probeRows: string[][] = [];
  const english = real.filter((r) => r.lang === 'en');
  for (const label of [0, 1] as const) {
    const pool = english.filter((r) => r.label === label && (label === 1 || r.jobAd));
    const counts = new Map<string, { train: number; test: number }>();
    for (const r of pool) {
      const c = counts.get(r.source) ?? { train: 0, test: 0 };
      if (r.split === 'train') c.train++;
      if (r.split === 'test') c.test++;
      counts.set(r.source, c);
    }
    const eligible = [...counts]
      .filter(([, c]) => c.train >= MIN_TRAIN && c.test >= MIN_TEST)
      .map(([s]) => s)
      .sort();
    if (eligible.length < 2) {
      probeRows.push([
        label ? 'scam' : 'genuine',
        eligible.join(', ') || '–',
        '–',
        `fewer than two English ${label ? 'scam' : 'genuine'} corpora with ≥ ${MIN_TRAIN} train and ≥ ${MIN_TEST} test rows`,
      ]);
      continue;
    }
    const inPool = pool.filter((r) => eligible.includes(r.source));
    for (const s of eligible) {
      const train = inPool.filter((r) => r.split === 'train');
      const nPos = train.filter((r) => r.source === s).length;
      const w = trainLogReg(
        train.map((r) => ({
          ids: r.features.ids,
          dense: new Float32Array(0),
          y: r.source === s ? 1 : 0,
          w: r.source === s ? (train.length - nPos) / nPos : 1,
        })),
        { buckets: meta.featureConfig.buckets, denseDim: 0, epochs: 5, lr: 0.3, lrDense: 0, l2: 1e-6, l2Dense: 0, seed: TRAIN_SEED },
      );
      const test = inPool.filter((r) => r.split === 'test');
      const auc = rocAuc(
        test.map((r) => forwardTs(w, { ids: r.features.ids, dense: new Float32Array(0) })),
        test.map((r) => (r.source === s ? 1 : 0)),
      );
      probeRows.push([label ? 'scam' : 'genuine', s, String(test.filter((r) => r.source === s).length), f3(auc)]);
    }
    log(`source probe, label ${label}: done`);
  }
  md.push('### 2. Can the features tell the corpora apart?', '');
  md.push(
    'A logistic regression on the model’s own hashed n-grams, trained (train split) to recognise one English corpus among the other English corpora of the same label; ROC-AUC on the test split.',
    '',
    table(['label', 'corpus', 'test rows', 'source ROC-AUC'], probeRows),
    '',
    'High values are expected: these corpora come from different countries, years and boards. What matters is whether the *scam score* follows them (section 4).',
    '',
  );

  // 3. What distinguishes each English genuine corpus (readable n-grams).
  md.push('### 3. What the English genuine corpora differ in', '');
  md.push(
    'Word n-grams most typical of each corpus against the other English genuine corpora (train split, document frequency, log-odds z-score). Content words mean the corpora differ in what they advertise, not in leftovers of how they were collected.',
    '',
  );
  const enGenuine = english.filter((r) => r.label === 0 && r.jobAd && r.split === 'train');
  const enSources = [...new Set(enGenuine.map((r) => r.source))].sort().filter((s) => enGenuine.filter((r) => r.source === s).length >= MIN_TRAIN);
  const gramRows: string[][] = [];
  for (const s of enSources) {
    const top = distinctiveGrams(
      enGenuine.filter((r) => r.source === s).map((r) => r.text),
      enGenuine.filter((r) => r.source !== s).map((r) => r.text),
    );
    const flagged = top.filter((g) => ARTEFACTS.some((a) => a.re.test(g.gram)));
    gramRows.push([s, top.map((g) => `\`${g.gram}\``).join(', '), flagged.length ? `**${flagged.length} artefact(s)**` : 'none']);
  }
  md.push(table(['corpus', 'most distinctive n-grams', 'artefacts among them'], gramRows), '');
  log('distinctive n-grams done');

  // 4. The shipped model's score: within-corpus label AUC, and corpus traces among genuine ads.
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const clf = await createClassifier(ort, new Uint8Array(readFileSync(ONNX_PATH)), meta);
  const test = rows.filter((r) => r.split === 'test');
  const prob = new Map<PreparedRow, number>();
  for (const r of test) prob.set(r, (await clf.predict(r.features)).probability);
  log(`scored ${test.length} test rows`);

  const within: string[][] = [];
  for (const s of sources) {
    const rs = test.filter((r) => r.source === s);
    const pos = rs.filter((r) => r.label === 1).length;
    if (pos === 0 || pos === rs.length) continue;
    within.push([
      s,
      String(rs.length),
      String(pos),
      f3(
        rocAuc(
          rs.map((r) => prob.get(r) ?? 0),
          rs.map((r) => r.label),
        ),
      ),
    ]);
  }
  const syn = test.filter((r) => r.synthetic);
  within.push([
    'synthetic lures vs synthetic look-alikes (one generator)',
    String(syn.length),
    String(syn.filter((r) => r.label === 1).length),
    f3(
      rocAuc(
        syn.map((r) => prob.get(r) ?? 0),
        syn.map((r) => r.label),
      ),
    ),
  ]);
  const allReal = test.filter((r) => !r.synthetic);
  within.push([
    'all real sources together (for comparison)',
    String(allReal.length),
    String(allReal.filter((r) => r.label === 1).length),
    f3(
      rocAuc(
        allReal.map((r) => prob.get(r) ?? 0),
        allReal.map((r) => r.label),
      ),
    ),
  ]);

  const genuine = test.filter((r) => !r.synthetic && r.label === 0 && r.jobAd);
  const trace: string[][] = [];
  for (const s of [...new Set(genuine.map((r) => r.source))].sort()) {
    const n = genuine.filter((r) => r.source === s).length;
    if (n < MIN_TEST) continue;
    const ps = genuine
      .filter((r) => r.source === s)
      .map((r) => prob.get(r) ?? 0)
      .sort((a, b) => a - b);
    trace.push([
      s,
      String(n),
      f3(ps[Math.floor(ps.length / 2)] ?? NaN),
      f3(
        rocAuc(
          genuine.map((r) => prob.get(r) ?? 0),
          genuine.map((r) => (r.source === s ? 1 : 0)),
        ),
      ),
    ]);
  }
  md.push('### 4. Does the shipped score follow the corpus beyond the label?', '');
  md.push('(a) Label ROC-AUC **within** single corpora that hold both labels (test split) — the comparisons in which source identity cannot help:', '');
  md.push(table(['corpus', 'rows', 'scams', 'ROC-AUC within the corpus'], within), '');
  md.push(
    '(b) Among genuine job-board ads (test split), how well the score alone picks out one corpus from the others: 0.5 means the score carries no trace of the corpus; above 0.5, that corpus’s genuine ads score higher than the rest.',
    '',
  );
  md.push(table(['genuine corpus', 'test ads', 'median score', 'score ROC-AUC, this corpus vs the others'], trace), '');
  // The reading, from this run's figures.
  const orfd = within.find((w) => w[0] === 'orfd_58com_zh');
  const overall = within[within.length - 1];
  const traceOf = (r: string[]) => Number(r[3]);
  const higher = trace.filter((r) => traceOf(r) >= 0.65).map((r) => `${r[0]} (${r[3]})`);
  const lower = trace.filter((r) => traceOf(r) <= 0.35).map((r) => `${r[0]} (${r[3]})`);
  const maxMedian = Math.max(...trace.map((r) => Number(r[2])));
  md.push(
    `**Reading.** No corpus artefact survives cleaning (1), and the corpora differ in content — places, company forms, legal boilerplate such as US equal-opportunity text (3) — which the hashed features pick up easily (2), as they would for any two countries or years of job ads. ` +
      `EMSCAD, the largest real scam corpus, is all-positive with no genuine counterpart here: for it source and label are confounded and no probe can split them. ` +
      (orfd
        ? `Within ORFD, the one real corpus with both labels from the same board, the score separates scams from genuine ads with ROC-AUC ${orfd[3]} (against ${overall?.[3]} over all real sources together): the model detects fraud beyond corpus identity, but part of the all-sources figure comes from differences between corpora. `
        : '') +
      (higher.length
        ? `The score does carry corpus traces among genuine ads (4b): ${higher.join(', ')} score higher than the other genuine corpora` +
          (lower.length ? `, and ${lower.join(', ')} lower` : '') +
          ` — the genuine ads that score higher are in the languages of the real scam corpora (English, Chinese), so the model has partly learned the languages and styles of its positive corpora. `
        : 'The score carries little trace of the corpus among genuine ads (4b). ') +
      `These differences live far below the thresholds (median genuine-ad score at most ${f3(maxMedian)}); the per-source false-positive rates in the evaluation are what users feel. The limit stands: lures in languages with no real scam corpus get less help from the n-grams and rely on the red-flag signals and the synthetic set.`,
    '',
  );

  writeFileSync(PROBE_PATH, `${md.join('\n')}\n`);
  // The card of the shipped model gets the probe now; `npm run train` keeps including it.
  if (existsSync(CARD_PATH)) writeFileSync(CARD_PATH, spliceSection(readFileSync(CARD_PATH, 'utf8'), md.join('\n')));
  console.log(md.join('\n'));
  log(`wrote ${PROBE_PATH}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

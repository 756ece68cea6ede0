/**
 * Evasion suite: lures whose key words are disguised the ways recruiters dodge keyword filters
 * must keep their red-flag signals (and the evidence must be the page's own characters), and
 * genuine ads must gain none. One function per disguise class; each disguises only the key
 * words of a text, every occurrence. Runs the real engine (onnxruntime-web, the shipped model).
 */
import { describe, expect, it } from 'vitest';
import type { SignalHit, Verdict } from '../../src/shared/types.ts';
import { loadNodeEngine } from '../../src/detect/node-engine.ts';
import { normaliseText } from '../../src/detect/normalise.ts';
import { postingText } from '../../src/detect/posting-text.ts';
import { detectSignalsRevealed } from '../../src/detect/reveal.ts';
import { detectSignals } from '../../src/detect/signals/index.ts';
import { LOADERS } from '../../training/data/loaders.ts';
import { withEmoji, withHomoglyphs, withInvisibles, withLeetspeak, withSeparators } from '../fixtures/evasion/disguises.ts';
import { type EvasionText, GENUINE, type Lang, LURES } from '../fixtures/evasion/lures.ts';

const CLASSES: ReadonlyArray<readonly [string, (text: string, lang: Lang) => string]> = [
  ['separators', withSeparators],
  ['invisible code points', withInvisibles],
  ['look-alike letters', withHomoglyphs],
  ['leetspeak', withLeetspeak],
  ['emoji', withEmoji],
];

// ---------------------------------------------------------------------------------------------

interface Scored {
  norm: string;
  hits: SignalHit[];
  ids: Set<string>;
  verdict: Verdict;
}

const engine = await loadNodeEngine();

const TIER = { low: 0, medium: 1, high: 2 } as const;

async function score(text: string): Promise<Scored> {
  const norm = normaliseText(postingText({ text }));
  const hits = detectSignalsRevealed(norm);
  return { norm, hits, ids: new Set(hits.map((h) => h.id)), verdict: await engine.score({ text }) };
}

const strengthOf = (s: Scored, id: string) => Math.max(0, ...s.hits.filter((h) => h.id === id).map((h) => h.strength));
const missing = (want: Set<string>, got: Set<string>) => [...want].filter((id) => !got.has(id));
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Evidence is the normalised page's own characters, at the offsets given, and every reason's evidence is in it. */
function evidenceOnPage(s: Scored): string[] {
  const bad: string[] = [];
  for (const h of s.hits) for (const e of h.evidence) if (s.norm.slice(e.start, e.end) !== e.text || !e.text) bad.push(`${h.id}: ${JSON.stringify(e)}`);
  const page = squash(s.norm);
  for (const r of s.verdict.reasons) for (const e of r.evidence) if (!page.includes(e.replace(/…$/, ''))) bad.push(`${r.id} reason: ${JSON.stringify(e)}`);
  return bad;
}

describe('evasion: disguised key words keep a lure’s signals', async () => {
  const plain = new Map<string, Scored>();
  for (const l of LURES) plain.set(l.id, await score(l.text));

  it('covers ≥ 8 languages with ≥ 4 lures each, and the plain lures raise signals', () => {
    const byLang = new Map<string, number>();
    for (const l of LURES) byLang.set(l.lang, (byLang.get(l.lang) ?? 0) + 1);
    expect(byLang.size).toBeGreaterThanOrEqual(8);
    for (const n of byLang.values()) expect(n).toBeGreaterThanOrEqual(4);
    expect(GENUINE.length).toBeGreaterThanOrEqual(10);
    for (const l of LURES) expect([l.id, plain.get(l.id)!.ids.size > 0]).toEqual([l.id, true]);
  });

  for (const [name, disguise] of CLASSES) {
    it(`${name}: signals (as strong), reasons, tier and evidence survive on ≥ 95 % of lures, the score drops ≤ 0.05 on ≥ 95 %`, async () => {
      let changed = 0;
      let kept = 0;
      let strong = 0;
      let keptWithoutReveal = 0;
      let held = 0;
      let tierDown = 0;
      let sameReasons = 0;
      let sumPlain = 0;
      let sumDisguised = 0;
      const lost: string[] = [];
      for (const l of LURES) {
        const text = disguise(l.text, l.lang);
        if (text !== l.text) changed++;
        const p = plain.get(l.id)!;
        const d = await score(text);
        expect(evidenceOnPage(d), `${name} ${l.id}`).toEqual([]);
        const gone = missing(p.ids, d.ids);
        if (gone.length === 0) kept++;
        const weaker = p.hits.filter((h) => strengthOf(d, h.id) < h.strength - 0.05).map((h) => `${h.id} ${h.strength}→${strengthOf(d, h.id)}`);
        if (weaker.length === 0) strong++;
        else if (gone.length === 0) lost.push(`${l.id} weaker ${weaker.join(', ')}`);
        else lost.push(`${l.id} lost ${gone.join(', ')}: ${JSON.stringify(text.slice(0, 140))}`);
        // For comparison: the detectors on the normalised text alone (what they read before reveal.ts).
        const bare = new Set(detectSignals(d.norm).map((h) => h.id));
        if (missing(p.ids, bare).length === 0) keptWithoutReveal++;
        if (d.verdict.score >= p.verdict.score - 0.05) held++;
        if (TIER[d.verdict.risk] < TIER[p.verdict.risk]) tierDown++;
        if (missing(new Set(p.verdict.reasons.map((r) => r.id)), new Set(d.verdict.reasons.map((r) => r.id))).length === 0) sameReasons++;
        sumPlain += p.verdict.score;
        sumDisguised += d.verdict.score;
      }
      const n = LURES.length;
      console.log(
        `[evasion] ${name}: ${changed}/${n} lures disguised; signals kept ${pct(kept, n)} (without reveal ${pct(keptWithoutReveal, n)}), as strong (±0.05) ${pct(strong, n)}; score within 0.05 ${pct(held, n)}; tier lowered ${pct(tierDown, n)}; reasons kept ${pct(sameReasons, n)}; mean score ${(sumPlain / n).toFixed(3)} → ${(sumDisguised / n).toFixed(3)}${lost.length ? `\n  ${lost.join('\n  ')}` : ''}`,
      );
      expect(changed / n).toBeGreaterThanOrEqual(name === 'look-alike letters' || name === 'leetspeak' ? 0.9 : 0.95);
      expect(kept / n).toBeGreaterThanOrEqual(0.95);
      expect(strong / n).toBeGreaterThanOrEqual(0.95);
      expect(held / n).toBeGreaterThanOrEqual(0.95);
      // The issue's bar: no disguise class costs more than 5 % of lures a tier, and the same reasons are shown.
      expect(tierDown / n).toBeLessThanOrEqual(0.05);
      expect(sameReasons / n).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('evasion: genuine look-alike ads gain no signal', async () => {
  const plain = new Map<string, Scored>();
  for (const g of GENUINE) plain.set(g.id, await score(g.text));

  it('reading through disguises adds nothing to a plain genuine ad', () => {
    for (const g of GENUINE) {
      const s = plain.get(g.id)!;
      const bare = new Set(detectSignals(s.norm).map((h) => h.id));
      expect([g.id, missing(s.ids, bare)]).toEqual([g.id, []]);
    }
  });

  for (const [name, disguise] of CLASSES) {
    it(`${name}: no genuine ad gains a signal or a tier`, async () => {
      const gained: string[] = [];
      for (const g of GENUINE as readonly EvasionText[]) {
        const d = await score(disguise(g.text, g.lang));
        expect(evidenceOnPage(d), `${name} ${g.id}`).toEqual([]);
        // A signal the disguise itself brings (emoji are a social-media style) is no gain of reading through it.
        const bare = new Set(detectSignals(d.norm).map((h) => h.id));
        const extra = missing(d.ids, plain.get(g.id)!.ids).filter((id) => !bare.has(id));
        if (extra.length) gained.push(`${g.id} +${extra.join(', ')}`);
        if (TIER[d.verdict.risk] > TIER[plain.get(g.id)!.verdict.risk]) gained.push(`${g.id} tier ${plain.get(g.id)!.verdict.risk} → ${d.verdict.risk}`);
      }
      expect(gained).toEqual([]);
    });
  }
});

/** The strong signals of the genuine-ad false-positive check (signals/genuine-corpus.test.ts). */
function isStrong(h: SignalHit): boolean {
  return (h.id === 'lure_bundle' && h.strength >= 0.75) || h.id === 'tourist_visa_travel' || (h.id === 'high_pay' && h.strength >= 0.5);
}

describe('evasion: reading through disguises on real genuine ads (../shared/data)', () => {
  // Corpora in the scripts reveal.ts works on most (Chinese and Korean spaced or dotted text,
  // Thai abbreviations, emoji bullets), a few seconds to load.
  const SETS = [
    'orfd_58com_zh',
    'wanted_kr',
    'th_jobthai_2025',
    'vn_itviec_2025',
    'id_linkedin_jobstreet_2024_hck022',
    'my_sg_id_jobstreet_ds_2025',
    'ph_sms_spam_uci_mixed',
  ];

  it('adds no strong signal, and any signal to ≤ 0.2 % of ads', () => {
    let ads = 0;
    let changed = 0;
    const gained: string[] = [];
    const strong: string[] = [];
    for (const name of SETS) {
      for (const r of LOADERS[name]!()) {
        if (r.label !== 0) continue;
        ads++;
        const norm = normaliseText(r.text);
        const revealed = detectSignalsRevealed(norm);
        const bare = detectSignals(norm);
        if (JSON.stringify(revealed) === JSON.stringify(bare)) continue;
        changed++;
        const before = new Set(bare.map((h) => h.id));
        const extra = revealed.filter((h) => !before.has(h.id));
        if (extra.length) gained.push(`${name}: ${extra.map((h) => `${h.id} ${JSON.stringify(h.evidence.map((e) => e.text))}`).join('; ')}`);
        const strongBefore = new Set(bare.filter(isStrong).map((h) => h.id));
        for (const h of revealed.filter(isStrong)) if (!strongBefore.has(h.id)) strong.push(`${name}: ${h.id} ${h.strength}`);
      }
    }
    console.log(
      `[evasion] real genuine ads: ${ads}; signals changed by reveal on ${changed}; a signal gained on ${gained.length} (${pct(gained.length, ads)})${gained.length ? `\n  ${gained.join('\n  ')}` : ''}`,
    );
    expect(ads).toBeGreaterThan(10_000);
    expect(strong).toEqual([]);
    expect(gained.length / ads).toBeLessThanOrEqual(0.002);
  }, 120_000);
});

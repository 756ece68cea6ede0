/**
 * The Learn page's shipped content (assets/learn/*.json): valid, and scored by the shipped
 * model as the page says — every lure medium or high, every genuine look-alike low, every quiz
 * answer what the detector says too. A contribution that breaks this fails CI with the id.
 */
import { describe, expect, it } from 'vitest';
import examples from '../../assets/learn/examples.json' with { type: 'json' };
import quiz from '../../assets/learn/quiz.json' with { type: 'json' };
import signs from '../../assets/learn/signs.json' with { type: 'json' };
import { loadNodeEngine } from '../detect/node-engine.ts';
import { SIGNAL_IDS } from '../detect/signals/index.ts';
import { validateLearnData, validateQuizData, validateSigns, type LearnData, type QuizData } from './learn-data.ts';

const data = examples as LearnData;
const questions = (quiz as QuizData).questions;

describe('Learn content files', () => {
  it('are valid', () => {
    expect(validateLearnData(examples)).toEqual([]);
    expect(validateQuizData(quiz)).toEqual([]);
    expect(validateSigns(signs, SIGNAL_IDS)).toEqual([]);
  });

  it('cover several languages, both kinds and the side-by-side pairs', () => {
    expect(new Set(data.examples.map((e) => e.lang)).size).toBeGreaterThanOrEqual(5);
    expect(data.examples.filter((e) => e.kind === 'lure').length).toBeGreaterThanOrEqual(6);
    expect(data.examples.filter((e) => e.kind === 'genuine').length).toBeGreaterThanOrEqual(4);
    expect(data.pairs.length).toBeGreaterThanOrEqual(4);
    expect(questions.length).toBeGreaterThanOrEqual(6);
  });

  it('say honestly that the ads are not real', () => {
    for (const e of data.examples) expect(e.source, e.id).toMatch(/written by the project/i);
  });
});

describe('the shipped model agrees with the Learn content', () => {
  for (const e of data.examples) {
    it(`${e.id} (${e.kind}) scores ${e.kind === 'lure' ? 'medium or high, with reasons whose evidence is in the text' : 'low'}`, async () => {
      const v = await (await loadNodeEngine()).score({ text: e.text });
      if (e.kind === 'lure') {
        expect(v.risk).not.toBe('low');
        expect(v.reasons.length).toBeGreaterThan(0);
        // The page marks evidence in the example's own text: at least one piece must be found there.
        const lower = e.text.toLowerCase();
        expect(v.reasons.some((r) => r.evidence.some((ev) => lower.includes(ev.trim().toLowerCase())))).toBe(true);
      } else expect(v.risk).toBe('low');
    });
  }
  for (const q of questions) {
    it(`quiz ${q.id}: the detector's tier agrees with the answer (${q.answer})`, async () => {
      const v = await (await loadNodeEngine()).score({ text: q.text });
      expect(v.risk === 'low' ? 'genuine' : 'lure').toBe(q.answer);
    });
  }
});

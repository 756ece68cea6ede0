import { describe, expect, it } from 'vitest';
import { validateLearnData } from './learn-data.ts';

const lure = {
  id: 'lure-en-1',
  lang: 'en',
  kind: 'lure',
  title: 'Customer service, Bangkok',
  text: 'Typing job abroad, USD 2000 a month, flight and visa paid, contact us on Telegram.',
  source: 'Composite written by the project after the pattern described in an INTERPOL warning.',
  sourceUrls: ['https://scamsnow.com/interpol-issues-global-warning-on-human-trafficking-fueled-fraud/'],
  notes: ['High pay for little experience.'],
};
const genuine = { ...lure, id: 'genuine-en-1', kind: 'genuine', title: 'BPO agent, Manila' };

describe('validateLearnData', () => {
  it('accepts well-formed examples and pairs', () => {
    expect(validateLearnData({ examples: [lure, genuine], pairs: [{ lure: 'lure-en-1', genuine: 'genuine-en-1' }] })).toEqual([]);
  });

  it('rejects duplicate ids, unknown languages and missing fields', () => {
    const problems = validateLearnData({
      examples: [lure, { ...lure }, { ...genuine, lang: 'xx', text: '', notes: [] }],
      pairs: [],
    });
    expect(problems.some((p) => p.includes('"lure-en-1" is not unique'))).toBe(true);
    expect(problems.some((p) => p.includes('lang "xx"'))).toBe(true);
    expect(problems.some((p) => p.includes('.text is required'))).toBe(true);
    expect(problems.some((p) => p.includes('.notes must be'))).toBe(true);
  });

  it('rejects pairs that refer to missing examples or the wrong kind', () => {
    const problems = validateLearnData({
      examples: [lure, genuine],
      pairs: [{ lure: 'nope', genuine: 'lure-en-1' }],
    });
    expect(problems).toContain('pairs[0].lure refers to unknown example "nope"');
    expect(problems).toContain('pairs[0].genuine "lure-en-1" is a lure example');
  });

  it('rejects non-URL sources and non-object data', () => {
    expect(validateLearnData({ examples: [{ ...lure, sourceUrls: ['somewhere'] }], pairs: [] })[0]).toMatch(/sourceUrls/);
    expect(validateLearnData(null)).toEqual(['data must be an object']);
  });
});

describe('validateQuizData and validateSigns', () => {
  it('name what is wrong', async () => {
    const { validateQuizData, validateSigns } = await import('./learn-data.ts');
    expect(validateQuizData({ questions: [{ id: 'q', lang: 'xx', text: 't', answer: 'maybe', explanation: '', sourceUrls: ['ftp://x'] }] })).toEqual([
      'questions[0].explanation is required (non-empty string)',
      'questions[0].lang "xx" is not one of en, zh, vi, id, th, fil, ms, km, my',
      'questions[0].answer must be "lure" or "genuine"',
      'questions[0].sourceUrls must be a non-empty list of http(s) URLs',
    ]);
    expect(validateSigns({ signs: [{ signal: 'nope', explanation: { vi: 'x' }, sourceUrls: ['https://a.b'] }] }, ['high_pay'])).toEqual([
      'signs[0].signal "nope" is not a detector signal id (high_pay)',
      'signs[0].explanation must map languages to text and include "en"',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { evidenceSegments } from './annotate.ts';

describe('evidenceSegments', () => {
  it('marks each reason’s evidence, case-insensitively, and keeps the text whole', () => {
    const text = 'Salary USD 2,500/month. Contact TELEGRAM only. Free visa.';
    const segs = evidenceSegments(text, [['USD 2,500/month'], ['telegram'], ['free visa']]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.reason !== undefined)).toEqual([
      { text: 'USD 2,500/month', reason: 0 },
      { text: 'TELEGRAM', reason: 1 },
      { text: 'Free visa', reason: 2 },
    ]);
  });

  it('marks only the revealed reasons', () => {
    const segs = evidenceSegments('Telegram only, free visa', [['telegram'], ['free visa']], 1);
    expect(segs.filter((s) => s.reason !== undefined)).toEqual([{ text: 'Telegram', reason: 0 }]);
    expect(evidenceSegments('Telegram', [['telegram']], 0)).toEqual([{ text: 'Telegram' }]);
  });

  it('never overlaps: the earlier, then longer, evidence wins', () => {
    const segs = evidenceSegments('free flight and visa', [['flight'], ['free flight and visa']]);
    expect(segs).toEqual([{ text: 'free flight and visa', reason: 1 }]);
  });

  it('ignores evidence that is not in the text or too short', () => {
    expect(evidenceSegments('abc', [['zzz', ' ', 'a']])).toEqual([{ text: 'abc' }]);
  });

  it('marks the right words after a Turkish İ (lowercasing changes the length)', () => {
    const segs = evidenceSegments("İstanbul'da çağrı merkezi, Telegram @hr", [['telegram']]);
    expect(segs.filter((s) => s.reason !== undefined).map((s) => s.text)).toEqual(['Telegram']);
    expect(segs.map((s) => s.text).join('')).toBe("İstanbul'da çağrı merkezi, Telegram @hr");
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText, MAX_NORMALISE_CHARS } from './normalise.ts';

describe('normaliseText', () => {
  it.each([
    ['Ｔｅｌｅｇｒａｍ：＠ｈｒ＿ｊｏｂｓ', 'Telegram:@hr_jobs'],
    ['月薪１．５万', '月薪1.5万'],
    ['Tele\u200Bgram', 'Telegram'],
    ['What\u200D\u2060sApp\uFEFF', 'WhatsApp'],
    ['\u202Eevil\u202C text', 'evil text'],
    ['soft\u00ADhyphen', 'softhyphen'],
    ['Contact T e l e g r a m now', 'Contact Telegram now'],
    ['W h a t s A p p: +855', 'WhatsApp: +855'],
    ['T.e.l.e.g.r.a.m', 'Telegram'],
    ['a b c', 'a b c'],
    ['Plan a b or c', 'Plan a b or c'],
    ['  many    spaces\t\there  ', 'many spaces here'],
    ['line1\r\nline2\rline3', 'line1\nline2\nline3'],
    ['a\n\n\n\n\nb', 'a\n\nb'],
    ['trailing   \n   leading', 'trailing\nleading'],
    ['Lương 10\u00A0triệu', 'Lương 10 triệu'],
    ['việc nhẹ lương cao', 'việc nhẹ lương cao'],
    ['เงินเดือน 25,000 บาท', 'เงินเดือน 25,000 บาท'],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('composes decomposed Vietnamese (NFKC)', () => {
    expect(normaliseText('vie\u0323\u0302c nhe\u0323')).toBe('việc nhẹ');
  });

  it('keeps Thai and Lao AM as one letter (NFKC splits it; keyboards and our patterns do not)', () => {
    expect(normaliseText('ทำงาน ค่าดำเนินการ')).toBe('ทำงาน ค่าดำเนินการ');
    expect(normaliseText('\u0E17\u0E4D\u0E32')).toBe('\u0E17\u0E33');
    expect(normaliseText('ສຳລັບ')).toBe('ສຳລັບ');
    expect(normaliseText('ไม่จำเป็นต้องมีประสบการณ์')).toContain('\u0E33');
  });

  it('never throws on odd input', () => {
    expect(normaliseText('\uD800 lone \uDFFF surrogates')).toBe('\uFFFD lone \uFFFD surrogates');
    expect(normaliseText('')).toBe('');
    expect(normaliseText(undefined as unknown as string)).toBe('');
  });

  it('caps huge input and stays fast', () => {
    const huge = 'T e l e g r a m \u200B x '.repeat(100_000);
    const t0 = performance.now();
    const out = normaliseText(huge);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(out.length).toBeLessThanOrEqual(MAX_NORMALISE_CHARS);
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
    const pieces = fc.constantFrom('a', 'b', ' ', '  ', '.', '\n', '\u200B', 'ｔ', 'ệ', '\u0301', 'e', 'T', '\t', '\u00A0', '1');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (arr) => {
        const once = normaliseText(arr.join(''));
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText, MAX_NORMALISE_CHARS, mayHaveInvisible } from './normalise.ts';

describe('normaliseText', () => {
  it.each([
    ['Ｔｅｌｅｇｒａｍ：＠ｈｒ＿ｊｏｂｓ', 'Telegram:@hr_jobs'],
    ['月薪１．５万', '月薪1.5万'],
    ['Tele\u200Bgram', 'Telegram'],
    ['What\u200D\u2060sApp\uFEFF', 'WhatsApp'],
    ['\u202Eevil\u202C text', 'evil text'],
    ['soft\u00ADhyphen', 'softhyphen'],
    // Visible disguises stay (reveal.ts undoes them for the detectors, with a map back here).
    ['Contact T e l e g r a m now', 'Contact T e l e g r a m now'],
    ['T.e.l.e.g.r.a.m', 'T.e.l.e.g.r.a.m'],
    ['C u s t o m e r   s e r v i c e', 'C u s t o m e r  s e r v i c e'],
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

  it('removes every default-ignorable code point: variation selectors, tags, U+061C, Mongolian selectors, Hangul fillers', () => {
    const invisibles = [
      '\uFE0F',
      '\uFE00',
      '\u{E0020}',
      '\u{E0041}',
      '\u{E007F}',
      '\u{E0100}',
      '\u061C',
      '\u180B',
      '\u180E',
      '\u180F',
      '\u115F',
      '\u1160',
      '\u3164',
      '\uFFA0',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\u2064',
      '\u206F',
      '\uFEFF',
      '\u00AD',
      '\u034F',
      '\u17B4',
    ];
    for (const c of invisibles)
      expect([c.codePointAt(0)!.toString(16), normaliseText(`Tele${c}gram v${c}isa`)]).toEqual([c.codePointAt(0)!.toString(16), 'Telegram visa']);
    expect(normaliseText('T\u{E0041}e\uFE0Fl\u115Fe\u3164g\uFFA0r\u180Ba\u061Cm')).toBe('Telegram');
  });

  it('keeps a zero-width joiner only inside an emoji sequence', () => {
    expect(normaliseText('👩\u200D💻 dev')).toBe('👩\u200D💻 dev');
    expect(normaliseText('❤️\u200D🔥')).toBe('❤\u200D🔥');
    expect(normaliseText('Free ✈️ and 🛂')).toBe('Free ✈ and 🛂');
    expect(normaliseText('What\u200DsApp 👍\u200D')).toBe('WhatsApp 👍');
  });

  it('keeps two spaces between single letters (a word break in spaced-out text), one elsewhere', () => {
    expect(normaliseText('C u s t o m e r \t s e r v i c e')).toBe('C u s t o m e r  s e r v i c e');
    expect(normaliseText('hello    world')).toBe('hello world');
    expect(normaliseText('a    word')).toBe('a word');
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
    const pieces = fc.constantFrom(
      'a',
      'b',
      ' ',
      '  ',
      '.',
      '\n',
      '\u200B',
      '\u200D',
      '\uFE0F',
      '\u{E0041}',
      '\u3164',
      '👩',
      '💻',
      'ｔ',
      'ệ',
      '\u0301',
      'e',
      'T',
      '\t',
      '\u00A0',
      '1',
      // Plain text takes a one-pass path: only whitespace to tidy.
      '\r\n',
      '\u2003',
      '\u2028',
      '\v',
      'C u s',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (arr) => {
        const once = normaliseText(arr.join(''));
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('mayHaveInvisible (the cheap test before removing invisible characters)', () => {
  it('flags every default-ignorable code point and Hangul filler, BMP or astral', () => {
    const missed: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/[\p{Default_Ignorable_Code_Point}\u115F\u1160\u3164\uFFA0]/u.test(ch) && !mayHaveInvisible(`ab${ch}cd`)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('passes ordinary text, and normalising it leaves its visible characters', () => {
    const text = 'Customer service – “full-time” • 3,000 USD 客服 ลูกค้า Обслуживание';
    expect(mayHaveInvisible(text)).toBe(false);
    expect(normaliseText(text)).toBe(text);
    expect(mayHaveInvisible('Tele\u200Bgram')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { SCRIPT_TESTS, findAll, findEmoji, scriptsOf, word } from './pattern.ts';

describe('word(): the fast ASCII word start', () => {
  it('is used when every alternative starts with an ASCII letter or digit, classes and groups included', () => {
    for (const src of ['high salary|big pay', '[2-9]x salary|double pay', '\\d+ times', '(\\d{2}) years old', '(?:\\d|ten) times', '(?:free )?visa']) {
      expect(word(src), src).toMatch(/^\\b/);
    }
  });

  it('is not used when an alternative may start otherwise', () => {
    for (const src of ['đi làm|high pay', '(?:đi )?visa', '[^a-z]x', '(?:free)?ビザ', '(?:\\d){0,2}ビザ', '(?<!x)visa', '\\p{L}+ pay']) {
      expect(word(src), src).not.toMatch(/^\\b/);
    }
  });

  it('finds the same words either way where the text around them is Latin', () => {
    const text = 'Earn 3x salary, 10 times your pay! x3x salary; 25 years old, a25 years old.';
    const fast = new RegExp(word('(?:[2-9]|10)\\s?(?:x|times) (?:your )?(?:salary|pay)|(\\d{2}) years old'), 'gi');
    const slow = /(?<![\p{L}\p{M}\p{N}_])(?:(?:[2-9]|10)\s?(?:x|times) (?:your )?(?:salary|pay)|(\d{2}) years old)(?![\p{L}\p{M}\p{N}_])/giu;
    expect(findAll(text, fast).map((m) => m.text)).toEqual(findAll(text, slow).map((m) => m.text));
    expect(findAll(text, fast).map((m) => m.text)).toEqual(['3x salary', '10 times your pay', '25 years old']);
  });
});

describe('scriptsOf', () => {
  const expected = (text: string) => ['latin', ...SCRIPT_TESTS.filter(([, re]) => re.test(text)).map(([sc]) => sc)].sort();

  it('finds each script as a regex test per script would, for every BMP code unit', () => {
    const wrong: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b #${c}`;
      if ([...scriptsOf(text)].sort().join() !== expected(text).join()) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('reads mixed texts, astral characters and lone surrogates', () => {
    for (const text of ['Lương cao 高薪 เงินดี', 'Теlеgrаm 🇰🇭 \uD83D', 'ASCII only', 'মাসিক বেতন ৳৫০,০০০ 𠀀', 'ሥራ \uDC00 ລາວ ខ្មែរ မြန်မာ']) {
      expect([...scriptsOf(text)].sort()).toEqual(expected(text));
    }
  });
});

describe('findEmoji', () => {
  const PICTO = /\p{Extended_Pictographic}/gu;

  it('finds every pictograph the Unicode property names, where findAll would', () => {
    let all = '';
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (/^\p{Extended_Pictographic}$/u.test(ch)) all += `${ch}a`;
    }
    expect(all.length).toBeGreaterThan(3000);
    expect(findEmoji(all, 1e6)).toEqual(findAll(all, PICTO, 1e6));
  });

  it('agrees with the property on surrogate soup, flags and skin tones, and stops at max', () => {
    for (const text of ['Free ✈️, 🛂, 🍚 and 🏠!', '🇰🇭🇹🇭 👍🏽 #️⃣ ©®™', '\uD83D\uD83D\uDE00\uDE00 x \uD83C', 'plain text, no emoji — “quotes” • bullets…']) {
      expect(findEmoji(text, 200)).toEqual(findAll(text, PICTO, 200));
    }
    expect(findEmoji('🔥🔥🔥🔥', 2)).toHaveLength(2);
  });
});

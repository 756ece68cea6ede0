import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lit, idOf, mayMatch, requiredLiterals } from './prefilter.ts';
import { w } from './util.ts';

describe('literal prefilter', () => {
  it('derives the literals every match must contain', () => {
    expect(requiredLiterals('(?:free|paid) (?:air ?)?tickets?')).toEqual(['ticket']);
    expect(requiredLiterals('visa on arrival|bebas visa')).toEqual(['visa on arrival', 'bebas visa']);
    expect(requiredLiterals('\\d+')).toBeNull();
    expect(requiredLiterals('(?:abc)?|x')).toBeNull();
    expect(requiredLiterals('T[.\\s]G')).toEqual(['t']);
  });

  it('never rules out a regex that matches (property)', () => {
    const res = [
      lit(new RegExp(w('(?:free|complimentary) (?:air ?)?tickets?|visa on arrival'), 'giu')),
      lit(/(?<![\p{L}])(?:lương cao|thu nhập cao)|高薪|텔레그램/giu),
      lit(/(?:US\$|PHP) ?\d+/gi),
    ];
    const frag = fc.constantFrom('FREE ', 'Free Air Ticket', 'tickets', 'Visa On Arrival', 'LƯƠNG CAO', 'Thu nhập cao', '高薪', '텔레그램', 'us$', 'php 5', ' ', 'x', 'ſ', 'İ');
    fc.assert(
      fc.property(fc.array(frag, { maxLength: 12 }), (arr) => {
        const t = arr.join('');
        for (const re of res) {
          re.lastIndex = 0;
          if (re.test(t)) expect(mayMatch(t, idOf(re))).toBe(true);
          re.lastIndex = 0;
        }
      }),
      { numRuns: 500 },
    );
  });
});

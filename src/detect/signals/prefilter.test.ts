import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lit, idOf, literalsOf, mayMatch, recordLiteralTable, registerSource, requiredLiterals, useLiteralTable } from './prefilter.ts';
import { word } from './pattern.ts';

describe('literal prefilter', () => {
  it('derives the literals every match must contain', () => {
    // Runs of groups with few possible strings are spelled out: "ticket" alone is far more common.
    expect(requiredLiterals('(?:free|paid) (?:air ?)?tickets?')?.sort()).toEqual([
      'free air ticket',
      'free airticket',
      'free ticket',
      'paid air ticket',
      'paid airticket',
      'paid ticket',
    ]);
    expect(requiredLiterals('(?:dm|pm) (?:me|us)')?.sort()).toEqual(['dm me', 'dm us', 'pm me', 'pm us']);
    expect(requiredLiterals('tel[e3]gr[a4]m')?.sort()).toEqual(['tel3gr4m', 'tel3gram', 'telegr4m', 'telegram']);
    expect(requiredLiterals('[^a]bc|x[a-z]yz')?.sort()).toEqual(['bc', 'yz']);
    expect(requiredLiterals('visa on arrival|bebas visa')).toEqual(['visa on arrival', 'bebas visa']);
    expect(requiredLiterals('\\d+')).toBeNull();
    expect(requiredLiterals('(?:abc)?|x')).toBeNull();
    expect(requiredLiterals('T[.\\s]G')).toEqual(['t']);
  });

  it('never rules out a regex that matches (property)', () => {
    const res = [
      lit(new RegExp(word('(?:free|complimentary) (?:air ?)?tickets?|visa on arrival'), 'giu')),
      lit(/(?<![\p{L}])(?:lương cao|thu nhập cao)|高薪|텔레그램/giu),
      lit(/(?:US\$|PHP) ?\d+/gi),
      lit(new RegExp(word('(?:dm|pm|inbox) (?:me|us)(?: now)?|tel[e3]gr[a4@]m|no (?:prior )?experience'), 'giu')),
    ];
    const frag = fc.constantFrom(
      'FREE ',
      'Free Air Ticket',
      'tickets',
      'Visa On Arrival',
      'LƯƠNG CAO',
      'Thu nhập cao',
      '高薪',
      '텔레그램',
      'us$',
      'php 5',
      ' ',
      'x',
      'ſ',
      'İ',
      'DM',
      'pm',
      'Inbox',
      'me',
      'US',
      ' now',
      'tel3gr4m',
      'Telegr@m',
      'TELE',
      'gram',
      'no ',
      'prior ',
      'experience',
    );
    fc.assert(
      fc.property(fc.array(frag, { maxLength: 12 }), (arr) => {
        const t = arr.join('');
        for (const re of res) {
          re.lastIndex = 0;
          if (re.test(t)) expect(mayMatch(t, idOf(re))).toBe(true);
          re.lastIndex = 0;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('checks a long literal in full, not only the first characters the automaton holds', () => {
    const re = lit(/experience (?:is )?not required|no experience needed/gi);
    expect(literalsOf(idOf(re))?.every((l) => l.length > 10)).toBe(true);
    // Only the first characters (those the automaton holds): the regex cannot match, and is skipped.
    expect(mayMatch('Experience in sales; 3 years required.', idOf(re))).toBe(false);
    expect(mayMatch('No experiences needed', idOf(re))).toBe(false);
    for (const t of ['EXPERIENCE NOT REQUIRED', 'a, experience is not required.', 'experience experience not required', 'x no experience needed']) {
      expect(mayMatch(t, idOf(re)), t).toBe(true);
      re.lastIndex = 0;
      expect(re.test(t), t).toBe(true);
    }
    // The same text again (its flags are cached), and a long literal that overlaps itself.
    expect(mayMatch('EXPERIENCE NOT REQUIRED', idOf(re))).toBe(true);
    const overlap = lit(/abababababab/gi);
    expect(mayMatch('abababababab', idOf(overlap))).toBe(true);
    expect(mayMatch('xxabababababababxx', idOf(overlap))).toBe(true);
    expect(mayMatch('ababababab', idOf(overlap))).toBe(false);
  });
});

describe('deferred building (at first use, not at module load)', () => {
  it('builds a pattern only when something uses it, then matches as an eager build would', async () => {
    const { anyOf, findAll } = await import('./pattern.ts');
    const { deferred, materialize } = await import('./prefilter.ts');
    let built = 0;
    deferred(() => built++);
    const pat = anyOf(['zqx deferred phrase', 'another zqx']);
    expect(built).toBe(0);
    const hits = findAll('say zqx deferred phrase and another zqx', pat);
    expect(built).toBe(1);
    expect(hits.map((h) => h.text)).toEqual(['zqx deferred phrase', 'another zqx']);
    expect(findAll('nothing here', pat)).toEqual([]);
    expect(materialize()).toBe(false);
  });

  it('a regex registered with lit gets its literal set at first use', async () => {
    const { deferred, materialize, materializeSteps } = await import('./prefilter.ts');
    const re = lit(/vqzw(?:abc|def)/giu);
    let steps = 0;
    deferred(() => undefined);
    for (const _ of materializeSteps()) steps++;
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(materialize()).toBe(false);
    expect(idOf(re)).toBeGreaterThanOrEqual(0);
    expect(mayMatch('xx vqzwdef', idOf(re))).toBe(true);
    expect(mayMatch('nothing here', idOf(re))).toBe(false);
  });
});

describe('the literal table computed ahead (scripts/prefilter-table.ts)', () => {
  it('records each registered source with the literals parsing gives, and a table entry is used instead of parsing', () => {
    const recorded = recordLiteralTable();
    const a = '(?:telegram|whatsapp) ?id';
    const b = '(?:sihanoukville|poipet)';
    const ida = registerSource(a);
    expect(recorded.get(a)).toEqual(requiredLiterals(a));
    expect(literalsOf(ida)).toEqual(requiredLiterals(a));
    // A table entry (as the build writes it) is taken as it is; sources it does not hold are parsed.
    useLiteralTable([[b, ['poipet', 'sihanoukville']]]);
    expect(literalsOf(registerSource(b))).toEqual(['poipet', 'sihanoukville']);
    expect(literalsOf(registerSource(a))).toEqual(requiredLiterals(a));
    useLiteralTable([]);
  });
});

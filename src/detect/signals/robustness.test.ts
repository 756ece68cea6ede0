import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectSignals } from './index.ts';
import { normaliseText } from '../normalise.ts';
import { parseSalaries } from '../salary.ts';

const LURE = `🔥URGENT HIRING🔥 Online Customer Service (Chinese company) - Sihanoukville, Cambodia
Salary US$1,500-3,500/month + commission. Free flight ticket, free visa, free food and accommodation.
No experience needed, just typing. Age 18-35. Travel on tourist visa via Bangkok, then car.
Contact Telegram @hr_kh_888 only. Send passport copy. 100% legal, not a scam.\n`;
const GENUINE = `Customer Service Representative - Concentrix, Makati City. Salary: PHP 18,000 - 22,000 monthly.
Responsibilities include answering inbound calls, resolving billing issues and documenting each interaction in CRM.
Requirements: SHS graduate, good English, willing to work shifting schedules. HMO from day 1, free shuttle.\n`;

function check(text: string): void {
  const hits = detectSignals(text);
  for (const h of hits) {
    expect(h.strength).toBeGreaterThan(0);
    expect(h.strength).toBeLessThanOrEqual(1);
    for (const e of h.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  }
}

describe('robustness', () => {
  it('never throws on arbitrary unicode (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const n = normaliseText(s);
        check(n);
        check(s); // even un-normalised input must not throw
        parseSalaries(s);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on lure-like fragments (property)', () => {
    const frag = fc.constantFrom(
      'free ',
      'visa ',
      'tourist visa',
      'Telegram',
      '@',
      't.me/',
      'WhatsApp',
      '$',
      '1,000',
      '-',
      '万',
      'triệu',
      'Cambodia',
      '包吃',
      '飞机',
      ' ',
      '\n',
      'age 18',
      '35',
      '岁',
      'ฟรี',
      '텔레그램',
      '🔥',
      'no ',
      'fee',
      'passport',
    );
    fc.assert(
      fc.property(fc.array(frag, { maxLength: 60 }), (arr) => check(normaliseText(arr.join('')))),
      { numRuns: 1000 },
    );
  });

  // Its speed is a benchmark figure (npm run bench: the signals stage), not a test.
  it('gives valid hits on a 3 kB ad made of a repeated lure or genuine ad', () => {
    for (const base of [LURE, GENUINE]) check(base.repeat(Math.ceil(3000 / base.length)).slice(0, 3000));
    expect(detectSignals(LURE).length).toBeGreaterThan(detectSignals(GENUINE).length);
  });

  it('handles 1 MB hostile strings quickly', () => {
    const hostiles = [
      'a '.repeat(500_000),
      'T e l e g r a m '.repeat(60_000),
      '1,'.repeat(500_000),
      '$1-'.repeat(330_000),
      'free free free visa '.repeat(50_000),
      '@'.repeat(1_000_000),
      '🔥'.repeat(500_000),
      'tele gram tele '.repeat(70_000),
      'age 18-35 '.repeat(100_000),
      '包吃包住'.repeat(250_000),
      ('x'.repeat(1000) + '\n').repeat(1000),
    ];
    for (const h of hostiles) {
      const t0 = performance.now();
      const n = normaliseText(h);
      check(n);
      check(h);
      parseSalaries(h);
      expect(performance.now() - t0, h.slice(0, 20)).toBeLessThan(5000);
    }
  });
});

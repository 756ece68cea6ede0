import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSalaries, parseNumber, USD_RATES, VI_LETTERS, type SalaryMention } from './salary.ts';

type Row = [string, number, number, string, SalaryMention['period']];
const TABLE: Row[] = [
  ['US$3,000/month', 3000, 3000, 'USD', 'month'],
  ['$1,000-4,000', 1000, 4000, 'USD', null],
  ['30K', 30000, 30000, 'XXX', null],
  ['30k/month', 30000, 30000, 'XXX', 'month'],
  ['1.5万', 15000, 15000, 'CNY', null],
  ['月薪1.5万', 15000, 15000, 'CNY', 'month'],
  ['月入过万', 10000, 10000, 'CNY', 'month'],
  ['60万元', 600000, 600000, 'CNY', null],
  ['3 triệu', 3_000_000, 3_000_000, 'VND', null],
  ['15 Tr - 40 Tr VND', 15_000_000, 40_000_000, 'VND', null],
  ['25-35 triệu VND', 25_000_000, 35_000_000, 'VND', null],
  ['Rp 16 juta', 16_000_000, 16_000_000, 'IDR', null],
  ['Rp10.000.000 – Rp13.500.000 per month', 10_000_000, 13_500_000, 'IDR', 'month'],
  ['฿30,000', 30000, 30000, 'THB', null],
  ['30,000 บาท', 30000, 30000, 'THB', null],
  ['THB 30,000+', 30000, 30000, 'THB', null],
  ['1,000만 원', 10_000_000, 10_000_000, 'KRW', null],
  ['월 1000만원', 10_000_000, 10_000_000, 'KRW', 'month'],
  ['月100万円以上', 1_000_000, 1_000_000, 'JPY', 'month'],
  ['時給5千円', 5000, 5000, 'JPY', 'hour'],
  ['NT$100k', 100_000, 100_000, 'TWD', null],
  ['PHP 25,000', 25000, 25000, 'PHP', null],
  ['₱25,000 monthly', 25000, 25000, 'PHP', 'month'],
  ['RM 3,500', 3500, 3500, 'MYR', null],
  ['USDT 2000', 2000, 2000, 'USD', null],
  ['Gaji Rp 5.000.000 per bulan', 5_000_000, 5_000_000, 'IDR', 'month'],
  ['lương 10-15 triệu', 10_000_000, 15_000_000, 'VND', null],
  ['Mức lương: 12.000.000đ/tháng', 12_000_000, 12_000_000, 'VND', 'month'],
  ['เงินเดือน 25,000 บาท', 25000, 25000, 'THB', 'month'],
  ['$20/hr', 20, 20, 'USD', 'hour'],
  ['日薪800元', 800, 800, 'CNY', 'day'],
  ['3000U', 3000, 3000, 'USD', null],
  ['月薪3000美金', 3000, 3000, 'USD', 'month'],
  ['$60,000 - $80,000 a year', 60000, 80000, 'USD', 'year'],
  ['Rp 150.000/hari', 150_000, 150_000, 'IDR', 'day'],
  ['Salary: 25,000 - 30,000 (Makati)', 25000, 30000, 'PHP', null],
];

describe('parseSalaries', () => {
  it.each(TABLE)('%s', (input, min, max, currency, period) => {
    const ms = parseSalaries(input);
    expect(ms.length).toBeGreaterThanOrEqual(1);
    const m = ms[0]!;
    expect({ min: m.min, max: m.max, currency: m.currency, period: m.period }).toEqual({ min, max, currency, period });
    expect(input.slice(m.start, m.end)).toBe(m.raw);
  });

  it('converts to USD per month', () => {
    const [m] = parseSalaries('US$3,000/month');
    expect(m?.usdPerMonthMin).toBe(3000);
    const [h] = parseSalaries('$20/hr');
    expect(h?.usdPerMonthMin).toBeCloseTo(20 * 173, 0);
    const [d] = parseSalaries('日薪800元');
    expect(d?.usdPerMonthMin).toBeCloseTo((800 / 7.1) * 22, 0);
    const [y] = parseSalaries('$60,000 - $80,000 a year');
    expect(y?.usdPerMonthMin).toBeCloseTo(5000, 0);
    const [v] = parseSalaries('25-35 triệu VND');
    expect(v?.usdPerMonthMin).toBeCloseTo(25_000_000 / USD_RATES.perUsd['VND']!, 0);
    const [x] = parseSalaries('30K');
    expect(x?.usdPerMonthMin).toBeNull();
  });

  it('uses context for bare figures', () => {
    const [m] = parseSalaries('Customer service in Makati\nSalary 30K monthly');
    expect(m?.currency).toBe('PHP');
    expect(m?.period).toBe('month');
  });

  it('ignores non-salary numbers', () => {
    for (const s of [
      'age 18-35, call 0912 345 678 before 2025-12-22',
      '12月15日面试',
      'Tuổi 18-35, 3 năm kinh nghiệm',
      'We have 500 employees and 3 offices, founded 1998',
      'FORM 3,000 units',
      'ทุนจดทะเบียน 5,000,000', // no currency word: not parsed
      '50 million clients worldwide',
      'Increase sales by 30%',
    ]) {
      expect(parseSalaries(s), s).toEqual([]);
    }
  });

  it('handles redundant multipliers and conflicting currency marks', () => {
    const [a] = parseSalaries('Lương 30.000.000 - 40.000.000 triệu/tháng');
    expect(a?.min).toBe(30_000_000);
    expect(a?.max).toBe(40_000_000);
    const [b] = parseSalaries('Lương up 10,000,000 - 15,000,000 VND/ tháng');
    expect(b?.currency).toBe('VND');
  });

  it('parseNumber handles locale separators', () => {
    expect(parseNumber('1.000.000')).toBe(1_000_000);
    expect(parseNumber('3,000')).toBe(3000);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('10.000,50')).toBe(10000.5);
    expect(parseNumber('1,234,567.89')).toBeCloseTo(1234567.89);
  });

  it('rate table is dated and sane', () => {
    expect(USD_RATES.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const [k, v] of Object.entries(USD_RATES.perUsd)) {
      expect(v, k).toBeGreaterThan(0);
    }
  });

  it('never throws and is fast on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const ms = parseSalaries(s);
        for (const m of ms) expect(s.slice(m.start, m.end)).toBe(m.raw);
      }),
      { numRuns: 1000 },
    );
    const digits = fc.constantFrom('1', '0', ',', '.', ' ', '-', '$', '万', 'k', 'triệu', 'Rp', '/month', '月薪', '\n', '฿', '~');
    fc.assert(
      fc.property(fc.array(digits, { maxLength: 80 }), (arr) => {
        const s = arr.join('');
        for (const m of parseSalaries(s)) {
          expect(s.slice(m.start, m.end)).toBe(m.raw);
          expect(m.min).toBeLessThanOrEqual(m.max);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('handles a 1 MB hostile string quickly', () => {
    const hostile = '1,1,1,1,1.1.1.1 $ 1-1-1 万万 triệu '.repeat(30_000);
    const t0 = performance.now();
    parseSalaries(hostile);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('VI_LETTERS', () => {
  it('is exactly the code units the case-insensitive Vietnamese letter class matches', () => {
    const re = /^[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]$/iu;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (re.test(String.fromCharCode(c)) !== VI_LETTERS.has(c)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

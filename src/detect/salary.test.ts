import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText } from './normalise.ts';
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
  // Korean pay in 만원 with the unit left out (monthly, yearly); hourly pay stays in won.
  ['태국 콜센터 월 800 숙소 제공', 8_000_000, 8_000_000, 'KRW', 'month'],
  ['월 300~400 가능', 3_000_000, 4_000_000, 'KRW', 'month'],
  ['시급 9860원', 9860, 9860, 'KRW', 'hour'],
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
  ['每天300元', 300, 300, 'CNY', 'day'],
  ['工资每周3000元', 3000, 3000, 'CNY', 'week'],
  ['30元/小时', 30, 30, 'CNY', 'hour'],
  ['茶餐廳請樓面，月薪 $17,000', 17000, 17000, 'HKD', 'month'],
  ['Trabalho no Japão, ¥1.500 por hora', 1500, 1500, 'JPY', 'hour'],
  ['주 1000만~2000만원', 10_000_000, 20_000_000, 'KRW', 'week'],
  ['Kariakoo, mshahara 250,000 kwa mwezi', 250000, 250000, 'TZS', 'month'],
  // "周末双休" (weekends off) and "280小时" (hours worked) are not pay periods.
  ['人均8千以上 周末双休', 8000, 8000, 'CNY', null],
  ['月均1万 周一至周五', 10000, 10000, 'CNY', null],
  ['4800元 280小时', 4800, 4800, 'CNY', null],
  ['3000U', 3000, 3000, 'USD', null],
  ['月薪3000美金', 3000, 3000, 'USD', 'month'],
  ['$60,000 - $80,000 a year', 60000, 80000, 'USD', 'year'],
  ['Rp 150.000/hari', 150_000, 150_000, 'IDR', 'day'],
  ['Salary: 25,000 - 30,000 (Makati)', 25000, 30000, 'PHP', null],
];

// Every language, every disguise: the currency mark wins over the country ("1500 đô" in a
// Vietnamese ad is dollars), digits in other scripts, units and number words, ranges, periods.
const MORE: Row[] = [
  // Currency marks before the country's own currency
  ['Lương 1200$/tháng', 1200, 1200, 'USD', 'month'],
  ['1500 đô', 1500, 1500, 'USD', null],
  ['lương 2.000 đô la mỹ mỗi tháng', 2000, 2000, 'USD', 'month'],
  ['3,000$', 3000, 3000, 'USD', null],
  ['3 thousand USD', 3000, 3000, 'USD', null],
  ['three thousand dollars', 3000, 3000, 'USD', null],
  ['earn five hundred dollars a week', 500, 500, 'USD', 'week'],
  ['$2.5k per month', 2500, 2500, 'USD', 'month'],
  // Units, slang and shorthand
  ['1k5', 1500, 1500, 'XXX', null],
  ['$1k5/month', 1500, 1500, 'USD', 'month'],
  ['lương 8tr5/tháng', 8_500_000, 8_500_000, 'VND', 'month'],
  ['30 củ', 30_000_000, 30_000_000, 'VND', null],
  ['月薪2w', 20_000, 20_000, 'CNY', 'month'],
  ['底薪1-2w/月', 10_000, 20_000, 'CNY', 'month'],
  ['两万元', 20_000, 20_000, 'CNY', null],
  ['月薪两万', 20_000, 20_000, 'CNY', 'month'],
  ['年收入不低于6万', 60_000, 60_000, 'CNY', 'year'],
  ['月入三万五', 35_000, 35_000, 'CNY', 'month'],
  ['月薪1万5千', 15_000, 15_000, 'CNY', 'month'],
  ['月薪4萬', 40_000, 40_000, 'TWD', 'month'],
  ['台北 月薪3萬2千元', 32_000, 32_000, 'TWD', 'month'],
  ['6หมื่น', 60_000, 60_000, 'THB', null],
  ['เงินเดือนหกหมื่นบาท', 60_000, 60_000, 'THB', 'month'],
  ['เงินเดือน 3หมื่น5พันบาท', 35_000, 35_000, 'THB', 'month'],
  ['월 삼백만원', 3_000_000, 3_000_000, 'KRW', 'month'],
  ['연봉 1억5천만원', 150_000_000, 150_000_000, 'KRW', 'year'],
  ['月給三十万円', 300_000, 300_000, 'JPY', 'month'],
  ['時給1万5千円', 15_000, 15_000, 'JPY', 'hour'],
  ['lương mười lăm triệu một tháng', 15_000_000, 15_000_000, 'VND', 'month'],
  ['gaji lima belas juta sebulan', 15_000_000, 15_000_000, 'IDR', 'month'],
  ['gaji 8jt/bulan', 8_000_000, 8_000_000, 'IDR', 'month'],
  ['Rp 500 rb per hari', 500_000, 500_000, 'IDR', 'day'],
  ['gaji RM 3 ribu sebulan', 3000, 3000, 'MYR', 'month'],
  ['sahod 25 libo kada buwan', 25_000, 25_000, 'PHP', 'month'],
  ['limampung libong piso kada buwan', 50_000, 50_000, 'PHP', 'month'],
  // South Asia: rupees, lakh and crore, Indian digit grouping, native digits
  ['₹1,50,000 प्रति माह', 150_000, 150_000, 'INR', 'month'],
  ['2.5 lakh per annum', 250_000, 250_000, 'INR', 'year'],
  ['वेतन 25 हजार रुपये प्रति माह', 25_000, 25_000, 'INR', 'month'],
  ['वेतन पच्चीस हजार रुपये', 25_000, 25_000, 'INR', null],
  ['सैलरी ढाई लाख रुपये महीना', 250_000, 250_000, 'INR', 'month'],
  ['Rs. 25,000/- per month', 25_000, 25_000, 'INR', 'month'],
  ['Salary 6-8 LPA', 600_000, 800_000, 'INR', 'year'],
  ['CTC: ₹6,00,000', 600_000, 600_000, 'INR', 'year'],
  ['रु. ६ लाख वार्षिक', 600_000, 600_000, 'INR', 'year'],
  ['₹5,000 साप्ताहिक', 5000, 5000, 'INR', 'week'],
  ['KSh 1.2M p.a.', 1_200_000, 1_200_000, 'KES', 'year'],
  ['नेपालमा काम, तलब रू. ३०,००० प्रति महिना', 30_000, 30_000, 'NPR', 'month'],
  ['बेतन रु ३५ हजार, काठमाडौं', 35_000, 35_000, 'NPR', null],
  ['বেতন ২৫,০০০ টাকা মাসিক', 25_000, 25_000, 'BDT', 'month'],
  ['মাসিক বেতন পঁচিশ হাজার টাকা', 25_000, 25_000, 'BDT', 'month'],
  ['৳ 30,000', 30_000, 30_000, 'BDT', null],
  ['රු. 50,000 මසකට', 50_000, 50_000, 'LKR', 'month'],
  ['වැටුප රු. ලක්ෂ 2', 200_000, 200_000, 'LKR', null],
  // Latin America, Brazil
  ['R$ 3 mil por mês', 3000, 3000, 'BRL', 'month'],
  ['salário de 2 mil reais por mês', 2000, 2000, 'BRL', 'month'],
  ['dois mil dólares por mês', 2000, 2000, 'USD', 'month'],
  ['Sueldo $9,500 mensuales en Guadalajara', 9500, 9500, 'MXN', 'month'],
  ['15 mil pesos al mes', 15_000, 15_000, 'MXN', 'month'],
  ['Salario $1.500.000 mensual, Bogotá', 1_500_000, 1_500_000, 'COP', 'month'],
  ['Salario 2 millones de pesos al mes, Medellín', 2_000_000, 2_000_000, 'COP', 'month'],
  ['S/ 2,500 mensuales', 2500, 2500, 'PEN', 'month'],
  ['dos mil dólares al mes', 2000, 2000, 'USD', 'month'],
  ['Trabajo en Tailandia, sueldo $2,500 al mes', 2500, 2500, 'USD', 'month'],
  ['$20 la hora', 20, 20, 'USD', 'hour'],
  // Russian
  ['от 100 000 до 150 000 ₽ в месяц', 100_000, 150_000, 'RUB', 'month'],
  ['100 тыс. руб.', 100_000, 100_000, 'RUB', null],
  ['зарплата 80к рублей', 80_000, 80_000, 'RUB', null],
  ['три тысячи долларов в месяц', 3000, 3000, 'USD', 'month'],
  ['1200 рублей в час', 1200, 1200, 'RUB', 'hour'],
  // East Africa
  ['mshahara elfu 50 kwa mwezi', 50_000, 50_000, 'KES', 'month'],
  ['shilingi elfu hamsini kwa mwezi', 50_000, 50_000, 'KES', 'month'],
  ['mshahara laki tatu na elfu hamsini', 350_000, 350_000, 'KES', null],
  ['KSh 1,000 kwa siku', 1000, 1000, 'KES', 'day'],
  ['UGX 800,000 per month', 800_000, 800_000, 'UGX', 'month'],
  ['TSh 500,000 kwa mwezi', 500_000, 500_000, 'TZS', 'month'],
  ['ደመወዝ 5000 ብር በወር', 5000, 5000, 'ETB', 'month'],
  ['በወር ሃምሳ ሺህ ብር', 50_000, 50_000, 'ETB', 'month'],
  ['50 ሺህ ብር', 50_000, 50_000, 'ETB', null],
  ['100 ብር በቀን', 100, 100, 'ETB', 'day'],
  // Khmer, Burmese, Lao (native digits; Burmese ဝ typed for zero)
  ['ប្រាក់ខែ ៥០០ ដុល្លារ', 500, 500, 'USD', 'month'],
  ['ប្រាក់ខែ ប្រាំរយដុល្លារ', 500, 500, 'USD', 'month'],
  ['២ លានរៀល', 2_000_000, 2_000_000, 'KHR', null],
  ['လစာ သိန်း ၂၀', 2_000_000, 2_000_000, 'MMK', 'month'],
  ['လစာ ၅ဝဝ,ဝဝဝ ကျပ်', 500_000, 500_000, 'MMK', 'month'],
  ['ဒေါ်လာ ၁၀၀၀ တစ်လ', 1000, 1000, 'USD', 'month'],
  ['ເງິນເດືອນ 10 ລ້ານກີບ', 10_000_000, 10_000_000, 'LAK', 'month'],
  ['2,000 ໂດລາ ຕໍ່ເດືອນ', 2000, 2000, 'USD', 'month'],
  // Ranges
  ['$1,500 hanggang $2,000 kada buwan', 1500, 2000, 'USD', 'month'],
  ['20 से 30 हजार रुपये', 20_000, 30_000, 'INR', null],
  ['de 8 a 10 mil pesos al mes', 8000, 10_000, 'MXN', 'month'],
  ['lương 15-20 củ', 15_000_000, 20_000_000, 'VND', null],
];

describe('parseSalaries', () => {
  it.each(MORE)('%s', (raw, min, max, currency, period) => {
    const input = normaliseText(raw);
    const ms = parseSalaries(input);
    expect(ms.length, input).toBeGreaterThanOrEqual(1);
    const m = ms[0]!;
    expect({ min: m.min, max: m.max, currency: m.currency, period: m.period }).toEqual({ min, max, currency, period });
    expect(input.slice(m.start, m.end)).toBe(m.raw);
  });

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
    expect(parseSalaries('Benefits: 401k match, 403b, dental')).toEqual([]);
    for (const s of [
      'age 18-35, call 0912 345 678 before 2025-12-22',
      '12月15日面试',
      'Tuổi 18-35, 3 năm kinh nghiệm',
      'We have 500 employees and 3 offices, founded 1998',
      'FORM 3,000 units',
      'ทุนจดทะเบียน 5,000,000', // no currency word: not parsed
      '50 million clients worldwide',
      'Increase sales by 30%',
      // Number words need a currency or pay words right next to them.
      '工资高,千万不要错过',
      '公司有一千多人',
      '招聘普工，十万火急！',
      'We have a thousand users and a million downloads',
      'ba năm kinh nghiệm, một trăm phần trăm',
      '신입사원 모집, 직원 복지',
      'สามารถทำงานได้ ห้ามสูบบุหรี่',
      'más de 3 mil clientes, un millón de usuarios',
      'график 5/2 с 9 до 18, 100 км от Москвы',
      'earn fifty percent more',
      // "w" is 万 only in a Chinese ad
      'give 2w notice',
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
    expect(parseNumber('1,50,000')).toBe(150_000);
    expect(parseNumber('12,34,56,789')).toBe(123_456_789);
    expect(parseNumber('100 000')).toBe(100_000);
  });

  it('settles "$", pesos, rupees and shillings from the rest of the ad', () => {
    const cur = (s: string) => parseSalaries(normaliseText(s))[0]?.currency;
    expect(cur('Remote job, salary $3,000/month')).toBe('USD');
    expect(cur('Sueldo de $12,000 a $15,000 mensuales, Monterrey')).toBe('MXN');
    expect(cur('Sueldo $2,500 USD al mes en Camboya')).toBe('USD');
    expect(cur('Salary 30,000 pesos monthly, Makati')).toBe('PHP');
    expect(cur('Rs. 45,000 per month, Colombo')).toBe('LKR');
    expect(cur('Rs. 45,000 per month, Kathmandu')).toBe('NPR');
    expect(cur('Rs. 45,000 per month, Pune')).toBe('INR');
    expect(cur('Shs 900,000 per month, Kampala')).toBe('UGX');
    expect(cur('mshahara shilingi 900,000 kwa mwezi, Dar es Salaam')).toBe('TZS');
    expect(cur('月薪8000元 台北')).toBe('TWD');
  });

  it('converts new currencies to USD per month', () => {
    const [m] = parseSalaries('₹1,50,000 प्रति माह');
    expect(m?.usdPerMonthMin).toBeCloseTo(150_000 / USD_RATES.perUsd['INR']!, 0);
    const [d] = parseSalaries('KSh 1,000 kwa siku');
    expect(d?.usdPerMonthMin).toBeCloseTo((1000 / USD_RATES.perUsd['KES']!) * 22, 0);
    for (const c of ['INR', 'BDT', 'NPR', 'LKR', 'BRL', 'RUB', 'KES', 'UGX', 'TZS', 'ETB', 'MXN', 'COP', 'PEN'])
      expect(USD_RATES.perUsd[c], c).toBeGreaterThan(0);
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

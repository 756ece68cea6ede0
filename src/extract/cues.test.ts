import { describe, expect, it } from 'vitest';
import { findSalaryLine, jobCueScore, looksLikeJobAd, pageMayHaveJobs, pageMayHaveJobsSteps, SALARY_FIGURE, warmUpSteps } from './cues.ts';

describe('looksLikeJobAd', () => {
  it('recognises short posts without the word "hiring"', () => {
    expect(
      looksLikeJobAd(
        'Chat support staff wanted for our company in Myawaddy. Salary USD 2,000/month, free flight, visa, food and room. Contact Telegram @x only.',
      ),
    ).toBe(true);
    expect(looksLikeJobAd('Warehouse Associate. Salary 14,000 - 16,000 baht per month. Requirements: high school diploma.')).toBe(true);
  });
  it('does not take a single requirements line or a community notice for an ad', () => {
    expect(looksLikeJobAd('Requirements: degree in accounting, 1 year of experience with MISA.')).toBe(false);
    expect(looksLikeJobAd('Fresh fruit, handmade soap and street food from 8am at the parish hall. Bring your own bag!')).toBe(false);
  });
});

describe('warmUpSteps', () => {
  it('runs every pattern in its own step and leaves them as it found them', () => {
    const text = 'Chat support staff wanted. Salary USD 2,000/month, apply now. Requirements: none. Lương 15 triệu. Gaji Rp 8 juta.';
    const before = [jobCueScore(text), findSalaryLine(text)];
    let steps = 0;
    for (const _ of warmUpSteps()) steps++;
    expect(steps).toBeGreaterThan(20);
    expect([jobCueScore(text), findSalaryLine(text)]).toEqual(before);
  });
});

/** SALARY_FIGURE as it was before its repetitions were bounded: quadratic on digit runs, kept as the reference. */
const UNBOUNDED_SALARY_FIGURE = (() => {
  const currency = '(?:US\\$|USD|\\$|€|£|¥|₫|฿|₱|₩|RMB|CNY|VND|VNĐ|IDR|Rp\\.?|THB|PHP|MYR|RM|SGD|S\\$|HKD|HK\\$|KHR|MMK|EUR|GBP|INR|₹|USDT)';
  const amount = '\\d{1,3}(?:[.,\\s]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?';
  const magnitude = '(?:k|K|tr|triệu|juta|jt|rb|ribu|万|千|w|W|млн|тыс|lakh|m|M)';
  const unit = '(?:đ|đồng|vnđ|vnd|元|円|บาท|baht|usd|usdt|php|myr|idr|thb|\\$|dollars?|euros?|pesos?|ringgit|rupiah|yuan)';
  return new RegExp(
    [
      `${currency}\\s?(?:${amount})\\s?${magnitude}?(?:\\s?[-–~]\\s?${currency}?\\s?(?:${amount})\\s?${magnitude}?)?`,
      `(?:${amount})\\s?(?:[-–~]\\s?(?:${amount})\\s?)?${magnitude}?\\s?${unit}(?![\\p{L}])`,
      `(?:${amount})\\s?(?:[-–~]\\s?(?:${amount})\\s?)?(?:triệu|juta|jt|万|千元)(?![\\p{L}])`,
      `(?:${amount})\\s?(?:k|K)\\s?(?:\\/|per\\s)\\s?(?:month|mo|tháng|bulan|月|เดือน)`,
    ].join('|'),
    'iu',
  );
})();

function firstMatch(re: RegExp, s: string): string | null {
  const m = re.exec(s);
  return m ? `${m.index}:${m[0]}` : null;
}

describe('SALARY_FIGURE', () => {
  it.each([
    ['Salary USD 2,000/month, free flight', 'USD 2,000'],
    ['Warehouse Associate. Salary 14,000 - 16,000 baht per month.', '14,000 - 16,000 baht'],
    ['Lương: 15 - 20 triệu/tháng', '15 - 20 triệu'],
    ['Lương 15.000.000 - 25.000.000 VNĐ', '15.000.000 - 25.000.000 VNĐ'],
    ['Thu nhập 12.500.000đ', '12.500.000đ'],
    ['Gaji: Rp. 4.500.000 - Rp. 6.000.000', 'Rp. 4.500.000 - Rp. 6.000.000'],
    ['Gaji 8jt nett', '8jt'],
    ['月薪 8000-12000元', '8000-12000元'],
    ['薪资：1万-2万', '1万'],
    ['เงินเดือน 25,000 บาท', '25,000 บาท'],
    ['earn 20k/month from home', '20k/month'],
    ['Up to 30K per month', '30K per month'],
    ['RM 3,500 - RM 4,200', 'RM 3,500 - RM 4,200'],
    ['Salary 1,000,000,000 VND', '1,000,000,000 VND'],
    ['Package 1.200.000.000 đồng per year', '1.200.000.000 đồng'],
    ['INR 3 lakh per annum', 'INR 3 lakh'],
    ['1200 USDT per month', '1200 USDT'],
    ['Call 0912 345 678 for details', null],
    ['Order #123456789012345678 shipped', null],
  ])('finds the pay figure in %j', (text, figure) => {
    expect(SALARY_FIGURE.exec(text)?.[0] ?? null).toBe(figure);
    expect(UNBOUNDED_SALARY_FIGURE.exec(text)?.[0] ?? null).toBe(figure);
  });

  it('finds the same first match as the unbounded pattern on random pay-like text', () => {
    const tokens = [
      '1',
      '2',
      '0',
      '000',
      '12',
      '123',
      '4567',
      '99999',
      '.',
      ',',
      ' ',
      '  ',
      '-',
      '–',
      '~',
      '$',
      'US$',
      'USD',
      'Rp.',
      '₫',
      '€',
      'k',
      'K',
      'tr',
      'triệu',
      'juta',
      'jt',
      '万',
      '千元',
      'đ',
      'vnd',
      'usd',
      'baht',
      '/',
      'per ',
      'month',
      'tháng',
      'a',
      'é',
      '\n',
      'm',
      '元',
    ];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % tokens.length;
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      for (let n = 1 + (next() % 20); n > 0; n--) s += tokens[next()];
      expect(firstMatch(SALARY_FIGURE, s), s).toBe(firstMatch(UNBOUNDED_SALARY_FIGURE, s));
    }
  });
});

describe('pageMayHaveJobs', () => {
  const filler = (n: number) => 'lorem ipsum, dolor 12 sit amet. '.repeat(Math.ceil(n / 32)).slice(0, n);

  it('answers as a scan of the whole text, wherever the cue falls across the pieces', () => {
    const whole = (t: string) => {
      const steps = pageMayHaveJobsSteps(t, t.length + 1);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
      }
    };
    for (const cue of ['we are hiring', 'salary', 'wages $1,500 per month', 'staff\n\nneeded', '招聘', 'tuyển dụng']) {
      // The pieces are 1536 characters; move the cue across the first cut and the next one.
      for (let at = 1200; at < 1700; at += 7) {
        const text = `${filler(at)} ${cue} ${filler(4000)}`;
        expect(pageMayHaveJobs(text), `${cue} at ${at}`).toBe(whole(text));
        expect(runPieces(text, 1536), `${cue} at ${at}`).toBe(whole(text));
      }
    }
    expect(whole(`${filler(3000)} salary ${filler(3000)}`)).toBe(false);
    expect(whole(`${filler(3000)} salary $1,500 per month ${filler(3000)}`)).toBe(true);
  });

  it('never misses a cue at a cut inside a long run of letters', () => {
    for (let at = 1300; at < 1600; at += 3) {
      const text = `${'a'.repeat(at)} hiring ${'b'.repeat(3000)}`;
      expect(runPieces(text, 1536)).toBe(true);
    }
  });

  it('reads a long page in many short steps', () => {
    let steps = 0;
    const run = pageMayHaveJobsSteps('1234567890'.repeat(200_000));
    while (!run.next().done) steps++;
    expect(steps).toBeGreaterThanOrEqual(150);
  });
});

function runPieces(text: string, pieceChars: number): boolean {
  const steps = pageMayHaveJobsSteps(text, pieceChars);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

import { describe, expect, it } from 'vitest';
import { findSalaryLine, jobCueScore, looksLikeJobAd, warmUpSteps } from './cues.ts';

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

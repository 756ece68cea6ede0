/** Adapter selection and the hand-written SEEK detail page; multilingual job cues. */
import { describe, expect, it } from 'vitest';
import { jobCueScore, looksLikeJobAd, SALARY_FIGURE } from './cues.ts';
import { extractPostings } from './index.ts';
import { parseHtml } from './parse-html.ts';
import { adapterFor } from './sites/index.ts';
import { elementProblems, loadOwn } from './test-helpers.ts';

describe('SEEK (JobStreet) job detail page', () => {
  it('reads the posting from data-automation anchors', () => {
    for (const url of ['https://my.jobstreet.com/job/81234567', undefined]) {
      const postings = extractPostings(loadOwn('jobstreet-job-detail.html'), url);
      expect(postings).toHaveLength(1);
      const [p] = postings;
      expect(p?.title).toBe('Customer Service Officer (Mandarin Speaker)');
      expect(p?.company).toBe('Example Commerce Sdn Bhd');
      expect(p?.location).toBe('Kuala Lumpur');
      expect(p?.salary).toBe('RM 4,000 – RM 5,500 per month');
      expect(p?.source).toBe('site:jobstreet');
      expect(p?.text).toContain('Fluent in Mandarin and English');
      expect(elementProblems(postings)).toEqual([]);
    }
  });
});

describe('adapterFor', () => {
  const empty = parseHtml('<html><body></body></html>');
  it.each([
    ['https://www.linkedin.com/jobs/view/1/', 'linkedin'],
    ['https://id.linkedin.com/jobs/search', 'linkedin'],
    ['https://uk.indeed.com/viewjob?jk=1', 'indeed'],
    ['https://www.indeed.co.in/jobs?q=x', 'indeed'],
    ['https://th.jobsdb.com/th/job/1', 'jobstreet'],
    ['https://www.jobstreet.com.ph/job/1', 'jobstreet'],
    ['https://glints.com/vn/opportunities/jobs/explore', 'glints'],
    ['https://t.me/s/somechannel', 'telegram'],
    ['https://www.topcv.vn/viec-lam', 'topcv'],
    ['https://www.stepstone.de/jobs', 'totaljobs'],
  ])('%s → %s', (url, name) => {
    expect(adapterFor(empty, url)?.name).toBe(name);
  });
  it('does not match look-alike hosts', () => {
    expect(adapterFor(empty, 'https://linkedin.com.evil.example/jobs')).toBeUndefined();
    expect(adapterFor(empty, 'https://notlinkedin.com/')).toBeUndefined();
  });
});

describe('job cues', () => {
  it.each([
    'Chúng tôi cần tuyển nhân viên bán hàng, lương 8 triệu/tháng',
    'Lowongan kerja admin, gaji Rp 4.500.000',
    'รับสมัครพนักงาน เงินเดือน 15,000 บาท',
    '急招客服 月薪8000元 包吃住',
    "We're hiring a barista. Salary $15/hour. Apply in store.",
    '직원 채용 월급 250만원 급여 협의',
    '求人募集 月給25万円',
    'ជ្រើសរើសបុគ្គលិក ប្រាក់ខែ 300$',
    'Hiring po! Sahod 20k per month, trabaho sa Dubai',
  ])('recognises a job ad: %s', (text) => {
    expect(looksLikeJobAd(text)).toBe(true);
  });
  it.each([
    'Có ai biết quán phở nào ngon ở quận 1 không ạ?',
    'The weather in Jakarta is nice today, see you at the park.',
    'В Санкт-Петербурге в небо над городом подняли истребители.',
    'Great job on the presentation yesterday!',
  ])('does not flag ordinary text: %s', (text) => {
    expect(looksLikeJobAd(text)).toBe(false);
  });
  it('finds salary figures in several notations', () => {
    for (const s of ['$3,000', 'USD 1500', '15 - 20 triệu', '8 juta', '1500-2000 USD', '20k/month', 'RM 4,000', '15,000 บาท']) {
      expect(SALARY_FIGURE.test(s), s).toBe(true);
    }
    expect(jobCueScore('hello world').score).toBe(0);
  });
});

describe('Indeed standalone view-job page (hand-written, mirrors the public markup)', () => {
  it.each([['https://ph.indeed.com/viewjob?jk=0a1b2c3d4e5f6789&from=serp'], [undefined]])('reads one posting with its fields (url %s)', (url) => {
    const postings = extractPostings(loadOwn('indeed-viewjob.html'), url);
    expect(postings).toHaveLength(1);
    const [p] = postings;
    expect(p?.title).toBe('Customer Service Representative');
    expect(p?.company).toBe('Northwind BPO Solutions');
    expect(p?.location).toBe('Makati City, Metro Manila');
    expect(p?.salary).toBe('₱22,000 - ₱28,000 a month');
    expect(p?.source).toBe('site:indeed');
    expect(p?.text).toContain('HMO from day one');
    if (url) expect(p?.url).toBe('https://ph.indeed.com/viewjob?jk=0a1b2c3d4e5f6789');
  });
});

/** Extraction on the hand-written fixture pages in test/fixtures/pages/. */
import { describe, expect, it } from 'vitest';
import { extractPostings } from './index.ts';
import { parseHtml } from './parse-html.ts';
import { elementProblems, loadOwn, titles } from './test-helpers.ts';

describe('JSON-LD variants page', () => {
  const doc = loadOwn('jsonld-variants.html');
  const postings = extractPostings(doc);

  it('finds array, @graph, ItemList, repaired and concatenated postings; skips the broken block', () => {
    expect(titles(postings)).toEqual([
      'Warehouse Associate',
      'Data Entry Clerk',
      'Customer Service Representative',
      'Night Shift Supervisor',
      'Online Sales Executive',
      'Barista',
      'Cook',
    ]);
    expect(titles(postings)).not.toContain('Broken beyond repair');
    expect(postings.every((p) => p.source === 'jsonld')).toBe(true);
    expect(elementProblems(postings.filter((p) => p.element?.tagName !== 'BODY'))).toEqual([]);
  });

  it('reads companies, locations, salaries, urls and appended fields', () => {
    const byTitle = new Map(postings.map((p) => [p.title, p]));
    const warehouse = byTitle.get('Warehouse Associate');
    expect(warehouse?.company).toBe('Example Logistics');
    expect(warehouse?.location).toBe('Leeds, GB');
    expect(warehouse?.salary).toBe('GBP 12.5 per HOUR');
    expect(warehouse?.url).toBe('https://careers.example.com/jobs/warehouse-associate');
    expect(warehouse?.text).toBe('Pick and pack orders.\nForklift licence a plus');
    expect(warehouse?.element?.tagName).toBe('H2');
    const clerk = byTitle.get('Data Entry Clerk');
    expect(clerk?.company).toBe('Example Office Services');
    expect(clerk?.salary).toBe('USD 3,000–4,000 per MONTH');
    expect(clerk?.location).toBe('Manila, PH; Cebu City, PH');
    // entity-escaped HTML description decoded to text, benefits appended
    expect(clerk?.text).toBe('Type documents.\nWork from home.\nEnter data accurately.\nFree housing\nVisa provided');
    const lure = byTitle.get('Online Sales Executive');
    expect(lure?.company).toBe('Golden Bay Trading');
    expect(lure?.salary).toBe('USD 1,500–2,500 per MONTH');
    expect(lure?.text).toContain('travel to Sihanoukville paid');
    expect(byTitle.get('Customer Service Representative')?.element?.tagName).toBe('H3');
    expect(byTitle.get('Cook')?.company).toBe('Example Cafe');
  });
});

describe('microdata page', () => {
  const postings = extractPostings(loadOwn('microdata.html'), 'https://jobs.example.org/list');
  it('finds both items with nested fields', () => {
    expect(titles(postings)).toEqual(['Electrician', 'Hotel Receptionist']);
    const [e, h] = postings;
    expect(e?.company).toBe('Bright Sparks Ltd');
    expect(e?.location).toBe('Penang, MY');
    expect(e?.salary).toBe('MYR 3,500–4,500 per MONTH');
    expect(e?.text).toBe('Install and maintain wiring.\nMust hold a valid licence.');
    expect(h?.company).toBe('Seaview Hotel');
    expect(h?.location).toBe('Da Nang, Vietnam');
    expect(h?.url).toBe('https://jobs.example.org/jobs/2');
    expect(postings.every((p) => p.source === 'microdata' && p.element?.tagName === 'ARTICLE')).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
  });
});

describe('Facebook-group-like feed', () => {
  const postings = extractPostings(loadOwn('facebook-group-feed.html'), 'https://www.facebook.com/groups/123/');
  it('keeps the three job posts, in page order, and drops the non-job post', () => {
    expect(titles(postings)).toEqual([
      '🔥 TUYỂN GẤP 20 BẠN LÀM CSKH ONLINE TẠI CAMPUCHIA 🔥',
      'We are hiring: Accounts Assistant (full-time)',
      '【招聘】胡志明市 中文客服专员 5名',
    ]);
    expect(postings.some((p) => p.text.includes('phở'))).toBe(false);
    // Read by the Facebook site adapter since it exists (before: the generic feed extractor).
    expect(postings.every((p) => p.source === 'site:facebook')).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
  });
  it('reads labelled company/location/salary and leaves comments out of the ad text', () => {
    const [lure, genuine, chinese] = postings;
    expect(lure?.salary).toBe('Lương 1500$ - 2500$/tháng + thưởng doanh số');
    expect(lure?.text).toContain('Telegram: @tuyendung_cam88');
    expect(lure?.text).not.toContain('Ib em với ạ');
    expect(genuine?.company).toBe('Lotus Dental Clinic');
    expect(genuine?.location).toBe('District 3, Ho Chi Minh City');
    expect(chinese?.company).toBe('金湾国际贸易有限公司');
    expect(chinese?.location).toBe('胡志明市第七郡');
    expect(chinese?.salary).toBe('1500-2000 USD，包吃住');
  });
});

describe('single posting page without structured data', () => {
  it('finds one posting titled by the h1, element = the article', () => {
    const postings = extractPostings(loadOwn('single-posting-no-structured-data.html'), 'https://contohsinarjaya.example/karier/admin-gudang');
    expect(postings).toHaveLength(1);
    const [p] = postings;
    expect(p?.title).toBe('Staf Admin Gudang');
    expect(p?.salary).toBe('Rp 5.500.000 per bulan');
    expect(p?.element?.tagName).toBe('ARTICLE');
    expect(p?.text).toContain('Menguasai Microsoft Excel\nTeliti dan jujur');
    expect(p?.text).not.toContain('Semua hak dilindungi');
    expect(p?.url).toBe('https://contohsinarjaya.example/karier/admin-gudang');
    expect(elementProblems(postings)).toEqual([]);
  });
});

describe('Telegram job channel (t.me/s)', () => {
  const doc = loadOwn('telegram-job-channel.html');
  it('keeps the three job posts, with post URLs', () => {
    for (const url of ['https://t.me/s/loker_luarnegeri_demo', undefined]) {
      const postings = extractPostings(doc, url);
      expect(titles(postings)).toEqual([
        'LOWONGAN KERJA ADMIN ONLINE DI KAMBOJA',
        'รับสมัครพนักงานต้อนรับโรงแรม 2 ตำแหน่ง',
        'Job vacancy: Welder (6G) for a shipyard in Singapore',
      ]);
      expect(postings.map((p) => p.url)).toEqual([
        'https://t.me/loker_luarnegeri_demo/102',
        'https://t.me/loker_luarnegeri_demo/103',
        'https://t.me/loker_luarnegeri_demo/104',
      ]);
      expect(postings.every((p) => p.source === 'site:telegram')).toBe(true);
      expect(postings[1]?.company).toBe('โรงแรมสายลม ภูเก็ต');
      expect(postings[2]?.company).toBe('Example Marine Pte Ltd');
      expect(postings[2]?.salary).toBe('SGD 2,800 per month');
      expect(postings[0]?.text).toContain('Tiket pesawat, visa, mess dan makan ditanggung perusahaan');
      expect(elementProblems(postings)).toEqual([]);
    }
  });
});

describe('strict page with hostile Unicode', () => {
  it('extracts the JSON-LD posting without running or keeping any payload', () => {
    const g = globalThis as { __sjrPwned?: number };
    const postings = extractPostings(loadOwn('strict-hostile-unicode.html'));
    expect(postings).toHaveLength(1);
    const [p] = postings;
    expect(p?.title).toBe('Customer Support Agent 👩🏽‍💻🇰🇭');
    expect(p?.location).toBe('Bavet, KH');
    expect(p?.company).toContain('obal Tal');
    // the h1 with zero-width characters is still found as the title element
    expect(p?.element?.tagName).toBe('H1');
    expect(p?.text).toContain('Chat with VIP clients.');
    expect(p?.text).toContain('Salary 2000 USD per month');
    expect(p?.text).not.toMatch(/<script|onerror|__sjrPwned|<iframe/i);
    expect(p?.text).not.toContain('\u0000');
    expect(g.__sjrPwned).toBeUndefined();
  });

  it('blockText skips hidden, template, noscript and script content', async () => {
    const { blockText } = await import('./text.ts');
    const doc = loadOwn('strict-hostile-unicode.html');
    const text = blockText(doc.body);
    expect(text).not.toMatch(/hidden text|also hidden|aria hidden|template content|noscript content|__sjrPwned/);
    expect(text).toContain('Сustоmеr Sеrviсе');
  });
});

describe('parseHtml', () => {
  it('copes with a bare list of <li> fragments', () => {
    const doc = parseHtml('<!DOCTYPE html><li><a href="/a">A</a></li><li><a href="/b">B</a></li>');
    expect(doc.body?.querySelectorAll('li')).toHaveLength(2);
  });
  it('copes with an empty string and with text only', () => {
    expect(extractPostings(parseHtml(''))).toEqual([]);
    expect(extractPostings(parseHtml('just text'))).toEqual([]);
  });
});

/** No UI label is ever a posting (issue 14): the shared guard, the Profesia adapter, every saved page. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OWN_SITE_PAGES, SHARED_CASES } from './fixture-cases.ts';
import { extractPostings } from './index.ts';
import { hasRealText } from './real-text.ts';
import { loadOwn, loadShared, SHARED_PAGES } from './test-helpers.ts';

/** Labels of buttons and links around job ads, in the languages of the saved pages and more. */
const UI_LABELS = [
  'Uložiť ponuku',
  'Uložiť',
  'Reagovať na ponuku',
  'Save',
  'Save job',
  'Saved',
  'Apply',
  'Apply now',
  'Easy Apply',
  'Share',
  'See more',
  'Show more',
  'Lưu tin',
  'Ứng tuyển',
  'Simpan',
  'Lamar',
  'Guardar',
  'Postularme',
  '応募する',
  '保存',
  '申请职位',
  '지원하기',
];

describe('hasRealText', () => {
  it.each(UI_LABELS)('a bare label is no posting: %s', (label) => {
    expect(hasRealText({ title: label, text: label })).toBe(false);
    expect(hasRealText({ text: label })).toBe(false);
  });
  it('keeps a title with a body, however short (a list card: title, company, place)', () => {
    expect(hasRealText({ title: 'Barista', text: 'Barista\nKopi Kita\nJakarta' })).toBe(true);
    expect(hasRealText({ title: 'Barista', company: 'Kopi Kita', text: 'Barista' })).toBe(true);
  });
  it('keeps a text of job-offer length without a body, in any script', () => {
    expect(hasRealText({ title: 'Chuyen vien quan tri website biet su dung haravan', text: 'Chuyen vien quan tri website biet su dung haravan' })).toBe(true);
    expect(hasRealText({ text: '急招打字员，日结工资，轻松好做，在家也能做，有意者私聊我' })).toBe(true);
    expect(hasRealText({ text: '카페 아르바이트 모집합니다. 주말 오전, 시급 10,000원' })).toBe(true);
  });
  it('does not count a repeated title as a body', () => {
    expect(hasRealText({ title: 'Uložiť ponuku', text: 'Uložiť ponuku\nUložiť ponuku' })).toBe(false);
  });
});

describe('Profesia job page (hand-written): the "Uložiť ponuku" action is no posting', () => {
  const doc = loadOwn('profesia-job-detail.html');
  it.each([['https://www.profesia.sk/praca/demo-logistika/O5199001'], [undefined]])('one posting, the job (url %s)', (url) => {
    const postings = extractPostings(doc, url);
    expect(postings.map((p) => p.title)).toEqual(['Skladník / skladníčka']);
    expect(postings[0]?.text).toContain('1 250 EUR mesačne');
  });
  it('the listing cards no longer carry the action label in their text', () => {
    const listing = extractPostings(loadShared('profesia/list-sk-itssafer.html'), 'https://www.profesia.sk/praca/');
    expect(listing).toHaveLength(20);
    expect(listing.filter((p) => p.text.includes('Uložiť ponuku'))).toEqual([]);
  });
});

/** Every .html under ../shared/fixtures/pages, as a path relative to it. */
function sharedPages(): string[] {
  return readdirSync(fileURLToPath(SHARED_PAGES), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

describe('no extracted posting is a bare UI label, on every saved page', () => {
  const urls = new Map<string, string>(SHARED_CASES.map((c) => [c.file, c.url]));
  const pages = sharedPages();
  it('reads every saved page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(SHARED_CASES.length);
  });
  const labels = new Set(UI_LABELS.map((l) => l.toLowerCase()));
  const check = (doc: Document, url: string | undefined) => {
    const bad = extractPostings(doc, url).filter(
      (p) => !hasRealText(p) || labels.has((p.title ?? '').trim().toLowerCase()) || labels.has(p.text.trim().toLowerCase()),
    );
    expect(bad.map((p) => `${p.title ?? ''} | ${p.text.slice(0, 60)}`)).toEqual([]);
  };
  it.each(pages)('%s', (file) => {
    const doc = loadShared(file);
    check(doc, urls.get(file));
    check(doc, undefined);
  });
  it.each([...OWN_SITE_PAGES.map((p) => [p.file, p.url]), ['profesia-job-detail.html', 'https://www.profesia.sk/praca/demo-logistika/O5199001']])(
    '%s (hand-written)',
    (file, url) => {
      check(loadOwn(file as string), url);
    },
  );
});

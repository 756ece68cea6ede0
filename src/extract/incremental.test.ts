/**
 * Incremental and sliced extraction: the content script re-reads only the nodes a page added
 * (scope.ts) and runs extraction in time slices (steps.ts). Both must find exactly what a
 * whole-document, run-to-the-end extraction finds.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { disjointRoots, extractPostings, extractPostingsSteps, runInSlices } from './index.ts';
import { parseHtml } from './parse-html.ts';
import { runToEnd, type Steps } from './steps.ts';
import { SHARED_CASES } from './fixture-cases.ts';
import { loadOwn, loadShared, OWN_PAGES, SHARED_PAGES, titles } from './test-helpers.ts';

function htmlFiles(dir: URL): string[] {
  return readdirSync(fileURLToPath(dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

const strip = (ps: ReturnType<typeof extractPostings>) => ps.map(({ element, ...rest }) => ({ ...rest, tag: element?.tagName }));

describe('runInSlices', () => {
  function* counter(n: number): Steps<number> {
    for (let i = 0; i < n; i++) yield;
    return n;
  }

  it('gives the run-to-end value and pauses between slices', async () => {
    let pauses = 0;
    const { value, stats } = await runInSlices(counter(10), { sliceMs: 0, pause: async () => void pauses++ });
    expect(value).toBe(10);
    expect(runToEnd(counter(10))).toBe(10);
    // sliceMs 0: every step is its own slice.
    expect(stats.slices).toBe(11);
    expect(pauses).toBe(10);
  });

  it('stops when cancelled', async () => {
    let n = 0;
    const { value } = await runInSlices(counter(100), { sliceMs: 0, pause: async () => void n++, cancelled: () => n >= 3 });
    expect(value).toBeUndefined();
    expect(n).toBe(3);
  });
});

describe('sliced extraction equals whole extraction', () => {
  const pages = [
    ...htmlFiles(SHARED_PAGES).map((f) => ({ f, load: () => loadShared(f) })),
    ...htmlFiles(OWN_PAGES).map((f) => ({ f, load: () => loadOwn(f) })),
  ];

  it('covers the fixture pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  for (const { f, load } of pages) {
    it(f, async () => {
      const doc = load();
      const whole = extractPostings(doc);
      const { value, stats } = await runInSlices(extractPostingsSteps(doc), { sliceMs: 0, pause: async () => {} });
      expect(strip(value ?? [])).toEqual(strip(whole));
      expect(stats.slices).toBeGreaterThan(1);
    });
  }
});

describe('site adapters give the thread back between cards', () => {
  // A list page's cards must not be one atomic step: in Chromium that step was a 90 ms task.
  const lists = SHARED_CASES.filter((c) => c.site && c.count >= 10);

  it('covers the list pages', () => {
    expect(lists.length).toBeGreaterThanOrEqual(3);
  });

  for (const c of lists) {
    it(`${c.file}: at least one step per posting`, () => {
      const steps = extractPostingsSteps(loadShared(c.file), c.url);
      let n = 0;
      let r = steps.next();
      while (!r.done) {
        n++;
        r = steps.next();
      }
      expect(r.value).toHaveLength(c.count);
      expect(n).toBeGreaterThanOrEqual(c.count);
    });
  }
});

describe('scoped extraction reads only the given subtrees', () => {
  const cases = [
    { file: 'linkedin/search-guest-akichan.html', url: 'https://id.linkedin.com/jobs/software-engineer-jobs', shared: true },
    { file: 'glints/search-id-nov2024-pradanaadn.html', url: 'https://glints.com/id/opportunities/jobs/explore', shared: true },
    { file: 'facebook-group-feed.html', url: 'https://www.facebook.com/groups/123', shared: false },
    { file: 'linkedin-feed.html', url: 'https://www.linkedin.com/feed/', shared: false },
    { file: 'telegram-job-channel.html', url: 'https://t.me/s/jobs', shared: false },
    { file: 'kalibrr-job-list.html', url: 'https://www.kalibrr.com/job-board', shared: false },
    { file: 'x-search-timeline.html', url: 'https://x.com/search?q=hiring', shared: false },
  ];
  for (const c of cases) {
    it(`${c.file}: the last postings' elements give back exactly those postings`, () => {
      const doc = c.shared ? loadShared(c.file) : loadOwn(c.file);
      const whole = extractPostings(doc, c.url);
      expect(whole.length).toBeGreaterThanOrEqual(3);
      const tail = whole.slice(-2);
      const roots = tail.map((p) => p.element as Element);
      const scoped = extractPostings(doc, c.url, { roots });
      expect(titles(scoped)).toEqual(titles(tail));
      expect(scoped.map((p) => p.text)).toEqual(tail.map((p) => p.text));
    });
  }

  it('a generic feed: only the posts appended after the first scan', () => {
    const post = (title: string) =>
      `<article><h3>${title}</h3><p>Customer service staff wanted. Salary USD 1,500/month, free flight and visa, food and room. Contact Telegram @hr_${title.length}</p></article>`;
    const doc = parseHtml(`<!doctype html><html><body><main role="feed">${post('Old one')}${post('Old two')}${post('Old three')}</main></body></html>`);
    const url = 'https://forum.example.org/jobs';
    expect(titles(extractPostings(doc, url))).toEqual(['Old one', 'Old two', 'Old three']);
    const feed = doc.querySelector('main') as Element;
    const added: Element[] = [];
    for (const title of ['New four', 'New five']) {
      const holder = doc.createElement('div');
      holder.innerHTML = post(title);
      const article = holder.firstElementChild as Element;
      feed.append(article);
      added.push(article);
    }
    expect(titles(extractPostings(doc, url, { roots: added }))).toEqual(['New four', 'New five']);
    // A text change inside a known post: the post's element is the root.
    expect(titles(extractPostings(doc, url, { roots: [feed.children[1] as Element] }))).toEqual(['Old two']);
  });

  it('nothing connected, nothing found', () => {
    const doc = parseHtml('<html><body><p>x</p></body></html>');
    expect(extractPostings(doc, undefined, { roots: [doc.createElement('div')] })).toEqual([]);
  });
});

describe('disjointRoots', () => {
  it('drops nested and detached roots and sorts by document order', () => {
    const doc = parseHtml('<html><body><div id="a"><p id="a1"></p></div><div id="b"></div><div id="c"><span id="c1"></span></div></body></html>');
    const $ = (id: string) => doc.getElementById(id) as Element;
    const detached = doc.createElement('div');
    expect(disjointRoots([$('c1'), $('b'), $('a1'), $('a'), detached, $('b')]).map((e) => e.id)).toEqual(['a', 'b', 'c1']);
  });
});

describe('large feeds', () => {
  it('finds every job post in a feed of 3000 posts (no 500-block cap)', () => {
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) {
      parts.push(
        i % 5 === 0
          ? `<article><div><h3>Customer service staff wanted ${i}</h3><p>Salary USD 1,500/month, free flight and visa, food and room. Apply on Telegram @hr${i}</p></div></article>`
          : `<article><div><h3>Weekend photos ${i}</h3><p>Lovely trip to the mountains with friends and family, great food.</p></div></article>`,
      );
    }
    const doc = parseHtml(`<!doctype html><html><body><main role="feed">${parts.join('')}</main></body></html>`);
    const found = extractPostings(doc, 'https://example.org/feed');
    expect(found).toHaveLength(600);
    expect(found[599]?.title).toBe('Customer service staff wanted 2995');
  });
});

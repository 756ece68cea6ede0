/**
 * Safety net: extractPostings never throws and stays bounded on malformed documents
 * (deep nesting, 1 MB text nodes, broken JSON-LD, random Unicode, random tags).
 * Timing bounds are loose on purpose — this is not a benchmark.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPostings } from './index.ts';
import { parseJsonLdBlock, repairJson } from './jsonld.ts';
import { parseHtml } from './parse-html.ts';

const TAGS = [
  'div',
  'p',
  'li',
  'ul',
  'article',
  'section',
  'span',
  'h1',
  'h2',
  'table',
  'tr',
  'td',
  'script',
  'style',
  'template',
  'svg',
  'a',
  'b',
  'main',
  'br',
  'img',
];
const ATTRS = [
  '',
  ' role="article"',
  ' role="feed"',
  ' hidden',
  ' aria-hidden="true"',
  ' itemscope itemtype="https://schema.org/JobPosting"',
  ' itemprop="title"',
  ' data-jk="1"',
  ' data-automation="jobTitle"',
  ' data-post="x/1"',
  ' class="tgme_widget_message_wrap"',
  ' href="/opportunities/jobs/a/00000000-0000-0000-0000-000000000000"',
  ' data-entity-urn="urn:li:jobPosting:1"',
  ' id="job-details"',
  ' data-urn="urn:li:activity:1"',
  ' data-view-name="feed-full-update"',
  ' data-view-name="feed-commentary"',
];
const JOB_WORDS = [
  'hiring',
  'salary $3000/month',
  'tuyển dụng',
  'lương 20 triệu',
  '招聘 月薪1万',
  'lowongan gaji Rp 5 juta',
  'รับสมัคร เงินเดือน 15,000 บาท',
  'apply now',
  'Telegram @x',
  '\u202e',
  '\u200b',
  '\u0000',
  '\ud800',
  '🔥',
  'é\u0301\u0301',
];

const textArb = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...JOB_WORDS));

/** Random HTML built from tags, attributes and text, sometimes left unbalanced. */
const htmlArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map((t) => t.replace(/</g, '&lt;')),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, attr, kids, close]) => `<${tag}${attr}>${kids.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;

const jsonLdArb = fc
  .tuple(fc.json(), fc.constantFrom('', ',', '}', '{', '<!--', '"', '\n', '{"@type":"JobPosting","title":"', ']'), fc.string({ maxLength: 20 }))
  .map(([json, junk, tail]) => `<script type="application/ld+json">${json}${junk}${tail.replace(/<\//g, '')}</script>`);

function timed(html: string, url?: string): { ms: number; count: number } {
  const t0 = performance.now();
  const doc = parseHtml(html);
  const postings = extractPostings(doc, url);
  const ms = performance.now() - t0;
  return { ms, count: postings.length };
}

describe('robustness', () => {
  it('never throws on random tag soup (with and without URLs)', () => {
    fc.assert(
      fc.property(
        fc.array(htmlArb, { maxLength: 8 }),
        fc.constantFrom(undefined, 'https://www.linkedin.com/jobs/view/1/', 'https://t.me/s/x', 'https://www.indeed.com/', 'https://example.com/', 'not a url'),
        (parts, url) => {
          const { ms } = timed(parts.join(''), url);
          expect(ms).toBeLessThan(2000);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on broken JSON-LD blocks', () => {
    fc.assert(
      fc.property(fc.array(jsonLdArb, { maxLength: 4 }), (blocks) => {
        const { ms } = timed(`<html><head>${blocks.join('\n')}</head><body><h1>x</h1></body></html>`);
        expect(ms).toBeLessThan(2000);
      }),
      { numRuns: 150 },
    );
  });

  it('repairJson/parseJsonLdBlock never throw on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        repairJson(s);
        parseJsonLdBlock(s);
      }),
      { numRuns: 300 },
    );
  });

  it('copes with 5000 levels of nesting', () => {
    const depth = 5000;
    const html = `<html><body><h1>Hiring now: salary $3000/month</h1>${'<div>'.repeat(depth)}<p>We are hiring, salary 2000 USD per month, apply now</p>${'</div>'.repeat(depth)}</body></html>`;
    const { ms } = timed(html);
    console.log(`5000-level nesting: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
  });

  it('copes with a 1 MB text node, in a JSON-LD description and in the DOM', () => {
    const big = 'tuyển dụng lương cao '.repeat(50_000).slice(0, 1_000_000);
    const jsonld = JSON.stringify({ '@type': 'JobPosting', title: 'Big', description: big });
    const html = `<html><head><script type="application/ld+json">${jsonld}</script></head><body><h1>Big</h1><article><p>${big}</p></article><article><p>${big}</p></article></body></html>`;
    const t0 = performance.now();
    const postings = extractPostings(parseHtml(html));
    const ms = performance.now() - t0;
    console.log(`1 MB text nodes: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
    expect(postings.length).toBeGreaterThan(0);
    for (const p of postings) expect(p.text.length).toBeLessThanOrEqual(20_000);
  });

  it('caps the number of candidate blocks on a huge feed', () => {
    const post = '<article><p>We are hiring a cashier. Salary $500 per month. Apply now.</p></article>';
    const html = `<html><body><div role="feed">${post.repeat(3000)}</div></body></html>`;
    const t0 = performance.now();
    const postings = extractPostings(parseHtml(html));
    const ms = performance.now() - t0;
    console.log(`3000-post feed: ${postings.length} postings in ${ms.toFixed(0)} ms`);
    expect(postings.length).toBeGreaterThan(0);
    expect(postings.length).toBeLessThanOrEqual(1000);
    expect(ms).toBeLessThan(5000);
  });

  it('returns [] for non-documents instead of throwing', () => {
    expect(extractPostings(null as unknown as Document)).toEqual([]);
    expect(extractPostings({} as unknown as Document)).toEqual([]);
  });
});

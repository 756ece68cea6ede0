import { describe, expect, it } from 'vitest';
import { parseHtml } from '../extract/parse-html.ts';
import { findEvidence, postingRoot } from './evidence-highlight.ts';

const page = () =>
  parseHtml(`<html><body><article id="post"><h2 id="t">Customer Service – Cambodia</h2>
    <p>Salary <b>USD 3,000/month</b>. Free flight, visa, food and room!</p>
    <p>Contact TELEGRAM @hr only. Free flight on arrival.</p>
    <scam-job-radar-badge>free flight</scam-job-radar-badge><script>var x = "free flight";</script></article>
    <p id="other">free flight elsewhere</p></body></html>`);

describe('findEvidence', () => {
  it('finds each evidence string in the posting’s text nodes, case-insensitively, every occurrence', () => {
    const doc = page();
    const spans = findEvidence(doc.getElementById('post') as Element, ['free flight', 'Telegram @hr', 'USD 3,000/month', 'zz', '  ']);
    const found = spans.map((s) => (s.node.nodeValue ?? '').slice(s.start, s.end));
    expect(found.sort()).toEqual(['Free flight', 'Free flight', 'TELEGRAM @hr', 'USD 3,000/month'].sort());
  });

  it('never looks inside our own badges, scripts, or outside the posting', () => {
    const doc = page();
    const spans = findEvidence(doc.getElementById('post') as Element, ['free flight']);
    for (const s of spans) {
      expect(s.node.parentElement?.tagName).not.toBe('SCAM-JOB-RADAR-BADGE');
      expect(s.node.parentElement?.tagName).not.toBe('SCRIPT');
      expect(s.node.parentElement?.id).not.toBe('other');
    }
    expect(spans).toHaveLength(2);
  });

  it('stays bounded on a huge posting', () => {
    const doc = parseHtml(`<html><body><div id="big">${'<p>free flight </p>'.repeat(5000)}</div></body></html>`);
    expect(findEvidence(doc.getElementById('big') as Element, ['free flight']).length).toBeLessThanOrEqual(60);
  });
});

describe('postingRoot', () => {
  it('a title climbs to the block that holds the text; a block is its own root', () => {
    const doc = page();
    expect(postingRoot(doc.getElementById('t') as Element).id).toBe('post');
    expect(postingRoot(doc.getElementById('post') as Element).id).toBe('post');
  });
});

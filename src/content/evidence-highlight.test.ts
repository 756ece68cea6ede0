import { describe, expect, it } from 'vitest';
import { parseHtml } from '../extract/parse-html.ts';
import { findEvidence, HIGHLIGHT_NAME, hideEvidence, postingRoot, pruneEvidence, showEvidence } from './evidence-highlight.ts';

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

const TURKISH = `<html><body><article id="post"><h2 id="t">Müşteri temsilcisi</h2>
  <p id="p">İstanbul'da çağrı merkezi, Telegram @hr</p><p>İİİ ödeme: Telegram</p></article></body></html>`;

describe('findEvidence with case folding that changes length (Turkish İ)', () => {
  it('marks “Telegram” exactly, after an İ that lowercases to two code units', () => {
    const doc = parseHtml(TURKISH);
    const spans = findEvidence(doc.getElementById('post') as Element, ['Telegram', 'Çağrı Merkezi']);
    const found = spans.map((s) => (s.node.nodeValue ?? '').slice(s.start, s.end));
    expect(found.sort()).toEqual(['Telegram', 'Telegram', 'çağrı merkezi'].sort());
    for (const s of spans) expect(s.end).toBeLessThanOrEqual((s.node.nodeValue ?? '').length);
  });

  it('matches the İ itself as its own folding (İstanbul ← “istanbul” with a dot)', () => {
    const doc = parseHtml(TURKISH);
    const spans = findEvidence(doc.getElementById('p') as Element, ['İSTANBUL']);
    expect(spans.map((s) => (s.node.nodeValue ?? '').slice(s.start, s.end))).toEqual(['İstanbul']);
  });
});

/** A Range as the DOM behaves: an offset past the node's length throws IndexSizeError. */
class FakeRange {
  node?: Node;
  start = 0;
  end = 0;
  static failOn?: Node;
  get startContainer(): Node | undefined {
    return this.node;
  }
  get endContainer(): Node | undefined {
    return this.node;
  }
  setStart(node: Node, offset: number): void {
    if (node === FakeRange.failOn || offset > (node.nodeValue ?? '').length) throw new RangeError('IndexSizeError');
    this.node = node;
    this.start = offset;
  }
  setEnd(node: Node, offset: number): void {
    if (node === FakeRange.failOn || offset > (node.nodeValue ?? '').length) throw new RangeError('IndexSizeError');
    this.end = offset;
  }
  toString(): string {
    return (this.node?.nodeValue ?? '').slice(this.start, this.end);
  }
}

/** A linkedom document with the CSS Custom Highlight API and real-DOM Range bounds checks. */
function withHighlightApi(doc: Document): Map<string, { ranges: FakeRange[] }> {
  const highlights = new Map<string, { ranges: FakeRange[] }>();
  class Highlight {
    ranges: FakeRange[];
    constructor(...ranges: FakeRange[]) {
      this.ranges = ranges;
    }
  }
  Object.defineProperty(doc, 'defaultView', { value: { CSS: { highlights }, Highlight }, configurable: true });
  Object.defineProperty(doc, 'createRange', { value: () => new FakeRange(), configurable: true });
  return highlights;
}

describe('showEvidence', () => {
  it("marks “Telegram” exactly on a Turkish posting (“İstanbul'da çağrı merkezi, Telegram @hr”)", () => {
    const doc = parseHtml(TURKISH);
    const highlights = withHighlightApi(doc);
    const anchor = doc.getElementById('t') as Element;
    expect(showEvidence(anchor, ['Telegram @hr', 'Telegram'])).toBeGreaterThan(0);
    const marked = (highlights.get(HIGHLIGHT_NAME)?.ranges ?? []).map(String).sort();
    expect(marked).toEqual(['Telegram', 'Telegram', 'Telegram @hr'].sort());
    hideEvidence(anchor);
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('one range the page refuses skips only itself; the other marks stay', () => {
    const doc = parseHtml(TURKISH);
    const highlights = withHighlightApi(doc);
    FakeRange.failOn = (doc.getElementById('p') as Element).firstChild as Node;
    try {
      expect(showEvidence(doc.getElementById('t') as Element, ['Telegram'])).toBe(1);
      expect((highlights.get(HIGHLIGHT_NAME)?.ranges ?? []).map(String)).toEqual(['Telegram']);
    } finally {
      FakeRange.failOn = undefined;
    }
  });

  it('lets go of the marks of a posting the page removed, and of text removed from one still there', () => {
    const doc = parseHtml(`<html><body><main><article id="a"><h2>Chat support – Myawaddy</h2><p id="pa">Free flight, contact Telegram @hr now</p></article>
      <article id="b"><h2>Typing job – Poipet</h2><p id="pb">Free flight and visa, Telegram only</p><p id="pc">Telegram again</p></article></main></body></html>`);
    const highlights = withHighlightApi(doc);
    const marked = () => (highlights.get(HIGHLIGHT_NAME)?.ranges ?? []).map((r) => (r.node?.parentNode as Element | null)?.id).sort();
    showEvidence(doc.getElementById('a') as Element, ['Telegram']);
    showEvidence(doc.getElementById('b') as Element, ['Telegram']);
    expect(marked()).toEqual(['pa', 'pb', 'pc']);
    expect(pruneEvidence(doc)).toBe(false);
    // The feed drops post a and part of post b's text: no badge's hide runs for them.
    doc.getElementById('a')?.remove();
    doc.getElementById('pc')?.remove();
    expect(pruneEvidence(doc)).toBe(true);
    expect(marked()).toEqual(['pb']);
    doc.getElementById('b')?.remove();
    expect(pruneEvidence(doc)).toBe(true);
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(false);
  });
});

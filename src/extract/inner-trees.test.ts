import { describe, expect, it } from 'vitest';
import { extractPostings } from './index.ts';
import { innerTreesSteps, type InnerTree } from './inner-trees.ts';
import { parseHtml } from './parse-html.ts';
import { runToEnd } from './steps.ts';

const LURE =
  '<article><h2>Online Chat Support – Myawaddy</h2><p>Chat support staff wanted for our company in Myawaddy. Salary USD 2,000/month, free flight, visa, food and room. No experience, only typing. Contact Telegram @hr_mw only.</p></article>';

function withShadow(doc: Document, host: Element, html: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  const holder = parseHtml(`<html><body>${html}</body></html>`);
  for (const el of Array.from(holder.body.children)) root.append(doc.importNode(el, true));
  return root;
}

const trees = (starts: Array<Document | Element>, limit?: number): InnerTree[] => runToEnd(innerTreesSteps(starts, limit));

describe('innerTreesSteps', () => {
  it('finds open shadow roots, nested ones after their parents', () => {
    const doc = parseHtml('<html><body><main><job-list id="list"></job-list></main><p>plain</p></body></html>');
    const list = doc.getElementById('list') as Element;
    const outer = withShadow(doc, list, '<section><job-card id="card"></job-card></section>');
    const card = outer.querySelector('#card') as Element;
    const inner = withShadow(doc, card, LURE);
    const found = trees([doc]);
    expect(found.map((t) => t.kind)).toEqual(['shadow', 'shadow']);
    expect(found.map((t) => (t.kind === 'shadow' ? t.root : null))).toEqual([outer, inner]);
    expect(found[0]).toMatchObject({ host: list });
  });

  it('looks at a start element itself and under it only', () => {
    const doc = parseHtml('<html><body><div id="a"></div><div id="b"><span id="c"></span></div></body></html>');
    withShadow(doc, doc.getElementById('a') as Element, '<p>a</p>');
    withShadow(doc, doc.getElementById('b') as Element, '<p>b</p>');
    withShadow(doc, doc.getElementById('c') as Element, '<p>c</p>');
    const hosts = (starts: Element[]) => trees(starts).map((t) => (t.kind === 'shadow' ? t.host.id : ''));
    expect(hosts([doc.getElementById('b') as Element])).toEqual(['b', 'c']);
    expect(hosts([doc.getElementById('c') as Element])).toEqual(['c']);
  });

  it('walks 20,000-deep markup without recursion, in steps', () => {
    const doc = parseHtml('<html><body><div id="deep"></div></body></html>');
    let at = doc.getElementById('deep') as Element;
    for (let i = 0; i < 20_000; i++) at = at.appendChild(doc.createElement('div'));
    withShadow(doc, at, LURE);
    const steps = innerTreesSteps([doc]);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(r.value).toHaveLength(1);
    expect(yields).toBeGreaterThanOrEqual(40);
  });

  it('does not enter hosts the caller skips (its own widgets)', () => {
    const doc = parseHtml('<html><body><my-badge id="ours"></my-badge><x-card id="theirs"></x-card></body></html>');
    withShadow(doc, doc.getElementById('ours') as Element, '<x-card id="inside"></x-card>');
    withShadow(doc, doc.getElementById('theirs') as Element, '<p>card</p>');
    const found = runToEnd(innerTreesSteps([doc], 10, (el) => el.tagName === 'MY-BADGE'));
    expect(found.map((t) => (t.kind === 'shadow' ? t.host.id : ''))).toEqual(['theirs']);
  });

  it('stops at the limit', () => {
    const doc = parseHtml(`<html><body>${'<x-card></x-card>'.repeat(50)}</body></html>`);
    for (const el of Array.from(doc.querySelectorAll('x-card'))) withShadow(doc, el, '<p>card</p>');
    expect(trees([doc], 10)).toHaveLength(10);
    expect(trees([doc])).toHaveLength(50);
  });
});

describe('postings in a shadow root', () => {
  it('are found when the extractor is scoped to the root', () => {
    const doc = parseHtml('<html><body><job-card id="host"></job-card></body></html>');
    const root = withShadow(doc, doc.getElementById('host') as Element, LURE);
    // What a plain read of the document sees: nothing.
    expect(extractPostings(doc, 'https://example.com/')).toHaveLength(0);
    const found = extractPostings(doc, 'https://example.com/', { roots: Array.from(root.children) });
    expect(found).toHaveLength(1);
    expect(found[0]?.title).toBe('Online Chat Support – Myawaddy');
    expect(found[0]?.element?.getRootNode()).toBe(root);
  });
});

/** Small DOM helpers shared by the extractors (work on a real DOM and on linkedom). */
import { compareKey, inlineText, isInHiddenSubtree } from './text.ts';

/** First element matching any of the selectors (in selector order), skipping hidden ones. */
export function pick(root: ParentNode, selectors: string[]): Element | undefined {
  for (const sel of selectors) {
    let list: Element[];
    try {
      list = Array.from(root.querySelectorAll(sel));
    } catch {
      continue;
    }
    for (const el of list) {
      if (!isInHiddenSubtree(el, root as Element)) return el;
    }
  }
  return undefined;
}

/** Text of the first matching element, or undefined when empty. */
export function pickText(root: ParentNode, selectors: string[], maxChars = 300): string | undefined {
  for (const sel of selectors) {
    let list: Element[];
    try {
      list = Array.from(root.querySelectorAll(sel));
    } catch {
      continue;
    }
    for (const el of list) {
      const t = inlineText(el, maxChars);
      if (t) return t;
    }
  }
  return undefined;
}

/** Texts of all matching elements, de-duplicated, joined with ", ". */
export function pickAllText(root: ParentNode, selector: string, maxItems = 5): string | undefined {
  const seen: string[] = [];
  for (const el of Array.from(root.querySelectorAll(selector)).slice(0, 50)) {
    const t = inlineText(el, 200);
    if (t && !seen.includes(t)) seen.push(t);
    if (seen.length >= maxItems) break;
  }
  return seen.length > 0 ? seen.join(', ') : undefined;
}

/**
 * Grow from an anchor (a job link, a title) to its card: climb while the parent still holds
 * no other posting's anchor. `sameCard(el)` says whether an anchor element found in the
 * parent belongs to this card.
 */
export function climbToCard(start: Element, anchorSelector: string, sameCard: (other: Element) => boolean, maxLevels = 14): Element {
  let card = start;
  for (let level = 0; level < maxLevels; level++) {
    const parent = card.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    let foreign = false;
    for (const other of Array.from(parent.querySelectorAll(anchorSelector))) {
      if (!sameCard(other)) {
        foreign = true;
        break;
      }
    }
    if (foreign) break;
    card = parent;
  }
  return card;
}

/**
 * The element that shows a posting's title (for JSON-LD, where there is no DOM element):
 * a heading whose text matches, else a short element with exactly that text.
 */
export function findTitleElement(doc: Document, title: string | undefined): Element | undefined {
  if (!title) return undefined;
  const want = compareKey(title);
  if (!want) return undefined;
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, h4, [itemprop="title"]')).slice(0, 2000);
  let partial: Element | undefined;
  for (const h of headings) {
    if (isInHiddenSubtree(h)) continue;
    const got = compareKey(inlineText(h, 500));
    if (!got) continue;
    if (got === want) return h;
    if (!partial && (got.startsWith(want) || want.startsWith(got)) && Math.min(got.length, want.length) >= 4) partial = h;
  }
  if (partial) return partial;
  const others = Array.from(doc.querySelectorAll('a, span, div, strong, b, p, td')).slice(0, 5000);
  for (const el of others) {
    const raw = el.textContent ?? '';
    if (raw.length > title.length * 3 + 40) continue;
    if (compareKey(raw) === want && !isInHiddenSubtree(el)) return el;
  }
  return undefined;
}

/** Lowest common ancestor of two elements (or the first when unrelated). */
export function commonAncestor(a: Element, b: Element): Element {
  const chain = new Set<Element>();
  let p: Element | null = a;
  let guard = 0;
  while (p && guard++ < 10_000) {
    chain.add(p);
    p = p.parentElement;
  }
  let q: Element | null = b;
  guard = 0;
  while (q && guard++ < 10_000) {
    if (chain.has(q)) return q;
    q = q.parentElement;
  }
  return a;
}

/** The document's site URL when the page itself says it (canonical, og:url, <base>). */
export function selfDeclaredUrl(doc: Document): string | undefined {
  const c = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.querySelector('meta[name="twitter:url"]')?.getAttribute('content'),
    doc.querySelector('base[href]')?.getAttribute('href'),
  ];
  for (const href of c) {
    if (href && /^https?:\/\//i.test(href.trim())) return href.trim();
  }
  return undefined;
}

/**
 * `items` sorted by the document order of their elements. Each element's path of child
 * indexes is computed once (one pass over each parent's children), so sorting hundreds of
 * posts in a feed of thousands of siblings stays linear-ish instead of scanning the siblings
 * on every comparison.
 */
export function sortByDocumentOrder<T>(items: readonly T[], elementOf: (item: T) => Element): T[] {
  const position = new Map<Node, number>();
  const indexOf = (n: Node): number => {
    let i = position.get(n);
    if (i === undefined) {
      let k = 0;
      for (let c = n.parentNode?.firstChild ?? null; c; c = c.nextSibling) position.set(c, k++);
      i = position.get(n) ?? 0;
    }
    return i;
  };
  const paths = items.map((item) => {
    const path: number[] = [];
    let guard = 0;
    for (let n: Node | null = elementOf(item); n?.parentNode && guard++ < 10_000; n = n.parentNode) path.push(indexOf(n));
    return { item, path: path.reverse() };
  });
  paths.sort((a, b) => {
    const len = Math.min(a.path.length, b.path.length);
    for (let i = 0; i < len; i++) {
      const d = (a.path[i] as number) - (b.path[i] as number);
      if (d !== 0) return d;
    }
    return a.path.length - b.path.length; // an ancestor comes before its descendants
  });
  return paths.map((p) => p.item);
}

/**
 * Incremental extraction: a view of the document limited to some subtrees (the nodes a page
 * just added). Extractors query `doc.querySelector(All)`; through this view they only see
 * elements inside the given roots (a root itself included), so a re-scan after an infinite-
 * scroll append reads the new cards, not the whole page again.
 */
import { sortByDocumentOrder } from './dom.ts';

const ROOTS = Symbol('scam-job-radar.scope-roots');
const TARGET = Symbol('scam-job-radar.scope-target');

type Scoped = Document & { [ROOTS]?: readonly Element[]; [TARGET]?: Document };

function matchesSafe(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * `doc`, seen only through `roots`. Roots should be disjoint and in document order (see
 * `disjointRoots`) so that results keep document order.
 */
export function scopedDocument(doc: Document, roots: readonly Element[]): Document {
  const all = (selector: string): Element[] => {
    const out: Element[] = [];
    for (const root of roots) {
      if (matchesSafe(root, selector)) out.push(root);
      for (const el of Array.from(root.querySelectorAll(selector))) out.push(el);
    }
    return out;
  };
  const first = (selector: string): Element | null => {
    for (const root of roots) {
      if (matchesSafe(root, selector)) return root;
      const hit = root.querySelector(selector);
      if (hit) return hit;
    }
    return null;
  };
  return new Proxy(doc, {
    get(target, prop) {
      if (prop === 'querySelectorAll') return all;
      if (prop === 'querySelector') return first;
      if (prop === ROOTS) return roots;
      if (prop === TARGET) return target;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The roots of a scoped document, or undefined for a whole document. */
export function scopeRoots(doc: Document): readonly Element[] | undefined {
  return (doc as Scoped)[ROOTS];
}

/** The real document behind a scoped one (DOM APIs refuse the proxy as an argument). */
export function realDocument(doc: Document): Document {
  return (doc as Scoped)[TARGET] ?? doc;
}

/** Connected, non-nested roots in document order: a root inside another root is dropped. */
export function disjointRoots(candidates: Iterable<Element>): Element[] {
  const set = new Set<Element>();
  for (const el of candidates) if (el.isConnected) set.add(el);
  const out: Element[] = [];
  for (const el of set) {
    let inside = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (set.has(p)) {
        inside = true;
        break;
      }
    }
    if (!inside) out.push(el);
  }
  return sortByDocumentOrder(out, (el) => el);
}

/**
 * Trees a plain `querySelectorAll` does not enter: open shadow roots (web components) and the
 * documents of same-origin frames. The scanner reads and watches each one it finds here, nested
 * ones included. Closed shadow roots and other origins' frames stay out of reach, as they do for
 * the page's own scripts.
 */
import type { Steps } from './steps.ts';

export type InnerTree = { kind: 'shadow'; root: ShadowRoot; host: Element } | { kind: 'frame'; frame: HTMLIFrameElement | HTMLFrameElement; doc: Document };

/** Trees read per scan at most: a page of thousands of components is read by its light DOM only past this. */
export const MAX_INNER_TREES = 300;
/** Elements visited between two steps (a step is where the scanner may give the page its turn). */
const ELEMENTS_PER_STEP = 400;

/** The document of a frame, when this page may read it (same origin, loaded far enough to have one). */
export function frameDocument(el: Element): Document | undefined {
  if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') return undefined;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/** The element children of a document, shadow root or element, then their descendants, in tree order; iterative. */
function* elementsUnder(root: ParentNode): Generator<Element> {
  for (let top = root.firstElementChild; top; top = top.nextElementSibling) {
    let el: Element | null = top;
    while (el) {
      yield el;
      if (el.firstElementChild) {
        el = el.firstElementChild;
        continue;
      }
      while (el && el !== top && !el.nextElementSibling) el = el.parentElement;
      el = !el || el === top ? null : el.nextElementSibling;
    }
  }
}

/**
 * Open shadow roots and same-origin frame documents under `starts` (a start element itself
 * included), nested ones after their parents. Frames are reported even before their document
 * has loaded, so that the caller can wait for it. `skip`: hosts not to enter (the caller's own
 * widgets).
 */
export function* innerTreesSteps(
  starts: ReadonlyArray<Document | Element>,
  limit = MAX_INNER_TREES,
  skip: (el: Element) => boolean = () => false,
): Steps<InnerTree[]> {
  const found: InnerTree[] = [];
  const seen = new Set<Node>();
  const queue: ParentNode[] = [];
  let visited = 0;
  const look = (el: Element): void => {
    if (skip(el)) return;
    const shadow = el.shadowRoot;
    if (shadow && !seen.has(shadow)) {
      seen.add(shadow);
      found.push({ kind: 'shadow', root: shadow, host: el });
      queue.push(shadow);
    }
    const doc = frameDocument(el);
    if (doc && !seen.has(doc)) {
      seen.add(doc);
      found.push({ kind: 'frame', frame: el as HTMLIFrameElement, doc });
      queue.push(doc);
    }
  };
  for (const start of starts) {
    if (start.nodeType === 1) look(start as Element);
    queue.push(start);
  }
  for (let i = 0; i < queue.length && found.length < limit; i++) {
    for (const el of elementsUnder(queue[i] as ParentNode)) {
      look(el);
      if (found.length >= limit) break;
      if (++visited % ELEMENTS_PER_STEP === 0) yield;
    }
  }
  return found.slice(0, limit);
}

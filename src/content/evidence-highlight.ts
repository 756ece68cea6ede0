/**
 * Marks a verdict's evidence inside the posting's own text on the page, with the CSS Custom
 * Highlight API: ranges over the page's text nodes, painted by one `::highlight()` rule. The
 * page's DOM is never changed (no wrapping elements), so layout, selection and the page's own
 * scripts are unaffected; without the API (older browsers) nothing is marked.
 */
import { findFolded, foldCase } from '../shared/case-fold.ts';
import { HOST_TAG } from './host-tag.ts';

export const HIGHLIGHT_NAME = 'scam-job-radar-evidence';
const STYLE_ID = 'scam-job-radar-highlight-style';
const MIN_EVIDENCE = 3;
const MAX_NODES = 20_000;
const MAX_RANGES = 60;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export interface TextSpan {
  node: Text;
  start: number;
  end: number;
}

/**
 * Where each evidence string occurs in the text under `root` (case-insensitive, within one
 * text node, our own badges skipped). Bounded: at most MAX_NODES nodes and MAX_RANGES spans.
 * Offsets are the node's own: lowercasing can change a text's length ('İ' → 'i̇'), so matches
 * are mapped back through a folding index (src/shared/case-fold.ts), never read off the copy.
 */
export function findEvidence(root: Element, evidence: readonly string[]): TextSpan[] {
  const needles = [...new Set(evidence.map((e) => foldCase(e.trim()).text).filter((e) => e.length >= MIN_EVIDENCE))];
  if (needles.length === 0) return [];
  const spans: TextSpan[] = [];
  const stack: Node[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES && spans.length < MAX_RANGES) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text.length < MIN_EVIDENCE) continue;
      const folded = foldCase(text);
      for (const needle of needles) {
        for (const [start, end] of findFolded(folded, needle, MAX_RANGES - spans.length)) {
          spans.push({ node: node as Text, start, end });
        }
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.tagName.toLowerCase() === HOST_TAG) continue;
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i] as Node);
  }
  return spans;
}

/** The block that holds a posting's text: the anchor itself, or, for a title, the block around it. */
export function postingRoot(anchor: Element): Element {
  let root = anchor;
  for (let i = 0; i < 5 && (root.textContent ?? '').length < 200; i++) {
    const parent = root.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    root = parent;
  }
  return root;
}

interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: Range[]) => unknown;
}

function api(doc: Document): HighlightApi | undefined {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: HighlightApi['Highlight'] }) | null;
  const highlights = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return highlights && Highlight ? { highlights, Highlight } : undefined;
}

/**
 * Ranges currently shown, per posting root; the one named highlight is rebuilt from all of them.
 * Both hold the page's text nodes: pruneEvidence lets go of those the page removed.
 */
const shown = new WeakMap<Document, Map<Element, Range[]>>();

const onPage = (r: Range): boolean => r.startContainer.isConnected && r.endContainer.isConnected;

/**
 * Drops the marks of postings the page removed (a badge's own "hide" never runs when the page
 * removes the post around it) and ranges whose text is gone from a root still on the page, so
 * that neither this map nor `CSS.highlights` keeps removed posts alive. Returns whether anything
 * was dropped (the highlight is then rebuilt without them).
 */
export function pruneEvidence(doc: Document): boolean {
  const byRoot = shown.get(doc);
  if (!byRoot) return false;
  let dropped = false;
  for (const [root, ranges] of byRoot) {
    const kept = root.isConnected ? ranges.filter(onPage) : [];
    if (kept.length === ranges.length) continue;
    dropped = true;
    if (kept.length === 0) byRoot.delete(root);
    else byRoot.set(root, kept);
  }
  const a = api(doc);
  if (dropped && a) repaint(doc, a);
  return dropped;
}

function repaint(doc: Document, a: HighlightApi): void {
  const all = [...(shown.get(doc)?.values() ?? [])].flat();
  if (all.length === 0) a.highlights.delete(HIGHLIGHT_NAME);
  else a.highlights.set(HIGHLIGHT_NAME, new a.Highlight(...all));
}

/** The mark's style, in the document and in the page's shadow root the posting is in (a document's styles do not reach inside one). */
function ensureStyle(doc: Document, root: Element): void {
  const tree = root.getRootNode();
  const targets: Array<Document | ShadowRoot> = [doc];
  if (tree !== doc && typeof (tree as ShadowRoot).host === 'object') targets.push(tree as ShadowRoot);
  for (const target of targets) {
    if (target.getElementById(STYLE_ID)) continue;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe082; color: #000; text-decoration: underline 2px #c62828; }`;
    if (target === doc) (doc.head ?? doc.documentElement).append(style);
    else target.append(style);
  }
}

/** One Range per span; a span the DOM refuses (the text changed under it) skips only itself. */
function toRanges(doc: Document, spans: readonly TextSpan[]): Range[] {
  const ranges: Range[] = [];
  for (const s of spans) {
    try {
      const r = doc.createRange();
      r.setStart(s.node, s.start);
      r.setEnd(s.node, s.end);
      ranges.push(r);
    } catch {
      // IndexSizeError or a detached node: leave this mark out, keep the others.
    }
  }
  return ranges;
}

/** Marks `evidence` in the posting around `anchor`; returns how many spans were marked. */
export function showEvidence(anchor: Element, evidence: readonly string[]): number {
  const doc = anchor.ownerDocument;
  const a = api(doc);
  if (!a) return 0;
  const root = postingRoot(anchor);
  const ranges = toRanges(doc, findEvidence(root, evidence));
  const byRoot = shown.get(doc) ?? new Map<Element, Range[]>();
  shown.set(doc, byRoot);
  if (ranges.length === 0) byRoot.delete(root);
  else byRoot.set(root, ranges);
  ensureStyle(doc, root);
  if (!pruneEvidence(doc)) repaint(doc, a);
  return ranges.length;
}

/** Removes the marks of the posting around `anchor`. */
export function hideEvidence(anchor: Element): void {
  const doc = anchor.ownerDocument;
  const a = api(doc);
  const byRoot = shown.get(doc);
  if (!a || !byRoot?.delete(postingRoot(anchor))) return;
  repaint(doc, a);
}

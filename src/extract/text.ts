/**
 * DOM → plain text helpers shared by every extractor. They must work on a real browser DOM
 * and on linkedom (which has no innerText / layout), never execute page code, and stay
 * bounded on hostile pages (deep nesting, huge text nodes).
 */

/** Upper bound on the text kept for one posting. */
export const MAX_POSTING_TEXT = 20_000;
/** Upper bound on nodes visited by one blockText call. */
const MAX_NODES = 200_000;

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'SELECT',
  'OPTION',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'MATH',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

const CELL_TAGS = new Set(['TD', 'TH']);

/** True for elements a reader would not see: [hidden], aria-hidden, inline display:none. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** True when the element is hidden itself or sits inside a hidden ancestor. */
export function isInHiddenSubtree(el: Element, stop?: Element): boolean {
  let p: Element | null = el;
  let guard = 0;
  while (p && guard++ < 10_000) {
    if (isHidden(p)) return true;
    if (p === stop) break;
    p = p.parentElement;
  }
  return false;
}

function tagOf(node: Node): string {
  return ((node as Element).tagName ?? '').toUpperCase();
}

/**
 * The visible text of an element with line breaks between blocks (p, div, li, headings, br…),
 * like innerText but without layout. Skips script/style/noscript/template/svg and hidden
 * subtrees. Iterative (no recursion) so 5000-level nesting cannot overflow the stack.
 * `readCollapsed` also reads what [hidden] or an inline display:none hides (not aria-hidden):
 * a feed post's text behind "See more" is the post's own text (see sites/social.ts).
 */
export function blockText(
  root: Element | null | undefined,
  maxChars = MAX_POSTING_TEXT,
  budget?: { nodes: number },
  exclude?: (el: Element) => boolean,
  readCollapsed = false,
): string {
  if (!root) return '';
  const nodeLimit = budget ? Math.min(MAX_NODES, Math.max(0, budget.nodes)) : MAX_NODES;
  const out: string[] = [];
  let length = 0;
  let visited = 0;
  // Stack of [node, phase]; phase 1 = closing a block element.
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const [node, phase] = item;
    if (++visited > nodeLimit || length > maxChars) break;
    if (phase === 1) {
      out.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value) {
        const piece = value.length > maxChars ? value.slice(0, maxChars) : value;
        out.push(piece);
        length += piece.length;
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = tagOf(node);
    if (node.nodeType === 1) {
      if (SKIP_TAGS.has(tag)) continue;
      if (
        node !== root &&
        ((readCollapsed ? (node as Element).getAttribute('aria-hidden') === 'true' : isHidden(node as Element)) || exclude?.(node as Element))
      )
        continue;
      if (tag === 'BR') {
        out.push('\n');
        continue;
      }
      if (tag === 'IMG') {
        continue;
      }
    }
    const block = BLOCK_TAGS.has(tag);
    const cell = CELL_TAGS.has(tag);
    if (block) {
      out.push('\n');
      stack.push([node, 1]);
    } else if (cell) {
      out.push(' \t ');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push([child, 0]);
    }
  }
  if (budget) budget.nodes -= visited;
  return tidyText(out.join(''), maxChars);
}

/** Characters dropped from extracted text: C0/C1 controls (not \t \n), zero-width space, word joiner, BOM. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff]/g;

/** Collapse spaces inside lines, drop empty lines, cap the length. */
export function tidyText(raw: string, maxChars = MAX_POSTING_TEXT): string {
  const text = raw.length > maxChars * 2 ? raw.slice(0, maxChars * 2) : raw;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(INVISIBLE, '')
        .replace(/[\s\u00a0\u2028\u2029]+/g, ' ')
        .trim(),
    )
    .filter((line, i, all) => line.length > 0 && line !== all[i - 1]);
  const joined = lines.join('\n');
  return joined.length > maxChars ? joined.slice(0, maxChars) : joined;
}

/** Visible text of an element on one line (for titles, company names, locations). */
export function inlineText(el: Element | null | undefined, maxChars = 1000): string {
  if (!el) return '';
  // Each whitespace run with a line break becomes one space (`/\s*\n\s*/g` does the same, but
  // retries `\s*` at every character of a long run without one).
  return blockText(el, maxChars)
    .replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run))
    .trim();
}

/** Collapse whitespace in a plain string. */
export function oneLine(s: string | null | undefined, maxChars = 1000): string {
  if (!s) return '';
  const t = s
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return t.length > maxChars ? t.slice(0, maxChars) : t;
}

/** Normalised key for comparing titles/companies across extractors. */
export function compareKey(s: string | undefined): string {
  if (!s) return '';
  return s
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Mn}]+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

const ENTITY: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  middot: '·',
};

/** Decode HTML character references without a DOM (used by the fallback HTML stripper). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
      try {
        return String.fromCodePoint(code);
      } catch {
        return whole;
      }
    }
    return ENTITY[body.toLowerCase()] ?? whole;
  });
}

/** The element names whose content the fallback stripper drops with the element. */
const RAW_TEXT_OPEN = /<(script|style|noscript|template|svg)\b/gi;
const RAW_TEXT_CLOSE: Record<string, RegExp> = Object.fromEntries(
  ['script', 'style', 'noscript', 'template', 'svg'].map((name) => [name, new RegExp(`<\\/${name}\\s*>`, 'gi')]),
);

/**
 * `s.replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')` in linear time:
 * the regex scans to the end of the text for every unclosed opening tag (quadratic on
 * "<script<script…"). An element with no closing tag after it stays, as with the regex, and
 * once a name has no closing tag left, its later opening tags are not searched again.
 */
function dropRawTextElements(s: string): string {
  const unclosed = new Set<string>();
  let out = '';
  let last = 0;
  RAW_TEXT_OPEN.lastIndex = 0;
  for (let m = RAW_TEXT_OPEN.exec(s); m; m = RAW_TEXT_OPEN.exec(s)) {
    const name = (m[1] as string).toLowerCase();
    const close = RAW_TEXT_CLOSE[name] as RegExp;
    close.lastIndex = m.index + m[0].length;
    const c = unclosed.has(name) ? null : close.exec(s);
    if (!c) {
      unclosed.add(name);
      RAW_TEXT_OPEN.lastIndex = m.index + 1;
      continue;
    }
    out += `${s.slice(last, m.index)} `;
    last = c.index + c[0].length;
    RAW_TEXT_OPEN.lastIndex = last;
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * `s.replace(/<!--[\s\S]*?-->/g, by)` in linear time (the regex rescans the rest of the text
 * for every unclosed "<!--").
 */
export function dropHtmlComments(s: string, by = ' '): string {
  let out = '';
  let last = 0;
  for (let open = s.indexOf('<!--'); open >= 0; open = s.indexOf('<!--', last)) {
    const close = s.indexOf('-->', open + 4);
    if (close < 0) break;
    out += s.slice(last, open) + by;
    last = close + 3;
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * `s.replace(re, by)` for a tag pattern that ends in `[^>]*>`: run only up to the last ">", so
 * that the text after it, which cannot hold a match, is not rescanned from every "<" in it.
 */
function replaceTags(s: string, re: RegExp, by: string): string {
  const end = s.lastIndexOf('>') + 1;
  return end === s.length ? s.replace(re, by) : s.slice(0, end).replace(re, by) + s.slice(end);
}

/** Regex-only HTML → text (no DOM, nothing parsed or executed); the safe last resort. Linear time. */
export function stripHtml(html: string, maxChars = MAX_POSTING_TEXT): string {
  const src = html.length > maxChars * 4 ? html.slice(0, maxChars * 4) : html;
  let text = dropHtmlComments(dropRawTextElements(src)).replace(/<br\s*\/?>/gi, '\n');
  text = replaceTags(text, /<\/?(p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|dd|dt|dl)\b[^>]*>/gi, '\n');
  text = replaceTags(text, /<[^>]*>/g, ' ');
  return tidyText(decodeEntities(text), maxChars);
}

/** Markup that survived one round of htmlToText: the description was entity-escaped HTML. */
const ESCAPED_MARKUP = /<\/?(p|br|ul|li|div|strong|b|em|h\d)\b[^>]*>/i;

type ParserCtor = new () => { parseFromString(s: string, type: string): Document };

function findDomParser(doc?: Document): ParserCtor | undefined {
  // Browser (content script, extension pages): the global DOMParser. Node: linkedom's
  // document exposes one on its defaultView.
  const g = globalThis as unknown as { DOMParser?: ParserCtor };
  if (typeof g.DOMParser === 'function') return g.DOMParser;
  const view = doc?.defaultView as unknown as { DOMParser?: ParserCtor } | null | undefined;
  if (view && typeof view.DOMParser === 'function') return view.DOMParser;
  return undefined;
}

/**
 * HTML (e.g. a JSON-LD description) → plain text. Uses DOMParser('text/html'), which builds
 * an inert document (scripts never run, nothing is inserted into the page); falls back to a
 * regex stripper when DOMParser is missing or refuses (e.g. Trusted Types enforcement).
 * Descriptions that are entity-escaped HTML ("&lt;p&gt;…") are decoded a second time.
 */
export function htmlToText(html: string, doc?: Document, maxChars = MAX_POSTING_TEXT): string {
  if (!html) return '';
  let source = html.length > maxChars * 4 ? html.slice(0, maxChars * 4) : html;
  for (let round = 0; round < 2; round++) {
    let text: string | undefined;
    if (/[<&]/.test(source)) {
      const Parser = findDomParser(doc);
      if (Parser) {
        try {
          const parsed = new Parser().parseFromString(`<!DOCTYPE html><html><body>${source}</body></html>`, 'text/html');
          text = blockText(parsed.body ?? parsed.documentElement, maxChars);
        } catch {
          text = undefined;
        }
      }
      if (text === undefined) text = stripHtml(source, maxChars);
    } else {
      text = tidyText(source, maxChars);
    }
    // Entity-escaped markup decodes to text that still looks like tags: parse once more.
    if (round === 0 && ESCAPED_MARKUP.test(text.slice(0, text.lastIndexOf('>') + 1))) {
      source = text;
      continue;
    }
    return text;
  }
  return tidyText(source, maxChars);
}

/**
 * `s.replace(/[chars].*$/, '')` in linear time: `s` up to the first of `chars` that has no line
 * break after it (a URL without its query or fragment). The regex retries `.*` from every such
 * character of a long run, which is quadratic when a line break follows the run.
 */
export function cutFromFirst(s: string, chars: string): string {
  const from = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'), s.lastIndexOf('\u2028'), s.lastIndexOf('\u2029')) + 1;
  for (let i = from; i < s.length; i++) if (chars.includes(s.charAt(i))) return s.slice(0, i);
  return s;
}

/** Trailing slashes: only a run's first slash may start the match, so a long run is read once, not once per slash. */
export const TRAILING_SLASHES = /(?<!\/)\/+$/;

/** Resolve a possibly relative URL against a base; undefined when unusable. */
export function absoluteUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (!trimmed || /^(javascript|data|vbscript):/i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return /^https?:\/\//i.test(trimmed) ? trimmed : undefined;
  }
}

/** Best-effort base URL of a document (given url, <base>, canonical, og:url). */
export function documentBaseUrl(doc: Document, url?: string): string | undefined {
  if (url) return url;
  const candidates = [
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    if (c && /^https?:\/\//i.test(c.trim())) return c.trim();
  }
  return undefined;
}

/** An absolute URL without query string and fragment (tracking parameters differ per visit). */
export function urlWithoutQuery(href: string | null | undefined, base?: string): string | undefined {
  const abs = absoluteUrl(href, base);
  if (!abs) return undefined;
  try {
    const u = new URL(abs);
    u.search = '';
    u.hash = '';
    return u.href;
  } catch {
    return abs;
  }
}

/**
 * The linear-time replacements of text.ts give what the regexes they replace gave (those
 * rescanned the rest of the text from every "<", "<!--", "?" or "/" of a long run).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html.ts';
import { cutFromFirst, decodeEntities, dropHtmlComments, inlineText, stripHtml, TRAILING_SLASHES, tidyText } from './text.ts';

/** stripHtml as it was: the reference. */
function regexStripHtml(html: string, maxChars = 20_000): string {
  const src = html.length > maxChars * 4 ? html.slice(0, maxChars * 4) : html;
  const text = src
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|dd|dt|dl)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  return tidyText(decodeEntities(text), maxChars);
}

/** Random strings glued from `tokens` (seeded, so a failure repeats). */
function* randomTexts(tokens: readonly string[], count: number, maxTokens: number): Generator<string> {
  let seed = 2024;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let n = 1 + (next() % maxTokens); n > 0; n--) s += tokens[next() % tokens.length];
    yield s;
  }
}

describe('stripHtml', () => {
  it('gives what the regex stripper gave', () => {
    const tokens = [
      '<',
      '>',
      '/',
      '<script>',
      '</script>',
      '</SCRIPT >',
      '<script',
      '<scripts>',
      '<style a="1">',
      '</style>',
      '<svg>',
      '</svg>',
      '<noscript>',
      '</noscript',
      '<template>',
      '</template>',
      '<!--',
      '-->',
      '--',
      '<br>',
      '<BR/>',
      '<br  />',
      '<p>',
      '</p>',
      '<div class=x>',
      '<li',
      '<h1>',
      '</h2 >',
      '<span>',
      '<b>',
      '<tr>',
      '<pre>',
      'text',
      ' ',
      '\n',
      '&amp;',
      '&lt;p&gt;',
      'a',
    ];
    for (const html of randomTexts(tokens, 30_000, 16)) expect(stripHtml(html), html).toBe(regexStripHtml(html));
  });

  it('strips a page', () => {
    expect(stripHtml('<h1>Job</h1><script>var x = "<p>";</script><!-- c --><p>Salary <b>$1,500</b><br>Apply now</p>')).toBe('Job\nSalary $1,500\nApply now');
  });
});

describe('linear-time stand-ins', () => {
  const urlish = ['/', '//', '?', '#', 'a', '\n', '\r', '\u2028', 'x=1', '&', 'http://', '.', ' '];

  it('dropHtmlComments is /<!--[\\s\\S]*?-->/g', () => {
    for (const s of randomTexts(['<!--', '-->', '<!-->', '--', '-', '>', '<', 'a', '\n'], 20_000, 12)) {
      expect(dropHtmlComments(s), s).toBe(s.replace(/<!--[\s\S]*?-->/g, ' '));
      expect(dropHtmlComments(s, ''), s).toBe(s.replace(/<!--[\s\S]*?-->/g, ''));
    }
  });

  it('cutFromFirst is /[chars].*$/ and TRAILING_SLASHES is /\\/+$/', () => {
    for (const s of randomTexts(urlish, 20_000, 12)) {
      expect(cutFromFirst(s, '#'), s).toBe(s.replace(/#.*$/, ''));
      expect(cutFromFirst(s, '?'), s).toBe(s.replace(/\?.*$/, ''));
      expect(s.replace(TRAILING_SLASHES, ''), s).toBe(s.replace(/\/+$/, ''));
    }
  });

  it('inlineText joins lines as /\\s*\\n\\s*/g did', () => {
    const doc = parseHtml('<div id="x"><p>Senior  developer</p>\n<p> Acme\tLtd </p><span>Ho Chi Minh</span><br>City</div>');
    expect(inlineText(doc.getElementById('x'))).toBe('Senior developer Acme Ltd Ho Chi Minh City');
  });
});

/**
 * Removes source artefacts that would let a model recognise a corpus instead of a scam:
 * EMSCAD masking tokens, HTML tags and entities, scraper boilerplate.
 */

const ENTITIES: Record<string, string> = {
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
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
};

export function decodeEntities(s: string): string {
  // Twice: scraped text is sometimes double-escaped ("&amp;amp;").
  for (let k = 0; k < 2; k++) {
    s = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  }
  return s;
}

/** Block-level tags become line breaks, every other tag disappears. */
export function stripHtml(s: string): string {
  return s
    .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, ' ')
    .replace(/<\s*(br|\/p|p|\/div|div|\/li|li|\/h\d|h\d|\/tr|tr|\/ul|ul|\/ol|ol)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][a-z0-9]*\b[^>]*>/gi, ' ');
}

/**
 * EMSCAD masks every URL, e-mail and phone number as `#URL_<sha256>#`, `#EMAIL_<sha256>#`,
 * `#PHONE_<sha256>#`. No real ad looks like that, so a model would learn "EMSCAD" from them.
 * They are removed (the surrounding words such as "email us at" stay).
 */
export function stripEmscadMasks(s: string): string {
  return s.replace(/#(URL|EMAIL|PHONE)_[0-9a-f]{8,}#/gi, ' ');
}

/** Scraper/UI strings that are not part of any ad. */
const BOILERPLATE: RegExp[] = [
  /Mức độ phù hợp và xếp hạng của bạn[^\n]*/g, // VietnamWorks UI string
  /\(Glassdoor est\.\)/g,
  /\(Employer est\.\)/g,
  /Show more\s*Show less/gi,
];

export function stripBoilerplate(s: string): string {
  for (const re of BOILERPLATE) s = s.replace(re, ' ');
  return s;
}

/** Whitespace tidy: horizontal runs collapsed, at most one blank line. */
export function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Full clean for one field. */
export function cleanField(s: string | undefined | null): string {
  if (!s) return '';
  return tidy(stripBoilerplate(stripEmscadMasks(stripHtml(decodeEntities(String(s))))));
}

/** Pure helpers of `npm run probe` (training/probe.ts). */

/** Corpus artefacts that cleaning must have removed (see training/data/clean.ts). */
export const ARTEFACTS: ReadonlyArray<{ name: string; re: RegExp }> = [
  { name: 'EMSCAD mask', re: /#(?:URL|EMAIL|PHONE)_[0-9a-f]{6,}#/i },
  { name: 'HTML tag', re: /<\/?(?:p|br|div|span|li|ul|ol|b|strong|em|i|h[1-6]|a|table|tr|td)\b[^>]*>/i },
  { name: 'HTML entity', re: /&(?:#x?[0-9a-f]+|amp|nbsp|lt|gt|quot|apos|ndash|mdash|rsquo|ldquo|rdquo);/i },
  { name: 'Glassdoor/Employer "est."', re: /\((?:Glassdoor|Employer) est\.\)/ },
  { name: 'VietnamWorks rating prompt', re: /Mức độ phù hợp và xếp hạng của bạn/ },
  { name: '"Show more Show less"', re: /Show more\s*Show less/i },
];

/** Word unigrams and bigrams of a text, each once (document frequency). */
export function wordGrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w.length > 1 && !/^\d+$/.test(w)) out.add(w);
    const next = words[i + 1];
    if (next && !/^\d+$/.test(w) && !/^\d+$/.test(next)) out.add(`${w} ${next}`);
  }
  return out;
}

/**
 * The n-grams most typical of group A against group B: log-odds ratio with an informative
 * Dirichlet prior (Monroe, Colaresi & Quinn 2008), on document frequencies; z-scores, highest first.
 */
export function distinctiveGrams(a: readonly string[], b: readonly string[], top = 12, minDocs = 5): Array<{ gram: string; z: number }> {
  const count = (texts: readonly string[]) => {
    const m = new Map<string, number>();
    for (const t of texts) for (const g of wordGrams(t)) m.set(g, (m.get(g) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const na = [...ca.values()].reduce((x, y) => x + y, 0);
  const nb = [...cb.values()].reduce((x, y) => x + y, 0);
  const total = na + nb;
  const a0 = 1000;
  const out: Array<{ gram: string; z: number }> = [];
  for (const [gram, ya] of ca) {
    if (ya < minDocs) continue;
    const yb = cb.get(gram) ?? 0;
    const aw = (a0 * (ya + yb)) / total;
    const delta = Math.log((ya + aw) / (na + a0 - ya - aw)) - Math.log((yb + aw) / (nb + a0 - yb - aw));
    const z = delta / Math.sqrt(1 / (ya + aw) + 1 / (yb + aw));
    out.push({ gram, z });
  }
  return out.sort((x, y) => y.z - x.z).slice(0, top);
}

/**
 * The model card with `section` (a markdown block starting with its own `## ` heading) in place
 * of an earlier copy of that section, or inserted before "## Limits" (else appended).
 */
export function spliceSection(card: string, section: string): string {
  const heading = section.split('\n', 1)[0] ?? '';
  const block = `${section.trim()}\n\n`;
  const start = card.indexOf(`${heading}\n`);
  if (start >= 0) {
    const next = card.indexOf('\n## ', start + heading.length);
    return card.slice(0, start) + block + (next >= 0 ? card.slice(next + 1) : '');
  }
  const limits = card.indexOf('## Limits');
  return limits >= 0 ? card.slice(0, limits) + block + card.slice(limits) : `${card.trimEnd()}\n\n${block}`;
}

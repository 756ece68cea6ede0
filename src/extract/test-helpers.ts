/** Helpers for the extractor tests (Node only). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedPosting } from '../shared/types.ts';
import { parseHtml } from './parse-html.ts';
import { compareKey, inlineText } from './text.ts';

export const SHARED_PAGES = new URL('../../../shared/fixtures/pages/', import.meta.url);
export const OWN_PAGES = new URL('../../test/fixtures/pages/', import.meta.url);

/** Read a shared fixture page; a missing ../shared is an error, never a skip. */
export function loadShared(rel: string): Document {
  const dir = fileURLToPath(SHARED_PAGES);
  if (!existsSync(dir)) throw new Error('../shared/fixtures is missing');
  return parseHtml(readFileSync(new URL(rel, SHARED_PAGES), 'utf8'));
}

export function loadOwn(rel: string): Document {
  return parseHtml(readFileSync(new URL(rel, OWN_PAGES), 'utf8'));
}

export function titles(postings: ExtractedPosting[]): string[] {
  return postings.map((p) => p.title ?? '');
}

/** Postings whose element is missing or does not show the title text. */
export function elementProblems(postings: ExtractedPosting[]): string[] {
  const problems: string[] = [];
  for (const p of postings) {
    if (!p.element) {
      problems.push(`${p.title}: no element`);
      continue;
    }
    const shown = compareKey(inlineText(p.element, 50_000));
    if (p.title && !shown.includes(compareKey(p.title))) problems.push(`${p.title}: element lacks the title`);
  }
  return problems;
}

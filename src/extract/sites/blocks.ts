/**
 * Adapters for surfaces where every message, caption or comment is its own post-like block
 * (WhatsApp Web, Zalo, Messenger, TikTok, Instagram): find the blocks, read each block's own
 * text (quotes of other messages, times, reactions and names left out), and keep the blocks
 * the shared job-post gate (social.ts `jobPostFrom`) takes for job posts. Each adapter only
 * says where its blocks and their text are.
 */
import type { ExtractedPosting, PostingSource } from '../../shared/types.ts';
import { scopeRoots } from '../scope.ts';
import type { Steps } from '../steps.ts';
import { blockText, isInHiddenSubtree, MAX_POSTING_TEXT } from '../text.ts';
import { jobPostFrom, outermost } from './social.ts';

export interface BlockSpec {
  source: PostingSource;
  /** One message / caption / comment. */
  block: string;
  /** Only blocks inside this (the open chat, the video's panel); others (chat lists, sidebars) are skipped. */
  within?: string;
  /** Blocks inside this are never read (a chat list, a pinned-message bar). */
  notWithin?: string;
  /** The element(s) in a block holding its text; without a match the block has no text of its own. */
  text: string;
  /** Elements inside a block whose text is not the block's (quoted replies, times, reactions, names). */
  exclude?: string;
  /** A stable id for the block (chat messages have no URL); `text` is the block's own text. */
  idOf?: (block: Element, text: string) => string | undefined;
  /** The block's own permalink, when it has one. */
  urlOf?: (block: Element) => string | undefined;
  /** The most blocks read in one scan. */
  max?: number;
}

function within(el: Element, selector: string | undefined): boolean {
  return selector ? el.closest(selector) !== null : true;
}

/**
 * The blocks of `doc` in document order. In an incremental scan (a scoped document) a root the
 * page added inside a block (a message's text arriving after its bubble) stands for that block.
 */
function blocksOf(doc: Document, spec: BlockSpec): Element[] {
  const found = Array.from(doc.querySelectorAll(spec.block)).slice(0, 5000);
  const roots = scopeRoots(doc);
  if (roots) {
    const seen = new Set(found);
    for (const root of roots) {
      const holder = root.parentElement?.closest(spec.block);
      if (holder && !seen.has(holder)) {
        seen.add(holder);
        found.unshift(holder);
      }
    }
  }
  return outermost(found).filter((b) => within(b, spec.within) && !(spec.notWithin && b.closest(spec.notWithin)));
}

/** The text of a block: its text elements (outermost, not inside an excluded part), joined by lines. */
export function blockOwnText(block: Element, textSelector: string, exclude?: string): { body: Element | undefined; text: string } {
  const excluded = (el: Element) => (exclude ? el.matches(exclude) : false);
  const inExcluded = (el: Element) => {
    if (!exclude) return false;
    const hit = el.closest(exclude);
    return hit !== null && block.contains(hit) && hit !== block;
  };
  const candidates = block.matches(textSelector) ? [block] : Array.from(block.querySelectorAll(textSelector)).slice(0, 50);
  const parts = outermost(candidates.filter((el) => !inExcluded(el)));
  const text = parts
    .map((p) => blockText(p, MAX_POSTING_TEXT, undefined, excluded))
    .filter(Boolean)
    .join('\n')
    .trim();
  return { body: parts[0], text };
}

export function* blockPostsSteps(doc: Document, spec: BlockSpec): Steps<ExtractedPosting[]> {
  const results: ExtractedPosting[] = [];
  for (const block of blocksOf(doc, spec).slice(0, spec.max ?? 1000)) {
    yield;
    if (isInHiddenSubtree(block)) continue;
    const { body, text } = blockOwnText(block, spec.text, spec.exclude);
    // A photo without a caption (a chat's image message): returned only for reading its image (social.ts).
    if ((!body || !text) && !block.querySelector('img')) continue;
    const posting = jobPostFrom(body ?? block, text, block, spec.source);
    if (!posting) continue;
    const id = spec.idOf?.(block, text);
    if (id) posting.id = id;
    const url = spec.urlOf?.(block);
    if (url) posting.url = url;
    results.push(posting);
  }
  return results;
}

/** `value` if it is a plain id (letters, digits and a few separators, at most 200 characters). */
export function plainId(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v && v.length <= 200 && /^[\w.@:=+-]+$/.test(v) ? v : undefined;
}

/** A short FNV-1a hash of `text`, for ids of blocks that carry none of their own. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

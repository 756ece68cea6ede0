/**
 * Shared helpers for adapters of social feeds (Facebook, X, Telegram Web): a post is kept
 * only when its own text is a job offer or could be warned about (job-gate.ts), and its title, company, location
 * and salary come from the text (labelled lines), never from the site's UI strings.
 */
import type { ExtractedPosting, PostingSource } from '../../shared/types.ts';
import { fillLabelledFields } from '../cues.ts';
import { headlineOf } from '../generic.ts';
import { isJobPost } from '../job-gate.ts';
import { blockText, MAX_POSTING_TEXT } from '../text.ts';

/**
 * A feed post's whole text, with what "See more" / "Show more" collapses: feeds show a preview
 * and keep the rest of the text in the DOM, hidden ([hidden], display:none) until a click. The
 * verdict is on the whole text from the first scan; when a click or the page adds text instead,
 * the scanner re-reads the post (its MutationObserver) and replaces the verdict.
 */
export function postText(body: Element, exclude?: (el: Element) => boolean): string {
  return blockText(body, MAX_POSTING_TEXT, undefined, exclude, true);
}

/** Shortest post text worth scoring. */
export const MIN_POST_CHARS = 20;

/**
 * Longest caption of a post whose images are read although its text is no job ad: an image ad
 * comes with a line or two ("DM for details 👇"); a long post that is no job ad is about
 * something else.
 */
export const SHORT_CAPTION_CHARS = 280;

/**
 * Surfaces whose blocks are captions and comments (the picture or video is not in the block, and
 * their images come from another site): a short comment with an avatar is no image post.
 */
const NO_IMAGE_POSTS: ReadonlySet<PostingSource> = new Set(['site:instagram', 'site:tiktok']);

/**
 * A posting from one feed post, or undefined when the text is not a job ad.
 * `body` is the element holding the message (for the headline), `element` the whole post.
 * A post with a short caption and an image, not a job ad by its text, is returned marked
 * `awaitingImages` (kept only where images of posts are read, see ExtractOptions.imagePosts).
 */
export function jobPostFrom(body: Element, text: string, element: Element, source: PostingSource): ExtractedPosting | undefined {
  if (text.length < MIN_POST_CHARS || !isJobPost(text)) {
    const imageMayTell = text.length <= SHORT_CAPTION_CHARS && !NO_IMAGE_POSTS.has(source) && element.querySelector('img') !== null;
    return imageMayTell ? { text, source, element, awaitingImages: true } : undefined;
  }
  const posting: ExtractedPosting = { text, source, element };
  const title = headlineOf(body, text);
  if (title) posting.title = title;
  fillLabelledFields(posting, text);
  return posting;
}

/** Keep only the outermost of the given elements (drops nested duplicates), in input order. */
export function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    let p = el.parentElement;
    let guard = 0;
    while (p && guard++ < 10_000) {
      if (set.has(p)) return false;
      p = p.parentElement;
    }
    return true;
  });
}

/** True when `el` sits inside `root` below a nested element matching `selector` (strictly between). */
export function insideNested(el: Element, root: Element, selector: string): boolean {
  let p = el.parentElement;
  let guard = 0;
  while (p && p !== root && guard++ < 10_000) {
    if (p.matches(selector)) return true;
    p = p.parentElement;
  }
  return false;
}

/**
 * LinkedIn feed posts (home feed, company and profile activity, search results for posts):
 * recruiters — and lure posters — share jobs as ordinary posts. A post is the element carrying
 * an activity/share/ugcPost URN (data-urn or data-id), or a [data-view-name="feed-full-update"]
 * block (newer markup, hashed class names). Its own text is the commentary block; comments and
 * a reshared post inside it are not part of it. Kept only when the text reads like a job ad
 * (social.ts). Classes are fallbacks only.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import type { Steps } from '../steps.ts';
import { blockText, isInHiddenSubtree } from '../text.ts';
import { insideNested, jobPostFrom, outermost, postText } from './social.ts';

const POST =
  '[data-urn*="urn:li:activity:"], [data-urn*="urn:li:share:"], [data-urn*="urn:li:ugcPost:"], [data-id*="urn:li:activity:"], [data-view-name="feed-full-update"]';
const COMMENTARY = '[data-view-name="feed-commentary"], .update-components-text, .feed-shared-update-v2__description, .feed-shared-inline-show-more-text';
/** Inside a post but not its own words: comments, a reshared post, an article preview. */
const NOT_OWN =
  '[data-view-name="comment-container"], .comments-comments-list, .comments-comment-item, article.comments-comment-entity, .feed-shared-update-v2__update-content-wrapper, .update-components-mini-update-v2';
const URN = /urn:li:(?:activity|share|ugcPost):\d+/;

function urnOf(post: Element): string | undefined {
  for (const attr of ['data-urn', 'data-id']) {
    const m = URN.exec(post.getAttribute(attr) ?? '');
    if (m) return m[0];
  }
  const link = post.querySelector('a[href*="/feed/update/urn:li:"]')?.getAttribute('href') ?? '';
  return URN.exec(decodeURIComponent(link))?.[0];
}

export function* extractFeedPosts(doc: Document): Steps<ExtractedPosting[]> {
  const posts = outermost(Array.from(doc.querySelectorAll(POST)).slice(0, 1000));
  const results: ExtractedPosting[] = [];
  for (const post of posts) {
    yield;
    if (isInHiddenSubtree(post)) continue;
    const own = Array.from(post.querySelectorAll(COMMENTARY))
      .slice(0, 10)
      .find((el) => !insideNested(el, post, `${NOT_OWN}, ${POST}`) && !el.matches(NOT_OWN));
    const body = own ?? post;
    const notOwn = (el: Element) => el.matches(NOT_OWN) || el.matches(POST);
    // The commentary's "…see more" rest is its own text; the whole post's hidden parts are not.
    const text = own ? postText(own, notOwn) : blockText(body, undefined, undefined, notOwn);
    const posting = jobPostFrom(body, text, post, 'site:linkedin');
    if (!posting) continue;
    const urn = urnOf(post);
    if (urn) posting.url = `https://www.linkedin.com/feed/update/${urn}/`;
    results.push(posting);
  }
  return results;
}

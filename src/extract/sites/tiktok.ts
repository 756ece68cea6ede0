/**
 * TikTok (www.tiktok.com): a video's caption and its comments. Where the selectors come from:
 * TikTok's own test ids, which open-source TikTok scrapers on GitHub read:
 * `[data-e2e="browse-video-desc"]` (the caption on a video page), `[data-e2e="video-desc"]`
 * (the caption in the For You feed), `[data-e2e="comment-level-1"]` (a comment) and
 * `[data-e2e="comment-level-2"]` (a reply). Each caption and each comment is its own block;
 * the commenter's name ([data-e2e="comment-username-1"]) sits outside the comment's text. The
 * caption's hashtags are links inside it and are read with it. Only job posts (social.ts gate)
 * are kept: a caption gets the video's address, a comment an id (video and a hash of its text).
 */
import { blockPostsSteps, shortHash } from './blocks.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const CAPTION = '[data-e2e="browse-video-desc"], [data-e2e="video-desc"]';
const COMMENT = '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]';
const VIDEO = /^\/@([\w.-]{1,60})\/(video|photo)\/(\d{1,25})(?:[/?#]|$)/;

/** The canonical address of the video at `url`, or undefined when it is not a video page. */
function videoUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const m = VIDEO.exec(new URL(url).pathname);
    return m ? `https://www.tiktok.com/@${m[1]}/${m[2]}/${m[3]}` : undefined;
  } catch {
    return undefined;
  }
}

export const tiktokAdapter: SiteAdapter = steppedAdapter({
  name: 'tiktok',
  matches: (url) => hostIs(url, 'tiktok.com'),
  detect: (doc) => doc.querySelector(`${CAPTION}, ${COMMENT}`) !== null,
  extractSteps: (doc, url) => {
    const video = videoUrl(url);
    const videoId = video?.split('/').pop() ?? '';
    return blockPostsSteps(doc, {
      source: 'site:tiktok',
      block: `${CAPTION}, ${COMMENT}`,
      text: `${CAPTION}, ${COMMENT}`,
      exclude: '[data-e2e^="comment-username"], [data-e2e="comment-time"], button',
      // On a video page the caption is that video's; in the feed each caption is a different video.
      urlOf: (el) => (video && el.matches('[data-e2e="browse-video-desc"]') ? video : undefined),
      idOf: (el, text) => (el.matches(COMMENT) ? `tiktok:${videoId ? `${videoId}:` : ''}${shortHash(text)}` : undefined),
    });
  },
});

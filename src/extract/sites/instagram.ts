/**
 * Instagram (www.instagram.com posts /p/<code>/ and reels /reel/<code>/): post captions.
 * Where the selectors come from: open-source Instagram scrapers on GitHub read a post as an
 * `article` whose caption is its `h1` (dir="auto"); a post opened on its own page (or in the
 * dialog over a profile) may show the caption `h1` outside any article. The author's name, the
 * comments (no h1), likes and buttons are not the caption. The post's address is its
 * /p/ or /reel/ link (the one around the time), else the page's own. Only job posts (social.ts
 * gate) are kept.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import type { Steps } from '../steps.ts';
import { absoluteUrl, documentBaseUrl } from '../text.ts';
import { blockPostsSteps } from './blocks.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const POST_PATH = /^\/(?:[\w.]{1,40}\/)?(p|reel|reels|tv)\/([\w-]{1,60})(?:[/?#]|$)/;
const CAPTION = 'h1';
const NOT_CAPTION = 'button, [role="button"], time';

function postUrl(href: string | null | undefined, base: string): string | undefined {
  const abs = absoluteUrl(href, base);
  if (!abs) return undefined;
  try {
    const m = POST_PATH.exec(new URL(abs).pathname);
    return m ? `https://www.instagram.com/${m[1] === 'reels' ? 'reel' : m[1]}/${m[2]}/` : undefined;
  } catch {
    return undefined;
  }
}

function linkOf(article: Element, base: string): string | undefined {
  const links = Array.from(article.querySelectorAll('a[href*="/p/"], a[href*="/reel/"], a[href*="/tv/"]')).slice(0, 30);
  const link = links.find((a) => a.querySelector('time') !== null) ?? links[0];
  return postUrl(link?.getAttribute('href'), base) ?? postUrl(base, base);
}

export const instagramAdapter: SiteAdapter = steppedAdapter({
  name: 'instagram',
  matches: (url) => hostIs(url, 'instagram.com'),
  detect: (doc) => doc.querySelector('meta[property="og:site_name"][content="Instagram"], meta[property="al:ios:app_name"][content="Instagram"]') !== null,
  *extractSteps(doc, url): Steps<ExtractedPosting[]> {
    const base = documentBaseUrl(doc, url) ?? 'https://www.instagram.com/';
    const inArticles = yield* blockPostsSteps(doc, {
      source: 'site:instagram',
      block: 'article',
      text: CAPTION,
      exclude: NOT_CAPTION,
      urlOf: (article) => linkOf(article, base),
    });
    const onPostPage = yield* blockPostsSteps(doc, {
      source: 'site:instagram',
      block: 'h1',
      within: 'main, [role="dialog"]',
      notWithin: 'article',
      text: CAPTION,
      exclude: NOT_CAPTION,
      urlOf: () => postUrl(base, base),
    });
    return [...inArticles, ...onPostPage];
  },
});

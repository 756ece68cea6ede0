/**
 * X / Twitter timelines, search results and tweet pages (x.com, twitter.com, mobile.*).
 * Tweets: article[data-testid="tweet"] (else [data-testid="tweet"], else an article holding a
 * [data-testid="tweetText"]); text: the tweet's own [data-testid="tweetText"] (a quoted tweet
 * sits in a [role=link] card inside the article and is not part of it); permalink: the
 * /<user>/status/<id> link that wraps the <time>. Only tweets with job-ad cues are kept.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { absoluteUrl, documentBaseUrl, isInHiddenSubtree } from '../text.ts';
import { insideNested, jobPostFrom, outermost, postText } from './social.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const TWEET = 'article[data-testid="tweet"], [data-testid="tweet"]';
const TEXT = '[data-testid="tweetText"]';
const QUOTE = '[role="link"], [data-testid="quoteTweet"]';
const STATUS = /^\/([A-Za-z0-9_]{1,30})\/status(?:es)?\/(\d{1,25})(?:[/?#]|$)/;

function tweetsOf(doc: Document): Element[] {
  let tweets = Array.from(doc.querySelectorAll(TWEET)).slice(0, 2000);
  if (tweets.length === 0) tweets = Array.from(doc.querySelectorAll('article')).filter((a) => a.querySelector(TEXT) !== null);
  return outermost(tweets);
}

function permalinkOf(tweet: Element, base: string): string | undefined {
  const links = Array.from(tweet.querySelectorAll('a[href*="/status/"]'))
    .slice(0, 30)
    .filter((a) => !insideNested(a, tweet, QUOTE));
  const link = links.find((a) => a.querySelector('time') !== null) ?? links[0];
  const abs = absoluteUrl(link?.getAttribute('href'), base);
  if (!abs) return undefined;
  try {
    const m = STATUS.exec(new URL(abs).pathname);
    return m ? `https://x.com/${m[1]}/status/${m[2]}` : undefined;
  } catch {
    return undefined;
  }
}

export const xAdapter: SiteAdapter = steppedAdapter({
  name: 'x',
  matches: (url) => hostIs(url, 'x.com', 'twitter.com'),
  detect: (doc) => doc.querySelector(`article[data-testid="tweet"], ${TEXT}`) !== null,
  *extractSteps(doc, url) {
    const base = documentBaseUrl(doc, url) ?? 'https://x.com/';
    const results: ExtractedPosting[] = [];
    for (const tweet of tweetsOf(doc).slice(0, 500)) {
      yield;
      if (isInHiddenSubtree(tweet)) continue;
      const texts = Array.from(tweet.querySelectorAll(TEXT)).slice(0, 10);
      const body = texts.find((t) => !insideNested(t, tweet, QUOTE));
      if (!body) continue;
      const posting = jobPostFrom(body, postText(body), tweet, 'site:x');
      if (!posting) continue;
      const link = permalinkOf(tweet, base);
      if (link) posting.url = link;
      results.push(posting);
    }
    return results;
  },
});

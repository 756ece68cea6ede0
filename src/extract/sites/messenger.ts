/**
 * Messenger (www.messenger.com, and www.facebook.com/messages/…): the messages of the open
 * conversation. Where the selectors come from: open-source Messenger readers on GitHub
 * (auto-reply bots, summarisers, Marketplace inbox monitors) read the open thread in
 * `[role="main"]` as `div[role="row"]` rows with the message text in `div[dir="auto"]`; the chat
 * list sits in `[role="navigation"]` and is never read. Inside a row, the sender's name
 * (a heading), the quoted message of a reply (a link back to it), buttons (reactions, "more")
 * and hidden parts are not the message's text. Rows carry no stable id: a message's id is the
 * thread (from the page URL) and a hash of its text. Class names (hashed) and UI strings (the
 * interface language varies) are not used. Only job posts (social.ts gate) are kept.
 */
import { blockPostsSteps, shortHash } from './blocks.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const ROW = '[role="row"]';
const TEXT = 'div[dir="auto"]';
const NOT_TEXT = 'h1, h2, h3, h4, h5, h6, [role="heading"], [role="link"], a, [role="button"], [role="img"]';
/** /t/<id>, /messages/t/<id>, /messages/e2ee/t/<id>. */
const THREAD = /\/t\/([\w.-]{1,100})/;

/** Messenger's address on facebook.com: /messages and everything under it. */
export function isFacebookMessages(url: URL): boolean {
  return hostIs(url, 'facebook.com') && /^\/messages(?:\/|$)/.test(url.pathname);
}

function threadOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return THREAD.exec(new URL(url).pathname)?.[1] ?? '';
  } catch {
    return '';
  }
}

export const messengerAdapter: SiteAdapter = steppedAdapter({
  name: 'messenger',
  matches: (url) => hostIs(url, 'messenger.com') || isFacebookMessages(url),
  detect: (doc) => doc.querySelector('[role="main"] [role="grid"] [role="row"] div[dir="auto"]') !== null && doc.querySelector('[role="feed"]') === null,
  extractSteps: (doc, url) => {
    const thread = threadOf(url);
    return blockPostsSteps(doc, {
      source: 'site:messenger',
      block: ROW,
      within: '[role="main"]',
      notWithin: '[role="navigation"]',
      text: TEXT,
      exclude: NOT_TEXT,
      idOf: (_row, text) => `messenger:${thread ? `${thread}:` : ''}${shortHash(text)}`,
    });
  },
});

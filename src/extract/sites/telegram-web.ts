/**
 * Telegram Web (web.telegram.org/k/ "WebK" and /a/ "WebA", also webk./webz. hosts): the open
 * chat's message bubbles. WebK: .bubble[data-mid] with the text in .translatable-message
 * (inside .message); WebA: .Message[data-message-id] / #message-<id> with the text in
 * .text-content. Service bubbles (dates, joins) have no text element and are skipped (a photo
 * without a caption is returned only for reading its image, see social.ts); reply
 * quotes, reactions and the time stamp are not part of a message's text. Only messages with
 * job-ad cues are kept (channels and groups mix anything). t.me/s previews: telegram.ts.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { isInHiddenSubtree } from '../text.ts';
import { jobPostFrom, outermost, postText } from './social.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const MESSAGE = '.bubble[data-mid], [data-mid], .Message[data-message-id], [data-message-id], .Message, [id^="message-"]';
const TEXT = '.translatable-message, .text-content, .message-text';
const NOT_TEXT =
  '.time, .time-inner, .MessageMeta, .message-time, .reactions, .Reactions, .reply, .EmbeddedMessage, .message-title, .bubble-name-forwarded, .name, .webpage, .WebPage';

export const telegramWebAdapter: SiteAdapter = steppedAdapter({
  name: 'telegram-web',
  matches: (url) => hostIs(url, 'web.telegram.org', 'webk.telegram.org', 'webz.telegram.org', 'weba.telegram.org'),
  detect: (doc) => doc.querySelector('.bubble[data-mid], [data-mid] .translatable-message, .Message .text-content, [data-message-id] .text-content') !== null,
  *extractSteps(doc) {
    const results: ExtractedPosting[] = [];
    const messages = outermost(Array.from(doc.querySelectorAll(MESSAGE)).slice(0, 3000));
    for (const message of messages.slice(0, 1000)) {
      yield;
      if (isInHiddenSubtree(message)) continue;
      const parts = outermost(
        Array.from(message.querySelectorAll(TEXT))
          .slice(0, 20)
          .filter((el) => !el.closest(NOT_TEXT) || !message.contains(el.closest(NOT_TEXT))),
      );
      const body = parts[0];
      if (!body) {
        // A photo without a caption: no job post by its text, but its image may be the ad
        // (kept only where images of posts are read, see social.ts jobPostFrom).
        const photoOnly = message.querySelector('img') ? jobPostFrom(message, '', message, 'site:telegram-web') : undefined;
        if (photoOnly) results.push(photoOnly);
        continue;
      }
      const text = parts.map((p) => postText(p, (el) => el.matches(NOT_TEXT))).join('\n');
      const posting = jobPostFrom(body, text.trim(), message, 'site:telegram-web');
      if (posting) results.push(posting);
    }
    return results;
  },
});

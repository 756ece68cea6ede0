/**
 * Zalo Web (chat.zalo.me): the messages of the open conversation.
 * Where the selectors come from: open-source Zalo Web readers on GitHub (auto-reply and
 * export extensions, with DOM notes taken in DevTools): a message is
 * `[id^="message_frame_"]` (data-component="message-content-view"), its text
 * `.text-message__container` → [data-component="message-text-content"] → span.text, a photo's
 * caption `.img-msg-v2__cap`. A reply's quote (`.message-quote-fragment__container`), the send
 * time (`.card-send-time`), reactions (`.message-reaction-container`) and the sender's name
 * (`.message-sender-name-content`) are not the message's text. The conversation list
 * (`.conv-item`) and the pinned-message bar (`.pinned-board`) are never read. Only job posts
 * (social.ts gate) are kept.
 */
import { blockPostsSteps, plainId } from './blocks.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const MESSAGE = '[id^="message_frame_"], [data-component="message-content-view"]';
const TEXT = '.text-message__container, [data-component="message-text-content"], .img-msg-v2__cap';
const NOT_TEXT = '.message-quote-fragment__container, .card-send-time, .message-reaction-container, .message-sender-name-content';

export const zaloAdapter: SiteAdapter = steppedAdapter({
  name: 'zalo',
  matches: (url) => hostIs(url, 'chat.zalo.me'),
  detect: (doc) =>
    doc.querySelector('[id^="message_frame_"] .text-message__container, [data-component="message-content-view"] [data-component="message-text-content"]') !==
    null,
  extractSteps: (doc) =>
    blockPostsSteps(doc, {
      source: 'site:zalo',
      block: MESSAGE,
      notWithin: '.conv-item, .pinned-board',
      text: TEXT,
      exclude: NOT_TEXT,
      idOf: (m) => {
        const id = plainId(/^message_frame_(.+)$/.exec(m.id)?.[1]);
        return id ? `zalo:${id}` : undefined;
      },
    }),
});

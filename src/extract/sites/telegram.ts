/**
 * Telegram public channel previews (t.me/s/<channel>): one message per
 * .tgme_widget_message_wrap / [data-post]. Channels mix job posts with anything else, so
 * only job posts are kept (job-gate.ts: job-ad cues, or red flags in any language); the
 * news-channel test page yields none.
 */
import type { ExtractedPosting } from '../../shared/types.ts';
import { fillLabelledFields } from '../cues.ts';
import { headlineOf } from '../generic.ts';
import { isJobPost } from '../job-gate.ts';
import { MIN_POST_CHARS, postText } from './social.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

export const telegramAdapter: SiteAdapter = steppedAdapter({
  name: 'telegram',
  matches: (url) => hostIs(url, 't.me', 'telegram.me', 'telegram.dog'),
  detect: (doc) => doc.querySelector('.tgme_widget_message_wrap, .tgme_widget_message[data-post], .tgme_channel_info') !== null,
  *extractSteps(doc) {
    const results: ExtractedPosting[] = [];
    let messages = Array.from(doc.querySelectorAll('[data-post]'));
    if (messages.length === 0) messages = Array.from(doc.querySelectorAll('.tgme_widget_message_wrap'));
    for (const message of messages.slice(0, 500)) {
      yield;
      const body = message.querySelector('.js-message_text, .tgme_widget_message_text') ?? message;
      const text = postText(body);
      if (text.length < MIN_POST_CHARS || !isJobPost(text)) continue;
      const element = message.closest('.tgme_widget_message_wrap') ?? message;
      const posting: ExtractedPosting = { text, source: 'site:telegram', element };
      const title = headlineOf(body, text);
      if (title) posting.title = title;
      fillLabelledFields(posting, text);
      const post = message.getAttribute('data-post');
      if (post && /^[\w]+\/\d+$/.test(post)) posting.url = `https://t.me/${post}`;
      results.push(posting);
    }
    return results;
  },
});

/**
 * WhatsApp Web (web.whatsapp.com): the message bubbles of the open chat, forwarded ones too.
 * Where the selectors come from: open-source WhatsApp Web readers (scrapers, translation and
 * CRM extensions on GitHub) all read a message as the `[data-id]` element of a chat row
 * (data-id "false_<chat>_<message id>", "true_…" for one's own), its text from
 * `div.copyable-text[data-pre-plain-text]` (the attribute holds "[time, date] Sender: ", not the
 * text) → `span.selectable-text`, in the chat panel `#main`; the chat list is `#pane-side`.
 * A forwarded message is an ordinary bubble with a "Forwarded" label (span[data-icon^="forward"])
 * outside its text; a reply shows the quoted message ([aria-label="Quoted message"],
 * data-testid="quoted-message", span.quoted-mention), which is not the reply's text and is left
 * out. No hashed class names and no UI strings are used. Only job posts (social.ts gate) are kept.
 */
import { blockPostsSteps, plainId } from './blocks.ts';
import { hostIs, steppedAdapter, type SiteAdapter } from './types.ts';

const MESSAGE = '[data-id]';
const TEXT = '.copyable-text .selectable-text, [data-pre-plain-text] [data-testid="selectable-text"], .copyable-text[data-pre-plain-text]';
const NOT_TEXT =
  '[data-testid="quoted-message"], [aria-label="Quoted message"], .quoted-mention, [data-icon^="forward"], [data-testid="msg-meta"], [role="button"]';

/**
 * The message part of a data-id ("false_<chat>_<id>", in groups "false_<group>_<id>_<sender>"):
 * the chat and sender parts name phone numbers and are not kept.
 */
export function whatsappMessageId(dataId: string | null): string | undefined {
  const parts = dataId?.split('_') ?? [];
  const id = parts.length >= 3 && /^(?:true|false)$/.test(parts[0] ?? '') ? plainId(parts[2]) : undefined;
  return id ? `whatsapp:${id}` : undefined;
}

export const whatsappAdapter: SiteAdapter = steppedAdapter({
  name: 'whatsapp',
  matches: (url) => hostIs(url, 'web.whatsapp.com'),
  detect: (doc) => doc.querySelector('[data-id] .copyable-text[data-pre-plain-text]') !== null,
  extractSteps: (doc) =>
    blockPostsSteps(doc, {
      source: 'site:whatsapp',
      block: MESSAGE,
      // A message row's data-id, never the chat list's entries.
      notWithin: '#pane-side, #side',
      text: TEXT,
      exclude: NOT_TEXT,
      idOf: (m) => whatsappMessageId(m.getAttribute('data-id')),
    }),
});

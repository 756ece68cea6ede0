import { browser, type Browser } from 'wxt/browser';
import {
  acceptedFrom,
  envelope,
  isEnvelope,
  isTransportError,
  transportError,
  type Envelope,
  type MessageType,
  type Request,
  type Response,
  type SenderKind,
} from './messages.ts';

/**
 * Sends a typed message to the background (or, with `tabId`, to that tab's content script).
 * Rejects when the message could not be delivered or the handler threw; any answer the handler
 * returned, `{ ok: false, error }` included, resolves.
 */
export async function send<K extends MessageType>(type: K, data: Request<K>, tabId?: number): Promise<Response<K>> {
  const msg = envelope(type, data);
  const reply: unknown = tabId === undefined ? await browser.runtime.sendMessage(msg) : await browser.tabs.sendMessage(tabId, msg);
  if (isTransportError(reply)) throw new Error(reply.__sjrError);
  if (reply === undefined) throw new Error(`No answer to "${type}"`);
  return reply as Response<K>;
}

export type Handlers = {
  [K in MessageType]?: (data: Request<K>, sender: Browser.runtime.MessageSender) => Promise<Response<K>> | Response<K>;
};

/**
 * A content script or the extension itself. Extension pages open in a tab carry `sender.tab` as
 * content scripts do, so the URL decides: our own origin is the extension, anything else a page's
 * content script. Without a URL (test doubles), a sender with a tab is a content script.
 */
export function senderKind(sender: Browser.runtime.MessageSender): SenderKind {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return 'content-script';
  if (sender.url) return sender.url.startsWith(browser.runtime.getURL('/')) ? 'extension' : 'content-script';
  return sender.tab ? 'content-script' : 'extension';
}

/**
 * Registers handlers for our envelopes only; other extensions' or pages' messages are ignored.
 * A message from a sender not allowed to send it (messages.ts ACCEPTED_FROM) is refused.
 */
export function listen(handlers: Handlers): () => void {
  const listener = (msg: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!isEnvelope(msg)) return false;
    const handler = handlers[msg.type] as ((d: unknown, s: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return false;
    if (!acceptedFrom(msg.type, senderKind(sender))) {
      sendResponse(transportError(new Error(`"${msg.type}" is not accepted from a content script`)));
      return false;
    }
    Promise.resolve()
      .then(() => handler((msg as Envelope).data, sender))
      .then(sendResponse, (err: unknown) => sendResponse(transportError(err)));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

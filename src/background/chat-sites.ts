/**
 * Private chats (sites.ts CHAT_SITES) are read only where the user switched them on: the content
 * script is registered for a chat while its setting is on and the browser grants its optional
 * host permission (asked for by the popup's or the options page's switch), and unregistered
 * otherwise. Messenger on facebook.com, where the content script runs anyway, is gated by the
 * content script itself (settings.ts `chatAllowed`).
 */
import { browser } from 'wxt/browser';
import { chatOn } from '../shared/settings.ts';
import { CHAT_SITES } from '../shared/sites.ts';
import { getSettings, settingsItem } from '../shared/storage.ts';
import { CONTENT_SCRIPT } from './content-script.ts';

/** The registered script's id for a chat. */
export const chatScriptId = (id: string) => `sjr-chat-${id}`;

async function syncOnce(): Promise<void> {
  const settings = await getSettings();
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  for (const chat of CHAT_SITES) {
    const id = chatScriptId(chat.id);
    const want = chatOn(settings, chat.id) && (await browser.permissions.contains({ origins: [...chat.matches] }));
    if (want && !registered.has(id)) {
      await browser.scripting.registerContentScripts([{ id, matches: [...chat.matches], js: [CONTENT_SCRIPT], runAt: 'document_idle' }]);
    } else if (!want && registered.has(id)) {
      await browser.scripting.unregisterContentScripts({ ids: [id] });
    }
  }
}

let queue: Promise<void> = Promise.resolve();

/** Brings the registrations in step with the settings and the permissions; calls run one after another (no double registration). */
export function syncChatScripts(): Promise<void> {
  queue = queue.then(syncOnce).catch((err: unknown) => console.warn('[Scam Job Radar] could not update the chat sites:', err));
  return queue;
}

/** Keeps the chat registrations in step with the settings and the permissions. */
export function keepChatScriptsInSync(): void {
  settingsItem.watch(() => void syncChatScripts());
  browser.permissions.onRemoved.addListener(() => void syncChatScripts());
  browser.permissions.onAdded.addListener(() => void syncChatScripts());
  browser.runtime.onStartup.addListener(() => void syncChatScripts());
  browser.runtime.onInstalled.addListener(() => void syncChatScripts());
  void syncChatScripts();
}

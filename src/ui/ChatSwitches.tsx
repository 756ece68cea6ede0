/**
 * Private chats (WhatsApp Web, Zalo, Messenger): off by default, one switch per chat site in the
 * options page and, on a chat's page, in the popup. Switching one on asks the browser for that
 * site's optional host permission straight from the click (browsers only prompt for a user
 * gesture); switching it off gives the permission back. The background registers the content
 * script for the chats that are on (src/background/chat-sites.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../shared/i18n.ts';
import { chatOn, type Settings } from '../shared/settings.ts';
import { allowedOn, grantedOrigins, requestSite } from '../shared/site-permission.ts';
import { CHAT_SITES, type ChatSiteId, chatSiteOf } from '../shared/sites.ts';
import { getSettings, updateSettings } from '../shared/storage.ts';
import type { ChangeSettings } from './SettingsSections.tsx';

type ChatSite = (typeof CHAT_SITES)[number];

/** A page of the chat site, to test a granted pattern against. */
const pageOf = (chat: ChatSite) => (chat.matches[0] ?? '').replace(/\*$/, '');

function withChat(list: readonly ChatSiteId[], id: ChatSiteId, on: boolean): ChatSiteId[] {
  const rest = list.filter((c) => c !== id);
  return on ? [...rest, id] : rest;
}

/** One chat's switch. `granted`: the origins the browser grants (null while unknown). */
function ChatSwitch({ chat, settings, change, granted }: { chat: ChatSite; settings: Settings; change: ChangeSettings; granted: string[] | null }) {
  const [denied, setDenied] = useState(false);
  const allowed = granted === null || allowedOn(granted, pageOf(chat));
  const on = chatOn(settings, chat.id) && allowed;
  const onChange = (e: Event) => {
    const box = e.target as HTMLInputElement;
    setDenied(false);
    if (!box.checked) {
      void change((s) => ({ ...s, chatSites: withChat(s.chatSites, chat.id, false) }));
      // Give the site back (a build that holds it from the start cannot: that is fine).
      void browser.permissions.remove({ origins: [...chat.matches] }).catch(() => false);
      return;
    }
    // Straight from the click, before any await: browsers only ask for a user gesture.
    void requestSite(chat.matches[0] as string).then((ok) => {
      if (ok) void change((s) => ({ ...s, chatSites: withChat(s.chatSites, chat.id, true) }));
      else {
        box.checked = false;
        setDenied(true);
      }
    });
  };
  return (
    <li data-chat={chat.id} data-on={String(on)}>
      <label>
        <input type="checkbox" class="sjr-chat-switch" checked={on} onChange={onChange} /> {t('chatSiteExplain', chat.name)}
      </label>
      {denied ? (
        <p class="sjr-note" role="status">
          {t('chatSiteDenied', chat.name)}
        </p>
      ) : null}
    </li>
  );
}

/** The options page's private chats section. */
export function ChatSection({ settings, change, granted }: { settings: Settings; change: ChangeSettings; granted: string[] | null }) {
  return (
    <section class="sjr-chats-section">
      <h2>{t('optionsChatsHeading')}</h2>
      <p>{t('optionsChatsIntro')}</p>
      <ul class="sjr-chats">
        {CHAT_SITES.map((chat) => (
          <ChatSwitch key={chat.id} chat={chat} settings={settings} change={change} granted={granted} />
        ))}
      </ul>
    </section>
  );
}

/** On a chat site's page, the popup's switch for that chat (nothing elsewhere). */
export function ChatToggle({ tabId, pageUrl }: { tabId: number; pageUrl?: string }) {
  const [chat, setChat] = useState<ChatSite | undefined>();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [granted, setGranted] = useState<string[] | null>(null);
  const [changed, setChanged] = useState(false);

  useEffect(() => {
    void (async () => {
      // The tab's URL is visible after a toolbar click (activeTab) or where the extension may run.
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const url = tab?.url || pageUrl || '';
      const id = chatSiteOf(url);
      setChat(CHAT_SITES.find((c) => c.id === id));
      setSettings(await getSettings());
      setGranted(await grantedOrigins());
    })();
  }, [tabId, pageUrl]);

  if (!chat || !settings) return null;
  const change: ChangeSettings = async (edit) => {
    const next = await updateSettings(edit);
    setSettings(next);
    setGranted(await grantedOrigins());
    setChanged(true);
    return next;
  };
  return (
    <section class="sjr-site sjr-chat" data-chat={chat.id}>
      <ul class="sjr-chats">
        <ChatSwitch chat={chat} settings={settings} change={change} granted={granted} />
      </ul>
      {changed ? (
        <button type="button" class="sjr-site-reload" onClick={() => void browser.tabs.reload(tabId).then(() => window.close())}>
          {t('popupSiteReload')}
        </button>
      ) : null}
    </section>
  );
}

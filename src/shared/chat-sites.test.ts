/** Private chats: which pages are chats, off by default, and what the manifest asks for them. */
import { describe, expect, it } from 'vitest';
import { chatAllowed, chatOn, DEFAULT_SETTINGS, normaliseSettings } from './settings.ts';
import { CHAT_MATCHES, CHAT_SITES, chatSiteOf, DEFAULT_MATCHES } from './sites.ts';
import { patternCovers } from './site-permission.ts';

describe('chatSiteOf', () => {
  it.each([
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://chat.zalo.me/?c=1', 'zalo'],
    ['https://www.messenger.com/t/1000/', 'messenger'],
    ['https://www.facebook.com/messages/t/1000/', 'messenger'],
    ['https://www.facebook.com/messages', 'messenger'],
    ['https://www.facebook.com/groups/1/', undefined],
    ['https://www.facebook.com/messagesfor/', undefined],
    ['https://www.whatsapp.com/download', undefined],
    ['https://zalo.me/pc', undefined],
    ['https://www.tiktok.com/@a/video/1', undefined],
    ['file:///tmp/web.whatsapp.com.html', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, chat) => {
    expect(chatSiteOf(url)).toBe(chat);
  });
});

describe('chat settings', () => {
  it('are all off by default, and a stored value without them reads as off', () => {
    expect(DEFAULT_SETTINGS.chatSites).toEqual([]);
    expect(normaliseSettings({ showLowRiskBadges: true, allSites: false }).chatSites).toEqual([]);
    for (const chat of CHAT_SITES) expect(chatOn(DEFAULT_SETTINGS, chat.id)).toBe(false);
  });

  it('keep only known chats, once each', () => {
    expect(normaliseSettings({ chatSites: ['zalo', 'zalo', 'telegram', 5, ' whatsapp '] }).chatSites).toEqual(['zalo', 'whatsapp']);
    expect(normaliseSettings({ chatSites: 'whatsapp' }).chatSites).toEqual([]);
  });

  it('let a page be read by itself everywhere but in a chat that is off', () => {
    const off = normaliseSettings({});
    const on = normaliseSettings({ chatSites: ['messenger'] });
    expect(chatAllowed(off, 'https://www.facebook.com/groups/1/')).toBe(true);
    expect(chatAllowed(off, 'https://www.linkedin.com/feed/')).toBe(true);
    expect(chatAllowed(off, 'https://www.facebook.com/messages/t/1/')).toBe(false);
    expect(chatAllowed(off, 'https://web.whatsapp.com/')).toBe(false);
    expect(chatAllowed(on, 'https://www.facebook.com/messages/t/1/')).toBe(true);
    expect(chatAllowed(on, 'https://www.messenger.com/t/1/')).toBe(true);
    expect(chatAllowed(on, 'https://chat.zalo.me/')).toBe(false);
  });
});

describe('chat permissions', () => {
  it('are narrow, one host per chat, and no default site covers a chat host', () => {
    for (const chat of CHAT_SITES) {
      expect(
        chat.matches.every((m) => /^https:\/\/[a-z.]+\/\*$/.test(m)),
        chat.id,
      ).toBe(true);
      expect(chat.matches.some((m) => patternCovers(m, `https://${chat.host === 'messenger.com' ? 'www.messenger.com' : chat.host}/`))).toBe(true);
      for (const m of DEFAULT_MATCHES) expect(patternCovers(m, `https://${chat.matches[0]?.slice(8, -2)}/`), `${m} covers ${chat.id}`).toBe(false);
    }
    expect(CHAT_MATCHES).toHaveLength(CHAT_SITES.length);
  });
});

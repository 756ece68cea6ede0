import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACCEPTED_FROM, envelope, isEnvelope, isTransportError, transportError } from './messages.ts';
import { listen, send, senderKind } from './messaging.ts';

describe('messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('passes a handler’s result through, also one that reports a failure with an error field', async () => {
    listen({ 'scan-tab': () => ({ ok: false, error: 'Cannot access a chrome:// URL', reason: 'restricted' }) });
    await expect(send('scan-tab', { tabId: 1 })).resolves.toEqual({ ok: false, error: 'Cannot access a chrome:// URL', reason: 'restricted' });
  });

  it('rejects with the message of a handler that threw, sync or async', async () => {
    listen({
      trust: () => {
        throw new Error('No employer name to trust');
      },
      'check-text': async () => Promise.reject(new Error('model crashed')),
    });
    await expect(send('trust', { kind: 'employer', value: '' })).rejects.toThrow('No employer name to trust');
    await expect(send('check-text', { text: 'x' })).rejects.toThrow('model crashed');
  });

  it('answers a thrown error in its own envelope, which no result can be mistaken for', async () => {
    const unlisten = listen({
      trust: () => {
        throw new Error('boom');
      },
    });
    const raw = await fakeBrowser.runtime.sendMessage({ sjr: 1, type: 'trust', data: { kind: 'site', value: '' } });
    expect(raw).toEqual({ __sjrError: 'boom' });
    expect(isTransportError(raw)).toBe(true);
    expect(isTransportError(transportError('a string'))).toBe(true);
    for (const result of [{ ok: false, error: 'x' }, { error: 'x' }, null, 'text', { __sjrError: 1 }]) expect(isTransportError(result)).toBe(false);
    unlisten();
  });

  it('rejects when nothing answers, and leaves other messages to other listeners', async () => {
    listen({ 'prepare-model': () => ({ ok: true }) });
    await expect(send('get-tab-results', { tabId: 1 })).rejects.toThrow();
    let seen = 0;
    fakeBrowser.runtime.onMessage.addListener(() => void seen++);
    await fakeBrowser.runtime.sendMessage({ type: 'prepare-model' }).catch(() => undefined);
    expect(seen).toBe(1);
  });

  describe('senders', () => {
    const OWN = 'chrome-extension://test-extension-id';
    const contentScript = { id: 'test-extension-id', tab: { id: 3 } as never, frameId: 0, url: 'https://jobs.example.org/list' };
    const popup = { id: 'test-extension-id', url: `${OWN}/popup.html` };
    const popupInTab = { id: 'test-extension-id', tab: { id: 5 } as never, url: `${OWN}/popup.html?tab=3` };
    const background = { id: 'test-extension-id', url: `${OWN}/background.js` };

    it('tells a content script from the extension’s own pages, also one open in a tab', () => {
      expect(senderKind(contentScript)).toBe('content-script');
      expect(senderKind({ tab: { id: 3 } as never })).toBe('content-script');
      expect(senderKind({ ...popup, url: 'chrome-extension://another-extension/popup.html' })).toBe('content-script');
      expect(senderKind({ ...popup, id: 'another-extension' })).toBe('content-script');
      expect(senderKind(popup)).toBe('extension');
      expect(senderKind(popupInTab)).toBe('extension');
      expect(senderKind(background)).toBe('extension');
      expect(senderKind({})).toBe('extension');
    });

    /** Delivers a message as the browser would from `sender`, returning the raw reply. */
    const deliver = (msg: unknown, sender: object) =>
      new Promise<unknown>(
        (resolve) => void fakeBrowser.runtime.onMessage.trigger(msg, sender as never, resolve).then(() => setTimeout(() => resolve(undefined), 50)),
      );

    it('refuses popup-only messages from a content script, and still answers them for the popup', async () => {
      let read = 0;
      listen({
        'get-tab-results': () => {
          read++;
          return { results: null };
        },
        'scan-tab': () => ({ ok: true }),
        'check-text': () => ({ verdict: { score: 0, risk: 'low', reasons: [], model: 'm' } }),
      });
      for (const type of ['get-tab-results', 'scan-tab'] as const) {
        const data = { tabId: 7 };
        expect(await deliver(envelope(type, data), contentScript)).toEqual({ __sjrError: `"${type}" is not accepted from a content script` });
        expect(isTransportError(await deliver(envelope(type, data), popup))).toBe(false);
        expect(isTransportError(await deliver(envelope(type, data), popupInTab))).toBe(false);
      }
      expect(read).toBe(2); // the content script's request never reached the handler
      // A message content scripts do send still works from both.
      expect(await deliver(envelope('check-text', { text: 'x' }), contentScript)).toMatchObject({ verdict: { risk: 'low' } });
      expect(await deliver(envelope('check-text', { text: 'x' }), popup)).toMatchObject({ verdict: { risk: 'low' } });
    });

    it('splits every message by direction: what reads or drives other tabs, or goes to a content script, comes from the extension only', () => {
      const extensionOnly = Object.entries(ACCEPTED_FROM)
        .filter(([, from]) => !(from as readonly string[]).includes('content-script'))
        .map(([type]) => type)
        .sort();
      expect(extensionOnly).toEqual(['check-link', 'get-tab-results', 'ocr-read', 'reveal-posting', 'scan-now', 'scan-tab', 'show-verdict']);
    });

    it('ignores a type that is not one of ours, such as an inherited property name', async () => {
      for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'nonsense']) expect(isEnvelope({ sjr: 1, type, data: {} })).toBe(false);
      listen({ 'prepare-model': () => ({ ok: true }) });
      expect(await deliver({ sjr: 1, type: 'constructor', data: { leaked: true } }, popup)).toBeUndefined();
    });
  });
});

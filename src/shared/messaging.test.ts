import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTransportError, transportError } from './messages.ts';
import { listen, send } from './messaging.ts';

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
});

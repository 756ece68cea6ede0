import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { handoffHash, handoffIdFromHash, putImageHandoff, takeImageHandoff } from './image-handoff.ts';

describe('image handoff (context menu → check page)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is taken once, by its id, and only as an image', async () => {
    const id = await putImageHandoff({ dataUrl: 'data:image/png;base64,AAAA', srcUrl: 'https://example.com/a.png', pageLang: 'th' });
    expect(handoffIdFromHash(handoffHash(id))).toBe(id);
    expect(await takeImageHandoff(id)).toEqual({ dataUrl: 'data:image/png;base64,AAAA', srcUrl: 'https://example.com/a.png', pageLang: 'th' });
    expect(await takeImageHandoff(id)).toBeNull();
    expect(await takeImageHandoff('../../etc')).toBeNull();
    expect(handoffIdFromHash('#image=<script>')).toBeNull();
    await expect(putImageHandoff({ dataUrl: 'javascript:alert(1)', srcUrl: 'x' })).rejects.toThrow(/not an image/);
    await expect(putImageHandoff({ dataUrl: `data:image/png;base64,${'A'.repeat(9_000_001)}`, srcUrl: 'x' })).rejects.toThrow(/too large/);
  });
});

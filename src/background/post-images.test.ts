import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'test', sendMessage: vi.fn() } } }));

import type { PostImage, PostImageText } from '../shared/messages.ts';
import { MAX_POST_IMAGE_CHARS, MAX_POST_IMAGES, POST_IMAGES_IDLE_MS } from '../shared/messages.ts';
import { createPostImageReader, type OcrHost } from './post-images.ts';
import { BudgetFullError, ReadBudget } from './read-budget.ts';

const PNG = (n = 0) => ({ dataUrl: `data:image/png;base64,iVBORw0KGgo${'A'.repeat(n)}` });

function fakeHost(answer: (images: PostImage[]) => Promise<PostImageText[]> = async (imgs) => imgs.map((_, i) => ({ text: `text ${i}`, models: ['eng'] }))) {
  const calls: PostImage[][] = [];
  let closed = 0;
  const host: OcrHost = {
    read: async (images) => {
      calls.push(images);
      return answer(images);
    },
    close: async () => {
      closed++;
    },
  };
  return { host, calls, closed: () => closed };
}

/** Timers run by hand: the idle timer is checked without waiting a minute. */
function timers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let id = 0;
  return {
    setTimer: (fn: () => void, ms: number) => {
      pending.set(++id, { fn, ms });
      return id;
    },
    clearTimer: (t: unknown) => {
      pending.delete(t as number);
    },
    fire: () => {
      const all = [...pending.values()];
      pending.clear();
      for (const t of all) t.fn();
      return all.map((t) => t.ms);
    },
  };
}

const budget = () => new ReadBudget({ share: 1, maxWaiting: 2, now: () => 0, sleep: async () => undefined });

describe("the background's reading of post images", () => {
  it('refuses while the setting is off, and reads nothing', async () => {
    const h = fakeHost();
    const read = createPostImageReader({ getSettings: async () => ({ readPostImages: false }), host: h.host, budget: budget() });
    await expect(read({ images: [PNG()], hints: [] })).rejects.toThrow('switched off');
    expect(h.calls).toHaveLength(0);
  });

  it('answers every image in order: read, or why not (not an image, too large, beyond the per-post cap)', async () => {
    const h = fakeHost();
    const read = createPostImageReader({ getSettings: async () => ({ readPostImages: true }), host: h.host, budget: budget() });
    const images = [PNG(), { dataUrl: 'javascript:alert(1)' }, PNG(MAX_POST_IMAGE_CHARS), PNG(1), PNG(2)];
    const { texts } = await read({ images, hints: ['en', '<script>', 'th-TH'] });
    expect(texts).toHaveLength(5);
    expect(texts[0]).toEqual({ text: 'text 0', models: ['eng'] });
    expect(texts[1]).toEqual({ error: 'not a PNG, JPEG or WebP data URL' });
    expect(texts[2]).toEqual({ error: 'image too large' });
    // The third image the host saw is the post's fourth: only the first MAX_POST_IMAGES are considered.
    expect(MAX_POST_IMAGES).toBe(3);
    expect(texts[3]).toEqual({ error: 'only the first 3 images of a post are read' });
    expect(h.calls).toEqual([[PNG()]]);
  });

  it('a failing OCR answers each image with its error and is restarted; a full budget is passed on', async () => {
    const h = fakeHost(async () => {
      throw new Error('worker crashed');
    });
    const read = createPostImageReader({ getSettings: async () => ({ readPostImages: true }), host: h.host, budget: budget() });
    expect((await read({ images: [PNG(), PNG(1)], hints: [] })).texts).toEqual([{ error: 'worker crashed' }, { error: 'worker crashed' }]);
    expect(h.closed()).toBe(1);

    const full = new ReadBudget({ share: 1, maxWaiting: 0, now: () => 0, sleep: async () => undefined });
    const read2 = createPostImageReader({ getSettings: async () => ({ readPostImages: true }), host: fakeHost().host, budget: full });
    await expect(read2({ images: [PNG()], hints: [] })).rejects.toBeInstanceOf(BudgetFullError);
  });

  it('lets the OCR go after a minute without images', async () => {
    const h = fakeHost();
    const t = timers();
    const read = createPostImageReader({ getSettings: async () => ({ readPostImages: true }), host: h.host, budget: budget(), ...t });
    await read({ images: [PNG()], hints: [] });
    await read({ images: [PNG()], hints: [] });
    expect(h.closed()).toBe(0);
    // One idle timer (the second read reset the first).
    expect(t.fire()).toEqual([POST_IMAGES_IDLE_MS]);
    await Promise.resolve();
    expect(h.closed()).toBe(1);
  });
});

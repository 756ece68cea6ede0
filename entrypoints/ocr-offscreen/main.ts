// Chromium's offscreen document for "Read text in images of posts": the service worker cannot
// start the OCR's Web Worker, this page can (src/background/post-images.ts creates and closes it).
import { readDataUrl } from '../../src/ocr/page-reader.ts';
import type { PostImageText } from '../../src/shared/messages.ts';
import { listen } from '../../src/shared/messaging.ts';

listen({
  'ocr-read': async ({ images, hints }) => {
    const texts: PostImageText[] = [];
    for (const img of images) {
      texts.push(await readDataUrl(img.dataUrl, hints).catch((err: unknown) => ({ error: err instanceof Error ? err.message : String(err) })));
    }
    return { texts };
  },
});

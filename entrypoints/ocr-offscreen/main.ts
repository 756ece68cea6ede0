// Chromium's offscreen document for "Read text in images of posts": the service worker cannot
// start the OCR's Web Worker, this page can (src/background/post-images.ts creates it).
import { readDataUrls } from '../../src/ocr/page-reader.ts';
import { POST_IMAGES_IDLE_MS } from '../../src/shared/messages.ts';
import { listen } from '../../src/shared/messaging.ts';

// The document closes itself after a while without images (its renderer, worker and models hold
// about 110 MB): the service worker's own timer is lost when Chrome stops an idle worker after
// 30 s. The local-test build waits less, so that the end-to-end test can see it go.
const idleMs = import.meta.env.MODE === 'e2e' ? 5_000 : POST_IMAGES_IDLE_MS;
let idle: ReturnType<typeof setTimeout> | undefined;
const restIdle = () => {
  clearTimeout(idle);
  idle = setTimeout(() => window.close(), idleMs);
};

listen({
  'ocr-read': async ({ images, hints }) => {
    clearTimeout(idle);
    try {
      return { texts: await readDataUrls(images, hints) };
    } finally {
      restIdle();
    }
  },
});
restIdle();

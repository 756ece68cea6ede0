// Chromium's offscreen document for "Read text in images of posts": the service worker cannot
// start the OCR's Web Worker, this page can (src/background/post-images.ts creates and closes it).
import { readDataUrls } from '../../src/ocr/page-reader.ts';
import { listen } from '../../src/shared/messaging.ts';

listen({
  'ocr-read': async ({ images, hints }) => ({ texts: await readDataUrls(images, hints) }),
});

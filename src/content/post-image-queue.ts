/**
 * The content script's queue of posts whose images are to be read ("Read text in images of
 * posts"): one post in flight per tab, the post nearest the screen first, posts the page removed
 * dropped. The background refuses when its budget's queue is full (several tabs reading): the post
 * is asked again a little later. Results are kept by the images' addresses, so a post the page
 * draws again is not read twice.
 */
import { POST_IMAGES_BUSY, type PostImage, type PostImageText } from '../shared/messages.ts';
import { imagesKey, postImages, readPostImages, type ImagesRead } from './post-images.ts';
import type { PostImageSource } from './scanner.ts';

/** Results kept (least recently used dropped first). */
const MAX_RESULTS = 300;
/** Posts waiting at most (the oldest dropped: a long scroll moves on). */
const MAX_WAITING = 30;
/** Asked again this long after the background said it was busy. */
const BUSY_RETRY_MS = 4000;
const MAX_BUSY_RETRIES = 5;

export interface QueueDeps {
  enabled: () => boolean;
  /** Sends the images to the background ('read-post-images'). */
  read: (images: PostImage[]) => Promise<PostImageText[]>;
  /** Told when a post's images have been read. */
  onRead: (post: Element) => void;
  /** Called with each post's outcome (the local-test build records them). */
  onOutcome?: (outcome: ImagesRead) => void;
}

export class PostImageQueue implements PostImageSource {
  private results = new Map<string, ImagesRead>();
  private asked = new WeakSet<Element>();
  private retries = new WeakMap<Element, number>();
  private waiting: Element[] = [];
  private busy = false;

  constructor(private deps: QueueDeps) {}

  enabled(): boolean {
    return this.deps.enabled();
  }

  result(post: Element): ImagesRead | undefined {
    const images = postImages(post);
    if (images.length === 0) return undefined;
    const key = imagesKey(images);
    const got = this.results.get(key);
    if (got) {
      this.results.delete(key);
      this.results.set(key, got);
    }
    return got;
  }

  request(post: Element): void {
    if (this.asked.has(post) || postImages(post).length === 0) return;
    this.asked.add(post);
    this.waiting.push(post);
    if (this.waiting.length > MAX_WAITING) this.waiting.shift();
    void this.next();
  }

  /** The waiting post nearest the screen (on screen first), dropping those no longer on the page. */
  private take(): Element | undefined {
    this.waiting = this.waiting.filter((el) => el.isConnected);
    if (this.waiting.length === 0) return undefined;
    const view = this.waiting[0]?.ownerDocument.defaultView;
    const h = view?.innerHeight ?? 0;
    const distance = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.bottom < 0 ? -r.bottom : r.top > h ? r.top - h : 0;
    };
    let best = 0;
    for (let i = 1; i < this.waiting.length; i++) if (distance(this.waiting[i] as Element) < distance(this.waiting[best] as Element)) best = i;
    return this.waiting.splice(best, 1)[0];
  }

  private async next(): Promise<void> {
    if (this.busy) return;
    const post = this.take();
    if (!post) return;
    this.busy = true;
    try {
      const images = postImages(post);
      if (images.length > 0) {
        const key = imagesKey(images);
        const outcome = await readPostImages(images, this.deps.read);
        this.remember(key, outcome);
        this.deps.onOutcome?.(outcome);
        this.deps.onRead(post);
      }
    } catch (err) {
      const tries = this.retries.get(post) ?? 0;
      if (String(err instanceof Error ? err.message : err).startsWith(POST_IMAGES_BUSY) && tries < MAX_BUSY_RETRIES) {
        this.retries.set(post, tries + 1);
        setTimeout(() => {
          this.waiting.push(post);
          void this.next();
        }, BUSY_RETRY_MS);
      } else {
        console.warn('[Scam Job Radar] could not read the images of a post:', err);
      }
    } finally {
      this.busy = false;
    }
    void this.next();
  }

  private remember(key: string, outcome: ImagesRead): void {
    this.results.delete(key);
    this.results.set(key, outcome);
    if (this.results.size > MAX_RESULTS) {
      const oldest = this.results.keys().next().value;
      if (oldest !== undefined) this.results.delete(oldest);
    }
  }
}

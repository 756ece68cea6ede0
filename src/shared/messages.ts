import type { Report } from './reports.ts';
import type { Catalog } from './i18n.ts';
import type { UiLocale } from './settings.ts';
import type { TrustKind } from './trust.ts';
import type { JobPosting, Verdict } from './types.ts';

/** A posting as the popup shows it: the posting's fields (no DOM) plus its verdict. */
export interface ScoredPosting {
  posting: JobPosting;
  verdict: Verdict;
}

/**
 * A posting as a tab's results keep it (in session storage, for the popup): what the popup shows
 * and what re-tiering after a settings change needs, never the ad's full text.
 */
export interface TabPosting {
  /** postingKey of the whole posting: "show it on the page", and dropping an earlier version when it is re-read. */
  key: string;
  /** The title and employer (cut short), and the first words of the text only when there is no title. */
  posting: Pick<JobPosting, 'title' | 'company' | 'text'>;
  /** The verdict with its reasons cut to id, label, one short piece of evidence and contribution. */
  verdict: Verdict;
  /** Kept for the counts only (beyond the tab's list cap): no title, text or labels, not listed in the popup. */
  brief?: true;
}

export interface TabResults {
  url: string;
  /** In page order: the highest-risk postings in full, the rest brief, up to the per-tab caps (tab-results.ts). */
  scored: TabPosting[];
  /** Postings found on the page, kept or not. */
  total: number;
  /** How many are medium or high risk and not trusted (the toolbar badge number). */
  risky: number;
  /**
   * Postings dropped past the per-tab cap (the lowest-ranked): how many, and how many of them
   * were warnings (`risky`, `high`) when dropped. Their scores are gone, so a settings change
   * leaves these counts as they were.
   */
  dropped?: { count: number; risky: number; high: number };
}

/** One image of a post, copied from the page by the content script: a data: URL (see src/content/post-images.ts). */
export interface PostImage {
  dataUrl: string;
}

/** At most this many images of one post are read: its first ones. */
export const MAX_POST_IMAGES = 3;
/** Longest data: URL of one post image (a 2,400-pixel PNG flyer is 2–5 MB of it; a larger copy goes as JPEG). */
export const MAX_POST_IMAGE_CHARS = 8_000_000;
/** The OCR that reads post images is let go after this long without one (worker, models, Chromium's offscreen document). */
export const POST_IMAGES_IDLE_MS = 60_000;
/** How the background's refusal begins when its reading budget has no room: the content script asks again later. */
export const POST_IMAGES_BUSY = 'image reading is busy';

/** Whether `url` is an image as the OCR takes it: a PNG, JPEG or WebP data: URL. */
export function isOcrImageDataUrl(url: string): boolean {
  return /^data:image\/(?:png|jpeg|webp);base64,/.test(url);
}

/** What the OCR read in one image of a post, or why it could not (a broken image, a timeout, the budget). */
export type PostImageText = { text: string; models: string[] } | { error: string };

/**
 * The one typed contract between content scripts, extension pages and the background.
 * Every message is `{ type, data }`; the background answers with the `res` type.
 */
export interface Protocol {
  /** Content script → background: score postings extracted from the page. */
  /** `replaces`: postingKey of earlier versions of these postings (text expanded in place), dropped from the tab's list. */
  'score-postings': { req: { postings: JobPosting[]; pageUrl: string; append: boolean; replaces?: string[] }; res: { verdicts: Verdict[] } };
  /** Content script → background: a scan is starting on a job board; load the model now (nothing from the page is sent). */
  'prepare-model': { req: Record<string, never>; res: { ok: boolean } };
  /** Popup / pages → background: score one pasted text. */
  'check-text': { req: { text: string }; res: { verdict: Verdict } };
  /** Popup → background: the postings found on a tab. */
  'get-tab-results': { req: { tabId: number }; res: { results: TabResults | null } };
  /**
   * Popup → background: inject the content script into a tab the user chose (activeTab). A page
   * that cannot be checked is an answer, not an error: `ok: false`, the browser's `error` and
   * what kind of failure it is, so the popup can say what to do.
   */
  'scan-tab': { req: { tabId: number }; res: { ok: boolean; error?: string; reason?: ScanFailure } };
  /** Popup → content script: scroll to the posting with this key (postingKey of the scored posting). */
  'reveal-posting': { req: { key: string }; res: { ok: boolean } };
  /** Background → content script: show the verdict for text the user selected ("Check this job ad"). */
  'show-verdict': { req: { verdict: Verdict; text: string }; res: { ok: boolean } };
  /** Background → content script: check the posting a link belongs to ("Check this job ad" on a link). */
  'check-link': { req: { url: string }; res: { ok: boolean } };
  /** Content script → background: keep the user's report ("Not a scam" / "This looks like a scam") on this device. */
  'save-report': { req: { report: Report }; res: { ok: boolean; count: number } };
  /** Content script → background: trust this page's site (`value`: the page URL) or an employer (`value`: its name). */
  trust: { req: { kind: TrustKind; value: string }; res: { ok: boolean } };
  /** Content script → background: the `_locales` catalogue of the UI language the user chose. */
  'get-catalog': { req: { locale: UiLocale }; res: { catalog: Catalog } };
  /**
   * Content script → background: read the text in a post's images (setting "Read text in images
   * of posts", off by default), within the OCR's CPU budget; one answer per image, in order.
   * `hints`: language tags for the OCR (the page's language).
   */
  'read-post-images': { req: { images: PostImage[]; hints: string[] }; res: { texts: PostImageText[] } };
  /** Background → its OCR document (Chromium's offscreen document): read these images now. */
  'ocr-read': { req: { images: PostImage[]; hints: string[] }; res: { texts: PostImageText[] } };
  /** Background → content script: scan the page now, also where automatic scanning is off ("Check this page"). */
  'scan-now': { req: Record<string, never>; res: { ok: boolean } };
}

/**
 * Why "Check this page" failed: `restricted`, a page no add-on may touch (the browser's own
 * pages, other add-ons' pages, the add-on stores); `failed`, anything else (worth a reload).
 */
export type ScanFailure = 'restricted' | 'failed';

export type MessageType = keyof Protocol;

/**
 * Who sends a message, as the receiver tells from `runtime.MessageSender`: a content script
 * (running in a web page, so in a process a hostile page shares) or the extension itself (its
 * background, popup, options and other pages, also when they are open in a tab).
 */
export type SenderKind = 'content-script' | 'extension';

/**
 * The messages by direction, and who may send each one. Anything the popup or the options use
 * to read or drive other tabs is refused from a content script. Checked by listen() for every
 * message, on both sides.
 */
export const ACCEPTED_FROM = {
  // Content script → background (check-text also from the popup and the check page).
  'score-postings': ['content-script', 'extension'],
  'prepare-model': ['content-script', 'extension'],
  'check-text': ['content-script', 'extension'],
  'save-report': ['content-script', 'extension'],
  trust: ['content-script', 'extension'],
  'get-catalog': ['content-script', 'extension'],
  'read-post-images': ['content-script', 'extension'],
  // Background → its OCR document.
  'ocr-read': ['extension'],
  // Popup / extension pages → background: never from a web page's content script.
  'get-tab-results': ['extension'],
  'scan-tab': ['extension'],
  // Background or popup → content script.
  'reveal-posting': ['extension'],
  'show-verdict': ['extension'],
  'check-link': ['extension'],
  'scan-now': ['extension'],
} as const satisfies { readonly [K in MessageType]: readonly SenderKind[] };

/** Whether `type` is one of our messages (not an inherited property name such as "constructor"). */
export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(ACCEPTED_FROM, type);
}

/** Whether `kind` may send `type`. */
export function acceptedFrom(type: MessageType, kind: SenderKind): boolean {
  return (ACCEPTED_FROM[type] as readonly SenderKind[]).includes(kind);
}
export type Request<K extends MessageType> = Protocol[K]['req'];
export type Response<K extends MessageType> = Protocol[K]['res'];
export interface Envelope<K extends MessageType = MessageType> {
  sjr: 1;
  type: K;
  data: Request<K>;
}

export function envelope<K extends MessageType>(type: K, data: Request<K>): Envelope<K> {
  return { sjr: 1, type, data };
}

export function isEnvelope(msg: unknown): msg is Envelope {
  if (typeof msg !== 'object' || msg === null || (msg as { sjr?: unknown }).sjr !== 1) return false;
  const type = (msg as { type?: unknown }).type;
  return typeof type === 'string' && isMessageType(type);
}

/**
 * A handler that threw answers with this envelope (never a silent undefined), which send() turns
 * back into a rejection. Its own key keeps it apart from any handler's result: a result may
 * carry an `error` field (see `scan-tab`) and is still a result.
 */
export interface TransportError {
  __sjrError: string;
}

export function transportError(err: unknown): TransportError {
  return { __sjrError: err instanceof Error ? err.message : String(err) };
}

export function isTransportError(x: unknown): x is TransportError {
  return typeof x === 'object' && x !== null && typeof (x as { __sjrError?: unknown }).__sjrError === 'string';
}

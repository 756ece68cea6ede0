import { browser } from 'wxt/browser';
import type { Request, Response } from '../shared/messages.ts';
import { send } from '../shared/messaging.ts';

/** The content script's file in the build. */
export const CONTENT_SCRIPT = 'content-scripts/content.js';

export type ToContentScript = 'scan-now' | 'show-verdict' | 'check-link';

/**
 * Sends a message to the tab's content script, injecting the script first only when none
 * answers: injecting a second copy would invalidate the running one (WXT stops older instances
 * of a content script), leaving the page with no listener at all.
 */
export async function sendToContentScript<K extends ToContentScript>(tabId: number, type: K, data: Request<K>): Promise<Response<K>> {
  try {
    return await send(type, data, tabId);
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT}`] });
    return send(type, data, tabId);
  }
}

import { buildReport } from '../shared/reports.ts';
import type { JobPosting, Verdict } from '../shared/types.ts';
import type { Protocol } from '../shared/messages.ts';
import type { BadgeAction } from '../shared/badge-action.ts';

/** Sends one of our messages to the background (messaging.ts `send`, passed in so this stays testable). */
export type SendToBackground = <K extends 'save-report' | 'trust'>(type: K, data: Protocol[K]['req']) => Promise<Protocol[K]['res']>;

/**
 * Carries out the user's choice in a badge: a report ("Not a scam" / "This looks like a scam")
 * or trusting the page's site or the posting's employer. The background keeps both on this device.
 */
export async function handleBadgeAction(send: SendToBackground, action: BadgeAction, posting: JobPosting, verdict: Verdict, pageUrl: string): Promise<void> {
  if (action === 'trust-site') {
    await send('trust', { kind: 'site', value: pageUrl });
  } else if (action === 'trust-employer') {
    if (!posting.company?.trim()) throw new Error('This posting names no employer');
    await send('trust', { kind: 'employer', value: posting.company });
  } else {
    await send('save-report', { report: buildReport({ kind: action, pageUrl, title: posting.title, text: posting.text, verdict }) });
  }
}

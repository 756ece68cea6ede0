import { h, render } from 'preact';
import type { Verdict } from '../shared/types.ts';
import { Badge, BADGE_CSS, type HelpContext, type OnReport } from '../ui/Badge.tsx';
import { hideEvidence, showEvidence } from './evidence-highlight.ts';

import { HOST_TAG } from './host-tag.ts';
import { attachOurShadow, ourShadow } from './shadow.ts';

export { HOST_TAG };

/** Hosts built with `defer` and not yet on the page: still this posting's badge, not a lost one. */
const unplaced = new WeakSet<HTMLElement>();

/** Where the badge goes: after a heading or link (so it reads with the title), else first inside the block. */
export function placeBadge(host: HTMLElement, anchor: Element): void {
  unplaced.delete(host);
  const doc = anchor.ownerDocument;
  if (anchor === doc.documentElement || anchor === doc.body) doc.body.prepend(host);
  else if (/^(H[1-6]|A|SPAN|STRONG|B)$/.test(anchor.tagName)) anchor.after(host);
  else anchor.prepend(host);
}

/**
 * The exact score, `data-scam-job-radar-score`, only where the user let page tools have it
 * (option "Expose exact scores to page tools", or the local-test build's hooks); else none.
 */
export function setScoreAttribute(host: HTMLElement, verdict: Verdict, expose: boolean): void {
  if (expose) host.dataset.scamJobRadarScore = verdict.score.toFixed(4);
  else delete host.dataset.scamJobRadarScore;
}

/**
 * Draws (or updates) the badge for one posting. The host element carries the public
 * `data-scam-job-radar-risk` attribute (`-score` too with `exposeScore`) (and `-trusted` = site | employer when the
 * user trusts the posting); everything visible lives in its Shadow DOM, so page CSS cannot
 * restyle it and page text is only ever set as text. `company`: the posting's employer, if it
 * names one (offers "Trust this employer"). With `defer`, a new host is built but not put on the
 * page: the caller inserts it later with placeBadge (see the scanner's drawAll). `help`: the
 * posting's text and page address, for the report draft in the help panel.
 */
export function drawBadge(
  anchor: Element,
  verdict: Verdict,
  showLow: boolean,
  existing?: HTMLElement,
  onReport?: OnReport,
  company?: string,
  defer = false,
  exposeScore = false,
  help?: HelpContext,
): HTMLElement {
  let host = existing;
  if (!host || (!host.isConnected && !unplaced.has(host))) {
    host = anchor.ownerDocument.createElement(HOST_TAG);
    if (defer) unplaced.add(host);
    else placeBadge(host, anchor);
    const shadow = attachOurShadow(host);
    const style = anchor.ownerDocument.createElement('style');
    style.textContent = BADGE_CSS;
    shadow.append(style, anchor.ownerDocument.createElement('div'));
  }
  host.dataset.scamJobRadarRisk = verdict.risk;
  setScoreAttribute(host, verdict, exposeScore);
  // How many of the post's images were read into its verdict ("Read text in images of posts").
  if (verdict.imagesRead) host.dataset.scamJobRadarImagesRead = String(verdict.imagesRead);
  else delete host.dataset.scamJobRadarImagesRead;
  if (verdict.trusted) host.dataset.scamJobRadarTrusted = verdict.trusted;
  else delete host.dataset.scamJobRadarTrusted;
  host.hidden = verdict.risk === 'low' && !showLow;
  const mount = ourShadow(host)?.lastElementChild;
  const evidence = verdict.reasons.flatMap((r) => r.evidence);
  const onEvidence = (show: boolean) => (show ? void showEvidence(anchor, evidence) : hideEvidence(anchor));
  if (mount) render(h(Badge, { verdict, onReport, company, onEvidence, help }), mount);
  return host;
}

export function isOurNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase() === HOST_TAG;
}

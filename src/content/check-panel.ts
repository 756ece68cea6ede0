import { h, render } from 'preact';
import type { Verdict } from '../shared/types.ts';
import { CHECK_PANEL_CSS, CheckPanel } from '../ui/CheckPanel.tsx';
import { setScoreAttribute } from './badge-host.ts';
import { attachOurShadow } from './shadow.ts';

export const CHECK_PANEL_TAG = 'scam-job-radar-check';

/**
 * A manual popover sits in the browser's top layer: above every page element whatever its
 * z-index or stacking context, and above the page's own open dialogs. Without the Popover API
 * (older browsers) the host's fixed position and maximal z-index are the fallback.
 */
function raiseToTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  host.popover = 'manual';
  try {
    host.showPopover();
  } catch {
    // Not shown as a popover (e.g. the document is not fully active): the fixed position stays.
  }
}

/** Where focus was on the page before the (first) panel took it. */
const focusBefore = new WeakMap<Document, Element | null>();

/**
 * Shows (or replaces) the floating result panel for a checked selection, in its own Shadow DOM.
 * The user asked for it, so it takes focus (a screen reader reads it, Tab reaches its close
 * button at once); closing it gives focus back to where it was on the page.
 */
export function showCheckPanel(doc: Document, verdict: Verdict, text: string, exposeScore = false): HTMLElement {
  const old = doc.querySelector(CHECK_PANEL_TAG);
  const previous = old && focusBefore.has(doc) ? (focusBefore.get(doc) ?? null) : doc.activeElement;
  focusBefore.set(doc, previous);
  old?.remove();
  const host = doc.createElement(CHECK_PANEL_TAG);
  host.dataset.scamJobRadarRisk = verdict.risk;
  setScoreAttribute(host, verdict, exposeScore);
  const shadow = attachOurShadow(host);
  const style = doc.createElement('style');
  style.textContent = CHECK_PANEL_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  (doc.body ?? doc.documentElement).append(host);
  raiseToTopLayer(host);
  const close = () => {
    render(null, mount);
    host.remove();
    focusBefore.delete(doc);
    if (previous instanceof HTMLElement && previous !== doc.body && previous.isConnected) previous.focus({ preventScroll: true });
  };
  render(h(CheckPanel, { verdict, text, pageUrl: doc.location?.href, onClose: close }), mount);
  mount.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  return host;
}

import { h, render } from 'preact';
import type { Verdict } from '../shared/types.ts';
import { CHECK_PANEL_CSS, CheckPanel } from '../ui/CheckPanel.tsx';

export const CHECK_PANEL_TAG = 'scam-job-radar-check';

/** Shows (or replaces) the floating result panel for a checked selection, in its own Shadow DOM. */
export function showCheckPanel(doc: Document, verdict: Verdict, text: string): HTMLElement {
  doc.querySelector(CHECK_PANEL_TAG)?.remove();
  const host = doc.createElement(CHECK_PANEL_TAG);
  host.dataset.scamJobRadarRisk = verdict.risk;
  host.dataset.scamJobRadarScore = verdict.score.toFixed(4);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CHECK_PANEL_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  (doc.body ?? doc.documentElement).append(host);
  const close = () => {
    render(null, mount);
    host.remove();
  };
  render(h(CheckPanel, { verdict, text, onClose: close }), mount);
  return host;
}

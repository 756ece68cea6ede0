import { useState } from 'preact/hooks';
import type { Verdict } from '../shared/types.ts';
import { t, uiLang } from '../shared/i18n.ts';
import { HELP_CSS, HelpPanel } from './HelpPanel.tsx';
import { tierText } from './labels.ts';
import { ReasonList } from './ReasonList.tsx';

/**
 * The result of "Check this job ad" on selected text, shown over the page until closed (the ×
 * button or Escape). It takes focus when shown (see check-panel.ts), hence tabIndex -1.
 */
export function CheckPanel({ verdict, text, pageUrl, onClose }: { verdict: Verdict; text: string; pageUrl?: string; onClose: () => void }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const excerpt = text.replace(/\s+/g, ' ').trim();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };
  return (
    <div class={`sjr-check-panel sjr-${verdict.risk}`} role="dialog" aria-label={t('panelLabel')} lang={uiLang()} tabIndex={-1} onKeyDown={onKeyDown}>
      <button type="button" class="sjr-close" aria-label={t('panelClose')} onClick={onClose}>
        ×
      </button>
      <p class="sjr-heading">
        <strong>{t('extName')}:</strong> {tierText(verdict.risk)}
      </p>
      <p class="sjr-excerpt">“{excerpt.length > 140 ? `${excerpt.slice(0, 139)}…` : excerpt}”</p>
      <ReasonList reasons={verdict.reasons} limit={6} />
      {verdict.risk !== 'low' ? <p class="sjr-advice">{t('adviceCheckEmployer')}</p> : null}
      {verdict.risk !== 'low' ? (
        <p class="sjr-help-toggle">
          <button type="button" class="sjr-help-btn" aria-expanded={helpOpen} data-action="help" onClick={() => setHelpOpen(!helpOpen)}>
            {t('helpToggle')}
          </button>
        </p>
      ) : null}
      {verdict.risk !== 'low' && helpOpen ? <HelpPanel verdict={verdict} text={text} pageUrl={pageUrl} /> : null}
    </div>
  );
}

export const CHECK_PANEL_CSS = `
/* !important: a page's own rules for our tag (position, inset, display…) would otherwise beat :host. */
:host { all: initial !important; position: fixed !important; inset: 16px 16px auto auto !important; margin: 0 !important; padding: 0 !important; border: 0 !important; background: transparent !important; overflow: visible !important; display: block !important; width: auto !important; height: auto !important; z-index: 2147483647 !important; opacity: 1 !important; visibility: visible !important; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif !important; }
.sjr-check-panel { position: relative; width: min(380px, calc(100vw - 32px)); max-height: 70vh; overflow: auto; box-sizing: border-box; padding: 12px 14px; border-radius: 10px; background: #fff; color: #1f1f1f; border: 1px solid #d0d0d0; border-left: 6px solid #2e7d32; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.sjr-medium { border-left-color: #ef8f00; } .sjr-high { border-left-color: #c62828; }
.sjr-close { position: absolute; top: 6px; right: 8px; border: 0; background: transparent; font-size: 20px; line-height: 1; cursor: pointer; color: #444; }
.sjr-close:focus-visible { outline: 2px solid #1a73e8; }
.sjr-heading { margin: 0 24px 6px 0; }
.sjr-excerpt { margin: 0 0 6px; color: #555; font-style: italic; }
.sjr-reasons { margin: 0; padding-left: 18px; }
.sjr-reasons li { margin: 4px 0; }
.sjr-evidence { display: block; color: #555; font-size: 12px; }
.sjr-evidence q { background: #fff59d; color: #000; margin-right: 6px; }
.sjr-advice { margin: 8px 0 0; font-weight: 600; }
.sjr-help-toggle { margin: 8px 0 0; }
${HELP_CSS}`;

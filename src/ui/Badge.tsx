import { useState } from 'preact/hooks';
import type { Verdict } from '../shared/types.ts';
import { t, uiLang } from '../shared/i18n.ts';
import { tierShort, tierText } from './labels.ts';
import { ReasonList } from './ReasonList.tsx';

/** The inline badge drawn next to a posting (inside our Shadow DOM), expandable for medium/high. */
export function Badge({ verdict }: { verdict: Verdict }) {
  const [open, setOpen] = useState(false);
  const expandable = verdict.risk !== 'low' && verdict.reasons.length > 0;
  return (
    <div class={`sjr-badge sjr-${verdict.risk}`} lang={uiLang()}>
      <button
        type="button"
        class="sjr-pill"
        aria-expanded={expandable ? open : undefined}
        title={t('badgeTitle', tierText(verdict.risk))}
        onClick={() => expandable && setOpen(!open)}
      >
        <span aria-hidden="true">{verdict.risk === 'low' ? '✓' : '⚠'}</span> {tierShort(verdict.risk)}
        {expandable ? <span class="sjr-why">{open ? ' ▴' : ` · ${t('badgeWhy')} ▾`}</span> : null}
      </button>
      {expandable && open ? (
        <div class="sjr-panel" role="region" aria-label={t('badgePanelLabel')}>
          <p class="sjr-summary">{t('badgeSummary', tierText(verdict.risk), t('adviceCheckEmployer'))}</p>
          <ReasonList reasons={verdict.reasons} limit={6} />
        </div>
      ) : null}
    </div>
  );
}

export const BADGE_CSS = `
:host { all: initial; display: block; margin: 4px 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; }
.sjr-badge { display: inline-block; max-width: 36em; text-align: start; }
.sjr-pill { cursor: pointer; border: 1px solid transparent; border-radius: 999px; padding: 2px 10px; font: inherit; font-weight: 600; }
.sjr-pill:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.sjr-low .sjr-pill { cursor: default; background: #e8f5e9; color: #1b5e20; border-color: #a5d6a7; font-weight: 500; font-size: 12px; }
.sjr-medium .sjr-pill { background: #fff3e0; color: #7a3e00; border-color: #ffb74d; }
.sjr-high .sjr-pill { background: #c62828; color: #fff; border-color: #8e0000; }
.sjr-why { font-weight: 400; }
.sjr-panel { margin-top: 6px; padding: 10px 12px; border-radius: 8px; background: #fff; color: #1f1f1f; border: 1px solid #d0d0d0; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
.sjr-summary { margin: 0 0 6px; }
.sjr-reasons { margin: 0; padding-left: 18px; }
.sjr-reasons li { margin: 4px 0; }
.sjr-detail { color: #444; }
.sjr-evidence { display: block; color: #555; font-size: 12px; }
.sjr-evidence q { background: #fff59d; color: #000; margin-right: 6px; quotes: "“" "”"; }
`;

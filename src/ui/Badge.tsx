import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ReportKind } from '../shared/reports.ts';
import type { TrustAction } from '../shared/trust.ts';
import type { BadgeAction } from '../shared/badge-action.ts';
import type { JobPosting, Verdict } from '../shared/types.ts';
import { postingText } from '../detect/posting-text.ts';
import { signalLabel, t, uiLang } from '../shared/i18n.ts';
import { tierShort, tierText } from './labels.ts';
import { HELP_CSS, HelpPanel } from './HelpPanel.tsx';
import { ReasonList } from './ReasonList.tsx';

/** Called when the user acts on a badge; resolves once the choice is saved (on this device only). */
export type OnReport = (action: BadgeAction) => Promise<void>;

/**
 * The inline badge drawn next to a posting (inside our Shadow DOM). Medium/high expand to the
 * reasons, a "Not a scam" button and "Trust this site" / "Trust this employer" (the latter only
 * when the posting names its employer); with `onReport`, low expands to a "This looks like a
 * scam" button. A posting the user trusts gets a calm "Trusted by you" badge instead.
 */
/** Marks (true) or unmarks (false) the verdict's evidence in the posting's text on the page. */
export type OnEvidence = (show: boolean) => void;

/** How many reasons a high-risk banner shows before "why?" is opened. */
const BANNER_REASONS = 3;

/**
 * The "why?" disclosure: open state, and Escape (anywhere in the badge) closes the panel and
 * puts focus back on the button, so a keyboard user never loses their place when the panel
 * (and the focused button inside it) goes away. Escape is not passed on to the page then.
 */
function useDisclosure() {
  const [open, setOpen] = useState(false);
  const pill = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    pill.current?.focus();
  };
  return { open, setOpen, pill, onKeyDown };
}

/** The posting and its page, for the help panel's report draft. */
export interface HelpContext {
  posting: JobPosting;
  pageUrl: string;
}

export function Badge({
  verdict,
  onReport,
  company,
  onEvidence,
  help,
}: {
  verdict: Verdict;
  onReport?: OnReport;
  company?: string;
  onEvidence?: OnEvidence;
  help?: HelpContext;
}) {
  const { open, setOpen, pill, onKeyDown } = useDisclosure();
  const [helpOpen, setHelpOpen] = useState(false);
  // A high-risk posting shows its evidence in its own text at once; a medium one while its panel is open.
  const marked = !verdict.trusted && verdict.reasons.length > 0 && (verdict.risk === 'high' || (verdict.risk === 'medium' && open));
  useEffect(() => {
    onEvidence?.(marked);
    return () => onEvidence?.(false);
  }, [marked, verdict]);
  if (verdict.trusted) return <TrustedBadge verdict={verdict} company={company} />;
  const low = verdict.risk === 'low';
  const banner = verdict.risk === 'high';
  const expandable = low ? Boolean(onReport) : verdict.reasons.length > 0 || Boolean(onReport);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the badge closes its panel; the controls inside are buttons.
    <div class={`sjr-badge sjr-${verdict.risk}${expandable ? ' sjr-expandable' : ''}${banner ? ' sjr-banner' : ''}`} lang={uiLang()} onKeyDown={onKeyDown}>
      <button
        ref={pill}
        type="button"
        class="sjr-pill"
        aria-expanded={expandable ? open : undefined}
        title={t('badgeTitle', tierText(verdict.risk))}
        onClick={() => expandable && setOpen(!open)}
      >
        <span aria-hidden="true">{low ? '✓' : '⚠'}</span> {tierShort(verdict.risk)}
        {expandable ? <span class="sjr-why">{open ? ' ▴' : low ? ' ▾' : ` · ${t('badgeWhy')} ▾`}</span> : null}
      </button>
      {banner && !open ? (
        <div class="sjr-banner-body">
          <p class="sjr-banner-text">{tierText(verdict.risk)}</p>
          {verdict.imagesRead ? <p class="sjr-images-read">{t('badgeImagesRead', String(verdict.imagesRead))}</p> : null}
          {verdict.reasons.length > 0 ? (
            <ul class="sjr-top-reasons">
              {verdict.reasons.slice(0, BANNER_REASONS).map((r) => (
                <li key={r.id} data-reason={r.id}>
                  {signalLabel(r)}
                </li>
              ))}
            </ul>
          ) : null}
          <HelpToggle open={helpOpen} setOpen={setHelpOpen} />
        </div>
      ) : null}
      {expandable && open ? (
        <section class="sjr-panel" aria-label={low ? t('badgeLowPanelLabel') : t('badgePanelLabel')}>
          {verdict.imagesRead ? <p class="sjr-images-read">{t('badgeImagesRead', String(verdict.imagesRead))}</p> : null}
          {low ? (
            <p class="sjr-summary">{tierText(verdict.risk)}</p>
          ) : (
            <>
              <p class="sjr-summary">{t('badgeSummary', tierText(verdict.risk), t('adviceCheckEmployer'))}</p>
              <ReasonList reasons={verdict.reasons} limit={6} />
              <HelpToggle open={helpOpen} setOpen={setHelpOpen} />
            </>
          )}
          {onReport ? (
            <div class="sjr-actions">
              <ReportButton kind={low ? 'missed-scam' : 'false-positive'} onReport={onReport} />
              {low ? null : <TrustButtons onReport={onReport} company={company} />}
            </div>
          ) : null}
        </section>
      ) : null}
      {!low && helpOpen ? <HelpPanel verdict={verdict} text={help ? postingText(help.posting) : undefined} pageUrl={help?.pageUrl} /> : null}
    </div>
  );
}

/** The "Get help / report" button of every warning: shows or hides the help panel below the badge. */
function HelpToggle({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  return (
    <p class="sjr-help-toggle">
      <button type="button" class="sjr-help-btn" aria-expanded={open} data-action="help" onClick={() => setOpen(!open)}>
        {t('helpToggle')}
      </button>
    </p>
  );
}

/** "Trusted by you": calm, expands to why (the user's own choice) and the model's rating, never alarming colours. */
function TrustedBadge({ verdict, company }: { verdict: Verdict; company?: string }) {
  const { open, setOpen, pill, onKeyDown } = useDisclosure();
  const rating = tierShort(verdict.risk);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the badge closes its panel; the controls inside are buttons.
    <div class="sjr-badge sjr-trusted sjr-expandable" data-trusted={verdict.trusted} lang={uiLang()} onKeyDown={onKeyDown}>
      <button ref={pill} type="button" class="sjr-pill" aria-expanded={open} title={t('badgeTrustedTitle')} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">✓</span> {t('badgeTrusted')}
        <span class="sjr-why">{open ? ' ▴' : ' ▾'}</span>
      </button>
      {open ? (
        <section class="sjr-panel" aria-label={t('badgeTrustedTitle')}>
          <p class="sjr-summary">{verdict.trusted === 'employer' && company ? t('badgeTrustedEmployer', company, rating) : t('badgeTrustedSite', rating)}</p>
          <p class="sjr-trusted-undo">{t('badgeTrustedUndo', t('optionsTrustHeading'))}</p>
        </section>
      ) : null}
    </div>
  );
}

/**
 * The thank-you that replaces a report or trust button once saved. It takes the focus the
 * button had, so a keyboard user stays in the panel (Escape still closes it) instead of being
 * dropped at the top of the page.
 */
function SavedNote({ class: cls, text }: { class: string; text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // Before the browser paints, in the same task as the button's removal: no key press can land
  // between the two (useEffect runs a frame later, and focus would be lost meanwhile).
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p ref={ref} class={cls} role="status" tabIndex={-1}>
      {text}
    </p>
  );
}

/**
 * Only the user's own click (mouse, touch or keyboard) acts: a click a page script makes
 * (`button.click()`, `dispatchEvent`) is not trusted and must not save a report or a trust choice.
 */
function userClick(e: Event): boolean {
  return e.isTrusted;
}

/** "Trust this site" and, when the posting names its employer, "Trust this employer". */
function TrustButtons({ onReport, company }: { onReport: OnReport; company?: string }) {
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  if (state === 'saved') {
    return <SavedNote class="sjr-trust-saved" text={t('badgeTrustSaved')} />;
  }
  async function click(action: TrustAction) {
    setState('saving');
    try {
      await onReport(action);
      setState('saved');
    } catch (err) {
      console.warn('[Scam Job Radar] could not save the trust choice:', err);
      setState('failed');
    }
  }
  return (
    <div class="sjr-trust">
      <button
        type="button"
        class="sjr-trust-btn"
        data-kind="site"
        title={t('badgeTrustHint')}
        disabled={state === 'saving'}
        onClick={(e) => userClick(e) && void click('trust-site')}
      >
        {t('badgeTrustSite')}
      </button>
      {company?.trim() ? (
        <button
          type="button"
          class="sjr-trust-btn"
          data-kind="employer"
          title={t('badgeTrustHint')}
          disabled={state === 'saving'}
          onClick={(e) => userClick(e) && void click('trust-employer')}
        >
          {t('badgeTrustEmployer')}
        </button>
      ) : null}
      {state === 'failed' ? (
        <span class="sjr-report-failed" role="alert">
          {' '}
          {t('badgeTrustFailed')}
        </span>
      ) : null}
    </div>
  );
}

/** "Not a scam" / "This looks like a scam": replaced by a thank-you once the report is saved. */
function ReportButton({ kind, onReport }: { kind: ReportKind; onReport: OnReport }) {
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  if (state === 'saved') {
    return <SavedNote class="sjr-report-saved" text={t('badgeReportSaved')} />;
  }
  async function click() {
    setState('saving');
    try {
      await onReport(kind);
      setState('saved');
    } catch (err) {
      console.warn('[Scam Job Radar] could not save the report:', err);
      setState('failed');
    }
  }
  return (
    <div class="sjr-report">
      <button
        type="button"
        class="sjr-report-btn"
        data-kind={kind}
        title={t('badgeReportHint')}
        disabled={state === 'saving'}
        onClick={(e) => userClick(e) && void click()}
      >
        {kind === 'false-positive' ? t('badgeNotScam') : t('badgeLooksScam')}
      </button>
      {state === 'failed' ? (
        <span class="sjr-report-failed" role="alert">
          {' '}
          {t('badgeReportFailed')}
        </span>
      ) : null}
    </div>
  );
}

export const BADGE_CSS = `
:host { all: initial; display: block; margin: 4px 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; }
:host([hidden]) { display: none; }
.sjr-badge { display: inline-block; max-width: 36em; text-align: start; }
.sjr-pill { cursor: pointer; border: 1px solid transparent; border-radius: 999px; padding: 2px 10px; font: inherit; font-weight: 600; }
.sjr-pill:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.sjr-low .sjr-pill { cursor: default; background: #e8f5e9; color: #1b5e20; border-color: #a5d6a7; font-weight: 500; font-size: 12px; }
.sjr-medium .sjr-pill { background: #fff3e0; color: #7a3e00; border-color: #ffb74d; }
.sjr-high .sjr-pill { background: #c62828; color: #fff; border-color: #8e0000; }
.sjr-low.sjr-expandable .sjr-pill { cursor: pointer; }
.sjr-why { font-weight: 400; }
.sjr-panel { margin-top: 6px; padding: 10px 12px; border-radius: 8px; background: #fff; color: #1f1f1f; border: 1px solid #d0d0d0; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
.sjr-summary { margin: 0 0 6px; }
.sjr-reasons { margin: 0; padding-left: 18px; }
.sjr-reasons li { margin: 4px 0; }
.sjr-detail { color: #444; }
.sjr-evidence { display: block; color: #555; font-size: 12px; }
.sjr-evidence q { background: #fff59d; color: #000; margin-right: 6px; quotes: "“" "”"; }
.sjr-report { margin-top: 8px; }
.sjr-report-btn { cursor: pointer; font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 6px; border: 1px solid #888; background: #f5f5f5; color: #1f1f1f; }
.sjr-report-btn:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.sjr-report-btn[disabled] { cursor: progress; opacity: .7; }
.sjr-report-saved { margin: 8px 0 0; color: #1b5e20; font-size: 12px; }
.sjr-report-failed { color: #b71c1c; font-size: 12px; }
.sjr-actions { display: flex; flex-wrap: wrap; gap: 6px 8px; align-items: center; margin-top: 8px; }
.sjr-actions .sjr-report { margin-top: 0; }
.sjr-trust { display: flex; flex-wrap: wrap; gap: 6px; }
.sjr-trust-btn { cursor: pointer; font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 6px; border: 1px solid #2e7d32; background: #f1f8f1; color: #1b5e20; }
.sjr-trust-btn:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.sjr-trust-btn[disabled] { cursor: progress; opacity: .7; }
.sjr-trust-saved { margin: 0; color: #1b5e20; font-size: 12px; }
.sjr-trusted .sjr-pill { background: #eef3fb; color: #17365d; border-color: #9fb7d9; font-weight: 500; font-size: 12px; }
.sjr-trusted-undo { margin: 0; color: #444; font-size: 12px; }
.sjr-banner { display: block; max-width: 40em; padding: 8px 10px; border-radius: 8px; background: #fff5f5; color: #1f1f1f; border: 1px solid #e0b4b4; border-left: 6px solid #c62828; }
.sjr-banner-body { margin-top: 4px; }
.sjr-banner-text { margin: 0; font-weight: 600; color: #8e0000; }
.sjr-images-read { margin: 2px 0 6px; font-size: 0.92em; opacity: 0.85; }
.sjr-top-reasons { margin: 4px 0 0; padding-left: 18px; font-size: 12.5px; }
.sjr-top-reasons li { margin: 2px 0; }
.sjr-banner .sjr-panel { box-shadow: none; }
.sjr-help-toggle { margin: 6px 0 0; }
${HELP_CSS}`;

import { useMemo, useRef, useState } from 'preact/hooks';
import { type HelpGroup, helpGroups, telHref } from '../help/channels.ts';
import type { HelpChannel, HelpPurpose } from '../help/help-data.ts';
import { readerCountry } from '../help/reader-country.ts';
import { buildReportDraft, draftFileName } from '../help/report-draft.ts';
import { t, tOr, uiLang } from '../shared/i18n.ts';
import type { Verdict } from '../shared/types.ts';
import { regionName } from './labels.ts';

/**
 * "Get help / report": the hotlines for the reader's country and for the country the ad points
 * to (assets/help/channels.json), and a report draft the user copies or saves and sends
 * themselves. Nothing here makes a request: links open only when the user follows them.
 * All text (the ad's included) is rendered as text, never HTML.
 */
export function HelpPanel({ verdict, text, pageUrl, country }: { verdict: Verdict; text?: string; pageUrl?: string; country?: string | null }) {
  const reader = country === undefined ? readerCountry() : country;
  const groups = helpGroups(reader, verdict.destination ?? null);
  return (
    <section class="sjr-helpbox" aria-label={t('helpHeading')} data-help-reader={reader ?? ''} data-help-destination={verdict.destination ?? ''}>
      <p class="sjr-help-heading">
        <strong>{t('helpHeading')}</strong>
      </p>
      <p class="sjr-help-intro">{t('helpIntro')}</p>
      {reader ? null : <p class="sjr-help-none">{t('helpNoCountry')}</p>}
      {groups.map((g) => (
        <HelpGroupView key={`${g.role}-${g.country}`} group={g} />
      ))}
      {text?.trim() ? <ReportDraft verdict={verdict} text={text} pageUrl={pageUrl} /> : null}
    </section>
  );
}

/** A "Get help / report" button that shows the help panel under it (extension pages). */
export function HelpDisclosure({ verdict, text, pageUrl }: { verdict: Verdict; text?: string; pageUrl?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="sjr-help-disclosure">
      <button type="button" class="sjr-help-btn" aria-expanded={open} data-action="help" onClick={() => setOpen(!open)}>
        {t('helpToggle')}
      </button>
      {open ? <HelpPanel verdict={verdict} text={text} pageUrl={pageUrl} /> : null}
    </div>
  );
}

/** One country's channels, or a plain "no checked contact yet". */
export function HelpGroupView({ group, heading }: { group: HelpGroup; heading?: string }) {
  const name = regionName(group.country, uiLang());
  return (
    <div class="sjr-help-group" data-country={group.country} data-role={group.role}>
      <p class="sjr-help-country">
        <strong>{heading ?? (group.role === 'reader' ? t('helpGroupReader', name) : t('helpGroupDestination', name))}</strong>
      </p>
      {group.channels.length === 0 ? (
        <p class="sjr-help-none" data-unsourced={group.country}>
          {t('helpNoSourced', name)}
        </p>
      ) : (
        <ul class="sjr-channels">
          {group.channels.map((c) => (
            <Channel key={c.id} channel={c} />
          ))}
        </ul>
      )}
    </div>
  );
}

function purposeLabel(p: HelpPurpose): string {
  return tOr(`helpPurpose_${p}`, p);
}

function languageNames(codes: string[]): string {
  try {
    const names = new Intl.DisplayNames([uiLang(), 'en'], { type: 'language' });
    return codes.map((c) => names.of(c) ?? c).join(', ');
  } catch {
    return codes.join(', ');
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Only http(s) addresses become links (the data is validated, but a link is a link). */
const webHref = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);

function Channel({ channel: c }: { channel: HelpChannel }) {
  return (
    <li class="sjr-channel" data-channel={c.id}>
      <span class="sjr-ch-name">{c.name}</span>
      <span class="sjr-ch-purpose">{c.purposes.map(purposeLabel).join(' · ')}</span>
      {c.phones?.length ? (
        <span class="sjr-ch-line">
          {t('helpPhone')}:{' '}
          {c.phones.map((p, i) => (
            <span key={p}>
              {i > 0 ? ', ' : ''}
              <a href={telHref(p)} data-phone={p}>
                {p}
              </a>
            </span>
          ))}
        </span>
      ) : null}
      {c.app ? (
        <span class="sjr-ch-line">
          {t('helpApp')}: {c.app}
        </span>
      ) : null}
      {c.web && webHref(c.web) ? (
        <span class="sjr-ch-line">
          {t('helpWeb')}:{' '}
          <a href={webHref(c.web)} target="_blank" rel="noopener noreferrer">
            {hostOf(c.web)}
          </a>
        </span>
      ) : null}
      {c.languages?.length ? (
        <span class="sjr-ch-line">
          {t('helpLanguages')}: {languageNames(c.languages)}
        </span>
      ) : null}
      {c.hours ? (
        <span class="sjr-ch-line">
          {t('helpHours')}: {c.hours}
        </span>
      ) : null}
      {c.notes ? (
        <span class="sjr-ch-note" lang="en">
          {c.notes}
        </span>
      ) : null}
      {webHref(c.source) ? (
        <a class="sjr-ch-source" href={webHref(c.source)} target="_blank" rel="noopener noreferrer">
          {t('helpSource', c.checked)}
        </a>
      ) : null}
    </li>
  );
}

let draftIds = 0;

/** The draft: shown on request, editable, copied or saved by the user's own click. */
function ReportDraft({ verdict, text, pageUrl }: { verdict: Verdict; text: string; pageUrl?: string }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const now = useMemo(() => new Date(), []);
  const initial = useMemo(() => buildReportDraft({ verdict, text, pageUrl, now }), [verdict, text, pageUrl]);
  const [value, setValue] = useState(initial);
  const id = useMemo(() => `sjr-draft-${++draftIds}`, []);
  const area = useRef<HTMLTextAreaElement>(null);
  const box = useRef<HTMLDivElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('reportCopied'));
    } catch {
      // No clipboard API here (an insecure page, a denied permission): the selection way.
      area.current?.select();
      const ok = (() => {
        try {
          return document.execCommand('copy');
        } catch {
          return false;
        }
      })();
      setStatus(ok ? t('reportCopied') : t('reportCopyFailed'));
    }
  }

  function save() {
    const url = URL.createObjectURL(new Blob([value], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = draftFileName(now);
    (box.current ?? document.body).append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  return (
    <div class="sjr-draft" ref={box}>
      <button type="button" class="sjr-help-btn" aria-expanded={open} data-action="show-draft" onClick={() => setOpen(!open)}>
        {t('reportDraftShow')}
      </button>
      {open ? (
        <div class="sjr-draft-body">
          <label for={id}>{t('reportDraftLabel')}</label>
          <textarea id={id} ref={area} class="sjr-draft-text" rows={10} value={value} onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)} />
          <div class="sjr-draft-actions">
            <button type="button" class="sjr-help-btn" data-action="copy-draft" onClick={(e) => e.isTrusted && void copy()}>
              {t('reportCopy')}
            </button>
            <button type="button" class="sjr-help-btn" data-action="save-draft" onClick={(e) => e.isTrusted && save()}>
              {t('reportSave')}
            </button>
            <span class="sjr-draft-status" role="status">
              {status}
            </span>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The help panel's look, for Shadow DOM hosts (badge, check panel) and extension pages alike. */
export const HELP_CSS = `
.sjr-helpbox { margin-top: 8px; padding: 8px 10px; border-radius: 8px; background: #f7f9fc; color: #1f1f1f; border: 1px solid #c5d3e8; font-size: 12.5px; line-height: 1.45; text-align: start; }
.sjr-helpbox p { margin: 0 0 4px; }
.sjr-help-heading { font-size: 13px; }
.sjr-help-intro { color: #333; }
.sjr-help-none { color: #5d4037; }
.sjr-help-group { margin-top: 6px; }
.sjr-channels { margin: 2px 0 0; padding-left: 18px; }
.sjr-channel { margin: 4px 0 6px; }
.sjr-channel > span, .sjr-channel > a { display: block; }
.sjr-ch-name { font-weight: 600; }
.sjr-ch-purpose { color: #333; }
.sjr-ch-note { color: #444; font-size: 12px; }
.sjr-helpbox a { color: #0b57d0; text-decoration: underline; }
.sjr-helpbox a:focus-visible, .sjr-help-btn:focus-visible, .sjr-draft-text:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.sjr-help-btn { cursor: pointer; font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 6px; border: 1px solid #1a4a8a; background: #eef3fb; color: #17365d; }
.sjr-draft { margin-top: 8px; }
.sjr-draft-body { margin-top: 6px; }
.sjr-draft-body label { display: block; margin-bottom: 2px; }
.sjr-draft-text { box-sizing: border-box; width: 100%; font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: #1f1f1f; background: #fff; border: 1px solid #888; border-radius: 4px; padding: 4px; }
.sjr-draft-actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 4px; }
.sjr-draft-status { color: #1b5e20; }
`;

/** Puts HELP_CSS on an extension page (once per page: Preact renders a <style> with our own text). */
export function HelpStyle() {
  return <style>{HELP_CSS}</style>;
}

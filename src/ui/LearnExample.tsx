import { evidenceSegments } from '../learn/annotate.ts';
import type { LearnExample } from '../learn/learn-data.ts';
import { signalLabel, t } from '../shared/i18n.ts';
import type { Verdict } from '../shared/types.ts';
import { reasonDetail, tierShort } from './labels.ts';

/** Mark colours cycle; the number in each mark ties it to its reason for readers who cannot tell colours apart. */
const MARK_COLOURS = 6;

/** The example's text with the evidence of its first `revealed` reasons marked and numbered. */
export function MarkedText({ text, verdict, revealed }: { text: string; verdict: Verdict | undefined; revealed?: number }) {
  const reasons = verdict?.reasons.map((r) => r.evidence) ?? [];
  const segments = evidenceSegments(text, reasons, revealed ?? reasons.length);
  return (
    <p class="sjr-learn-text">
      {segments.map((s, i) =>
        s.reason === undefined ? (
          s.text
        ) : (
          <mark key={i} class={`sjr-mark sjr-mark-${s.reason % MARK_COLOURS}`} data-reason={s.reason + 1}>
            {s.text}
            <sup aria-hidden="true">{s.reason + 1}</sup>
          </mark>
        ),
      )}
    </p>
  );
}

/** The detector's verdict and its reasons (the first `revealed` of them), numbered like the marks. */
export function VerdictReasons({ verdict, revealed }: { verdict: Verdict | undefined; revealed?: number }) {
  if (!verdict) return <p class="sjr-muted">{t('learnScoring')}</p>;
  const shown = verdict.reasons.slice(0, revealed ?? verdict.reasons.length);
  return (
    <div class={`sjr-learn-verdict sjr-${verdict.risk}`}>
      <p class={`sjr-tier sjr-tier-${verdict.risk}`}>{t('learnVerdict', tierShort(verdict.risk), verdict.score.toFixed(2))}</p>
      {verdict.reasons.length === 0 ? (
        <p class="sjr-muted">{t('learnNoSigns')}</p>
      ) : (
        <ol class="sjr-learn-reasons">
          {shown.map((r, i) => (
            <li key={r.id} class={`sjr-reason-${i % MARK_COLOURS}`} data-reason-id={r.id}>
              {signalLabel(r)}
              {reasonDetail(r) ? <span class="sjr-muted"> — {reasonDetail(r)}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Links to an example's or a sign's sources, shown by host name. */
export function SourceLinks({ urls }: { urls: readonly string[] }) {
  return (
    <>
      {urls.map((u, i) => (
        <span key={u}>
          {i > 0 ? ', ' : ' '}
          <a href={u} target="_blank" rel="noopener noreferrer">
            {hostOf(u)}
          </a>
        </span>
      ))}
    </>
  );
}

/** One annotated example: tag, title, marked text, verdict with reasons, trainer notes, provenance. */
export function ExampleCard({ example, verdict }: { example: LearnExample; verdict: Verdict | undefined }) {
  return (
    <article class={`sjr-learn-card sjr-learn-${example.kind}`} data-example-id={example.id} data-kind={example.kind} data-risk={verdict?.risk}>
      <p class="sjr-learn-tags">
        <span class={`sjr-learn-kind sjr-learn-kind-${example.kind}`}>{example.kind === 'lure' ? t('learnKindLure') : t('learnKindGenuine')}</span>
        <span class="sjr-learn-lang">{example.lang}</span>
      </p>
      <h3 lang={example.lang}>{example.title}</h3>
      <div lang={example.lang}>
        <MarkedText text={example.text} verdict={verdict} />
      </div>
      <VerdictReasons verdict={verdict} />
      <details class="sjr-learn-notes">
        <summary>{t('learnNotes')}</summary>
        <ul>
          {example.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
      <p class="sjr-learn-source">
        {t('learnSourceLabel')} {example.source}
        <SourceLinks urls={example.sourceUrls} />
      </p>
    </article>
  );
}

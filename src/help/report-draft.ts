/**
 * A report about a flagged ad, drafted for the user to review, edit and send themselves (to a
 * hotline's web form, by e-mail, in a chat): the ad's text, where it was seen, the warning signs
 * with their evidence, and the date, in the reader's language. Nothing here sends anything.
 */
import { signalLabel, t, uiLang } from '../shared/i18n.ts';
import type { Verdict } from '../shared/types.ts';

export interface DraftInput {
  verdict: Verdict;
  /** The ad's text as the user saw it. */
  text: string;
  /** The page it was on; absent for pasted text. */
  pageUrl?: string;
  now: Date;
}

/** The verdict as a sentence (the same messages as the badge's). */
function tierText(risk: Verdict['risk']): string {
  return risk === 'high' ? t('tierHigh') : risk === 'medium' ? t('tierMedium') : t('tierLow');
}

/** Longest ad text kept in a draft (a hotline form or a chat message has limits too). */
export const DRAFT_TEXT_LIMIT = 4000;

function dateText(now: Date): string {
  try {
    return new Intl.DateTimeFormat(uiLang(), { dateStyle: 'long', timeStyle: 'short' }).format(now);
  } catch {
    return now.toISOString();
  }
}

/** The draft, as plain text (never HTML: the ad's text is the page's, untrusted). */
export function buildReportDraft({ verdict, text, pageUrl, now }: DraftInput): string {
  const ad = text.trim().replace(/\r\n?/g, '\n');
  const cutAd = ad.length > DRAFT_TEXT_LIMIT ? `${ad.slice(0, DRAFT_TEXT_LIMIT)}…` : ad;
  const lines = [
    t('reportDraftIntro'),
    '',
    t('reportDraftDate', dateText(now)),
    t('reportDraftWhere', pageUrl && /^https?:\/\//i.test(pageUrl) ? pageUrl : t('reportDraftNoAddress')),
    t('reportDraftRating', tierText(verdict.risk)),
  ];
  const reasons = verdict.reasons.filter((r) => !r.context || r.evidence.length > 0);
  if (reasons.length > 0) {
    lines.push('', t('reportDraftReasons'));
    for (const r of reasons) {
      const evidence = r.evidence.filter((e) => e.trim()).map((e) => `“${e.trim()}”`);
      lines.push(`- ${signalLabel(r)}${evidence.length ? `: ${evidence.join(', ')}` : ''}`);
    }
  }
  lines.push('', t('reportDraftAd'), cutAd, '', t('reportDraftFooter'));
  return lines.join('\n');
}

/** A file name for the saved draft: scam-job-report-YYYY-MM-DD.txt. */
export function draftFileName(now: Date): string {
  return `scam-job-report-${now.toISOString().slice(0, 10)}.txt`;
}

/**
 * Is an extracted posting a posting, or a UI label an adapter took for one ("Uložiť ponuku",
 * "Save job", "Apply")? A posting needs real text: a title plus a body (a line of company,
 * place, pay or description besides the title), or on its own a text of job-offer length.
 * Checked once for every extractor in index.ts, so no adapter can hand a bare label to the
 * detector (which would score it, and the page would show a badge on a button).
 */
import type { ExtractedPosting } from '../shared/types.ts';
import { compareKey } from './text.ts';

/** A body beside a title must say at least this much (compared without punctuation). */
export const MIN_BODY_CHARS = 3;
/**
 * A posting with no body besides its title needs this much text. The shortest title-only cards
 * of the saved pages (TopCV's banner links, titled from their URL) have 49 characters; UI
 * labels have a few words ("Uložiť ponuku" is 13). A character of a script without spaces
 * (Chinese, Japanese, Thai, Khmer, Myanmar, Lao), or a Korean syllable block, counts three.
 */
export const MIN_LONE_TEXT_CHARS = 40;

/** Scripts written without spaces say in one character what Latin says in about three. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const DENSE_WEIGHT = 3;

/** Length in Latin-equivalent characters. */
function textLength(s: string): number {
  const dense = s.match(DENSE_SCRIPT)?.length ?? 0;
  return s.length + dense * (DENSE_WEIGHT - 1);
}

/** True when the posting has a title and a body, or a text of job-offer length. */
export function hasRealText(p: Pick<ExtractedPosting, 'title' | 'company' | 'location' | 'salary' | 'text'>): boolean {
  const title = compareKey(p.title);
  const parts = [p.company, p.location, p.salary, ...(p.text ?? '').split('\n')]
    .map((s) => compareKey(s))
    // What only repeats the title (the title line of the text, a label equal to it) is not a body.
    .filter((k) => k && k !== title && !title.includes(k));
  const body = [...new Set(parts)].join(' ');
  if (title && body.length >= MIN_BODY_CHARS) return true;
  const whole = `${title} ${body}`.trim();
  return textLength(whole) >= MIN_LONE_TEXT_CHARS;
}

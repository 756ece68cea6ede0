/**
 * The job-post gate of social and chat surfaces (Facebook, X, Telegram, LinkedIn's feed) and of
 * generic feeds: is this post a job offer, in any language?
 *
 * Two ways in, either enough:
 * - the job-ad cues of cues.ts (hiring words, pay figures, labelled fields such as "Job Title:"),
 *   which let genuine ads through (they carry no red flag), in the languages the cues know;
 * - the detector's own red flags (detect/could-warn.ts): a post with a red flag that could carry
 *   a medium verdict is let through whatever language it is written in — two such flags on
 *   their own, one with any word of work beside it (a pay figure, "仕事", "งาน", "trabaho"…).
 *   The detectors are multilingual (src/detect/README.md), so a lure in Khmer or Japanese does
 *   not depend on English or Latin-script cues to be looked at. A post with no such flag can
 *   never be rated medium or above (policy.ts), so nothing the detector would warn about is lost
 *   for want of a cue; test/unit/job-gate.test.ts checks the rest on the fixture feeds (every
 *   post the shipped model rates medium or above passes, unless it is plainly no offer).
 *
 * One way out: a post that plainly is something else — a warning about job scams (a scam word
 * and a warning or rescue word, and no way to contact the poster), or a post that opens by
 * selling or letting something — is not a job offer even when its words are a lure's
 * ("promised high salaries in Cambodia"). Lures do not read that way; the fixture feeds in
 * test/fixtures/feeds check that none of theirs is turned away.
 *
 * Cost: the detectors read every post-like block (a few ms for a feed of short posts); the
 * content script carries them (see the README's figures).
 */
import { couldWarnWarmUpSteps, warnableRedFlags } from '../detect/could-warn.ts';
import { materializeSteps } from '../detect/signals/prefilter.ts';
import { hasLabelledJobFields, jobCueScore, looksLikeJobAd, SALARY_FIGURE } from './cues.ts';

/** Latin-script words need letter boundaries; scripts without spaces match as substrings. */
function words(list: string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`;
}

/** Words that name a scam or its victims' fate. */
const SCAM_WORD = new RegExp(
  [
    words(['scam(?:s|mers?|med)?', 'fraud(?:sters?)?', 'traffick(?:ing|ed)', 'fake jobs?']),
    words(['lừa đảo', 'bị lừa', 'penipuan', 'tertipu', 'ditipu', 'naloko', 'manloloko', 'estafas?', 'estafadores', 'engañ(?:o|ados|adas)', 'fraude']),
    words(['мошенни(?:к|ки|ков|ческ\\p{L}*)', 'обман(?:ут\\p{L}*|ул\\p{L}*)?']),
    '(?:诈骗|被骗|骗子|电诈|詐騙|詐欺|だまされ|사기|감금|หลอก|มิจฉาชีพ|แก๊งคอลเซ็นเตอร์|လိမ်လည်|បោកប្រាស់|ជួញដូរមនុស្ស|फ्रॉड|धोखा|ठगी|झांसा)',
  ].join('|'),
  'iu',
);

/** Words that warn, or report a rescue or a police action. */
const WARNING_WORD = new RegExp(
  [
    words(['beware', 'be careful', 'stay alert', 'be alert', 'warn(?:ing|ed)?', 'rescued', 'rescue', 'police', 'arrested', 'victims?']),
    words(['cẩn thận', 'cảnh giác', 'giải cứu', 'công an', 'hati-hati', 'waspada', 'dipulangkan', 'diselamatkan', 'polisi', 'mag-ingat', 'nailigtas', 'pulis']),
    words([
      'cuidado',
      'rescatan',
      'rescataron',
      'rescatados',
      'policía',
      'alerta',
      'будьте (?:бдительны|осторожны)',
      'осторожн\\p{L}*',
      'освобожден\\p{L}*',
      'полици\\p{L}*',
    ]),
    '(?:解救|警惕|小心|警方|注意|保護|摘発|警察|구조|조심|주의|경찰|ระวัง|ช่วยเหลือ|ตำรวจ|သတိထား|ကယ်တင်|ប្រុងប្រយ័ត្ន|ជួយសង្គ្រោះ|ប៉ូលិស|सावधान|छुड़ाया|बचाया|पुलिस)',
  ].join('|'),
  'iu',
);

/** A post that opens by selling or letting something ("For sale:", "Dijual", "出售", "Сдаётся"). */
const SALE_OR_RENT_OPENING = new RegExp(
  `^[^\\p{L}\\p{N}]{0,4}(?:${[
    'for sale',
    'selling (?:my|our|a|an|this)',
    '(?:room|house|flat|apartment|condo|studio) for rent',
    'for rent',
    'dijual',
    'disewakan',
    'thanh lý',
    'cho thuê',
    'cần bán',
    'vendo',
    'se vende',
    'se alquila',
    'продаю',
    'прода[её]тся',
    'сда[её]тся',
    '出售',
    '转让',
    '转租',
    '出租',
    '譲ります',
    '売ります',
    '팝니다',
    '양도합니다',
    'ขาย',
    'ให้เช่า',
    'ห้องเช่า',
    'किराये के लिए',
    'बेचना है',
    'លក់',
    'ផ្ទះជួល',
  ].join('|')})`,
  'iu',
);

/** Red flags that say the poster can be reached: a lure always leaves a way to apply. */
const CONTACT_FLAGS: ReadonlySet<string> = new Set(['messaging_contact']);

/**
 * True when a post's text is a job offer, or a text the detector could warn about, unless it
 * is plainly something else: it opens by selling or letting something; or it warns about scams
 * (a scam word and a warning or rescue word) and offers no way to apply: no contact, no pay
 * figure, no labelled job fields (a genuine ad's "beware of fake recruiters" notice comes with
 * those).
 */
export function isJobPost(text: string): boolean {
  const t = text.length > 8000 ? text.slice(0, 8000) : text;
  if (SALE_OR_RENT_OPENING.test(t)) return false;
  const warning = SCAM_WORD.test(t) && WARNING_WORD.test(t) && !SALARY_FIGURE.test(t) && !hasLabelledJobFields(t);
  const cues = looksLikeJobAd(text);
  if (cues && !warning) return true;
  const flags = warnableRedFlags(text);
  if (warning) return (cues || flags.length > 0) && flags.some((f) => CONTACT_FLAGS.has(f));
  // One red flag alone (a handle under a news post, "12 ribu pengikut" read as pay) needs a
  // word of work beside it; two are a lure's pattern on their own.
  return flags.length >= 2 || (flags.length === 1 && (cues || jobCueScore(t).score > 0));
}

/** The gate's patterns, for the linear-time test. */
export const JOB_GATE_PATTERNS: readonly RegExp[] = [SCAM_WORD, WARNING_WORD, SALE_OR_RENT_OPENING];

/** Warms the gate's detectors up in steps (see couldWarnWarmUpSteps), for pages with feeds. */
export function* jobGateWarmUpSteps(): Generator<void, void, void> {
  // The detectors' regexes and the prefilter are built at first use (prefilter.ts): one step each.
  yield* materializeSteps();
  for (const re of JOB_GATE_PATTERNS) {
    re.test('Selling my phone; scam warning: police rescued victims');
    yield;
  }
  yield* couldWarnWarmUpSteps();
}

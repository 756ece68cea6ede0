/**
 * Every pattern that runs on page or posting text must take time linear in the text. A
 * pattern that retries an unbounded repetition at each character of a long run is quadratic:
 * SALARY_FIGURE did that on digit runs, and a 3,000-row number table froze its tab for 17 s.
 *
 * Each case runs an entry point on an adversarial text of n characters and of 8n, and fails
 * when the time grows more than 30-fold (linear: about 8; quadratic: about 64). n is doubled
 * until one run takes TARGET_MS, so the time is well above timer noise, up to a cap: where the
 * entry point caps its input (beyond it the growth would be hidden), and MAX_N. Times are the
 * best of interleaved runs; a suspicious ratio is measured again before the case fails, so a
 * busy machine does not fail it. LINEAR_TIME_LOG=1 prints every case's figures.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/detect/engine.ts';
import { MODEL_META } from '../../src/detect/model-meta.ts';
import { normaliseText } from '../../src/detect/normalise.ts';
import { fillLabelledFields, findSalaryLine, jobCueScore, lineHasJobCue, looksLikeJobAd, pageMayHaveJobs } from '../../src/extract/cues.ts';
import { extractPostings } from '../../src/extract/index.ts';
import { isJobPost } from '../../src/extract/job-gate.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { compareKey, cutFromFirst, decodeEntities, htmlToText, oneLine, stripHtml, TRAILING_SLASHES, tidyText } from '../../src/extract/text.ts';
import { kindFromName } from '../../src/shared/bulk-input.ts';

const GROWTH = 8;
const MAX_RATIO = 30;
/** Calibrate n until one run takes this long. */
const TARGET_MS = 2;
/** Times below this are treated as this (timer and scheduling noise). */
const FLOOR_MS = 0.5;
const ROUNDS = 3;
/** Re-measurements of a case whose ratio is above MAX_RATIO / 2. */
const EXTRA_ROUNDS = 7;
/**
 * The largest n: 8n is 64,000 characters. Longer texts leave the CPU caches, and the time per
 * character of even linear code then grows up to threefold, which is not what this test is after.
 */
const MAX_N = 8_000;

/** Adversarial texts of about n characters. */
const TEXT_INPUTS: Record<string, (n: number) => string> = {
  'a digit run': (n) => '1234567890'.repeat(n / 10),
  'a digit table (cells glued)': (n) => '3331007919104729'.repeat(n / 16),
  'numbers with spaces': (n) => '123 '.repeat(n / 4),
  'numbers with commas': (n) => '123,'.repeat(n / 4),
  'numbers with dots and tabs': (n) => '12.345\t678,9 '.repeat(n / 13),
  '"$1,"': (n) => '$1,'.repeat(n / 3),
  '"1-"': (n) => '1-'.repeat(n / 2),
  'ranges of grouped numbers': (n) => '0-0,000.000.000.'.repeat(n / 16),
  '"1k"': (n) => '1k '.repeat(n / 3),
  spaces: (n) => `${' '.repeat(n)}x`,
  'tabs and newlines': (n) => ' \t \n'.repeat(n / 4),
  dots: (n) => '.'.repeat(n),
  dashes: (n) => '-'.repeat(n),
  "'a'": (n) => 'a'.repeat(n),
  'spaced letters': (n) => 'a  '.repeat(n / 3),
  emoji: (n) => '😀'.repeat(n / 2),
  CJK: (n) => '工作地点'.repeat(n / 4),
  'combining marks': (n) => `ก${'\u0e31'.repeat(n)}ก`,
  '"staff" and spaces': (n) => `staff${' '.repeat(n)}`,
  'labels without values': (n) => `Company:${' \t'.repeat(n / 2)}\u2028`,
  'job field labels on every line': (n) => '• Position \t:\n'.repeat(n / 14),
  'scam words and warnings': (n) => 'scam police 诈骗 警方 '.repeat(n / 18),
};

/** A dense lure, repeated: every detector fires all over the text. */
const LURE =
  'URGENT HIRING!!! Customer service staff wanted in Sihanoukville, Cambodia. Salary $1,500-$3,000/month + commission. Free flight ticket, visa, food and accommodation. No experience needed, age 18-35. Contact Telegram @hr_kh88 or WhatsApp +855 12 345 678. T.e.l.e.g.r.a.m: t.me/jobs_kh. Lương 30 triệu/tháng, bao ăn ở. 招聘客服 月薪 15000元 包吃住 签证 机票. ';
const DETECT_INPUTS: Record<string, (n: number) => string> = {
  ...TEXT_INPUTS,
  'a dense lure': (n) => LURE.repeat(Math.ceil(n / LURE.length)).slice(0, n),
  'a spaced-out lure': (n) =>
    [...LURE]
      .join(' ')
      .repeat(Math.ceil(n / LURE.length / 2))
      .slice(0, n),
};

const HTML_INPUTS: Record<string, (n: number) => string> = {
  '"<"': (n) => '<'.repeat(n),
  '"<p "': (n) => '<p '.repeat(n / 3),
  '"<script>"': (n) => '<script>'.repeat(n / 8),
  '"<!--"': (n) => '<!--'.repeat(n / 4),
  '"<svg<style"': (n) => '<svg<style'.repeat(n / 10),
  '"&#"': (n) => '&#'.repeat(n / 2),
};

/** Saved pages: a number table whose cells run together in the page text, and one long number. */
const PAGE_INPUTS: Record<string, (n: number) => string> = {
  'a number table': (n) => {
    const row = '<tr><td>3331007919</td><td>104729</td><td>7</td></tr>';
    return `<html><body><h1>Numbers</h1><table>${row.repeat(n / row.length)}</table></body></html>`;
  },
  'a long number': (n) => `<html><body><h1>Numbers</h1><p>${'1234567890'.repeat(n / 10)}</p></body></html>`,
  'a job page with a long number': (n) =>
    `<html><body><main><h1>Customer service staff</h1><p>We are hiring! Salary $1,500 per month. Apply now.</p><p>${'1234567890'.repeat(n / 10)}</p></main></body></html>`,
};

const URL_INPUTS: Record<string, (n: number) => string> = {
  slashes: (n) => `https://a.example/${'/'.repeat(n)}x`,
  'question marks, then a line break': (n) => `https://a.example/${'?'.repeat(n)}\nx`,
  'hashes, then a line break': (n) => `https://a.example/${'#'.repeat(n)}\nx`,
};

interface Growth {
  n: number;
  small: number;
  large: number;
  ratio: number;
}

function timeOf(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** How the time of `entry` grows from n to 8n characters of `input`. */
async function growth(entry: (s: string) => unknown, input: (n: number) => string, maxN: number): Promise<Growth> {
  // Warm up: the first runs compile the patterns and the code.
  for (let i = 0; i < 3; i++) entry(input(256));
  let n = 256;
  for (;;) {
    const t = Math.min(
      timeOf(() => entry(input(n))),
      timeOf(() => entry(input(n))),
    );
    if (t >= TARGET_MS || n * 2 > maxN) break;
    n *= 2;
  }
  const smallText = input(n);
  const largeText = input(n * GROWTH);
  let small = Number.POSITIVE_INFINITY;
  let large = Number.POSITIVE_INFINITY;
  const ratio = () => large / Math.max(small, FLOOR_MS);
  for (let round = 0; round < ROUNDS + EXTRA_ROUNDS; round++) {
    if (round >= ROUNDS) {
      // A suspicious ratio is measured again, spread out in time: another process's burst
      // slows some runs, a quadratic pattern slows them all.
      if (ratio() <= MAX_RATIO / 2 || large > 1_500) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    small = Math.min(
      small,
      timeOf(() => entry(smallText)),
    );
    large = Math.min(
      large,
      timeOf(() => entry(largeText)),
    );
  }
  return { n, small, large, ratio: ratio() };
}

async function expectLinear(entry: (s: string) => unknown, input: (n: number) => string, maxN: number): Promise<void> {
  const g = await growth(entry, input, maxN);
  const summary = `n=${g.n}: ${g.small.toFixed(2)} ms, 8n: ${g.large.toFixed(2)} ms (×${g.ratio.toFixed(1)})`;
  if (process.env.LINEAR_TIME_LOG) console.log(`${expect.getState().currentTestName}: ${summary}`);
  expect(g.ratio, summary).toBeLessThanOrEqual(MAX_RATIO);
}

const each = (inputs: Record<string, (n: number) => string>, names?: string[]) => Object.entries(inputs).filter(([name]) => !names || names.includes(name));

/** Every cue function on one text, as the extractors call them. */
function allCues(s: string): void {
  jobCueScore(s);
  looksLikeJobAd(s);
  lineHasJobCue(s);
  findSalaryLine(s.replace(/ {2}/g, '\n'));
  fillLabelledFields({}, s);
  pageMayHaveJobs(s);
}

describe('extract/cues.ts runs in linear time', () => {
  // jobCueScore reads at most 8000 characters: its growth shows up to there.
  it.each(each(TEXT_INPUTS))('the cue functions on %s', (_, input) => expectLinear(allCues, input, 1_000));
  // The page pre-check reads up to 2M characters, in pieces of 10,000.
  it.each(each(TEXT_INPUTS, ['a digit run', 'numbers with spaces', 'numbers with commas', 'ranges of grouped numbers', '"$1,"', "'a'", '"staff" and spaces']))(
    'pageMayHaveJobs on a long page of %s',
    (_, input) => expectLinear(pageMayHaveJobs, input, MAX_N),
  );
});

describe('extract/job-gate.ts runs in linear time', () => {
  // The gate runs the cues and the detectors on every post-like block of a feed.
  it.each(each(DETECT_INPUTS))('isJobPost on %s', (_, input) => expectLinear(isJobPost, input, MAX_N));
});

describe('extract/text.ts runs in linear time', () => {
  const textInputs = ['a digit run', 'numbers with commas', 'spaces', 'tabs and newlines', "'a'", 'spaced letters', 'emoji', 'CJK', 'combining marks'];
  it.each([...each(TEXT_INPUTS, textInputs), ...each(HTML_INPUTS)])('tidyText, oneLine, compareKey and decodeEntities on %s', (_, input) =>
    expectLinear(
      (s) => {
        tidyText(s, 1e7);
        oneLine(s, 1e7);
        compareKey(s);
        decodeEntities(s);
      },
      input,
      MAX_N,
    ),
  );
  // htmlToText without a DOMParser (as under Trusted Types) falls back to stripHtml.
  it.each(each(HTML_INPUTS))('stripHtml and htmlToText on %s', (_, input) =>
    expectLinear(
      (s) => {
        stripHtml(s, 1e7);
        htmlToText(s);
      },
      input,
      MAX_N,
    ),
  );
  it.each(each(URL_INPUTS))('URL clean-up on %s', (_, input) =>
    expectLinear(
      (s) => {
        s.replace(TRAILING_SLASHES, '');
        cutFromFirst(s, '#');
        cutFromFirst(s, '?');
        kindFromName(s);
      },
      input,
      MAX_N,
    ),
  );
});

describe('extracting a saved page runs in linear time', () => {
  it.each(each(PAGE_INPUTS))('extractPostings on %s', (_, input) => expectLinear((html) => extractPostings(parseHtml(html)), input, MAX_N));
});

describe('detect runs in linear time', () => {
  const detectInputs = [
    'a digit run',
    'numbers with spaces',
    '"$1,"',
    'ranges of grouped numbers',
    'tabs and newlines',
    'spaced letters',
    'combining marks',
    'CJK',
    'a dense lure',
    'a spaced-out lure',
  ];
  // The engine's own path (read-only use). Detectors read at most 100,000 characters
  // (MAX_SIGNAL_TEXT). No src/detect pattern was superlinear on these texts when this was written.
  it.each(each(DETECT_INPUTS, detectInputs))('analyseText on %s', (_, input) =>
    expectLinear((s) => analyseText(normaliseText(s), MODEL_META.signalIds, MODEL_META.featureConfig), input, 2_048),
  );
});

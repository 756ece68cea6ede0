/**
 * The OCR models the extension and the CLI read images with: Tesseract LSTM "fast" models
 * (tessdata_fast, integer LSTM) from Debian's tesseract-ocr-<lang> packages (Apache-2.0). The
 * build copies them into the extension (scripts/tessdata.ts); the CLI reads Debian's own copy.
 * Pure data and rules, no I/O.
 */

/** The scripts an image can be written in, as far as choosing a model goes. */
export type OcrScript =
  | 'latin'
  | 'han-simplified'
  | 'han-traditional'
  | 'japanese'
  | 'korean'
  | 'thai'
  | 'khmer'
  | 'myanmar'
  | 'lao'
  | 'devanagari'
  | 'bengali'
  | 'sinhala'
  | 'cyrillic';

export interface OcrModel {
  /** Tesseract's language code: the file is `<code>.traineddata`, the Debian package tesseract-ocr-<code with - for _>. */
  code: string;
  script: OcrScript;
  /** BCP 47 primary language tags (and region-qualified tags) this model reads. */
  langs: readonly string[];
}

/** Every shipped model. Order matters only for display. */
export const OCR_MODELS: readonly OcrModel[] = [
  { code: 'eng', script: 'latin', langs: ['en'] },
  { code: 'vie', script: 'latin', langs: ['vi'] },
  { code: 'ind', script: 'latin', langs: ['id'] },
  { code: 'msa', script: 'latin', langs: ['ms'] },
  { code: 'fil', script: 'latin', langs: ['fil', 'tl'] },
  { code: 'spa', script: 'latin', langs: ['es'] },
  { code: 'por', script: 'latin', langs: ['pt'] },
  { code: 'swa', script: 'latin', langs: ['sw'] },
  { code: 'chi_sim', script: 'han-simplified', langs: ['zh', 'zh-cn', 'zh-sg', 'zh-hans'] },
  { code: 'chi_tra', script: 'han-traditional', langs: ['zh-tw', 'zh-hk', 'zh-mo', 'zh-hant'] },
  { code: 'jpn', script: 'japanese', langs: ['ja'] },
  { code: 'kor', script: 'korean', langs: ['ko'] },
  { code: 'tha', script: 'thai', langs: ['th'] },
  { code: 'khm', script: 'khmer', langs: ['km'] },
  { code: 'mya', script: 'myanmar', langs: ['my'] },
  { code: 'lao', script: 'lao', langs: ['lo'] },
  { code: 'hin', script: 'devanagari', langs: ['hi', 'mr'] },
  { code: 'nep', script: 'devanagari', langs: ['ne'] },
  { code: 'ben', script: 'bengali', langs: ['bn'] },
  { code: 'sin', script: 'sinhala', langs: ['si'] },
  { code: 'rus', script: 'cyrillic', langs: ['ru', 'uk', 'be', 'kk', 'ky', 'bg'] },
];

export const OCR_MODEL_CODES: readonly string[] = OCR_MODELS.map((m) => m.code);

/**
 * Models whose word list (`lstm-word-dawg`) the build leaves out. Lao's is 6.1 of its 6.4 MB and
 * Burmese's 3.1 of 4.6 MB; both scripts are written without spaces between words, where the word
 * list helps least. Keeps the store zip under 30 MB with every script on board.
 */
export const DROP_WORD_LIST: readonly string[] = ['lao', 'mya'];

/** The one model that represents each script when an image's script is unknown (Vietnamese reads all Latin letters with their diacritics). */
export const SCRIPT_PROBES: Readonly<Record<OcrScript, string>> = {
  latin: 'vie',
  'han-simplified': 'chi_sim',
  'han-traditional': 'chi_tra',
  japanese: 'jpn',
  korean: 'kor',
  thai: 'tha',
  khmer: 'khm',
  myanmar: 'mya',
  lao: 'lao',
  devanagari: 'hin',
  bengali: 'ben',
  sinhala: 'sin',
  cyrillic: 'rus',
};

export function modelByCode(code: string): OcrModel | undefined {
  return OCR_MODELS.find((m) => m.code === code);
}

/** The model for one BCP 47 tag ('vi', 'zh-TW', 'pt_BR'), or undefined. Region-qualified entries win over the bare language. */
export function modelForLang(tag: string): OcrModel | undefined {
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!t) return undefined;
  const parts = t.split('-');
  const lang = parts[0] ?? '';
  for (let n = parts.length; n >= 2; n--) {
    const prefix = parts.slice(0, n).join('-');
    const m = OCR_MODELS.find((x) => x.langs.includes(prefix));
    if (m) return m;
  }
  return OCR_MODELS.find((x) => x.langs.includes(lang));
}

/** At most this many models in one recognition pass: each one adds its full cost to every word. */
export const MAX_MODELS_PER_PASS = 3;

/**
 * The models of the first pass: English (the lingua franca of these ads, and their numbers and
 * handles), then one model per hinted language (the UI language, the page's language, the
 * user's chosen models), without repeats, at most MAX_MODELS_PER_PASS.
 */
export function firstPassModels(hints: readonly string[]): string[] {
  const out = ['eng'];
  for (const h of hints) {
    const m = modelForLang(h) ?? modelByCode(h);
    if (m && !out.includes(m.code)) out.push(m.code);
  }
  return out.slice(0, MAX_MODELS_PER_PASS);
}

/**
 * Scripts not probed when the pass already has the key script (a hint): Thai's model reads Lao
 * images with high confidence and Thai letters, wins the probe and joins the second pass, which
 * then reads a Lao flyer worse than the hinted Lao model alone (character accuracy 43 % against
 * 72 % on the Lao images of `npm run eval:ocr -- --hint`). The other way round it never wins.
 */
const LOOK_ALIKE_PROBES: Partial<Record<OcrScript, readonly OcrScript[]>> = { lao: ['thai'] };

/** The scripts not yet covered by `models`, as probe models, in SCRIPT_PROBES order. */
export function probeModels(models: readonly string[]): string[] {
  const covered = new Set(models.map((c) => modelByCode(c)?.script).filter((s): s is OcrScript => Boolean(s)));
  const skipped = new Set([...covered].flatMap((s) => LOOK_ALIKE_PROBES[s] ?? []));
  // Latin is covered by any Latin model; every other script by its own model.
  return (Object.entries(SCRIPT_PROBES) as [OcrScript, string][]).filter(([s]) => !covered.has(s) && !skipped.has(s)).map(([, code]) => code);
}

/** The letters each script's models write (Japanese: kanji and kana; Korean: Hangul and the hanja it may mix in). */
const SCRIPT_LETTERS: Readonly<Record<OcrScript, RegExp>> = {
  latin: /\p{Script=Latin}/u,
  'han-simplified': /\p{Script=Han}/u,
  'han-traditional': /\p{Script=Han}/u,
  japanese: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  korean: /[\p{Script=Hangul}\p{Script=Han}]/u,
  thai: /\p{Script=Thai}/u,
  khmer: /\p{Script=Khmer}/u,
  myanmar: /\p{Script=Myanmar}/u,
  lao: /\p{Script=Lao}/u,
  devanagari: /\p{Script=Devanagari}/u,
  bengali: /\p{Script=Bengali}/u,
  sinhala: /\p{Script=Sinhala}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
};

/**
 * The share of the letters in `text` written in the scripts of `models` (0 with no letters). A
 * model reading a script it does not know writes letters of its own script, often with high
 * confidence; this tells that apart from a real reading.
 */
export function scriptShare(text: string, models: readonly string[]): number {
  const tests = [...new Set(models.map((c) => modelByCode(c)?.script).filter((x): x is OcrScript => Boolean(x)))].map((s) => SCRIPT_LETTERS[s]);
  let letters = 0;
  let own = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (tests.some((re) => re.test(ch))) own++;
  }
  return letters ? own / letters : 0;
}

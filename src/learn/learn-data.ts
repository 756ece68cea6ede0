// Schema check for the Learn page's content files (examples and lure/genuine pairs).
// Pure: takes parsed JSON, returns a list of human-readable problems (empty = valid),
// so a broken NGO contribution fails CI with a message saying what to fix.

export const LEARN_LANGUAGES = ['en', 'zh', 'vi', 'id', 'th', 'fil', 'ms', 'km', 'my'] as const;
export type LearnLanguage = (typeof LEARN_LANGUAGES)[number];

export interface LearnExample {
  id: string;
  lang: LearnLanguage;
  kind: 'lure' | 'genuine';
  title: string;
  text: string;
  /** Honest provenance, e.g. "Composite written by the project after the pattern described in <report>". */
  source: string;
  sourceUrls: string[];
  notes: string[];
}

export interface LearnPair {
  lure: string;
  genuine: string;
}

export interface LearnData {
  examples: LearnExample[];
  pairs: LearnPair[];
}

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function validateLearnData(data: unknown): string[] {
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null) return ['data must be an object'];
  const { examples, pairs } = data as Record<string, unknown>;
  if (!Array.isArray(examples)) return ['"examples" must be an array'];
  if (!Array.isArray(pairs)) problems.push('"pairs" must be an array');

  const kinds = new Map<string, string>();
  examples.forEach((ex: unknown, i) => {
    const where = `examples[${i}]`;
    if (typeof ex !== 'object' || ex === null) {
      problems.push(`${where} must be an object`);
      return;
    }
    const e = ex as Record<string, unknown>;
    for (const field of ['id', 'title', 'text', 'source'] as const) {
      if (!isNonEmptyString(e[field])) problems.push(`${where}.${field} is required (non-empty string)`);
    }
    const id = isNonEmptyString(e.id) ? e.id : `#${i}`;
    if (isNonEmptyString(e.id)) {
      if (kinds.has(e.id)) problems.push(`${where}.id "${e.id}" is not unique`);
    }
    if (!LEARN_LANGUAGES.includes(e.lang as LearnLanguage)) {
      problems.push(`${where} (${id}).lang "${String(e.lang)}" is not one of ${LEARN_LANGUAGES.join(', ')}`);
    }
    if (e.kind !== 'lure' && e.kind !== 'genuine') problems.push(`${where} (${id}).kind must be "lure" or "genuine"`);
    if (!Array.isArray(e.sourceUrls) || e.sourceUrls.length === 0 || !e.sourceUrls.every((u) => isNonEmptyString(u) && /^https?:\/\//.test(u))) {
      problems.push(`${where} (${id}).sourceUrls must be a non-empty list of http(s) URLs`);
    }
    if (!Array.isArray(e.notes) || e.notes.length === 0 || !e.notes.every(isNonEmptyString)) {
      problems.push(`${where} (${id}).notes must be a non-empty list of strings`);
    }
    if (isNonEmptyString(e.id) && !kinds.has(e.id)) kinds.set(e.id, String(e.kind));
  });

  if (Array.isArray(pairs)) {
    pairs.forEach((p: unknown, i) => {
      const where = `pairs[${i}]`;
      const pair = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
      for (const side of ['lure', 'genuine'] as const) {
        const ref = pair[side];
        if (!isNonEmptyString(ref)) problems.push(`${where}.${side} is required`);
        else if (!kinds.has(ref)) problems.push(`${where}.${side} refers to unknown example "${ref}"`);
        else if (kinds.get(ref) !== side) problems.push(`${where}.${side} "${ref}" is a ${kinds.get(ref)} example`);
      }
    });
  }
  return problems;
}

export interface QuizQuestion {
  id: string;
  lang: LearnLanguage;
  /** The ad shown to the trainee. */
  text: string;
  answer: 'lure' | 'genuine';
  /** Why, shown after answering (the language of the content file's author). */
  explanation: string;
  sourceUrls: string[];
}

export interface QuizData {
  questions: QuizQuestion[];
}

const isUrlList = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every((u) => isNonEmptyString(u) && /^https?:\/\//.test(u));

/** Problems in quiz.json (empty = valid). */
export function validateQuizData(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return ['quiz data must be an object'];
  const { questions } = data as Record<string, unknown>;
  if (!Array.isArray(questions) || questions.length === 0) return ['"questions" must be a non-empty array'];
  const problems: string[] = [];
  const ids = new Set<string>();
  questions.forEach((q: unknown, i) => {
    const where = `questions[${i}]`;
    if (typeof q !== 'object' || q === null) {
      problems.push(`${where} must be an object`);
      return;
    }
    const e = q as Record<string, unknown>;
    for (const field of ['id', 'text', 'explanation'] as const) {
      if (!isNonEmptyString(e[field])) problems.push(`${where}.${field} is required (non-empty string)`);
    }
    if (isNonEmptyString(e.id)) {
      if (ids.has(e.id)) problems.push(`${where}.id "${e.id}" is not unique`);
      ids.add(e.id);
    }
    if (!LEARN_LANGUAGES.includes(e.lang as LearnLanguage)) problems.push(`${where}.lang "${String(e.lang)}" is not one of ${LEARN_LANGUAGES.join(', ')}`);
    if (e.answer !== 'lure' && e.answer !== 'genuine') problems.push(`${where}.answer must be "lure" or "genuine"`);
    if (!isUrlList(e.sourceUrls)) problems.push(`${where}.sourceUrls must be a non-empty list of http(s) URLs`);
  });
  return problems;
}

export interface WarningSign {
  /** A red-flag signal id of the detector (its label is shown in the UI language). */
  signal: string;
  /** By UI language code (`en`, `vi`, `zh_CN`…); `en` is required and is the fallback. */
  explanation: Record<string, string>;
  sourceUrls: string[];
}

/** Problems in signs.json (empty = valid); `signalIds` are the detector's known ids. */
export function validateSigns(data: unknown, signalIds: readonly string[]): string[] {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as Record<string, unknown>).signs)) return ['"signs" must be an array'];
  const problems: string[] = [];
  const seen = new Set<string>();
  (data as { signs: unknown[] }).signs.forEach((s: unknown, i) => {
    const e = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    const where = `signs[${i}]`;
    if (!isNonEmptyString(e.signal) || !signalIds.includes(e.signal))
      problems.push(`${where}.signal "${String(e.signal)}" is not a detector signal id (${signalIds.join(', ')})`);
    else if (seen.has(e.signal)) problems.push(`${where}.signal "${e.signal}" is listed twice`);
    else seen.add(e.signal);
    const ex = e.explanation as Record<string, unknown> | undefined;
    if (typeof ex !== 'object' || ex === null || !isNonEmptyString(ex.en) || !Object.values(ex).every(isNonEmptyString))
      problems.push(`${where}.explanation must map languages to text and include "en"`);
    if (!isUrlList(e.sourceUrls)) problems.push(`${where}.sourceUrls must be a non-empty list of http(s) URLs`);
  });
  return problems;
}

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
    if (
      !Array.isArray(e.sourceUrls) ||
      e.sourceUrls.length === 0 ||
      !e.sourceUrls.every((u) => isNonEmptyString(u) && /^https?:\/\//.test(u))
    ) {
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

// Schema check for the help channels (assets/help/channels.json): where a reader can report an
// ad or get help, per country. Pure: takes parsed JSON, returns human-readable problems (empty =
// valid), so a broken NGO contribution fails CI saying what to fix. See assets/help/README.md.

/** Countries the help data must cover (issue 17): source, transit and scam-hub countries. */
export const REQUIRED_HELP_COUNTRIES = [
  'PH',
  'TH',
  'KH',
  'MM',
  'LA',
  'VN',
  'ID',
  'MY',
  'SG',
  'CN',
  'TW',
  'HK',
  'JP',
  'KR',
  'IN',
  'BD',
  'NP',
  'LK',
  'KE',
  'UG',
  'ET',
  'BR',
] as const;

/** What a channel is for; each has a label in the UI languages (message `helpPurpose_<id>`). */
export const HELP_PURPOSES = ['report_scam', 'verify_job', 'held_abroad', 'trafficking', 'migrant_helpline', 'emergency'] as const;
export type HelpPurpose = (typeof HELP_PURPOSES)[number];

/** Who published the page cited as `source`. */
export const SOURCE_KINDS = ['government', 'ngo', 'institution', 'news', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface HelpChannel {
  /** Unique, lower-case: "<country>-<name>", e.g. "ph-iarc-1326". */
  id: string;
  name: string;
  purposes: HelpPurpose[];
  /** As dialled, e.g. "1326", "+84 981 848 484", "#9110". */
  phones?: string[];
  /** An app and where to find the feature. */
  app?: string;
  web?: string;
  /** BCP 47 language codes the channel answers in, when the source says. */
  languages?: string[];
  hours?: string;
  notes?: string;
  /** Only for this country's citizens in that country (e.g. an embassy line in Cambodia). */
  abroadIn?: string;
  /** The page that gives this contact (http/https). */
  source: string;
  sourceKind: SourceKind;
  /** Other pages backing details in `notes`. */
  otherSources?: string[];
  /** When the source was last read, YYYY-MM-DD. */
  checked: string;
}

export interface HelpCountry {
  /** ISO 3166-1 alpha-2. */
  country: string;
  channels: HelpChannel[];
  /** Required when `channels` is empty: says plainly that no channel could be sourced yet. */
  noSourcedChannel?: string;
  /** When the country was last researched (required with `noSourcedChannel`). */
  checked?: string;
}

export interface HelpData {
  countries: HelpCountry[];
}

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isHttpUrl = (v: unknown): v is string => {
  if (!isNonEmptyString(v) || !/^https?:\/\//.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
};
const COUNTRY_CODE = /^[A-Z]{2}$/;
/** Digits with the separators people write: spaces, dashes, dots, brackets; a leading + or #. */
const PHONE = /^[+#]?[0-9][0-9 ().-]*[0-9]$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `code` is an assigned ISO 3166-1 region (Intl knows its name). */
function isRegion(code: string): boolean {
  if (!COUNTRY_CODE.test(code)) return false;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
    return Boolean(name);
  } catch {
    return false;
  }
}

function dateProblem(v: unknown, today: string): string | null {
  if (!isNonEmptyString(v) || !DATE.test(v)) return 'must be a date YYYY-MM-DD';
  const d = new Date(`${v}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) return `"${v}" is not a real date`;
  if (v > today) return `"${v}" is in the future`;
  return null;
}

function phoneProblem(p: unknown): string | null {
  if (!isNonEmptyString(p) || !PHONE.test(p.trim())) return `"${String(p)}" is not a phone number (digits, spaces, - . ( ), a leading + or #)`;
  const digits = p.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return `"${p}" has ${digits.length} digits (3 to 15 expected)`;
  return null;
}

/** Problems in channels.json (empty = valid). `today` (YYYY-MM-DD) bounds the checked dates. */
export function validateHelpData(data: unknown, today = new Date().toISOString().slice(0, 10)): string[] {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as Record<string, unknown>).countries)) return ['"countries" must be an array'];
  const problems: string[] = [];
  const seenCountries = new Set<string>();
  const seenIds = new Set<string>();
  (data as { countries: unknown[] }).countries.forEach((c: unknown, i) => {
    const e = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
    const code = String(e.country);
    const where = `countries[${i}] (${code})`;
    if (!isRegion(code)) problems.push(`${where}.country "${code}" is not an ISO 3166-1 alpha-2 country code`);
    else if (seenCountries.has(code)) problems.push(`${where}.country "${code}" is listed twice`);
    else seenCountries.add(code);
    if (!Array.isArray(e.channels)) {
      problems.push(`${where}.channels must be an array (empty when no channel could be sourced)`);
      return;
    }
    if (e.channels.length === 0) {
      if (!isNonEmptyString(e.noSourcedChannel)) problems.push(`${where} has no channels: say so in "noSourcedChannel" rather than leave it blank`);
      const dp = dateProblem(e.checked, today);
      if (dp) problems.push(`${where}.checked ${dp}`);
    } else if (e.noSourcedChannel !== undefined) {
      problems.push(`${where} has channels and "noSourcedChannel": remove one`);
    }
    e.channels.forEach((ch: unknown, j) => {
      const x = (typeof ch === 'object' && ch !== null ? ch : {}) as Record<string, unknown>;
      const id = isNonEmptyString(x.id) ? x.id : `#${j}`;
      const at = `${where}.channels[${j}] (${id})`;
      if (!isNonEmptyString(x.id) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(x.id)) problems.push(`${at}.id must be lower-case words joined by "-"`);
      else if (seenIds.has(x.id)) problems.push(`${at}.id is not unique`);
      else seenIds.add(x.id);
      if (!isNonEmptyString(x.name)) problems.push(`${at}.name is required`);
      if (!Array.isArray(x.purposes) || x.purposes.length === 0 || !x.purposes.every((p) => HELP_PURPOSES.includes(p as HelpPurpose)))
        problems.push(`${at}.purposes must be a non-empty list of ${HELP_PURPOSES.join(', ')}`);
      if (x.phones === undefined && x.app === undefined && x.web === undefined) problems.push(`${at} needs a phone, an app or a web address`);
      if (x.phones !== undefined) {
        if (!Array.isArray(x.phones) || x.phones.length === 0) problems.push(`${at}.phones must be a non-empty list`);
        else
          for (const p of x.phones) {
            const pp = phoneProblem(p);
            if (pp) problems.push(`${at}.phones: ${pp}`);
          }
      }
      if (x.app !== undefined && !isNonEmptyString(x.app)) problems.push(`${at}.app must be text`);
      if (x.web !== undefined && !isHttpUrl(x.web)) problems.push(`${at}.web must be an http(s) URL`);
      if (
        x.languages !== undefined &&
        (!Array.isArray(x.languages) || x.languages.length === 0 || !x.languages.every((l) => typeof l === 'string' && LANGUAGE.test(l)))
      )
        problems.push(`${at}.languages must be a non-empty list of language codes (en, vi, zh-Hant…)`);
      for (const f of ['hours', 'notes'] as const) if (x[f] !== undefined && !isNonEmptyString(x[f])) problems.push(`${at}.${f} must be text`);
      if (x.abroadIn !== undefined && (!isRegion(String(x.abroadIn)) || x.abroadIn === code)) problems.push(`${at}.abroadIn must be another country's code`);
      if (!isHttpUrl(x.source)) problems.push(`${at}.source is required: the http(s) address of the official or NGO page that gives this contact`);
      if (!SOURCE_KINDS.includes(x.sourceKind as SourceKind)) problems.push(`${at}.sourceKind must be one of ${SOURCE_KINDS.join(', ')}`);
      if (x.otherSources !== undefined && (!Array.isArray(x.otherSources) || !x.otherSources.every(isHttpUrl)))
        problems.push(`${at}.otherSources must be http(s) URLs`);
      const dp = dateProblem(x.checked, today);
      if (dp) problems.push(`${at}.checked is required and ${dp}`);
    });
  });
  return problems;
}

/** The required countries missing from the data. */
export function missingCountries(data: HelpData, required: readonly string[] = REQUIRED_HELP_COUNTRIES): string[] {
  const have = new Set(data.countries.map((c) => c.country));
  return required.filter((c) => !have.has(c));
}

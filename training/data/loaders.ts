/**
 * One loader per corpus under ../shared/data (see each PROVENANCE.md). Every loader returns
 * cleaned rows `{ id, source, lang, label, text, title?, synthetic, jobAd }` where `text` is
 * exactly what the runtime scores: postingText({ title, company, location, salary, text }).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { postingText } from '../../src/detect/posting-text.ts';
import { cleanField } from './clean.ts';
import { detectLang } from './lang.ts';
import type { Row } from './types.ts';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../shared/data', import.meta.url));

/** The shared data directory; throws when it is missing (tests must not silently skip). */
export function dataDir(): string {
  const dir = process.env.SJR_DATA_DIR ?? DEFAULT_DATA_DIR;
  if (!existsSync(dir)) throw new Error('../shared/data is missing');
  return dir;
}

type Rec = Record<string, string>;

function readCsv(path: string, delimiter = ','): Rec[] {
  const raw = readFileSync(path, 'utf8');
  return parse(raw, {
    columns: true,
    bom: true,
    delimiter,
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
  }) as Rec[];
}

/** Non-empty cells of a flattened list column `name[0]`, `name[1]`, … in index order. */
function listCells(r: Rec, name: string): string[] {
  const out: Array<[number, string]> = [];
  const prefix = `${name}[`;
  for (const [k, v] of Object.entries(r)) {
    if (k.startsWith(prefix) && k.endsWith(']') && v?.trim()) {
      const i = Number(k.slice(prefix.length, -1));
      if (Number.isInteger(i)) out.push([i, v]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

interface Parts {
  title?: string | undefined;
  company?: string | undefined;
  location?: string | undefined;
  salary?: string | undefined;
  body: Array<string | undefined>;
}

function makeRow(source: string, localId: string, label: 0 | 1, p: Parts, opts: { synthetic?: boolean; jobAd: boolean; weight?: number }): Row | null {
  const title = cleanField(p.title);
  const text = postingText({
    title,
    company: cleanField(p.company),
    location: cleanField(p.location),
    salary: cleanField(p.salary),
    text: p.body
      .map((b) => cleanField(b))
      .filter(Boolean)
      .join('\n'),
  });
  if (!text.trim()) return null;
  const row: Row = { id: `${source}:${localId}`, source, lang: detectLang(text), label, text, synthetic: opts.synthetic ?? false, jobAd: opts.jobAd };
  if (title) row.title = title;
  if (opts.weight !== undefined) row.weight = opts.weight;
  return row;
}

function compact<T>(xs: Array<T | null>): T[] {
  return xs.filter((x): x is T => x !== null);
}

// ---------------------------------------------------------------------------------------------

/** EMSCAD fraudulent half: 866 English ads, all positives. */
export function loadEmscad(dir = dataDir()): Row[] {
  const recs = readCsv(join(dir, 'emscad_fraudulent_866', 'fraudulent_jobs.csv'));
  return compact(
    recs.map((r, i) =>
      r.fraudulent === 't'
        ? makeRow(
            'emscad_fraudulent_866',
            String(i),
            1,
            {
              title: r.title,
              location: (r.location ?? '')
                .replace(/(^|,)\s*(?=,|$)/g, '$1')
                .replace(/,+/g, ', ')
                .replace(/^,\s*|,\s*$/g, ''),
              salary: r.salary_range,
              body: [r.company_profile, r.description, r.requirements, r.benefits],
            },
            { jobAd: true },
          )
        : null,
    ),
  );
}

/** Glassdoor US data-science ads (negatives). */
export function loadGlassdoor(dir = dataDir()): Row[] {
  const recs = readCsv(join(dir, 'glassdoor_ds_us_2020', 'glassdoor_jobs.csv'));
  return compact(
    recs.map((r, i) =>
      makeRow(
        'glassdoor_ds_us_2020',
        String(i),
        0,
        {
          title: r['Job Title'],
          company: (r['Company Name'] ?? '').replace(/\n[\d.]+\s*$/, ''),
          location: r.Location,
          salary: r['Salary Estimate'] === '-1' ? '' : r['Salary Estimate'],
          body: [r['Job Description']],
        },
        { jobAd: true },
      ),
    ),
  );
}

/** Indonesian JobStreet (alterra), jobs_jobstreet_prep.csv; clean.csv is a subset and skipped. */
export function loadIdJobstreetAlterra(dir = dataDir()): Row[] {
  const recs = readCsv(join(dir, 'id_jobstreet_2024_alterra', 'jobs_jobstreet_prep.csv'));
  return compact(
    recs.map((r, i) =>
      makeRow(
        'id_jobstreet_2024_alterra',
        r['Job ID'] || String(i),
        0,
        {
          title: r['Job Title'],
          company: r['Company Name'],
          location: r.Location,
          salary: r.Salary,
          body: [r['Job Description'], r.Facility ? `Fasilitas: ${r.Facility}` : ''],
        },
        { jobAd: true },
      ),
    ),
  );
}

/** Indonesian LinkedIn + JobStreet (hck022): job_data.csv + jobstreet.csv (overlap removed by dedup). */
export function loadIdHck022(dir = dataDir()): Row[] {
  const base = join(dir, 'id_linkedin_jobstreet_2024_hck022');
  const a = readCsv(join(base, 'job_data.csv')).map((r, i) =>
    makeRow(
      'id_linkedin_jobstreet_2024_hck022',
      `jd${i}`,
      0,
      { title: r.job_title, company: r.company_name, location: r.location, body: [r.job_description] },
      { jobAd: true },
    ),
  );
  const b = readCsv(join(base, 'jobstreet.csv')).map((r, i) =>
    makeRow(
      'id_linkedin_jobstreet_2024_hck022',
      `js${i}`,
      0,
      { title: r['Job Title'], company: r.Company, location: r.Location, body: [r['Job Description']] },
      { jobAd: true },
    ),
  );
  return compact([...a, ...b]);
}

/** JobStreet MY/SG/ID data-science ads; de-duplicated on url. */
export function loadMySgId(dir = dataDir()): Row[] {
  const recs = readCsv(join(dir, 'my_sg_id_jobstreet_ds_2025', 'jobstreet_data.csv'));
  const seen = new Set<string>();
  const out: Array<Row | null> = [];
  recs.forEach((r, i) => {
    const url = (r.url ?? '').split('?')[0] ?? '';
    if (url && seen.has(url)) return;
    seen.add(url);
    out.push(
      makeRow('my_sg_id_jobstreet_ds_2025', String(i), 0, { title: r.title, company: r.company, location: r.location, body: [r.description] }, { jobAd: true }),
    );
  });
  return compact(out);
}

/** ORFD 58.com (Chinese): label real → 0, fake → 1; disputed and unlabeled dropped. */
export function loadOrfd(dir = dataDir()): Row[] {
  const recs = readCsv(join(dir, 'orfd_58com_zh', 'orfd_58com_labeled.csv'));
  const us = (s: string | undefined) => (s ?? '').replace(/_/g, ' ');
  return compact(
    recs.map((r, i) => {
      const label = r.label === 'fake' ? 1 : r.label === 'real' ? 0 : null;
      if (label === null) return null;
      return makeRow(
        'orfd_58com_zh',
        `${r.Job_ID || i}`,
        label,
        {
          title: r.jobTitle,
          company: r.companyName,
          location: us(r.jobAddr),
          salary: r.jobSalary,
          body: [r.jobSubTitle, us(r.jobWelfare), us(r.jobRequirement), r.jobDescription],
        },
        { jobAd: true },
      );
    }),
  );
}

/** Philippine job boards (JobStreet, LinkedIn, Kalibrr): every csv, de-duplicated on title+company+desc prefix. */
export function loadPhJobs(dir = dataDir()): Row[] {
  const base = join(dir, 'ph_jobstreet_linkedin_kalibrr_2025');
  const files = [
    ...['job_listings.csv', 'jobstreet.csv', 'kalibrr.csv', 'linkedin.csv', 'foundit.csv'].map((f) => join(base, f)),
    ...readdirSync(join(base, 'job_outputs'))
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => join(base, 'job_outputs', f)),
  ];
  const seen = new Set<string>();
  const out: Array<Row | null> = [];
  for (const f of files) {
    if (!existsSync(f)) continue;
    for (const r of readCsv(f)) {
      const desc = r.job_desc ?? '';
      const key = `${(r.title ?? '').toLowerCase()}|${(r.company ?? '').toLowerCase()}|${cleanField(desc).slice(0, 200)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        makeRow(
          'ph_jobstreet_linkedin_kalibrr_2025',
          String(seen.size),
          0,
          { title: r.title, company: r.company, location: r.location, body: [desc] },
          { jobAd: true },
        ),
      );
    }
  }
  return compact(out);
}

/** Job / task-scam wording in SMS (English, Tagalog, Taglish). */
export const SMS_JOB_RE =
  /\b(jobs?|hiring|part[- ]?time|salary|sahod|su[wv]eld[o0]|trabaho|work(ing)? (from|at) home|work abroad|vacanc(y|ies)|recruit\w*|interview|promoter|tasks?|make money|earn \S+ (per|a|every) (day|hour))\b/i;
/** Casino / betting / adult promos that happen to say "daily" or "per day": not job lures. */
export const SMS_NOT_JOB_RE = /\b(bet|bonus|deposit\w*|depos|recharge|slots?|jackpot|porn|tumaya|casino|sss|red envelope|pulang sobre)\b|\d+bet|bet\d+/i;

export function isSmsJobLure(t: string): boolean {
  return SMS_JOB_RE.test(t) && !SMS_NOT_JOB_RE.test(t);
}

/**
 * PH scam-SMS reports: `select.csv` rows of type "work" with a real message (≥ 30 chars,
 * ≥ 5 words) are job-scam positives; `SPAM_SMS.csv` rows with job/task wording too.
 * Other scam types are not job lures and are left out.
 */
export function loadPhScamSms(dir = dataDir()): Row[] {
  const base = join(dir, 'ph_scam_sms_reports');
  const out: Array<Row | null> = [];
  const okText = (t: string) => t.length >= 30 && (t.match(/\p{L}+/gu) ?? []).length >= 5;
  for (const r of readCsv(join(base, 'select.csv'))) {
    const t = cleanField(r.proof);
    if ((r.type ?? '').trim().toLowerCase() === 'work' && okText(t)) {
      out.push(makeRow('ph_scam_sms_reports', `sel${r.id}`, 1, { body: [t] }, { jobAd: false }));
    }
  }
  readCsv(join(base, 'SPAM_SMS.csv')).forEach((r, i) => {
    const t = cleanField(r.text);
    if (okText(t) && isSmsJobLure(t)) out.push(makeRow('ph_scam_sms_reports', `spam${r._id || i}`, 1, { body: [t] }, { jobAd: false }));
  });
  return compact(out);
}

/** Fixed openings/phrases of the ~190 templated (machine-generated) rows in sms-data.csv. */
export const TEMPLATED_SMS_RE =
  /For more details, visit our website or contact us directly|contact us directly|visit our website|Earn money from home!|No experience needed\.|Limited spots available|Don't miss (out|this)|Act now|Sign up (now|today)|Click the link|Apply now!/i;

/**
 * UCI + PH SMS spam mix: spam rows with job/task wording → real positives; the templated rows
 * are dropped (synthetic, see PROVENANCE); other spam is not a job lure and is dropped; ham
 * (personal chat SMS) is kept as LOW-WEIGHT negatives (weight 0.25, jobAd false) so that short
 * informal text alone does not read as a lure. Ham is reported separately, never used for
 * the job-ad false-positive thresholds.
 */
export function loadSmsSpamMix(dir = dataDir()): Row[] {
  const recs = readCsv(join(dir, 'ph_sms_spam_uci_mixed', 'sms-data.csv'));
  const out: Array<Row | null> = [];
  recs.forEach((r, i) => {
    const t = cleanField(r.content);
    if (!t) return;
    if (r.label === 'spam') {
      if (TEMPLATED_SMS_RE.test(t)) return;
      if (isSmsJobLure(t)) out.push(makeRow('ph_sms_spam_uci_mixed', String(i), 1, { body: [t] }, { jobAd: false }));
    } else if (r.label === 'ham') {
      out.push(makeRow('ph_sms_spam_uci_mixed', String(i), 0, { body: [t] }, { jobAd: false, weight: 0.25 }));
    }
  });
  return compact(out);
}

/** JobThai (Thai): title, company, location, salary, benefits only (no body). */
export function loadThJobthai(dir = dataDir()): Row[] {
  const json = JSON.parse(readFileSync(join(dir, 'th_jobthai_2025', 'jobs.json'), 'utf8')) as { jobs: Array<Record<string, unknown>> };
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  return compact(
    json.jobs.map((j, i) =>
      makeRow(
        'th_jobthai_2025',
        s(j.id) || String(i),
        0,
        {
          title: s(j.title),
          company: s(j.company),
          location: s(j.location),
          salary: s(j.salary),
          body: [s(j.positions) ? `รับสมัคร ${s(j.positions)}` : '', s(j.benefits)],
        },
        { jobAd: true },
      ),
    ),
  );
}

/** Vietnamese boards: CareerViet, TopCV, VietnamWorks (flattened list columns concatenated). */
export function loadVnBoards(dir = dataDir()): Row[] {
  const base = join(dir, 'vn_careerviet_topcv_vietnamworks_2025');
  const src = 'vn_careerviet_topcv_vietnamworks_2025';
  const out: Array<Row | null> = [];
  readCsv(join(base, 'careerviet.csv')).forEach((r, i) => {
    out.push(
      makeRow(
        src,
        `cv${r._id || i}`,
        0,
        {
          title: r.title,
          company: r.company,
          location: listCells(r, 'location').join(', '),
          salary: r.salary,
          body: [
            listCells(r, 'job_description').join('\n'),
            listCells(r, 'job_requirement').join('\n'),
            listCells(r, 'other_info').join('\n'),
            listCells(r, 'benefits').join(', '),
          ],
        },
        { jobAd: true },
      ),
    );
  });
  readCsv(join(base, 'topcv.csv')).forEach((r, i) => {
    const desc = Object.entries(r)
      .filter(([k, v]) => k.startsWith('descriptions.') && v?.trim())
      .map(([k, v]) => `${k.slice('descriptions.'.length)}: ${v}`);
    out.push(
      makeRow(
        src,
        `tc${r._id || i}`,
        0,
        {
          title: r.title,
          company: r.company,
          location: r['location[1]'],
          salary: r['salary[1]'],
          body: desc,
        },
        { jobAd: true },
      ),
    );
  });
  readCsv(join(base, 'vietnamworks.csv')).forEach((r, i) => {
    out.push(
      makeRow(
        src,
        `vw${r._id || i}`,
        0,
        {
          title: r.job_title,
          company: r.company_name,
          location: listCells(r, 'working_locations').join(', '),
          salary: r.pretty_salary,
          body: [listCells(r, 'job_description').join('\n'), listCells(r, 'job_requirement').join('\n'), r.address],
        },
        { jobAd: true },
      ),
    );
  });
  return compact(out);
}

/** ITviec (Vietnam IT): requirements section only. */
export function loadVnItviec(dir = dataDir()): Row[] {
  const recs = readCsv(join(dir, 'vn_itviec_2025', 'clean_data.csv'));
  return compact(
    recs.map((r, i) =>
      makeRow(
        'vn_itviec_2025',
        String(i),
        0,
        {
          title: r.job_names,
          company: r.company_names,
          location: r.locate_names,
          salary: r.salaries === "You'll love it" ? '' : r.salaries,
          body: [r.exp_skills],
        },
        { jobAd: true },
      ),
    ),
  );
}

/** Wanted.co.kr (Korean), pipe-delimited, one file per job group. */
export function loadWantedKr(dir = dataDir()): Row[] {
  const base = join(dir, 'wanted_kr');
  const out: Array<Row | null> = [];
  const seen = new Set<string>();
  for (const f of readdirSync(base)
    .filter((x) => x.endsWith('.csv'))
    .sort()) {
    for (const r of readCsv(join(base, f), '|')) {
      const url = r.JOB_POSTING_URL ?? '';
      if (url && seen.has(url)) continue;
      seen.add(url);
      out.push(
        makeRow(
          'wanted_kr',
          `${f}:${r.ID || seen.size}`,
          0,
          {
            title: r.TITLE,
            company: r.COMPANY,
            location: r.WORKING_AREA,
            body: [r.GROUP_INTRO, r.MAINDUTIES, r.QUALIFICATION, r.PREFERENTIAL, r.BENEFITS],
          },
          { jobAd: true },
        ),
      );
    }
  }
  return compact(out);
}

export const LOADERS: Record<string, (dir?: string) => Row[]> = {
  emscad_fraudulent_866: loadEmscad,
  glassdoor_ds_us_2020: loadGlassdoor,
  id_jobstreet_2024_alterra: loadIdJobstreetAlterra,
  id_linkedin_jobstreet_2024_hck022: loadIdHck022,
  my_sg_id_jobstreet_ds_2025: loadMySgId,
  orfd_58com_zh: loadOrfd,
  ph_jobstreet_linkedin_kalibrr_2025: loadPhJobs,
  ph_scam_sms_reports: loadPhScamSms,
  ph_sms_spam_uci_mixed: loadSmsSpamMix,
  th_jobthai_2025: loadThJobthai,
  vn_careerviet_topcv_vietnamworks_2025: loadVnBoards,
  vn_itviec_2025: loadVnItviec,
  wanted_kr: loadWantedKr,
};

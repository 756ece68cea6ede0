/**
 * False-positive check on real, genuine job ads from ../shared/data (VN, PH, ID, TH, CN).
 * The strong signals (lure_bundle ≥ 0.75, tourist_visa_travel, high_pay ≥ 0.5) must stay rare.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { detectSignals } from './index.ts';
import { normaliseText } from '../normalise.ts';
import type { SignalHit } from '../../shared/types.ts';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const PER_SET = 400;

function need(path: string): string {
  if (!existsSync(DATA)) throw new Error(`../shared is missing (looked for ${DATA})`);
  const full = DATA + path;
  if (!existsSync(full)) throw new Error(`../shared is missing ${path}`);
  return full;
}

type Row = Record<string, string | undefined>;
function csv(path: string): Row[] {
  return parse(readFileSync(need(path)), {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    bom: true,
  }) as Row[];
}
const stripHtml = (h: string): string =>
  h
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const join = (...parts: Array<string | undefined>): string => parts.filter((p) => p?.trim()).join('\n');

function loadSets(): Record<string, string[]> {
  const sets: Record<string, string[]> = {};
  sets['vn_topcv'] = csv('vn_careerviet_topcv_vietnamworks_2025/topcv.csv')
    .slice(0, PER_SET)
    .map((r) =>
      join(
        ...Object.entries(r)
          .filter(([k]) => !/^(?:_id|source|crawl_at)$/.test(k))
          .map(([, v]) => v),
      ),
    );
  sets['ph_jobstreet_kalibrr'] = [
    ...csv('ph_jobstreet_linkedin_kalibrr_2025/jobstreet.csv'),
    ...csv('ph_jobstreet_linkedin_kalibrr_2025/kalibrr.csv'),
    ...csv('ph_jobstreet_linkedin_kalibrr_2025/linkedin.csv'),
    ...csv('ph_jobstreet_linkedin_kalibrr_2025/job_listings.csv'),
  ]
    .slice(0, PER_SET)
    .map((r) => join(r['title'], r['company'], r['location'], stripHtml(r['job_desc'] ?? '')));
  sets['id_jobstreet'] = csv('id_jobstreet_2024_alterra/clean.csv')
    .slice(0, PER_SET)
    .map((r) => join(r['Job Title'], r['Company Name'], r['Location'], r['Salary'] ? `Rp ${r['Salary']}` : '', r['Job Description']));
  const th = JSON.parse(readFileSync(need('th_jobthai_2025/jobs.json'), 'utf8')) as { jobs: Array<Record<string, unknown>> };
  sets['th_jobthai'] = th.jobs.slice(0, PER_SET).map((j) => join(...Object.values(j).filter((v): v is string => typeof v === 'string' && !/^https?:/.test(v))));
  sets['cn_58com_real'] = csv('orfd_58com_zh/orfd_58com_labeled.csv')
    .filter((r) => r['label'] === 'real')
    .slice(0, PER_SET)
    .map((r) => join(r['jobTitle'], r['companyName'], r['jobCity'], r['jobSalary'], r['jobWelfare'], r['jobRequirement'], r['jobDescription']));
  return sets;
}

function isStrong(h: SignalHit): boolean {
  return (h.id === 'lure_bundle' && h.strength >= 0.75) || h.id === 'tourist_visa_travel' || (h.id === 'high_pay' && h.strength >= 0.5);
}

describe('genuine ads (../shared/data)', () => {
  const sets = loadSets();
  for (const [name, ads] of Object.entries(sets)) {
    it(`${name}: strong signals fire on < 2% of ${ads.length} ads`, () => {
      expect(ads.length).toBeGreaterThan(25);
      let strong = 0;
      const perSignal: Record<string, number> = {};
      const examples: string[] = [];
      for (const raw of ads) {
        const hits = detectSignals(normaliseText(raw));
        const s = hits.filter(isStrong);
        if (s.length) {
          strong++;
          if (examples.length < 3) examples.push(s.map((h) => `${h.id}:${h.strength} ${JSON.stringify(h.evidence.map((e) => e.text))}`).join('; '));
        }
        for (const h of hits) if (h.strength >= 0.5) perSignal[h.id] = (perSignal[h.id] ?? 0) + 1;
      }
      const frac = strong / ads.length;
      const fmt = Object.fromEntries(Object.entries(perSignal).map(([k, v]) => [k, +(v / ads.length).toFixed(3)]));
      console.log(
        `[${name}] n=${ads.length} strong=${(frac * 100).toFixed(2)}% any-signal≥0.5: ${JSON.stringify(fmt)}${examples.length ? `\n  e.g. ${examples.join('\n  e.g. ')}` : ''}`,
      );
      expect(frac).toBeLessThan(0.02);
    });
  }
});

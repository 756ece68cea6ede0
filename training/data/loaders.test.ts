import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanField } from './clean.ts';
import { detectLang } from './lang.ts';
import { DEFAULT_DATA_DIR, LOADERS, dataDir, isSmsJobLure } from './loaders.ts';

describe('corpus loaders (reading ../shared/data)', () => {
  it('finds the shared data directory', () => {
    // Never skip: a missing directory must fail loudly.
    if (!existsSync(process.env.SJR_DATA_DIR ?? DEFAULT_DATA_DIR)) throw new Error('../shared/data is missing');
    expect(() => dataDir()).not.toThrow();
  });

  for (const [name, load] of Object.entries(LOADERS)) {
    it(`${name}: rows with non-empty text, valid labels, unique ids`, () => {
      const rows = load(dataDir());
      expect(rows.length).toBeGreaterThan(20);
      const ids = new Set<string>();
      for (const r of rows) {
        expect(r.text.trim().length).toBeGreaterThan(0);
        expect(r.source).toBe(name);
        expect([0, 1]).toContain(r.label);
        expect(r.synthetic).toBe(false);
        expect(r.text).not.toMatch(/#(URL|EMAIL|PHONE)_[0-9a-f]{8,}#/);
        expect(r.text).not.toMatch(/<\/?p>|&amp;|&nbsp;/);
        ids.add(r.id);
      }
      expect(ids.size).toBe(rows.length);
    });
  }

  it('labels: EMSCAD all positive, ORFD has both classes, genuine boards all negative', () => {
    const dir = dataDir();
    expect(LOADERS.emscad_fraudulent_866?.(dir).every((r) => r.label === 1)).toBe(true);
    const orfd = LOADERS.orfd_58com_zh?.(dir) ?? [];
    expect(orfd.some((r) => r.label === 1) && orfd.some((r) => r.label === 0)).toBe(true);
    expect(orfd.length).toBeLessThan(7400); // disputed + unlabeled dropped
    for (const name of ['wanted_kr', 'vn_itviec_2025', 'th_jobthai_2025', 'glassdoor_ds_us_2020'])
      expect(LOADERS[name]?.(dir).every((r) => r.label === 0)).toBe(true);
    const my = LOADERS.my_sg_id_jobstreet_ds_2025?.(dir) ?? [];
    expect(my.length).toBeLessThan(300); // de-duplicated on url
  });
});

describe('cleaning and language id', () => {
  it('removes EMSCAD masks and HTML', () => {
    expect(cleanField('Apply at #URL_0a1b2c3d4e5f# or <p>mail&nbsp;#EMAIL_abcdef0123#</p> R&amp;D')).toBe('Apply at or\nmail\nR&D');
  });
  it('detects scripts and Latin languages', () => {
    expect(detectLang('招聘客服，包吃包住')).toBe('zh');
    expect(detectLang('고객상담 채용')).toBe('ko');
    expect(detectLang('カスタマーサポート募集')).toBe('ja');
    expect(detectLang('รับสมัครพนักงาน')).toBe('th');
    expect(detectLang('ត្រូវការបុគ្គលិកបន្ទាន់')).toBe('km');
    expect(detectLang('ဝန်ထမ်း အမြန် ခေါ်ယူမည်')).toBe('my');
    expect(detectLang('Tuyển nhân viên chăm sóc khách hàng, lương cao')).toBe('vi');
    expect(detectLang('Kami membutuhkan staf admin yang memiliki pengalaman dan mampu bekerja dengan tim')).toBe('id');
    expect(detectLang('Hiring po kami ng mga CSR, ang sahod ay para sa mga trabaho na ito')).toBe('fil');
    expect(detectLang('We are hiring a data analyst with experience in SQL and the team')).toBe('en');
  });
  it('SMS job-lure filter keeps task scams and drops casino promos', () => {
    expect(isSmsJobLure('Hello, you have been selected for a part-time job with a daily salary of 3000-8000')).toBe(true);
    expect(isSmsJobLure('Magparehistro para makakuha ng 7777, tumaya araw-araw')).toBe(false);
    expect(isSmsJobLure('Claim 316% bonus now! deposit today')).toBe(false);
  });
});

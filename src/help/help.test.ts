import { afterEach, describe, expect, it } from 'vitest';
import { useCatalog } from '../shared/i18n.ts';
import type { Verdict } from '../shared/types.ts';
import vi from '../../assets/public/_locales/vi/messages.json' with { type: 'json' };
import { helpGroups, telHref } from './channels.ts';
import type { HelpData } from './help-data.ts';
import { guessCountryFromLocale, resolveReaderCountry } from './reader-country.ts';
import { buildReportDraft, draftFileName } from './report-draft.ts';

const DATA: HelpData = {
  countries: [
    {
      country: 'VN',
      channels: [
        { id: 'vn-a', name: 'VN general', purposes: ['report_scam'], phones: ['111'], source: 'https://a.example', sourceKind: 'news', checked: '2026-12-01' },
        { id: 'vn-b', name: 'VN abroad', purposes: ['held_abroad'], phones: ['+84 1'], source: 'https://b.example', sourceKind: 'news', checked: '2026-12-01' },
        {
          id: 'vn-c',
          name: 'VN embassy in KH',
          purposes: ['held_abroad'],
          phones: ['+855 1 2'],
          abroadIn: 'KH',
          source: 'https://c.example',
          sourceKind: 'news',
          checked: '2026-12-01',
        },
      ],
    },
    {
      country: 'KH',
      channels: [
        { id: 'kh-a', name: 'KH police', purposes: ['held_abroad'], phones: ['117'], source: 'https://d.example', sourceKind: 'news', checked: '2026-12-01' },
      ],
    },
    { country: 'MM', channels: [], noSourcedChannel: 'none yet', checked: '2026-12-01' },
  ],
};

describe('helpGroups', () => {
  it("offers the reader's country first, then the destination, abroad help first", () => {
    const groups = helpGroups('VN', 'KH', DATA);
    expect(groups.map((g) => [g.country, g.role])).toEqual([
      ['VN', 'reader'],
      ['KH', 'destination'],
    ]);
    expect(groups[0]!.channels.map((c) => c.id)).toEqual(['vn-c', 'vn-b', 'vn-a']);
    expect(groups[1]!.channels.map((c) => c.id)).toEqual(['kh-a']);
  });

  it('leaves out an embassy line for another country', () => {
    expect(helpGroups('VN', 'MM', DATA)[0]!.channels.map((c) => c.id)).not.toContain('vn-c');
    expect(helpGroups('VN', null, DATA)[0]!.channels.map((c) => c.id)).toEqual(['vn-a', 'vn-b']);
  });

  it('shows one group when the ad points home, and says when a country has no sourced channel', () => {
    expect(helpGroups('VN', 'VN', DATA)).toHaveLength(1);
    const [, mm] = helpGroups('VN', 'MM', DATA);
    expect(mm).toMatchObject({ country: 'MM', channels: [], noSourcedChannel: 'none yet' });
    expect(helpGroups('FR', null, DATA)[0]).toMatchObject({ country: 'FR', unknown: true, channels: [] });
    expect(helpGroups(null, null, DATA)).toEqual([]);
    expect(helpGroups(null, 'KH', DATA).map((g) => g.role)).toEqual(['destination']);
  });

  it('makes tel: links of the numbers as written', () => {
    expect(telHref('+84 981 848 484')).toBe('tel:+84981848484');
    expect(telHref('031 20 12345')).toBe('tel:0312012345');
    expect(telHref('#9110')).toBe('tel:%239110');
  });
});

describe("the reader's country", () => {
  it('is guessed from the UI language', () => {
    expect(guessCountryFromLocale('vi')).toBe('VN');
    expect(guessCountryFromLocale('fil')).toBe('PH');
    expect(guessCountryFromLocale('km')).toBe('KH');
    expect(guessCountryFromLocale('my')).toBe('MM');
    expect(guessCountryFromLocale('th')).toBe('TH');
    expect(guessCountryFromLocale('id')).toBe('ID');
    expect(guessCountryFromLocale('ms')).toBe('MY');
    expect(guessCountryFromLocale('zh_TW')).toBe('TW');
    expect(guessCountryFromLocale('zh-CN')).toBe('CN');
    expect(guessCountryFromLocale('en')).toBeNull();
    expect(guessCountryFromLocale('en-US')).toBeNull();
  });

  it('is the chosen one once set', () => {
    expect(resolveReaderCountry('PH', 'vi')).toBe('PH');
    expect(resolveReaderCountry('auto', 'vi')).toBe('VN');
    expect(resolveReaderCountry(undefined, 'en')).toBeNull();
  });
});

const VERDICT: Verdict = {
  score: 0.97,
  risk: 'high',
  model: 'test',
  destination: 'KH',
  reasons: [
    { id: 'high_pay', label: 'Pay far above the norm', evidence: ['2000 USD'], contribution: 1 },
    { id: 'messaging_contact', label: 'Contact only through a messaging app', evidence: ['Telegram @hr_job'], contribution: 0.5 },
  ],
};
const NOW = new Date('2026-12-06T10:30:00Z');

describe('the report draft', () => {
  afterEach(() => useCatalog(null));

  it('has the date, page address, rating, reasons with evidence and the ad text', () => {
    const draft = buildReportDraft({ verdict: VERDICT, text: 'Job in Sihanoukville\r\nSalary 2000 USD', pageUrl: 'https://jobs.example/1', now: NOW });
    expect(draft).toContain('I want to report a job advertisement');
    expect(draft).toMatch(/Date: .*2026/);
    expect(draft).toContain('Where I saw it: https://jobs.example/1');
    expect(draft).toContain('Rating by Scam Job Radar: ');
    expect(draft).toContain('“2000 USD”');
    expect(draft).toContain('“Telegram @hr_job”');
    expect(draft).toContain('Job in Sihanoukville\nSalary 2000 USD');
    expect(draft).toContain('I am sending it myself');
  });

  it('says when there is no page address, and never puts a non-web address in', () => {
    expect(buildReportDraft({ verdict: VERDICT, text: 'x', now: NOW })).toContain('no page address');
    expect(buildReportDraft({ verdict: VERDICT, text: 'x', pageUrl: 'javascript:alert(1)', now: NOW })).not.toContain('javascript:');
  });

  it("is written in the reader's language", () => {
    useCatalog(vi);
    const draft = buildReportDraft({ verdict: VERDICT, text: 'Tuyển gấp', pageUrl: 'https://jobs.example/1', now: NOW });
    expect(draft).toContain('Tôi muốn báo cáo một tin tuyển dụng');
    expect(draft).toContain('Nơi tôi thấy tin: https://jobs.example/1');
    expect(draft).toContain('Các dấu hiệu cảnh báo trong tin:');
    expect(draft).not.toContain('I want to report');
  });

  it('cuts a very long ad and names the file by date', () => {
    const draft = buildReportDraft({ verdict: VERDICT, text: 'a'.repeat(10_000), now: NOW });
    expect(draft.length).toBeLessThan(5_000);
    expect(draftFileName(NOW)).toBe('scam-job-report-2026-12-06.txt');
  });
});

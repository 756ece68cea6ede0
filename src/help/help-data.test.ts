import { describe, expect, it } from 'vitest';
import channels from '../../assets/help/channels.json' with { type: 'json' };
import { type HelpData, missingCountries, REQUIRED_HELP_COUNTRIES, validateHelpData } from './help-data.ts';

const DATA = channels as HelpData;
const TODAY = '2026-12-31';

/** A deep copy of the shipped data with one change, for the failing cases. */
function mutated(change: (d: HelpData) => void): HelpData {
  const d = structuredClone(DATA);
  change(d);
  return d;
}

const firstChannel = (d: HelpData) => d.countries.find((c) => c.channels.length > 0)!.channels[0]!;

describe('assets/help/channels.json', () => {
  it('is valid', () => {
    expect(validateHelpData(DATA)).toEqual([]);
  });

  it('covers every required country, each with sourced channels or an explicit "none sourced yet"', () => {
    expect(missingCountries(DATA)).toEqual([]);
    for (const code of REQUIRED_HELP_COUNTRIES) {
      const c = DATA.countries.find((x) => x.country === code)!;
      expect(c.channels.length > 0 || Boolean(c.noSourcedChannel), code).toBe(true);
    }
  });

  it('has sourced channels for most countries, including Vietnam and Cambodia', () => {
    const sourced = DATA.countries.filter((c) => c.channels.length > 0).map((c) => c.country);
    expect(sourced.length).toBeGreaterThanOrEqual(15);
    expect(sourced).toEqual(expect.arrayContaining(['VN', 'KH', 'PH', 'TH']));
  });
});

describe('validateHelpData fails on', () => {
  const cases: Array<[string, (d: HelpData) => void, RegExp]> = [
    ['a missing source URL', (d) => void delete (firstChannel(d) as Partial<{ source: string }>).source, /source is required/],
    ['a source that is not a URL', (d) => void (firstChannel(d).source = 'the ministry website'), /source is required/],
    ['a missing checked date', (d) => void delete (firstChannel(d) as Partial<{ checked: string }>).checked, /checked is required/],
    ['a malformed checked date', (d) => void (firstChannel(d).checked = '06/12/2026'), /checked is required and must be a date/],
    ['an impossible date', (d) => void (firstChannel(d).checked = '2026-02-30'), /not a real date/],
    ['a checked date in the future', (d) => void (firstChannel(d).checked = '2099-01-01'), /in the future/],
    ['a bad country code', (d) => void (d.countries[0]!.country = 'XX'), /not an ISO 3166-1/],
    ['a lower-case country code', (d) => void (d.countries[0]!.country = 'ph'), /not an ISO 3166-1/],
    ['a country listed twice', (d) => void d.countries.push(structuredClone(d.countries[0]!)), /listed twice/],
    ['a phone with letters', (d) => void (firstChannel(d).phones = ['1-800-SCAMS']), /not a phone number/],
    ['a phone too short', (d) => void (firstChannel(d).phones = ['12']), /2 digits/],
    ['a phone too long', (d) => void (firstChannel(d).phones = ['+1234567890123456']), /16 digits/],
    ['an empty phone list', (d) => void (firstChannel(d).phones = []), /non-empty list/],
    ['an unknown purpose', (d) => void (firstChannel(d).purposes = ['call us' as never]), /purposes must be/],
    [
      'no way to reach the channel',
      (d) => {
        const c = firstChannel(d);
        delete c.phones;
        delete c.app;
        delete c.web;
      },
      /needs a phone, an app or a web address/,
    ],
    ['a web address that is not http(s)', (d) => void (firstChannel(d).web = 'javascript:alert(1)'), /web must be an http\(s\) URL/],
    ['a bad language code', (d) => void (firstChannel(d).languages = ['Vietnamese']), /language codes/],
    [
      'a duplicate channel id',
      (d) => {
        const c = d.countries.find((x) => x.channels.length > 1)!;
        c.channels[1]!.id = c.channels[0]!.id;
      },
      /not unique/,
    ],
    ['an unknown source kind', (d) => void (firstChannel(d).sourceKind = 'blog' as never), /sourceKind/],
    [
      'a country with no channels and no explanation',
      (d) => {
        const c = d.countries.find((x) => x.channels.length === 0)!;
        delete c.noSourcedChannel;
      },
      /say so in "noSourcedChannel"/,
    ],
    [
      'abroadIn naming the same country',
      (d) => {
        const c = d.countries[0]!;
        c.channels[0]!.abroadIn = c.country;
      },
      /abroadIn/,
    ],
  ];
  for (const [what, change, message] of cases) {
    it(what, () => {
      const problems = validateHelpData(mutated(change), TODAY);
      expect(problems.join('\n')).toMatch(message);
    });
  }

  it('data that is not an object', () => {
    expect(validateHelpData(null)).toEqual(['"countries" must be an array']);
  });

  it('a required country that is missing', () => {
    expect(missingCountries(mutated((d) => void (d.countries = d.countries.filter((c) => c.country !== 'KH'))))).toEqual(['KH']);
  });
});

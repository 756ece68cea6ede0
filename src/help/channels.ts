/**
 * Which help channels a warning offers: those of the reader's country and those of the country
 * the ad points to (the verdict's destination). Pure, over the data in assets/help/channels.json.
 */
import channelsJson from '../../assets/help/channels.json';
import type { HelpChannel, HelpCountry, HelpData } from './help-data.ts';

export const HELP_DATA = channelsJson as HelpData;

/** One block of the help panel: a country, why it is shown, and its channels (or why there are none). */
export interface HelpGroup {
  country: string;
  /** 'reader': the reader's own country; 'destination': where the ad says the job is. */
  role: 'reader' | 'destination';
  channels: HelpChannel[];
  /** Set when the data has the country but no sourced channel; `unknown` when it has no entry at all. */
  noSourcedChannel?: string;
  unknown?: boolean;
}

function countryEntry(data: HelpData, code: string): HelpCountry | undefined {
  return data.countries.find((c) => c.country === code);
}

/** Help for someone already abroad ranks first when the ad points abroad. */
function abroadFirst(channels: HelpChannel[]): HelpChannel[] {
  const rank = (c: HelpChannel) => (c.abroadIn ? 0 : c.purposes.includes('held_abroad') ? 1 : 2);
  return [...channels].sort((a, b) => rank(a) - rank(b));
}

function group(data: HelpData, code: string, role: HelpGroup['role'], destination: string | null): HelpGroup {
  const entry = countryEntry(data, code);
  if (!entry) return { country: code, role, channels: [], unknown: true };
  // A channel for citizens in one country (an embassy line) only when the ad points there.
  let channels = entry.channels.filter((c) => !c.abroadIn || (role === 'reader' && c.abroadIn === destination));
  if (role === 'reader' && destination && destination !== code) channels = abroadFirst(channels);
  return {
    country: code,
    role,
    channels,
    ...(entry.channels.length === 0 ? { noSourcedChannel: entry.noSourcedChannel ?? '' } : {}),
  };
}

/**
 * The groups to show: the reader's country first (when known), then the destination when it
 * differs. Either may be missing; none at all gives [].
 */
export function helpGroups(reader: string | null, destination: string | null, data: HelpData = HELP_DATA): HelpGroup[] {
  const out: HelpGroup[] = [];
  if (reader) out.push(group(data, reader, 'reader', destination));
  if (destination && destination !== reader) out.push(group(data, destination, 'destination', destination));
  return out;
}

/** The countries the data knows, for the options' picker. */
export function helpCountryCodes(data: HelpData = HELP_DATA): string[] {
  return data.countries.map((c) => c.country);
}

/** A phone number as a tel: URL (digits and a leading +; "#9110" keeps its #, escaped). */
export function telHref(phone: string): string {
  const t = phone.trim();
  const lead = t.startsWith('+') ? '+' : t.startsWith('#') ? '%23' : '';
  return `tel:${lead}${t.replace(/\D/g, '')}`;
}

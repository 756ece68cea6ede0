/**
 * The `help` field `scam-job-radar scan --help-for COUNTRY` adds to each record: the channels
 * for that reader's country and for the country the ad points to, with their sources. Plain
 * data, the same for JSONL and (flattened) CSV. Without --help-for no record has it.
 */
import { helpGroups } from './channels.ts';
import type { HelpChannel, HelpData } from './help-data.ts';

/** A channel as the CLI writes it: the data file's fields, without the notes. */
export type HelpRecordChannel = Pick<HelpChannel, 'id' | 'name' | 'purposes' | 'phones' | 'app' | 'web' | 'languages' | 'hours' | 'source' | 'checked'>;

export interface HelpRecord {
  reader: string;
  destination: string | null;
  countries: { country: string; role: 'reader' | 'destination'; channels: HelpRecordChannel[]; noSourcedChannel?: string }[];
}

/** Whether `s` can be given to --help-for: a two-letter country code (any case). */
export function parseHelpCountry(s: string): string | null {
  return /^[A-Za-z]{2}$/.test(s.trim()) ? s.trim().toUpperCase() : null;
}

export function helpRecord(reader: string, destination: string | undefined, data?: HelpData): HelpRecord {
  const groups = helpGroups(reader, destination ?? null, data);
  return {
    reader,
    destination: destination ?? null,
    countries: groups.map((g) => ({
      country: g.country,
      role: g.role,
      channels: g.channels.map((c) => ({
        id: c.id,
        name: c.name,
        purposes: c.purposes,
        ...(c.phones ? { phones: c.phones } : {}),
        ...(c.app ? { app: c.app } : {}),
        ...(c.web ? { web: c.web } : {}),
        ...(c.languages ? { languages: c.languages } : {}),
        ...(c.hours ? { hours: c.hours } : {}),
        source: c.source,
        checked: c.checked,
      })),
      ...(g.channels.length === 0 ? { noSourcedChannel: g.noSourcedChannel || 'No sourced channel for this country yet.' } : {}),
    })),
  };
}

/** The help field as one CSV cell: "VN: name (111, +84 …; web) | KH: …". */
export function helpCell(h: HelpRecord): string {
  return h.countries
    .map((c) => {
      const list = c.channels.length
        ? c.channels.map((ch) => `${ch.name} (${[...(ch.phones ?? []), ...(ch.web ? [ch.web] : []), ...(ch.app ? [ch.app] : [])].join(', ')})`).join('; ')
        : (c.noSourcedChannel ?? '');
      return `${c.country}: ${list}`;
    })
    .join(' | ');
}

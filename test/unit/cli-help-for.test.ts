/**
 * `scan --help-for COUNTRY`: a `help` field (JSONL) / column (CSV) only when asked, so the
 * documented outputs stay exactly as they were without it.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNodeEngine } from '../../src/detect/node-engine.ts';
import type { HelpRecord } from '../../src/help/help-record.ts';
import { CSV_HEADER } from '../../src/shared/scan-record.ts';
import { runCli } from '../helpers/run-cli.ts';

const FIX = join(resolve(import.meta.dirname, '../..'), 'test/fixtures/cli');
const run = (args: string[]) => runCli(args, { loadEngine: loadNodeEngine });
const lines = (out: string) => out.trim().split('\n').filter(Boolean);
const RECORD_KEYS = ['id', 'title', 'score', 'risk', 'reasons', 'model'];

describe('scam-job-radar scan --help-for', () => {
  it('leaves JSONL and CSV output unchanged without it', async () => {
    const jsonl = await run(['scan', join(FIX, 'mixed.jsonl')]);
    for (const l of lines(jsonl.out)) expect(Object.keys(JSON.parse(l))).toEqual(RECORD_KEYS);
    const csv = await run(['scan', '--format', 'csv', join(FIX, 'mixed.jsonl')]);
    expect(lines(csv.out)[0]).toBe(CSV_HEADER);
    expect(csv.out).not.toMatch(/\bhelp\b/);
  });

  it('adds help for the reader and the destination to each JSONL record, keeping the other fields', async () => {
    const plain = lines((await run(['scan', join(FIX, 'mixed.jsonl')])).out).map((l) => JSON.parse(l));
    const { code, out } = await run(['scan', '--help-for', 'vn', join(FIX, 'mixed.jsonl')]);
    expect(code).toBe(1); // the fixture's broken lines, as without the option
    const recs = lines(out).map((l) => JSON.parse(l) as Record<string, unknown> & { help: HelpRecord });
    expect(recs).toHaveLength(plain.length);
    recs.forEach((r, i) => {
      const { help, ...rest } = r;
      expect(rest).toEqual(plain[i]);
      expect(help.reader).toBe('VN');
    });
    const cambodia = recs.find((r) => r.id === 'ad-1')!;
    expect(cambodia.help.destination).toBe('KH');
    expect(cambodia.help.countries.map((c) => c.country)).toEqual(['VN', 'KH']);
    const channels = cambodia.help.countries.flatMap((c) => c.channels);
    expect(channels.map((c) => c.id)).toEqual(expect.arrayContaining(['vn-111', 'kh-police-117']));
    for (const c of channels) {
      expect(c.source).toMatch(/^https?:\/\//);
      expect(c.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('says so for a country with no sourced channel', async () => {
    const { out } = await run(['scan', '--help-for', 'MM', join(FIX, 'mixed.jsonl')]);
    const rec = JSON.parse(lines(out)[0]!) as { help: HelpRecord };
    expect(rec.help.countries[0]).toMatchObject({ country: 'MM', channels: [] });
    expect(rec.help.countries[0]?.noSourcedChannel).toMatch(/no official or NGO page/i);
  });

  it('adds a help column to CSV', async () => {
    const { out } = await run(['scan', '--format', 'csv', '--help-for', 'PH', join(FIX, 'mixed.jsonl')]);
    const [header, first] = lines(out);
    expect(header).toBe(`${CSV_HEADER},help`);
    expect(first).toContain('PH: ');
    expect(first).toContain('1326');
    expect(first).toContain('KH: ');
  });

  it('rejects a value that is not a country code', async () => {
    const { code, err } = await run(['scan', '--help-for', 'Vietnam', join(FIX, 'mixed.jsonl')]);
    expect(code).toBe(2);
    expect(err).toContain('--help-for must be a two-letter country code');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, InputError, kindFromName, readBulkBytes, readBulkText, readCsv, readJsonl, readTxt, sniffKind } from './bulk-input.ts';

const FIX = join(import.meta.dirname, '../../test/fixtures/cli');
const enc = (s: string) => new TextEncoder().encode(s);

describe('bulk-input (shared by the CLI and the Check page)', () => {
  it('reads the good JSONL rows and names each bad line', () => {
    const { rows, problems } = readJsonl(readFileSync(join(FIX, 'mixed.jsonl'), 'utf8'), 'mixed.jsonl');
    expect(rows.map((r) => r.id)).toEqual(['ad-1', 2, 'ad-last']);
    expect(rows[1]?.posting.company).toBe('Northwind Trading Corp.');
    expect(problems.map((p) => p.where)).toEqual(['mixed.jsonl:3', 'mixed.jsonl:4', 'mixed.jsonl:5', 'mixed.jsonl:6']);
    expect(problems[0]?.message).toMatch(/^invalid JSON/);
    expect(problems[1]?.message).toBe('no "text" or "description" field');
    expect(problems[2]?.message).toBe('empty text');
    expect(problems[3]?.message).toMatch(/^expected a JSON object/);
  });

  it('reads CSV with case-insensitive column names and keeps rows around a broken one', () => {
    const { rows, problems } = readCsv(readFileSync(join(FIX, 'mixed.csv'), 'utf8'), 'mixed.csv');
    expect(rows.map((r) => r.id)).toEqual(['c1', 'c2']);
    expect(rows[0]?.posting.title).toBe('Data Entry Encoder');
    expect(rows[0]?.posting.company).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.where).toMatch(/^mixed\.csv:\d+$/);
    expect(problems[0]?.message).toMatch(/^broken CSV row/);
    const r = readCsv('\uFEFF Title ,DESCRIPTION,Salary\nClerk,Filing and typing,RM 2000\n', 'x.csv');
    expect(r.rows).toEqual([{ posting: { text: 'Filing and typing', title: 'Clerk', salary: 'RM 2000' }, where: 'x.csv:2', id: 1 }]);
    expect(readCsv('title\nonly a title\n', 'y.csv').problems).toEqual([{ where: 'y.csv:2', message: 'no "text" or "description" field' }]);
  });

  it('numbers id-less CSV rows by their position in the file, broken rows included', () => {
    const r = readCsv('title,text\nA,good one\nB,"bad"x,\n', 'f.csv');
    expect(r.rows.map((x) => [x.where, x.id])).toEqual([['f.csv:2', 1]]);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.message.startsWith('broken CSV row'))).toBe(true);
    const later = readCsv('title,text\nB,ba"d\nC,good two\n', 'g.csv');
    expect(later.rows.map((x) => [x.where, x.id])).toEqual([['g.csv:3', 2]]);
  });

  it('reads plain text as one posting and refuses empty text', () => {
    expect(readTxt('Hiring now', 'a.txt')).toEqual({ rows: [{ posting: { text: 'Hiring now' }, where: 'a.txt', id: 1 }], problems: [] });
    expect(readTxt('  \n', 'a.txt').problems).toEqual([{ where: 'a.txt', message: 'empty text' }]);
  });

  it('picks the format from the name, else from the content', () => {
    expect(kindFromName('ads.JSONL')).toBe('jsonl');
    expect(kindFromName('dir/ads.ndjson?x=1')).toBe('jsonl');
    expect(kindFromName('ads.csv')).toBe('csv');
    expect(kindFromName('..csv')).toBe('csv');
    expect(kindFromName('.csv')).toBeUndefined();
    expect(kindFromName('a.csv/')).toBe('csv');
    expect(kindFromName('page.htm')).toBe('html');
    expect(kindFromName('notes')).toBeUndefined();
    expect(sniffKind('  {"text":"x"}')).toBe('jsonl');
    expect(sniffKind('<!DOCTYPE html><p>')).toBe('html');
    expect(sniffKind('Hiring now')).toBe('txt');
    expect(readBulkText('{"text":"Hiring cooks"}\n', 'upload').rows[0]?.posting.text).toBe('Hiring cooks');
    expect(readBulkText('<html><body>x</body></html>', 'page.html').problems[0]?.where).toBe('page.html');
  });

  it('refuses binary files and other encodings with a readable message', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toThrow(InputError);
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(/not valid UTF-8/);
    expect(readBulkBytes(new Uint8Array([1, 0, 2]), 'ads.xlsx')).toEqual({
      rows: [],
      problems: [{ where: 'ads.xlsx', message: 'looks like a binary file (it contains NUL bytes), not text' }],
    });
    expect(readBulkBytes(enc('id,text\n1,Cook wanted\n'), 'ads.csv').rows).toHaveLength(1);
  });
});

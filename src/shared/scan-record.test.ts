import { describe, expect, it } from 'vitest';
import { csvCell, toCsvLine } from './scan-record.ts';

describe('csvCell', () => {
  it('prefixes with a quote every cell a spreadsheet would evaluate', () => {
    const formulas = [
      '=HYPERLINK("https://evil.example","click")',
      '+1+1',
      '-1+1',
      '@SUM(A1)',
      ' =1+1', // a leading space
      '   +cmd',
      '\u00a0=1', // no-break space
      '\ufeff=1+1', // byte-order mark
      '\u200b@x', // zero-width space
      '\uff1d1+1', // full-width ＝
      '\uff0b1', // ＋
      '\uff0d1', // －
      '\uff20SUM(A1)', // ＠
      '\ufe66x', // small ＝
      '\t=1',
      '\r=1',
      '\tplain',
      '\rplain',
      '\u3000＝1', // ideographic space, then full-width ＝
    ];
    for (const f of formulas) {
      const cell = csvCell(f);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted, JSON.stringify(f)).toBe(`'${f}`);
    }
  });

  it('leaves ordinary text, numbers and a dash inside a cell alone, and quotes what CSV needs', () => {
    expect(csvCell('Customer Service – Cambodia')).toBe('Customer Service – Cambodia');
    expect(csvCell('0.9731')).toBe('0.9731');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell('客服＝高薪')).toBe('客服＝高薪');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('guards every column of a line', () => {
    const line = toCsvLine({ id: '\uff1dx', title: ' =1', score: 0.5, risk: 'high', reasons: [{ id: 'r', label: '\ufeff@L', evidence: [] }], model: 'm' });
    expect(line).toBe("'\uff1dx,' =1,0.5000,high,'\ufeff@L,m");
  });
});

import { describe, expect, it } from 'vitest';
import type { ScanRecord } from '../shared/scan-record.ts';
import { stripControls, toTable } from './output.ts';

const ESC = '\u001b';

function record(over: Partial<ScanRecord>): ScanRecord {
  return { id: 1, title: 'Accounts clerk', score: 0.9, risk: 'high', reasons: [{ id: 'x', label: 'Pay far above norm', evidence: [] }], model: 'm', ...over };
}

/** Anything a terminal would act on rather than print. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('stripControls', () => {
  it('removes escape sequences whole, not only their ESC', () => {
    expect(stripControls(`a${ESC}[1A${ESC}[2Kb`)).toBe('ab'); // cursor up, erase line
    expect(stripControls(`${ESC}[38;5;196mred${ESC}[0m`)).toBe('red');
    expect(stripControls(`${ESC}]0;window title\u0007x`)).toBe('x'); // OSC ended by BEL
    expect(stripControls(`${ESC}]8;;https://evil.example/${ESC}\\link${ESC}]8;;${ESC}\\`)).toBe('link'); // OSC 8 hyperlink, ended by ST
    expect(stripControls(`${ESC}Pq#0;2;0;0;0${ESC}\\y`)).toBe('y'); // DCS
    expect(stripControls(`${ESC}cz`)).toBe('z'); // RIS: reset the terminal
    expect(stripControls('\u009b2Jclear')).toBe('clear'); // 8-bit CSI
    expect(stripControls(`tail${ESC}`)).toBe('tail');
  });

  it('removes C0 controls but tab and newline, DEL, C1 controls and bidi overrides and isolates', () => {
    expect(stripControls('a\u0000b\u0007c\bd\re\u000bf\u000cg\u007fh\u0085i\u009cj')).toBe('abcdefghij');
    expect(stripControls('tab\there\nnext')).toBe('tab\there\nnext');
    expect(stripControls('\u202eevil\u202c \u2066x\u2069 \u202a\u202b\u202d\u2067\u2068')).toBe('evil x ');
  });

  it('keeps ordinary text in every script untouched', () => {
    for (const s of ['Customer Service – Cambodia', 'ផ្នែកសេវាកម្ម', '高薪急招 柬埔寨', 'مرحبا', 'Nhân viên CSKH 💼', 'naïve café'])
      expect(stripControls(s)).toBe(s);
  });
});

describe('toTable', () => {
  it('prints no terminal control from titles, ids or reason labels: a title cannot erase the row above', () => {
    const out = toTable([
      record({ id: 'ok', title: 'Genuine ad', risk: 'low', score: 0.01 }),
      record({
        id: `id${ESC}[2J`,
        title: `${ESC}[1A${ESC}[2K\rLOW 0.01 Genuine-looking \u202eelif.exe`,
        reasons: [{ id: 'x', label: `Label${ESC}]0;pwned\u0007 \u009b31m`, evidence: [] }],
      }),
    ]);
    expect(out).not.toMatch(TERMINAL_CONTROL);
    expect(out).not.toContain(ESC);
    const lines = out.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^HIGH\s+0\.90\s+id\s+LOW 0\.01 Genuine-looking elif\.exe\s+Label $/);
  });
});

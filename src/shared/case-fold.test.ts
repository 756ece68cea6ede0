import { describe, expect, it } from 'vitest';
import { findFolded, foldCase } from './case-fold.ts';

const at = (text: string, needle: string) => findFolded(foldCase(text), needle).map(([s, e]) => text.slice(s, e));

describe('findFolded: case-insensitive matches at the original offsets', () => {
  it('Turkish İ (lowercases to two code units) does not shift later matches', () => {
    const text = "İstanbul'da çağrı merkezi, Telegram @hr";
    expect('İ'.toLowerCase()).toHaveLength(2);
    expect(at(text, 'telegram')).toEqual(['Telegram']);
    expect(at(text, 'TELEGRAM @HR')).toEqual(['Telegram @hr']);
    expect(at(text, 'İstanbul')).toEqual(['İstanbul']);
  });

  it('ß, final sigma and astral letters', () => {
    expect(at('Straße und STRASSE', 'straße')).toEqual(['Straße']);
    expect(at('ΟΔΟΣ οδος', 'ΟΔΟΣ')).toEqual(['ΟΔΟΣ', 'οδος']);
    expect(at('𐐀𐐀 Telegram', 'telegram')).toEqual(['Telegram']);
    expect(at('𐐀𐐀 Telegram', '𐐨')).toEqual(['𐐀', '𐐀']);
  });

  it('respects the limit and ignores an empty needle', () => {
    expect(findFolded(foldCase('aaa aaa aaa'), 'aaa', 2)).toHaveLength(2);
    expect(findFolded(foldCase('abc'), '')).toEqual([]);
  });
});

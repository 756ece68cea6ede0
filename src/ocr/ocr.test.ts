import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImageError, imageInfo, isImageName } from './image.ts';
import { firstPassModels, modelForLang, OCR_MODELS, probeModels, SCRIPT_PROBES, scriptShare } from './models.ts';
import { chooseProbes, linesToProbe } from './recognise.ts';
import { alignWords, assembleText, boxesForSpans, meanConfidence, type RawLine } from './text.ts';
import { tessdataComponents, withoutEntries } from './traineddata.ts';

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures/ocr');
const box = (x0: number, y0 = 0, x1 = x0 + 10, y1 = 10) => ({ x0, y0, x1, y1 });
const word = (text: string, x: number, confidence = 90) => ({ text, confidence, bbox: box(x) });

describe('models', () => {
  it('maps language tags to models, region first', () => {
    expect(modelForLang('vi')?.code).toBe('vie');
    expect(modelForLang('zh-TW')?.code).toBe('chi_tra');
    expect(modelForLang('zh_CN')?.code).toBe('chi_sim');
    expect(modelForLang('zh')?.code).toBe('chi_sim');
    expect(modelForLang('pt-BR')?.code).toBe('por');
    expect(modelForLang('fil')?.code).toBe('fil');
    expect(modelForLang('my')?.code).toBe('mya');
    expect(modelForLang('xx')).toBeUndefined();
    expect(modelForLang('')).toBeUndefined();
  });

  it('first pass: English plus hinted models, no repeats, at most three', () => {
    expect(firstPassModels([])).toEqual(['eng']);
    expect(firstPassModels(['en-US', 'th', 'th-TH'])).toEqual(['eng', 'tha']);
    expect(firstPassModels(['km', 'vi', 'zh-TW', 'lo'])).toEqual(['eng', 'khm', 'vie']);
    expect(firstPassModels(['tha'])).toEqual(['eng', 'tha']);
  });

  it('measures how much of a reading is in the models’ own script', () => {
    expect(scriptShare('경력 2년 이상', ['kor'])).toBe(1);
    expect(scriptShare('S|A| SSA 경', ['jpn'])).toBe(0);
    expect(scriptShare('Lương 2000$ 招聘', ['eng'])).toBeCloseTo(5 / 7);
    expect(scriptShare('月給2000ドル', ['jpn'])).toBe(1);
    expect(scriptShare('2000 $', ['eng'])).toBe(0);
  });

  it('probes every script the pass lacks, once', () => {
    const all = probeModels([]);
    expect(all).toEqual(Object.values(SCRIPT_PROBES));
    expect(probeModels(['eng', 'tha'])).not.toContain('vie');
    expect(probeModels(['eng', 'tha'])).not.toContain('tha');
    expect(probeModels(['eng', 'tha'])).toContain('lao');
    // A Lao hint is trusted over Thai's model, which reads Lao images confidently wrong.
    expect(probeModels(['eng', 'lao'])).not.toContain('tha');
    expect(probeModels(['eng', 'lao'])).toContain('khm');
    expect(new Set(OCR_MODELS.map((m) => m.script)).size).toBe(all.length);
  });
});

describe('text assembly', () => {
  it('joins CJK and Thai clusters without spaces and keeps Latin words apart', () => {
    const lines: RawLine[] = [
      { words: [word('Lương', 0), word('2000$', 20)] },
      { words: [word('招聘', 0), word('客服', 20), word('Telegram', 40), word('月', 60)] },
      { words: [word('ง', 0), word('า', 10), word('น', 20), word('่', 30), word(' ', 40)] },
    ];
    const { text, words } = assembleText(lines);
    expect(text).toBe('Lương 2000$\n招聘客服 Telegram 月\nงาน่');
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words).toHaveLength(10);
  });

  it('follows words into edited text and marks the boxes under evidence', () => {
    const { text, words } = assembleText([{ words: [word('Free', 0), word('flight', 20), word('ticket', 40)] }, { words: [word('Telegram', 0)] }]);
    expect(text).toBe('Free flight ticket\nTelegram');
    const edited = 'FREE: Free flight tickets! on Telegram';
    const aligned = alignWords(words, edited);
    expect(aligned.map((w) => edited.slice(w.start, w.end))).toEqual(['Free', 'flight', 'ticket', 'Telegram']);
    expect(alignWords(words, 'nothing here')).toEqual([]);
    const boxes = boxesForSpans(aligned, [
      { start: edited.indexOf('flight'), end: edited.indexOf('flight') + 6, reason: 0 },
      { start: edited.indexOf('Telegram'), end: edited.length, reason: 1 },
      { start: edited.indexOf('flight'), end: edited.indexOf('flight') + 3, reason: 0 },
    ]);
    expect(boxes.map((b) => [b.text, b.reason])).toEqual([
      ['flight', 0],
      ['Telegram', 1],
    ]);
  });

  it('weights confidence by word length', () => {
    expect(meanConfidence([])).toBe(0);
    expect(meanConfidence([word('abcd', 0, 100), word('x', 0, 0)])).toBe(80);
  });
});

describe('model choice', () => {
  it('probes the widest of the worst-read lines', () => {
    const lines: RawLine[] = [
      { words: [word('good', 0, 95), word('line', 20, 95)] },
      { words: [{ text: 'bad', confidence: 30, bbox: box(0, 20, 300, 30) }] },
      { words: [{ text: 'worse', confidence: 10, bbox: box(0, 40, 50, 50) }] },
      { words: [{ text: 'meh', confidence: 60, bbox: box(0, 60, 400, 70) }] },
    ];
    expect(linesToProbe(lines).map((l) => l.words[0]?.text)).toEqual(['bad', 'worse']);
    expect(linesToProbe([{ words: [word('fine', 0, 99)] }])).toEqual([]);
  });

  it('keeps probes that beat the first pass by a margin, best first', () => {
    const scores = new Map([
      ['tha', 91],
      ['lao', 70],
      ['khm', 55],
      ['kor', 84],
    ]);
    expect(chooseProbes(60, scores, 2)).toEqual(['tha', 'kor']);
    expect(chooseProbes(88, scores, 2)).toEqual([]);
  });
});

describe('image headers', () => {
  it('reads the size of PNG, JPEG and WebP files', () => {
    expect(imageInfo(readFileSync(resolve(FIXTURES, 'lure-en.png')))).toEqual({ format: 'png', width: 560, height: 420 });
    expect(imageInfo(readFileSync(resolve(FIXTURES, 'lure-th.jpg')))).toEqual({ format: 'jpeg', width: 560, height: 420 });
    expect(imageInfo(readFileSync(resolve(FIXTURES, 'genuine-en.webp')))).toEqual({ format: 'webp', width: 520, height: 360 });
  });

  it('says why a file is not a readable image', () => {
    const png = readFileSync(resolve(FIXTURES, 'lure-en.png'));
    expect(() => imageInfo(new Uint8Array())).toThrow(/empty/);
    expect(() => imageInfo(new TextEncoder().encode('hello, not an image'))).toThrow(ImageError);
    expect(() => imageInfo(png.subarray(0, 20))).toThrow(/truncated PNG/);
    expect(() => imageInfo(readFileSync(resolve(FIXTURES, 'lure-th.jpg')).subarray(0, 10))).toThrow(/JPEG/);
    const huge = Uint8Array.from(png.subarray(0, 40));
    new DataView(huge.buffer).setUint32(16, 100_000);
    new DataView(huge.buffer).setUint32(20, 100_000);
    expect(() => imageInfo(huge)).toThrow(/too large/);
    expect(isImageName('Flyer.JPEG')).toBe(true);
    expect(isImageName('ads.csv')).toBe(false);
  });
});

describe('traineddata', () => {
  /** A container with entries 1 (3 bytes), 19 (5 bytes) and 23 (2 bytes). */
  function container(): Uint8Array {
    const count = 24;
    const header = 4 + 8 * count;
    const out = new Uint8Array(header + 10);
    const v = new DataView(out.buffer);
    v.setInt32(0, count, true);
    for (let i = 0; i < count; i++) v.setBigInt64(4 + 8 * i, -1n, true);
    v.setBigInt64(4 + 8, BigInt(header), true);
    v.setBigInt64(4 + 8 * 19, BigInt(header + 3), true);
    v.setBigInt64(4 + 8 * 23, BigInt(header + 8), true);
    out.set([1, 2, 3, 9, 9, 9, 9, 9, 7, 8], header);
    return out;
  }

  it('lists entries and drops the word list', () => {
    const file = container();
    expect(tessdataComponents(file).map((c) => [c.name, c.end - c.start])).toEqual([
      ['unicharset', 3],
      ['lstm-word-dawg', 5],
      ['version', 2],
    ]);
    const trimmed = withoutEntries(file, ['lstm-word-dawg']);
    const parts = tessdataComponents(trimmed);
    expect(parts.map((c) => c.name)).toEqual(['unicharset', 'version']);
    expect([...trimmed.subarray(parts[0]?.start, parts[0]?.end)]).toEqual([1, 2, 3]);
    expect([...trimmed.subarray(parts[1]?.start, parts[1]?.end)]).toEqual([7, 8]);
    expect(() => tessdataComponents(new Uint8Array(3))).toThrow(/too short/);
    expect(() => tessdataComponents(file.subarray(0, 50))).toThrow(/truncated/);
  });

  const lao = '/usr/share/tesseract-ocr/5/tessdata/lao.traineddata';
  it.runIf(existsSync(lao))('trims Debian’s Lao model to its LSTM parts', () => {
    const bytes = new Uint8Array(readFileSync(lao));
    const names = tessdataComponents(bytes).map((c) => c.name);
    expect(names).toContain('lstm-word-dawg');
    const trimmed = withoutEntries(bytes, ['lstm-word-dawg']);
    expect(trimmed.length).toBeLessThan(bytes.length / 4);
    expect(tessdataComponents(trimmed).map((c) => c.name)).toEqual(names.filter((n) => n !== 'lstm-word-dawg'));
  });
});

describe('character accuracy', () => {
  it('ignores whitespace, case and normalisation form; counts every other difference', async () => {
    const { charAccuracy, editDistance } = await import('./accuracy.ts');
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
    expect(charAccuracy('FREE  flight\nticket', 'Free flight ticket')).toBe(1);
    expect(charAccuracy('招 聘 客 服', '招聘客服')).toBe(1);
    expect(charAccuracy('Lu\u031bo\u031b\u0300ng', 'Lường')).toBe(1);
    expect(charAccuracy('abcx', 'abcd')).toBe(0.75);
    expect(charAccuracy('', 'abcd')).toBe(0);
    expect(charAccuracy('completely different and much longer', 'ab')).toBe(0);
  });
});

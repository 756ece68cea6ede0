import { describe, expect, it } from 'vitest';
import { assembleText } from '../ocr/text.ts';
import { boxStyle, evidenceBoxes, evidenceSpans, splitImageFiles } from './image-check-model.ts';

const w = (text: string, x: number, y = 0) => ({ text, confidence: 90, bbox: { x0: x, y0: y, x1: x + 50, y1: y + 20 } });

describe('image check: boxes behind the reasons', () => {
  const { text, words } = assembleText([
    { words: [w('Free', 0), w('flight', 60), w('ticket', 120)] },
    { words: [w('Contact', 0, 30), w('us', 60, 30), w('on', 90, 30), w('Telegram', 120, 30)] },
  ]);
  const reasons = [{ evidence: ['free flight ticket'] }, { evidence: ['Telegram'] }, { evidence: ['not in the text'] }];

  it('finds each reason’s evidence in the text, case-insensitively', () => {
    expect(evidenceSpans(text, reasons)).toEqual([
      { start: 0, end: 18, reason: 0 },
      { start: text.indexOf('Telegram'), end: text.length, reason: 1 },
    ]);
  });

  it('boxes the words under the evidence, and follows edits of the text', () => {
    expect(evidenceBoxes(words, text, reasons).map((b) => [b.text, b.reason, b.x0, b.y0])).toEqual([
      ['Free', 0, 0, 0],
      ['flight', 0, 60, 0],
      ['ticket', 0, 120, 0],
      ['Telegram', 1, 120, 30],
    ]);
    // The user fixed a misread word and deleted the contact line: boxes follow, none for deleted words.
    const edited = 'Free flight ticket and room';
    expect(evidenceBoxes(words, edited, [{ evidence: ['flight ticket'] }, { evidence: ['Telegram'] }]).map((b) => b.text)).toEqual(['flight', 'ticket']);
    expect(evidenceBoxes(words, '', reasons)).toEqual([]);
  });

  it('places boxes in percent of the image', () => {
    expect(boxStyle({ x0: 50, y0: 25, x1: 150, y1: 75, reason: 0, text: 'x' }, 200, 100)).toEqual({
      left: '25.000%',
      top: '25.000%',
      width: '50.000%',
      height: '50.000%',
    });
  });

  it('tells image files from text files', () => {
    const files = [
      { name: 'a.PNG', type: '' },
      { name: 'ads.csv', type: 'text/csv' },
      { name: 'paste', type: 'image/webp' },
      { name: 'x.gif', type: 'image/gif' },
    ];
    const { images, others } = splitImageFiles(files);
    expect(images.map((f) => f.name)).toEqual(['a.PNG', 'paste']);
    expect(others.map((f) => f.name)).toEqual(['ads.csv', 'x.gif']);
  });
});

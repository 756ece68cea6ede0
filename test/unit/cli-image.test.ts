// `scan` on image ads: real images (test/fixtures/ocr), real OCR with Debian's models, the real engine.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNodeEngine } from '../../src/detect/node-engine.ts';
import { jsonlRecords, runCli } from '../helpers/run-cli.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OCR = join(ROOT, 'test/fixtures/ocr');
const run = (args: string[]) => runCli(args, { loadEngine: loadNodeEngine });
const jsonl = jsonlRecords;

describe('scam-job-radar scan <image>', () => {
  it('reads a flyer and a chat screenshot, scores their text, and records the OCR; a text input beside them is unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sjr-cli-img-'));
    const txt = join(dir, 'ad.txt');
    writeFileSync(txt, 'Accountant, Manila office. Send your CV to careers@example.com.');
    const { code, out, err } = await run(['scan', join(OCR, 'lure-en.png'), txt, join(OCR, 'genuine-en.webp')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const [flyer, text, chat] = jsonl(out);
    expect(Object.keys(flyer ?? {})).toEqual(['id', 'title', 'score', 'risk', 'reasons', 'model', 'ocr']);
    expect(flyer?.id).toBe(join(OCR, 'lure-en.png'));
    expect(flyer?.risk).toBe('high');
    expect(flyer?.reasons.map((r) => r.id)).toEqual(expect.arrayContaining(['messaging_contact', 'lure_bundle', 'scam_hub_location']));
    expect(flyer?.ocr?.models).toEqual(['eng']);
    expect(flyer?.ocr?.text).toContain('Telegram @hr_job888');
    expect(flyer?.ocr?.confidence).toBeGreaterThan(50);
    expect(Object.keys(text ?? {})).toEqual(['id', 'title', 'score', 'risk', 'reasons', 'model']);
    expect(chat?.risk).toBe('low');
    expect(chat?.ocr?.text).toContain('junior accountant');
  });

  it('names a corrupt or foreign image and goes on with the other inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sjr-cli-img-'));
    const bad = join(dir, 'flyer.png');
    writeFileSync(bad, 'this is not a picture');
    const cut = join(dir, 'cut.jpg');
    writeFileSync(cut, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    const { code, out, err } = await run(['scan', bad, cut, join(dir, 'missing.webp'), join(OCR, 'lure-en.png')]);
    expect(code).toBe(1);
    expect(err).toContain(`${bad}: not a readable image: not a PNG, JPEG or WebP image`);
    expect(err).toContain(`${cut}: not a readable image: truncated JPEG`);
    expect(err).toContain('missing.webp: no such file');
    expect(jsonl(out).map((r) => r.risk)).toEqual(['high']);
  });

  it('adds OCR columns to CSV only when an image is among the inputs', async () => {
    const { code, out } = await run(['scan', '--format', 'csv', '--ocr-lang', 'th', join(OCR, 'lure-th.jpg')]);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('id,title,score,risk,reasons,model,ocr_text,ocr_models');
    // The recognised text is one quoted cell (it has line breaks); the models, hinted Thai first pass, end the line.
    expect(out).toContain('กัมพูชา');
    expect(out.trim().endsWith('",eng tha')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'sjr-cli-img-'));
    writeFileSync(join(dir, 'a.txt'), 'Accountant, Manila office.');
    const plain = await run(['scan', '--format', 'csv', join(dir, 'a.txt')]);
    expect(plain.out.split('\n')[0]).toBe('id,title,score,risk,reasons,model');
  });
});

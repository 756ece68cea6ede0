// Writes the small images the OCR and CLI tests read (test/fixtures/ocr/). Run once; commit the output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchRenderer, type RenderSpec, renderImage } from '../bench/ocr-render.ts';

const OUT = resolve(import.meta.dirname, '../test/fixtures/ocr');

const FIXTURES: (RenderSpec & { name: string })[] = [
  {
    name: 'lure-en.png',
    kind: 'flyer',
    lang: 'en',
    text: 'URGENT HIRING!\nCustomer service job in Cambodia\nSalary $2000/month\nFree flight ticket, food and accommodation\nNo experience needed\nContact us on Telegram @hr_job888',
    width: 560,
    height: 420,
    fontSize: 22,
    background: 'light',
    emoji: true,
    format: 'png',
  },
  {
    name: 'lure-th.jpg',
    kind: 'flyer',
    lang: 'th',
    text: 'รับสมัครด่วน\nงานแอดมินที่กัมพูชา\nเงินเดือน 50,000 บาท\nฟรีตั๋วเครื่องบิน ที่พัก อาหาร\nไม่ต้องมีประสบการณ์\nติดต่อทาง Telegram',
    width: 560,
    height: 420,
    fontSize: 24,
    background: 'gradient',
    emoji: false,
    format: 'jpeg',
  },
  {
    name: 'genuine-en.webp',
    kind: 'chat',
    lang: 'en',
    text: 'Hi, we are hiring a junior accountant in Manila\nFull time, office based, government benefits\nPlease send your CV to careers@example.com\nThanks, I will apply today',
    width: 520,
    height: 360,
    fontSize: 18,
    background: 'light',
    emoji: false,
    format: 'webp',
  },
];

const browser = await launchRenderer();
mkdirSync(OUT, { recursive: true });
for (const f of FIXTURES) {
  const bytes = await renderImage(browser, f);
  writeFileSync(join(OUT, f.name), bytes);
  console.log(f.name, bytes.length, 'bytes');
}
await browser.close();

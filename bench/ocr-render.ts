/**
 * Renders job-ad images the way lures circulate: a flyer (big headline, coloured background,
 * emoji) or a chat screenshot (bubbles, small type), in headless Chromium with Debian's Noto
 * fonts. Used by `npm run eval:ocr` and by scripts/make-ocr-fixtures.ts. Text is set with
 * textContent, never parsed as HTML.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RenderSpec {
  kind: 'flyer' | 'chat';
  /** First line is the headline (flyer) or the first bubble (chat); lines become bubbles/paragraphs. */
  text: string;
  lang: string;
  width: number;
  height: number;
  /** Body font size in CSS px. */
  fontSize: number;
  /** Background: 'light' | 'dark' | 'gradient' | 'busy' (stripes behind the text). */
  background: 'light' | 'dark' | 'gradient' | 'busy';
  emoji: boolean;
  /** Rendered at this fraction of the size, then scaled back up: a low-resolution re-share. */
  downscale?: number;
  format: 'png' | 'jpeg' | 'webp';
}

const BACKGROUNDS: Record<RenderSpec['background'], { bg: string; fg: string }> = {
  light: { bg: '#fffdf4', fg: '#1a1a1a' },
  dark: { bg: '#0f2a4a', fg: '#ffffff' },
  gradient: { bg: 'linear-gradient(135deg, #ffd54f, #ff7043)', fg: '#2b0f00' },
  busy: { bg: 'repeating-linear-gradient(45deg, #e3f2fd 0 18px, #bbdefb 18px 36px)', fg: '#0d1b2a' },
};

const EMOJI = ['💰', '✈️', '🔥', '✅', '🏨', '📲'];

export async function launchRenderer(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

async function build(page: Page, spec: RenderSpec): Promise<void> {
  const colours = BACKGROUNDS[spec.background];
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  // tsx compiles with keepNames: functions inside evaluated code call __name.
  await page.evaluate('globalThis.__name = (f) => f');
  await page.evaluate(
    ({ spec, colours, emoji }) => {
      document.documentElement.lang = spec.lang;
      const body = document.body;
      Object.assign(body.style, {
        margin: '0',
        width: `${spec.width}px`,
        height: `${spec.height}px`,
        overflow: 'hidden',
        background: colours.bg,
        color: colours.fg,
        fontFamily:
          "'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans Thai', 'Noto Sans Khmer', 'Noto Sans Myanmar', 'Noto Sans Lao', 'Noto Sans Devanagari', 'Noto Sans Bengali', 'Noto Sans Sinhala', sans-serif",
        boxSizing: 'border-box',
        padding: `${Math.round(spec.fontSize * 1.2)}px`,
      });
      const lines = spec.text.split('\n').filter((l) => l.trim());
      const deco = (i: number) => (spec.emoji ? `${emoji[i % emoji.length]} ` : '');
      if (spec.kind === 'flyer') {
        const h = document.createElement('div');
        h.textContent = `${deco(2)}${lines[0] ?? ''}`;
        Object.assign(h.style, { fontSize: `${Math.round(spec.fontSize * 1.8)}px`, fontWeight: '800', marginBottom: `${spec.fontSize}px`, lineHeight: '1.25' });
        body.append(h);
        lines.slice(1).forEach((l, i) => {
          const p = document.createElement('div');
          p.textContent = `${deco(i)}${l}`;
          Object.assign(p.style, {
            fontSize: `${spec.fontSize}px`,
            margin: `0 0 ${Math.round(spec.fontSize * 0.6)}px`,
            lineHeight: '1.35',
            fontWeight: i % 3 === 0 ? '700' : '400',
          });
          body.append(p);
        });
      } else {
        body.style.background = spec.background === 'dark' ? '#17212b' : '#e6ebee';
        lines.forEach((l, i) => {
          const wrap = document.createElement('div');
          Object.assign(wrap.style, {
            display: 'flex',
            justifyContent: i % 4 === 3 ? 'flex-end' : 'flex-start',
            margin: `0 0 ${Math.round(spec.fontSize * 0.7)}px`,
          });
          const b = document.createElement('div');
          b.textContent = `${i % 5 === 4 ? deco(i) : ''}${l}`;
          const mine = i % 4 === 3;
          Object.assign(b.style, {
            maxWidth: '78%',
            padding: `${Math.round(spec.fontSize * 0.5)}px ${Math.round(spec.fontSize * 0.8)}px`,
            borderRadius: '14px',
            fontSize: `${spec.fontSize}px`,
            lineHeight: '1.35',
            background: spec.background === 'dark' ? (mine ? '#2b5278' : '#182533') : mine ? '#dcf8c6' : '#ffffff',
            color: spec.background === 'dark' ? '#f5f5f5' : '#111111',
          });
          const time = document.createElement('div');
          time.textContent = `${10 + (i % 12)}:${String((i * 7) % 60).padStart(2, '0')}`;
          Object.assign(time.style, { fontSize: `${Math.max(9, Math.round(spec.fontSize * 0.6))}px`, opacity: '0.6', textAlign: 'right' });
          b.append(time);
          wrap.append(b);
          body.append(wrap);
        });
      }
    },
    { spec, colours, emoji: EMOJI },
  );
}

/** The text as the image shows it, emoji aside: a chat adds each bubble's time. The reference for character accuracy. */
export function renderedText(spec: RenderSpec): string {
  const lines = spec.text.split('\n').filter((l) => l.trim());
  if (spec.kind === 'flyer') return lines.join('\n');
  return lines.map((l, i) => `${l}\n${10 + (i % 12)}:${String((i * 7) % 60).padStart(2, '0')}`).join('\n');
}

/** One image's bytes in the spec's format. */
export async function renderImage(browser: Browser, spec: RenderSpec): Promise<Uint8Array> {
  const scale = spec.downscale ?? 1;
  const page = await browser.newPage({ viewport: { width: spec.width, height: spec.height }, deviceScaleFactor: scale });
  try {
    await build(page, spec);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const png = await page.screenshot({ type: 'png' });
    // Re-encode (and bring a downscaled render back to full size, blurred, as a re-shared image is) in a canvas.
    const dataUrl = await page.evaluate(
      async ({ b64, width, height, format }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = width;
        c.height = height;
        const ctx = c.getContext('2d') as CanvasRenderingContext2D;
        ctx.imageSmoothingEnabled = true;
        ctx.drawImage(img, 0, 0, width, height);
        return c.toDataURL(`image/${format}`, 0.82);
      },
      { b64: Buffer.from(png).toString('base64'), width: spec.width, height: spec.height, format: spec.format },
    );
    return new Uint8Array(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  } finally {
    await page.close();
  }
}

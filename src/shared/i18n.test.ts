import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNAL_IDS, SIGNAL_LABELS } from '../detect/signals/index.ts';
import { formatMessage, signalLabel, t, tOr, type Catalog } from './i18n.ts';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES_DIR = join(ROOT, 'assets/public/_locales');
const UI_DIR = join(ROOT, 'src/ui');

/** Locales we ship: Chrome Web Store codes (developer.chrome.com/docs/webstore/i18n) plus km and my. */
const EXPECTED_LOCALES = ['en', 'fil', 'id', 'km', 'ms', 'my', 'th', 'vi', 'zh_CN', 'zh_TW'];

const locales = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function load(locale: string): Catalog {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalog;
}

const en = load('en');

/** `$NAME$` references in a message (lower-cased: Chrome matches them case-insensitively). */
function namedRefs(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

/** Direct `$1`…`$9` references (not `$$`, not inside a `$NAME$`). */
function directRefs(message: string): string[] {
  return [
    ...message
      .replace(/\$\$/g, '')
      .replace(/\$[A-Za-z0-9_@]+\$/g, '')
      .matchAll(/\$([1-9])/g),
  ]
    .map((m) => m[1]!)
    .sort();
}

function placeholderDefs(entry: Catalog[string]): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('_locales catalogues', () => {
  it('ships the expected locales', () => {
    expect(locales).toEqual(EXPECTED_LOCALES);
  });

  it('English has a description for every message', () => {
    for (const [key, entry] of Object.entries(en)) expect(entry.description?.trim(), key).toBeTruthy();
  });

  it('keeps the brand name and declares its own language tag', () => {
    for (const locale of locales) {
      const msgs = load(locale);
      expect(msgs.extName?.message, locale).toBe('Scam Job Radar');
      expect(msgs.uiLang?.message, locale).toBe(locale.replace('_', '-'));
      // The store and chrome://extensions cut descriptions longer than 132 characters.
      expect([...(msgs.extDescription?.message ?? '')].length, locale).toBeLessThanOrEqual(132);
    }
  });

  for (const locale of locales) {
    describe(locale, () => {
      it('is valid JSON with exactly the English keys and a non-empty message each', () => {
        const msgs = load(locale);
        expect(Object.keys(msgs).sort()).toEqual(Object.keys(en).sort());
        for (const [key, entry] of Object.entries(msgs)) {
          expect(/^[A-Za-z0-9_@]+$/.test(key), key).toBe(true);
          expect(typeof entry.message, key).toBe('string');
          expect(entry.message.trim().length, `${locale}/${key}`).toBeGreaterThan(0);
        }
      });

      it('uses the same placeholders as English in every message', () => {
        const msgs = load(locale);
        for (const [key, ref] of Object.entries(en)) {
          const entry = msgs[key]!;
          expect(namedRefs(entry.message), `${locale}/${key}`).toEqual(namedRefs(ref.message));
          expect(directRefs(entry.message), `${locale}/${key}`).toEqual(directRefs(ref.message));
          expect(placeholderDefs(entry), `${locale}/${key}`).toEqual(placeholderDefs(ref));
          // Every $NAME$ used is defined (else Chrome shows it literally).
          const defined = new Set(Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()));
          for (const name of namedRefs(entry.message)) expect(defined.has(name), `${locale}/${key}: $${name}$`).toBe(true);
        }
      });
    });
  }
});

describe('keys used by the code exist in English', () => {
  it("every t('…') under src/ui", () => {
    const used = new Set<string>();
    for (const file of walk(UI_DIR).filter((f) => /\.tsx?$/.test(f))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*['"`]([^'"`]+)['"`]/g)) {
        used.add(m[1]!);
        expect(en[m[1]!], `${relative(ROOT, file)}: t('${m[1]}')`).toBeDefined();
      }
    }
    expect(used.size).toBeGreaterThan(20);
  });

  it('signal_<id> for every signal, with the English label as text', () => {
    for (const id of SIGNAL_IDS) expect(en[`signal_${id}`]?.message, id).toBe(SIGNAL_LABELS[id]);
  });
});

describe('t() without a browser (English fallback)', () => {
  it('returns English text, never blank', () => {
    expect(t('popupCheckPage')).toBe('Check this page');
    expect(t('tierShortHigh')).toBe('High risk');
  });

  it('fills named placeholders and $n substitutions', () => {
    expect(t('popupCount', 7, 2)).toBe('7 posting(s) on this page, 2 with warning signs.');
    expect(t('optionsOtherPages', 'Check this page')).toBe('On any other page, click the toolbar button and choose “Check this page”.');
    expect(formatMessage({ message: 'Pay $$5 to $WHO$ ($1)', placeholders: { who: { content: '$2' } } }, ['a', 'b'])).toBe('Pay $5 to b (a)');
  });

  it('labels reasons by signal id, falling back to the verdict label', () => {
    expect(signalLabel({ id: 'messaging_contact', label: 'x' })).toBe(SIGNAL_LABELS.messaging_contact);
    expect(signalLabel({ id: 'not_a_signal_yet', label: 'New signal' })).toBe('New signal');
    expect(tOr('bad key!', 'fallback')).toBe('fallback');
  });
});

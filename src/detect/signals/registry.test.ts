import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSignalExamples } from '../../../test/helpers/signal-examples.ts';
import { SIGNALS } from './index.ts';
import { SIGNAL_LANGUAGES } from './signal.ts';

/**
 * The registry stays honest (after refined-github's features test): every signal lives in a file
 * named after its id and is registered; it has examples in every language it claims and claims
 * every language it has examples in; a label in every locale; a sign on the Learn page.
 */
const DIR = new URL('./', import.meta.url);
const kebab = (id: string) => id.replaceAll('_', '-');
const EXAMPLES = await loadSignalExamples();
const LOCALES_DIR = new URL('../../../assets/public/_locales/', import.meta.url);
const LOCALES = readdirSync(LOCALES_DIR).map((l) => ({
  locale: l,
  messages: JSON.parse(readFileSync(new URL(`${l}/messages.json`, LOCALES_DIR), 'utf8')) as Record<string, { message: string }>,
}));
const SIGNS = (JSON.parse(readFileSync(new URL('../../../assets/learn/signs.json', import.meta.url), 'utf8')) as { signs: { signal: string }[] }).signs;

describe('signal registry', () => {
  it('registers every file that defines a signal, and each signal is defined in <its-id>.ts', async () => {
    const defining = readdirSync(DIR).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && readFileSync(new URL(f, DIR), 'utf8').includes('defineSignal({'),
    );
    expect(defining.sort()).toEqual(SIGNALS.map((s) => `${kebab(s.id)}.ts`).sort());
    for (const signal of SIGNALS) {
      const mod = (await import(new URL(`${kebab(signal.id)}.ts`, DIR).href)) as Record<string, unknown>;
      expect(Object.values(mod), signal.id).toContain(signal);
    }
  });

  it.each(SIGNALS.map((s) => [s.id, s] as const))('%s: examples in exactly the languages it claims', (id, signal) => {
    const ex = EXAMPLES.get(id);
    expect(ex, `src/detect/signals/examples/${kebab(id)}.ts`).toBeDefined();
    const withFires = Object.entries(ex?.fires ?? {})
      .filter(([, t]) => (t ?? []).length > 0)
      .map(([l]) => l);
    expect(withFires.sort()).toEqual([...signal.languages].sort());
    for (const lang of [...signal.languages, ...Object.keys(ex?.quiet ?? {})]) expect(SIGNAL_LANGUAGES as readonly string[]).toContain(lang);
    expect(signal.languages).toContain('en');
  });

  it('has no examples file without a signal', () => {
    expect([...EXAMPLES.keys()].filter((id) => !SIGNALS.some((s) => s.id === id))).toEqual([]);
  });

  it.each(SIGNALS.map((s) => [s.id] as const))('%s: a label in every locale and a sign on the Learn page', (id) => {
    for (const { locale, messages } of LOCALES) expect(messages[`signal_${id}`]?.message?.trim(), `${locale}: signal_${id}`).toBeTruthy();
    expect(LOCALES.length).toBeGreaterThanOrEqual(10);
    // Weak cues are never reasons, so the Learn page has no sign for them.
    if (!SIGNALS.find((s) => s.id === id)?.weak) expect(SIGNS.map((s) => s.signal)).toContain(id);
  });
});

/**
 * npm run signal-table: the README's language × signal table, from the signals' examples
 * (src/detect/signals/examples/<id>.ts): each cell is the number of test texts the signal must
 * fire on in that language, "·" where the signal does not claim the language. A unit test keeps
 * the README's copy equal to this output.
 */
import { SIGNALS } from '../src/detect/signals/index.ts';
import { SIGNAL_LANGUAGES } from '../src/detect/signals/signal.ts';
import { loadSignalExamples } from '../test/helpers/signal-examples.ts';

export async function signalTable(): Promise<string> {
  const examples = await loadSignalExamples();
  const shown = SIGNALS.filter((s) => !('weak' in s && s.weak));
  const head = `| language | ${shown.map((s) => `\`${s.id}\``).join(' | ')} |`;
  const rule = `|---|${shown.map(() => '---:').join('|')}|`;
  const rows = SIGNAL_LANGUAGES.map((lang) => {
    const cells = shown.map((s) => {
      const n = examples.get(s.id)?.fires[lang]?.length ?? 0;
      return (s.languages as readonly string[]).includes(lang) && n > 0 ? String(n) : '·';
    });
    return `| ${lang} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await signalTable());

import { readdirSync } from 'node:fs';
import type { SignalExamples } from '../../src/detect/signals/signal.ts';

const DIR = new URL('../../src/detect/signals/examples/', import.meta.url);

/** Every signal's examples (src/detect/signals/examples/<kebab-id>.ts), by signal id. */
export async function loadSignalExamples(): Promise<Map<string, SignalExamples>> {
  const out = new Map<string, SignalExamples>();
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const mod = (await import(new URL(file, DIR).href)) as { default: SignalExamples };
    out.set(file.slice(0, -3).replaceAll('-', '_'), mod.default);
  }
  return out;
}

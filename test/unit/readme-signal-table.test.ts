import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { signalTable } from '../../scripts/signal-table.ts';

it("README's language × signal table is the one the examples give (npm run signal-table)", async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(await signalTable());
});

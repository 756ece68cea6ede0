// Writes the prefilter's literal table (src/detect/signals/prefilter.ts `useLiteralTable`) for the
// extension's package: every detector's regex source with the literals one of which each match
// contains. Run by the build (wxt.config.ts); `tsx scripts/prefilter-table.ts <out.json>`.
import { writeFileSync } from 'node:fs';
import { materialize, recordLiteralTable } from '../src/detect/signals/prefilter.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/prefilter-table.ts <out.json>');
const table = recordLiteralTable();
// Every detector registers its patterns at module load (deferred): the engine imports them all.
await import('../src/detect/engine.ts');
materialize();
writeFileSync(out, JSON.stringify([...table]));
console.log(`prefilter table: ${table.size} regex sources → ${out}`);

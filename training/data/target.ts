/**
 * Target-domain data: real scam-compound lures and their genuine look-alikes
 * (../shared/data/real_target_dev, the only real data of the kind the product must judge), and
 * the independently written synthetic banks (training/synthetic/banks/*.jsonl, one author or
 * generator family each). Both are used for training and judged only by grouped
 * cross-validation (real) and leave-one-bank-out (banks), never by the fixed split.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir } from './loaders.ts';
import type { Row } from './types.ts';

export const BANKS_DIR = fileURLToPath(new URL('../synthetic/banks/', import.meta.url));
export const REAL_TARGET_SOURCE = 'real_target_dev';

/** Language tags as the signals name them: zh-TW/HK/MO → zh-Hant, other zh-* → zh. */
export function targetLang(tag: string): string {
  if (/^zh-(?:TW|HK|MO|Hant)/i.test(tag)) return 'zh-Hant';
  return tag.split('-')[0]?.toLowerCase() || 'und';
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });
}

/**
 * real_target_dev: 47 lures and 77 genuine look-alikes, grouped by source URL (several rows can
 * quote one article). Paraphrased lures (verbatim: false) are weaker positives: half weight.
 */
export function loadRealTargetDev(dir = dataDir()): Row[] {
  const base = join(dir, 'real_target_dev');
  const rows: Row[] = [];
  for (const file of ['lures.jsonl', 'genuine.jsonl']) {
    for (const r of readJsonl(join(base, file))) {
      const label = r.label === 1 ? 1 : 0;
      const text = String(r.text ?? '').trim();
      if (!text) continue;
      const row: Row = {
        id: `${REAL_TARGET_SOURCE}:${String(r.id)}`,
        source: REAL_TARGET_SOURCE,
        lang: targetLang(String(r.language ?? 'und')),
        label,
        text,
        synthetic: false,
        jobAd: false,
        group: `rtd:${String(r.source_url ?? r.id)}`,
        target: 'real',
      };
      if (label === 1 && r.verbatim === false) row.weight = 0.5;
      rows.push(row);
    }
  }
  return rows;
}

/** Every synthetic bank, each row its own group, labelled synthetic with its bank as source. */
export function loadBanks(dir = BANKS_DIR): Row[] {
  if (!existsSync(dir)) return [];
  const rows: Row[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const r of readJsonl(join(dir, file))) {
      const bank = String(r.bank ?? file.replace(/\.jsonl$/, ''));
      const text = String(r.text ?? '').trim();
      if (!text) continue;
      rows.push({
        id: `${bank}:${String(r.id)}`,
        source: bank,
        lang: targetLang(String(r.language ?? 'und')),
        label: r.label === 1 ? 1 : 0,
        text,
        synthetic: true,
        jobAd: false,
        group: `${bank}:${String(r.id)}`,
        target: 'bank',
      });
    }
  }
  return rows;
}

/**
 * job_abroad: the job is in another country than its readers' — an "overseas" word (出国, 해외,
 * nước ngoài, luar negeri, विदेश, за границей, …) or a named destination outside the country of
 * the text's script (a Sinhala ad for Bangkok, a Korean one for 태국). Most lures send people
 * abroad; so do honest agencies, so this is context: shown with a red flag, never alone.
 */
import type { SignalHit } from '../../shared/types.ts';
import { abroadEvidence } from './abroad.ts';
import { makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

function detectJobAbroad(text: string): SignalHit | null {
  const where = abroadEvidence(text);
  if (!where) return null;
  const hit = makeHit('job_abroad', 0.3, [where]);
  if (hit) hit.context = true;
  return hit;
}

export const jobAbroad = defineSignal({
  id: 'job_abroad',
  label: 'Job in another country',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectJobAbroad,
});

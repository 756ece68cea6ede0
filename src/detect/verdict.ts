import type { Reason, SignalHit, Verdict } from '../shared/types.ts';
import { CONTEXT_SIGNALS, cappedScore, evidenceCeiling, riskTier, type Thresholds } from './policy.ts';
import { SIGNAL_LABELS } from './signals/index.ts';

export type { Thresholds };

const MAX_EVIDENCE_PER_REASON = 3;
const MAX_EVIDENCE_CHARS = 160;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_EVIDENCE_CHARS ? `${one.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : one;
}

/**
 * Reasons are the red-flag signals that pushed the score up, strongest contribution first.
 * A signal whose learned weight is zero or negative (the model found it uninformative or a
 * sign of a genuine ad) is not presented as a reason for alarm.
 */
export function buildReasons(hits: SignalHit[], contributions: Record<string, number>): Reason[] {
  // One reason per signal: the strongest hit's strength and detail, every hit's evidence.
  const bestById = new Map<string, SignalHit>();
  for (const hit of hits) {
    const prev = bestById.get(hit.id);
    const strongest = !prev || hit.strength > prev.strength ? hit : prev;
    // Context only when every hit of the signal is.
    const context = (prev ? prev.context === true : true) && hit.context === true;
    bestById.set(hit.id, { ...strongest, evidence: [...(prev?.evidence ?? []), ...hit.evidence], context });
  }
  const reasons: Reason[] = [];
  for (const [id, hit] of bestById) {
    const contribution = contributions[id] ?? 0;
    if (contribution <= 0) continue;
    const evidence = [...new Set(hit.evidence.map((e) => clip(e.text)).filter(Boolean))].slice(0, MAX_EVIDENCE_PER_REASON);
    const reason: Reason = { id, label: SIGNAL_LABELS[id as keyof typeof SIGNAL_LABELS] ?? id, evidence, contribution: round(contribution, 4) };
    if (hit.detail) reason.detail = hit.detail;
    if (hit.pay) reason.pay = hit.pay;
    if (hit.perks) reason.perks = hit.perks;
    if (hit.context || CONTEXT_SIGNALS.has(id)) reason.context = true;
    reasons.push(reason);
  }
  return reasons.sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0));
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The verdict: reasons from the signals, the tier from the score capped by the evidence (policy.ts). */
export function buildVerdict(probability: number, hits: SignalHit[], contributions: Record<string, number>, thresholds: Thresholds, model: string): Verdict {
  const reasons = buildReasons(hits, contributions);
  const score = round(cappedScore(Math.min(1, Math.max(0, probability)), thresholds, evidenceCeiling(reasons)), 4);
  return { score, risk: riskTier(score, thresholds, reasons), reasons, model };
}

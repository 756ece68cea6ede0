/**
 * Cue scoring: weighted patterns grouped by what they say (one weight per group, combined by
 * noisy-OR), with negation, genuine-context damping and skip rules; and the hit a detector
 * returns (strength clamped and rounded, evidence sorted, de-overlapped and capped).
 */
import type { Evidence, SignalHit } from '../../shared/types.ts';
import { findAll, type Match, type Pattern } from './pattern.ts';

/** Max evidence spans kept per signal. */
export const MAX_EVIDENCE = 5;

/** The text within `radius` characters around a span (same string, clipped). */
export function around(text: string, m: { start: number; end: number }, before: number, after = before): string {
  return text.slice(Math.max(0, m.start - before), Math.min(text.length, m.end + after));
}

/** Text just before a span. */
export function before(text: string, m: { start: number }, n: number): string {
  return text.slice(Math.max(0, m.start - n), m.start);
}

/** Noisy-OR combination of independent cue weights. */
export function noisyOr(weights: readonly number[]): number {
  let p = 1;
  for (const x of weights) p *= 1 - Math.min(1, Math.max(0, x));
  return 1 - p;
}

export function clamp01(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

/** Evidence list: sorted, de-overlapped, capped. */
export function pickEvidence(spans: readonly Match[], max = MAX_EVIDENCE): Evidence[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [];
  let lastEnd = -1;
  for (const s of sorted) {
    if (s.start < lastEnd) continue;
    out.push({ text: s.text, start: s.start, end: s.end });
    lastEnd = s.end;
    if (out.length >= max) break;
  }
  return out;
}

/** Builds a hit (strength clamped and rounded) or null when strength is ~0. */
export function makeHit(id: string, strength: number, spans: readonly Match[], detail?: string): SignalHit | null {
  const s = Math.round(clamp01(strength) * 1000) / 1000;
  if (s <= 0) return null;
  const hit: SignalHit = { id, strength: s, evidence: pickEvidence(spans) };
  if (detail) hit.detail = detail;
  return hit;
}

/** A weighted cue: a regex whose matches add `weight` under a `group` (one weight per group). */
export interface Cue {
  group: string;
  weight: number;
  re: Pattern | RegExp;
  /** Drop a match when this regex matches the text just before it (negation, e.g. "no "). */
  negateBefore?: RegExp;
  /** Multiply weight by `dampen` when this regex matches near the match (genuine context). */
  dampenNear?: RegExp;
  dampen?: number;
  /** Drop a match when this regex matches within 60 characters of it (e.g. an anti-fraud notice). */
  skipNear?: RegExp;
}

export interface CueResult {
  /** Best weight per group. */
  groups: Map<string, number>;
  spans: Match[];
}

/** Runs cues; for each group keeps the max weight seen. */
export function runCues(text: string, cues: readonly Cue[]): CueResult {
  const groups = new Map<string, number>();
  const spans: Match[] = [];
  for (const cue of cues) {
    for (const m of findAll(text, cue.re, 50)) {
      if (cue.negateBefore?.test(before(text, m, 14))) continue;
      if (cue.skipNear?.test(around(text, m, 60))) continue;
      let wgt = cue.weight;
      if (cue.dampenNear?.test(around(text, m, 60))) wgt *= cue.dampen ?? 0.3;
      const prev = groups.get(cue.group) ?? 0;
      if (wgt > prev) groups.set(cue.group, wgt);
      spans.push(m);
    }
  }
  return { groups, spans };
}

/** Noisy-OR over a CueResult's groups. */
export function cueStrength(r: CueResult): number {
  return noisyOr([...r.groups.values()]);
}

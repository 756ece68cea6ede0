import type { RiskTier, Verdict } from './types.ts';

/**
 * Reports the user makes from a badge ("Not a scam" / "This looks like a scam"). They are kept
 * on this device only (`local:reports`); nothing is ever sent. The user can export them as a
 * file, review it and share it themselves.
 */
export type ReportKind = 'false-positive' | 'missed-scam';

export interface Report {
  kind: ReportKind;
  /** ISO 8601 time of the click. */
  at: string;
  pageUrl: string;
  title: string;
  /** The first EXCERPT_CHARS characters of the posting text. */
  excerpt: string;
  score: number;
  risk: RiskTier;
  reasonIds: string[];
  model: string;
}

/** At most this many reports are kept; the oldest are dropped first. */
export const MAX_REPORTS = 500;
export const EXCERPT_CHARS = 500;
const MAX_URL_CHARS = 2000;
const MAX_TITLE_CHARS = 300;
const MAX_REASONS = 50;

export interface ReportInput {
  kind: ReportKind;
  pageUrl: string;
  title?: string;
  text: string;
  verdict: Verdict;
}

/** Builds a report from a posting and its verdict (pure: the time is passed in). */
export function buildReport(input: ReportInput, now: Date = new Date()): Report {
  return {
    kind: input.kind,
    at: now.toISOString(),
    pageUrl: input.pageUrl.slice(0, MAX_URL_CHARS),
    title: (input.title ?? '').trim().slice(0, MAX_TITLE_CHARS),
    excerpt: input.text.slice(0, EXCERPT_CHARS),
    score: input.verdict.score,
    risk: input.verdict.risk,
    reasonIds: input.verdict.reasons.map((r) => r.id).slice(0, MAX_REASONS),
    model: input.verdict.model,
  };
}

const KINDS: readonly string[] = ['false-positive', 'missed-scam'] satisfies ReportKind[];
const RISKS: readonly string[] = ['low', 'medium', 'high'] satisfies RiskTier[];

/**
 * Checks a report that crossed the message boundary and clips its fields to the sizes
 * buildReport produces; null when it is not a report at all.
 */
export function normalizeReport(x: unknown): Report | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const kind = str(r.kind);
  const risk = str(r.risk);
  const at = str(r.at);
  if (!kind || !KINDS.includes(kind) || !risk || !RISKS.includes(risk) || !at || Number.isNaN(Date.parse(at))) return null;
  if (typeof r.score !== 'number' || !Number.isFinite(r.score)) return null;
  const reasonIds = Array.isArray(r.reasonIds) ? r.reasonIds.filter((id): id is string => typeof id === 'string').map((id) => id.slice(0, 100)) : [];
  return {
    kind: kind as ReportKind,
    at: new Date(at).toISOString(),
    pageUrl: (str(r.pageUrl) ?? '').slice(0, MAX_URL_CHARS),
    title: (str(r.title) ?? '').slice(0, MAX_TITLE_CHARS),
    excerpt: (str(r.excerpt) ?? '').slice(0, EXCERPT_CHARS),
    score: r.score,
    risk: risk as RiskTier,
    reasonIds: reasonIds.slice(0, MAX_REASONS),
    model: (str(r.model) ?? '').slice(0, 100),
  };
}

/** The list with `report` appended, keeping only the newest `max` (oldest dropped). */
export function appendReport(list: readonly Report[], report: Report, max: number = MAX_REPORTS): Report[] {
  const next = [...list, report];
  return next.length > max ? next.slice(next.length - max) : next;
}

/** The newest `n` reports, newest first. */
export function latestReports(list: readonly Report[], n = 20): Report[] {
  return list.slice(-n).reverse();
}

/** The host of a report's page, or '' when the URL does not parse. */
export function reportHost(report: Report): string {
  try {
    return new URL(report.pageUrl).host;
  } catch {
    return '';
  }
}

export interface ReportsExport {
  header: {
    app: 'Scam Job Radar';
    format: 'scam-job-radar-reports';
    version: 1;
    exportedAt: string;
    count: number;
    note: string;
  };
  reports: Report[];
}

/** The file the user downloads and reviews before sharing it (if they choose to). */
export function exportReports(list: readonly Report[], now: Date = new Date()): ReportsExport {
  return {
    header: {
      app: 'Scam Job Radar',
      format: 'scam-job-radar-reports',
      version: 1,
      exportedAt: now.toISOString(),
      count: list.length,
      note: 'These reports were saved on this device only. Nothing was sent automatically. Review this file (it holds page addresses and posting text) before you share it.',
    },
    reports: [...list],
  };
}

/**
 * The record of one scanned posting, shared by the CLI's output and the check page's export:
 * JSONL objects and CSV lines with the same fields.
 */
import type { Verdict } from './types.ts';

/** One line of `scan` output. Field names are a documented interface: extend, never rename. */
export interface ScanRecord {
  id: string | number;
  title: string | null;
  score: number;
  risk: Verdict['risk'];
  reasons: { id: string; label: string; evidence: string[]; detail?: string }[];
  model: string;
  /** Image inputs only: what the OCR read (the scored text) and with which models. */
  ocr?: OcrRecord;
}

/** What OCR read from an image input (src/ocr): text, the models of the kept pass, the scripts probed. */
export interface OcrRecord {
  text: string;
  /** Tesseract model codes of the pass whose text was scored, e.g. ["eng", "tha"]. */
  models: string[];
  /** Models tried on the worst-read lines to find the script; empty when the first pass read well. */
  probed: string[];
  /** Mean word confidence, 0–100. */
  confidence: number;
}

export function toScanRecord(id: string | number, title: string | undefined, v: Verdict): ScanRecord {
  return {
    id,
    title: title?.trim() ? title.trim() : null,
    score: v.score,
    risk: v.risk,
    reasons: v.reasons.map((r) => ({ id: r.id, label: r.label, evidence: r.evidence, ...(r.detail ? { detail: r.detail } : {}) })),
    model: v.model,
  };
}

/**
 * A cell a spreadsheet would evaluate as a formula: one starting with = + - @ (also their
 * full-width and small forms), possibly behind spaces, a byte-order mark or other invisible
 * characters that spreadsheets skip, or starting with a tab, CR or LF.
 */
const FORMULA_START = /^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\u2212\ufe62\ufe63\ufe66\ufe6b\uff0b\uff0d\uff1d\uff20]|^[\t\r\n]/;

export function csvCell(value: string): string {
  // Postings are untrusted text: a cell must never be read as a formula.
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = 'id,title,score,risk,reasons,model';
/** Added to the CSV header when a run has image inputs: the recognised text and the models (space-separated). */
export const CSV_OCR_COLUMNS = ',ocr_text,ocr_models';

export function ocrCsvCells(r: ScanRecord): string {
  return `,${csvCell(r.ocr?.text ?? '')},${csvCell(r.ocr?.models.join(' ') ?? '')}`;
}

export function toCsvLine(r: ScanRecord): string {
  const reasons = r.reasons.map((x) => (x.evidence.length ? `${x.label}: ${x.evidence.join(' / ')}` : x.label)).join(' | ');
  return [String(r.id), r.title ?? '', r.score.toFixed(4), r.risk, reasons, r.model].map(csvCell).join(',');
}

/** One training/evaluation row, whatever corpus it came from. */
export interface Row {
  /** Unique within the whole data set: `<source>:<local id>`. */
  id: string;
  /** Corpus id (see SOURCES in loaders.ts), e.g. "emscad_fraudulent_866", "synthetic_lure". */
  source: string;
  /** Language code from the heuristic in lang.ts (en, zh, vi, id, th, ko, ja, fil, ms, km, my, ...). */
  lang: string;
  /** 1 = scam / fraudulent recruitment, 0 = genuine (or not a scam job lure). */
  label: 0 | 1;
  /** title + company + location + salary + body joined with newlines (postingText), cleaned. */
  text: string;
  title?: string;
  /** true for generated rows (synthetic generator, templated SMS rows). */
  synthetic: boolean;
  /** Optional per-row weight multiplier (default 1), e.g. for low-weight negatives. */
  weight?: number;
  /** Genuine job-board ad (the population the false-positive-rate thresholds are set on). */
  jobAd: boolean;
  /**
   * Rows that must stay together in every split and fold (e.g. several quotes from one article);
   * without it, near-duplicate grouping decides.
   */
  group?: string;
  /** Target-domain rows (real_target_dev, the synthetic banks) are evaluated by grouped cross-validation and leave-one-bank-out, never by the fixed split. */
  target?: 'real' | 'bank';
}

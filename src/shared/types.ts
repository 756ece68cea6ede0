/** Where an extracted posting came from. `site:<name>` names a site adapter. */
export type PostingSource = 'jsonld' | 'microdata' | `site:${string}` | 'generic' | 'text';

/** One job posting as the extractors and the CLI see it (plain data, serialisable). */
export interface JobPosting {
  /** Stable id within one scan (the input's id, or a position). */
  id?: string;
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  url?: string;
  /** The body text of the ad (description, requirements, benefits, ...). */
  text: string;
  source?: PostingSource;
}

/** A posting found in a DOM, with the element a warning should be drawn next to. */
export interface ExtractedPosting extends JobPosting {
  element?: Element;
  /**
   * A feed post whose own text is no job ad (or too short to tell) but is short and holds an
   * image: returned only when the images of posts are read (ExtractOptions.imagePosts); the
   * content script reads its images, then puts caption and image text through the gate again.
   */
  awaitingImages?: true;
}

export type RiskTier = 'low' | 'medium' | 'high';

/** A span of matched text that supports a signal, as offsets into the normalised text. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** One red-flag signal that fired on a posting. */
export interface SignalHit {
  /** Stable id, e.g. "lure_bundle", "messaging_contact". */
  id: string;
  /** Strength in [0,1]; 1 = a clear match. Used as a dense model feature. */
  strength: number;
  evidence: Evidence[];
  /** Optional human detail for the reason (e.g. salary figures). */
  detail?: string;
  /** The figures behind a pay detail, so the UI can say it in its own language. */
  pay?: PayComparison;
  /** The perks behind a lure-bundle detail, for the same reason. */
  perks?: PerkBundle;
  /**
   * Context, not a red flag on its own: shown beside red flags but never counted as one (food and
   * room without any travel perk, a bonus without commission-for-tasks wording). See policy.ts.
   */
  context?: boolean;
}

/** Which of the free flight / visa / food / room bundle an ad offers, and whether it says "no cost to you". */
export interface PerkBundle {
  items: Array<'flight' | 'visa' | 'food' | 'room'>;
  noCost: boolean;
}

/** "Pay far above norm" in figures: the stated pay, its US$/month value and how it compares. */
export interface PayComparison {
  /** The stated pay as written in figures, e.g. "30,000,000 VND–40,000,000 VND/month". */
  amount: string;
  /** Its value in US$ a month (absent when the pay is already in US$). */
  usdMonth?: number;
  /** How many times the typical pay for the role in `country`. */
  ratio: number;
  /** ISO 3166 code of the country whose pay norm was used. */
  country: string;
  /** Compared with skilled (true) or entry-level (false) pay. */
  skilled: boolean;
}

export interface Reason {
  id: string;
  label: string;
  evidence: string[];
  detail?: string;
  /** The figures behind `detail` for a pay reason (see SignalHit.pay). */
  pay?: PayComparison;
  /** The perks behind `detail` for a lure-bundle reason (see SignalHit.perks). */
  perks?: PerkBundle;
  /** How much this signal moved the model's logit (explainability). */
  contribution?: number;
  /** Context that supports a warning but cannot carry one (see SignalHit.context and policy.ts). */
  context?: boolean;
}

export interface Verdict {
  score: number;
  risk: RiskTier;
  reasons: Reason[];
  /** Model version string, e.g. "sjr-2026.12.04-lr". */
  model: string;
  /** Set when the user trusts the posting's site or employer: shown calmly, not counted as risky. */
  trusted?: 'site' | 'employer';
  /**
   * ISO 3166 code of the country the ad points to (a named scam hub's country first), when it
   * names one: the help panel offers that country's hotlines. Not part of the CLI's records.
   */
  destination?: string;
  /**
   * Set by the content script (setting "Read text in images of posts"): the verdict is on the
   * post's text together with the text read from this many of its images.
   */
  imagesRead?: number;
}

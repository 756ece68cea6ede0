/**
 * Set by wxt.config.ts. True only in the benchmark's comparison build without image ads
 * (SJR_NO_IMAGES=1 with SJR_E2E=1); false everywhere else. Used by the entry points only.
 */
declare const __SJR_NO_IMAGES__: boolean;

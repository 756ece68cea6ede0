/** Settings shared by `npm run train` and `npm run ablation`. */
import { fileURLToPath } from 'node:url';
import { SIGNALS } from '../src/detect/signals/index.ts';

export const MODELS_DIR = fileURLToPath(new URL('../models/', import.meta.url));
export const ONNX_PATH = `${MODELS_DIR}scam-job-radar.onnx`;
export const META_PATH = `${MODELS_DIR}model.json`;
export const CARD_PATH = `${MODELS_DIR}MODEL_CARD.md`;

export const TRAIN_SEED = 1337;
export const HYPER = {
  // The real-validation ROC-AUC peaks around epoch 25 (the best epoch is kept); 20 stopped short of it.
  epochs: Number(process.env.SJR_EPOCHS ?? 40),
  lr: Number(process.env.SJR_LR ?? 0.3),
  lrDense: 0.05,
  l2: Number(process.env.SJR_L2 ?? 1e-6),
  l2Dense: 1e-4,
  syntheticShare: 1,
  /** Weight multiplier of target-domain rows (real_target_dev, the banks): they are few, and they are the task. */
  targetWeight: Number(process.env.SJR_TARGET_WEIGHT ?? 3),
  /** Genuine-ad FPR targets on validation. */
  fprMedium: Number(process.env.SJR_FPR_MEDIUM ?? 0.05),
  fprHigh: 0.01,
  /** Small floors so that a tier is never given to a near-zero probability. */
  // 0.09 since 2026-12-07: once everyday wording at home stopped counting as a red flag, the
  // job-board 5 % quantile fell to 0.05 and let ORFD's genuine ads through; in grouped CV on
  // real_target_dev 0.09 keeps the same recall (0.85 / 0.74) and flags fewer bank look-alikes.
  minMedium: Number(process.env.SJR_MIN_MEDIUM ?? 0.09),
  minHigh: 0.15,
};

/**
 * The second architecture in the ablation, not shipped: the linear model plus a non-linear text
 * branch (ids mod 16,384 → 8-wide embedding bag → 16 ReLU units; 1.5 MB in all). It raises
 * PR-AUC on the real test split, but the gain is on EMSCAD, whose source and label are
 * confounded, while within-ORFD ROC-AUC falls and US genuine ads score higher: the model card's
 * ablation section has the figures.
 */
export const ABLATION_BRANCH = { buckets: 1 << 14, dim: 8, hidden: 16, lrEmbed: 0.1, lrHead: 0.02, l2Embed: 1e-6 };

/** Signals the detectors report but the model does not use as inputs: the weak cues (`weak: true` in their files). */
export const MODEL_EXCLUDED_SIGNALS: readonly string[] = SIGNALS.filter((s) => 'weak' in s && s.weak).map((s) => s.id);
/** Genuine corpora whose labels are too noisy to set the false-positive thresholds. */
export const THRESHOLD_EXCLUDED_SOURCES: readonly string[] = process.env.SJR_THRESHOLD_ALL === '1' ? [] : ['orfd_58com_zh'];
/** A source needs this many genuine validation ads before its own FPR can set a threshold. */
export const MIN_SOURCE_ROWS_FOR_THRESHOLD = 40;

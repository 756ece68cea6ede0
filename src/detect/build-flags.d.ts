/**
 * Set by wxt.config.ts. True only in the benchmark's comparison build (SJR_ORT_ONLY=1 with
 * SJR_E2E=1): onnxruntime answers from the first verdict, as before the switching classifier.
 * False everywhere else, so that path is removed from the shipped bundle.
 */
declare const __SJR_ORT_ONLY__: boolean;

import metaJson from '../../models/model.json' with { type: 'json' };
import type { ModelMeta } from './model.ts';

/** The shipped model's metadata (version, inputs, weights, thresholds): the one import of models/model.json. */
export const MODEL_META = metaJson as unknown as ModelMeta;

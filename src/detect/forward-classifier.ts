/**
 * The model as a Classifier without onnxruntime: the TypeScript forward pass over the weights
 * read from the ONNX file. Same inputs, same Prediction, logits within 1e-5 of the ONNX graph
 * (model.test.ts, switching-classifier.test.ts).
 */
import type { Features } from './features.ts';
import { checkDenseWidth, forwardTs, modelIds, predictionFor, type Classifier, type ForwardWeights, type ModelMeta, type Prediction } from './model.ts';

export function createForwardClassifier(weights: ForwardWeights, meta: ModelMeta): Classifier {
  const buckets = meta.featureConfig.buckets;
  const rows = Math.floor(weights.table.length / weights.dim);
  if (rows !== buckets) throw new Error(`model table has ${rows} rows, model.json says ${buckets} buckets`);
  if (weights.dense.length !== meta.denseNames.length) {
    throw new Error(`model has ${weights.dense.length} dense weights, model.json names ${meta.denseNames.length}`);
  }
  return {
    meta,
    predict(f: Features): Promise<Prediction> {
      try {
        checkDenseWidth(meta, f);
        const logit = forwardTs(weights, { ids: modelIds(f.ids, buckets), dense: f.dense });
        return Promise.resolve(predictionFor(meta, logit, f.dense));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
}

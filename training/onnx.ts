/**
 * Writes (and reads back) the classifier as an ONNX model with onnx-proto (protobufjs codegen
 * of onnx.proto). Opset 17, IR version 8.
 *
 *   ids:int32[N] → Gather(table[V,D]) → Cast(double) → ReduceMean(axes=[0] attribute, keepdims=1)
 *   → Cast(float) → [1,D]
 *   (D>1: MatMul proj[D,1]) → [1,1]
 *   dense:float32[1,S] → MatMul u[S,1] → [1,1]
 *   text branch (when present): Mod(ids, V2) → Gather(embed[V2,E]) → Cast(double) → ReduceMean
 *   → Cast(float) → MatMul w1[E,H] → Add b1 → Relu → MatMul w2[H,1] → Add b2 → [1,1]
 *   Add, (Add branch), Add(bias[1,1]) → logit:float32[1,1]
 */
import onnxPkg from 'onnx-proto';
import type { ForwardWeights } from '../src/detect/model.ts';
import { INPUT_DENSE, INPUT_IDS, OUTPUT_LOGIT } from '../src/detect/model.ts';

const { onnx } = onnxPkg as unknown as typeof import('onnx-proto');

const FLOAT = 1;
const INT32 = 6;
const DOUBLE = 11;
const ATTR_INT = 2;
const ATTR_INTS = 7;

function floatTensor(name: string, dims: number[], data: Float32Array): import('onnx-proto').onnx.ITensorProto {
  const bytes = new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  return { name, dims, dataType: FLOAT, rawData: bytes };
}

function valueInfo(name: string, elemType: number, dims: (number | string)[]): import('onnx-proto').onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

/**
 * Mean over the rows of `input` [N,D] → `output` [1,D]. Taken in float64 (like the TS forward
 * pass), so the two agree to float32 output precision however long the text is.
 */
function meanOfRows(input: string, output: string, prefix: string): import('onnx-proto').onnx.INodeProto[] {
  return [
    { opType: 'Cast', input: [input], output: [`${input}64`], name: `${prefix}to_double`, attribute: [{ name: 'to', type: ATTR_INT, i: DOUBLE }] },
    {
      opType: 'ReduceMean',
      input: [`${input}64`],
      output: [`${output}64`],
      name: `${prefix}mean`,
      attribute: [
        { name: 'axes', type: ATTR_INTS, ints: [0] },
        { name: 'keepdims', type: ATTR_INT, i: 1 },
      ],
    },
    { opType: 'Cast', input: [`${output}64`], output: [output], name: `${prefix}to_float`, attribute: [{ name: 'to', type: ATTR_INT, i: FLOAT }] },
  ];
}

/** Serialises the weights as an ONNX model. */
export function buildOnnx(w: ForwardWeights, docString = 'Scam Job Radar classifier'): Uint8Array {
  const D = w.dim;
  const V = Math.floor(w.table.length / D);
  const S = w.dense.length;
  const nodes: import('onnx-proto').onnx.INodeProto[] = [
    { opType: 'Gather', input: ['table', INPUT_IDS], output: ['gathered'], name: 'gather', attribute: [{ name: 'axis', type: ATTR_INT, i: 0 }] },
    ...meanOfRows('gathered', 'pooled', ''),
  ];
  const initializers = [floatTensor('table', [V, D], w.table), floatTensor('u', [S, 1], w.dense), floatTensor('bias', [1, 1], Float32Array.of(w.bias))];
  let sparseOut = 'pooled';
  if (D > 1) {
    if (!w.proj || w.proj.length !== D) throw new Error('proj[D] required when dim > 1');
    initializers.push(floatTensor('proj', [D, 1], w.proj));
    nodes.push({ opType: 'MatMul', input: ['pooled', 'proj'], output: ['sparse_logit'], name: 'project' });
    sparseOut = 'sparse_logit';
  }
  nodes.push(
    { opType: 'MatMul', input: [INPUT_DENSE, 'u'], output: ['dense_logit'], name: 'dense' },
    { opType: 'Add', input: [sparseOut, 'dense_logit'], output: ['sum'], name: 'add_dense' },
  );
  let sum = 'sum';
  if (w.branch) {
    const b = w.branch;
    initializers.push(
      floatTensor('embed', [b.buckets, b.dim], b.embed),
      floatTensor('w1', [b.dim, b.hidden], b.w1),
      floatTensor('b1', [1, b.hidden], b.b1),
      floatTensor('w2', [b.hidden, 1], b.w2),
      floatTensor('b2', [1, 1], Float32Array.of(b.b2)),
    );
    initializers.push({ name: 'branch_buckets', dims: [], dataType: INT32, int32Data: [b.buckets] });
    nodes.push(
      { opType: 'Mod', input: [INPUT_IDS, 'branch_buckets'], output: ['branch_ids'], name: 'branch_mod' },
      {
        opType: 'Gather',
        input: ['embed', 'branch_ids'],
        output: ['branch_gathered'],
        name: 'branch_gather',
        attribute: [{ name: 'axis', type: ATTR_INT, i: 0 }],
      },
      ...meanOfRows('branch_gathered', 'branch_pooled', 'branch_'),
      { opType: 'MatMul', input: ['branch_pooled', 'w1'], output: ['hidden_lin'], name: 'hidden' },
      { opType: 'Add', input: ['hidden_lin', 'b1'], output: ['hidden_pre'], name: 'hidden_bias' },
      { opType: 'Relu', input: ['hidden_pre'], output: ['hidden_act'], name: 'relu' },
      { opType: 'MatMul', input: ['hidden_act', 'w2'], output: ['branch_lin'], name: 'branch_out' },
      { opType: 'Add', input: ['branch_lin', 'b2'], output: ['branch_logit'], name: 'branch_bias' },
      { opType: 'Add', input: ['sum', 'branch_logit'], output: ['sum_branch'], name: 'add_branch' },
    );
    sum = 'sum_branch';
  }
  nodes.push({ opType: 'Add', input: [sum, 'bias'], output: [OUTPUT_LOGIT], name: 'add_bias' });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'scam-job-radar-training',
    producerVersion: '1',
    docString,
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'sjr',
      node: nodes,
      initializer: initializers,
      // int32 ids: onnxruntime-web takes the feature ids' Int32Array as it is (int64 cost a
      // BigInt per id, about 0.1 ms for a long ad).
      input: [valueInfo(INPUT_IDS, INT32, ['N']), valueInfo(INPUT_DENSE, FLOAT, [1, S])],
      output: [valueInfo(OUTPUT_LOGIT, FLOAT, [1, 1])],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

// The reader lives with the runtime, which parses the shipped model for its TypeScript forward pass.
export { readOnnxWeights } from '../src/detect/onnx-weights.ts';

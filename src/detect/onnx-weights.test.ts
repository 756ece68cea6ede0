/**
 * The extension's own protobuf reader against onnx-proto (the library that writes the model):
 * the same weights, bit for bit, from the shipped model and from models with every optional part.
 */
import { readFileSync } from 'node:fs';
import onnxPkg from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { buildOnnx } from '../../training/onnx.ts';
import type { ForwardWeights } from './model.ts';
import { readOnnxWeights } from './onnx-weights.ts';

const { onnx } = onnxPkg as unknown as typeof import('onnx-proto');
const SHIPPED = new Uint8Array(readFileSync(new URL('../../models/scam-job-radar.onnx', import.meta.url)));

/** Every initializer as onnx-proto decodes it: name → [dims, float values or int64 values]. */
function decodedByOnnxProto(bytes: Uint8Array): Map<string, { dims: number[]; values: number[] }> {
  const model = onnx.ModelProto.decode(bytes);
  return new Map(
    (model.graph?.initializer ?? []).map((t) => {
      let values: number[];
      if (t.rawData?.length) {
        const copy = new Uint8Array(t.rawData);
        values = Array.from(new Float32Array(copy.buffer));
      } else if (t.int64Data?.length) values = t.int64Data.map(Number);
      else values = Array.from(t.floatData ?? []);
      return [t.name ?? '', { dims: (t.dims ?? []).map(Number), values }];
    }),
  );
}

function random(n: number, seed: number): Float32Array {
  let s = seed;
  return Float32Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 30 - 1;
  });
}

describe('readOnnxWeights', () => {
  it('reads the shipped model as onnx-proto decodes it', () => {
    const w = readOnnxWeights(SHIPPED);
    const ref = decodedByOnnxProto(SHIPPED);
    const table = ref.get('table');
    expect(table?.dims).toEqual([w.table.length / w.dim, w.dim]);
    expect(Array.from(w.table)).toEqual(table?.values);
    expect(Array.from(w.dense)).toEqual(ref.get('u')?.values);
    expect(w.bias).toBe(ref.get('bias')?.values[0]);
    expect(w.proj === undefined).toBe(!ref.has('proj'));
    expect(w.branch === undefined).toBe(!ref.has('embed'));
    if (w.branch) {
      expect(Array.from(w.branch.embed)).toEqual(ref.get('embed')?.values);
      expect(Array.from(w.branch.w1)).toEqual(ref.get('w1')?.values);
      expect(w.branch.buckets).toBe(ref.get('branch_buckets')?.values[0]);
    }
  });

  it('round-trips a model with a projection and a text branch, bit for bit', () => {
    const w: ForwardWeights = {
      table: random(64 * 3, 1),
      dim: 3,
      proj: random(3, 2),
      dense: random(5, 3),
      bias: -0.375,
      branch: { buckets: 7, dim: 4, hidden: 6, embed: random(28, 4), w1: random(24, 5), b1: random(6, 6), w2: random(6, 7), b2: 0.125 },
    };
    expect(readOnnxWeights(buildOnnx(w))).toEqual(w);
    const plain: ForwardWeights = { table: random(50, 8), dim: 1, dense: random(2, 9), bias: 1.5 };
    expect(readOnnxWeights(buildOnnx(plain))).toEqual(plain);
  });

  it('refuses a file that is not our model, or is cut short', () => {
    expect(() => readOnnxWeights(new Uint8Array(0))).toThrow(/not a Scam Job Radar ONNX model/);
    expect(() => readOnnxWeights(SHIPPED.subarray(0, SHIPPED.length >> 1))).toThrow(/truncated|not a Scam Job Radar/);
    expect(() => readOnnxWeights(new TextEncoder().encode('<html>not a model</html>'))).toThrow();
  });
});

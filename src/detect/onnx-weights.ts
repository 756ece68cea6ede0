/**
 * Reads the weights for the TypeScript forward pass out of an ONNX file written by
 * training/onnx.ts. A minimal protobuf reader (ModelProto.graph → GraphProto.initializer →
 * TensorProto) instead of onnx-proto, so the extension can parse its model in a few
 * milliseconds without bundling protobufjs. Pure: runs in the service worker and in Node.
 */
import type { ForwardWeights } from './model.ts';

const MODEL_GRAPH = 7;
const GRAPH_INITIALIZER = 5;
const TENSOR_DIMS = 1;
const TENSOR_FLOAT_DATA = 4;
const TENSOR_INT32_DATA = 5;
const TENSOR_INT64_DATA = 7;
const TENSOR_NAME = 8;
const TENSOR_RAW_DATA = 9;

const WIRE_VARINT = 0;
const WIRE_64BIT = 1;
const WIRE_BYTES = 2;
const WIRE_32BIT = 5;

interface Tensor {
  name: string;
  dims: number[];
  floats: Float32Array;
  /** int64_data or int32_data (both varints). */
  ints: number[];
}

/** Iterates over a protobuf message's fields without materialising it. */
class Fields {
  private pos: number;
  constructor(
    private readonly buf: Uint8Array,
    start = 0,
    private readonly end = buf.length,
  ) {
    this.pos = start;
  }

  /** The next field's number and wire type, or undefined at the end of the message. */
  next(): { field: number; wire: number } | undefined {
    if (this.pos >= this.end) return undefined;
    const key = this.varint();
    return { field: Math.floor(key / 8), wire: key % 8 };
  }

  /** An unsigned varint (exact up to 2^53, enough for dims, types and lengths). */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new Error('truncated ONNX file');
      const b = this.buf[this.pos++] as number;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
    throw new Error('malformed varint in ONNX file');
  }

  /** A length-delimited field's bounds [start, end). */
  bytes(): [number, number] {
    const len = this.varint();
    const start = this.pos;
    this.pos += len;
    if (this.pos > this.end) throw new Error('truncated ONNX file');
    return [start, this.pos];
  }

  skip(wire: number): void {
    if (wire === WIRE_VARINT) this.varint();
    else if (wire === WIRE_64BIT) this.pos += 8;
    else if (wire === WIRE_BYTES) this.bytes();
    else if (wire === WIRE_32BIT) this.pos += 4;
    else throw new Error(`unsupported protobuf wire type ${wire} in ONNX file`);
  }

  /** Values of a repeated varint field, packed or not. */
  varints(wire: number, out: number[]): void {
    if (wire !== WIRE_BYTES) {
      out.push(this.varint());
      return;
    }
    const [start, end] = this.bytes();
    const inner = new Fields(this.buf, start, end);
    while (inner.pos < end) out.push(inner.varint());
  }
}

/** Little-endian float32s, copied out of the file (aligned, and not aliasing the model bytes). */
function float32s(buf: Uint8Array, start: number, end: number): Float32Array {
  const view = new DataView(buf.buffer, buf.byteOffset + start, end - start);
  const out = new Float32Array((end - start) >> 2);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

function readTensor(buf: Uint8Array, start: number, end: number): Tensor {
  const t: Tensor = { name: '', dims: [], floats: new Float32Array(0), ints: [] };
  const f = new Fields(buf, start, end);
  for (let k = f.next(); k; k = f.next()) {
    if (k.field === TENSOR_DIMS) f.varints(k.wire, t.dims);
    else if (k.field === TENSOR_INT64_DATA || k.field === TENSOR_INT32_DATA) f.varints(k.wire, t.ints);
    else if (k.field === TENSOR_NAME && k.wire === WIRE_BYTES) t.name = new TextDecoder().decode(buf.subarray(...f.bytes()));
    // buildOnnx writes raw_data; packed float_data has the same layout.
    else if ((k.field === TENSOR_RAW_DATA || k.field === TENSOR_FLOAT_DATA) && k.wire === WIRE_BYTES) t.floats = float32s(buf, ...f.bytes());
    else if (k.field === TENSOR_FLOAT_DATA) throw new Error('ONNX tensor: unpacked float_data is not supported');
    else f.skip(k.wire);
  }
  return t;
}

/** The graph's initializers (its weights) by name. */
function initializers(bytes: Uint8Array): Map<string, Tensor> {
  const out = new Map<string, Tensor>();
  const model = new Fields(bytes);
  for (let k = model.next(); k; k = model.next()) {
    if (k.field !== MODEL_GRAPH || k.wire !== WIRE_BYTES) {
      model.skip(k.wire);
      continue;
    }
    const [gStart, gEnd] = model.bytes();
    const graph = new Fields(bytes, gStart, gEnd);
    for (let g = graph.next(); g; g = graph.next()) {
      if (g.field === GRAPH_INITIALIZER && g.wire === WIRE_BYTES) {
        const t = readTensor(bytes, ...graph.bytes());
        out.set(t.name, t);
      } else graph.skip(g.wire);
    }
  }
  return out;
}

/** The forward pass's weights from an ONNX file written by training/onnx.ts (buildOnnx). */
export function readOnnxWeights(bytes: Uint8Array): ForwardWeights {
  const inits = initializers(bytes);
  const table = inits.get('table');
  const u = inits.get('u');
  const bias = inits.get('bias');
  if (!table || !u || !bias) throw new Error('not a Scam Job Radar ONNX model');
  const dim = table.dims[1] ?? 1;
  if (table.floats.length !== (table.dims[0] ?? 0) * dim) throw new Error('ONNX table: data does not match its shape');
  const out: ForwardWeights = { table: table.floats, dim, dense: u.floats, bias: bias.floats[0] ?? 0 };
  const proj = inits.get('proj');
  if (proj) out.proj = proj.floats;
  const [embed, w1, b1, w2, b2] = ['embed', 'w1', 'b1', 'w2', 'b2'].map((n) => inits.get(n));
  if (embed && w1 && b1 && w2 && b2) {
    const [buckets = 0, edim = 0] = embed.dims;
    const mod = inits.get('branch_buckets')?.ints[0] ?? Number.NaN;
    if (mod !== buckets) throw new Error(`text branch: Mod by ${mod} but ${buckets} embedding rows`);
    out.branch = { buckets, dim: edim, hidden: w1.dims[1] ?? 0, embed: embed.floats, w1: w1.floats, b1: b1.floats, w2: w2.floats, b2: b2.floats[0] ?? 0 };
  }
  return out;
}

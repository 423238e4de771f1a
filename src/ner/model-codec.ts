// The model's file format: gzip-compressed JSON holding the feature strings and their weights
// quantised to 16-bit integers (base64), plus the transition scores. Rows whose weights are all
// tiny are dropped when encoding: they change no decision and would only make the file larger.
import { gunzipSync, gzipSync } from 'node:zlib';
import { NerModelError } from './errors.ts';
import type { NerModel } from './ner-model.ts';
import { TAGS, TAG_COUNT } from './tag-set.ts';

const FORMAT = 'kg-ner-perceptron/1';

interface ModelFile {
  format: string;
  tags: string[];
  /** Weight = int16 value * scale. */
  scale: number;
  features: string[];
  weights: string;
  transitions: number[];
}

export interface EncodeOptions {
  /** Drop feature rows whose largest absolute weight is below this. */
  minWeight?: number;
  /** Free-form provenance (training data, epochs, dev F1) stored with the model. */
  info?: Record<string, unknown>;
}

export function encodeModel(model: NerModel, options: EncodeOptions = {}): Buffer {
  const T = TAG_COUNT;
  const minWeight = options.minWeight ?? 0;
  let maxAbs = 0;
  for (const x of model.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const features: string[] = [];
  const kept: number[] = [];
  for (const [feature, row] of model.features) {
    let rowMax = 0;
    for (let t = 0; t < T; t++) rowMax = Math.max(rowMax, Math.abs(model.weights[row * T + t]));
    if (rowMax < minWeight || Math.round(rowMax / scale) === 0) continue;
    features.push(feature);
    kept.push(row);
  }
  const q = new Int16Array(kept.length * T);
  kept.forEach((row, k) => {
    for (let t = 0; t < T; t++) q[k * T + t] = Math.round(model.weights[row * T + t] / scale);
  });
  const file: ModelFile & { info?: Record<string, unknown> } = {
    format: FORMAT,
    tags: [...TAGS],
    scale,
    features,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1e4) / 1e4),
    info: options.info,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function decodeModel(data: Buffer, origin = 'model'): NerModel {
  let file: ModelFile;
  try {
    file = JSON.parse(gunzipSync(data).toString('utf8')) as ModelFile;
  } catch (cause) {
    throw new NerModelError(`${origin}: not a gzip-compressed JSON NER model; retrain it with scripts/train-ner.ts`, { cause });
  }
  if (file.format !== FORMAT || file.tags.join(' ') !== TAGS.join(' ')) {
    throw new NerModelError(`${origin}: model format "${file.format}" with tags [${file.tags}] does not match this code (${FORMAT}, [${TAGS}]); retrain with scripts/train-ner.ts`);
  }
  const bytes = Buffer.from(file.weights, 'base64');
  const q = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (q.length !== file.features.length * TAG_COUNT || file.transitions.length !== (TAG_COUNT + 1) * TAG_COUNT) {
    throw new NerModelError(`${origin}: weight table has ${q.length} entries for ${file.features.length} features; the file is truncated or corrupt`);
  }
  const weights = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) weights[k] = q[k] * file.scale;
  const features = new Map<string, number>();
  file.features.forEach((f, row) => features.set(f, row));
  return { features, weights, transitions: Float32Array.from(file.transitions) };
}

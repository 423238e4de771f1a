// Emission scores for tagging, equal to `emissionScores(model, sentenceFeatures(...))` but
// fast: what depends on one word only (its own features, and what it gives a token -2..+2 away)
// is summed once per distinct word and cached per model (the cache is dropped when it grows
// past a bound, so memory stays flat on long runs). Word-pair features are looked up in a
// nested index (template -> first value -> second value -> row) built once per model, so no
// feature string is built for them. Only position, gazetteer and document features are
// looked up as strings per token.
import type { DocumentContext } from './document-context.ts';
import { NEIGHBOUR_OFFSETS, neighbourFeatures, positionFeatures, wordFeatures, type SentenceView } from './features.ts';
import type { NerModel } from './ner-model.ts';
import { TAG_COUNT } from './tag-set.ts';

// Local copies of imported bindings: module loaders that compile ESM to getters (tsx) would
// otherwise pay a getter call on every access in the hot loops below.
const T = TAG_COUNT;
const OFFSETS: readonly number[] = [...NEIGHBOUR_OFFSETS];
const N_OFFSETS = OFFSETS.length;
const MAX_CACHED = 200_000;

/** first value -> second value -> [scores given to the left token, scores given to the right token]. */
type PairIndex = Map<string, Map<string, Float64Array>>;
interface Caches {
  /** word -> [self, as neighbour at -2, -1, +1, +2], T scores each. Boundaries are keyed with a NUL prefix. */
  words: Map<string, Float64Array>;
  /** Word-pair templates (see `pairFeatures`) folded by the values they read: (lower, lower), (shape, shape), (shape, lower), (lower, shape). */
  lowerLower: PairIndex;
  shapeShape: PairIndex;
  shapeLower: PairIndex;
  lowerShape: PairIndex;
}

function buildCaches(model: NerModel): Caches {
  const c: Caches = { words: new Map(), lowerLower: new Map(), shapeShape: new Map(), shapeLower: new Map(), lowerShape: new Map() };
  // template -> [index, side]: side 0 = the feature belongs to the left word of the pair, 1 = the right one.
  const templates: Array<[string, PairIndex, 0 | 1]> = [
    ['l|l+1=', c.lowerLower, 0], ['l-1|l=', c.lowerLower, 1],
    ['ss|ss+1=', c.shapeShape, 0], ['ss-1|ss=', c.shapeShape, 1],
    ['ss|l+1=', c.shapeLower, 0], ['l-1|ss=', c.lowerShape, 1],
  ];
  for (const [feature, row] of model.features) {
    const template = templates.find(([prefix]) => feature.startsWith(prefix));
    if (!template) continue;
    const [prefix, index, side] = template;
    const value = feature.slice(prefix.length);
    const bar = value.indexOf('|');
    // A value with two bars cannot be split unambiguously; such words ("a|b") are too rare to matter.
    if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;
    const a = value.slice(0, bar);
    const b = value.slice(bar + 1);
    let inner = index.get(a);
    if (!inner) index.set(a, (inner = new Map()));
    let v = inner.get(b);
    if (!v) inner.set(b, (v = new Float64Array(2 * T)));
    for (let t = 0; t < T; t++) v[side * T + t] += model.weights[row * T + t];
  }
  return c;
}

function addPair(index: PairIndex, a: string, b: string, out: Float64Array, left: number, right: number, n: number): void {
  const v = index.get(a)?.get(b);
  if (v === undefined) return;
  if (left >= 0) for (let t = 0; t < T; t++) out[left * T + t] += v[t];
  if (right < n) for (let t = 0; t < T; t++) out[right * T + t] += v[T + t];
}

const START_KEY = '\u0000<s>';
const END_KEY = '\u0000</s>';
const cachesByModel = new WeakMap<NerModel, Caches>();

function addRows(model: NerModel, features: readonly string[], out: Float64Array, at: number): void {
  const { weights } = model;
  for (const f of features) {
    const row = model.features.get(f);
    if (row === undefined) continue;
    const w = row * T;
    for (let t = 0; t < T; t++) out[at + t] += weights[w + t];
  }
}

function wordVectors(model: NerModel, c: Caches, key: string, word: string, lower: string, shape: string, isBoundary: boolean): Float64Array {
  let v = c.words.get(key);
  if (v) return v;
  v = new Float64Array(T * (1 + N_OFFSETS));
  if (!isBoundary) addRows(model, wordFeatures(word), v, 0);
  for (let k = 0; k < N_OFFSETS; k++) addRows(model, neighbourFeatures(lower, shape, OFFSETS[k]), v, (k + 1) * T);
  if (c.words.size >= MAX_CACHED) c.words.clear();
  c.words.set(key, v);
  return v;
}

/** out[i*T + t]: the score of tag t at token i from all static (tag-independent) features. */
export function staticEmissions(model: NerModel, v: SentenceView, ctx: DocumentContext): Float64Array {
  let c = cachesByModel.get(model);
  if (!c) cachesByModel.set(model, (c = buildCaches(model)));
  const n = v.words.length;
  const out = new Float64Array(n * T);
  // Positions -2..n+1: the sentence's words plus two boundary pseudo-words on each side.
  const keys: string[] = new Array(n + 4);
  const lower: string[] = new Array(n + 4);
  const shape: string[] = new Array(n + 4);
  const vecs: Float64Array[] = new Array(n + 4);
  for (let p = 0; p < n + 4; p++) {
    const k = p - 2;
    const b = k < 0 ? '<s>' : k >= n ? '</s>' : undefined;
    if (b === undefined) {
      keys[p] = v.words[k]; lower[p] = v.lower[k]; shape[p] = v.shapes[k];
      vecs[p] = wordVectors(model, c, keys[p], v.words[k], lower[p], shape[p], false);
    } else {
      keys[p] = b === '<s>' ? START_KEY : END_KEY; lower[p] = b; shape[p] = b;
      vecs[p] = wordVectors(model, c, keys[p], b, b, b, true);
    }
  }
  for (let i = 0; i < n; i++) {
    const base = i * T;
    const p = i + 2;
    const self = vecs[p];
    for (let t = 0; t < T; t++) out[base + t] += self[t];
    for (let k = 0; k < N_OFFSETS; k++) {
      const nb = vecs[p + OFFSETS[k]];
      const at = (k + 1) * T;
      for (let t = 0; t < T; t++) out[base + t] += nb[at + t];
    }
    addRows(model, positionFeatures(v, i, ctx), out, base);
  }
  // Each gap between positions p and p+1 (boundaries included) feeds both of its tokens.
  for (let p = 1; p < n + 2; p++) {
    addPair(c.lowerLower, lower[p], lower[p + 1], out, p - 2, p - 1, n);
    addPair(c.shapeShape, shape[p], shape[p + 1], out, p - 2, p - 1, n);
    addPair(c.shapeLower, shape[p], lower[p + 1], out, p - 2, p - 1, n);
    addPair(c.lowerShape, lower[p], shape[p + 1], out, p - 2, p - 1, n);
  }
  return out;
}

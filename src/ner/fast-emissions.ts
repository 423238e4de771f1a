// Emission scores for tagging, equal to `emissionScores(model, sentenceFeatures(...))` but
// fast: what depends on one word only (its own features, and what it gives a token -2..+2 away)
// is summed once per distinct word, and what depends on two adjacent words once per word pair;
// both are cached per model. Only position, gazetteer and document features are looked up per
// token. A cache is dropped when it grows past a bound, so memory stays flat on long runs.
import type { DocumentContext } from './document-context.ts';
import { NEIGHBOUR_OFFSETS, boundaryWord, neighbourFeatures, pairFeatures, positionFeatures, wordFeatures, type SentenceView } from './features.ts';
import type { NerModel } from './ner-model.ts';
import { TAG_COUNT } from './tag-set.ts';

const T = TAG_COUNT;
const MAX_CACHED = 200_000;

interface Caches {
  /** word -> [self, as neighbour at -2, -1, +1, +2], T scores each. Boundaries are keyed with a NUL prefix. */
  words: Map<string, Float64Array>;
  /** word a -> word b -> [to a, to b], T scores each. */
  pairs: Map<string, Map<string, Float64Array>>;
  pairCount: number;
}
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
  v = new Float64Array(T * (1 + NEIGHBOUR_OFFSETS.length));
  if (!isBoundary) addRows(model, wordFeatures(word), v, 0);
  for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) addRows(model, neighbourFeatures(lower, shape, NEIGHBOUR_OFFSETS[k]), v, (k + 1) * T);
  if (c.words.size >= MAX_CACHED) c.words.clear();
  c.words.set(key, v);
  return v;
}

function pairVectors(model: NerModel, c: Caches, keyA: string, lowerA: string, shapeA: string, keyB: string, lowerB: string, shapeB: string): Float64Array {
  let inner = c.pairs.get(keyA);
  let v = inner?.get(keyB);
  if (v) return v;
  const { toLeft, toRight } = pairFeatures(lowerA, shapeA, lowerB, shapeB);
  v = new Float64Array(2 * T);
  addRows(model, toLeft, v, 0);
  addRows(model, toRight, v, T);
  if (c.pairCount >= MAX_CACHED) { c.pairs.clear(); c.pairCount = 0; inner = undefined; }
  if (!inner) c.pairs.set(keyA, (inner = new Map()));
  inner.set(keyB, v);
  c.pairCount++;
  return v;
}

/** out[i*T + t]: the score of tag t at token i from all static (tag-independent) features. */
export function staticEmissions(model: NerModel, v: SentenceView, ctx: DocumentContext): Float64Array {
  let c = cachesByModel.get(model);
  if (!c) cachesByModel.set(model, (c = { words: new Map(), pairs: new Map(), pairCount: 0 }));
  const n = v.words.length;
  const out = new Float64Array(n * T);
  // Positions -2..n+1: the sentence's words plus two boundary pseudo-words on each side.
  const keys: string[] = new Array(n + 4);
  const lower: string[] = new Array(n + 4);
  const shape: string[] = new Array(n + 4);
  const vecs: Float64Array[] = new Array(n + 4);
  for (let p = 0; p < n + 4; p++) {
    const k = p - 2;
    const b = boundaryWord(k, n);
    if (b === undefined) {
      keys[p] = v.words[k]; lower[p] = v.lower[k]; shape[p] = v.shapes[k];
      vecs[p] = wordVectors(model, c, keys[p], v.words[k], lower[p], shape[p], false);
    } else {
      keys[p] = `\u0000${b}`; lower[p] = b; shape[p] = b;
      vecs[p] = wordVectors(model, c, keys[p], b, b, b, true);
    }
  }
  for (let i = 0; i < n; i++) {
    const base = i * T;
    const p = i + 2;
    const self = vecs[p];
    for (let t = 0; t < T; t++) out[base + t] += self[t];
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
      const nb = vecs[p + NEIGHBOUR_OFFSETS[k]];
      const at = (k + 1) * T;
      for (let t = 0; t < T; t++) out[base + t] += nb[at + t];
    }
    addRows(model, positionFeatures(v, i, ctx), out, base);
  }
  // Each gap between positions p and p+1 (boundaries included) feeds both of its tokens.
  for (let p = 1; p < n + 2; p++) {
    const pv = pairVectors(model, c, keys[p], lower[p], shape[p], keys[p + 1], lower[p + 1], shape[p + 1]);
    const left = p - 2;
    const right = p - 1;
    if (left >= 0) for (let t = 0; t < T; t++) out[left * T + t] += pv[t];
    if (right < n) for (let t = 0; t < T; t++) out[right * T + t] += pv[T + t];
  }
  return out;
}

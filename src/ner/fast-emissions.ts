// Emission scores for tagging, equal to `emissionScores(model, sentenceFeatures(...))` but
// fast: what depends on one word only (its own features, and what it gives a token -2..+2 away)
// is summed once per distinct word and cached per model (the cache is dropped when it grows
// past a bound, so memory stays flat on long runs). Word-pair features are looked up by
// integer ids (each word's lower case and shape get an id, cached with the word) in a nested
// index built once per model, so no feature string is built or hashed for them. Only position, gazetteer and document features are
// looked up as strings per token.
import type { DocumentContext } from './document-context.ts';
import { NEIGHBOUR_OFFSETS, neighbourFeatures, positionFeatures, wordFeatures, type SentenceView } from './features.ts';
import { addFeatureRows, type NerModel } from './ner-model.ts';
import { TAG_COUNT } from './tag-set.ts';
import { buildPairIndexes, type PairIndex, type PairIndexes } from './pair-index.ts';

// Local copies of imported bindings: module loaders that compile ESM to getters (tsx) would
// otherwise pay a getter call on every access in the hot loops below.
const T = TAG_COUNT;
const OFFSETS: readonly number[] = [...NEIGHBOUR_OFFSETS];
const N_OFFSETS = OFFSETS.length;
const MAX_CACHED = 200_000;

/** first value's id -> second value's id -> [scores given to the left token, scores given to the right token]. */
interface WordEntry {
  /** [self, as neighbour at -2, -1, +1, +2], T scores each. */
  vectors: Float64Array;
  /** Ids of the word's lower case and short shape among the values pair features use; -1 when none does. */
  lowerId: number;
  shapeId: number;
}
interface Caches extends PairIndexes {
  /** word -> its entry. Boundaries are keyed with a NUL prefix. */
  words: Map<string, WordEntry>;
}

function buildCaches(model: NerModel): Caches {
  return { words: new Map(), ...buildPairIndexes(model) };
}

function addPair(index: PairIndex, a: number, b: number, out: Float64Array, left: number, right: number, n: number): void {
  if (a < 0 || b < 0) return;
  const v = index[a]?.get(b);
  if (v === undefined) return;
  if (left >= 0) for (let t = 0; t < T; t++) out[left * T + t] += v[t];
  if (right < n) for (let t = 0; t < T; t++) out[right * T + t] += v[T + t];
}

const START_KEY = '\u0000<s>';
const END_KEY = '\u0000</s>';
const cachesByModel = new WeakMap<NerModel, Caches>();

function wordEntry(model: NerModel, c: Caches, key: string, word: string, lower: string, shape: string, isBoundary: boolean): WordEntry {
  let e = c.words.get(key);
  if (e) return e;
  const v = new Float64Array(T * (1 + N_OFFSETS));
  if (!isBoundary) addFeatureRows(model, wordFeatures(word), v, 0);
  for (let k = 0; k < N_OFFSETS; k++) addFeatureRows(model, neighbourFeatures(lower, shape, OFFSETS[k]), v, (k + 1) * T);
  e = { vectors: v, lowerId: c.lowerIds.get(lower) ?? -1, shapeId: c.shapeIds.get(shape) ?? -1 };
  if (c.words.size >= MAX_CACHED) c.words.clear();
  c.words.set(key, e);
  return e;
}

/** out[i*T + t]: the score of tag t at token i from all static (tag-independent) features. */
export function staticEmissions(model: NerModel, v: SentenceView, ctx: DocumentContext): Float64Array {
  let c = cachesByModel.get(model);
  if (!c) cachesByModel.set(model, (c = buildCaches(model)));
  const n = v.words.length;
  const out = new Float64Array(n * T);
  // Positions -2..n+1: the sentence's words plus two boundary pseudo-words on each side.
  const entries: WordEntry[] = new Array(n + 4);
  for (let p = 0; p < n + 4; p++) {
    const k = p - 2;
    if (k >= 0 && k < n) entries[p] = wordEntry(model, c, v.words[k], v.words[k], v.lower[k], v.shapes[k], false);
    else if (k < 0) entries[p] = wordEntry(model, c, START_KEY, '<s>', '<s>', '<s>', true);
    else entries[p] = wordEntry(model, c, END_KEY, '</s>', '</s>', '</s>', true);
  }
  for (let i = 0; i < n; i++) {
    const base = i * T;
    const p = i + 2;
    const self = entries[p].vectors;
    for (let t = 0; t < T; t++) out[base + t] += self[t];
    for (let k = 0; k < N_OFFSETS; k++) {
      const nb = entries[p + OFFSETS[k]].vectors;
      const at = (k + 1) * T;
      for (let t = 0; t < T; t++) out[base + t] += nb[at + t];
    }
    addFeatureRows(model, positionFeatures(v, i, ctx), out, base);
  }
  // Each gap between positions p and p+1 (boundaries included) feeds both of its tokens.
  for (let p = 1; p < n + 2; p++) {
    const a = entries[p];
    const b = entries[p + 1];
    addPair(c.lowerLower, a.lowerId, b.lowerId, out, p - 2, p - 1, n);
    addPair(c.shapeShape, a.shapeId, b.shapeId, out, p - 2, p - 1, n);
    addPair(c.shapeLower, a.shapeId, b.lowerId, out, p - 2, p - 1, n);
    addPair(c.lowerShape, a.lowerId, b.shapeId, out, p - 2, p - 1, n);
  }
  return out;
}

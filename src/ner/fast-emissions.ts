// Emission scores for tagging, equal to `emissionScores(model, sentenceFeatures(...))` but
// fast: what depends on one word only (its own features, and what it gives a token -2..+2 away)
// is summed once per distinct word and cached per model (the cache is dropped when it grows
// past a bound, so memory stays flat on long runs). Word-pair features are looked up in a
// nested index (template -> first value -> second value -> row) built once per model, so no
// feature string is built for them. Only position, gazetteer and document features are
// looked up as strings per token.
import type { DocumentContext } from './document-context.ts';
import { NEIGHBOUR_OFFSETS, boundaryWord, neighbourFeatures, positionFeatures, wordFeatures, type SentenceView } from './features.ts';
import type { NerModel } from './ner-model.ts';
import { TAG_COUNT } from './tag-set.ts';

const T = TAG_COUNT;
const MAX_CACHED = 200_000;

type PairIndex = Map<string, Map<string, number>>;
interface Caches {
  /** word -> [self, as neighbour at -2, -1, +1, +2], T scores each. Boundaries are keyed with a NUL prefix. */
  words: Map<string, Float64Array>;
  /** One nested index per pair template (see `pairFeatures`). */
  ssSs1: PairIndex; lL1: PairIndex; ssL1: PairIndex; ss1Ss: PairIndex; l1L: PairIndex; l1Ss: PairIndex;
}
const PAIR_TEMPLATES = ['ss|ss+1=', 'l|l+1=', 'ss|l+1=', 'ss-1|ss=', 'l-1|l=', 'l-1|ss='] as const;

function buildCaches(model: NerModel): Caches {
  const indexes = PAIR_TEMPLATES.map((): PairIndex => new Map());
  for (const [feature, row] of model.features) {
    const k = PAIR_TEMPLATES.findIndex((p) => feature.startsWith(p));
    if (k < 0) continue;
    const value = feature.slice(PAIR_TEMPLATES[k].length);
    const bar = value.indexOf('|');
    // A value with two bars cannot be split unambiguously; such words ("a|b") are too rare to matter.
    if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;
    const a = value.slice(0, bar);
    let inner = indexes[k].get(a);
    if (!inner) indexes[k].set(a, (inner = new Map()));
    inner.set(value.slice(bar + 1), row);
  }
  const [ssSs1, lL1, ssL1, ss1Ss, l1L, l1Ss] = indexes;
  return { words: new Map(), ssSs1, lL1, ssL1, ss1Ss, l1L, l1Ss };
}

function addPair(model: NerModel, index: PairIndex, a: string, b: string, out: Float64Array, at: number): void {
  const row = index.get(a)?.get(b);
  if (row === undefined) return;
  const w = row * T;
  for (let t = 0; t < T; t++) out[at + t] += model.weights[w + t];
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
    const left = p - 2;
    const right = p - 1;
    if (left >= 0) {
      addPair(model, c.ssSs1, shape[p], shape[p + 1], out, left * T);
      addPair(model, c.lL1, lower[p], lower[p + 1], out, left * T);
      addPair(model, c.ssL1, shape[p], lower[p + 1], out, left * T);
    }
    if (right < n) {
      addPair(model, c.ss1Ss, shape[p], shape[p + 1], out, right * T);
      addPair(model, c.l1L, lower[p], lower[p + 1], out, right * T);
      addPair(model, c.l1Ss, lower[p], shape[p + 1], out, right * T);
    }
  }
  return out;
}

// Word-pair feature weights ("l|l+1=paris|france", "ss-1|ss=Xx|Xx", ...) regrouped for fast
// lookup: per pair of interned lowercase/shape ids, a vector of 2 x TAG_COUNT weights (the left
// word's tags, then the right word's). Shared by the fast tagger and the cached reference path,
// which must score identically.
import type { NerModel } from './ner-model.ts';
import { TAG_COUNT } from './tag-set.ts';

const T = TAG_COUNT;

export type PairIndex = Array<Map<number, Float64Array> | undefined>;

export interface PairIndexes {
  lowerIds: Map<string, number>;
  shapeIds: Map<string, number>;
  lowerLower: PairIndex;
  shapeShape: PairIndex;
  shapeLower: PairIndex;
  lowerShape: PairIndex;
}

export function buildPairIndexes(model: NerModel): PairIndexes {
  const c: PairIndexes = { lowerIds: new Map(), shapeIds: new Map(), lowerLower: [], shapeShape: [], shapeLower: [], lowerShape: [] };
  const id = (ids: Map<string, number>, value: string): number => {
    let k = ids.get(value);
    if (k === undefined) ids.set(value, (k = ids.size));
    return k;
  };
  // template -> [index, first value's kind, second value's kind, side]: side 0 = the feature
  // belongs to the left word of the pair, 1 = the right one.
  const L = c.lowerIds;
  const S = c.shapeIds;
  const templates: Array<[string, PairIndex, Map<string, number>, Map<string, number>, 0 | 1]> = [
    ['l|l+1=', c.lowerLower, L, L, 0], ['l-1|l=', c.lowerLower, L, L, 1],
    ['ss|ss+1=', c.shapeShape, S, S, 0], ['ss-1|ss=', c.shapeShape, S, S, 1],
    ['ss|l+1=', c.shapeLower, S, L, 0], ['l-1|ss=', c.lowerShape, L, S, 1],
  ];
  for (const [feature, row] of model.features) {
    const template = templates.find(([prefix]) => feature.startsWith(prefix));
    if (!template) continue;
    const [prefix, index, idsA, idsB, side] = template;
    const value = feature.slice(prefix.length);
    const bar = value.indexOf('|');
    // A value with two bars cannot be split unambiguously; such words ("a|b") are too rare to matter.
    if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;
    const a = id(idsA, value.slice(0, bar));
    const b = id(idsB, value.slice(bar + 1));
    const inner = (index[a] ??= new Map());
    let v = inner.get(b);
    if (!v) inner.set(b, (v = new Float64Array(2 * T)));
    for (let t = 0; t < T; t++) v[side * T + t] += model.weights[row * T + t];
  }
  return c;
}

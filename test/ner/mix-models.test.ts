// Parameter mixing averages weights feature by feature, whatever the row order of each model.
import { describe, expect, it } from 'vitest';
import { averageModels } from '../../src/ner/mix-models.ts';
import type { NerModel } from '../../src/ner/ner-model.ts';
import { TAG_COUNT } from '../../src/ner/tag-set.ts';

const T = TAG_COUNT;
const model = (rows: Array<[string, number]>, trans: number): NerModel => ({
  features: new Map(rows.map(([f], k) => [f, k])),
  weights: Float32Array.from(rows.flatMap(([, w]) => new Array(T).fill(w))),
  transitions: new Float32Array((T + 1) * T).fill(trans),
});

describe('averageModels', () => {
  it('averages by feature name; a feature missing from one model counts as zero there', () => {
    const mixed = averageModels([model([['a', 2], ['b', 4]], 1), model([['b', 0], ['c', 6]], 3)]);
    const w = (f: string): number => mixed.weights[mixed.features.get(f)! * T];
    expect([w('a'), w('b'), w('c')]).toEqual([1, 2, 3]);
    expect(mixed.transitions[5]).toBe(2);
  });

  it('returns a single model unchanged and refuses an empty list', () => {
    const m = model([['a', 1]], 0);
    expect(averageModels([m])).toBe(m);
    expect(() => averageModels([])).toThrowError(RangeError);
  });
});

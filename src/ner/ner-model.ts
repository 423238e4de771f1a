// The trained recognizer as data: a feature-string -> weight-row map, one weight per (feature,
// tag) and the tag-transition scores. Scoring a sentence is summing the rows of its features.
import { TAG_COUNT } from './tag-set.ts';

export interface NerModel {
  /** Feature string -> row index into `weights`. */
  features: Map<string, number>;
  /** rows * TAG_COUNT weights, row-major. */
  weights: Float32Array;
  /** (TAG_COUNT + 1) * TAG_COUNT transition scores; row 0 is the sentence start. */
  transitions: Float32Array;
}

/**
 * Emission scores of one sentence: out[i*T + t] = sum of the weights of token i's features for tag t.
 * Features the model never saw contribute nothing.
 */
export function emissionScores(model: NerModel, tokenFeatures: readonly (readonly string[])[]): Float64Array {
  const T = TAG_COUNT;
  const out = new Float64Array(tokenFeatures.length * T);
  const { features, weights } = model;
  for (let i = 0; i < tokenFeatures.length; i++) {
    const base = i * T;
    for (const f of tokenFeatures[i]) {
      const row = features.get(f);
      if (row === undefined) continue;
      const w = row * T;
      for (let t = 0; t < T; t++) out[base + t] += weights[w + t];
    }
  }
  return out;
}

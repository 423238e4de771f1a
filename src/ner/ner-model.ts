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
  const out = new Float64Array(tokenFeatures.length * TAG_COUNT);
  for (let i = 0; i < tokenFeatures.length; i++) addFeatureRows(model, tokenFeatures[i], out, i * TAG_COUNT);
  return out;
}

/** Add the weight rows of `features` (those the model knows) to out[at .. at + TAG_COUNT). */
export function addFeatureRows(model: NerModel, features: readonly string[], out: Float64Array, at: number): void {
  const T = TAG_COUNT;
  const { weights } = model;
  for (const f of features) {
    const row = model.features.get(f);
    if (row === undefined) continue;
    const w = row * T;
    for (let t = 0; t < T; t++) out[at + t] += weights[w + t];
  }
}

// Confidence of an extraction: a logistic regression over ReVerb-style hand features
// (pattern, relation and argument lengths, proper nouns, sentence length, clause-crossing).
// The weights are fitted on the CaRB dev split by `scripts/eval-carb.ts --fit` and pasted here.
import type { TuplePattern } from './types.ts';

export interface TupleFeatures {
  pattern: TuplePattern;
  variant: boolean;
  conjunct: boolean;
  relationLength: number;
  /** Words in the first argument, and in all the others together. */
  subjectLength: number;
  restLength: number;
  argCount: number;
  sentenceLength: number;
  subjectProper: boolean;
  subjectPronoun: boolean;
  objectProper: boolean;
  relationHasVerb: boolean;
  relationEndsInPrep: boolean;
  /** Words between the subject's end and the relation's start. */
  distance: number;
  crossesComma: boolean;
  negated: boolean;
  /** Extractions made from the same sentence. */
  tuplesInSentence: number;
  relationIsBe: boolean;
  objectStartsWithDeterminer: boolean;
  /** Relation start as a fraction of the sentence length. */
  relationPosition: number;
  hasFrontArgument: boolean;
}

export const PATTERNS: readonly TuplePattern[] = ['verb', 'copula', 'relative', 'coordinated', 'participle', 'attribution', 'apposition', 'possessive', 'locative'];

/** Names of the entries of `featureVector`, in order (the first is the bias). */
export const FEATURE_NAMES: readonly string[] = [
  'bias', ...PATTERNS.map((p) => `pattern=${p}`), 'variant', 'relLen', 'relLen>3', 'arg1Len', 'arg2Len', 'arg1Len>6',
  'arg2Len>10', 'argCount>2', 'sentLen/10', 'sentLen>30', 'subjProper', 'subjPronoun', 'objProper', 'relVerb',
  'relPrep', 'distance>0', 'crossesComma', 'negated', 'conjunct', 'tuples/5', 'relIsBe', 'objDet', 'relPosition', 'frontArg', 'oneArg',
];

export function featureVector(f: TupleFeatures): number[] {
  const x: number[] = [];
  writeFeatures(f, x);
  return x;
}

/** Fill `x` with the entries of `featureVector(f)`. */
function writeFeatures(f: TupleFeatures, x: number[]): void {
  const a1 = f.subjectLength;
  const a2 = f.restLength;
  let k = 0;
  x[k++] = 1;
  for (const p of PATTERNS) x[k++] = f.pattern === p ? 1 : 0;
  x[k++] = f.variant ? 1 : 0;
  x[k++] = Math.min(f.relationLength, 8) / 4;
  x[k++] = f.relationLength > 3 ? 1 : 0;
  x[k++] = Math.min(a1, 20) / 5;
  x[k++] = Math.min(a2, 40) / 10;
  x[k++] = a1 > 6 ? 1 : 0;
  x[k++] = a2 > 10 ? 1 : 0;
  x[k++] = f.argCount > 2 ? 1 : 0;
  x[k++] = Math.min(f.sentenceLength, 80) / 10;
  x[k++] = f.sentenceLength > 30 ? 1 : 0;
  x[k++] = f.subjectProper ? 1 : 0;
  x[k++] = f.subjectPronoun ? 1 : 0;
  x[k++] = f.objectProper ? 1 : 0;
  x[k++] = f.relationHasVerb ? 1 : 0;
  x[k++] = f.relationEndsInPrep ? 1 : 0;
  x[k++] = f.distance > 0 ? 1 : 0;
  x[k++] = f.crossesComma ? 1 : 0;
  x[k++] = f.negated ? 1 : 0;
  x[k++] = f.conjunct ? 1 : 0;
  x[k++] = Math.min(f.tuplesInSentence, 15) / 5;
  x[k++] = f.relationIsBe ? 1 : 0;
  x[k++] = f.objectStartsWithDeterminer ? 1 : 0;
  x[k++] = f.relationPosition;
  x[k++] = f.hasFrontArgument ? 1 : 0;
  x[k++] = f.argCount === 1 ? 1 : 0;
}

/** Logistic-regression weights, parallel to FEATURE_NAMES. */
export const WEIGHTS: readonly number[] = [
  0.687, 0.154, 0.398, -0.010, 0.665, -0.546, 0.583, 0.630, -1.001, -0.546, -1.625, 0.045, -0.090, 0.016, 0.034, -0.436, -0.306, 0.008, -0.064, 0.093, 0.406, -0.015, 0.226, 0.306, 0.369, -0.166, 0.343, 0.000, -0.769, -0.624, -0.293, 0.377, -0.947, 0.114, -2.482,
];

/**
 * `scoreFeatureVector(featureVector(f))` without the vector (the pipeline scores every tuple it
 * drafts): the terms of `writeFeatures` in the same order, so the sum is the same to the last
 * bit. A zero feature adds an exact zero to the sum, so the 0/1 features add their weight or nothing.
 */
export function scoreTuple(f: TupleFeatures): number {
  const w = WEIGHTS;
  const a1 = f.subjectLength;
  const a2 = f.restLength;
  let z = w[0];
  const p = PATTERNS.indexOf(f.pattern);
  if (p >= 0) z += w[1 + p];
  if (f.variant) z += w[10];
  z += w[11] * (Math.min(f.relationLength, 8) / 4);
  if (f.relationLength > 3) z += w[12];
  z += w[13] * (Math.min(a1, 20) / 5);
  z += w[14] * (Math.min(a2, 40) / 10);
  if (a1 > 6) z += w[15];
  if (a2 > 10) z += w[16];
  if (f.argCount > 2) z += w[17];
  z += w[18] * (Math.min(f.sentenceLength, 80) / 10);
  if (f.sentenceLength > 30) z += w[19];
  if (f.subjectProper) z += w[20];
  if (f.subjectPronoun) z += w[21];
  if (f.objectProper) z += w[22];
  if (f.relationHasVerb) z += w[23];
  if (f.relationEndsInPrep) z += w[24];
  if (f.distance > 0) z += w[25];
  if (f.crossesComma) z += w[26];
  if (f.negated) z += w[27];
  if (f.conjunct) z += w[28];
  z += w[29] * (Math.min(f.tuplesInSentence, 15) / 5);
  if (f.relationIsBe) z += w[30];
  if (f.objectStartsWithDeterminer) z += w[31];
  z += w[32] * f.relationPosition;
  if (f.hasFrontArgument) z += w[33];
  if (f.argCount === 1) z += w[34];
  return logistic(z);
}

/** `scoreTuple` over an already computed `featureVector` (callers that keep the vector compute it once). */
export function scoreFeatureVector(x: ArrayLike<number>): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (WEIGHTS[k] ?? 0) * x[k];
  return logistic(z);
}

function logistic(z: number): number {
  // rounded so that the CaRB curve has a manageable number of thresholds
  return Math.round(1e4 / (1 + Math.exp(-z))) / 1e4;
}

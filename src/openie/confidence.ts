// Confidence of an extraction: a logistic regression over ReVerb-style hand features
// (pattern, relation and argument lengths, proper nouns, sentence length, clause-crossing).
// The weights are fitted on the CaRB dev split by `scripts/eval-carb.ts --fit` and pasted here.
import type { TuplePattern } from './types.ts';

export interface TupleFeatures {
  pattern: TuplePattern;
  variant: boolean;
  conjunct: boolean;
  relationLength: number;
  argLengths: number[];
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
  const a1 = f.argLengths[0] ?? 0;
  const a2 = f.argLengths.slice(1).reduce((s, n) => s + n, 0);
  return [
    1, ...PATTERNS.map((p) => (f.pattern === p ? 1 : 0)), f.variant ? 1 : 0,
    Math.min(f.relationLength, 8) / 4, f.relationLength > 3 ? 1 : 0, Math.min(a1, 20) / 5, Math.min(a2, 40) / 10,
    a1 > 6 ? 1 : 0, a2 > 10 ? 1 : 0, f.argCount > 2 ? 1 : 0, Math.min(f.sentenceLength, 80) / 10,
    f.sentenceLength > 30 ? 1 : 0, f.subjectProper ? 1 : 0, f.subjectPronoun ? 1 : 0, f.objectProper ? 1 : 0,
    f.relationHasVerb ? 1 : 0, f.relationEndsInPrep ? 1 : 0, f.distance > 0 ? 1 : 0, f.crossesComma ? 1 : 0,
    f.negated ? 1 : 0, f.conjunct ? 1 : 0, Math.min(f.tuplesInSentence, 15) / 5, f.relationIsBe ? 1 : 0,
    f.objectStartsWithDeterminer ? 1 : 0, f.relationPosition, f.hasFrontArgument ? 1 : 0,
    f.argCount === 1 ? 1 : 0,
  ];
}

/** Logistic-regression weights, parallel to FEATURE_NAMES. */
export const WEIGHTS: readonly number[] = [
  0.687, 0.154, 0.398, -0.010, 0.665, -0.546, 0.583, 0.630, -1.001, -0.546, -1.625, 0.045, -0.090, 0.016, 0.034, -0.436, -0.306, 0.008, -0.064, 0.093, 0.406, -0.015, 0.226, 0.306, 0.369, -0.166, 0.343, 0.000, -0.769, -0.624, -0.293, 0.377, -0.947, 0.114, -2.482,
];

export function scoreTuple(f: TupleFeatures): number {
  return scoreFeatureVector(featureVector(f));
}

/** `scoreTuple` over an already computed `featureVector` (callers that keep the vector compute it once). */
export function scoreFeatureVector(x: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (WEIGHTS[k] ?? 0) * x[k];
  // rounded so that the CaRB curve has a manageable number of thresholds
  return Math.round(1e4 / (1 + Math.exp(-z))) / 1e4;
}

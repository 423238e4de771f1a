// The pipeline's scoreTuple adds the model's terms without building the feature vector; it must
// give exactly the score of the vector that CaRB evaluation and refitting use, bit for bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATTERNS, featureVector, scoreFeatureVector, scoreTuple, type TupleFeatures } from '../../src/openie/confidence.ts';

const features: fc.Arbitrary<TupleFeatures> = fc.record({
  pattern: fc.constantFrom(...PATTERNS),
  variant: fc.boolean(),
  conjunct: fc.boolean(),
  relationLength: fc.nat(12),
  subjectLength: fc.nat(30),
  restLength: fc.nat(50),
  argCount: fc.integer({ min: 1, max: 6 }),
  sentenceLength: fc.integer({ min: 1, max: 120 }),
  subjectProper: fc.boolean(),
  subjectPronoun: fc.boolean(),
  objectProper: fc.boolean(),
  relationHasVerb: fc.boolean(),
  relationEndsInPrep: fc.boolean(),
  distance: fc.nat(10),
  crossesComma: fc.boolean(),
  negated: fc.boolean(),
  tuplesInSentence: fc.integer({ min: 1, max: 30 }),
  relationIsBe: fc.boolean(),
  objectStartsWithDeterminer: fc.boolean(),
  relationPosition: fc.double({ min: 0, max: 1, noNaN: true }),
  hasFrontArgument: fc.boolean(),
});

describe('scoreTuple', () => {
  it('equals the score of the feature vector', () => {
    fc.assert(fc.property(features, (f) => {
      expect(scoreTuple(f)).toBe(scoreFeatureVector(featureVector(f)));
    }), { numRuns: 5000 });
  });
});

// The cached scorer used for tagging must give the same scores as summing the full feature
// list used in training; otherwise training and tagging would disagree.
import { describe, expect, it } from 'vitest';
import { buildDocumentContext } from '../../src/ner/document-context.ts';
import { staticEmissions } from '../../src/ner/fast-emissions.ts';
import { sentenceFeatures, sentenceView } from '../../src/ner/features.ts';
import { placeGazetteer } from '../../src/ner/gazetteer.ts';
import { defaultModel } from '../../src/ner/load-model.ts';
import { emissionScores } from '../../src/ner/ner-model.ts';

const doc = [
  ['EU', 'REJECTS', 'GERMAN', 'CALL'],
  ['Peter', 'Blackburn'],
  ['The', 'European', 'Commission', 'said', 'on', 'Thursday', 'it', 'disagreed', 'with', 'German', 'advice', '.'],
  ['\u201cWe', 'won\u2019t', ',', '"', 'said', 'Mr', 'Blackburn', 'in', 'the', 'United', 'States', '.'],
  ['x'],
];

describe('staticEmissions', () => {
  it.each(doc.map((s, i) => [i, s] as const))('sentence %i matches emissionScores(sentenceFeatures)', (_i, words) => {
    const model = defaultModel();
    const ctx = buildDocumentContext(doc);
    const gaz = placeGazetteer();
    // Twice: the second run reads the caches.
    for (let run = 0; run < 2; run++) {
      const fast = staticEmissions(model, sentenceView(words, gaz), ctx);
      const full = emissionScores(model, sentenceFeatures(words, ctx, gaz));
      expect(fast.length).toBe(full.length);
      fast.forEach((x, k) => expect(x).toBeCloseTo(full[k], 3));
    }
  });
});

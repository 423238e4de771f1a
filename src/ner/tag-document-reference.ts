// The tagging path spelled out with feature strings, as training sees it: each sentence's
// features from `sentenceFeatures`, history features from `PredictionHistory`, scores summed by
// `emissionScores`, Viterbi. Slow; kept as the definition the fast tagger (fast-tagger.ts) is
// tested against. `cachedEmissions` is the earlier cached scorer (fast-emissions.ts), whose sums
// the fast tagger reproduces bit for bit.
import { buildDocumentContext, type DocumentContext } from './document-context.ts';
import { sentenceFeatures, sentenceView } from './features.ts';
import { staticEmissions } from './fast-emissions.ts';
import { placeGazetteer, type Gazetteer } from './gazetteer.ts';
import { emissionScores, type NerModel } from './ner-model.ts';
import { PredictionHistory } from './prediction-history.ts';
import { TAGS, TAG_COUNT } from './tag-set.ts';
import { viterbi } from './viterbi.ts';

export type StaticScorer = (model: NerModel, words: readonly string[], ctx: DocumentContext, gaz: Gazetteer) => Float64Array;

/** Scores from the feature strings themselves (the training path). */
export const featureEmissions: StaticScorer = (model, words, ctx, gaz) => emissionScores(model, sentenceFeatures(words, ctx, gaz));
/** Scores from the per-word cached scorer. */
export const cachedEmissions: StaticScorer = (model, words, ctx, gaz) => staticEmissions(model, sentenceView(words, gaz), ctx);

export function tagDocumentReference(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  scorer: StaticScorer = featureEmissions,
  onEmissions?: (sentence: number, emissions: Float64Array) => void,
): string[][] {
  const T = TAG_COUNT;
  const ctx = buildDocumentContext(sentences);
  const gaz = placeGazetteer();
  const history = new PredictionHistory();
  return sentences.map((words, s) => {
    if (words.length === 0) return [];
    const emissions = scorer(model, words, ctx, gaz);
    for (let i = 0; i < words.length; i++) {
      for (const h of history.features(words[i])) {
        const row = model.features.get(h);
        if (row === undefined) continue;
        for (let t = 0; t < T; t++) emissions[i * T + t] += model.weights[row * T + t];
      }
    }
    onEmissions?.(s, emissions);
    const tags = Array.from(viterbi(words.length, emissions, model.transitions), (t) => TAGS[t]);
    history.record(words, tags);
    return tags;
  });
}

// Tag the sentences of one document in reading order. Each sentence is decoded with Viterbi;
// its predicted labels then feed the prediction history that later sentences see as features.
import { buildDocumentContext } from './document-context.ts';
import { sentenceFeatures } from './features.ts';
import { placeGazetteer } from './gazetteer.ts';
import { emissionScores, type NerModel } from './ner-model.ts';
import { PredictionHistory } from './prediction-history.ts';
import { TAGS } from './tag-set.ts';
import { viterbi } from './viterbi.ts';

/** BIO tags (B-PER, I-ORG, O, ...) for every token of every sentence of one document. */
export function tagDocumentWith(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const ctx = buildDocumentContext(sentences);
  const gaz = placeGazetteer();
  const history = new PredictionHistory();
  return sentences.map((words) => {
    if (words.length === 0) return [];
    const feats = sentenceFeatures(words, ctx, gaz);
    for (let i = 0; i < words.length; i++) for (const h of history.features(words[i])) feats[i].push(h);
    const path = viterbi(words.length, emissionScores(model, feats), model.transitions);
    const tags = Array.from(path, (t) => TAGS[t]);
    history.record(words, tags);
    return tags;
  });
}

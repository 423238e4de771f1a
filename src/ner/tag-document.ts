// Tag the sentences of one document in reading order. Each sentence is decoded with Viterbi;
// its predicted labels then feed the prediction history that later sentences see as features.
import { buildDocumentContext } from './document-context.ts';
import { sentenceView } from './features.ts';
import { staticEmissions } from './fast-emissions.ts';
import { placeGazetteer } from './gazetteer.ts';
import type { NerModel } from './ner-model.ts';
import { PredictionHistory } from './prediction-history.ts';
import { TAGS, TAG_COUNT } from './tag-set.ts';
import { viterbi } from './viterbi.ts';

// Local copies: read once instead of through the module binding on every token.
const T = TAG_COUNT;
const TAG_NAMES: readonly string[] = [...TAGS];

/** BIO tags (B-PER, I-ORG, O, ...) for every token of every sentence of one document. */
export function tagDocumentWith(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const ctx = buildDocumentContext(sentences);
  const gaz = placeGazetteer();
  const history = new PredictionHistory();
  return sentences.map((words) => {
    if (words.length === 0) return [];
    const emissions = staticEmissions(model, sentenceView(words, gaz), ctx);
    for (let i = 0; i < words.length; i++) {
      for (const h of history.features(words[i])) {
        const row = model.features.get(h);
        if (row === undefined) continue;
        for (let t = 0; t < T; t++) emissions[i * T + t] += model.weights[row * T + t];
      }
    }
    const path = viterbi(words.length, emissions, model.transitions);
    const tags: string[] = new Array(path.length);
    for (let i = 0; i < path.length; i++) tags[i] = TAG_NAMES[path[i]];
    history.record(words, tags);
    return tags;
  });
}

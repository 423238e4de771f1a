// Tag the sentences of one document in reading order. Each sentence is decoded with Viterbi;
// its predicted labels then feed the prediction history that later sentences see as features.
// The work is done by the fast tagger (fast-tagger.ts), which gives exactly the tags of the
// feature-string definition in tag-document-reference.ts.
import { tagDocumentFast } from './fast-tagger.ts';
import type { NerModel } from './ner-model.ts';

/** BIO tags (B-PER, I-ORG, O, ...) for every token of every sentence of one document. */
export function tagDocumentWith(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return tagDocumentFast(model, sentences);
}

// The recognizer's public tagging API over plain token strings, using the committed model
// (loaded once, on first use). Tags are BIO with CoNLL labels: B-PER, I-PER, B-ORG, ..., O.
import { defaultModel } from './load-model.ts';
import type { NerModel } from './ner-model.ts';
import { tagDocumentWith } from './tag-document.ts';

/** Tag every sentence of one document; later sentences benefit from what earlier ones said. */
export function tagDocument(sentences: readonly (readonly string[])[], model: NerModel = defaultModel()): string[][] {
  return tagDocumentWith(model, sentences);
}

/** Tag one sentence on its own. */
export function tagTokens(words: readonly string[], model: NerModel = defaultModel()): string[] {
  return tagDocumentWith(model, [words])[0];
}

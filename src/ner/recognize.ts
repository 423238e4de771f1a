// Named-entity mentions of an annotated article: the winkNLP tokens of each sentence go
// through the tagger as one document, and each tagged span becomes a Mention with character
// offsets taken from its tokens. CoNLL's PER is the domain's PERSON.
import type { AnnotatedText, Mention, MentionType } from '../model/types.ts';
import { defaultModel } from './load-model.ts';
import type { NerModel } from './ner-model.ts';
import { tagDocumentWith } from './tag-document.ts';
import { tagSpans } from './tag-set.ts';

const TYPE_OF_LABEL: Record<string, MentionType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

export function recognizeMentions(doc: AnnotatedText, model: NerModel = defaultModel()): Mention[] {
  // Whitespace tokens (winkNLP can emit them for odd spacing) are not words: skip them, keeping
  // a map from the tagger's positions back to token indices.
  const sentenceTokens: number[][] = doc.sentences.map((s) => {
    const ids: number[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = doc.tokens[t];
      if (tok.pos !== 'SPACE' && tok.text.trim() !== '') ids.push(t);
    }
    return ids;
  });
  const tags = tagDocumentWith(model, sentenceTokens.map((ids) => ids.map((t) => doc.tokens[t].text)));
  const mentions: Mention[] = [];
  sentenceTokens.forEach((ids, s) => {
    for (const span of tagSpans(tags[s])) {
      const first = doc.tokens[ids[span.start]];
      const last = doc.tokens[ids[span.end - 1]];
      mentions.push({
        type: TYPE_OF_LABEL[span.label] ?? 'MISC',
        text: doc.text.slice(first.start, last.end),
        tokenStart: first.i,
        tokenEnd: last.i + 1,
        start: first.start,
        end: last.end,
        sentence: doc.sentences[s].index,
        source: 'ner',
      });
    }
  });
  return mentions;
}

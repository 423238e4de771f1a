// The recognizer on hand-written news sentences, through winkNLP annotation as in the pipeline.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/annotate.ts';
import { recognizeMentions } from '../../src/ner/recognize.ts';
import { defaultModel } from '../../src/ner/load-model.ts';
import { tagDocumentReference } from '../../src/ner/tag-document-reference.ts';
import { tagSpans } from '../../src/ner/tag-set.ts';

const cases: Array<{ text: string; want: Array<[string, string]> }> = [
  {
    text: 'US President Joe Biden spoke with Russian President Vladimir Putin.',
    want: [['US', 'LOC'], ['Joe Biden', 'PERSON'], ['Russian', 'MISC'], ['Vladimir Putin', 'PERSON']],
  },
  { text: 'Microsoft bought LinkedIn for $26bn.', want: [['Microsoft', 'ORG'], ['LinkedIn', 'ORG']] },
  {
    text: 'Gordon Brown told the Labour Party conference in Brighton that Britain would lead.',
    want: [['Gordon Brown', 'PERSON'], ['Labour Party', 'ORG'], ['Brighton', 'LOC'], ['Britain', 'LOC']],
  },
  {
    text: 'The European Union and Germany urged China to free Liu Xiaobo.',
    want: [['European Union', 'ORG'], ['Germany', 'LOC'], ['China', 'LOC'], ['Liu Xiaobo', 'PERSON']],
  },
  { text: 'Toyota recalled 2 million cars in Japan and the United States.', want: [['Toyota', 'ORG'], ['Japan', 'LOC'], ['United States', 'LOC']] },
  { text: 'Shares of Barclays fell 3% in London on Friday.', want: [['Barclays', 'ORG'], ['London', 'LOC']] },
  { text: 'Prime Minister Tony Blair met French President Jacques Chirac in Paris.', want: [['Tony Blair', 'PERSON'], ['French', 'MISC'], ['Jacques Chirac', 'PERSON'], ['Paris', 'LOC']] },
  { text: 'The United Nations said the Red Cross would send aid to Sudan.', want: [['United Nations', 'ORG'], ['Red Cross', 'ORG'], ['Sudan', 'LOC']] },
  { text: 'Arsenal beat Chelsea 2-1 at Highbury on Sunday.', want: [['Arsenal', 'ORG'], ['Chelsea', 'ORG'], ['Highbury', 'LOC']] },
];

describe('recognizeMentions', () => {
  it.each(cases)('$text', ({ text, want }) => {
    const mentions = recognizeMentions(annotate(text));
    expect(mentions.map((m) => [m.text, m.type])).toEqual(want);
  });

  it('gives offsets, token ranges, sentence indexes and source', () => {
    const text = 'Stocks fell.  Angela Merkel met Emmanuel Macron in Berlin.';
    const doc = annotate(text);
    const mentions = recognizeMentions(doc);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(doc.tokens[m.tokenStart].start).toBe(m.start);
      expect(doc.tokens[m.tokenEnd - 1].end).toBe(m.end);
      expect(m.sentence).toBe(doc.tokens[m.tokenStart].sentence);
      expect(m.source).toBe('ner');
    }
    expect(mentions.find((m) => m.text === 'Berlin')).toMatchObject({ type: 'LOC', sentence: 1 });
  });

  it('returns nothing for text without names', () => {
    expect(recognizeMentions(annotate('it was a quiet day and nothing happened.'))).toEqual([]);
    expect(recognizeMentions(annotate(''))).toEqual([]);
  });

  it('spans equal tagSpans over the reference tagger\u2019s string tags', () => {
    const text = cases.map((c) => c.text).join(' ') + ' GERMANY BEAT FRANCE IN PARIS. Putin said. The putin of Putin.';
    const doc = annotate(text);
    const words = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.pos !== 'SPACE' && t.text.trim() !== ''));
    const tags = tagDocumentReference(defaultModel(), words.map((ts) => ts.map((t) => t.text)));
    const expected = words.flatMap((ts, s) => tagSpans(tags[s]).map((span) => [ts[span.start].start, ts[span.end - 1].end, span.label]));
    const names: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
    expect(recognizeMentions(doc).map((m) => [m.start, m.end, names[m.type]])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
  });
});

// Reading CoNLL-2003 text and writing it back with a predicted-tag column.
import { describe, expect, it } from 'vitest';
import { formatWithPredictions, labeledDocuments, parseConll } from '../../src/ner/conll.ts';
import { ConllFormatError } from '../../src/ner/errors.ts';

const TEXT = ['-DOCSTART- -X- O O', '', 'EU NNP I-NP I-ORG', 'rejects VBZ I-VP O', '', 'Peter NNP I-NP I-PER', 'Blackburn NNP I-NP I-PER', '',
  '-DOCSTART- -X- O O', '', 'BRUSSELS NNP I-NP I-LOC', ''].join('\n');

describe('CoNLL reading', () => {
  it('splits documents at -DOCSTART- and sentences at blank lines', () => {
    const file = parseConll(TEXT);
    expect(file.documents.map((d) => d.sentences.map((s) => s.words))).toEqual([[['EU', 'rejects'], ['Peter', 'Blackburn']], [['BRUSSELS']]]);
    expect(labeledDocuments(file)[0].sentences[1].tags).toEqual(['B-PER', 'I-PER']);
  });

  it('appends predictions line for line, leaving other lines alone', () => {
    const file = parseConll(TEXT);
    const out = formatWithPredictions(file, [[['B-ORG', 'O'], ['B-PER', 'I-PER']], [['B-LOC']]]).split('\n');
    expect(out[2]).toBe('EU NNP I-NP I-ORG B-ORG');
    expect(out[6]).toBe('Blackburn NNP I-NP I-PER I-PER');
    expect(out[8]).toBe('-DOCSTART- -X- O O');
    expect(out.length).toBe(TEXT.split('\n').length);
  });

  it.each([
    ['words only', 'EU\nrejects\n'],
    ['a non-tag last column', 'EU NNP\n'],
  ])('rejects training input with %s', (_name, text) => {
    expect(() => labeledDocuments(parseConll(text))).toThrowError(ConllFormatError);
  });

  it('tags plain word-per-line input too (no gold column needed to predict)', () => {
    expect(parseConll('Paris\nis\n\nnice\n').documents[0].sentences.map((s) => s.words)).toEqual([['Paris', 'is'], ['nice']]);
  });
});

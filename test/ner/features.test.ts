// Feature extraction, tag-set conversions and the gazetteer on hand-written sentences.
import { describe, expect, it } from 'vitest';
import { buildDocumentContext, isHeadline } from '../../src/ner/document-context.ts';
import { normalizeWord, sentenceFeatures } from '../../src/ner/features.ts';
import { buildGazetteer, gazetteerMatches, placeGazetteer } from '../../src/ner/gazetteer.ts';
import { PredictionHistory } from '../../src/ner/prediction-history.ts';
import { tagSpans, toBio } from '../../src/ner/tag-set.ts';
import { shortShape, wordShape } from '../../src/ner/word-shape.ts';

describe('word shapes', () => {
  it.each([
    ['Biden', 'Xxxxx', 'Xx'],
    ['NATO', 'XXXX', 'X'],
    ['1996-08-22', 'dddd-dd-dd', 'd-d-d'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['iPhone', 'xXxxxx', 'xXx'],
    ['Zürich', 'Xxxxxx', 'Xx'],
    ['$', '$', '$'],
  ])('%s -> %s / %s', (word, full, short) => {
    expect(wordShape(word)).toBe(full);
    expect(shortShape(word)).toBe(short);
  });
});

describe('sentence features', () => {
  const gaz = placeGazetteer();
  const cases: Array<{ words: string[]; at: number; has: string[]; lacks?: string[] }> = [
    {
      words: ['Putin', 'visited', 'Paris', '.'],
      at: 0,
      has: ['w=Putin', 'l=putin', 'ss=Xx', 'p2=pu', 'x3=tin', 'title', 'init', 'l-1=<s>', 'l+1=visited', 'l+2=paris', 'l|l+1=putin|visited'],
      lacks: ['caps', 'digit'],
    },
    { words: ['Putin', 'visited', 'Paris', '.'], at: 2, has: ['g=capital:B', 'l-1=visited', 'ss+1=.', 'l+2=</s>'], lacks: ['init'] },
    { words: ['Talks', 'in', 'the', 'United', 'States'], at: 4, has: ['g=country:I', 'g-1=country:B', 'l-1|l=united|states'] },
    { words: ['Russian', 'troops'], at: 0, has: ['g=demonym:B'] },
    { words: ['a', 'well-known', 'F-16'], at: 2, has: ['hyphen', 'caps', 'digit', 's=X-dd'] },
    { words: ['EU', 'REJECTS', 'GERMAN', 'CALL'], at: 1, has: ['hdl', 'caps', 'hdl|ss=X'] },
  ];
  it.each(cases)('$words.$at', ({ words, at, has, lacks }) => {
    const f = sentenceFeatures(words, buildDocumentContext([words]), gaz)[at];
    for (const x of has) expect(f).toContain(x);
    for (const x of lacks ?? []) expect(f).not.toContain(x);
  });

  it('reads the document: a capitalised word written in lower case elsewhere gets doc=L', () => {
    const doc = [['Police', 'said', 'so'], ['The', 'police', 'left'], ['He', 'met', 'Smith', 'in', 'Rome']];
    const ctx = buildDocumentContext(doc);
    expect(sentenceFeatures(doc[0], ctx, gaz)[0]).toContain('doc|init=L');
    const headline = ['SMITH', 'WINS'];
    expect(sentenceFeatures(headline, buildDocumentContext([headline, ...doc]), gaz)[0]).toContain('doc|init=T');
  });

  it('normalises typographic quotes and dashes to the CoNLL forms', () => {
    expect(['\u201cYes\u201d', 'don\u2019t', '1\u20132'].map(normalizeWord)).toEqual(['"Yes"', "don't", '1-2']);
  });

  it('detects headlines', () => {
    expect(isHeadline(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN', '.'])).toBe(true);
    expect(isHeadline(['Japan', 'won', '2-1'])).toBe(false);
    expect(isHeadline(['1996-08-22'])).toBe(false);
  });
});

describe('gazetteer', () => {
  it('marks the longest match per category, capitalised tokens only', () => {
    const gaz = buildGazetteer([['United States', 'country'], ['United States of America', 'country'], ['Chad', 'country']]);
    const words = ['the', 'United', 'States', 'of', 'America', 'and', 'chad', 'Chad'];
    expect(gazetteerMatches(gaz, words.map((w) => w.toLowerCase()), words)).toEqual([
      [], ['country:B'], ['country:I'], ['country:I'], ['country:I'], [], [], ['country:B'],
    ]);
  });
});

describe('prediction history', () => {
  it('offers the labels earlier sentences gave a capitalised word', () => {
    const h = new PredictionHistory();
    expect(h.features('Putin')).toEqual([]);
    h.record(['Vladimir', 'Putin', 'spoke'], ['B-PER', 'I-PER', 'O']);
    expect(h.features('Putin')).toEqual(['h=PER', 'hm=PER']);
    expect(h.features('spoke')).toEqual([]);
  });
});

describe('tag set', () => {
  it.each([
    [['I-PER', 'I-PER', 'O', 'I-LOC'], ['B-PER', 'I-PER', 'O', 'B-LOC']],
    [['I-ORG', 'B-ORG', 'I-ORG'], ['B-ORG', 'B-ORG', 'I-ORG']],
    [['I-MISC', 'I-PER'], ['B-MISC', 'B-PER']],
    [['B-LOC', 'I-LOC'], ['B-LOC', 'I-LOC']],
  ])('IOB1 %j -> BIO %j', (iob1, bio) => {
    expect(toBio(iob1)).toEqual(bio);
    expect(tagSpans(iob1)).toEqual(tagSpans(bio));
  });
});

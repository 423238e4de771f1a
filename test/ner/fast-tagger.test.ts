// The fast tagger must give exactly the tags of the feature-string definition (the path
// training uses), and bit-for-bit the emission scores of the earlier cached scorer, on varied
// generated documents: names repeated across sentences (history), headlines, sentence-initial
// ordinary words written in lower case elsewhere (document evidence), gazetteer places,
// typographic quotes, numbers, odd tokens, empty and one-word sentences.
import { describe, expect, it } from 'vitest';
import { tagDocumentFast, tagIndicesFast, wordCacheLimit } from '../../src/ner/fast-tagger.ts';
import { defaultModel } from '../../src/ner/load-model.ts';
import { cachedEmissions, featureEmissions, tagDocumentReference } from '../../src/ner/tag-document-reference.ts';

const NAMES = ['Vladimir', 'Putin', 'Joe', 'Biden', 'Microsoft', 'Apple', 'Google', 'Reuters', 'BBC', 'Blackburn', 'Émile', 'Zola', 'O\u2019Neill', 'McDonald', 'al-Assad', 'Smith-Jones', 'J.P.', 'Morgan', 'Chelsea', 'Arsenal'];
const PLACES = ['United States', 'New Zealand', 'Russia', 'Russian', 'Germans', 'Paris', 'Brussels', 'Europe', 'South America', 'Kyiv', 'Chad', 'Turkey', 'turkey', 'Western Europe', 'Saint Lucia'];
const WORDS = ['said', 'the', 'police', 'Police', 'on', 'Thursday', 'market', 'shares', 'rose', 'in', 'of', 'and', 'a', 'new', 'New', 'government', 'Government', 'minister', 'President', 'president', 'it', 'was', 'after', 'talks', 'with', 'chief', 'executive', 'Mr', 'Mrs.', 'Dr'];
const ODD = [',', '.', '"', '\u201c', '\u201d', '\u2018', '\u2019', '(', ')', '-', '\u2013', '\u2014', '%', '$', '1996-08-22', '3.5', '1,000', '10:30', 'No.', 'e-mail', 'www.bbc.co.uk', '#tag', '@user', 'a|b', 'x'];

function generatedDocuments(count: number, seed: number): string[][][] {
  let state = seed;
  const next = (k: number): number => {
    // mulberry32: a small seeded generator with well-mixed low bits.
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) % k;
  };
  const pick = (list: readonly string[]): string[] => list[next(list.length)].split(' ');
  const docs: string[][][] = [];
  for (let d = 0; d < count; d++) {
    const sentences: string[][] = [];
    const nSentences = 1 + next(8);
    for (let s = 0; s < nSentences; s++) {
      const len = next(10) === 0 ? next(2) : 1 + next(25);
      let words: string[] = [];
      while (words.length < len) {
        const r = next(10);
        words.push(...(r < 3 ? pick(NAMES) : r < 5 ? pick(PLACES) : r < 9 ? pick(WORDS) : pick(ODD)));
      }
      words = words.slice(0, len);
      if (next(8) === 0) words = words.map((w) => w.toUpperCase());
      sentences.push(words);
    }
    docs.push(sentences);
  }
  return docs;
}

describe('tagDocumentFast', () => {
  const model = defaultModel();
  const docs = generatedDocuments(120, 11);

  it('generates a few hundred varied sentences', () => {
    expect(docs.reduce((n, d) => n + d.length, 0)).toBeGreaterThan(300);
  });

  it('gives the tags of the feature-string path on every generated document', () => {
    let entities = 0;
    for (const doc of docs) {
      const fast = tagDocumentFast(model, doc);
      expect(fast).toEqual(tagDocumentReference(model, doc, featureEmissions));
      entities += fast.flat().filter((t) => t.startsWith('B-')).length;
    }
    // The documents exercise the tagger: plenty of entities are found.
    expect(entities).toBeGreaterThan(100);
  });

  it('reproduces the cached scorer\u2019s emission scores bit for bit (history included)', () => {
    for (const doc of docs.slice(0, 60)) {
      const fast: Float64Array[] = [];
      const cached: Float64Array[] = [];
      tagDocumentFast(model, doc, (s, e) => (fast[s] = e));
      tagDocumentReference(model, doc, cachedEmissions, (s, e) => (cached[s] = e.slice()));
      doc.forEach((words, s) => {
        if (words.length === 0) return;
        expect(Array.from(fast[s])).toEqual(Array.from(cached[s]));
      });
    }
  });

  it('tags the same document the same way twice (caches do not change results)', () => {
    const doc = docs[3];
    expect(tagDocumentFast(model, doc)).toEqual(tagDocumentFast(model, doc));
  });

  it('gives the same tags when the word cache is emptied between documents', () => {
    const expected = docs.slice(0, 30).map((doc) => tagDocumentFast(model, doc));
    const saved = wordCacheLimit.words;
    wordCacheLimit.words = 20;
    try {
      docs.slice(0, 30).forEach((doc, d) => expect(tagDocumentFast(model, doc)).toEqual(expected[d]));
    } finally {
      wordCacheLimit.words = saved;
    }
  });

  it('gives the same tags when words come with lexeme ids (cache by id), also across cache emptying', () => {
    const idOf = new Map<string, number>();
    const lexemes = (doc: string[][]): number[] => doc.flat().map((w) => idOf.get(w) ?? (idOf.set(w, 3 * idOf.size + 1), idOf.get(w)!));
    const expected = docs.slice(0, 40).map((doc) => tagIndicesFast(model, doc));
    docs.slice(0, 40).forEach((doc, d) => expect(tagIndicesFast(model, doc, undefined, lexemes(doc))).toEqual(expected[d]));
    const saved = wordCacheLimit.words;
    wordCacheLimit.words = 20;
    try {
      docs.slice(0, 40).forEach((doc, d) => expect(tagIndicesFast(model, doc, undefined, lexemes(doc))).toEqual(expected[d]));
    } finally {
      wordCacheLimit.words = saved;
    }
  });
});

// Property tests: on arbitrary tag sequences the extractor never throws, every span lies inside
// the sentence, argument texts spell their spans, and confidences are probabilities.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFromWords } from '../../src/openie/extract-from-words.ts';
import type { Word } from '../../src/openie/types.ts';
import type { Upos } from '../../src/model/types.ts';

const VOCAB: Array<[string, Upos, string]> = [
  ['the', 'DET', 'the'], ['a', 'DET', 'a'], ['company', 'NOUN', 'company'], ['shares', 'NOUN', 'share'],
  ['Apple', 'PROPN', 'apple'], ['Paris', 'PROPN', 'paris'], ['bought', 'VERB', 'buy'], ['said', 'VERB', 'say'],
  ['is', 'AUX', 'be'], ['was', 'AUX', 'be'], ['has', 'AUX', 'have'], ['not', 'PART', 'not'], ['to', 'PART', 'to'],
  ['in', 'ADP', 'in'], ['of', 'ADP', 'of'], ['by', 'ADP', 'by'], ['and', 'CCONJ', 'and'], [',', 'PUNCT', ','],
  ['who', 'PRON', 'who'], ['that', 'SCONJ', 'that'], ['he', 'PRON', 'he'], ['new', 'ADJ', 'new'],
  ['also', 'ADV', 'also'], ["'s", 'PART', "'s"], ['``', 'PUNCT', '``'], ["''", 'PUNCT', "''"], ['2019', 'NUM', '2019'],
  ['selling', 'VERB', 'sell'], ['founded', 'VERB', 'found'], ['such', 'ADJ', 'such'], ['as', 'ADP', 'as'], ['.', 'PUNCT', '.'],
];
const word = fc.constantFrom(...VOCAB).map(([text, pos, lemma]): Word => ({ text, lower: text.toLowerCase(), lemma, pos }));

describe('extractFromWords on arbitrary input', () => {
  it('returns well-formed tuples', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 0, maxLength: 40 }), (words) => {
      for (const t of extractFromWords(words)) {
        expect(t.args.length).toBe(t.argSpans.length);
        expect(t.args.length).toBeGreaterThanOrEqual(1);
        t.argSpans.forEach(([s, e], k) => {
          expect(0 <= s && s < e && e <= words.length).toBe(true);
          expect(words.slice(s, e).map((w) => w.text).join(' ')).toBe(t.args[k]);
        });
        for (const k of t.relationTokens) expect(words[k]).toBeDefined();
        expect(t.relation.length).toBeGreaterThan(0);
        expect(t.confidence > 0 && t.confidence < 1).toBe(true);
      }
    }), { numRuns: 400 });
  });
});

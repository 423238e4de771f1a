import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/annotate.ts';
import { resolveEntities } from '../../src/extract/resolve-entities.ts';
import { entityKey } from '../../src/model/keys.ts';

// Words that exercise every rule: titles, honorifics, demonyms, capitals, acronyms, quotes, pronouns.
const WORDS = ['US', 'President', 'Joe', 'Biden', 'Mr', 'Blair', 'said', 'he', 'she', 'his', 'I', 'my', '"', ',', '.', 'and',
  'of', 'the', 'Office', 'Fair', 'Trading', '(', 'OFT', ')', 'Russian', 'Washington', 'imposed', 'Moscow', 'its', 'Bank',
  'England', 'Seibu', 'Railways', 'Ms', 'Hewitt', 'Secretary', 'Trade', 'Industry', '\n\n', "'s", 'van', 'Ruud', 'Ex-Labour', 'MP'];

describe('resolveEntities on arbitrary word soup', () => {
  it('never throws, keeps tokenEntity in range and consistent with mentions, and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 60 }), (words) => {
        const text = words.join(' ');
        const doc = annotate(text);
        const article = { id: 'p', text, hash: '' };
        const r = resolveEntities(doc, article, []);
        expect(r.tokenEntity.length).toBe(doc.tokens.length);
        for (const v of r.tokenEntity) expect(v >= -1 && v < r.entities.length).toBe(true);
        const keys = new Set<string>();
        for (const [i, e] of r.entities.entries()) {
          expect(e.key).toBe(entityKey(e.type, e.name));
          expect(keys.has(e.key)).toBe(false);
          keys.add(e.key);
          for (const m of e.mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) expect(r.tokenEntity[k]).toBe(i);
        }
        expect(resolveEntities(doc, article, [])).toEqual(r);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('handles an empty article', () => {
    const r = resolveEntities(annotate(''), { id: 'e', text: '', hash: '' }, []);
    expect(r.entities).toEqual([]);
    expect(r.tokenEntity.length).toBe(0);
  });
});

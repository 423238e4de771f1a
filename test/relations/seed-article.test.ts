// End to end on the seed article (samples/000_3d8444ededa8fadb.txt): the real reader, NER,
// resolver and relation rules together must give the article's two example facts, its two
// roles and the Biden-Putin relations a reader finds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleContent } from '../../src/input/index.ts';
import { extractArticle } from '../../src/pipeline/extract-article.ts';
import type { Triple } from '../../src/model/types.ts';

const content = readFileSync(new URL('../../samples/000_3d8444ededa8fadb.txt', import.meta.url), 'utf8');
const { articles } = parseArticleContent(content, { format: 'text', id: 'samples/000_3d8444ededa8fadb', origin: 'samples/000_3d8444ededa8fadb.txt' });
const extraction = extractArticle(articles[0]);
const show = (t: Triple) => `${t.subject.name} -${t.predicate}${t.negated ? ' (not)' : ''}-> ${t.object.name}`;
const all = extraction.triples.map(show);

describe('seed article, end to end', () => {
  it.each([
    'Joe Biden -propose-> summit meeting',
    'United States -sanction-> 32 Russian entities',
    'Joe Biden -president of-> United States',
    'Vladimir Putin -president of-> Russia',
    'Joe Biden -speak with-> Vladimir Putin',
    'Joe Biden -urge-> Vladimir Putin',
    'Joe Biden -notify-> Vladimir Putin',
    'Joe Biden -call on-> Russia',
    'Russia -build up-> Ukraine',
    'United States -support-> Ukraine',
    'Russia -refute-> accusations of its engagement',
  ])('gives %s', (expected) => {
    expect(all).toContain(expected);
  });

  it('marks roles as roles and keeps evidence inside the article text', () => {
    const role = extraction.triples.find((t) => show(t) === 'Joe Biden -president of-> United States');
    expect(role?.kind).toBe('role');
    expect(role?.relType).toBe('PRESIDENT_OF');
    for (const t of extraction.triples) {
      if (t.evidence.sentenceIndex < 0) continue;
      expect(articles[0].text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.sentence);
    }
  });

  it('says nothing false about who occupies Crimea', () => {
    expect(all).not.toContain('Joe Biden -occupy-> Crimea');
  });
});

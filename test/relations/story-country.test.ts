// End to end (real reader, NER, resolver and rules): a head of state's or government's title
// written before a name with no country is held in the country the article is about, when the
// article names that country at least three times and twice as often as any other.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract-article.ts';
import type { Triple } from '../../src/model/types.ts';

const show = (t: Triple) => `${t.subject.name} -${t.predicate}-> ${t.object.name}`;
const triples = (text: string): string[] => extractArticle({ id: 't', text, hash: 'h' }).triples.map(show);

describe('a head title with no country', () => {
  it('is held in the country the article is about', () => {
    const text = 'Ukraine is in talks with the EU. Ukraine wants to join the union. Ukraine said so on Monday. The figures were given by President Viktor Yushchenko on Tuesday.';
    expect(triples(text)).toContain('Viktor Yushchenko -president of-> Ukraine');
  });

  it('is not held in a home nation the article is about', () => {
    const text = 'Scotland is in talks with the EU. Scotland wants more powers. Scotland said so on Monday. The figures were given by Prime Minister Tony Blair on Tuesday.';
    expect(triples(text)).not.toContain('Tony Blair -prime minister of-> Scotland');
  });

  it('is not held in the article\'s country when two countries are named as often', () => {
    const text = 'Ukraine is in talks with Russia. Ukraine and Russia met. Ukraine and Russia said so on Monday. The figures were given by President Viktor Yushchenko on Tuesday.';
    expect(triples(text)).not.toContain('Viktor Yushchenko -president of-> Ukraine');
  });
});

import { describe, expect, it } from 'vitest';
import { extractInParallel } from '../../src/pipeline/parallel-extract.ts';
import { extractArticle } from '../../src/pipeline/extract-article.ts';
import type { Article, ArticleExtraction } from '../../src/model/types.ts';

const texts = [
  'US President Joe Biden spoke with Russian President Vladimir Putin on Tuesday.',
  'Microsoft bought LinkedIn for $26bn, the company said.',
  'The European Union imposed sanctions on Belarus. Brussels said the measures were needed.',
  'Prime Minister Tony Blair met German Chancellor Gerhard Schroeder in Berlin.',
  '',
];
const articles: Article[] = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, text: texts[i % texts.length], hash: `h${i}` }));

async function collect(it: AsyncIterable<ArticleExtraction>): Promise<ArticleExtraction[]> {
  const out: ArticleExtraction[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('extractInParallel', () => {
  it('gives the same extractions, in the same order, with worker threads as inline', async () => {
    const inline = articles.map(extractArticle);
    const parallel = await collect(extractInParallel(articles, { workers: 2, chunkSize: 3, minArticles: 0 }));
    expect(parallel.map((x) => x.article.id)).toEqual(articles.map((a) => a.id));
    expect(JSON.parse(JSON.stringify(parallel))).toEqual(JSON.parse(JSON.stringify(inline)));
  });

  it('stays inline for small inputs', async () => {
    const out = await collect(extractInParallel(articles.slice(0, 3), { workers: 4, minArticles: 64 }));
    expect(out.map((x) => x.article.id)).toEqual(['a0', 'a1', 'a2']);
  });

  it('reports an article that fails and goes on with the others', async () => {
    const bad = { id: 'bad', text: 42 as unknown as string, hash: 'x', origin: 'bad.txt' };
    const errors: Error[] = [];
    const out = await collect(extractInParallel([articles[0], bad, articles[1]], { workers: 1, onError: (e) => errors.push(e) }));
    expect(out.map((x) => x.article.id)).toEqual(['a0', 'a1']);
    expect(errors).toHaveLength(1);
    expect(errors[0].name).toBe('ExtractionError');
    expect(errors[0].message).toMatch(/"bad" \(bad\.txt\)/);
  });
});

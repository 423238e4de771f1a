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

describe('extractInParallel: office titles across articles', () => {
  const named = (id: string, text: string): Article => ({ id, text, hash: id });
  const run = [
    named('p3', 'Mr Blair spoke in Chatham on Tuesday. Later the prime minister criticised Michael Howard.'),
    named('p1', 'Prime Minister Tony Blair visited Leeds on Monday.'),
    named('p2', 'Prime Minister Tony Blair met union leaders in London.'),
    named('p4', 'Michael Howard spoke in Leeds. The prime minister was abroad.'),
  ];
  const has = (x: ArticleExtraction | undefined, s: string, p: string, o: string): boolean =>
    !!x?.triples.some((t) => t.subject.name === s && t.predicate === p && t.object.name === o);

  it('resolves "the prime minister" to the holder other articles name, when the article names him', async () => {
    for (const workers of [1, 2]) {
      const out = await collect(extractInParallel(run, { workers, chunkSize: 1, minArticles: 0 }));
      // Articles that leave an office open come last, in input order.
      expect(out.map((x) => x.article.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
      const p3 = out.find((x) => x.article.id === 'p3');
      expect(has(p3, 'Blair', 'criticise', 'Michael Howard')).toBe(true);
      // p4 never names Blair: its prime minister stays unresolved.
      expect(out.find((x) => x.article.id === 'p4')!.entities.map((e) => e.name)).not.toContain('Blair');
    }
  });

  it('resolves "the striker" to the one person of the article other articles call a striker', async () => {
    const out = await collect(extractInParallel([
      named('s1', 'Chelsea sacked striker Adrian Mutu in October.'),
      named('s2', 'Mutu was banned for seven months. The striker has apologised to the fans.'),
    ], { workers: 1 }));
    const mutu = out.find((x) => x.article.id === 's2')!.entities.find((e) => e.name === 'Mutu');
    expect(mutu?.mentions.map((m) => m.text)).toContain('striker');
  });

  it('leaves the title open alone in a run that names no holder, or when turned off', async () => {
    const alone = await collect(extractInParallel([run[0], run[3]], { workers: 1 }));
    expect(has(alone.find((x) => x.article.id === 'p3'), 'Blair', 'criticise', 'Michael Howard')).toBe(false);
    const off = await collect(extractInParallel(run, { workers: 1, officeHolders: false }));
    expect(has(off.find((x) => x.article.id === 'p3'), 'Blair', 'criticise', 'Michael Howard')).toBe(false);
  });
});

// extractBatch (src/pipeline/extract-batch.ts) runs the pipeline one step at a time over a batch:
// its results must be exactly extractArticle's, in input order, and a failing article must fail
// alone.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractBatch, type StepTimes } from '../../src/pipeline/extract-batch.ts';
import { extractArticle } from '../../src/pipeline/extract-article.ts';
import type { Article } from '../../src/model/types.ts';

const seed = readFileSync(new URL('../../samples/000_3d8444ededa8fadb.txt', import.meta.url), 'utf8');
const texts = [
  seed,
  'Microsoft bought LinkedIn for $26bn, the company said. Its chief executive, Satya Nadella, welcomed the deal.',
  'John Smith and Mary Jones were elected in 2004. The pair later quit the UK Independence Party.',
  '',
  'Andy Roddick beat Tim Henman in Miami. The American said he was delighted.',
];
const articles: Article[] = texts.map((text, i) => ({ id: `a${i}`, text, hash: `h${i}` }));

describe('extractBatch', () => {
  it('gives exactly what extractArticle gives for each article, in order', () => {
    const batch = extractBatch(articles);
    expect(batch.map((r) => r.ok)).toEqual(articles.map(() => true));
    const got = batch.map((r) => (r.ok ? r.extraction : undefined));
    expect(JSON.parse(JSON.stringify(got))).toEqual(JSON.parse(JSON.stringify(articles.map(extractArticle))));
  });

  it('fails a bad article alone and goes on with the others', () => {
    const bad = { id: 'bad', text: 42 as unknown as string, hash: 'x' };
    const results = extractBatch([articles[1], bad, articles[2]]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const failed = results[1];
    expect(failed.ok ? undefined : failed.error).toBeInstanceOf(Error);
  });

  it('gives each article the same result whatever was extracted before it', () => {
    const more = [
      "Its top brands include Newcastle Brown Ale, Foster's, John Smith's and Strongbow.",
      "Southcorp has rejected a takeover offer from brewing giant Foster's Group. Foster's said it would wait.",
    ].map((text, i) => ({ id: `m${i}`, text, hash: `m${i}` }));
    const result = (batch: Article[], id: string): string => {
      const r = extractBatch(batch).find((x) => x.ok && x.extraction.article.id === id);
      return r && r.ok ? JSON.stringify(r.extraction) : '';
    };
    // First on its own, then after an article whose unknown word ("Foster's,") winkNLP keeps.
    const alone = result([more[1]], 'm1');
    expect(result([...more, ...articles], 'm1')).toBe(alone);
    expect(result([...articles].reverse(), 'a0')).toBe(result(articles, 'a0'));
  });

  it('adds each step\'s time to the given counters', () => {
    const times: StepTimes = { annotate: 0, ner: 0, resolve: 0, triples: 0 };
    extractBatch(articles.slice(0, 2), times);
    for (const t of Object.values(times)) expect(t).toBeGreaterThan(0);
  });
});

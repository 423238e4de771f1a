// The pure core of the project: one article in, its entities and relation triples (each with
// evidence) out. No I/O. Steps: winkNLP annotation -> NER mentions -> within-article entity
// resolution (aliases, demonyms, pronouns) -> relation triples.
import type { Article, ArticleExtraction } from '../model/types.ts';
import { extractBatch } from './extract-batch.ts';

/** The extraction of one article (the pipeline's steps are in extract-batch.ts); throws what a step throws. */
export function extractArticle(article: Article): ArticleExtraction {
  const [result] = extractBatch([article]);
  if (!result.ok) throw result.error;
  return result.extraction;
}

// The pure core of the project: one article in, its entities and relation triples (each with
// evidence) out. No I/O. Steps: winkNLP annotation -> NER mentions -> within-article entity
// resolution (aliases, demonyms, pronouns) -> relation triples.
import type { Article, ArticleExtraction } from '../model/types.ts';
import { annotate } from '../nlp/annotate.ts';
import { recognizeMentions } from '../ner/recognize.ts';
import { resolveEntities } from '../extract/resolve-entities.ts';
import { extractTriples } from '../extract/extract-triples.ts';

export function extractArticle(article: Article): ArticleExtraction {
  const doc = annotate(article.text);
  const mentions = recognizeMentions(doc);
  const resolved = resolveEntities(doc, article, mentions);
  const triples = extractTriples(doc, article, resolved);
  return { article, entities: resolved.entities, triples };
}

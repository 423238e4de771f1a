// The pure core over a batch of articles, one step at a time: every article is annotated, then
// every one gets its NER mentions, then its entities resolved, then its triples. The results are
// exactly those of extracting each article alone (the steps are pure functions of the article;
// the tests compare them), but each step's code, model weights, word lists and caches stay hot in
// the CPU caches for the whole batch instead of being evicted by the three other steps after each
// article. On 300 BBC articles this took the pipeline from about 2.5 to about 2.0 times winkNLP's
// own time (`scripts/bench-pipeline.ts --batch 1` against a batch of 64); batches of 256 gain
// another 3-4% over 64 (on 600 articles, alternating runs: 1.92-2.00 against 2.02-2.06).
// An article whose extraction throws fails alone; the others go on.
import type { AnnotatedText, Article, ArticleExtraction, Mention, OfficeHints, ResolvedEntities } from '../model/types.ts';
import { annotate } from '../nlp/annotate.ts';
import { recognizeMentions } from '../ner/recognize.ts';
import { resolveEntities, type EntityKnowledge } from '../extract/resolve-entities.ts';
import { extractTriples } from '../extract/extract-triples.ts';

/** One article's result; `offices` are its office hints for cross-article resolution (see office-holders.ts). */
export type BatchResult = { ok: true; extraction: ArticleExtraction; offices?: OfficeHints } | { ok: false; error: unknown };

/**
 * Articles per batch in the CLI, ingest and worker threads. Larger batches keep each step's code
 * and data hot for longer; 256 annotated articles take a few tens of MB, and a slow input stream
 * sees its output a batch at a time.
 */
export const DEFAULT_BATCH_SIZE = 256;

/** Time spent in each step of `extractBatch`, in milliseconds (added to by each call). */
export interface StepTimes {
  annotate: number;
  ner: number;
  resolve: number;
  triples: number;
}

/** Extract every article of the batch, step by step; results in input order. `knowledge` comes from other articles. */
export function extractBatch(articles: readonly Article[], times?: StepTimes, knowledge?: EntityKnowledge): BatchResult[] {
  const n = articles.length;
  const failed: unknown[] = new Array(n);
  const docs: Array<AnnotatedText | undefined> = new Array(n);
  const mentions: Array<Mention[] | undefined> = new Array(n);
  const resolved: Array<ResolvedEntities | undefined> = new Array(n);
  const results: BatchResult[] = new Array(n);
  const step = <T>(name: keyof StepTimes, run: (i: number) => T, into: Array<T | undefined>): void => {
    const start = times ? performance.now() : 0;
    for (let i = 0; i < n; i++) {
      if (failed[i] !== undefined) continue;
      try {
        into[i] = run(i);
      } catch (error) {
        failed[i] = error ?? new Error('extraction failed');
      }
    }
    if (times) times[name] += performance.now() - start;
  };
  step('annotate', (i) => annotate(articles[i].text), docs);
  step('ner', (i) => recognizeMentions(docs[i]!), mentions);
  step('resolve', (i) => resolveEntities(docs[i]!, articles[i], mentions[i]!, knowledge), resolved);
  step('triples', (i) => {
    const r = resolved[i]!;
    return { ok: true, extraction: { article: articles[i], entities: r.entities, triples: extractTriples(docs[i]!, articles[i], r) }, offices: r.offices } as BatchResult;
  }, results);
  for (let i = 0; i < n; i++) if (failed[i] !== undefined) results[i] = { ok: false, error: failed[i] };
  return results;
}

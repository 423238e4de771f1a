// Streams articles through the pure extraction core into a GraphStore in batches. Library
// code: it reports progress and failures through callbacks and returns a summary; only the
// CLI prints. One article that fails to extract is reported and skipped, the rest go on.
// Surname-only people ("Mr Blair") are linked to the one full name known for that surname in
// the whole call or the store (link-short-names.ts): articles that have such a person are held
// back until every extraction of the call has been seen, so the result does not depend on the
// order of the articles, then linked and written last. Known limit: a later call that brings
// the first full name does not retro-merge a surname-only node an earlier call already wrote.
import type { Article, ArticleExtraction } from '../model/types.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { fullNamesOf, linkShortNames, shortNamesToLink, type KnownPerson } from './link-short-names.ts';
import { extractInParallel } from './parallel-extract.ts';
import { SINGLE_HOLDER_OFFICES } from '../extract/entities/link-title-references.ts';
import { InvalidExtractionError } from '../store/store-errors.ts';

export interface IngestProgress {
  /** Articles extracted or failed so far. */
  read: number;
  written: number;
  unchanged: number;
  replaced: number;
  failed: number;
  entities: number;
  triples: number;
}

export interface IngestSummary extends IngestProgress {
  seconds: number;
}

export interface IngestOptions {
  /** Articles per store write (default 200). */
  batchSize?: number;
  /** Extraction worker threads (default 1: extract in this thread). */
  workers?: number;
  /** Link surname-only people to a known full name before writing (default true). */
  linkShortNames?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  onError?: (error: Error) => void;
}

export async function ingestArticles(
  store: GraphStore,
  articles: AsyncIterable<Article> | Iterable<Article>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  let extractFailures = 0;
  const onError = (error: Error): void => {
    extractFailures++;
    options.onError?.(error);
  };
  // What the store's articles already say about who holds an office ("Prime Minister Tony Blair").
  const knownHolders = (await store.titledPersons([...SINGLE_HOLDER_OFFICES])).map((h) => [h.title, h.name, h.articles] as const);
  const summary = await ingestExtractions(store, extractInParallel(articles, { workers: options.workers, onError, knownHolders }), {
    ...options,
    onProgress: options.onProgress && ((p) => options.onProgress!({ ...p, read: p.read + extractFailures, failed: p.failed + extractFailures })),
  });
  return { ...summary, read: summary.read + extractFailures, failed: summary.failed + extractFailures };
}

/** Write already-extracted articles into a store in batches (the second half of ingestArticles). */
export async function ingestExtractions(
  store: GraphStore,
  extractions: AsyncIterable<ArticleExtraction> | Iterable<ArticleExtraction>,
  options: Pick<IngestOptions, 'batchSize' | 'linkShortNames' | 'onProgress' | 'onError'> = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 200;
  const progress: IngestProgress = { read: 0, written: 0, unchanged: 0, replaced: 0, failed: 0, entities: 0, triples: 0 };
  let batch: ArticleExtraction[] = [];

  const write = async (items: ArticleExtraction[]): Promise<void> => {
    const result = await store.ingest(items);
    progress.written += result.written;
    progress.unchanged += result.unchanged;
    progress.replaced += result.replaced;
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    try {
      await write(batch);
    } catch (error) {
      // A store rejects a whole batch when one article in it is invalid: write the articles one
      // by one so that only the bad one is reported and skipped. Connection failures still stop.
      if (!(error instanceof InvalidExtractionError)) throw error;
      for (const extraction of batch) {
        try {
          await write([extraction]);
        } catch (inner) {
          if (!(inner instanceof InvalidExtractionError)) throw inner;
          progress.failed++;
          options.onError?.(inner);
        }
      }
    }
    batch = [];
    options.onProgress?.({ ...progress });
  };

  const link = options.linkShortNames !== false;
  // Full names seen in this call (key + name), and the articles held back for linking. An article
  // id already held back holds back its later versions too, so the last version still wins.
  const fullNames = new Map<string, KnownPerson>();
  const held: ArticleExtraction[] = [];
  const heldIds = new Set<string>();

  for await (const extraction of extractions) {
    progress.read++;
    progress.entities += extraction.entities.length;
    progress.triples += extraction.triples.length;
    if (link) {
      for (const p of fullNamesOf(extraction)) fullNames.set(`${p.key}\u0000${p.name}`, p);
      if (heldIds.has(extraction.article.id) || shortNamesToLink(extraction).length > 0) {
        held.push(extraction);
        heldIds.add(extraction.article.id);
        if (progress.read % 25 === 0) options.onProgress?.({ ...progress });
        continue;
      }
    }
    batch.push(extraction);
    if (batch.length >= batchSize) await flush();
    else if (progress.read % 25 === 0) options.onProgress?.({ ...progress });
  }
  await flush();

  if (held.length > 0) {
    // Only candidates for this call's short names come from the store, not every person: those
    // whose last name is one (link targets) or whose first name is one (it may be a first name).
    const shortNames = [...new Set(held.flatMap(shortNamesToLink))].sort();
    const stored = await store.personsByNameEnds(shortNames);
    // Weights (articles naming a person) come from the store, which by now holds every article of
    // this call that was not held back; the held ones count inside linkShortNames.
    const known: KnownPerson[] = [...[...fullNames.values()].map((p) => ({ ...p, weight: 0 })), ...stored.map((p) => ({ key: p.key, name: p.name, weight: p.articleCount }))];
    const linked = linkShortNames(held, known);
    for (let i = 0; i < linked.length; i += batchSize) {
      batch = linked.slice(i, i + batchSize);
      await flush();
    }
  }
  return { ...progress, seconds: (performance.now() - started) / 1000 };
}

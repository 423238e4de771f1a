// Streams articles through the pure extraction core into a GraphStore in batches. Library
// code: it reports progress and failures through callbacks and returns a summary; only the
// CLI prints. One article that fails to extract is reported and skipped, the rest go on.
import type { Article, ArticleExtraction } from '../model/types.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { extractInParallel } from './parallel-extract.ts';

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
  onProgress?: (progress: IngestProgress) => void;
  onError?: (error: Error) => void;
}

export async function ingestArticles(
  store: GraphStore,
  articles: AsyncIterable<Article> | Iterable<Article>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 200;
  const progress: IngestProgress = { read: 0, written: 0, unchanged: 0, replaced: 0, failed: 0, entities: 0, triples: 0 };
  let batch: ArticleExtraction[] = [];

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const result = await store.ingest(batch);
    progress.written += result.written;
    progress.unchanged += result.unchanged;
    progress.replaced += result.replaced;
    batch = [];
    options.onProgress?.({ ...progress });
  };
  const onError = (error: Error): void => {
    progress.read++;
    progress.failed++;
    options.onError?.(error);
  };

  for await (const extraction of extractInParallel(articles, { workers: options.workers, onError })) {
    progress.read++;
    progress.entities += extraction.entities.length;
    progress.triples += extraction.triples.length;
    batch.push(extraction);
    if (batch.length >= batchSize) await flush();
    else if (progress.read % 25 === 0) options.onProgress?.({ ...progress });
  }
  await flush();
  return { ...progress, seconds: (performance.now() - started) / 1000 };
}

/** Extract without a store: yields one extraction per article, in order, reporting failures through onError. */
export function extractArticles(
  articles: AsyncIterable<Article> | Iterable<Article>,
  onError?: (error: Error) => void,
  workers = 1,
): AsyncGenerator<ArticleExtraction> {
  return extractInParallel(articles, { workers, onError });
}

// Extraction on several cores: articles go to a pool of worker threads in chunks and come back
// in input order, so the store sees exactly what a single-threaded run would give (same order,
// same results). Small inputs never pay for starting workers: the pool starts only once more
// than `minArticles` articles have been read; until then extraction runs inline. Inline or in a
// worker, articles are extracted in batches, one step at a time (see extract-batch.ts).
// Articles that leave an office title open ("the prime minister") are held back to the end of
// the run, when the run's office holders are known (see office-holders.ts); they come out last.
import { Worker } from 'node:worker_threads';
import type { Article, ArticleExtraction, OfficeHints } from '../model/types.ts';
import { DEFAULT_BATCH_SIZE, extractBatch } from './extract-batch.ts';
import { ExtractionError } from './errors.ts';
import type { WorkerRequest, WorkerResponse, WorkerResult } from './extract-worker.ts';
import { OfficeTally, holdersHelp } from './office-holders.ts';

export interface ParallelOptions {
  /** Worker threads (default 1 = inline). */
  workers?: number;
  /** Articles per message to a worker (default 64: each worker extracts its chunk as one batch). */
  chunkSize?: number;
  /** Articles per batch extracted inline (default 64; output waits until a batch is full or the input ends). */
  batchSize?: number;
  /** Inline below this many articles (default 64). */
  minArticles?: number;
  /**
   * Resolve office titles across the run (default true): articles that leave "the prime minister"
   * open are held back and, when other articles of the run name its holder and the article names
   * him too, extracted again knowing it (see office-holders.ts). Held articles come out last.
   */
  officeHolders?: boolean;
  /** Office holders known before the run (a store's titledPersons): [title, person's name, articles]. */
  knownHolders?: ReadonlyArray<readonly [string, string, number]>;
  onError?: (error: Error) => void;
}

const WORKER_URL = new URL('./extract-worker-entry.mjs', import.meta.url);

class Pool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (results: WorkerResult[]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number) {
    // The entry registers tsx itself, so workers start the same way under tsx, vitest or node.
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_URL, { execArgv: [] });
      worker.on('message', (response: WorkerResponse) => {
        this.pending.get(response.id)?.resolve(response.results);
        this.pending.delete(response.id);
      });
      worker.on('error', (error) => {
        this.failure = new Error(`An extraction worker thread failed: ${error.message}. Run with --workers 1 to extract in the main thread.`, { cause: error });
        for (const { reject } of this.pending.values()) reject(this.failure);
        this.pending.clear();
      });
      return worker;
    });
  }

  run(articles: Article[]): Promise<WorkerResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, articles } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Extract articles, in order, using `workers` threads; failures are reported and skipped. */
export async function* extractInParallel(
  articles: AsyncIterable<Article> | Iterable<Article>,
  options: ParallelOptions = {},
): AsyncGenerator<ArticleExtraction> {
  const workers = Math.max(1, options.workers ?? 1);
  const chunkSize = options.chunkSize ?? DEFAULT_BATCH_SIZE;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const minArticles = options.minArticles ?? 64;
  const report = (article: Article, cause: unknown): void => options.onError?.(new ExtractionError(article.id, article.origin, cause));

  let pool: Pool | undefined;
  // Chunks in flight, oldest first; at most 2 per worker to bound memory.
  const inFlight: Array<{ articles: Article[]; results: Promise<WorkerResult[]> }> = [];
  let chunk: Article[] = [];
  let batch: Article[] = [];
  let seen = 0;

  const offices = options.officeHolders !== false;
  const tally = new OfficeTally();
  for (const [title, person, n] of options.knownHolders ?? []) tally.addStored(title, person, n);
  const held: Array<{ article: Article; extraction: ArticleExtraction; hints: OfficeHints }> = [];
  /** An extraction to pass on now, or to hold back when it leaves an office open. */
  const accept = (article: Article, extraction: ArticleExtraction, hints: OfficeHints | undefined): ArticleExtraction | undefined => {
    if (!offices) return extraction;
    tally.add(hints);
    if (!hints?.open.length) return extraction;
    held.push({ article, extraction, hints });
    return undefined;
  };

  const flushBatch = function* (): Generator<ArticleExtraction> {
    const results = extractBatch(batch);
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      if (!r.ok) { report(batch[i], r.error); continue; }
      const out = accept(batch[i], r.extraction, r.offices);
      if (out) yield out;
    }
    batch = [];
  };

  const drainOne = async function* (): AsyncGenerator<ArticleExtraction> {
    const head = inFlight.shift()!;
    const results = await head.results;
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      if (!r.ok) { report(head.articles[i], new Error(r.message)); continue; }
      const out = accept(head.articles[i], r.extraction, r.offices);
      if (out) yield out;
    }
  };

  /** The held articles, in input order: extracted again where the run's office holders resolve a title. */
  const releaseHeld = function* (): Generator<ArticleExtraction> {
    const holders = tally.holders();
    const again = held.filter((h) => holdersHelp(h.hints, holders, h.extraction.entities));
    const redone = new Map<Article, ArticleExtraction>();
    for (let i = 0; i < again.length; i += batchSize) {
      const part = again.slice(i, i + batchSize).map((h) => h.article);
      extractBatch(part, undefined, { officeHolders: holders }).forEach((r, k) => { if (r.ok) redone.set(part[k], r.extraction); });
    }
    for (const h of held) yield redone.get(h.article) ?? h.extraction;
  };

  try {
    for await (const article of articles) {
      seen++;
      if (!pool && (workers === 1 || seen <= minArticles)) {
        batch.push(article);
        if (batch.length >= batchSize) yield* flushBatch();
        continue;
      }
      // Articles read before the pool started come first.
      if (batch.length > 0) yield* flushBatch();
      pool ??= new Pool(workers);
      chunk.push(article);
      if (chunk.length >= chunkSize) {
        inFlight.push({ articles: chunk, results: pool.run(chunk) });
        chunk = [];
        if (inFlight.length >= workers * 2) yield* drainOne();
      }
    }
    if (batch.length > 0) yield* flushBatch();
    if (chunk.length > 0 && pool) inFlight.push({ articles: chunk, results: pool.run(chunk) });
    while (inFlight.length > 0) yield* drainOne();
    yield* releaseHeld();
  } finally {
    await pool?.close();
  }
}

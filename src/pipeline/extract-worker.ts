// Worker-thread side of parallel extraction: receives batches of articles, runs the pure
// extraction core on each batch (step by step, see extract-batch.ts) and posts the results (or
// the error message) back in order.
import { parentPort } from 'node:worker_threads';
import type { Article, ArticleExtraction, OfficeHints } from '../model/types.ts';
import { extractBatch } from './extract-batch.ts';

export interface WorkerRequest {
  id: number;
  articles: Article[];
}

export type WorkerResult = { ok: true; extraction: ArticleExtraction; offices?: OfficeHints } | { ok: false; message: string };

export interface WorkerResponse {
  id: number;
  results: WorkerResult[];
}

parentPort?.on('message', (request: WorkerRequest) => {
  const results: WorkerResult[] = extractBatch(request.articles).map((r) => (r.ok
    ? { ok: true, extraction: r.extraction, offices: r.offices }
    : { ok: false, message: r.error instanceof Error ? r.error.message : String(r.error) }));
  parentPort!.postMessage({ id: request.id, results } satisfies WorkerResponse);
});

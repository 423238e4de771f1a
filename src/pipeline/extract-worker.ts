// Worker-thread side of parallel extraction: receives batches of articles, runs the pure
// extraction core on each and posts the results (or the error message) back in order.
import { parentPort } from 'node:worker_threads';
import type { Article, ArticleExtraction } from '../model/types.ts';
import { extractArticle } from './extract-article.ts';

export interface WorkerRequest {
  id: number;
  articles: Article[];
}

export type WorkerResult = { ok: true; extraction: ArticleExtraction } | { ok: false; message: string };

export interface WorkerResponse {
  id: number;
  results: WorkerResult[];
}

parentPort?.on('message', (request: WorkerRequest) => {
  const results: WorkerResult[] = request.articles.map((article) => {
    try {
      return { ok: true, extraction: extractArticle(article) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  parentPort!.postMessage({ id: request.id, results } satisfies WorkerResponse);
});

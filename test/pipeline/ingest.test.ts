import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticles, ingestExtractions } from '../../src/pipeline/ingest.ts';
import { openGraphologyStore } from '../../src/store/graphology-store.ts';
import { extractArticle } from '../../src/pipeline/extract-article.ts';
import type { Article } from '../../src/model/types.ts';

const article = (id: string, text: string): Article => ({ id, text, hash: `hash-${id}-${text.length}` });

async function freshStore() {
  const store = await openGraphologyStore({ dir: mkdtempSync(join(tmpdir(), 'kg-ingest-')) });
  await store.init();
  return store;
}

describe('ingestArticles', () => {
  it('writes in batches, reports progress, and a second run finds every article unchanged', async () => {
    const store = await freshStore();
    const articles = Array.from({ length: 7 }, (_, i) => article(`a${i}`, `Angela Merkel met Emmanuel Macron in Berlin on day ${i}.`));
    const seen: number[] = [];
    const first = await ingestArticles(store, articles, { batchSize: 3, onProgress: (p) => seen.push(p.read) });
    expect(first).toMatchObject({ read: 7, written: 7, unchanged: 0, failed: 0 });
    expect(seen).toEqual([3, 6, 7]);
    expect(await ingestArticles(store, articles, { batchSize: 3 })).toMatchObject({ read: 7, written: 0, unchanged: 7 });
    await store.close();
  });

  it('counts and reports an article that fails to extract, and goes on', async () => {
    const store = await freshStore();
    const errors: Error[] = [];
    const broken = { id: 'broken', text: null as unknown as string, hash: 'x' };
    const summary = await ingestArticles(store, [article('a', 'Gordon Brown visited Paris.'), broken, article('b', 'Jacques Chirac spoke in Lyon.')], {
      onError: (e) => errors.push(e),
    });
    expect(summary).toMatchObject({ read: 3, written: 2, failed: 1 });
    expect(errors.map((e) => e.name)).toEqual(['ExtractionError']);
    await store.close();
  });
});

describe('ingestExtractions', () => {
  it('writes the rest of a batch when the store rejects one article in it', async () => {
    const store = await freshStore();
    const bad = extractArticle(article('bad', 'Tony Blair criticised Michael Howard on Monday.'));
    expect(bad.triples.length).toBeGreaterThan(0);
    // A relationship type that is not on the schema's allow-list: the store must refuse it.
    bad.triples = bad.triples.map((t) => ({ ...t, relType: 'DROP_ALL' }));
    const errors: Error[] = [];
    const summary = await ingestExtractions(
      store,
      [extractArticle(article('g1', 'Tony Blair met George Bush in Washington.')), bad, extractArticle(article('g2', 'Jacques Chirac spoke in Lyon.'))],
      { onError: (e) => errors.push(e) },
    );
    expect(summary).toMatchObject({ read: 3, written: 2, failed: 1 });
    expect(errors[0].name).toBe('InvalidExtractionError');
    expect(errors[0].message).toMatch(/DROP_ALL/);
    expect((await store.stats(0)).articles).toBe(2);
    await store.close();
  });
});

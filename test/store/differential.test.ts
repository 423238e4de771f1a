// Differential test: the same real articles (the dev gold articles and ~200 BBC articles from
// ../shared, read and extracted by the real pipeline) go into both stores, and the two graphs
// must be identical: same node keys, labels and properties, same relationships, types and
// properties. Skips when the shared material is absent (never under CI; see test/setup/shared-dir.ts) or when there is no Neo4j server
// (the globalSetup makes that fail under CI).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/model/types.ts';
import type { GraphSnapshot } from '../../src/store/graph-store.ts';
import { openGraphologyStore } from '../../src/store/graphology-store.ts';
import { openNeo4jStore } from '../../src/store/neo4j-store.ts';
import { neo4jAvailable, neo4jTestConfig } from '../setup/neo4j-env.ts';
import { SHARED_DIR } from '../setup/shared-dir.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = SHARED_DIR ?? join(ROOT, '..', 'shared');
const PIPELINE = join(ROOT, 'src/pipeline/extract-article.ts');
const READER = join(ROOT, 'src/input/read-articles.ts');
const CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const haveInputs = existsSync(join(SHARED, 'eval/news/dev.jsonl')) && existsSync(join(SHARED, 'corpus/bbc'));
const ready = existsSync(PIPELINE) && existsSync(READER) && (haveInputs || CI);
const BBC_PER_TOPIC = 40;

/** The dev gold articles plus the first BBC_PER_TOPIC articles of each BBC topic. */
function inputPaths(): string[] {
  const paths = readFileSync(join(SHARED, 'eval/news/dev.jsonl'), 'utf8')
    .split('\n').filter(Boolean)
    .map((line) => join(SHARED, (JSON.parse(line) as { source: string }).source));
  const bbc = join(SHARED, 'corpus/bbc');
  for (const topic of readdirSync(bbc).filter((t) => !t.includes('.')).sort()) {
    for (const file of readdirSync(join(bbc, topic)).filter((f) => f.endsWith('.txt')).sort().slice(0, BBC_PER_TOPIC)) {
      paths.push(join(bbc, topic, file));
    }
  }
  return [...new Set(paths)];
}

let extractions: ArticleExtraction[] = [];
const extractionFailures: string[] = [];
let embedded: GraphSnapshot;

describe.skipIf(!ready)('differential: graphology and Neo4j build the same graph from real articles', () => {
  beforeAll(async () => {
    const { extractArticle } = (await import(PIPELINE)) as { extractArticle: (a: ArticleExtraction['article']) => ArticleExtraction };
    const { readArticles } = (await import(READER)) as { readArticles: (p: string[], o: { root: string }) => AsyncIterable<ArticleExtraction['article']> };
    // An article the pipeline cannot extract is not what this test is about: count it and go on
    // (the pipeline's own tests own that); the graph comparison needs the rest.
    for await (const article of readArticles(inputPaths(), { root: SHARED })) {
      try {
        extractions.push(extractArticle(article));
      } catch (error) {
        extractionFailures.push(`${article.id}: ${(error as Error).message}`);
      }
    }

    const dir = mkdtempSync(join(tmpdir(), 'kg-diff-'));
    const store = await openGraphologyStore({ dir });
    await store.init();
    // Several batches, with the dev articles once more at the end (all unchanged).
    for (let i = 0; i < extractions.length; i += 50) await store.ingest(extractions.slice(i, i + 50));
    expect((await store.ingest(extractions.slice(0, 7))).unchanged).toBe(Math.min(7, extractions.length));
    embedded = await store.snapshot();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('extracted a real, non-trivial graph', () => {
    expect(extractions.length, `extraction failed for:\n${extractionFailures.slice(0, 5).join('\n')}`).toBeGreaterThanOrEqual(200);
    expect(embedded.nodes.filter((n) => n.labels.includes('Entity')).length).toBeGreaterThan(300);
    expect(embedded.edges.filter((e) => e.type !== 'MENTIONS').length).toBeGreaterThan(100);
  });

  it.skipIf(!neo4jAvailable)('Neo4j holds exactly the same nodes, relationships and properties', async () => {
    const cfg = neo4jTestConfig()!;
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
    const store = await openNeo4jStore({ driver, database: cfg.database, keyPrefix: `diff-${process.pid}-${Date.now().toString(36)}/`, batchSize: 37 });
    try {
      await store.init();
      // Other batch boundaries than the embedded run: the result must not depend on them.
      for (let i = 0; i < extractions.length; i += 80) await store.ingest(extractions.slice(i, i + 80));
      const graph = await store.snapshot();
      expect(graph.nodes.map((n) => `${n.key} ${n.labels.join(':')}`)).toEqual(embedded.nodes.map((n) => `${n.key} ${n.labels.join(':')}`));
      expect(graph.edges.map((e) => `${e.source} -${e.type}-> ${e.target} ${e.key}`)).toEqual(embedded.edges.map((e) => `${e.source} -${e.type}-> ${e.target} ${e.key}`));
      expect(graph).toEqual(embedded);
      expect(await store.stats(20)).toEqual(
        (await import('../../src/store/snapshot-stats.ts')).statsFromSnapshot(embedded, 20),
      );
    } finally {
      await store.clear();
      await store.close();
    }
  });
});

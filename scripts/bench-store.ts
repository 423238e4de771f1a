// Ingest throughput of both stores on synthetic extractions (no NLP involved), so store changes
// can be measured on their own. Entities are drawn from a shared pool with a skewed
// distribution, so articles merge into the same nodes and edges as real news does.
//
//   npx tsx scripts/bench-store.ts [--articles 2000] [--entities 20] [--triples 30] [--batch 200]
//                                  [--pool 5000] [--neo4j [URI]] [--only graphology|neo4j]
//
// Neo4j connection: --neo4j URI or NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (defaults as the
// CLI). The Neo4j run writes under a unique key prefix and deletes it afterwards.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { entityKey, conceptKey } from '../src/model/keys.ts';
import type { ArticleExtraction, EntityType, TripleNode } from '../src/model/types.ts';
import { schema } from '../src/schema/schema.ts';
import type { GraphStore } from '../src/store/graph-store.ts';
import { openGraphologyStore } from '../src/store/graphology-store.ts';
import { openNeo4j, resolveNeo4jConfig } from '../src/store/neo4j-connection.ts';
import { openNeo4jStore } from '../src/store/neo4j-store.ts';

function flag(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const next = process.argv[i + 1];
  return next && !next.startsWith('--') ? next : 'true';
}

const ARTICLES = Number(flag('articles', '2000'));
const ENTITIES = Number(flag('entities', '20'));
const TRIPLES = Number(flag('triples', '30'));
const BATCH = Number(flag('batch', '200'));
const POOL = Number(flag('pool', '5000'));
const ONLY = flag('only');

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: EntityType[] = ['PERSON', 'ORG', 'LOC'];
const REL_TYPES = schema.relationships.map((r) => r.type);

function synthetic(): ArticleExtraction[] {
  const rand = rng(42);
  // Skewed pick: a few entities are in many articles, most in few.
  const pick = (n: number): number => Math.floor(n * rand() ** 3);
  const out: ArticleExtraction[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    const id = `bench/${String(a).padStart(6, '0')}`;
    const chosen = new Map<number, { type: EntityType; name: string }>();
    while (chosen.size < ENTITIES) {
      const i = pick(POOL);
      chosen.set(i, { type: TYPES[i % 3], name: `Entity ${i} ${TYPES[i % 3].toLowerCase()}` });
    }
    const ents = [...chosen.values()];
    const node = (e: { type: EntityType; name: string }): TripleNode => ({ kind: 'entity', key: entityKey(e.type, e.name), name: e.name, type: e.type });
    const triples = [];
    for (let t = 0; t < TRIPLES; t++) {
      const s = ents[Math.floor(rand() * ents.length)];
      const object: TripleNode = rand() < 0.3
        ? { kind: 'concept', key: conceptKey(`concept ${pick(2000)}`), name: `concept ${pick(2000)}` }
        : node(ents[Math.floor(rand() * ents.length)]);
      if (object.kind === 'concept') object.key = conceptKey(object.name);
      const sentence = `Sentence ${t} of article ${a}: ${s.name} did something to ${object.name}.`;
      triples.push({
        subject: node(s),
        predicate: `verb${pick(50)}`,
        relType: REL_TYPES[pick(REL_TYPES.length)],
        object,
        negated: rand() < 0.05,
        kind: 'fact' as const,
        evidence: { articleId: id, sentenceIndex: t, start: t * 80, end: t * 80 + sentence.length, sentence, confidence: Math.round(rand() * 100) / 100 },
      });
    }
    const text = `synthetic ${id}`;
    out.push({
      article: { id, text, hash: createHash('sha256').update(text).digest('hex'), title: `Article ${a}`, date: `2024-01-${String(1 + (a % 28)).padStart(2, '0')}` },
      entities: ents.map((e) => ({ key: entityKey(e.type, e.name), name: e.name, type: e.type, aliases: [], mentions: [] })),
      triples,
    });
  }
  return out;
}

async function bench(name: string, store: GraphStore, data: ArticleExtraction[], after?: () => Promise<string>): Promise<void> {
  await store.init();
  const t0 = performance.now();
  for (let i = 0; i < data.length; i += BATCH) await store.ingest(data.slice(i, i + BATCH));
  const seconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  for (let i = 0; i < data.length; i += BATCH) await store.ingest(data.slice(i, i + BATCH));
  const again = (performance.now() - t1) / 1000;
  const stats = await store.stats(1);
  const extra = after ? await after() : '';
  console.log(
    `${name.padEnd(10)} ingest ${data.length} articles in ${seconds.toFixed(2)} s = ${Math.round(data.length / seconds)} articles/s `
    + `(${Math.round((data.length * TRIPLES) / seconds)} triples/s); re-ingest (all unchanged) ${again.toFixed(2)} s; `
    + `graph: ${stats.entities} entities, ${stats.concepts} concepts, ${stats.relations} relations, ${stats.mentions} mentions${extra}`,
  );
}

const data = synthetic();
console.log(`Synthetic: ${ARTICLES} articles x ${ENTITIES} entities x ${TRIPLES} triples, pool ${POOL}, batch ${BATCH}, node ${process.version}`);

if (ONLY !== 'neo4j') {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  const store = await openGraphologyStore({ dir });
  await bench('graphology', store, data, async () => {
    const t = performance.now();
    await store.flush();
    return `; graph.json ${(statSync(store.file).size / 1e6).toFixed(1)} MB written in ${((performance.now() - t) / 1000).toFixed(2)} s`;
  });
  rmSync(dir, { recursive: true, force: true });
}

if (ONLY !== 'graphology' && (flag('neo4j') !== undefined || process.env.NEO4J_URI)) {
  const uri = flag('neo4j');
  const config = resolveNeo4jConfig({ uri: uri && uri !== 'true' ? uri : undefined });
  const { driver, database } = await openNeo4j(config);
  const store = await openNeo4jStore({ driver, database, keyPrefix: `bench-${Date.now().toString(36)}/`, batchSize: BATCH });
  try {
    await bench('neo4j', store, data);
  } finally {
    await store.clear();
    await store.close();
  }
} else if (ONLY !== 'graphology') {
  console.log('neo4j      skipped: pass --neo4j [URI] or set NEO4J_URI');
}

// Runs the GraphStore contract against a REAL Neo4j server (started or found by the vitest
// globalSetup, test/setup/neo4j-global-setup.ts; with CI=true it never skips). The database is
// shared with other suites, so every store here writes under its own key prefix and deletes
// only that (store.clear()), never the whole database.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { cypher } from '../../src/store/neo4j-cypher.ts';
import { openNeo4jStore, type Neo4jStore } from '../../src/store/neo4j-store.ts';
import { neo4jAvailable, neo4jSkipReason, neo4jTestConfig } from '../setup/neo4j-env.ts';
import { storeContract } from './contract.ts';
import { A, B } from './fixtures.ts';

let driver: Driver | undefined;
let counter = 0;
const run = `t${process.pid}-${Date.now().toString(36)}`;

function testDriver(): Driver {
  if (!driver) {
    const cfg = neo4jTestConfig()!;
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
  }
  return driver;
}

async function makeStore(options: { batchSize?: number } = {}): Promise<Neo4jStore> {
  const store = await openNeo4jStore({
    driver: testDriver(),
    database: neo4jTestConfig()!.database,
    keyPrefix: `${run}-${++counter}/`,
    closeDriver: false,
    ...options,
  });
  await store.init();
  return store;
}

async function cleanup(store: GraphStore): Promise<void> {
  await (store as Neo4jStore).clear();
  await store.close();
}

afterAll(async () => {
  await driver?.close();
});

describe.skipIf(!neo4jAvailable)(`Neo4j store (skipped: ${neo4jSkipReason || 'no'})`, () => {
  storeContract('neo4j', () => makeStore(), cleanup, 25);

  it('stores counts as Integer and confidence as Float', async () => {
    const store = await makeStore();
    await store.ingest([A]);
    const res = await store.driver.executeQuery(
      'MATCH (e:Entity)-[r:PRESIDENT_OF]->() WHERE e.key STARTS WITH $p RETURN e.mentionCount AS m, r.count AS c, r.confidence AS conf',
      { p: `${run}-${counter}/` },
      { database: store.database },
    );
    const rec = res.records[0];
    expect(neo4j.isInt(rec.get('m'))).toBe(true);
    expect(neo4j.isInt(rec.get('c'))).toBe(true);
    expect(typeof rec.get('conf')).toBe('number');
    await cleanup(store);
  });

  it('gives the same graph whatever the batch size (several transactions per ingest)', async () => {
    const one = await makeStore({ batchSize: 1 });
    await one.ingest([A, B, A]);
    const big = await makeStore({ batchSize: 1000 });
    await big.ingest([A, B]);
    expect(await one.snapshot()).toEqual(await big.snapshot());
    await cleanup(one);
    await cleanup(big);
  });

  it('applies the schema constraints (init is idempotent)', async () => {
    const store = await makeStore();
    await store.init();
    const res = await store.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {}, { database: store.database });
    expect(res.records[0].get('names')).toEqual(expect.arrayContaining(['entity_key', 'concept_key', 'article_key']));
    await cleanup(store);
  });

  it('builds every relation statement from the allow-list only', () => {
    expect(cypher.putRelations('MET', 'Entity', 'Concept')).toContain('[r:MET {key: row.key}]');
    expect(() => cypher.putRelations('MET]->(x) DETACH DELETE x//', 'Entity', 'Entity')).toThrow(/allow-list/);
    expect(() => cypher.putMentions('Person:Admin')).toThrow(/entityTypes/);
  });
});

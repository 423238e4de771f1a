// openStore picks the adapter from plain options and the environment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphologyStore } from '../../src/store/graphology-store.ts';
import { openStore } from '../../src/store/open-store.ts';
import { neo4jAvailable, neo4jTestConfig } from '../setup/neo4j-env.ts';

describe('openStore', () => {
  it.each([
    ['dir option', { dir: '/tmp/kg-a' }, {}, '/tmp/kg-a/graph.json'],
    ['KG_STORE', {}, { KG_STORE: '/tmp/kg-b' }, '/tmp/kg-b/graph.json'],
    ['dir beats KG_STORE', { dir: '/tmp/kg-a' }, { KG_STORE: '/tmp/kg-b' }, '/tmp/kg-a/graph.json'],
    ['default', {}, {}, 'kg-data/graph.json'],
    ['neo4j: false', { neo4j: false, dir: '/tmp/kg-c' }, {}, '/tmp/kg-c/graph.json'],
  ])('%s -> embedded store', async (_, options, env, file) => {
    const store = (await openStore({ ...options, env })) as GraphologyStore;
    expect(store.kind).toBe('graphology');
    expect(store.file).toBe(file);
    await store.close();
  });

  it('the embedded store round-trips through its directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-open-'));
    const store = await openStore({ dir });
    await store.init();
    expect(await store.stats()).toMatchObject({ articles: 0, entities: 0 });
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says what to do when Neo4j is unreachable', async () => {
    await expect(openStore({ neo4j: { uri: 'bolt://127.0.0.1:1' }, env: {} })).rejects.toMatchObject({
      name: 'Neo4jConnectionError',
      message: expect.stringContaining('bolt://127.0.0.1:1'),
    });
  });

  it.skipIf(!neo4jAvailable)('opens the Neo4j store with connection details', async () => {
    const cfg = neo4jTestConfig()!;
    const store = await openStore({ neo4j: { uri: cfg.uri, username: cfg.user, password: cfg.password, database: cfg.database }, env: {} });
    expect(store.kind).toBe('neo4j');
    await store.init();
    expect(typeof (await store.stats(1)).articles).toBe('number');
    await store.close();
  });
});

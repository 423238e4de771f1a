// Runs the GraphStore contract against the embedded graphology store (a temp directory per
// test), plus what only this store has: persistence to graph.json and reloading it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { openGraphologyStore, type GraphologyStore } from '../../src/store/graphology-store.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { storeContract } from './contract.ts';
import { A, B } from './fixtures.ts';

const dirs = new Map<GraphStore, string>();

async function makeStore(): Promise<GraphStore> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
  const store = await openGraphologyStore({ dir });
  await store.init();
  dirs.set(store, dir);
  return store;
}

async function cleanup(store: GraphStore): Promise<void> {
  await store.close();
  const dir = dirs.get(store);
  if (dir) rmSync(dir, { recursive: true, force: true });
  dirs.delete(store);
}

storeContract('graphology', makeStore, cleanup, 300);

describe('graphology store persistence', () => {
  it('writes graph.json on close and loads it again on init', async () => {
    const store = (await makeStore()) as GraphologyStore;
    await store.ingest([A, B]);
    const before = await store.snapshot();
    await store.close();
    expect(existsSync(store.file)).toBe(true);
    // It is graphology's own serialisation: graphology can import it directly.
    const graph = graphology.MultiDirectedGraph.from(JSON.parse(readFileSync(store.file, 'utf8')));
    expect(graph.order).toBe(before.nodes.length);
    expect(graph.size).toBe(before.edges.length);

    const again = await openGraphologyStore({ dir: dirs.get(store) });
    await again.init();
    expect(await again.snapshot()).toEqual(before);
    expect(await again.ingest([A])).toEqual({ written: 0, unchanged: 1, replaced: 0 });
    await cleanup(store);
  });

  it('says which file is broken when graph.json is not a graphology export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    writeFileSync(join(dir, 'graph.json'), '{ not json');
    const store = await openGraphologyStore({ dir });
    await expect(store.init()).rejects.toMatchObject({ name: 'GraphFileError', message: expect.stringContaining(join(dir, 'graph.json')) });
    rmSync(dir, { recursive: true, force: true });
  });

  it('exposes the live graph', async () => {
    const store = (await makeStore()) as GraphologyStore;
    await store.ingest([A]);
    expect(store.graph.getNodeAttribute('person:vladimir putin', 'mentionCount')).toBe(2);
    await cleanup(store);
  });
});

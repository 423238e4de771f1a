// graphology JSON exporter: the output is graphology's own serialisation (MultiDirectedGraph.from
// reads it back), and for a real store's snapshot it matches the embedded store's graph.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/graphml.ts';
import { toGraphologyJSON } from '../../src/export/graphology-json.ts';
import { openGraphologyStore } from '../../src/store/graphology-store.ts';
import { A, B } from '../store/fixtures.ts';
import { SMALL } from './snapshot-fixture.ts';

describe('toGraphologyJSON', () => {
  it('is read back by graphology with labels and types as attributes', () => {
    const graph = graphology.MultiDirectedGraph.from(toGraphologyJSON(SMALL));
    expect(graph.order).toBe(SMALL.nodes.length);
    expect(graph.size).toBe(SMALL.edges.length);
    expect(graph.getNodeAttributes('person:vladimir putin')).toMatchObject({ labels: ['Entity', 'Person'], aliases: ['Putin', "Putin's"], mentionCount: 2 });
    expect(graph.getEdgeAttributes('rel:0001')).toMatchObject({ type: 'PRESIDENT_OF', confidence: 0.9, negated: false });
    expect(graph.extremities('rel:0002')).toEqual(['person:vladimir putin', 'concept:summit']);
  });

  it('matches the embedded store graph for a store snapshot, and GraphML of it reads back whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    const store = await openGraphologyStore({ dir });
    await store.ingest([A, B]);
    const snapshot = await store.snapshot();
    const json = toGraphologyJSON(snapshot);
    const live = store.graph;
    expect(json.nodes.map((n) => n.key)).toEqual(live.nodes().sort());
    for (const n of json.nodes) {
      const { key: _k, contributions: _c, spellings: _s, ...attributes } = live.getNodeAttributes(n.key);
      expect(n.attributes).toEqual(attributes);
    }
    for (const e of json.edges) {
      const { key: _k, ...attributes } = live.getEdgeAttributes(e.key);
      expect(e.attributes).toEqual(attributes);
      expect([e.source, e.target]).toEqual(live.extremities(e.key));
    }
    const fromGraphML = parseGraphML(graphology.MultiDirectedGraph, toGraphML(snapshot));
    expect([fromGraphML.order, fromGraphML.size]).toEqual([live.order, live.size]);
    expect(fromGraphML.getNodeAttribute('person:vladimir putin', 'mentionCount')).toBe(3);
    rmSync(dir, { recursive: true, force: true });
  });
});

// graphology's own JSON serialisation of a GraphSnapshot (what `graph.export()` gives and
// `MultiDirectedGraph.from()` reads): node attributes are the properties plus `labels`, edge
// attributes the properties plus `type`, exactly as the embedded store keeps them. Pure.
import type { SerializedGraph } from 'graphology-types';
import type { GraphSnapshot } from '../store/graph-store.ts';
import type { SnapshotValue } from '../store/snapshot-order.ts';

export type NodeJsonAttributes = Record<string, SnapshotValue> & { labels: string[] };
export type EdgeJsonAttributes = Record<string, SnapshotValue> & { type: string };

export function toGraphologyJSON(snapshot: GraphSnapshot): SerializedGraph<NodeJsonAttributes, EdgeJsonAttributes> {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: snapshot.nodes.map((n) => ({ key: n.key, attributes: { ...n.properties, labels: [...n.labels] } as NodeJsonAttributes })),
    edges: snapshot.edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: { ...e.properties, type: e.type } as EdgeJsonAttributes,
    })),
  };
}

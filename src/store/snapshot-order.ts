// Helpers that make a GraphSnapshot canonical whatever store it came from: labels in schema
// order ('Entity' first), bookkeeping properties left out, nodes and edges sorted by key. Two
// stores holding the same graph therefore produce deep-equal snapshots.
import type { GraphSnapshot, SnapshotEdge, SnapshotNode } from './graph-store.ts';

/** Stored on nodes/edges for the stores' own use, not part of the exported graph. */
export const INTERNAL_PROPERTIES: ReadonlySet<string> = new Set(['key', 'contributions', 'spellings']);

const LABEL_ORDER = ['Entity', 'Concept', 'Article'];

export function canonicalLabels(labels: Iterable<string>): string[] {
  const rank = (l: string): number => {
    const i = LABEL_ORDER.indexOf(l);
    return i < 0 ? LABEL_ORDER.length : i;
  };
  return [...new Set(labels)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export type SnapshotValue = string | number | boolean | string[];

/** Copy the public properties, sorted by name, lists copied. */
export function publicProperties(props: Record<string, unknown>, omit: ReadonlySet<string> = INTERNAL_PROPERTIES): Record<string, SnapshotValue> {
  const out: Record<string, SnapshotValue> = {};
  for (const name of Object.keys(props).sort()) {
    if (omit.has(name)) continue;
    const v = props[name];
    if (v === undefined || v === null) continue;
    out[name] = Array.isArray(v) ? v.map(String) : (v as SnapshotValue);
  }
  return out;
}

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function sortSnapshot(nodes: SnapshotNode[], edges: SnapshotEdge[]): GraphSnapshot {
  return { nodes: nodes.sort(byKey), edges: edges.sort(byKey) };
}

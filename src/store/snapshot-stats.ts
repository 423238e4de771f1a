// GraphStats computed from a snapshot: the reference semantics of `stats()`. The graphology
// store uses it directly; the Neo4j store computes the same numbers in Cypher, and the contract
// suite checks both against this function.
import type { GraphSnapshot, GraphStats } from './graph-store.ts';

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function statsFromSnapshot(snapshot: GraphSnapshot, top = 10): GraphStats {
  const stats: GraphStats = {
    articles: 0, entities: 0, concepts: 0, relations: 0, mentions: 0,
    entitiesByType: {}, relationsByType: {}, topEntities: [], topPredicates: [],
  };
  const degree = new Map<string, number>();
  const predicates = new Map<string, { predicate: string; type: string; count: number }>();
  for (const e of snapshot.edges) {
    if (e.type === 'MENTIONS') { stats.mentions += 1; continue; }
    stats.relations += 1;
    stats.relationsByType[e.type] = (stats.relationsByType[e.type] ?? 0) + 1;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    const predicate = str(e.properties.predicate);
    const id = JSON.stringify([predicate, e.type]);
    const p = predicates.get(id) ?? { predicate, type: e.type, count: 0 };
    p.count += num(e.properties.count);
    predicates.set(id, p);
  }
  const entities: GraphStats['topEntities'] = [];
  for (const n of snapshot.nodes) {
    if (n.labels.includes('Article')) stats.articles += 1;
    else if (n.labels.includes('Concept')) stats.concepts += 1;
    else if (n.labels.includes('Entity')) {
      stats.entities += 1;
      const type = str(n.properties.type);
      stats.entitiesByType[type] = (stats.entitiesByType[type] ?? 0) + 1;
      entities.push({ key: n.key, name: str(n.properties.name), type, mentionCount: num(n.properties.mentionCount), degree: degree.get(n.key) ?? 0 });
    }
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  stats.topEntities = entities
    .sort((a, b) => b.mentionCount - a.mentionCount || b.degree - a.degree || cmp(a.key, b.key))
    .slice(0, top);
  stats.topPredicates = [...predicates.values()]
    .sort((a, b) => b.count - a.count || cmp(a.predicate, b.predicate) || cmp(a.type, b.type))
    .slice(0, top);
  return stats;
}

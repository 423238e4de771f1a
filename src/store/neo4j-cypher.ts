// Every Cypher statement the Neo4j store runs, built as plain strings (pure, testable). Values
// always travel as parameters ($keys, $rows); labels and relationship types cannot be
// parameters in Cypher, so they are interpolated only after an allow-list check here. Each
// statement has a stable shape (one per label pair or relationship type) so the server can
// cache its plan, and works on many rows at once through UNWIND.
import { ALLOWED_RELATIONSHIP_TYPES, assertAllowedRelationshipType, schema } from '../schema/schema.ts';

/** Labels of the nodes a relation can join. */
export type EndpointLabel = 'Entity' | 'Concept';

const ENTITY_LABELS: ReadonlySet<string> = new Set(Object.values(schema.entityTypes));

/** Throws unless `label` is one of the schema's entity labels (Person, Organization, Location). */
export function assertEntityLabel(label: string): string {
  if (!ENTITY_LABELS.has(label)) {
    throw new Error(`Entity label "${label}" is not in graph-schema/schema.json's entityTypes; use entityLabel(type).`);
  }
  return label;
}

function assertEndpoint(label: string): EndpointLabel {
  if (label !== 'Entity' && label !== 'Concept') throw new Error(`Relation endpoint label "${label}" must be Entity or Concept.`);
  return label;
}

export const cypher = {
  articles: 'UNWIND $keys AS k MATCH (a:Article {key: k}) RETURN a.key AS key, a.hash AS hash, a.contributions AS contributions',
  concepts: 'UNWIND $keys AS k MATCH (c:Concept {key: k}) RETURN c.key AS key, c.name AS name, c.mentionCount AS mentionCount, c.spellings AS spellings',
  mentionRecords:
    'UNWIND $keys AS k MATCH (a:Article)-[m:MENTIONS]->(e:Entity {key: k}) '
    + 'RETURN k AS key, a.id AS articleId, a.date AS date, m.count AS count, m.name AS name, m.aliases AS aliases',
  deleteArticles: 'UNWIND $keys AS k MATCH (a:Article {key: k}) DETACH DELETE a',
  putArticles: 'UNWIND $rows AS row MERGE (a:Article {key: row.key}) SET a = row.props',
  putEntities: 'UNWIND $rows AS row MATCH (e:Entity {key: row.key}) SET e = row.props',
  deleteEntities: 'UNWIND $keys AS k MATCH (e:Entity {key: k}) DETACH DELETE e',
  putConcepts: 'UNWIND $rows AS row MERGE (c:Concept {key: row.key}) SET c = row.props',
  deleteConcepts: 'UNWIND $keys AS k MATCH (c:Concept {key: k}) DETACH DELETE c',

  /** Read relation edges located by their endpoints. */
  relations(source: EndpointLabel, target: EndpointLabel): string {
    return `UNWIND $rows AS row MATCH (s:${assertEndpoint(source)} {key: row.source})-[r]->(t:${assertEndpoint(target)} {key: row.target}) `
      + 'WHERE r.key = row.key RETURN r.key AS key, properties(r) AS props';
  },
  deleteRelations(source: EndpointLabel, target: EndpointLabel): string {
    return `UNWIND $rows AS row MATCH (s:${assertEndpoint(source)} {key: row.source})-[r]->(t:${assertEndpoint(target)} {key: row.target}) `
      + 'WHERE r.key = row.key DELETE r';
  },
  /** Create missing entity nodes with their type label, and the MENTIONS edges. */
  putMentions(label: string): string {
    return 'UNWIND $rows AS row MATCH (a:Article {key: row.article}) '
      + `MERGE (e:Entity {key: row.entity}) ON CREATE SET e:${assertEntityLabel(label)}, e.type = row.type, e.name = row.name `
      + 'MERGE (a)-[m:MENTIONS]->(e) SET m = row.props';
  },
  putRelations(type: string, source: EndpointLabel, target: EndpointLabel): string {
    const t = assertAllowedRelationshipType(type);
    if (t === 'MENTIONS') throw new Error('MENTIONS is structural: write it with putMentions.');
    return `UNWIND $rows AS row MATCH (s:${assertEndpoint(source)} {key: row.source}) MATCH (t:${assertEndpoint(target)} {key: row.target}) `
      + `MERGE (s)-[r:${t} {key: row.key}]->(t) SET r = row.props`;
  },

  snapshotNodes:
    'MATCH (n) WHERE (n:Entity OR n:Concept OR n:Article) AND n.key STARTS WITH $prefix '
    + 'RETURN n.key AS key, labels(n) AS labels, properties(n) AS props',
  snapshotEdges:
    'MATCH (s)-[r]->(t) WHERE r.key STARTS WITH $prefix AND (s:Entity OR s:Concept OR s:Article) '
    + 'RETURN r.key AS key, type(r) AS type, s.key AS source, t.key AS target, properties(r) AS props',

  clearRelationships:
    'MATCH (s)-[r]->() WHERE r.key STARTS WITH $prefix AND (s:Entity OR s:Concept OR s:Article) '
    + 'CALL { WITH r DELETE r } IN TRANSACTIONS OF 5000 ROWS',
  clearNodes:
    'MATCH (n) WHERE (n:Entity OR n:Concept OR n:Article) AND n.key STARTS WITH $prefix '
    + 'CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS',

  statsNodes:
    'MATCH (n) WHERE (n:Entity OR n:Concept OR n:Article) AND n.key STARTS WITH $prefix '
    + "RETURN CASE WHEN n:Article THEN 'Article' WHEN n:Concept THEN 'Concept' ELSE 'Entity' END AS label, n.type AS type, count(*) AS n",
  statsEdges:
    'MATCH (s)-[r]->() WHERE r.key STARTS WITH $prefix AND (s:Entity OR s:Concept OR s:Article) RETURN type(r) AS type, count(*) AS n',
  statsTopEntities:
    'MATCH (e:Entity) WHERE e.key STARTS WITH $prefix '
    + "WITH e, COUNT { (e)-[r]->() WHERE type(r) <> 'MENTIONS' } + COUNT { (e)<-[r]-() WHERE type(r) <> 'MENTIONS' } AS degree "
    + 'RETURN e.key AS key, e.name AS name, e.type AS type, e.mentionCount AS mentionCount, degree '
    + 'ORDER BY mentionCount DESC, degree DESC, key ASC LIMIT $top',
  statsTopPredicates:
    "MATCH (s)-[r]->() WHERE r.key STARTS WITH $prefix AND type(r) <> 'MENTIONS' AND (s:Entity OR s:Concept) "
    + 'RETURN r.predicate AS predicate, type(r) AS type, sum(r.count) AS count '
    + 'ORDER BY count DESC, predicate ASC, type ASC LIMIT $top',
} as const;

/** Relationship types a store writes with putRelations (the allow-list without structural ones). */
export const RELATION_TYPES: readonly string[] = [...ALLOWED_RELATIONSHIP_TYPES].filter((t) => !(t in schema.structuralRelationships));

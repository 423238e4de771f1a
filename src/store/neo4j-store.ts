// The Neo4j store: the same graph as the embedded store, in a Neo4j 5 database (no APOC).
// init() applies graph-schema/constraints.cypher; ingest runs the shared algorithm of
// ingest-batch.ts with one managed write transaction (session.executeWrite, which retries
// transient failures, hence the work reads its state inside the transaction and is idempotent)
// per batch of articles, each step a single UNWIND over many rows. Integer properties are sent
// as neo4j.int and read back as numbers, so snapshots compare equal with graphology's.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { normalizeName } from '../model/keys.ts';
import type { ArticleExtraction } from '../model/types.ts';
import { constraintStatements, entityLabel } from '../schema/schema.ts';
import { articleContribution, type ArticleContribution } from './article-contribution.ts';
import { parseContributionRecord, type ConceptProps, type EntityMentionRecord, type Props, type RelationProps } from './aggregate.ts';
import type { GraphSnapshot, GraphStats, GraphStore, IngestResult, SnapshotEdge, SnapshotNode, StoredPerson, StoredTitleHolder } from './graph-store.ts';
import { byTitleThenKey, titlesBefore } from './titled-persons.ts';
import { ingestRound, roundsOf, type EdgeRef, type IngestTx, type KeyedProps, type MentionWrite, type RelationWrite } from './ingest-batch.ts';
import { cypher, type EndpointLabel } from './neo4j-cypher.ts';
import { canonicalLabels, publicProperties, sortSnapshot } from './snapshot-order.ts';
import { Neo4jStoreError } from './store-errors.ts';

export interface Neo4jStoreOptions {
  driver: Driver;
  database?: string;
  /** Articles per write transaction (default 100: a few thousand UNWIND rows). */
  batchSize?: number;
  /**
   * Prepended to every key written, so several stores can share one database without touching
   * each other's data (Community edition has a single user database; used by the tests).
   * Snapshots and stats report keys without it. Default ''.
   */
  keyPrefix?: string;
  /** Close the driver in close() (default true). */
  closeDriver?: boolean;
}

export interface Neo4jStore extends GraphStore {
  readonly kind: 'neo4j';
  readonly driver: Driver;
  readonly database: string;
  /** Delete every node and relationship this store wrote (only those under its keyPrefix). */
  clear(): Promise<void>;
}

/** Properties that are integers in the schema: sent as neo4j.int, never as Float. */
const INT_PROPERTIES: ReadonlySet<string> = new Set(['count', 'mentionCount', 'articleCount']);

function toNeo4jProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    out[k] = typeof v === 'number' && INT_PROPERTIES.has(k) && Number.isInteger(v) ? neo4j.int(v) : v;
  }
  return out;
}

/** Neo4j values back to plain JS: Integer -> number, lists element-wise. */
export function fromNeo4j(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (value && typeof value === 'object' && value.constructor === Object) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromNeo4j(v);
    return out;
  }
  return value;
}

const endpointLabel = (key: string): EndpointLabel => (key.startsWith('concept:') ? 'Concept' : 'Entity');

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const g = groups.get(k);
    if (g) g.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** The IngestTx of one Neo4j managed transaction. Keys are prefixed on the way in, stripped on the way out. */
function neo4jTx(tx: ManagedTransaction, prefix: string): IngestTx {
  const p = (key: string): string => prefix + key;
  const unp = (key: string): string => key.slice(prefix.length);
  const run = async (query: string, params: Record<string, unknown>) => (await tx.run(query, params)).records;
  const byKeys = (query: string, keys: string[]) => (keys.length ? run(query, { keys: keys.map(p) }) : Promise.resolve([]));
  const rowsOf = (rows: KeyedProps[]) => rows.map((r) => ({ key: p(r.key), props: toNeo4jProps({ ...r.props, key: p(r.key) }) }));
  const pairs = <T extends EdgeRef>(refs: readonly T[]) => groupBy(refs, (r) => `${endpointLabel(r.source)}|${endpointLabel(r.target)}`);
  const refRow = (r: EdgeRef) => ({ key: p(r.key), source: p(r.source), target: p(r.target) });

  return {
    async articles(keys) {
      const out = new Map<string, { hash: string; contributions: ReturnType<typeof parseContributionRecord> }>();
      for (const r of await byKeys(cypher.articles, keys)) {
        out.set(unp(r.get('key')), { hash: r.get('hash'), contributions: parseContributionRecord(r.get('contributions')) });
      }
      return out;
    },
    async concepts(keys) {
      const out = new Map<string, ConceptProps>();
      for (const r of await byKeys(cypher.concepts, keys)) {
        out.set(unp(r.get('key')), { name: r.get('name'), mentionCount: fromNeo4j(r.get('mentionCount')) as number, spellings: String(r.get('spellings') ?? '') });
      }
      return out;
    },
    async relations(refs) {
      const out = new Map<string, RelationProps>();
      const results = await Promise.all([...pairs(refs)].map(([pair, group]) => {
        const [s, t] = pair.split('|') as [EndpointLabel, EndpointLabel];
        return run(cypher.relations(s, t), { rows: group.map(refRow) });
      }));
      for (const r of results.flat()) {
        const { key: _key, ...props } = fromNeo4j(r.get('props')) as Record<string, unknown>;
        out.set(unp(r.get('key')), props as unknown as RelationProps);
      }
      return out;
    },
    async mentionRecords(entityKeys) {
      const out = new Map<string, EntityMentionRecord[]>();
      for (const r of await byKeys(cypher.mentionRecords, entityKeys)) {
        const key = unp(r.get('key'));
        const rec: EntityMentionRecord = {
          articleId: r.get('articleId'),
          name: r.get('name'),
          aliases: (r.get('aliases') as string[] | null) ?? [],
          count: fromNeo4j(r.get('count')) as number,
        };
        const date = r.get('date');
        if (typeof date === 'string') rec.date = date;
        const list = out.get(key);
        if (list) list.push(rec);
        else out.set(key, [rec]);
      }
      return out;
    },
    async deleteRelations(refs) {
      await Promise.all([...pairs(refs)].map(([pair, group]) => {
        const [s, t] = pair.split('|') as [EndpointLabel, EndpointLabel];
        return run(cypher.deleteRelations(s, t), { rows: group.map(refRow) });
      }));
    },
    async deleteArticles(keys) {
      await byKeys(cypher.deleteArticles, keys);
    },
    async putArticles(rows) {
      if (rows.length) await run(cypher.putArticles, { rows: rowsOf(rows) });
    },
    async putMentions(rows: MentionWrite[]) {
      // One statement per entity label (labels cannot be parameters); their entities are disjoint.
      await Promise.all([...groupBy(rows, (r) => r.label)].map(([label, group]) => run(cypher.putMentions(label), {
        rows: group.map((m) => ({
          article: p(m.article), entity: p(m.entity), type: m.type, name: m.name,
          props: toNeo4jProps({ ...m.props, key: p(m.key) }),
        })),
      })));
    },
    async putEntities(rows) {
      if (rows.length) await run(cypher.putEntities, { rows: rowsOf(rows) });
    },
    async deleteEntities(keys) {
      await byKeys(cypher.deleteEntities, keys);
    },
    async putConcepts(rows) {
      if (rows.length) await run(cypher.putConcepts, { rows: rowsOf(rows) });
    },
    async deleteConcepts(keys) {
      await byKeys(cypher.deleteConcepts, keys);
    },
    async putRelations(rows: RelationWrite[]) {
      // One statement per (type, endpoint labels); sent together, the driver pipelines them.
      await Promise.all([...groupBy(rows, (r) => `${r.type}|${endpointLabel(r.source)}|${endpointLabel(r.target)}`)].map(([shape, group]) => {
        const [type, s, t] = shape.split('|') as [string, EndpointLabel, EndpointLabel];
        return run(cypher.putRelations(type, s, t), {
          rows: group.map((r) => ({ ...refRow(r), props: toNeo4jProps({ ...(r.props as Props), key: p(r.key) }) })),
        });
      }));
    },
  };
}

/**
 * Full-name persons whose first or last name token is in $tokens: the name part of the
 * (unprefixed) key is the normalised name, split on spaces. A label scan over Person nodes with
 * two list lookups each; the label comes from the schema, values are parameters.
 */
const personsByNameEndsQuery = `MATCH (e:${entityLabel('PERSON')}) WHERE e.key STARTS WITH $prefix AND e.type = 'PERSON' `
  + "WITH e, split(split(substring(e.key, size($prefix)), ':')[1], ' ') AS tokens "
  + 'WHERE size(tokens) > 1 AND (tokens[0] IN $wanted OR tokens[size(tokens) - 1] IN $wanted) '
  + 'RETURN e.key AS key, e.name AS name, e.articleCount AS articleCount';

/**
 * Mentions of persons whose surface forms contain one of $titles (lower case): the rough filter
 * runs in Cypher, the exact test (title right before the name) in titlesBefore, as in the
 * graphology store. The label comes from the schema, values are parameters.
 */
const titledMentionsQuery = `MATCH (a:Article)-[m:MENTIONS]->(e:${entityLabel('PERSON')}) WHERE e.key STARTS WITH $prefix AND e.type = 'PERSON' `
  + 'AND any(x IN coalesce(m.aliases, []) WHERE any(t IN $titles WHERE toLower(x) CONTAINS t)) '
  + 'RETURN e.key AS key, e.name AS name, m.name AS mentionName, m.aliases AS aliases';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<Neo4jStore> {
  const { driver } = options;
  const database = options.database ?? 'neo4j';
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const prefix = options.keyPrefix ?? '';
  const unp = (key: string): string => key.slice(prefix.length);
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });

  const fail = (what: string, cause: unknown): Neo4jStoreError =>
    new Neo4jStoreError(`Neo4j ${what} failed in database "${database}": ${(cause as Error)?.message ?? String(cause)}. Check that the server is running and the schema's constraints apply (kg stats --neo4j ... shows the connection).`, { cause });

  const store: Neo4jStore = {
    kind: 'neo4j',
    driver,
    database,
    async init() {
      const s = session('WRITE');
      try {
        // Schema statements cannot share a transaction with writes; each runs on its own.
        for (const statement of constraintStatements()) await s.run(statement);
      } catch (cause) {
        throw fail('applying graph-schema/constraints.cypher', cause);
      } finally {
        await s.close();
      }
    },
    async ingest(batch: ArticleExtraction[]): Promise<IngestResult> {
      // Validate the whole batch first: a bad article writes nothing.
      const contributions: ArticleContribution[] = batch.map(articleContribution);
      const total: IngestResult = { written: 0, unchanged: 0, replaced: 0 };
      const s = session('WRITE');
      try {
        for (const chunk of chunks(contributions, batchSize)) {
          for (const round of roundsOf(chunk)) {
            const r = await s.executeWrite((tx) => ingestRound(neo4jTx(tx, prefix), round));
            total.written += r.written;
            total.unchanged += r.unchanged;
            total.replaced += r.replaced;
          }
        }
      } catch (cause) {
        throw fail(`ingest of ${batch.length} article(s) (first "${batch[0]?.article.id}")`, cause);
      } finally {
        await s.close();
      }
      return total;
    },
    async snapshot(): Promise<GraphSnapshot> {
      const s = session('READ');
      try {
        return await s.executeRead(async (tx) => {
          const nodes: SnapshotNode[] = (await tx.run(cypher.snapshotNodes, { prefix })).records.map((r) => ({
            key: unp(r.get('key')),
            labels: canonicalLabels(r.get('labels') as string[]),
            properties: publicProperties(fromNeo4j(r.get('props')) as Record<string, unknown>),
          }));
          const edges: SnapshotEdge[] = (await tx.run(cypher.snapshotEdges, { prefix })).records.map((r) => ({
            key: unp(r.get('key')),
            type: r.get('type'),
            source: unp(r.get('source')),
            target: unp(r.get('target')),
            properties: publicProperties(fromNeo4j(r.get('props')) as Record<string, unknown>),
          }));
          return sortSnapshot(nodes, edges);
        });
      } catch (cause) {
        throw fail('snapshot', cause);
      } finally {
        await s.close();
      }
    },
    async stats(top = 10): Promise<GraphStats> {
      const s = session('READ');
      const num = (v: unknown): number => Number(fromNeo4j(v) ?? 0);
      try {
        return await s.executeRead(async (tx) => {
          const stats: GraphStats = {
            articles: 0, entities: 0, concepts: 0, relations: 0, mentions: 0,
            entitiesByType: {}, relationsByType: {}, topEntities: [], topPredicates: [],
          };
          for (const r of (await tx.run(cypher.statsNodes, { prefix })).records) {
            const n = num(r.get('n'));
            const label = r.get('label') as string;
            if (label === 'Article') stats.articles += n;
            else if (label === 'Concept') stats.concepts += n;
            else {
              stats.entities += n;
              const type = String(r.get('type') ?? '');
              stats.entitiesByType[type] = (stats.entitiesByType[type] ?? 0) + n;
            }
          }
          for (const r of (await tx.run(cypher.statsEdges, { prefix })).records) {
            const n = num(r.get('n'));
            const type = r.get('type') as string;
            if (type === 'MENTIONS') stats.mentions += n;
            else {
              stats.relations += n;
              stats.relationsByType[type] = n;
            }
          }
          const limit = neo4j.int(Math.max(0, Math.floor(top)));
          stats.topEntities = (await tx.run(cypher.statsTopEntities, { prefix, top: limit })).records.map((r) => ({
            key: unp(r.get('key')), name: String(r.get('name') ?? ''), type: String(r.get('type') ?? ''),
            mentionCount: num(r.get('mentionCount')), degree: num(r.get('degree')),
          }));
          stats.topPredicates = (await tx.run(cypher.statsTopPredicates, { prefix, top: limit })).records.map((r) => ({
            predicate: String(r.get('predicate') ?? ''), type: r.get('type') as string, count: num(r.get('count')),
          }));
          return stats;
        });
      } catch (cause) {
        throw fail('stats', cause);
      } finally {
        await s.close();
      }
    },
    async personsByNameEnds(tokens: readonly string[]): Promise<StoredPerson[]> {
      const wanted = [...new Set(tokens.map(normalizeName).filter((x) => x !== ''))];
      if (wanted.length === 0) return [];
      const s = session('READ');
      try {
        const res = await s.executeRead((tx) => tx.run(personsByNameEndsQuery, { prefix, wanted }));
        const people = res.records.map((r) => ({ key: unp(r.get('key')), name: String(r.get('name') ?? ''), articleCount: Number(fromNeo4j(r.get('articleCount')) ?? 0) }));
        // Sorted here too: code-unit order, as the graphology store sorts (Cypher's may differ).
        return people.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
      } catch (cause) {
        throw fail(`looking up persons by first or last name (${wanted.length} name(s))`, cause);
      } finally {
        await s.close();
      }
    },
    async titledPersons(titles: readonly string[]): Promise<StoredTitleHolder[]> {
      const wanted = [...new Set(titles.map((t) => t.toLowerCase().trim()).filter((t) => t !== ''))];
      if (wanted.length === 0) return [];
      const s = session('READ');
      try {
        const res = await s.executeRead((tx) => tx.run(titledMentionsQuery, { prefix, titles: wanted }));
        const counts = new Map<string, StoredTitleHolder>();
        for (const r of res.records) {
          const key = unp(r.get('key'));
          for (const title of titlesBefore(wanted, String(r.get('mentionName') ?? ''), r.get('aliases') as string[] | null)) {
            const id = `${title}\u0000${key}`;
            const row = counts.get(id) ?? { title, key, name: String(r.get('name') ?? ''), articles: 0 };
            row.articles++;
            counts.set(id, row);
          }
        }
        return [...counts.values()].sort(byTitleThenKey);
      } catch (cause) {
        throw fail(`looking up persons named with a title (${wanted.length} title(s))`, cause);
      } finally {
        await s.close();
      }
    },
    async clear() {
      const s = session('WRITE');
      try {
        // Relationships first, then nodes, in small committed chunks (CALL IN TRANSACTIONS
        // needs an auto-commit transaction), so hub nodes never need one huge transaction.
        await s.run(cypher.clearRelationships, { prefix });
        await s.run(cypher.clearNodes, { prefix });
      } catch (cause) {
        throw fail('clear', cause);
      } finally {
        await s.close();
      }
    },
    async close() {
      if (options.closeDriver !== false) await driver.close();
    },
  };
  return store;
}

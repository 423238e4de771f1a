// The one ingest algorithm both stores run: decide per article (new, unchanged, replaced),
// retract replaced articles' old contributions, fold the new ones in, and recompute the touched
// entities from their MENTIONS records. The store supplies a small batch-oriented transaction
// (`IngestTx`: a few reads and writes, each over many rows); everything else is decided here,
// so graphology and Neo4j end up with the same nodes, edges and properties.
import type { ArticleContribution } from './article-contribution.ts';
import {
  addConcept, addRelation, aggregateEntity, contributionRecord, retractConcept, retractRelation,
  type ConceptProps, type ContributionRecord, type EntityMentionRecord, type Props, type RelationProps,
} from './aggregate.ts';
import { mentionsKey } from './relation-key.ts';
import type { IngestResult } from './graph-store.ts';

/** A relation edge located by its type and endpoints (Neo4j has no global relationship index). */
export interface EdgeRef {
  key: string;
  type: string;
  source: string;
  target: string;
}

export interface StoredArticle {
  hash: string;
  contributions: ContributionRecord;
}

export interface MentionWrite {
  key: string;
  article: string;
  entity: string;
  /** Second entity label (Person...). */
  label: string;
  type: string;
  /** Used only when the entity node is created; recomputed right after. */
  name: string;
  props: { count: number; name: string; aliases: string[] };
}

export interface RelationWrite extends EdgeRef {
  props: Props;
}

export interface KeyedProps {
  key: string;
  props: Props;
}

/** The reads and writes a store offers the ingest algorithm. Each call handles many rows. */
export interface IngestTx {
  articles(keys: string[]): Promise<Map<string, StoredArticle>>;
  concepts(keys: string[]): Promise<Map<string, ConceptProps>>;
  relations(refs: EdgeRef[]): Promise<Map<string, RelationProps>>;
  /** MENTIONS records per entity key (keys with none are absent). */
  mentionRecords(entityKeys: string[]): Promise<Map<string, EntityMentionRecord[]>>;

  deleteRelations(refs: EdgeRef[]): Promise<void>;
  /** Delete Article nodes and their MENTIONS edges. */
  deleteArticles(keys: string[]): Promise<void>;
  putArticles(rows: KeyedProps[]): Promise<void>;
  /** Create missing entity nodes (with labels) and the MENTIONS edges. */
  putMentions(rows: MentionWrite[]): Promise<void>;
  /** Replace an entity's properties (the node exists). */
  putEntities(rows: KeyedProps[]): Promise<void>;
  deleteEntities(keys: string[]): Promise<void>;
  putConcepts(rows: KeyedProps[]): Promise<void>;
  deleteConcepts(keys: string[]): Promise<void>;
  /** Create or replace relation edges (both endpoints exist). */
  putRelations(rows: RelationWrite[]): Promise<void>;
}

/** Split a batch so that no article id appears twice in one round (later versions win, in order). */
export function roundsOf(batch: readonly ArticleContribution[]): ArticleContribution[][] {
  const rounds: ArticleContribution[][] = [];
  const seen: Array<Set<string>> = [];
  for (const c of batch) {
    let i = 0;
    // An id goes in the round after the last one holding it, keeping per-id order.
    for (let r = rounds.length - 1; r >= 0; r--) if (seen[r].has(c.id)) { i = r + 1; break; }
    if (!rounds[i]) { rounds[i] = []; seen[i] = new Set(); }
    rounds[i].push(c);
    seen[i].add(c.id);
  }
  return rounds;
}

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Ingest one round (unique article ids) through `tx`. */
export async function ingestRound(tx: IngestTx, round: readonly ArticleContribution[]): Promise<IngestResult> {
  const result: IngestResult = { written: 0, unchanged: 0, replaced: 0 };
  const stored = await tx.articles(round.map((c) => c.key));
  const toWrite: ArticleContribution[] = [];
  const replaced: Array<{ id: string; key: string; record: ContributionRecord }> = [];
  for (const c of round) {
    const old = stored.get(c.key);
    if (old && old.hash === c.hash) { result.unchanged += 1; continue; }
    if (old) { replaced.push({ id: c.id, key: c.key, record: old.contributions }); result.replaced += 1; }
    toWrite.push(c);
    result.written += 1;
  }
  if (toWrite.length === 0) return result;

  // Every relation edge, concept and entity this round touches, old contributions included.
  const refs = new Map<string, EdgeRef>();
  const conceptKeys = new Set<string>();
  const entityKeys = new Set<string>();
  for (const r of replaced) {
    for (const [key, type, source, target] of r.record.relations) refs.set(key, { key, type, source, target });
    for (const [key] of r.record.concepts) conceptKeys.add(key);
    for (const key of r.record.entities) entityKeys.add(key);
  }
  for (const c of toWrite) {
    for (const rel of c.relations) refs.set(rel.key, { key: rel.key, type: rel.type, source: rel.source, target: rel.target });
    for (const con of c.concepts) conceptKeys.add(con.key);
    for (const m of c.mentions) entityKeys.add(m.key);
  }
  // Independent calls go out together: a Neo4j transaction pipelines them in one round trip.
  const [storedRelations, storedConcepts] = await Promise.all([
    tx.relations([...refs.values()].sort(byKey)),
    tx.concepts([...conceptKeys].sort()),
  ]);
  const relState = new Map<string, RelationProps | undefined>(storedRelations);
  const conState = new Map<string, ConceptProps | undefined>(storedConcepts);

  // Fold in memory: retract the old versions first, then add the new ones.
  for (const r of replaced) {
    for (const [key, , , , count] of r.record.relations) relState.set(key, retractRelation(relState.get(key), r.id, count));
    for (const [key, count, name] of r.record.concepts) conState.set(key, retractConcept(conState.get(key), name, count));
  }
  for (const c of toWrite) {
    for (const rel of c.relations) relState.set(rel.key, addRelation(relState.get(rel.key), rel, c.id));
    for (const con of c.concepts) conState.set(con.key, addConcept(conState.get(con.key), con.name, con.count));
  }

  // Writes: what disappears first, then nodes, then edges.
  const allRefs = [...refs.values()].sort(byKey);
  await tx.deleteRelations(allRefs.filter((ref) => relState.get(ref.key) === undefined));
  if (replaced.length > 0) await tx.deleteArticles(replaced.map((r) => r.key));
  await tx.putArticles(toWrite.map((c) => ({
    key: c.key,
    props: { key: c.key, ...c.props, contributions: JSON.stringify(contributionRecord(c)) },
  })));
  await tx.putMentions(toWrite.flatMap((c) => c.mentions.map((m) => ({
    key: mentionsKey(c.key, m.key), article: c.key, entity: m.key, label: m.label, type: m.type, name: m.name,
    props: { count: m.count, name: m.name, aliases: m.aliases },
  }))));

  const keys = [...entityKeys].sort();
  const records = await tx.mentionRecords(keys);
  const liveEntities: KeyedProps[] = [];
  const deadEntities: string[] = [];
  for (const key of keys) {
    const recs = records.get(key);
    if (!recs || recs.length === 0) { deadEntities.push(key); continue; }
    const type = key.slice(0, key.indexOf(':')).toUpperCase();
    liveEntities.push({ key, props: { key, type, ...aggregateEntity(recs) } as Props });
  }
  const liveConcepts: KeyedProps[] = [];
  const deadConcepts: string[] = [];
  for (const key of [...conceptKeys].sort()) {
    const state = conState.get(key);
    if (state) liveConcepts.push({ key, props: { key, ...state } as Props });
    else deadConcepts.push(key);
  }
  // Disjoint key sets: safe to send together.
  await Promise.all([
    tx.deleteEntities(deadEntities),
    tx.putEntities(liveEntities),
    tx.deleteConcepts(deadConcepts),
    tx.putConcepts(liveConcepts),
  ]);

  const writes: RelationWrite[] = [];
  for (const ref of allRefs) {
    const state = relState.get(ref.key);
    if (state) writes.push({ ...ref, props: { key: ref.key, ...state } as unknown as Props });
  }
  await tx.putRelations(writes);
  return result;
}

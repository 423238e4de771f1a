// The one port between the pure pipeline and a graph database. Two adapters implement it:
// the embedded graphology store (default, persisted to disk) and the Neo4j store. One
// contract suite (test/store/contract.ts) runs against both. Writes are idempotent merges on
// the deterministic keys of src/model/keys.ts: ingesting the same article twice changes nothing.
import type { ArticleExtraction } from '../model/types.ts';

/** A store-neutral node: what exporters and the differential test compare. */
export interface SnapshotNode {
  key: string;
  /** Labels from graph-schema (e.g. ['Entity', 'Person'], ['Concept'], ['Article']). */
  labels: string[];
  /** Scalar or list-of-string properties only (lists of objects are JSON text). */
  properties: Record<string, string | number | boolean | string[]>;
}

export interface SnapshotEdge {
  key: string;
  /** Relationship type from graph-schema's allow-list. */
  type: string;
  source: string;
  target: string;
  properties: Record<string, string | number | boolean | string[]>;
}

export interface GraphSnapshot {
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
}

export interface IngestResult {
  /** Articles written (new or changed). */
  written: number;
  /** Articles skipped because the same id with the same content hash was already stored. */
  unchanged: number;
  /** Articles whose id was stored with another hash: their old contribution was replaced. */
  replaced: number;
}

/**
 * Graph statistics, with the same meaning in both stores (reference: statsFromSnapshot() in
 * src/store/snapshot-stats.ts, which the contract suite compares every store against).
 */
export interface GraphStats {
  /** Article / Entity / Concept nodes. */
  articles: number;
  entities: number;
  concepts: number;
  /** Relation edges (every relationship except MENTIONS). */
  relations: number;
  /** MENTIONS edges (article-entity pairs). */
  mentions: number;
  /** Entity count per `type` property (PERSON, ORG, LOC). */
  entitiesByType: Record<string, number>;
  /** Relation edge count per relationship type. */
  relationsByType: Record<string, number>;
  /** Entities by mentionCount desc, then degree (relation edges in + out) desc, then key. */
  topEntities: Array<{ key: string; name: string; type: string; mentionCount: number; degree: number }>;
  /** (predicate, type) pairs by summed edge `count` (evidence sentences) desc, then predicate, type. */
  topPredicates: Array<{ predicate: string; type: string; count: number }>;
}

/** A PERSON entity as the store holds it (see GraphStore.personsByNameEnds). */
export interface StoredPerson {
  key: string;
  name: string;
  /** Articles that name this person (the node's articleCount). */
  articleCount: number;
}

/** A person the stored articles name with a title before the name (see GraphStore.titledPersons). */
export interface StoredTitleHolder {
  /** The title as asked for, lower case ("prime minister"). */
  title: string;
  key: string;
  name: string;
  /** Articles whose mention of the person has the title before the name. */
  articles: number;
}

export interface GraphStore {
  readonly kind: 'graphology' | 'neo4j';
  /** Prepare the store (Neo4j: constraints and indexes from graph-schema; graphology: load from disk). Idempotent. */
  init(): Promise<void>;
  /** Merge a batch of extracted articles. Idempotent per article id + content hash. */
  ingest(batch: ArticleExtraction[]): Promise<IngestResult>;
  /** The whole graph in store-neutral form, sorted by key, for export and comparison. */
  snapshot(): Promise<GraphSnapshot>;
  stats(top?: number): Promise<GraphStats>;
  /**
   * PERSON entities whose key's name part (the normalised name) has two or more tokens and whose
   * first or last token is one of `tokens` (each normalised with normalizeName, so "Blair" =
   * "blair"), sorted by key. Ingest uses it to link surname-only people to a full name, and to
   * see when a short name is also someone's first name (src/pipeline/link-short-names.ts).
   */
  personsByNameEnds(tokens: readonly string[]): Promise<StoredPerson[]>;
  /**
   * PERSON entities that stored articles name with one of `titles` (lower case) right before the
   * name, as a surface form of their mention: "Prime Minister Tony Blair", "British Prime
   * Minister Tony Blair" (case folded). Per title and person, the number of such articles; sorted
   * by title, then key. Ingest uses it for the office holders of titles a new article leaves open
   * (src/pipeline/office-holders.ts).
   */
  titledPersons(titles: readonly string[]): Promise<StoredTitleHolder[]>;
  /** Persist (graphology) and release resources (Neo4j driver). */
  close(): Promise<void>;
}

// The embedded store (default): a graphology MultiDirectedGraph kept in memory and persisted as
// `graph.json` (graphology's own export() serialisation) in a directory, written atomically
// (temp file + rename) so a crash never leaves half a file. Node attributes are the schema's
// properties plus `labels`; edge attributes are the properties plus `type`. Ingest runs the
// shared algorithm of ingest-batch.ts, so the graph matches what the Neo4j store builds.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { normalizeName } from '../model/keys.ts';
import type { ArticleExtraction } from '../model/types.ts';
import { articleContribution } from './article-contribution.ts';
import { parseContributionRecord, type ConceptProps, type EntityMentionRecord, type Props, type RelationProps } from './aggregate.ts';
import type { GraphSnapshot, GraphStats, GraphStore, IngestResult, SnapshotEdge, SnapshotNode, StoredPerson, StoredTitleHolder } from './graph-store.ts';
import { byTitleThenKey, titlesBefore } from './titled-persons.ts';
import { ingestRound, roundsOf, type EdgeRef, type IngestTx, type KeyedProps, type MentionWrite, type RelationWrite, type StoredArticle } from './ingest-batch.ts';
import { canonicalLabels, publicProperties, sortSnapshot } from './snapshot-order.ts';
import { statsFromSnapshot } from './snapshot-stats.ts';
import { GraphFileError } from './store-errors.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

const { MultiDirectedGraph } = graphology as unknown as { MultiDirectedGraph: typeof MultiDirectedGraphType };

export type NodeAttributes = Record<string, unknown> & { labels: string[] };
export type EdgeAttributes = Record<string, unknown> & { type: string };
export type KnowledgeGraph = MultiDirectedGraphType<NodeAttributes, EdgeAttributes>;

export interface GraphologyStoreOptions {
  /** Directory holding graph.json (default ./kg-data). */
  dir?: string;
}

export interface GraphologyStore extends GraphStore {
  readonly kind: 'graphology';
  /** The live graph, for library users (read it; write through ingest()). */
  readonly graph: KnowledgeGraph;
  readonly file: string;
  /** Write graph.json now (close() does it too). */
  flush(): Promise<void>;
}

export const GRAPH_FILE = 'graph.json';

/** The IngestTx of an in-memory graphology graph: every call is a plain loop over the rows. */
function graphTx(graph: KnowledgeGraph): IngestTx {
  const attrs = (key: string): NodeAttributes | undefined => (graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined);
  const dropNodes = async (keys: string[]): Promise<void> => {
    for (const k of keys) if (graph.hasNode(k)) graph.dropNode(k);
  };
  const putNodes = async (rows: KeyedProps[], labels: string[]): Promise<void> => {
    for (const row of rows) {
      const existing = attrs(row.key);
      graph.mergeNode(row.key);
      graph.replaceNodeAttributes(row.key, { labels: existing?.labels ?? labels, ...row.props });
    }
  };
  return {
    async articles(keys) {
      const out = new Map<string, StoredArticle>();
      for (const k of keys) {
        const a = attrs(k);
        if (a) out.set(k, { hash: String(a.hash), contributions: parseContributionRecord(a.contributions) });
      }
      return out;
    },
    async concepts(keys) {
      const out = new Map<string, ConceptProps>();
      for (const k of keys) {
        const a = attrs(k);
        if (a) out.set(k, { name: String(a.name), mentionCount: Number(a.mentionCount), spellings: String(a.spellings ?? '') });
      }
      return out;
    },
    async relations(refs: EdgeRef[]) {
      const out = new Map<string, RelationProps>();
      for (const ref of refs) {
        if (!graph.hasEdge(ref.key)) continue;
        const { type: _type, key: _key, ...props } = graph.getEdgeAttributes(ref.key);
        out.set(ref.key, { ...(props as unknown as RelationProps), articles: [...(props.articles as string[])] });
      }
      return out;
    },
    async mentionRecords(entityKeys) {
      const out = new Map<string, EntityMentionRecord[]>();
      for (const k of entityKeys) {
        if (!graph.hasNode(k)) continue;
        const records: EntityMentionRecord[] = [];
        graph.forEachInEdge(k, (_edge, e, _source, _target, article) => {
          if (e.type !== 'MENTIONS') return;
          const r: EntityMentionRecord = { articleId: String(article.id), name: String(e.name), aliases: e.aliases as string[], count: Number(e.count) };
          if (typeof article.date === 'string') r.date = article.date;
          records.push(r);
        });
        if (records.length) out.set(k, records);
      }
      return out;
    },
    async deleteRelations(refs) {
      for (const ref of refs) if (graph.hasEdge(ref.key)) graph.dropEdge(ref.key);
    },
    deleteArticles: dropNodes,
    putArticles: (rows) => putNodes(rows, ['Article']),
    async putMentions(rows: MentionWrite[]) {
      for (const row of rows) {
        if (!graph.hasNode(row.entity)) {
          graph.addNode(row.entity, { labels: ['Entity', row.label], key: row.entity, type: row.type, name: row.name });
        }
        graph.mergeEdgeWithKey(row.key, row.article, row.entity);
        graph.replaceEdgeAttributes(row.key, { type: 'MENTIONS', key: row.key, ...row.props });
      }
    },
    putEntities: (rows) => putNodes(rows, ['Entity']),
    deleteEntities: dropNodes,
    putConcepts: (rows) => putNodes(rows, ['Concept']),
    deleteConcepts: dropNodes,
    async putRelations(rows: RelationWrite[]) {
      for (const row of rows) {
        graph.mergeEdgeWithKey(row.key, row.source, row.target);
        graph.replaceEdgeAttributes(row.key, { type: row.type, ...(row.props as Props) });
      }
    },
  };
}

/** The whole graph in store-neutral form. */
export function graphSnapshot(graph: KnowledgeGraph): GraphSnapshot {
  const nodes: SnapshotNode[] = [];
  graph.forEachNode((key, a) => {
    const { labels, ...props } = a;
    nodes.push({ key, labels: canonicalLabels(labels), properties: publicProperties(props) });
  });
  const edges: SnapshotEdge[] = [];
  graph.forEachEdge((key, a, source, target) => {
    const { type, ...props } = a;
    edges.push({ key, type, source, target, properties: publicProperties(props) });
  });
  return sortSnapshot(nodes, edges);
}

export async function openGraphologyStore(options: GraphologyStoreOptions = {}): Promise<GraphologyStore> {
  const dir = options.dir ?? './kg-data';
  const file = join(dir, GRAPH_FILE);
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  let dirty = false;

  const store: GraphologyStore = {
    kind: 'graphology',
    graph,
    file,
    async init() {
      if (!existsSync(file)) return;
      let data: SerializedGraph<NodeAttributes, EdgeAttributes>;
      try {
        data = JSON.parse(await readFile(file, 'utf8'));
      } catch (cause) {
        throw new GraphFileError(`Could not read the graph in ${file}: it is not a graphology JSON export (${(cause as Error).message}). Move it away or point --store at another directory.`, { cause });
      }
      graph.clear();
      graph.import(data);
      dirty = false;
    },
    async ingest(batch: ArticleExtraction[]): Promise<IngestResult> {
      // Validate the whole batch before touching the graph: a bad article writes nothing.
      const contributions = batch.map(articleContribution);
      const total: IngestResult = { written: 0, unchanged: 0, replaced: 0 };
      const tx = graphTx(graph);
      for (const round of roundsOf(contributions)) {
        const r = await ingestRound(tx, round);
        total.written += r.written;
        total.unchanged += r.unchanged;
        total.replaced += r.replaced;
      }
      if (total.written > 0) dirty = true;
      return total;
    },
    async snapshot() {
      return graphSnapshot(graph);
    },
    async stats(top = 10): Promise<GraphStats> {
      return statsFromSnapshot(graphSnapshot(graph), top);
    },
    async personsByNameEnds(tokens: readonly string[]): Promise<StoredPerson[]> {
      const wanted = new Set(tokens.map(normalizeName).filter((t) => t !== ''));
      const out: StoredPerson[] = [];
      if (wanted.size === 0) return out;
      // One pass over the nodes; the key's name part is the normalised name ("person:tony blair").
      graph.forEachNode((key, a) => {
        if (a.type !== 'PERSON') return;
        const parts = key.slice(key.indexOf(':') + 1).split(' ');
        if (parts.length > 1 && (wanted.has(parts[0]) || wanted.has(parts[parts.length - 1]))) out.push({ key, name: String(a.name), articleCount: Number(a.articleCount ?? 0) });
      });
      return out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    },
    async titledPersons(titles: readonly string[]): Promise<StoredTitleHolder[]> {
      const wanted = [...new Set(titles.map((t) => t.toLowerCase().trim()).filter((t) => t !== ''))];
      const counts = new Map<string, StoredTitleHolder>();
      if (wanted.length === 0) return [];
      graph.forEachEdge((_edge, e, _source, target, _sa, ta) => {
        if (e.type !== 'MENTIONS' || ta.type !== 'PERSON') return;
        for (const title of titlesBefore(wanted, String(e.name), e.aliases as string[])) {
          const id = `${title}\u0000${target}`;
          const row = counts.get(id) ?? { title, key: target, name: String(ta.name), articles: 0 };
          row.articles++;
          counts.set(id, row);
        }
      });
      return [...counts.values()].sort(byTitleThenKey);
    },
    async flush() {
      try {
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(file, JSON.stringify(graph.export()));
      } catch (cause) {
        throw new GraphFileError(`Could not write the graph to ${file}: ${(cause as Error).message}. Check that the directory is writable or choose another with --store.`, { cause });
      }
      dirty = false;
    },
    async close() {
      if (dirty) await store.flush();
    },
  };
  return store;
}

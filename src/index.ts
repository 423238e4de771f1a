// The library API: read articles, extract them (a pure function), open a store (embedded
// graphology or Neo4j) and ingest into it, export the graph. The CLI is a thin shell over
// these; scripts/load-new-articles.ts shows them used from a script.
export type * from './model/types.ts';
export { entityKey, conceptKey, articleKey, normalizeName } from './model/keys.ts';
export { annotate } from './nlp/annotate.ts';
export { readArticles } from './input/read-articles.ts';
export { extractArticle } from './pipeline/extract-article.ts';
export { extractBatch, DEFAULT_BATCH_SIZE, type BatchResult, type StepTimes } from './pipeline/extract-batch.ts';
export { ingestArticles, ingestExtractions, type IngestOptions, type IngestProgress, type IngestSummary } from './pipeline/ingest.ts';
export { ExtractionError } from './pipeline/errors.ts';
export type { GraphStore, GraphSnapshot, GraphStats, IngestResult } from './store/graph-store.ts';
export { openStore } from './store/open-store.ts';
export { openGraphologyStore } from './store/graphology-store.ts';
export { openNeo4jStore } from './store/neo4j-store.ts';
export { resolveNeo4jConfig, openNeo4j, Neo4jConnectionError } from './store/neo4j-connection.ts';
export { InvalidExtractionError, GraphFileError, Neo4jStoreError } from './store/store-errors.ts';
export { toGraphML } from './export/graphml.ts';
export { toGraphologyJSON } from './export/graphology-json.ts';
export { recognizeMentions } from './ner/recognize.ts';
export { extractInParallel } from './pipeline/parallel-extract.ts';
export { linkShortNames, type KnownPerson } from './pipeline/link-short-names.ts';
export { toExtractionRecord, type ExtractionRecord } from './output/extraction-record.ts';
export { relationTypeFor } from './schema/relation-type.ts';
export { schema } from './schema/schema.ts';

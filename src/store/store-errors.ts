// Named errors of the store layer. Each message says what failed, on which input, and what to
// do about it; the original error (if any) rides along as `cause`.

/** An extraction that a store refuses to write (e.g. a relationship type off the allow-list). Nothing of the batch is written. */
export class InvalidExtractionError extends Error {
  override name = 'InvalidExtractionError';
}

/** The embedded store's directory or graph.json could not be read or written. */
export class GraphFileError extends Error {
  override name = 'GraphFileError';
}

/** A Neo4j query failed while ingesting, reading back or computing stats. */
export class Neo4jStoreError extends Error {
  override name = 'Neo4jStoreError';
}

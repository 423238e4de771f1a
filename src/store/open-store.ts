// Chooses and opens a GraphStore from plain options (what the CLI's --store / --neo4j flags
// and the environment give): Neo4j when `neo4j` is set (true or connection details), otherwise
// the embedded graphology store in `dir` (default $KG_STORE or ./kg-data). The returned store
// still needs init().
import { openGraphologyStore } from './graphology-store.ts';
import type { GraphStore } from './graph-store.ts';
import { openNeo4j, resolveNeo4jConfig } from './neo4j-connection.ts';
import { openNeo4jStore } from './neo4j-store.ts';

export interface OpenStoreOptions {
  /** Use Neo4j: true for the environment's/default connection, or connection details (unset fields fall back to NEO4J_* and defaults). */
  neo4j?: { uri?: string; username?: string; password?: string; database?: string } | boolean;
  /** Embedded store directory (default: $KG_STORE or ./kg-data). */
  dir?: string;
  /** Neo4j: articles per write transaction. */
  batchSize?: number;
  env?: NodeJS.ProcessEnv;
}

export async function openStore(options: OpenStoreOptions = {}): Promise<GraphStore> {
  const env = options.env ?? process.env;
  if (options.neo4j) {
    const config = resolveNeo4jConfig(options.neo4j === true ? {} : options.neo4j, env);
    const { driver, database } = await openNeo4j(config);
    return openNeo4jStore({ driver, database, batchSize: options.batchSize });
  }
  return openGraphologyStore({ dir: options.dir ?? env.KG_STORE ?? './kg-data' });
}

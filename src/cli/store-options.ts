// The options every store-touching command shares (--store, --neo4j, credentials), and
// their translation into openStore()'s options. Environment variables (KG_STORE,
// NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) fill what the flags leave out.
import type { Command } from 'commander';

export interface StoreFlags {
  store?: string;
  neo4j?: string | boolean;
  user?: string;
  password?: string;
  database?: string;
}

export function addStoreOptions(command: Command): Command {
  return command
    .option('--store <dir>', 'embedded graph directory (default: $KG_STORE or ./kg-data)')
    .option('--neo4j [uri]', 'use Neo4j instead of the embedded store (default URI: $NEO4J_URI or bolt://127.0.0.1:7687)')
    .option('--user <name>', 'Neo4j user (default: $NEO4J_USERNAME or neo4j)')
    .option('--password <password>', 'Neo4j password (default: $NEO4J_PASSWORD or kg-password)')
    .option('--database <name>', 'Neo4j database (default: $NEO4J_DATABASE or neo4j)');
}

export interface StoreSelection {
  dir?: string;
  neo4j?: { uri?: string; username?: string; password?: string; database?: string };
}

/**
 * `--neo4j [uri]` takes an optional value, so in `kg ingest --neo4j samples` the parser would
 * take the folder for a URI (and then miss the required path). A value after --neo4j that is no
 * URI (no "scheme://") is left as an argument: `--neo4j` becomes `--neo4j=` (no URI given).
 */
export function neo4jFlagWithoutUri(argv: readonly string[]): string[] {
  const out = [...argv];
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i] === '--') break;
    if (out[i] === '--neo4j' && !out[i + 1].startsWith('-') && !out[i + 1].includes('://')) out[i] = '--neo4j=';
  }
  return out;
}

/** --neo4j given (with or without a URI) selects Neo4j; otherwise the embedded store. */
export function storeSelection(flags: StoreFlags): StoreSelection {
  if (flags.neo4j === undefined || flags.neo4j === false) return { dir: flags.store };
  return {
    neo4j: {
      uri: typeof flags.neo4j === 'string' && flags.neo4j !== '' ? flags.neo4j : undefined,
      username: flags.user,
      password: flags.password,
      database: flags.database,
    },
  };
}

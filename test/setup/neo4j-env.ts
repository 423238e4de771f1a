// What the Neo4j test suites import to find the test server that the globalSetup
// (test/setup/neo4j-global-setup.ts) started or found, and to skip cleanly when there is none:
//
//   import { neo4jAvailable, neo4jTestConfig, neo4jSkipReason } from '../setup/neo4j-env.ts';
//   describe.skipIf(!neo4jAvailable)('Neo4j store', () => { const cfg = neo4jTestConfig()!; ... });
//
// With CI=true the globalSetup throws instead of skipping, so a skip never hides in CI.
// Every suite shares one database ("neo4j": Community has one user database) and files run in
// parallel: a suite must create and delete only its own data (unique keys or a unique label per
// run), never wipe the whole database.
import { inject } from 'vitest';

export interface Neo4jTestConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

function fromInjectOrEnv(): Neo4jTestConfig | undefined {
  const provided = inject('kgNeo4j');
  if (provided) return { ...provided };
  const env = process.env;
  if (env.KG_TEST_NEO4J_URI) {
    return {
      uri: env.KG_TEST_NEO4J_URI,
      user: env.KG_TEST_NEO4J_USER ?? 'neo4j',
      password: env.KG_TEST_NEO4J_PASSWORD ?? '',
      database: env.KG_TEST_NEO4J_DATABASE ?? 'neo4j',
    };
  }
  return undefined;
}

const config = fromInjectOrEnv();

/** The test server's connection, or undefined when the Neo4j suites must skip. */
export function neo4jTestConfig(): Neo4jTestConfig | undefined {
  return config ? { ...config } : undefined;
}

/** True when a test Neo4j server is reachable (started or found by the globalSetup). */
export const neo4jAvailable: boolean = config !== undefined;

/** Why Neo4j is unavailable ('' when it is available). */
export const neo4jSkipReason: string = config ? '' : inject('kgNeo4jSkipReason') || process.env.KG_TEST_NEO4J_SKIP_REASON || 'unknown';

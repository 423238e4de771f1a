// resolveNeo4jConfig's precedence table, and openNeo4j's error translation against the real
// test server: wrong password, missing database, closed port.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  NEO4J_DEFAULTS,
  Neo4jConnectionError,
  normaliseNeo4jUri,
  openNeo4j,
  resolveNeo4jConfig,
  type Neo4jConfigOptions,
} from '../../src/store/neo4j-connection.ts';
import { neo4jAvailable, neo4jTestConfig } from '../setup/neo4j-env.ts';

describe('resolveNeo4jConfig', () => {
  const cases: Array<{ name: string; opts: Neo4jConfigOptions; env: NodeJS.ProcessEnv; expected: Partial<typeof NEO4J_DEFAULTS> }> = [
    { name: 'defaults', opts: {}, env: {}, expected: { ...NEO4J_DEFAULTS } },
    {
      name: 'environment over defaults',
      opts: {},
      env: { NEO4J_URI: 'neo4j://db.example:7000', NEO4J_USERNAME: 'alice', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' },
      expected: { uri: 'neo4j://db.example:7000', username: 'alice', password: 'pw', database: 'news' },
    },
    {
      name: 'options over environment',
      opts: { uri: 'bolt+s://other:9999', username: 'bob', password: 'secret', database: 'kg' },
      env: { NEO4J_URI: 'neo4j://db.example:7000', NEO4J_USERNAME: 'alice', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' },
      expected: { uri: 'bolt+s://other:9999', username: 'bob', password: 'secret', database: 'kg' },
    },
    { name: 'NEO4J_USER as a fallback name', opts: {}, env: { NEO4J_USER: 'carol' }, expected: { username: 'carol' } },
    { name: 'NEO4J_USERNAME wins over NEO4J_USER', opts: {}, env: { NEO4J_USER: 'carol', NEO4J_USERNAME: 'dave' }, expected: { username: 'dave' } },
    { name: 'empty strings count as unset', opts: { uri: '', password: '' }, env: { NEO4J_URI: ' ' }, expected: { uri: NEO4J_DEFAULTS.uri, password: NEO4J_DEFAULTS.password } },
    { name: 'partial options mix with env', opts: { database: 'x' }, env: { NEO4J_PASSWORD: 'p' }, expected: { database: 'x', password: 'p', username: 'neo4j' } },
  ];
  it.each(cases)('$name', ({ opts, env, expected }) => {
    expect(resolveNeo4jConfig(opts, env)).toMatchObject(expected);
  });

  it('reads process.env when no env is passed', () => {
    expect(resolveNeo4jConfig({ uri: 'bolt://h:1' }).uri).toBe('bolt://h:1');
  });
});

describe('normaliseNeo4jUri', () => {
  it.each([
    ['bolt://127.0.0.1:7687', 'bolt://127.0.0.1:7687'],
    ['neo4j://example.org:7687', 'neo4j://example.org:7687'],
    ['neo4j+s://abc.databases.neo4j.io', 'neo4j+s://abc.databases.neo4j.io:7687'],
    ['bolt+s://host:7000', 'bolt+s://host:7000'],
    ['bolt+ssc://host:7000/', 'bolt+ssc://host:7000'],
    ['neo4j+ssc://host', 'neo4j+ssc://host:7687'],
    ['BOLT://Host:1', 'bolt://Host:1'],
    ['localhost', 'bolt://localhost:7687'],
    ['localhost:7688', 'bolt://localhost:7688'],
    ['[::1]:7687', 'bolt://[::1]:7687'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseNeo4jUri(input)).toBe(expected);
  });

  it.each(['http://localhost:7474', 'https://x', 'bolt://', 'bolt://host:1/path', 'mongodb://x'])('rejects %s', (input) => {
    const error = (() => {
      try {
        normaliseNeo4jUri(input);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(Neo4jConnectionError);
    expect((error as Neo4jConnectionError).name).toBe('Neo4jConnectionError');
    expect((error as Neo4jConnectionError).failure).toBe('config');
    expect((error as Error).message).toContain(input);
  });
});

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function failureOf(promise: Promise<unknown>): Promise<Neo4jConnectionError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(Neo4jConnectionError);
    return error as Neo4jConnectionError;
  }
  throw new Error('expected openNeo4j to fail');
}

describe('openNeo4j against a closed port', () => {
  it('reports an unreachable server and how to start one', async () => {
    const port = await closedPort();
    const error = await failureOf(openNeo4j(resolveNeo4jConfig({ uri: `bolt://127.0.0.1:${port}` }, {})));
    expect(error.failure).toBe('unreachable');
    expect(error.message).toContain(`bolt://127.0.0.1:${port}`);
    expect(error.message).toContain('npm run neo4j:start');
    expect(error.message).toContain('NEO4J_URI');
    expect(error.cause).toBeDefined();
  });
});

describe.skipIf(!neo4jAvailable)('openNeo4j against the real server', () => {
  const cfg = neo4jTestConfig()!;
  const base = () => resolveNeo4jConfig({ uri: cfg.uri, username: cfg.user, password: cfg.password, database: cfg.database }, {});

  it('connects with the right credentials and runs a query', async () => {
    const { driver, database } = await openNeo4j(base());
    try {
      const result = await driver.executeQuery('RETURN 40 + 2 AS answer', {}, { database });
      expect(result.records[0]!.get('answer').toNumber()).toBe(42);
    } finally {
      await driver.close();
    }
  });

  it('reports wrong credentials', async () => {
    const error = await failureOf(openNeo4j({ ...base(), password: 'definitely-wrong' }));
    expect(error.failure).toBe('unauthorized');
    expect(error.message).toContain('NEO4J_USERNAME/NEO4J_PASSWORD');
    expect(error.message).toContain(cfg.user);
  });

  it('reports a missing database', async () => {
    const error = await failureOf(openNeo4j({ ...base(), database: 'kg-no-such-db' }));
    expect(error.failure).toBe('database-not-found');
    expect(error.message).toContain('"kg-no-such-db"');
    expect(error.message).toContain('NEO4J_DATABASE');
  });
});

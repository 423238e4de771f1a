// `kg query` end to end: the real CLI (tsx src/cli/main.ts) in a child process against the real
// test server, checking stdout for the three formats, stderr and the exit code for failures.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jAvailable, neo4jTestConfig } from '../setup/neo4j-env.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function kg(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe.skipIf(!neo4jAvailable)('kg query (real Neo4j)', () => {
  const cfg = neo4jTestConfig()!;
  const label = `KgQueryCli_${randomUUID().replace(/-/g, '')}`;
  // Connection through the environment, as a user would set it; no NEO4J_* leaks in from outside.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: cfg.uri,
    NEO4J_USERNAME: cfg.user,
    NEO4J_PASSWORD: cfg.password,
    NEO4J_DATABASE: cfg.database,
  };
  const query = `MATCH (p:${label}) WHERE p.score >= $min RETURN p.name AS name, p.score AS score, p.tags AS tags ORDER BY name`;
  let driver: Driver;

  beforeAll(async () => {
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
    await driver.executeQuery(
      `UNWIND $rows AS row CREATE (p:${label}) SET p = row`,
      {
        rows: [
          { name: 'Ada', score: neo4j.int(3), tags: ['math'] },
          { name: 'Bob, "the builder"', score: neo4j.int(2), tags: [] },
          { name: 'Cy', score: neo4j.int(1), tags: ['x', 'y'] },
        ],
      },
      { database: cfg.database },
    );
  });

  afterAll(async () => {
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database: cfg.database });
    await driver.close();
  });

  it('prints an aligned table by default', async () => {
    const run = await kg(['query', query, '--param', 'min=2'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'name               | score | tags',
        '-------------------+-------+---------',
        'Ada                |     3 | ["math"]',
        'Bob, "the builder" |     2 | []',
        '(2 rows)',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON rows', async () => {
    const run = await kg(['query', query, '--param', 'min=1', '--format', 'json'], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { name: 'Ada', score: 3, tags: ['math'] },
      { name: 'Bob, "the builder"', score: 2, tags: [] },
      { name: 'Cy', score: 1, tags: ['x', 'y'] },
    ]);
  });

  it('prints RFC 4180 CSV', async () => {
    const run = await kg(['query', query, '--param', 'min=3', '--format', 'csv'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('name,score,tags\r\nAda,3,"[""math""]"\r\n');
    const quoted = await kg(['query', query.replace('p.score >= $min', 'p.name STARTS WITH $prefix'), '--param', 'prefix="B"', '--format', 'csv'], env);
    expect(quoted.stdout).toBe('name,score,tags\r\n"Bob, ""the builder""",2,[]\r\n');
  });

  it('takes the connection from flags over the environment', async () => {
    const run = await kg(
      ['query', 'RETURN 1 AS one', `--neo4j=${cfg.uri}`, '--user', cfg.user, '--password', cfg.password, '--database', cfg.database],
      { ...env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'wrong' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('one\n---\n  1\n(1 row)\n');
  });

  it.each<[string, string[], NodeJS.ProcessEnv | undefined, RegExp]>([
    ['a write query', ['query', `CREATE (:${label} {name: 'x'})`], undefined, /read-only/],
    ['wrong password', ['query', 'RETURN 1', '--password', 'nope'], undefined, /check NEO4J_USERNAME\/NEO4J_PASSWORD/],
    ['missing database', ['query', 'RETURN 1', '--database', 'nosuchdb'], undefined, /no database "nosuchdb"/],
    ['unreachable server', ['query', 'RETURN 1', '--neo4j', 'bolt://127.0.0.1:1'], undefined, /npm run neo4j:start/],
    ['bad --format', ['query', 'RETURN 1', '--format', 'xml'], undefined, /Unknown output format "xml"/],
    ['bad --param', ['query', 'RETURN 1', '--param', 'oops'], undefined, /has no "="/],
  ])('fails on %s with a message on stderr and exit code 1', async (_name, args, extraEnv, message) => {
    const run = await kg(args, { ...env, ...extraEnv });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^kg: /);
    expect(run.stderr).toMatch(message);
  });

  it('left the data unchanged after the refused write', async () => {
    const run = await kg(['query', `MATCH (n:${label}) RETURN count(n) AS n`, '--format', 'json'], env);
    expect(JSON.parse(run.stdout)).toEqual([{ n: 3 }]);
  });
});

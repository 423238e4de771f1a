// runReadQuery against the real test server: values from the server convert to plain JS, integer
// params arrive as INTEGER, and the server refuses writes in read mode.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseParams } from '../../src/query/parse-params.ts';
import { ReadQueryError } from '../../src/query/query-errors.ts';
import { runReadQuery } from '../../src/query/run-read-query.ts';
import { neo4jAvailable, neo4jTestConfig } from '../setup/neo4j-env.ts';

describe.skipIf(!neo4jAvailable)('runReadQuery (real Neo4j)', () => {
  const cfg = neo4jTestConfig()!;
  // One label per run: suites share the database and must only touch their own data.
  const label = `KgQueryTest_${randomUUID().replace(/-/g, '')}`;
  let driver: Driver;

  beforeAll(async () => {
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
    await driver.executeQuery(
      `CREATE (a:${label}:Person {name: 'Ada', born: 1815, seen: date('2024-03-01')})
              -[:LIVED_IN {since: 1830}]->(l:${label}:Place {name: 'London', at: point({x: 1.5, y: 2.5})})`,
      {},
      { database: cfg.database },
    );
  });

  afterAll(async () => {
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database: cfg.database });
    await driver.close();
  });

  it('converts nodes, relationships, paths and temporals', async () => {
    const result = await runReadQuery(
      driver,
      cfg.database,
      `MATCH p = (a:${label} {name: 'Ada'})-[r]->(l) RETURN a, r, p, a.seen AS seen, l.at AS at, a.born AS born`,
    );
    expect(result.columns).toEqual(['a', 'r', 'p', 'seen', 'at', 'born']);
    const ada = { labels: [label, 'Person'].sort(), properties: { born: 1815, name: 'Ada', seen: '2024-03-01' } };
    const london = { labels: [label, 'Place'].sort(), properties: { at: { srid: 7203, x: 1.5, y: 2.5 }, name: 'London' } };
    const livedIn = { type: 'LIVED_IN', properties: { since: 1830 } };
    expect(result.rows).toEqual([[ada, livedIn, { nodes: [ada, london], relationships: [livedIn] }, '2024-03-01', { srid: 7203, x: 1.5, y: 2.5 }, 1815]]);
  });

  it('passes --param values with their types (integers usable in LIMIT)', async () => {
    const params = parseParams(['name=Ada', 'n=1', 'list=[1,2]', 'flag=true', 'nothing=null', 'x=2.5']);
    const result = await runReadQuery(
      driver,
      cfg.database,
      `MATCH (a:${label} {name: $name}) RETURN a.name AS name, valueType($n) AS nt, valueType($list) AS lt, $flag AS flag, $nothing AS nothing, valueType($x) AS xt LIMIT $n`,
      params,
    );
    expect(result.rows).toEqual([['Ada', 'INTEGER NOT NULL', 'LIST<INTEGER NOT NULL> NOT NULL', true, null, 'FLOAT NOT NULL']]);
  });

  it('returns the columns even when there are no rows', async () => {
    const result = await runReadQuery(driver, cfg.database, `MATCH (a:${label} {name: 'nobody'}) RETURN a.name AS name, a.born AS born`);
    expect(result).toEqual({ columns: ['name', 'born'], rows: [] });
  });

  it.each([
    ['CREATE', `CREATE (:${label} {name: 'intruder'})`],
    ['SET', `MATCH (a:${label}) SET a.hacked = true`],
    ['DETACH DELETE', `MATCH (a:${label}) DETACH DELETE a`],
  ])('refuses a write (%s) and changes nothing', async (_kind, cypher) => {
    const error = await runReadQuery(driver, cfg.database, cypher).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadQueryError);
    expect((error as ReadQueryError).code).toBe('Neo.ClientError.Statement.AccessMode');
    expect((error as Error).message).toContain('read-only');
    const count = await runReadQuery(driver, cfg.database, `MATCH (n:${label}) WHERE n.hacked IS NULL RETURN count(n) AS c`);
    expect(count.rows).toEqual([[2]]);
  });

  it('reports a syntax error with the server code', async () => {
    const error = await runReadQuery(driver, cfg.database, 'MATCH (n RETURN n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadQueryError);
    expect((error as ReadQueryError).code).toBe('Neo.ClientError.Statement.SyntaxError');
  });

  it('says how to pass a missing parameter', async () => {
    const error = await runReadQuery(driver, cfg.database, 'RETURN $missing AS m').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadQueryError);
    expect((error as Error).message).toContain('--param');
  });
});

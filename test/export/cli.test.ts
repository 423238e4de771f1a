// End to end: `kg export` and `kg stats` as a user runs them, against an embedded store built
// from the store fixtures (and against the Neo4j test server when there is one).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import graphology from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphologyStore } from '../../src/store/graphology-store.ts';
import { A, B } from '../store/fixtures.ts';
import { neo4jAvailable, neo4jTestConfig } from '../setup/neo4j-env.ts';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const kg = (...args: string[]) => run('node', ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 });

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  const store = await openGraphologyStore({ dir: join(dir, 'store') });
  await store.ingest([A, B]);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg export / kg stats (embedded store)', () => {
  it('exports GraphML to stdout', async () => {
    const { stdout } = await kg('export', '--format', 'graphml', '--store', join(dir, 'store'));
    const graph = parseGraphML(graphology.MultiDirectedGraph, stdout);
    expect([graph.order, graph.size]).toEqual([7, 11]);
    expect(graph.getNodeAttribute('person:vladimir putin', 'labels')).toBe(':Entity:Person');
  });

  it('exports graphology JSON to a file atomically (no temp file left)', async () => {
    const out = join(dir, 'graph-export.json');
    await kg('export', '--format', 'json', '--out', out, '--store', join(dir, 'store'));
    const graph = graphology.MultiDirectedGraph.from(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.getNodeAttribute('loc:russia', 'mentionCount')).toBe(3);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints stats as text and JSON', async () => {
    const text = (await kg('stats', '--top', '2', '--store', join(dir, 'store'))).stdout;
    expect(text).toContain('2 articles, 4 entities, 1 concepts, 5 relations, 6 mentions');
    expect(text).toMatch(/Vladimir Putin\s+PERSON\s+3\s+3/);
    const json = JSON.parse((await kg('stats', '--json', '--top', '1', '--store', join(dir, 'store'))).stdout);
    expect(json).toMatchObject({ articles: 2, entities: 4, topEntities: [{ key: 'person:vladimir putin' }] });
  });

  it('fails with a clear message on an unknown format', async () => {
    await expect(kg('export', '--format', 'gexf', '--store', join(dir, 'store'))).rejects.toMatchObject({
      stderr: expect.stringContaining('Unknown export format "gexf"'),
    });
    expect(existsSync(join(dir, 'store', 'graph.json'))).toBe(true);
  });
});

describe.skipIf(!neo4jAvailable)('kg stats --neo4j', () => {
  it('reads stats from the Neo4j server', async () => {
    const cfg = neo4jTestConfig()!;
    const { stdout } = await kg('stats', '--json', '--neo4j', cfg.uri, '--user', cfg.user, '--password', cfg.password, '--database', cfg.database);
    const stats = JSON.parse(stdout);
    expect(typeof stats.articles).toBe('number');
    expect(Array.isArray(stats.topEntities)).toBe(true);
  });
});

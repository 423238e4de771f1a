// End to end through the real `kg` binary: ingest the samples into a fresh embedded store,
// ingest again (nothing changes), add a new article later (it merges into the same graph),
// extract the seed article's example facts, and a broken input file that is reported while
// the others still go in.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const KG = join(import.meta.dirname, '../../bin/kg.mjs');
function kg(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [KG, ...args], { encoding: 'utf8', input, cwd: join(import.meta.dirname, '../..') });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kg ingest / extract end to end', () => {
  const store = mkdtempSync(join(tmpdir(), 'kg-e2e-'));

  it('ingests the samples, and ingesting them again changes nothing', () => {
    const first = kg(['ingest', 'samples', '--root', 'samples', '--store', store, '--json', '--workers', '1']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const a = JSON.parse(first.stdout);
    expect(a.written).toBeGreaterThanOrEqual(4);
    expect(a.graph.entities).toBeGreaterThan(10);
    const graphBefore = readFileSync(join(store, 'graph.json'), 'utf8');

    const second = JSON.parse(kg(['ingest', 'samples', '--root', 'samples', '--store', store, '--json']).stdout);
    expect(second.written).toBe(0);
    expect(second.unchanged).toBe(a.written);
    expect(second.graph).toEqual(a.graph);
    expect(readFileSync(join(store, 'graph.json'), 'utf8')).toBe(graphBefore);
  });

  it('merges a new article from stdin into the existing entities', () => {
    const before = JSON.parse(kg(['stats', '--json', '--store', store]).stdout);
    const text = 'Vladimir Putin met Joe Biden in Geneva on Wednesday. Putin said the talks were constructive.';
    const r = kg(['ingest', '-', '--store', store, '--json'], text);
    expect(r.code).toBe(0);
    const after = JSON.parse(kg(['stats', '--json', '--store', store]).stdout);
    expect(after.articles).toBe(before.articles + 1);
    // Putin and Biden already existed: only Geneva (and maybe a concept) is new.
    expect(after.entities - before.entities).toBeLessThanOrEqual(1);
    const graph = JSON.parse(readFileSync(join(store, 'graph.json'), 'utf8'));
    const putin = graph.nodes.find((n: { key: string }) => n.key === 'person:vladimir putin');
    expect(putin.attributes.articleCount).toBe(2);
  });

  it('extracts the seed article example facts as JSONL', () => {
    const r = kg(['extract', '--format', 'jsonl', '--root', 'samples', 'samples/000_3d8444ededa8fadb.txt']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout.trim());
    expect(record.article).toBe('000_3d8444ededa8fadb');
    const facts = record.triples.map((t: { subject: string; predicate: string; object: string }) => `${t.subject} -${t.predicate}-> ${t.object}`);
    expect(facts.some((f: string) => /^Joe Biden -propose-> .*summit/.test(f))).toBe(true);
    expect(facts.some((f: string) => /^United States -sanction-> 32 Russian entities/.test(f))).toBe(true);
    for (const t of record.triples) expect(record.entities.length && t.evidence.sentence.length).toBeGreaterThan(0);
  });

  it('reports an unreadable article with its path and still ingests the others, exiting 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    writeFileSync(join(dir, 'good.txt'), 'Angela Merkel visited Paris on Monday.');
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": "x1", "text": "Boris Johnson spoke in London."}\n{not json\n');
    const r = kg(['ingest', dir, '--root', dir, '--store', mkdtempSync(join(tmpdir(), 'kg-bad-store-')), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl/);
    expect(JSON.parse(r.stdout).written).toBe(2);
  });
});

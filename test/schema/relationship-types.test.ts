// The relationship-type allow-list as data: names Neo4j can take unquoted, one entry per
// predicate and kind, and every type written end to end by both stores (graphology always, the
// real Neo4j server when the globalSetup found one), so a type added to schema.json cannot
// break a store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { relationTypeFor } from '../../src/schema/relation-type.ts';
import { ALLOWED_RELATIONSHIP_TYPES, schema } from '../../src/schema/schema.ts';
import { openGraphologyStore } from '../../src/store/graphology-store.ts';
import { openNeo4jStore } from '../../src/store/neo4j-store.ts';
import { RELATION_TYPES } from '../../src/store/neo4j-cypher.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import type { ArticleExtraction } from '../../src/model/types.ts';
import { neo4jAvailable, neo4jSkipReason, neo4jTestConfig } from '../setup/neo4j-env.ts';
import { article, con, ent, entity } from '../store/fixtures.ts';

const FALLBACK = schema.fallbackRelationship;

describe('relationship-type allow-list', () => {
  it('every type is an UPPER_SNAKE identifier Neo4j takes without quoting, and none is listed twice', () => {
    const types = schema.relationships.map((r) => r.type);
    expect(new Set(types).size).toBe(types.length);
    for (const t of types) {
      expect(t).toMatch(/^[A-Z][A-Z_]{0,62}[A-Z]$/);
      expect(t).not.toContain('__');
      expect(t in schema.structuralRelationships).toBe(false);
    }
    expect(types).toContain(FALLBACK);
  });

  it('no predicate is listed under two types of one kind (the later entry would be dead)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const spec of schema.relationships) {
      for (const p of spec.predicates) {
        const key = `${spec.kind}:${p}`;
        const prior = seen.get(key);
        if (prior && prior !== spec.type) clashes.push(`${key} (${prior}, ${spec.type})`);
        seen.set(key, spec.type);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every predicate is a lower-case phrase of single spaces', () => {
    for (const spec of schema.relationships) {
      for (const p of spec.predicates) expect(p).toMatch(/^[a-zé][a-zé' -]*[a-zé]$|^[a-z]$/);
    }
  });

  it('each type has at least one predicate that maps onto it', () => {
    for (const spec of schema.relationships) {
      expect([spec.type, spec.predicates.some((p) => relationTypeFor(p, spec.kind) === spec.type)]).toEqual([spec.type, true]);
    }
  });

  it('the Neo4j store writes exactly the allow-list without the structural types', () => {
    expect(new Set(RELATION_TYPES)).toEqual(new Set([...ALLOWED_RELATIONSHIP_TYPES].filter((t) => t !== 'MENTIONS')));
  });
});

/** One article with one triple per relationship type (fact types between entities, role types from a person). */
function everyType(): ArticleExtraction {
  const ann = entity('PERSON', 'Ann Example');
  const acme = entity('ORG', 'Acme Widgets');
  return article('every-type', { date: '2025-01-01', title: 'Every relationship type' }, [ann, acme], schema.relationships.map((spec, i) => ({
    s: ent('PERSON', 'Ann Example'),
    p: spec.predicates[0] ?? 'frobnicate',
    rel: spec.type,
    o: i % 2 ? ent('ORG', 'Acme Widgets') : con(`thing ${i}`),
    sentence: i,
    text: `Sentence ${i} about ${spec.type}.`,
    confidence: 0.5,
    kind: spec.kind,
  })));
}

async function typesWritten(store: GraphStore): Promise<string[]> {
  await store.ingest([everyType()]);
  const snap = await store.snapshot();
  return snap.edges.map((e) => e.type).filter((t) => t !== 'MENTIONS').sort();
}

const expected = schema.relationships.map((r) => r.type).sort();

describe('every relationship type goes through both stores', () => {
  it('graphology', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-schema-'));
    const store = await openGraphologyStore({ dir });
    try {
      await store.init();
      expect(await typesWritten(store)).toEqual(expected);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!neo4jAvailable)(`Neo4j (skipped: ${neo4jSkipReason || 'no'})`, async () => {
    const cfg = neo4jTestConfig()!;
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
    const store = await openNeo4jStore({
      driver,
      database: cfg.database,
      keyPrefix: `schema-types-${process.pid}-${Date.now().toString(36)}/`,
      closeDriver: false,
    });
    try {
      await store.init();
      expect(await typesWritten(store)).toEqual(expected);
    } finally {
      await store.clear();
      await store.close();
      await driver.close();
    }
  });
});

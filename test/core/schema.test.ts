import { describe, expect, it } from 'vitest';
import { relationTypeFor } from '../../src/schema/relation-type.ts';
import { ALLOWED_RELATIONSHIP_TYPES, assertAllowedRelationshipType, constraintStatements, entityLabel, schema } from '../../src/schema/schema.ts';
import { conceptKey, entityKey, normalizeName } from '../../src/model/keys.ts';

describe('relationTypeFor', () => {
  it.each([
    ['sanction', 'SANCTIONED'],
    ['propose', 'PROPOSED'],
    ['speak with', 'SPOKE_WITH'],
    ['president of', 'PRESIDENT_OF'],
    ['chief executive of', 'EXECUTIVE_OF'],
    ['call on', 'URGED'],
    ['not support', 'SUPPORTED'],
    ['frobnicate', 'RELATED_TO'],
  ])('%s -> %s', (predicate, type) => {
    expect(relationTypeFor(predicate)).toBe(type);
  });

  it('only ever returns allow-listed types', () => {
    for (const p of ['', 'zzz', 'say', 'x y z', 'PRESIDENT']) expect(ALLOWED_RELATIONSHIP_TYPES.has(relationTypeFor(p))).toBe(true);
  });
});

describe('schema', () => {
  it('relationship types are UPPER_SNAKE and unique', () => {
    const types = schema.relationships.map((r) => r.type);
    expect(new Set(types).size).toBe(types.length);
    for (const t of types) expect(t).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
  });

  it('rejects a relationship type that is not allow-listed, naming it', () => {
    expect(() => assertAllowedRelationshipType('DROP_DATABASE')).toThrow(/DROP_DATABASE.*allow-list/);
    expect(assertAllowedRelationshipType('MENTIONS')).toBe('MENTIONS');
  });

  it('maps entity types to labels', () => {
    expect(entityLabel('PERSON')).toBe('Person');
    expect(entityLabel('ORG')).toBe('Organization');
    expect(entityLabel('LOC')).toBe('Location');
  });

  it('constraint statements are idempotent Cypher', () => {
    const statements = constraintStatements();
    expect(statements.length).toBeGreaterThan(3);
    for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
  });
});

describe('keys', () => {
  it.each([
    ['The White House', 'white house'],
    ['Joe  Biden', 'joe biden'],
    ["Ukraine's", 'ukraine'],
    ['Société Générale', 'societe generale'],
  ])('normalizeName(%j) = %j', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });

  it('keys are deterministic and typed', () => {
    expect(entityKey('PERSON', 'Joe Biden')).toBe('person:joe biden');
    expect(entityKey('LOC', 'the United States')).toBe('loc:united states');
    expect(conceptKey('32 Russian entities')).toBe('concept:32 russian entities');
  });
});

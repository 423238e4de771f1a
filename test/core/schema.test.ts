import { describe, expect, it } from 'vitest';
import { relationTypeFor } from '../../src/schema/relation-type.ts';
import { ALLOWED_RELATIONSHIP_TYPES, assertAllowedRelationshipType, constraintStatements, entityLabel, schema } from '../../src/schema/schema.ts';
import { conceptKey, entityKey, normalizeName } from '../../src/model/keys.ts';

describe('relationTypeFor', () => {
  it.each([
    // listed verbs and phrases
    ['sanction', 'fact', 'SANCTIONED'],
    ['propose', 'fact', 'PROPOSED'],
    ['speak with', 'fact', 'SPOKE_WITH'],
    ['speak to', 'fact', 'SPOKE_WITH'],
    ['talk to', 'fact', 'SPOKE_WITH'],
    ['call on', 'fact', 'URGED'],
    ['call for', 'fact', 'URGED'],
    ['take over from', 'fact', 'REPLACED'],
    ['take over', 'fact', 'ACQUIRED'],
    // a listed multi-word start wins over the head ("take over" + "at")
    ['take over at', 'fact', 'ACQUIRED'],
    // a preposition keeps the head's type unless the head is particle-sensitive
    ['say in', 'fact', 'SAID'],
    ['lose in', 'fact', 'LOST_TO'],
    ['speak at', 'fact', 'ATTENDED'],
    ['speak in', 'fact', 'RELATED_TO'],
    ['fall by', 'fact', 'DECREASED'],
    ['fall into', 'fact', 'RELATED_TO'],
    // particles make phrasal verbs: unlisted ones fall back
    ['rule out', 'fact', 'RELATED_TO'],
    ['rule out of', 'fact', 'RELATED_TO'],
    ['hit back at', 'fact', 'CRITICISED'],
    ['go back on', 'fact', 'RELATED_TO'],
    ['grow up in', 'fact', 'RELATED_TO'],
    ['fall out with', 'fact', 'RELATED_TO'],
    ['sell off', 'fact', 'SOLD'],
    // control is not ownership; winning an award is not beating someone
    ['control', 'fact', 'RUNS'],
    ['own', 'fact', 'OWNS'],
    ['win best picture', 'fact', 'RELATED_TO'],
    ['win', 'fact', 'WON'],
    ['win in', 'fact', 'WON'],
    ['beat', 'fact', 'BEAT'],
    ['win against', 'fact', 'BEAT'],
    ['be nominated for', 'fact', 'NOMINATED_FOR'],
    ['star in', 'fact', 'STARRED_IN'],
    ['play for', 'fact', 'PLAYED_FOR'],
    ['play against', 'fact', 'COMPETED_AGAINST'],
    ['work with', 'fact', 'PARTNERED_WITH'],
    ['work for', 'fact', 'WORKED_FOR'],
    ['work on', 'fact', 'RELATED_TO'],
    ['withdraw from', 'fact', 'LEFT'],
    ['part of', 'fact', 'PART_OF'],
    // intentions: the intention verb's own type, or nothing when it did not happen
    ['plan to cut', 'fact', 'PROPOSED'],
    ['agree to buy', 'fact', 'SIGNED'],
    ['decline to comment', 'fact', 'RELATED_TO'],
    ['fail to win', 'fact', 'RELATED_TO'],
    ['want to win for', 'fact', 'RELATED_TO'],
    // a noun after the head is not the head's argument
    ['make way for', 'fact', 'RELATED_TO'],
    // negation: the type states that the relation holds
    ['not support', 'fact', 'RELATED_TO'],
    ['not', 'fact', 'RELATED_TO'],
    // roles: the head noun at the end, trailing prepositions dropped
    ['president of', 'role', 'PRESIDENT_OF'],
    ['vice president of', 'role', 'PRESIDENT_OF'],
    ['chief executive of', 'role', 'EXECUTIVE_OF'],
    ['president chief executive of', 'role', 'EXECUTIVE_OF'],
    ['shadow home secretary of', 'role', 'MINISTER_OF'],
    ['finance minister of', 'role', 'MINISTER_OF'],
    ['attorney general of', 'role', 'MINISTER_OF'],
    ['secretary general of', 'role', 'LEADER_OF'],
    ['surgeon general of', 'role', 'RELATED_TO'],
    ['director general of', 'role', 'EXECUTIVE_OF'],
    ['chief economist of', 'role', 'WORKS_FOR'],
    ['home affairs spokesman of', 'role', 'WORKS_FOR'],
    ['prop of', 'role', 'PLAYS_FOR'],
    ['member of', 'role', 'MEMBER_OF'],
    ['from', 'role', 'COMES_FROM'],
    ['chair', 'role', 'EXECUTIVE_OF'],
    // the kinds are separate tables
    ['chair', 'fact', 'RUNS'],
    ['finance minister of', 'fact', 'RELATED_TO'],
    ['frobnicate', 'fact', 'RELATED_TO'],
    ['frobnicate', 'role', 'RELATED_TO'],
  ] as const)('%s (%s) -> %s', (predicate, kind, type) => {
    expect(relationTypeFor(predicate, kind)).toBe(type);
  });

  it.each([
    ['president of', 'PRESIDENT_OF'],
    ['sanction', 'SANCTIONED'],
    ['Speak  With', 'SPOKE_WITH'],
  ])('without a kind, facts then roles: %s -> %s', (predicate, type) => {
    expect(relationTypeFor(predicate)).toBe(type);
  });

  it('only ever returns allow-listed types', () => {
    for (const p of ['', 'zzz', 'say', 'x y z', 'PRESIDENT', 'of', 'to to', 'not not']) {
      for (const kind of ['fact', 'role', undefined] as const) expect(ALLOWED_RELATIONSHIP_TYPES.has(relationTypeFor(p, kind))).toBe(true);
    }
  });

  it('every listed predicate maps to its own type', () => {
    for (const spec of schema.relationships) {
      for (const p of spec.predicates) expect([p, relationTypeFor(p, spec.kind)]).toEqual([p, spec.type]);
    }
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

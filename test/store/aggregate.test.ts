// Unit tests of the pure folding rules both stores share: entity aggregation from MENTIONS
// records, relation evidence caps and retraction, concept names, batch rounds, edge keys.
import { describe, expect, it } from 'vitest';
import { articleContribution, type RelationRow } from '../../src/store/article-contribution.ts';
import { MAX_EVIDENCE, addConcept, addRelation, aggregateEntity, retractConcept, retractRelation } from '../../src/store/aggregate.ts';
import { roundsOf } from '../../src/store/ingest-batch.ts';
import { relationKey } from '../../src/store/relation-key.ts';
import { A, A2, B } from './fixtures.ts';

const row = (articleId: string, sentences: number[], confidence = 0.5): RelationRow => ({
  key: 'rel:x', type: 'MET', source: 'person:a', target: 'person:b', sourceKind: 'entity', targetKind: 'entity',
  predicate: 'meet', kind: 'fact', negated: false, confidence, count: sentences.length,
  evidence: sentences.map((i) => ({ articleId, sentenceIndex: i, start: i, end: i + 1, sentence: `s${i}`, confidence })),
});

describe('aggregateEntity', () => {
  it.each([
    ['most articles win', [['Putin', 1], ['Putin', 1], ['PUTIN', 5]], 'Putin'],
    ['then most mentions', [['Putin', 1], ['PUTIN', 5]], 'PUTIN'],
    ['then code-unit order', [['b', 1], ['a', 1]], 'a'],
  ] as const)('%s', (_, uses, expected) => {
    const agg = aggregateEntity(uses.map(([name, count], i) => ({ articleId: `a${i}`, name, aliases: [], count })));
    expect(agg.name).toBe(expected);
    expect(agg.aliases).not.toContain(expected);
  });

  it('sums counts, unions aliases and takes the date range', () => {
    expect(aggregateEntity([
      { articleId: 'a', date: '2024-02-01', name: 'X', aliases: ['Y', 'Z'], count: 2 },
      { articleId: 'b', name: 'X', aliases: ['Y'], count: 0 },
      { articleId: 'c', date: '2023-12-31', name: 'X', aliases: ['W'], count: 3 },
    ])).toEqual({ name: 'X', aliases: ['W', 'Y', 'Z'], mentionCount: 5, articleCount: 3, firstSeen: '2023-12-31', lastSeen: '2024-02-01' });
  });

  it('caps aliases at 50', () => {
    const aliases = Array.from({ length: 80 }, (_, i) => `alias ${String(i).padStart(2, '0')}`);
    expect(aggregateEntity([{ articleId: 'a', name: 'X', aliases, count: 1 }]).aliases).toHaveLength(50);
  });
});

describe('relations', () => {
  it(`keeps the ${MAX_EVIDENCE} smallest evidence items whatever the order`, () => {
    const rows = [row('b', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), row('a', [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])];
    const ab = addRelation(addRelation(undefined, rows[0], 'b'), rows[1], 'a');
    const ba = addRelation(addRelation(undefined, rows[1], 'a'), rows[0], 'b');
    expect(ab).toEqual(ba);
    const evidence = JSON.parse(ab.evidence) as Array<{ articleId: string }>;
    expect(evidence).toHaveLength(MAX_EVIDENCE);
    expect(evidence.filter((e) => e.articleId === 'a')).toHaveLength(11);
    expect(ab).toMatchObject({ count: 23, articleCount: 2, articles: ['a', 'b'] });
  });

  it('retracts exactly and recomputes confidence when the evidence is complete', () => {
    const both = addRelation(addRelation(undefined, row('a', [1], 0.9), 'a'), row('b', [2], 0.4), 'b');
    expect(retractRelation(both, 'a', 1)).toMatchObject({ count: 1, articleCount: 1, articles: ['b'], confidence: 0.4 });
    expect(retractRelation(retractRelation(both, 'a', 1), 'b', 1)).toBeUndefined();
  });

  it('keeps the edge key stable and sensitive to every part of the fact', () => {
    const k = relationKey('person:a', 'MET', 'meet', 'person:b', false);
    expect(k).toMatch(/^rel:[0-9a-f]{24}$/);
    expect(relationKey('person:a', 'MET', 'meet', 'person:b', false)).toBe(k);
    expect(new Set([
      k, relationKey('person:b', 'MET', 'meet', 'person:a', false), relationKey('person:a', 'MET', 'meet with', 'person:b', false),
      relationKey('person:a', 'MET', 'meet', 'person:b', true), relationKey('person:a', 'SAID', 'meet', 'person:b', false),
    ]).size).toBe(5);
  });
});

describe('concepts', () => {
  it('names a concept by its most used spelling, exactly retractable, deleted at zero', () => {
    const both = addConcept(addConcept(undefined, 'summit', 2), 'The Summit', 1);
    expect(both).toMatchObject({ name: 'summit', mentionCount: 3 });
    expect(addConcept(addConcept(undefined, 'The Summit', 1), 'summit', 2)).toEqual(both);
    expect(retractConcept(both, 'summit', 2)).toMatchObject({ name: 'The Summit', mentionCount: 1 });
    expect(retractConcept(retractConcept(both, 'summit', 2), 'The Summit', 1)).toBeUndefined();
    // A tie goes to code-unit order.
    expect(addConcept(addConcept(undefined, 'summit', 1), 'The Summit', 1).name).toBe('The Summit');
  });
});

describe('roundsOf', () => {
  it('puts repeated ids in later rounds, in order', () => {
    const [a, b, a2] = [A, B, A2].map(articleContribution);
    expect(roundsOf([a, b, a2, a]).map((r) => r.map((c) => c.hash.slice(0, 6)))).toEqual([
      [a.hash.slice(0, 6), b.hash.slice(0, 6)], [a2.hash.slice(0, 6)], [a.hash.slice(0, 6)],
    ]);
  });
});

describe('articleContribution', () => {
  it('groups triples into edges with one evidence item per sentence', () => {
    const c = articleContribution(B);
    const nato = c.relations.find((r) => r.type === 'CRITICISED')!;
    expect(nato).toMatchObject({ count: 1, confidence: 0.65, sourceKind: 'entity', targetKind: 'entity' });
    expect(c.concepts).toEqual([{ key: 'concept:summit', name: 'The Summit', count: 1 }]);
    expect(c.mentions.map((m) => [m.key, m.count, m.aliases])).toEqual([
      ['loc:russia', 2, ['Russian Federation']], ['org:nato', 1, []], ['person:vladimir putin', 1, []],
    ]);
  });
});

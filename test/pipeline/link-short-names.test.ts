// The pure surname linker on hand-built extractions: what links, what never does (ambiguity,
// first names, places, an article's own full names) and that the batch order never matters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/model/types.ts';
import { linkShortNames, linkTable, shortNameOf, shortNamesToLink, surnameOf } from '../../src/pipeline/link-short-names.ts';
import { article, con, ent, entity } from '../store/fixtures.ts';

const TONY = ent('PERSON', 'Tony Blair');
const BLAIR = ent('PERSON', 'Blair');

/** "Mr Blair said taxes would fall. Mr Blair met Gordon Brown." with Blair as subject and object. */
const shortBlair = (id: string): ArticleExtraction => article(id, {}, [
  entity('PERSON', 'Blair', 'Mr Blair'),
  entity('PERSON', 'Gordon Brown'),
], [
  { s: BLAIR, p: 'say', rel: 'SAID', o: con('taxes would fall'), sentence: 0, text: 'Mr Blair said taxes would fall.', confidence: 0.8 },
  { s: ent('PERSON', 'Gordon Brown'), p: 'meet', rel: 'MET', o: BLAIR, sentence: 1, text: 'Gordon Brown met Mr Blair.', confidence: 0.7 },
]);
const fullBlair = (id: string, name = 'Tony Blair'): ArticleExtraction => article(id, {}, [entity('PERSON', name)], [
  { s: ent('PERSON', name), p: 'say', rel: 'SAID', o: con('plan'), sentence: 0, text: `${name} said the plan works.`, confidence: 0.9 },
]);
const keysOf = (x: ArticleExtraction): string[] => x.entities.map((e) => e.key);

describe('surnameOf / shortNameOf', () => {
  it.each([
    ['Tony Blair', 'blair', undefined],
    ['José  MOURINHO', 'mourinho', undefined],
    ['Blair', undefined, 'blair'],
    ["Blair's", undefined, 'blair'],
    ['George W. Bush', 'bush', undefined],
    ['', undefined, undefined],
  ])('%j -> surname %j, short name %j', (name, surname, short) => {
    expect(surnameOf(name)).toBe(surname);
    expect(shortNameOf(name)).toBe(short);
  });
});

describe('linkShortNames', () => {
  it('gives a surname-only person the full name: key, name, alias, triple ends; evidence and mentions unchanged', () => {
    const before = shortBlair('s1');
    const [after, full] = linkShortNames([before, fullBlair('f1')]);
    expect(after.entities[0]).toEqual({ ...before.entities[0], key: TONY.key, name: 'Tony Blair', aliases: ['Blair', 'Mr Blair'] });
    expect(after.entities[1]).toBe(before.entities[1]);
    expect(after.triples[0].subject).toEqual(TONY);
    expect(after.triples[1].object).toEqual(TONY);
    expect(after.triples[1].subject).toEqual(before.triples[1].subject);
    expect(after.triples.map((t) => t.evidence)).toEqual(before.triples.map((t) => t.evidence));
    expect(after.article).toBe(before.article);
    // The input is not modified and unchanged extractions come back as they were.
    expect(keysOf(before)).toEqual([BLAIR.key, 'person:gordon brown']);
    expect(full).toEqual(fullBlair('f1'));
  });

  it('links to a full name known only from outside the batch (e.g. the store)', () => {
    const [after] = linkShortNames([shortBlair('s1')], [{ key: TONY.key, name: 'Tony Blair' }]);
    expect(keysOf(after)).toEqual([TONY.key, 'person:gordon brown']);
  });

  it.each([
    ['two full names in the batch', [fullBlair('f1'), fullBlair('f2', 'Cherie Blair')], []],
    ['one in the batch, another known', [fullBlair('f1')], [{ key: 'person:cherie blair', name: 'Cherie Blair' }]],
    ['two spellings that are different keys', [fullBlair('f1'), fullBlair('f2', 'Anthony Blair')], []],
  ])('links nothing when the surname is ambiguous: %s', (_what, batch, known) => {
    const [after] = linkShortNames([shortBlair('s1'), ...batch], known);
    expect(keysOf(after)).toEqual([BLAIR.key, 'person:gordon brown']);
  });

  it.each([
    ['dominant in the store', [{ key: TONY.key, name: 'Tony Blair', weight: 40 }, { key: 'person:cherie blair', name: 'Cherie Blair', weight: 6 }, { key: 'person:ian blair', name: 'Ian Blair', weight: 3 }], TONY.key],
    ['not dominant enough (40 vs 11)', [{ key: TONY.key, name: 'Tony Blair', weight: 40 }, { key: 'person:cherie blair', name: 'Cherie Blair', weight: 11 }], BLAIR.key],
    ['dominant but too rare (4 articles)', [{ key: TONY.key, name: 'Tony Blair', weight: 4 }, { key: 'person:cherie blair', name: 'Cherie Blair', weight: 0 }], BLAIR.key],
  ])('a namesake-sharing surname links to the full name that dominates: %s', (_what, known, expected) => {
    const [after] = linkShortNames([shortBlair('s1')], known);
    expect(keysOf(after)[0]).toBe(expected);
  });

  it('counts the batch: five articles of Tony Blair and one of Cherie Blair link "Blair"', () => {
    const batch = [1, 2, 3, 4, 5].map((i) => fullBlair(`t${i}`));
    const [after] = linkShortNames([shortBlair('s1'), fullBlair('c1', 'Cherie Blair'), ...batch]);
    expect(keysOf(after)[0]).toBe(TONY.key);
  });

  it('one key with several spellings is not ambiguous; the name is the first spelling in code-unit order', () => {
    const [after] = linkShortNames([shortBlair('s1'), fullBlair('f1', 'Tony blair'), fullBlair('f2', 'Tony Blair')]);
    expect(after.entities[0]).toMatchObject({ key: TONY.key, name: 'Tony Blair' });
  });

  it.each([
    ['a first name', entity('PERSON', 'Tony'), 'person:tony'],
    ['a place', entity('LOC', 'Blair'), 'loc:blair'],
    ['an organisation', entity('ORG', 'Blair'), 'org:blair'],
    ['a full name itself', entity('PERSON', 'Cherie Booth'), 'person:cherie booth'],
  ])('leaves %s alone', (_what, e, key) => {
    const x = article('x', {}, [e], []);
    const [after] = linkShortNames([x, fullBlair('f1')]);
    expect(after).toBe(x);
    expect(keysOf(after)).toEqual([key]);
  });

  it('only PERSON full names count: an organisation or place ending in the surname links nothing', () => {
    const org = article('o', {}, [entity('ORG', 'Friends of Blair'), entity('LOC', 'Port Blair')], []);
    const [after] = linkShortNames([shortBlair('s1'), org]);
    expect(keysOf(after)).toEqual([BLAIR.key, 'person:gordon brown']);
  });

  it.each([
    ['known only in the batch', [fullBlair('f2', 'David Beckham')], []],
    ['known only from the store', [], [{ key: 'person:david beckham', name: 'David Beckham' }]],
  ])('a short name that is also a known first name (%s) links only after a title', (_where, batch, known) => {
    const bare = article('bare', {}, [entity('PERSON', 'David')], []);
    const titled = article('titled', {}, [entity('PERSON', 'David', 'Mr David')], []);
    const [a, b] = linkShortNames([bare, titled, fullBlair('f1', 'Craig David'), ...batch], known);
    expect(a).toBe(bare);
    expect(keysOf(b)).toEqual(['person:craig david']);
    // Without the other David as a first name, the bare one links too.
    expect(keysOf(linkShortNames([bare, fullBlair('f1', 'Craig David')])[0])).toEqual(['person:craig david']);
  });

  it('never links a one-letter name', () => {
    const x = article('x', {}, [entity('PERSON', 'D')], []);
    expect(shortNamesToLink(x)).toEqual([]);
    expect(linkShortNames([x, fullBlair('f1', 'Asher D')])[0]).toBe(x);
  });

  it("leaves a surname the article itself names in full (the resolver's decision stands)", () => {
    const x = article('x', {}, [entity('PERSON', 'Cherie Blair'), entity('PERSON', 'Blair')], []);
    expect(shortNamesToLink(x)).toEqual([]);
    const [after] = linkShortNames([x, fullBlair('f1')]);
    expect(after).toBe(x);
  });

  it('does not depend on the order of the articles in the batch', () => {
    const batch = [
      shortBlair('s1'), shortBlair('s2'), fullBlair('f1'),
      article('s3', {}, [entity('PERSON', 'Smith'), entity('PERSON', 'Brown', 'Mr Brown')], []),
      fullBlair('f2', 'John Smith'), fullBlair('f3', 'Anna Smith'), fullBlair('f4', 'Gordon Brown'),
    ];
    const byId = (xs: ArticleExtraction[]) => Object.fromEntries(xs.map((x) => [x.article.id, x]));
    const expected = byId(linkShortNames(batch));
    expect(keysOf(expected.s3)).toEqual(['person:smith', 'person:gordon brown']);
    expect(keysOf(expected.s1)[0]).toBe(TONY.key);
    fc.assert(fc.property(fc.shuffledSubarray(batch, { minLength: batch.length }), (shuffled) => {
      expect(byId(linkShortNames(shuffled))).toEqual(expected);
    }));
  });

  it('merges two entities that end up with one key', () => {
    // Not produced by the resolver today (it would have merged them), but must not yield a duplicate key.
    const x = article('x', {}, [entity('PERSON', 'Blair'), { ...entity('PERSON', 'Blair', 'Mr Blair'), key: 'person:blair 2' }], []);
    const table = linkTable([{ key: TONY.key, name: 'Tony Blair' }]);
    expect(table.surnames.get('blair')).toEqual({ key: TONY.key, name: 'Tony Blair' });
    expect([...table.firstNames]).toEqual(['tony']);
    const [after] = linkShortNames([x], [{ key: TONY.key, name: 'Tony Blair' }]);
    expect(after.entities).toHaveLength(1);
    expect(after.entities[0]).toMatchObject({ key: TONY.key, name: 'Tony Blair', aliases: ['Blair', 'Mr Blair'] });
    expect(after.entities[0].mentions).toHaveLength(3);
  });
});

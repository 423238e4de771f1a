// Surname linking through the real ingest path: the real extraction pipeline and the embedded
// graphology store. "Tony Blair said ..." and "Mr Blair said ..." in two articles give one node,
// in either order, in one call or across calls (when the full name came first). The store
// lookup is also run once against the real Neo4j test server (its own key prefix, cleared after).
// Also: an office title a new article leaves open is resolved from what the store holds.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/types.ts';
import { extractArticle } from '../../src/pipeline/extract-article.ts';
import { ingestArticles, ingestExtractions } from '../../src/pipeline/ingest.ts';
import type { GraphSnapshot } from '../../src/store/graph-store.ts';
import { openGraphologyStore } from '../../src/store/graphology-store.ts';
import { openNeo4jStore } from '../../src/store/neo4j-store.ts';
import { neo4jAvailable, neo4jSkipReason, neo4jTestConfig } from '../setup/neo4j-env.ts';

const article = (id: string, text: string): Article => ({ id, text, hash: `hash-${id}-${text.length}` });
const FULL = article('full', 'Tony Blair said the election would be held in May.');
const SHORT = article('short', 'Mr Blair said taxes would not rise. Blair also met Gordon Brown in London.');

async function freshStore() {
  const store = await openGraphologyStore({ dir: mkdtempSync(join(tmpdir(), 'kg-link-')) });
  await store.init();
  return store;
}

const persons = (s: GraphSnapshot): string[] => s.nodes.filter((n) => n.properties.type === 'PERSON').map((n) => n.key);
const mentionsOf = (s: GraphSnapshot, key: string): string[] =>
  s.edges.filter((e) => e.type === 'MENTIONS' && e.target === key).map((e) => e.source).sort();

describe('ingest links surname-only people', () => {
  it('the extraction really has a surname-only person (else this suite tests nothing)', () => {
    expect(extractArticle(SHORT).entities.map((e) => e.key)).toContain('person:blair');
  });

  it.each([
    ['full name first', [FULL, SHORT]],
    ['surname first', [SHORT, FULL]],
  ])('two articles in one call give one node (%s), with the short form as alias and its edges', async (_order, articles) => {
    const store = await freshStore();
    const summary = await ingestArticles(store, articles, { batchSize: 1 });
    expect(summary).toMatchObject({ read: 2, written: 2, failed: 0 });
    const s = await store.snapshot();
    expect(persons(s)).toEqual(['person:gordon brown', 'person:tony blair']);
    expect(mentionsOf(s, 'person:tony blair')).toEqual(['article:full', 'article:short']);
    const tony = s.nodes.find((n) => n.key === 'person:tony blair')!;
    expect(tony.properties).toMatchObject({ name: 'Tony Blair', articleCount: 2 });
    expect(tony.properties.aliases).toEqual(expect.arrayContaining(['Blair', 'Mr Blair']));
    const fromShort = s.edges.filter((e) => e.type !== 'MENTIONS' && (e.properties.articles as string[]).includes('short'));
    expect(fromShort.some((e) => e.source === 'person:tony blair' || e.target === 'person:tony blair')).toBe(true);
    expect(s.edges.some((e) => e.source === 'person:blair' || e.target === 'person:blair')).toBe(false);
    await store.close();
  });

  it('the graph does not depend on the order of the articles in a call', async () => {
    const texts = [
      FULL, SHORT,
      article('smith1', 'John Smith said the deal was good.'),
      article('smith2', 'Anna Smith criticised the deal.'),
      article('smith3', 'Mr Smith said he would resign.'),
    ];
    const graphs: GraphSnapshot[] = [];
    for (const order of [texts, [...texts].reverse(), [texts[4], texts[1], texts[2], texts[0], texts[3]]]) {
      const store = await freshStore();
      await ingestArticles(store, order, { batchSize: 2 });
      graphs.push(await store.snapshot());
      await store.close();
    }
    expect(graphs[1]).toEqual(graphs[0]);
    expect(graphs[2]).toEqual(graphs[0]);
    // Two different Smiths: the ambiguous surname stays its own node.
    expect(persons(graphs[0])).toEqual(expect.arrayContaining(['person:smith', 'person:john smith', 'person:anna smith', 'person:tony blair']));
    expect(persons(graphs[0])).not.toContain('person:blair');
  });

  it('a full name already in the store links a later call\'s surname-only article', async () => {
    const store = await freshStore();
    await ingestExtractions(store, [extractArticle(FULL)]);
    await ingestExtractions(store, [extractArticle(SHORT)]);
    const s = await store.snapshot();
    expect(persons(s)).toEqual(['person:gordon brown', 'person:tony blair']);
    expect(mentionsOf(s, 'person:tony blair')).toEqual(['article:full', 'article:short']);
    await store.close();
  });

  it('known limit: a later call bringing the first full name does not retro-merge an earlier surname-only node', async () => {
    const store = await freshStore();
    await ingestExtractions(store, [extractArticle(SHORT)]);
    await ingestExtractions(store, [extractArticle(FULL)]);
    expect(persons(await store.snapshot())).toEqual(['person:blair', 'person:gordon brown', 'person:tony blair']);
    await store.close();
  });

  it('linkShortNames: false writes the extractions as they are', async () => {
    const store = await freshStore();
    await ingestArticles(store, [FULL, SHORT], { linkShortNames: false });
    expect(persons(await store.snapshot())).toContain('person:blair');
    await store.close();
  });

  it('keeps the last version of an article id when an earlier version was held back for linking', async () => {
    const edited = article('short', 'Gordon Brown said taxes would not rise.');
    const store = await freshStore();
    const summary = await ingestArticles(store, [SHORT, FULL, edited], { batchSize: 1 });
    expect(summary).toMatchObject({ read: 3, written: 3, replaced: 1 });
    const s = await store.snapshot();
    expect(s.nodes.find((n) => n.key === 'article:short')?.properties.hash).toBe(edited.hash);
    expect(mentionsOf(s, 'person:tony blair')).toEqual(['article:full']);
    await store.close();
  });
});

describe.skipIf(!neo4jAvailable)(`ingest links surname-only people in Neo4j (skipped: ${neo4jSkipReason || 'no'})`, () => {
  it("a full name already in the Neo4j store links a later call's surname-only article", async () => {
    const cfg = neo4jTestConfig()!;
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
    const store = await openNeo4jStore({ driver, database: cfg.database, keyPrefix: `link-${process.pid}-${Date.now().toString(36)}/` });
    try {
      await store.init();
      await ingestExtractions(store, [extractArticle(FULL)]);
      await ingestExtractions(store, [extractArticle(SHORT)]);
      const s = await store.snapshot();
      expect(persons(s)).toEqual(['person:gordon brown', 'person:tony blair']);
      expect(mentionsOf(s, 'person:tony blair')).toEqual(['article:full', 'article:short']);
    } finally {
      await store.clear();
      await store.close();
    }
  });
});

describe('ingest resolves an office title from what the store already holds', () => {
  const titled = [
    article('pm1', 'Prime Minister Tony Blair visited Leeds on Monday.'),
    article('pm2', 'Prime Minister Tony Blair met union leaders in London.'),
  ];
  const later = article('later', 'Mr Blair spoke in Chatham on Tuesday. Later the prime minister criticised Michael Howard.');
  const criticises = (s: GraphSnapshot): boolean =>
    s.edges.some((e) => e.source === 'person:tony blair' && e.target === 'person:michael howard' && e.properties.predicate === 'criticise');

  it('a new article alone: "the prime minister" is the holder earlier articles named', async () => {
    const store = await freshStore();
    await ingestArticles(store, titled);
    expect(await store.titledPersons(['prime minister'])).toEqual([{ title: 'prime minister', key: 'person:tony blair', name: 'Tony Blair', articles: 2 }]);
    await ingestArticles(store, [later]);
    expect(criticises(await store.snapshot())).toBe(true);
  });

  it('without those earlier articles the title stays open', async () => {
    const store = await freshStore();
    await ingestArticles(store, [later]);
    expect(criticises(await store.snapshot())).toBe(false);
  });
});

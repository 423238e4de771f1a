// The GraphStore contract: one suite every adapter must pass (graphology and the real Neo4j
// server alike), in the manner of graphology's specs(Graph) and unstorage's driver tests.
// `makeStore` must return an initialised store over an EMPTY graph.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conceptKey, entityKey } from '../../src/model/keys.ts';
import type { ArticleExtraction } from '../../src/model/types.ts';
import type { GraphSnapshot, GraphStore, SnapshotEdge } from '../../src/store/graph-store.ts';
import { relationKey } from '../../src/store/relation-key.ts';
import { statsFromSnapshot } from '../../src/store/snapshot-stats.ts';
import { A, A2, B, BIDEN, NATO, PUTIN, RUSSIA, article, arbitraryHistory, con, ent, entity } from './fixtures.ts';

const node = (s: GraphSnapshot, key: string) => s.nodes.find((n) => n.key === key);
const edgesOf = (s: GraphSnapshot, type: string): SnapshotEdge[] => s.edges.filter((e) => e.type === type);
const rel = (s: GraphSnapshot, subject: string, type: string, predicate: string, object: string, negated = false) =>
  s.edges.find((e) => e.key === relationKey(subject, type, predicate, object, negated));
const evidenceOf = (e: SnapshotEdge | undefined) => JSON.parse(String(e?.properties.evidence)) as Array<Record<string, unknown>>;

/** `propertyRuns`: how many random histories the retraction property tries (fewer for slow stores). */
export function storeContract(
  name: string,
  makeStore: () => Promise<GraphStore>,
  cleanup: (store: GraphStore) => Promise<void>,
  propertyRuns = 100,
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await cleanup(store);
    });

    /** A second, empty store to compare against (the first is cleaned up first). */
    async function fresh(): Promise<GraphStore> {
      await cleanup(store);
      store = await makeStore();
      return store;
    }

    it('starts empty', async () => {
      expect(await store.snapshot()).toEqual({ nodes: [], edges: [] });
    });

    it('ingests an article: nodes, labels, MENTIONS and relation edges with evidence', async () => {
      expect(await store.ingest([A])).toEqual({ written: 1, unchanged: 0, replaced: 0 });
      const s = await store.snapshot();
      expect(s.nodes.map((n) => n.key)).toEqual(['article:a1', 'concept:summit', 'person:joe biden', 'person:vladimir putin', 'loc:russia'].sort());
      expect(node(s, 'article:a1')).toEqual({
        key: 'article:a1',
        labels: ['Article'],
        properties: { id: 'a1', hash: A.article.hash, title: 'Biden and Putin', date: '2024-01-02', source: 'ANI', url: 'https://example.org/a1', place: 'Washington DC' },
      });
      expect(node(s, PUTIN.key)).toEqual({
        key: PUTIN.key,
        labels: ['Entity', 'Person'],
        properties: { name: 'Vladimir Putin', type: 'PERSON', aliases: ['Putin'], mentionCount: 2, articleCount: 1, firstSeen: '2024-01-02', lastSeen: '2024-01-02' },
      });
      expect(node(s, RUSSIA.key)?.labels).toEqual(['Entity', 'Location']);
      expect(node(s, 'concept:summit')).toEqual({ key: 'concept:summit', labels: ['Concept'], properties: { name: 'summit', mentionCount: 1 } });

      const mentions = edgesOf(s, 'MENTIONS');
      expect(mentions.map((m) => [m.source, m.target, m.properties.count])).toEqual(
        expect.arrayContaining([['article:a1', PUTIN.key, 2], ['article:a1', BIDEN.key, 1], ['article:a1', RUSSIA.key, 1]]),
      );
      expect(mentions).toHaveLength(3);

      const president = rel(s, PUTIN.key, 'PRESIDENT_OF', 'president', RUSSIA.key);
      expect(president).toBeDefined();
      expect(president?.source).toBe(PUTIN.key);
      expect(president?.target).toBe(RUSSIA.key);
      const { evidence, ...props } = president!.properties;
      expect(props).toEqual({ predicate: 'president', kind: 'role', negated: false, confidence: 0.9, count: 1, articleCount: 1, articles: ['a1'] });
      expect(JSON.parse(String(evidence))).toEqual([
        { articleId: 'a1', sentenceIndex: 1, start: 100, end: 140, sentence: 'Putin, the president of Russia, replied.', confidence: 0.9 },
      ]);
      expect(rel(s, BIDEN.key, 'PROPOSED', 'propose', 'concept:summit')?.target).toBe('concept:summit');
      expect(s.edges.filter((e) => e.type !== 'MENTIONS').map((e) => e.type).sort()).toEqual(['CRITICISED', 'PRESIDENT_OF', 'PROPOSED']);
    });

    it('re-ingesting the same article changes nothing', async () => {
      await store.ingest([A, B]);
      const before = await store.snapshot();
      expect(await store.ingest([A, B])).toEqual({ written: 0, unchanged: 2, replaced: 0 });
      expect(await store.ingest([B])).toEqual({ written: 0, unchanged: 1, replaced: 0 });
      expect(await store.snapshot()).toEqual(before);
    });

    it('merges entities, concepts and relations across articles', async () => {
      await store.ingest([A]);
      expect(await store.ingest([B])).toEqual({ written: 1, unchanged: 0, replaced: 0 });
      const s = await store.snapshot();
      expect(node(s, PUTIN.key)?.properties).toEqual({
        name: 'Vladimir Putin', type: 'PERSON', aliases: ['Putin'], mentionCount: 3, articleCount: 2, firstSeen: '2024-01-02', lastSeen: '2024-01-05',
      });
      expect(node(s, RUSSIA.key)?.properties.aliases).toEqual(['Russian Federation']);
      expect(node(s, NATO.key)?.labels).toEqual(['Entity', 'Organization']);
      // "summit" and "The Summit" share a key; on a tie in uses the name is the first in code-unit order, whatever the ingest order.
      expect(node(s, 'concept:summit')?.properties).toEqual({ name: 'The Summit', mentionCount: 2 });

      const president = rel(s, PUTIN.key, 'PRESIDENT_OF', 'president', RUSSIA.key)!;
      expect(president.properties).toMatchObject({ confidence: 0.95, count: 2, articleCount: 2, articles: ['a1', 'b1'] });
      expect(evidenceOf(president).map((e) => [e.articleId, e.sentenceIndex])).toEqual([['a1', 1], ['b1', 0]]);
      // Same sentence twice in B: one evidence item, the higher confidence.
      const nato = rel(s, NATO.key, 'CRITICISED', 'criticise', RUSSIA.key)!;
      expect(nato.properties).toMatchObject({ count: 1, confidence: 0.65 });
      expect(edgesOf(s, 'MENTIONS')).toHaveLength(6);

      // The other order gives the same graph.
      const other = await fresh();
      await other.ingest([B]);
      await other.ingest([A]);
      expect(await other.snapshot()).toEqual(s);
    });

    it('replaces a changed article: its old contribution is retracted', async () => {
      await store.ingest([A, B]);
      expect(await store.ingest([A2])).toEqual({ written: 1, unchanged: 0, replaced: 1 });
      const s = await store.snapshot();
      expect(node(s, BIDEN.key)).toBeUndefined();
      expect(rel(s, BIDEN.key, 'CRITICISED', 'criticise', PUTIN.key)).toBeUndefined();
      expect(node(s, 'article:a1')?.properties).toMatchObject({ title: 'Putin on peace', date: '2024-01-03', hash: A2.article.hash });
      expect(node(s, 'article:a1')?.properties.source).toBeUndefined();
      expect(node(s, PUTIN.key)?.properties).toEqual({
        name: 'Vladimir Putin', type: 'PERSON', aliases: [], mentionCount: 2, articleCount: 2, firstSeen: '2024-01-03', lastSeen: '2024-01-05',
      });
      const president = rel(s, PUTIN.key, 'PRESIDENT_OF', 'president', RUSSIA.key)!;
      expect(president.properties).toMatchObject({ confidence: 0.95, count: 1, articleCount: 1, articles: ['b1'] });
      expect(node(s, 'concept:summit')?.properties).toEqual({ name: 'The Summit', mentionCount: 1 });
      expect(node(s, 'concept:peace')).toBeDefined();

      // Exactly what ingesting B and the new A from scratch gives.
      const other = await fresh();
      await other.ingest([B, A2]);
      expect(await other.snapshot()).toEqual(s);
    });

    it('handles the same id twice in one batch in order (the later version wins)', async () => {
      expect(await store.ingest([A, A2])).toEqual({ written: 2, unchanged: 0, replaced: 1 });
      const s = await store.snapshot();
      const other = await fresh();
      await other.ingest([A2]);
      expect(await other.snapshot()).toEqual(s);
    });

    it('rejects a relationship type off the allow-list and writes nothing of the batch', async () => {
      const bad: ArticleExtraction = article('bad', {}, [entity('PERSON', 'Mallory')], [
        { s: ent('PERSON', 'Mallory'), p: 'delete', rel: 'DETACH_DELETE_ALL', o: con('everything'), sentence: 0, text: 'x', confidence: 1 },
      ]);
      await expect(store.ingest([A, bad])).rejects.toThrow(/"DETACH_DELETE_ALL".*allow-list/);
      await expect(store.ingest([bad])).rejects.toMatchObject({ name: 'InvalidExtractionError' });
      const injection = article('bad2', {}, [], [
        { s: PUTIN, p: 'x', rel: 'MET]->() DETACH DELETE n //', o: RUSSIA, sentence: 0, text: 'x', confidence: 1 },
      ]);
      await expect(store.ingest([injection])).rejects.toThrow(/allow-list/);
      expect(await store.snapshot()).toEqual({ nodes: [], edges: [] });
    });

    it('stores awkward values exactly (quotes, unicode, emoji, newlines, a very long sentence)', async () => {
      const weird = `O'Brien "the \\ Bold" <b>&amp;</b> \u00e9\u0301 \u4e2d\u6587 \ud83d\ude00 \n\t end`;
      const long = `${'A very long sentence, '.repeat(5000)}end.`;
      const id = `news/2024 "quoted" 'id' ${'\u00fc'}`;
      const x = article(id, { title: `'; MATCH (n) DETACH DELETE n //`, date: '2024-02-29T10:00:00Z', place: 'S\u00e3o Paulo' }, [
        entity('PERSON', weird, 'OBrien'),
        entity('ORG', 'Caf\u00e9 & Co. "Ltd"'),
      ], [
        { s: ent('PERSON', weird), p: 'say', rel: 'SAID', o: con(`"quoted" concept \ud83d\ude00`), sentence: 3, text: long, confidence: 0.42 },
        { s: ent('PERSON', weird), p: 'buy', rel: 'ACQUIRED', o: ent('ORG', 'Caf\u00e9 & Co. "Ltd"'), sentence: 4, text: weird, confidence: 1, negated: true },
      ]);
      await store.ingest([x]);
      const s = await store.snapshot();
      const person = node(s, entityKey('PERSON', weird))!;
      expect(person.properties.name).toBe(weird);
      expect(person.properties.aliases).toEqual(['OBrien']);
      expect(node(s, `article:${id}`)?.properties).toMatchObject({ id, title: `'; MATCH (n) DETACH DELETE n //`, place: 'S\u00e3o Paulo' });
      const said = rel(s, entityKey('PERSON', weird), 'SAID', 'say', conceptKey(`"quoted" concept \ud83d\ude00`))!;
      expect(evidenceOf(said)[0].sentence).toBe(long);
      const bought = rel(s, entityKey('PERSON', weird), 'ACQUIRED', 'buy', entityKey('ORG', 'Caf\u00e9 & Co. "Ltd"'), true)!;
      expect(bought.properties).toMatchObject({ negated: true, confidence: 1 });
      expect(typeof bought.properties.confidence).toBe('number');
      expect(await store.ingest([x])).toEqual({ written: 0, unchanged: 1, replaced: 0 });
    });

    it('any history of ingests and changes ends in the graph of the final versions alone', async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryHistory(), async (history) => {
          const used = await fresh();
          for (const batch of history.batches) await used.ingest(batch);
          const got = await used.snapshot();
          const clean = await fresh();
          await clean.ingest(history.finalVersions);
          expect(got).toEqual(await clean.snapshot());
        }),
        { numRuns: propertyRuns },
      );
    });

    it('finds full-name persons by first or last name token (personsByNameEnds), PERSON only', async () => {
      const blairs = article('blairs', { date: '2024-03-01' }, [
        entity('PERSON', 'Tony Blair', 'Mr Blair'),
        entity('PERSON', 'Cherie Blair'),
        entity('PERSON', 'Blair'),
        entity('PERSON', 'Blair Peters'),
        entity('PERSON', 'Ian Blair Smith'),
        entity('ORG', 'Friends of Blair'),
        entity('LOC', 'Port Blair'),
        entity('PERSON', 'Jos\u00e9 Mourinho'),
      ], []);
      expect(await store.personsByNameEnds(['blair'])).toEqual([]);
      await store.ingest([A, B, blairs]);
      // A middle token, a single-token person, an organisation or a place never matches.
      // With the number of articles naming each (Putin is in A and B).
      expect(await store.personsByNameEnds(['Blair', 'putin', 'nobody'])).toEqual([
        { key: 'person:blair peters', name: 'Blair Peters', articleCount: 1 },
        { key: 'person:cherie blair', name: 'Cherie Blair', articleCount: 1 },
        { key: 'person:tony blair', name: 'Tony Blair', articleCount: 1 },
        { key: PUTIN.key, name: 'Vladimir Putin', articleCount: 2 },
      ]);
      // Case and accents fold as in normalizeName.
      expect(await store.personsByNameEnds(['MOURINHO'])).toEqual([{ key: 'person:jose mourinho', name: 'Jos\u00e9 Mourinho', articleCount: 1 }]);
      expect(await store.personsByNameEnds(['vladimir', 'russia', 'nato'])).toEqual([{ key: PUTIN.key, name: 'Vladimir Putin', articleCount: 2 }]);
      expect(await store.personsByNameEnds([])).toEqual([]);
      expect(await store.personsByNameEnds(['', ' '])).toEqual([]);
    });

    it('finds persons named with a title before the name, per title, with the number of such articles (titledPersons)', async () => {
      const pm1 = article('pm1', {}, [entity('PERSON', 'Tony Blair', 'Prime Minister Tony Blair', 'Mr Blair')], []);
      const pm2 = article('pm2', {}, [entity('PERSON', 'Tony Blair', 'British Prime Minister Tony Blair'), entity('PERSON', 'Gordon Brown', 'Chancellor Gordon Brown')], []);
      const other = article('other', {}, [entity('PERSON', 'Tony Blair', 'Mr Blair'), entity('PERSON', 'John Prescott', 'the prime minister'), entity('ORG', 'Prime Minister Office', 'Prime Minister Office')], []);
      expect(await store.titledPersons(['prime minister'])).toEqual([]);
      await store.ingest([pm1, pm2, other]);
      // Case folded; the title must stand right before the name (not "the prime minister" alone).
      expect(await store.titledPersons(['Prime Minister', 'chancellor', 'president'])).toEqual([
        { title: 'chancellor', key: 'person:gordon brown', name: 'Gordon Brown', articles: 1 },
        { title: 'prime minister', key: 'person:tony blair', name: 'Tony Blair', articles: 2 },
      ]);
      expect(await store.titledPersons([])).toEqual([]);
    });

    it('computes stats', async () => {
      await store.ingest([A, B]);
      const stats = await store.stats(3);
      expect(stats).toMatchObject({
        articles: 2, entities: 4, concepts: 1, relations: 5, mentions: 6,
        entitiesByType: { PERSON: 2, LOC: 1, ORG: 1 },
        relationsByType: { CRITICISED: 2, PRESIDENT_OF: 1, PROPOSED: 2 },
      });
      expect(stats.topEntities[0]).toEqual({ key: PUTIN.key, name: 'Vladimir Putin', type: 'PERSON', mentionCount: 3, degree: 3 });
      expect(stats.topEntities).toHaveLength(3);
      expect(stats.topPredicates[0]).toEqual({ predicate: 'criticise', type: 'CRITICISED', count: 2 });
      expect(stats).toEqual(statsFromSnapshot(await store.snapshot(), 3));
      expect((await store.stats()).topEntities).toHaveLength(4);
    });
  });
}

// Hand-written ArticleExtraction fixtures for the store contract suite: small articles about
// the same people so that merging, replacing and retracting can be checked value by value.
// Independent of the extraction pipeline on purpose.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { conceptKey, entityKey } from '../../src/model/keys.ts';
import type { ArticleEntity, ArticleExtraction, EntityType, Mention, Triple, TripleNode } from '../../src/model/types.ts';

export const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

export function ent(type: EntityType, name: string): TripleNode {
  return { kind: 'entity', key: entityKey(type, name), name, type };
}

export function con(name: string): TripleNode {
  return { kind: 'concept', key: conceptKey(name), name };
}

function mention(type: EntityType, text: string, sentence: number): Mention {
  return { type, text, tokenStart: 0, tokenEnd: 1, start: 0, end: text.length, sentence, source: 'ner' };
}

/** An entity with one mention per surface form given (the first is the name). */
export function entity(type: EntityType, name: string, ...surface: string[]): ArticleEntity {
  const forms = [name, ...surface];
  return {
    key: entityKey(type, name),
    name,
    type,
    aliases: surface.filter((s) => s !== name),
    mentions: forms.map((f, i) => mention(type, f, i)),
  };
}

export interface TripleSpec {
  s: TripleNode;
  p: string;
  rel: string;
  o: TripleNode;
  sentence: number;
  text: string;
  confidence: number;
  negated?: boolean;
  kind?: 'fact' | 'role';
}

export function triple(articleId: string, t: TripleSpec): Triple {
  return {
    subject: t.s,
    predicate: t.p,
    relType: t.rel,
    object: t.o,
    negated: t.negated ?? false,
    kind: t.kind ?? 'fact',
    evidence: { articleId, sentenceIndex: t.sentence, start: t.sentence * 100, end: t.sentence * 100 + t.text.length, sentence: t.text, confidence: t.confidence },
  };
}

export function article(
  id: string,
  meta: { date?: string; title?: string; source?: string; url?: string; place?: string; text?: string },
  entities: ArticleEntity[],
  triples: TripleSpec[],
): ArticleExtraction {
  const text = meta.text ?? `${id} ${JSON.stringify(triples.map((t) => t.text))}`;
  return {
    article: { id, text, hash: sha(text), title: meta.title, date: meta.date, source: meta.source, url: meta.url, place: meta.place },
    entities,
    triples: triples.map((t) => triple(id, t)),
  };
}

export const PUTIN = ent('PERSON', 'Vladimir Putin');
export const BIDEN = ent('PERSON', 'Joe Biden');
export const RUSSIA = ent('LOC', 'Russia');
export const NATO = ent('ORG', 'NATO');

/** Article A: Biden criticises Putin, Putin is president of Russia, Biden proposes a summit. */
export const A = article('a1', { date: '2024-01-02', title: 'Biden and Putin', source: 'ANI', url: 'https://example.org/a1', place: 'Washington DC' }, [
  entity('PERSON', 'Vladimir Putin', 'Putin'),
  entity('PERSON', 'Joe Biden'),
  entity('LOC', 'Russia'),
], [
  { s: BIDEN, p: 'criticise', rel: 'CRITICISED', o: PUTIN, sentence: 0, text: 'Biden criticised Putin.', confidence: 0.8 },
  { s: PUTIN, p: 'president', rel: 'PRESIDENT_OF', o: RUSSIA, sentence: 1, text: 'Putin, the president of Russia, replied.', confidence: 0.9, kind: 'role' },
  { s: BIDEN, p: 'propose', rel: 'PROPOSED', o: con('summit'), sentence: 2, text: 'Biden proposed a summit.', confidence: 0.7 },
]);

/** Article B: the same Putin and Russia, plus NATO; "The Summit" is the same concept as "summit". */
export const B = article('b1', { date: '2024-01-05', title: 'NATO and Russia' }, [
  entity('PERSON', 'Vladimir Putin'),
  entity('LOC', 'Russia', 'Russian Federation'),
  entity('ORG', 'NATO'),
], [
  { s: PUTIN, p: 'president', rel: 'PRESIDENT_OF', o: RUSSIA, sentence: 0, text: 'President Putin of Russia spoke.', confidence: 0.95, kind: 'role' },
  { s: NATO, p: 'criticise', rel: 'CRITICISED', o: RUSSIA, sentence: 1, text: 'NATO criticised Russia.', confidence: 0.6 },
  { s: PUTIN, p: 'propose', rel: 'PROPOSED', o: con('The Summit'), sentence: 2, text: 'Putin proposed the Summit.', confidence: 0.75 },
  // The same fact said twice in one sentence counts once.
  { s: NATO, p: 'criticise', rel: 'CRITICISED', o: RUSSIA, sentence: 1, text: 'NATO criticised Russia.', confidence: 0.65 },
]);

/** Article A, edited: Biden is gone, Putin now only says something about peace. */
export const A2 = article('a1', { date: '2024-01-03', title: 'Putin on peace', text: 'edited text of a1' }, [
  entity('PERSON', 'Vladimir Putin'),
], [
  { s: PUTIN, p: 'say', rel: 'SAID', o: con('peace'), sentence: 0, text: 'Putin said peace was possible.', confidence: 0.5 },
]);

/**
 * Random ingest histories over a tiny world (3 article ids, entities and concepts with
 * several spellings of one key, a few relation types), small enough that no cap is reached:
 * `batches` is what gets ingested, `finalVersions` the last version of each id, in id order.
 */
export function arbitraryHistory(): fc.Arbitrary<{ batches: ArticleExtraction[][]; finalVersions: ArticleExtraction[] }> {
  const people: Array<[EntityType, string]> = [['PERSON', 'Ann Lee'], ['PERSON', 'ann lee'], ['ORG', 'Acme'], ['LOC', 'Paris'], ['LOC', 'PARIS']];
  const concepts = ['deal', 'Deal', 'DEAL', 'the plan'];
  const rels: Array<[string, string, 'fact' | 'role']> = [['MET', 'meet', 'fact'], ['SAID', 'say', 'fact'], ['LEADER_OF', 'leader', 'role']];
  const version = (id: string) => fc.record({
    date: fc.constantFrom('2024-01-01', '2024-02-01', undefined),
    ents: fc.uniqueArray(fc.integer({ min: 0, max: people.length - 1 }), { minLength: 1, maxLength: 3 }),
    extra: fc.array(fc.constantFrom('Lee', 'A.L.', 'City of Light'), { maxLength: 2 }),
    triples: fc.array(fc.record({
      s: fc.nat(), o: fc.nat(), concept: fc.boolean(), rel: fc.integer({ min: 0, max: rels.length - 1 }),
      sentence: fc.integer({ min: 0, max: 3 }), confidence: fc.constantFrom(0.1, 0.5, 0.9), negated: fc.boolean(),
    }), { maxLength: 4 }),
  }).map((v) => {
    const chosen = v.ents.map((i) => people[i]);
    const entities = chosen.map(([type, name], i) => entity(type, name, ...(i === 0 ? v.extra : [])));
    const triples: TripleSpec[] = v.triples.map((t) => {
      const [stype, sname] = chosen[t.s % chosen.length];
      const [otype, oname] = chosen[t.o % chosen.length];
      const [rel, p, kind] = rels[t.rel];
      return {
        s: ent(stype, sname), p, rel, kind, sentence: t.sentence, confidence: t.confidence, negated: t.negated,
        o: t.concept ? con(concepts[t.o % concepts.length]) : ent(otype, oname),
        text: `Sentence ${t.sentence} of ${id}.`,
      };
    });
    return article(id, { date: v.date, title: `About ${id}`, text: `${id} ${JSON.stringify(v)}` }, entities, triples);
  });
  const anyVersion = fc.constantFrom('p', 'q', 'r').chain(version);
  return fc.array(fc.array(anyVersion, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }).map((batches) => {
    const last = new Map<string, ArticleExtraction>();
    for (const x of batches.flat()) last.set(x.article.id, x);
    return { batches, finalVersions: [...last.keys()].sort().map((id) => last.get(id)!) };
  });
}

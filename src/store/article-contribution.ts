// Turns one ArticleExtraction into exactly what it contributes to the graph: its Article node,
// one mention row per entity, the concepts it touches and one row per relation edge (triples
// grouped by their deterministic edge key, evidence deduplicated by sentence). Pure, and shared
// by both stores, so the graphology and Neo4j graphs are built from the very same rows. This is
// also where the relationship-type allow-list is enforced, before anything is written.
import { articleKey, conceptKey, entityKey } from '../model/keys.ts';
import type { ArticleExtraction, EntityType, Evidence, TripleNode } from '../model/types.ts';
import { assertAllowedRelationshipType, entityLabel } from '../schema/schema.ts';
import { relationKey } from './relation-key.ts';
import { InvalidExtractionError } from './store-errors.ts';

/** Article node properties (undefined metadata is left out, never stored as null). */
export type ArticleProps = Record<string, string>;

export interface EntityMentionRow {
  key: string;
  /** Second label beside 'Entity' (Person, Organization, Location). */
  label: string;
  type: EntityType;
  name: string;
  /** Surface forms used in this article other than `name`, sorted. */
  aliases: string[];
  /** Mentions of the entity in this article (0 when only a triple referred to it). */
  count: number;
}

export interface ConceptRow {
  key: string;
  name: string;
  /** Triple ends in this article that are this concept. */
  count: number;
}

/** One evidence sentence as stored on a relation edge. */
export type EvidenceItem = Evidence;

export interface RelationRow {
  key: string;
  type: string;
  source: string;
  target: string;
  sourceKind: 'entity' | 'concept';
  targetKind: 'entity' | 'concept';
  predicate: string;
  kind: 'fact' | 'role';
  negated: boolean;
  /** Highest confidence among this article's evidence. */
  confidence: number;
  /** Distinct evidence sentences in this article. */
  count: number;
  /** One item per distinct sentence, sorted by sentenceIndex. */
  evidence: EvidenceItem[];
}

export interface ArticleContribution {
  id: string;
  key: string;
  hash: string;
  date?: string;
  props: ArticleProps;
  mentions: EntityMentionRow[];
  concepts: ConceptRow[];
  relations: RelationRow[];
}

function articleProps(x: ArticleExtraction): ArticleProps {
  const a = x.article;
  const props: ArticleProps = { id: a.id, hash: a.hash };
  for (const field of ['title', 'date', 'source', 'url', 'place'] as const) {
    const value = a[field];
    if (typeof value === 'string' && value !== '') props[field] = value;
  }
  return props;
}

/** Compare evidence deterministically: article, sentence, offsets. */
export function compareEvidence(a: EvidenceItem, b: EvidenceItem): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.sentenceIndex - b.sentenceIndex || a.start - b.start || a.end - b.end;
}

/**
 * What `x` contributes to the graph. Throws InvalidExtractionError (naming the article and
 * the offending value) for a relationship type off the allow-list or a node without a key.
 */
export function articleContribution(x: ArticleExtraction): ArticleContribution {
  const id = x.article.id;
  if (!id) throw new InvalidExtractionError('An article has an empty id: give every article a stable id before ingesting it.');

  const mentions = new Map<string, EntityMentionRow>();
  const addEntity = (type: EntityType, name: string, surface: string[], count: number): string => {
    const key = entityKey(type, name);
    if (key.endsWith(':')) {
      throw new InvalidExtractionError(`Article "${id}": entity name ${JSON.stringify(name)} normalises to nothing, so it has no key; drop it in extraction.`);
    }
    let row = mentions.get(key);
    if (!row) {
      row = { key, label: entityLabel(type), type, name, aliases: [], count: 0 };
      mentions.set(key, row);
    }
    row.count += count;
    const aliases = new Set(row.aliases);
    for (const s of surface) if (s && s !== row.name) aliases.add(s);
    row.aliases = [...aliases].sort();
    return key;
  };

  for (const e of x.entities) addEntity(e.type, e.name, [...e.aliases, ...e.mentions.filter((m) => m.source !== 'pronoun').map((m) => m.text)], e.mentions.length);

  const concepts = new Map<string, ConceptRow>();
  const endpoint = (node: TripleNode): { key: string; kind: 'entity' | 'concept' } => {
    if (node.kind === 'entity') return { key: addEntity(node.type, node.name, [], 0), kind: 'entity' };
    const key = conceptKey(node.name);
    if (key === 'concept:') {
      throw new InvalidExtractionError(`Article "${id}": concept ${JSON.stringify(node.name)} normalises to nothing, so it has no key; drop the triple in extraction.`);
    }
    let row = concepts.get(key);
    if (!row) {
      row = { key, name: node.name, count: 0 };
      concepts.set(key, row);
    }
    row.count += 1;
    return { key, kind: 'concept' };
  };

  const relations = new Map<string, RelationRow>();
  for (const t of x.triples) {
    try {
      assertAllowedRelationshipType(t.relType);
    } catch (cause) {
      throw new InvalidExtractionError(
        `Article "${id}": triple (${JSON.stringify(t.subject.name)} -${t.predicate}-> ${JSON.stringify(t.object.name)}) has relationship type ${JSON.stringify(t.relType)}, which is not in graph-schema/schema.json's allow-list; map predicates with relationTypeFor(). Nothing of this batch was written.`,
        { cause },
      );
    }
    const s = endpoint(t.subject);
    const o = endpoint(t.object);
    const key = relationKey(s.key, t.relType, t.predicate, o.key, t.negated);
    let row = relations.get(key);
    if (!row) {
      row = {
        key, type: t.relType, source: s.key, target: o.key, sourceKind: s.kind, targetKind: o.kind,
        predicate: t.predicate, kind: t.kind, negated: t.negated, confidence: 0, count: 0, evidence: [],
      };
      relations.set(key, row);
    }
    const ev: EvidenceItem = { ...t.evidence, articleId: id };
    const same = row.evidence.findIndex((e) => e.sentenceIndex === ev.sentenceIndex);
    if (same < 0) row.evidence.push(ev);
    else if (ev.confidence > row.evidence[same].confidence) row.evidence[same] = ev;
    row.confidence = Math.max(row.confidence, ev.confidence);
  }
  for (const row of relations.values()) {
    row.evidence.sort(compareEvidence);
    row.count = row.evidence.length;
  }

  const byKey = <T extends { key: string }>(a: T, b: T): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const props = articleProps(x);
  return {
    id,
    key: articleKey(id),
    hash: x.article.hash,
    date: props.date,
    props,
    mentions: [...mentions.values()].sort(byKey),
    concepts: [...concepts.values()].sort(byKey),
    relations: [...relations.values()].sort(byKey),
  };
}

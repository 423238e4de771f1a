// How contributions of many articles fold into one node or edge: pure functions, shared by both
// stores so that their graphs cannot drift apart. Entity properties are recomputed from the
// per-article MENTIONS records; concept and relation properties are kept incrementally (add on
// ingest, subtract on retraction). Either way the result does not depend on ingest order.
import { compareEvidence, type EvidenceItem, type RelationRow } from './article-contribution.ts';

export const MAX_ALIASES = 50;
export const MAX_EVIDENCE = 20;
export const MAX_ARTICLES = 100;

export type PropValue = string | number | boolean | string[];
export type Props = Record<string, PropValue>;

/** What one article said about one entity, as kept on its MENTIONS edge (plus the article's id and date). */
export interface EntityMentionRecord {
  articleId: string;
  date?: string;
  name: string;
  aliases: string[];
  count: number;
}

export interface EntityAggregate {
  name: string;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  firstSeen?: string;
  lastSeen?: string;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Fold the MENTIONS records of one entity. The name is the one most articles used (ties: most
 * mentions, then code-unit order); aliases are every other surface form, sorted, capped.
 */
export function aggregateEntity(records: readonly EntityMentionRecord[]): EntityAggregate {
  const names = new Map<string, { articles: number; mentions: number }>();
  const forms = new Set<string>();
  let mentionCount = 0;
  let firstSeen: string | undefined;
  let lastSeen: string | undefined;
  for (const r of records) {
    const n = names.get(r.name) ?? { articles: 0, mentions: 0 };
    n.articles += 1;
    n.mentions += r.count;
    names.set(r.name, n);
    forms.add(r.name);
    for (const a of r.aliases) forms.add(a);
    mentionCount += r.count;
    if (r.date) {
      if (firstSeen === undefined || r.date < firstSeen) firstSeen = r.date;
      if (lastSeen === undefined || r.date > lastSeen) lastSeen = r.date;
    }
  }
  const [name] = [...names.entries()].sort(
    ([a, x], [b, y]) => y.articles - x.articles || y.mentions - x.mentions || byCodeUnit(a, b),
  )[0] ?? [''];
  forms.delete(name);
  const out: EntityAggregate = {
    name,
    aliases: [...forms].sort(byCodeUnit).slice(0, MAX_ALIASES),
    mentionCount,
    articleCount: records.length,
  };
  if (firstSeen !== undefined) out.firstSeen = firstSeen;
  if (lastSeen !== undefined) out.lastSeen = lastSeen;
  return out;
}

export interface ConceptProps {
  name: string;
  mentionCount: number;
  /** JSON text {spelling: uses}: bookkeeping that makes `name` exactly retractable (not exported). */
  spellings: string;
}

function parseSpellings(existing: ConceptProps | undefined): Map<string, number> {
  if (!existing) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(existing.spellings) as Record<string, number>));
  } catch {
    return new Map([[existing.name, existing.mentionCount]]);
  }
}

/** Name = the spelling with most uses (ties: code-unit order); undefined when no use is left. */
function conceptFrom(spellings: Map<string, number>): ConceptProps | undefined {
  const live = [...spellings].filter(([, n]) => n > 0).sort(([a, x], [b, y]) => y - x || byCodeUnit(a, b));
  if (live.length === 0) return undefined;
  return {
    name: live[0][0],
    mentionCount: live.reduce((sum, [, n]) => sum + n, 0),
    spellings: JSON.stringify(Object.fromEntries([...live].sort(([a], [b]) => byCodeUnit(a, b)))),
  };
}

/** Add one article's `count` uses of a concept spelt `name`. */
export function addConcept(existing: ConceptProps | undefined, name: string, count: number): ConceptProps {
  const spellings = parseSpellings(existing);
  spellings.set(name, (spellings.get(name) ?? 0) + count);
  return conceptFrom(spellings)!;
}

/** Take back one article's uses; undefined when nothing is left (the node is deleted). */
export function retractConcept(existing: ConceptProps | undefined, name: string, count: number): ConceptProps | undefined {
  if (!existing) return undefined;
  const spellings = parseSpellings(existing);
  spellings.set(name, (spellings.get(name) ?? 0) - count);
  return conceptFrom(spellings);
}

/** The stored properties of a relation edge (its `key` aside). */
export interface RelationProps {
  predicate: string;
  kind: string;
  negated: boolean;
  confidence: number;
  count: number;
  articleCount: number;
  articles: string[];
  /** JSON text: at most MAX_EVIDENCE EvidenceItem, sorted by articleId, sentenceIndex, start. */
  evidence: string;
}

function parseEvidence(json: string): EvidenceItem[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as EvidenceItem[]) : [];
  } catch {
    return [];
  }
}

/** Fold one article's row into an edge. Keeps the MAX_EVIDENCE smallest evidence items, so the result does not depend on ingest order. */
export function addRelation(existing: RelationProps | undefined, row: RelationRow, articleId: string): RelationProps {
  const evidence = [...(existing ? parseEvidence(existing.evidence) : []), ...row.evidence]
    .sort(compareEvidence)
    .slice(0, MAX_EVIDENCE);
  const articles = [...new Set([...(existing?.articles ?? []), articleId])].sort(byCodeUnit).slice(0, MAX_ARTICLES);
  return {
    predicate: row.predicate,
    kind: row.kind,
    negated: row.negated,
    confidence: Math.max(existing?.confidence ?? 0, row.confidence),
    count: (existing?.count ?? 0) + row.count,
    articleCount: (existing?.articleCount ?? 0) + 1,
    articles,
    evidence: JSON.stringify(evidence),
  };
}

/**
 * Take back what article `articleId` added (`count` evidence sentences). Exact for counts, the
 * article list and its evidence; confidence is recomputed from the remaining evidence when that
 * list is complete, else kept (an upper bound). Undefined when nothing is left.
 */
export function retractRelation(existing: RelationProps | undefined, articleId: string, count: number): RelationProps | undefined {
  if (!existing) return undefined;
  const articleCount = existing.articleCount - 1;
  const remaining = existing.count - count;
  if (articleCount <= 0 || remaining <= 0) return undefined;
  const evidence = parseEvidence(existing.evidence).filter((e) => e.articleId !== articleId);
  const confidence = evidence.length === remaining
    ? evidence.reduce((m, e) => Math.max(m, e.confidence), 0)
    : existing.confidence;
  return {
    ...existing,
    confidence,
    count: remaining,
    articleCount,
    articles: existing.articles.filter((a) => a !== articleId),
    evidence: JSON.stringify(evidence),
  };
}

/** What an Article node remembers of its own contribution, so a changed article can be retracted. */
export interface ContributionRecord {
  /** [edgeKey, relType, sourceKey, targetKey, count] per relation edge. */
  relations: Array<[string, string, string, string, number]>;
  /** [conceptKey, count, spelling] per concept. */
  concepts: Array<[string, number, string]>;
  /** Entity keys it has MENTIONS edges to. */
  entities: string[];
}

export function contributionRecord(c: {
  relations: readonly RelationRow[];
  concepts: ReadonlyArray<{ key: string; count: number; name: string }>;
  mentions: ReadonlyArray<{ key: string }>;
}): ContributionRecord {
  return {
    relations: c.relations.map((r) => [r.key, r.type, r.source, r.target, r.count]),
    concepts: c.concepts.map((x) => [x.key, x.count, x.name]),
    entities: c.mentions.map((m) => m.key),
  };
}

/** Read back a record; anything unreadable counts as "contributed nothing". */
export function parseContributionRecord(json: unknown): ContributionRecord {
  const empty: ContributionRecord = { relations: [], concepts: [], entities: [] };
  if (typeof json !== 'string') return empty;
  try {
    const r = JSON.parse(json) as Partial<ContributionRecord>;
    return { relations: r.relations ?? [], concepts: r.concepts ?? [], entities: r.entities ?? [] };
  } catch {
    return empty;
  }
}

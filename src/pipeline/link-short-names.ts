// Cross-article linking of surname-only people. Within one article the resolver already maps
// "Mr Blair" to "Tony Blair"; an article that only ever says "Mr Blair" still yields a PERSON
// named "Blair" (key person:blair), a node apart from person:tony blair, so a query for Tony
// Blair misses its edges. Here, before an extraction is written, a single-token PERSON whose
// normalised name is the last token of exactly ONE known full-name PERSON takes that person's
// key and name; its own name becomes an alias and every triple end with the old key follows.
// Evidence, mentions and everything else are untouched. Pure: the caller says which full names
// are known (the whole ingest batch plus what the store already holds, see ingest.ts).
//
// Rules, and why:
// - Only PERSON on both sides: a surname that is also a place ("Jordan") or an organisation is
//   never touched, and a first name ("Tony") never matches (only the LAST token counts).
// - Ambiguity links nothing: two different full names ending in "Smith" leave "Smith" alone,
//   unless one of them dominates: named in at least DOMINANCE times as many articles as all the
//   others together, and in at least MIN_DOMINANT_ARTICLES ("Blair" is Tony Blair in a corpus of
//   UK politics that also mentions Cherie and Ian Blair a few times).
// - A short name that is also the FIRST name of a known full-name person ("David": David
//   Beckham, David Blunkett...) may be a first name, so it links only when the article used it
//   after a title ("Mr David"): on the BBC corpus this stops "David" -> "Craig David",
//   "Tom" -> "Peter Tom", "Sam" -> "Fireman Sam". One-letter names never link.
// - An article that itself names a full-name person with that surname is left as the
//   within-article resolver decided (it had more context than we have).
// - Deterministic: the result depends on the SET of known full names, never on article order;
//   when one key has several spellings, the first in code-unit order is the name taken.
// Known limit: linking happens at write time only. A later ingest that brings the first full
// name ("Tony Blair") does not retro-merge an earlier surname-only node (person:blair) already
// in the store, and re-ingesting that unchanged article is skipped by its content hash.
import { normalizeName } from '../model/keys.ts';
import type { ArticleEntity, ArticleExtraction, Mention, TripleNode } from '../model/types.ts';

/** A full-name person a surname can be linked to: its entity key and display name. */
export interface KnownPerson {
  key: string;
  name: string;
  /** How many articles name this person (default 1); summed per key, it decides dominance. */
  weight?: number;
}

const tokensOf = (name: string): string[] => {
  const n = normalizeName(name);
  return n === '' ? [] : n.split(' ');
};

/** Normalised last token of a name with two or more tokens ("Tony Blair" -> "blair"), else undefined. */
export function surnameOf(name: string): string | undefined {
  const tokens = tokensOf(name);
  return tokens.length >= 2 ? tokens[tokens.length - 1] : undefined;
}

/** Normalised name when it is a single token ("Blair" -> "blair"), else undefined. */
export function shortNameOf(name: string): string | undefined {
  const tokens = tokensOf(name);
  return tokens.length === 1 ? tokens[0] : undefined;
}

/** The full-name (two or more tokens) PERSON entities of one extraction. */
export function fullNamesOf(extraction: ArticleExtraction): KnownPerson[] {
  return extraction.entities
    .filter((e) => e.type === 'PERSON' && surnameOf(e.name) !== undefined)
    .map((e) => ({ key: e.key, name: e.name }));
}

/**
 * The normalised single-token PERSON names of one extraction that linking may rewrite: two or
 * more characters, and not named in full by the article itself (no full-name PERSON of the
 * article ends with them). Sorted.
 */
export function shortNamesToLink(extraction: ArticleExtraction): string[] {
  const local = new Set<string>();
  for (const p of fullNamesOf(extraction)) local.add(surnameOf(p.name)!);
  const out = new Set<string>();
  for (const e of extraction.entities) {
    if (e.type !== 'PERSON') continue;
    const short = shortNameOf(e.name);
    if (short !== undefined && short.length > 1 && !local.has(short)) out.add(short);
  }
  return [...out].sort();
}

/** What linking knows, built from the known full names. */
export interface LinkTable {
  /** Surname -> the one full-name person it names, or null when several (different keys) end with it. */
  surnames: Map<string, KnownPerson | null>;
  /** First tokens of the known full names ("tony" for Tony Blair). */
  firstNames: Set<string>;
}

/** A full name links its surname despite namesakes when it has this many times their articles together. */
export const DOMINANCE = 4;
/** ... and at least this many articles of its own. */
export const MIN_DOMINANT_ARTICLES = 5;

/** Order-free: when one key has several spellings, its name is the first in code-unit order. */
export function linkTable(known: Iterable<KnownPerson>): LinkTable {
  const byKey = new Map<string, KnownPerson>();
  const weight = new Map<string, number>();
  for (const p of known) {
    if (surnameOf(p.name) === undefined) continue;
    const seen = byKey.get(p.key);
    if (!seen || p.name < seen.name) byKey.set(p.key, { key: p.key, name: p.name });
    weight.set(p.key, (weight.get(p.key) ?? 0) + (p.weight ?? 1));
  }
  const bySurname = new Map<string, KnownPerson[]>();
  const firstNames = new Set<string>();
  for (const p of byKey.values()) {
    const surname = surnameOf(p.name)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), p]);
    firstNames.add(tokensOf(p.name)[0]);
  }
  const surnames = new Map<string, KnownPerson | null>();
  for (const [surname, people] of bySurname) {
    if (people.length === 1) { surnames.set(surname, people[0]); continue; }
    const ranked = people.map((p) => [p, weight.get(p.key) ?? 0] as const).sort((a, b) => b[1] - a[1] || (a[0].key < b[0].key ? -1 : 1));
    const rest = ranked.slice(1).reduce((n, [, w]) => n + w, 0);
    const [top, w] = ranked[0];
    surnames.set(surname, w >= MIN_DOMINANT_ARTICLES && w >= DOMINANCE * rest ? top : null);
  }
  return { surnames, firstNames };
}

/** Titles that come before a surname, never before a first name alone ("Mr Blair", "Dr Reid"). */
const SURNAME_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);

/** True when the entity was called "<title> <short>" somewhere in the article. */
function usedWithTitle(e: ArticleEntity, short: string): boolean {
  return [...e.aliases, ...e.mentions.map((m) => m.text)].some((form) => {
    const t = tokensOf(form);
    return t.length === 2 && SURNAME_TITLES.has(t[0]) && t[1] === short;
  });
}

/** Two entities that ended up with one key: one entity, mentions in text order, aliases merged. */
function mergeEntities(a: ArticleEntity, b: ArticleEntity): ArticleEntity {
  const mentions: Mention[] = [...a.mentions, ...b.mentions].sort((x, y) => x.start - y.start || x.end - y.end);
  const aliases = [...new Set([...a.aliases, b.name, ...b.aliases])].filter((s) => s !== a.name);
  return { ...a, aliases, mentions };
}

/** Rewrite one extraction with the links `table` gives; the same object when nothing links. */
export function linkExtraction(extraction: ArticleExtraction, table: LinkTable): ArticleExtraction {
  const linkable = new Set(shortNamesToLink(extraction));
  const renamed = new Map<string, KnownPerson>();
  for (const e of extraction.entities) {
    if (e.type !== 'PERSON') continue;
    const short = shortNameOf(e.name);
    if (short === undefined || !linkable.has(short)) continue;
    const target = table.surnames.get(short);
    if (!target || target.key === e.key) continue;
    if (table.firstNames.has(short) && !usedWithTitle(e, short)) continue;
    renamed.set(e.key, target);
  }
  if (renamed.size === 0) return extraction;

  const entities: ArticleEntity[] = [];
  const at = new Map<string, number>();
  for (const e of extraction.entities) {
    const target = renamed.get(e.key);
    const next: ArticleEntity = target
      ? { ...e, key: target.key, name: target.name, aliases: [...new Set([e.name, ...e.aliases])].filter((s) => s !== target.name) }
      : e;
    const i = at.get(next.key);
    if (i === undefined) {
      at.set(next.key, entities.length);
      entities.push(next);
    } else {
      entities[i] = mergeEntities(entities[i], next);
    }
  }
  const node = (n: TripleNode): TripleNode => {
    if (n.kind !== 'entity') return n;
    const target = renamed.get(n.key);
    return target ? { ...n, key: target.key, name: target.name } : n;
  };
  const triples = extraction.triples.map((t) => {
    const subject = node(t.subject);
    const object = node(t.object);
    return subject === t.subject && object === t.object ? t : { ...t, subject, object };
  });
  return { ...extraction, entities, triples };
}

/**
 * Link the surname-only people of `extractions` to full names. Known full names are those of
 * `extractions` themselves plus `known` (e.g. the rest of the ingest batch and the store's
 * persons whose first or last name is one of the short names: GraphStore.personsByNameEnds).
 * Returns new extractions in the same order; unchanged ones are the same objects.
 */
export function linkShortNames(extractions: readonly ArticleExtraction[], known: Iterable<KnownPerson> = []): ArticleExtraction[] {
  const table = linkTable([...known, ...extractions.flatMap(fullNamesOf)]);
  return extractions.map((x) => linkExtraction(x, table));
}

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
// - Ambiguity links nothing: two different full names ending in "Smith" leave "Smith" alone.
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
 * The normalised single-token PERSON names of one extraction that linking may rewrite: those the
 * article does not itself name in full (no full-name PERSON of the article ends with them). Sorted.
 */
export function shortNamesToLink(extraction: ArticleExtraction): string[] {
  const local = new Set<string>();
  for (const p of fullNamesOf(extraction)) local.add(surnameOf(p.name)!);
  const out = new Set<string>();
  for (const e of extraction.entities) {
    if (e.type !== 'PERSON') continue;
    const short = shortNameOf(e.name);
    if (short !== undefined && !local.has(short)) out.add(short);
  }
  return [...out].sort();
}

/**
 * Surname -> the one full-name person it names, or null when several different full names
 * (different keys) end with it. Order-free: one key's name is its first spelling in code-unit order.
 */
export function surnameTable(known: Iterable<KnownPerson>): Map<string, KnownPerson | null> {
  const byKey = new Map<string, KnownPerson>();
  for (const p of known) {
    if (surnameOf(p.name) === undefined) continue;
    const seen = byKey.get(p.key);
    if (!seen || p.name < seen.name) byKey.set(p.key, { key: p.key, name: p.name });
  }
  const table = new Map<string, KnownPerson | null>();
  for (const p of byKey.values()) {
    const surname = surnameOf(p.name)!;
    table.set(surname, table.has(surname) ? null : p);
  }
  return table;
}

/** Two entities that ended up with one key: one entity, mentions in text order, aliases merged. */
function mergeEntities(a: ArticleEntity, b: ArticleEntity): ArticleEntity {
  const mentions: Mention[] = [...a.mentions, ...b.mentions].sort((x, y) => x.start - y.start || x.end - y.end);
  const aliases = [...new Set([...a.aliases, b.name, ...b.aliases])].filter((s) => s !== a.name);
  return { ...a, aliases, mentions };
}

/** Rewrite one extraction with the links `table` gives; the same object when nothing links. */
export function linkExtraction(extraction: ArticleExtraction, table: ReadonlyMap<string, KnownPerson | null>): ArticleExtraction {
  const linkable = new Set(shortNamesToLink(extraction));
  const renamed = new Map<string, KnownPerson>();
  for (const e of extraction.entities) {
    if (e.type !== 'PERSON') continue;
    const short = shortNameOf(e.name);
    const target = short !== undefined && linkable.has(short) ? table.get(short) : undefined;
    if (target && target.key !== e.key) renamed.set(e.key, target);
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
 * `extractions` themselves plus `known` (e.g. the rest of the ingest batch and the store's).
 * Returns new extractions in the same order; unchanged ones are the same objects.
 */
export function linkShortNames(extractions: readonly ArticleExtraction[], known: Iterable<KnownPerson> = []): ArticleExtraction[] {
  const table = surnameTable([...known, ...extractions.flatMap(fullNamesOf)]);
  return extractions.map((x) => linkExtraction(x, table));
}

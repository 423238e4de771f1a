// Maps a normalised predicate (a lemma phrase such as "sanction", "speak with", "president of")
// onto a relationship type from the schema's allow-list. Roles (kind 'role') and facts (kind
// 'fact') are looked up in separate tables, so a role phrase never gets a fact type or back.
//
// Facts are verb phrases: the head verb is the first word and what follows it decides:
//   1. the whole phrase or its longest listed multi-word start ("take over from", "call on");
//   2. "V to W..." after a verb of intention: "fail/refuse/decline to" -> fallback (nothing
//      happened), others take the intention verb's own type ("plan to cut" -> PROPOSED,
//      "promise to cut" -> PROMISED); "want to", "hope to", "need to", "expect to" are pinned to
//      the fallback by rule 1 (wanting to sign a player is no relation to the player);
//   3. an adverbial particle ("rule out", "hit back", "grow up") makes a phrasal verb with its own
//      meaning: unless listed it falls back;
//   4. "by" right after the head marks a passive agent ("follow by", "direct by": the subject
//      is the one acted on, so the active type would point the wrong way) or an amount ("rise
//      by"): unless listed ("fall by") it falls back;
//   5. a preposition ("win in", "say to") keeps the head verb's type, except for
//      particle-sensitive heads, those with some "head + preposition" entry ("speak with",
//      "speak to"): an unlisted preposition falls back ("speak at" is not speaking with anyone);
//   6. anything else after the head (a noun: "make way for", "take charge of") falls back.
// Roles are noun phrases ("shadow home secretary of"): trailing prepositions are dropped and the
// longest listed ending names the role ("secretary"); a postpositive "general" is skipped when
// the phrase is not listed with it ("surgeon general"). That head-noun match is the only place a
// word other than the first decides the type. A negated phrase ("not support"), or a triple the
// caller marks as negated, falls back: the type states that the relation holds. Anything unknown
// becomes the fallback type and keeps its own words in the edge's `predicate` property. Explicit
// fallback entries are listed under the fallback type in schema.json ("rule on", "be in", "want
// to"); an entry "head + particle/preposition" there also makes its head particle-sensitive
// (rule 5), so listing "be in" keeps "be at", "be for" ... out of IS as well.
// Copula "be" maps to IS only bare: the extractor then has a noun phrase after it ("X be
// favourite", "X be one of the biggest investors"); "be" + preposition ("be in talks", "be at
// Chelsea") says nothing one type could name and falls back.
import { schema } from './schema.ts';

export type RelationKind = 'fact' | 'role';

const FALLBACK = schema.fallbackRelationship;

function table(kind: RelationKind): Map<string, string> {
  const m = new Map<string, string>();
  for (const spec of schema.relationships) {
    if (spec.kind !== kind) continue;
    for (const p of spec.predicates) if (!m.has(p)) m.set(p, spec.type);
  }
  return m;
}

const FACTS = table('fact');
const ROLES = table('role');

/** Adverbial particles: with them a verb is a phrasal verb with its own meaning ("rule out"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'out', 'up', 'down', 'off', 'back', 'over', 'away', 'along', 'around', 'round', 'through', 'forward', 'together',
  'apart', 'ahead', 'aside', 'again',
]);

/** Prepositions that attach an argument to a verb or follow a role noun. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'with', 'at', 'in', 'on', 'for', 'from', 'of', 'by', 'about', 'into', 'onto', 'against', 'as', 'between',
  'among', 'behind', 'under', 'after', 'before', 'during', 'near', 'across', 'towards', 'toward', 'without',
  'within', 'alongside', 'like', 'than', 'via', 'per', 'upon', 'beyond', 'amid',
]);

/** Verbs of intention whose infinitive has not happened yet ("plan to cut"). */
const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'plan', 'propose', 'offer', 'promise', 'pledge', 'vow', 'threaten', 'want', 'hope', 'aim', 'intend', 'seek', 'try',
  'attempt', 'expect', 'prepare', 'agree', 'decide', 'bid', 'move', 'fail', 'refuse', 'decline',
]);

/** Intentions that say the action did not happen. */
const NEGATIVE_INTENTIONS: ReadonlySet<string> = new Set(['fail', 'refuse', 'decline']);

/**
 * Heads whose type depends on what follows them: some listed "head + particle/preposition"
 * entry has another type than the bare head (or the bare head is not listed: "speak with").
 * An unlisted preposition after such a head falls back ("speak at").
 */
const PARTICLE_SENSITIVE: ReadonlySet<string> = new Set(
  [...FACTS].filter(([p]) => p.includes(' ')).map(([p, type]) => ({ words: p.split(' '), type }))
    .filter(({ words, type }) => (PREPOSITIONS.has(words[1]) || PARTICLES.has(words[1])) && FACTS.get(words[0]) !== type)
    .map(({ words }) => words[0]),
);

/** Types already looked up, per kind argument (a predicate repeats across articles). */
const memo = { fact: new Map<string, string>(), role: new Map<string, string>(), any: new Map<string, string>() };

/**
 * The allow-listed relationship type of `predicate`. `kind` says which table to read ('role'
 * for title/apposition roles, 'fact' for actions); without it the fact table is tried first,
 * then the role table. `negated` (the triple says the relation does not hold: "did not sign")
 * gives the fallback type, as a "not ..." predicate does.
 */
export function relationTypeFor(predicate: string, kind?: RelationKind, negated = false): string {
  if (negated) return FALLBACK;
  const seen = memo[kind ?? 'any'];
  let type = seen.get(predicate);
  if (type === undefined) {
    type = lookup(predicate, kind);
    if (seen.size < 50_000) seen.set(predicate, type);
  }
  return type;
}

function lookup(predicate: string, kind: RelationKind | undefined): string {
  const p = predicate.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!p || p === 'not' || p.startsWith('not ')) return FALLBACK;
  const words = p.split(' ');
  if (kind === 'role') return roleType(words) ?? FALLBACK;
  const fact = factType(words);
  if (fact !== undefined || kind === 'fact') return fact ?? FALLBACK;
  return roleType(words) ?? FALLBACK;
}

/** The fact type of a verb phrase, FALLBACK for a listed or ruled-out phrase, undefined when unknown. */
function factType(words: readonly string[]): string | undefined {
  for (let k = words.length; k >= 2; k--) {
    const t = FACTS.get(words.slice(0, k).join(' '));
    if (t) return t;
  }
  const head = words[0];
  if (words.length === 1) return FACTS.get(head);
  const next = words[1];
  if (next === 'to' && words.length > 2 && INTENTION_VERBS.has(head)) {
    return NEGATIVE_INTENTIONS.has(head) ? FALLBACK : FACTS.get(head) ?? FALLBACK;
  }
  if (PARTICLES.has(next) || next === 'by') return FALLBACK;
  if (PREPOSITIONS.has(next)) return PARTICLE_SENSITIVE.has(head) ? FALLBACK : FACTS.get(head);
  return undefined;
}

/** The role type of a noun phrase: its longest listed ending after trailing prepositions are dropped. */
function roleType(words: readonly string[]): string | undefined {
  const exact = ROLES.get(words.join(' '));
  if (exact) return exact;
  let end = words.length;
  while (end > 0 && PREPOSITIONS.has(words[end - 1])) end--;
  if (end === 0) return undefined;
  return roleEnding(words.slice(0, end));
}

function roleEnding(noun: readonly string[]): string | undefined {
  for (let k = noun.length; k >= 2; k--) {
    const t = ROLES.get(noun.slice(noun.length - k).join(' '));
    if (t) return t;
  }
  // "surgeon general", "attorney general of": a postpositive adjective after the role noun.
  if (noun.length > 1 && noun[noun.length - 1] === 'general') return roleEnding(noun.slice(0, -1));
  return ROLES.get(noun[noun.length - 1]);
}

// Plural references to a group of people named just before: "Damian Hockney and Peter
// Hulme-Cross were elected ... UKIP urged the men to step down", "the pair", "the two
// ministers", "both men", and "them"/"they" when the resolver left them open. The group is the
// latest coordination of two or more persons ("X and Y", "X, Y and Z", "X, now deputy leader,
// and Y") in the same sentence before the reference or in the sentence before it; a reference
// that gives a number ("the two", "the trio") must match the group's size. "the firms", "the two
// companies" stand for the latest coordination of organisations, up to eight sentences back (not
// one listed as examples: "brands include X, Y and Z"). The relation rules read the group as one
// actor or object per member. Pure: tokens and the token-to-entity map in.
import type { ArticleEntity, Token } from '../../model/types.ts';
import { countryOfDemonym } from '../entities/gazetteer.ts';
import { isLowerStart } from '../text-case.ts';

/** Heads that stand for a group of people, with the size they imply (0: any size of two or more). */
const GROUP_HEADS = new Map<string, number>([
  ['pair', 2], ['duo', 2], ['couple', 2], ['trio', 3],
  ['men', 0], ['women', 0], ['brothers', 0], ['sisters', 0],
]);

/**
 * Plural heads that stand for organisations named together before ("Sony, Philips, Matsushita and
 * Samsung are developing ... the firms said", "the two companies"): any number of two or more.
 */
const ORG_GROUP_HEADS: ReadonlySet<string> = new Set(['firms', 'companies', 'banks', 'carmakers', 'airlines', 'carriers', 'broadcasters', 'networks', 'groups', 'retailers', 'operators']);

/** How far back a group of organisations may be named: a story's firms stay its actors for longer than a group of people. */
const ORG_SENTENCES_BACK = 8;
const ORG_TOKENS_BACK = 300;

/** Nouns for a group of people or organisations ("the pair", "the two men", "the firms"): they take a plural verb ("the pair face"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([...GROUP_HEADS.keys(), ...ORG_GROUP_HEADS]);

/** Numbers that fix the size of "the two men", "the three players". */
const SIZES = new Map<string, number>([['two', 2], ['three', 3], ['four', 4], ['both', 2]]);

/** Pronouns that may stand for a group when the resolver left them open. */
const GROUP_PRONOUNS = new Set(['they', 'them']);

/** How far back the group may be named: sentences before the reference's own, and tokens. */
const MAX_SENTENCES_BACK = 3;
const MAX_TOKENS_BACK = 150;

/** Words that may separate the members of a coordination. */
const JOINERS = new Set([',', 'and', '&']);

/**
 * The entities a plural noun phrase [start, head] stands for, or undefined when it is no group
 * reference or no matching group of persons was named just before.
 */
export function groupMembers(tokens: readonly Token[], tokenEntity: Int32Array, entities: readonly ArticleEntity[], start: number, head: number): number[] | undefined {
  if (start < head && ORG_GROUP_HEADS.has(tokens[head].normal)) {
    const size = organisationsSize(tokens, start, head);
    const group = size === undefined ? undefined : latestGroup(tokens, tokenEntity, entities, start, false, 'ORG');
    if (group && (size === 0 || group.length === size)) return group;
  }
  const size = referenceSize(tokens, start, head);
  if (size === undefined) return undefined;
  const group = latestGroup(tokens, tokenEntity, entities, start, start === head);
  if (!group || (size > 0 && group.length !== size)) return undefined;
  return group;
}

/** The size "the firms" (0: any), "the two companies", "both banks" imply, or undefined when the phrase is no such reference ("the French firms"). */
function organisationsSize(tokens: readonly Token[], start: number, head: number): number | undefined {
  const first = tokens[start].normal;
  if (tokens[head + 1]?.pos === 'CCONJ' || tokens[head + 1]?.normal === 'of') return undefined;
  if (first === 'both') return head === start + 1 ? 2 : undefined;
  if (first !== 'the') return undefined;
  if (head === start + 1) return 0;
  return head === start + 2 && SIZES.has(tokens[start + 1].normal) ? SIZES.get(tokens[start + 1].normal) : undefined;
}

/** The size a group reference implies (0 for any), or undefined when [start, head] is none. */
function referenceSize(tokens: readonly Token[], start: number, head: number): number | undefined {
  const h = tokens[head].normal;
  if (start === head) return GROUP_PRONOUNS.has(h) ? 0 : undefined;
  const first = tokens[start].normal;
  if (first !== 'the' && first !== 'both' && first !== 'these') return undefined;
  // "both backbenchers and Labour peers": the first of coordinated nouns is no group of its own.
  if (tokens[head + 1]?.pos === 'CCONJ') return undefined;
  // "the two": the number is the head.
  if (head === start + 1 && first === 'the' && h !== 'both' && SIZES.has(h)) return SIZES.get(h);
  let k = start + 1;
  let number = first === 'both' ? 2 : undefined;
  if (first === 'the' && SIZES.has(tokens[k].normal) && k < head) number = SIZES.get(tokens[k++].normal);
  // "the Greek pair", "the two British ministers": up to two adjectives or names before the head.
  if (head - k > 2) return undefined;
  for (; k < head; k++) if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'PROPN') return undefined;
  const size = GROUP_HEADS.get(h);
  // "the two ministers": any plural noun after a number.
  if (size === undefined) return number !== undefined && tokens[head].pos === 'NOUN' && h.endsWith('s') ? number : undefined;
  if (number === undefined) return size;
  return size === 0 || size === number ? number : undefined;
}

/**
 * The latest coordination of two or more distinct persons in the sentences before the one of
 * `before` (a group in the reference's own clause is its subject or object, not its antecedent).
 * A person named on their own after the group, who is not one of its members, is the one the
 * story moved to: then there is no group. "they" and "them" say less: any organisation, place
 * or plural noun named after the group ("Chelsea, as they push for the title") may be what they
 * stand for, so then there is no group either.
 */
function latestGroup(tokens: readonly Token[], tokenEntity: Int32Array, entities: readonly ArticleEntity[], before: number, pronoun: boolean, type: 'PERSON' | 'ORG' = 'PERSON'): number[] | undefined {
  const sentence = tokens[before].sentence;
  const from = Math.max(0, before - (type === 'ORG' ? ORG_TOKENS_BACK : MAX_TOKENS_BACK));
  const sentencesBack = type === 'ORG' ? ORG_SENTENCES_BACK : MAX_SENTENCES_BACK;
  let k = before - 1;
  for (; k >= from && tokens[k].sentence === sentence; k--) if (pronoun && mayBePlural(tokens[k], tokenEntity[k], entities)) return undefined;
  const singles: number[] = [];
  while (k >= from && tokens[k].sentence >= sentence - sentencesBack) {
    const e = tokenEntity[k];
    if (pronoun && mayBePlural(tokens[k], e, entities)) return undefined;
    if (e >= 0 && entities[e].type === type) {
      const group = coordinationEndingAt(tokens, tokenEntity, entities, k, from, type);
      if (group) return singles.every((p) => group.includes(p)) ? group : undefined;
      if (!singles.includes(e)) singles.push(e);
      while (k >= from && tokenEntity[k] === e) k--;
      continue;
    }
    k--;
  }
  return undefined;
}

/** Could "they" stand for this token's referent: an organisation or place, or a plural common noun? */
function mayBePlural(t: Token, entity: number, entities: readonly ArticleEntity[]): boolean {
  if (entity >= 0) return entities[entity].type !== 'PERSON';
  return t.pos === 'NOUN' && t.normal.endsWith('s') && t.normal !== t.lemma;
}

/** Persons (or organisations) coordinated leftwards from the mention whose last token is `end`: "X, Y and Z". */
function coordinationEndingAt(tokens: readonly Token[], tokenEntity: Int32Array, entities: readonly ArticleEntity[], end: number, from: number, type: 'PERSON' | 'ORG' = 'PERSON'): number[] | undefined {
  const members: number[] = [];
  let k = end;
  let sawAnd = false;
  for (;;) {
    const e = tokenEntity[k];
    let start = k;
    while (start - 1 >= from && tokenEntity[start - 1] === e) start--;
    if (members.includes(e)) return undefined;
    members.unshift(e);
    // Joiners before this member, after its description ("and Texan Michael Chicoine", "and
    // fellow striker Y"); on the last member, a closed aside ("X, now deputy leader, and Y").
    let j = start - 1;
    // (A demonym read as its place, "Texan", still only describes the member.)
    for (let n = 0; n < 3 && j >= from && (tokenEntity[j] < 0 || entities[tokenEntity[j]]?.type === 'LOC' && countryOfDemonym(tokens[j].text) !== undefined) && describes(tokens[j]); n++) j--;
    let joined = false;
    while (j >= from && JOINERS.has(tokens[j].normal)) {
      // The last member is joined by "and"/"&": "X, Y and Z".
      if (members.length === 1 && tokens[j].normal !== ',') sawAnd = true;
      joined = true;
      j--;
    }
    if (members.length === 1 && tokens[start - 1]?.normal === 'and' && tokens[start - 2]?.normal === ',') {
      const aside = asideStart(tokens, tokenEntity, start - 2, from);
      if (aside >= 0) j = aside;
    }
    if (!joined || j < from || tokenEntity[j] < 0 || entities[tokenEntity[j]].type !== type) {
      // "brands include Penfolds, Rosemount and Lindemans": organisations listed as examples of
      // something are not a group that acts ("the two companies" are others).
      // (Earlier members the resolver did not name may come first: "include Penfolds, Rosemount and".)
      let b = j;
      while (type === 'ORG' && b >= from && b > j - 6 && (tokens[b].text === ',' || /^\p{Lu}/u.test(tokens[b].text))) b--;
      if (type === 'ORG' && b >= from && (EXAMPLE_OPENERS.has(tokens[b].normal) || tokens[b].normal === 'as' && tokens[b - 1]?.normal === 'such')) return undefined;
      break;
    }
    k = j;
  }
  return members.length >= 2 && sawAnd ? members : undefined;
}

/** Words that open a list of examples. */
const EXAMPLE_OPENERS = new Set(['include', 'includes', 'included', 'including', 'like']);

/** A word that may describe a member before the name: a lower-case noun or adjective, or a demonym ("Texan"). */
function describes(t: Token): boolean {
  return ((t.pos === 'NOUN' || t.pos === 'ADJ') && isLowerStart(t.text)) || countryOfDemonym(t.text) !== undefined;
}

/** "X, now Veritas deputy leader, and": the index of X's last token when `comma` closes a short aside after a name, else -1. */
function asideStart(tokens: readonly Token[], tokenEntity: Int32Array, comma: number, from: number): number {
  for (let j = comma - 1, n = 0; j >= from && n <= 6; j--, n++) {
    const t = tokens[j];
    if (t.normal === ',') return tokenEntity[j - 1] >= 0 && n > 0 ? j - 1 : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'and' || t.pos === 'PUNCT') return -1;
  }
  return -1;
}

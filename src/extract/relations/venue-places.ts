// Places named through a venue: "stand in the East Kilbride seat", "released on to the Japanese
// market", "met them in a London hotel", "won gold at the Athens Olympics". The noun phrase is
// a thing whose only name is a place; after a locative preposition the place is where the act
// happened.
import type { Chunk } from './sentence-chunks.ts';
import { entityType, tok, word, type SentenceScope } from './sentence-scope.ts';
import { PLACE_KINDS } from './lexicon.ts';

/** Confidence factor for a place read from the venue it names. */
export const VENUE_FACTOR = 0.8;

/** Heads of a noun phrase that is a place's venue ("the East Kilbride seat", "a London hotel"). */
const VENUE_HEADS = new Set(['seat', 'constituency', 'ward', 'area', 'region', 'market', 'markets', 'plant', 'factory', 'office', 'offices', 'hotel',
  'stadium', 'ground', 'base', 'headquarters', 'camp', 'prison', 'hospital', 'airport', 'port', 'coast', 'streets', 'cinemas', 'stores',
  'shops', 'theatre', 'theater', 'venue', 'arena', 'studio', 'studios', 'embassy', 'mission', 'home', 'constituencies', 'economy',
  // Events named after their place: "at the Athens Olympics", "at the Berlin film festival".
  'olympics', 'games', 'championships', 'championship', 'festival', 'summit', 'conference', 'tournament', 'marathon', 'grand prix', 'motor show']);

/**
 * Heads that place an act only after "in" or "at" ("killed in a Las Vegas shooting", "working at
 * the Glasgow art school"; not "lied to a US court").
 */
const IN_AT_VENUE_HEADS = new Set(['shooting', 'bombing', 'bombings', 'blast', 'explosion', 'crash', 'raid', 'court', 'concert', 'gig', 'premiere', 'ceremony', 'rally',
  'club', 'nightclub', 'school', 'university', 'college', 'church', 'restaurant', 'pub', 'bar', 'suburb', 'district', 'flat', 'apartment']);

/** Locative prepositions a venue may follow. */
const VENUE_PREPS = new Set(['in', 'at', 'on', 'to', 'into', 'onto', 'across', 'throughout', 'near', 'from']);

/** The place a venue noun phrase at `j` names through its only modifier, after a locative predicate; -1 if none. */
export function venuePlace(s: SentenceScope, j: number, predicate: string): number {
  const np = s.chunks[j].np;
  // ("registered in the central Russian region of Tver": a kind of place "of" a named place is that place.)
  const of = s.chunks[j + 2];
  if (np && np.entity < 0 && PLACE_KINDS.has(tok(s, s.chunks[j].head).normal) && word(s, s.chunks[j + 1]) === 'of' && of?.kind === 'NP'
    && of.np!.entity >= 0 && entityType(s, of.np!.entity) === 'LOC' && s.ctx.tokenEntity[of.head] === of.np!.entity) {
    const last = predicate.slice(predicate.lastIndexOf(' ') + 1);
    return VENUE_PREPS.has(last) ? of.np!.entity : -1;
  }
  if (!np || np.entity >= 0 || np.possessor >= 0 || np.modifiers.length !== 1 || entityType(s, np.modifiers[0]) !== 'LOC') return -1;
  const head = tok(s, s.chunks[j].head).normal;
  const last = predicate.slice(predicate.lastIndexOf(' ') + 1);
  if (VENUE_HEADS.has(head)) return VENUE_PREPS.has(last) ? np.modifiers[0] : -1;
  return IN_AT_VENUE_HEADS.has(head) && (last === 'in' || last === 'at') ? np.modifiers[0] : -1;
}

/** The place a phrase "in/at" + a named place (`p`, `np`) names ("in Paris", "at Twickenham"), or -1. */
export function namedPlaceAt(s: SentenceScope, p: Chunk | undefined, np: Chunk | undefined): number {
  if (np?.kind !== 'NP' || np.np!.entity < 0 || entityType(s, np.np!.entity) !== 'LOC') return -1;
  const prep = word(s, p);
  return prep === 'in' || prep === 'at' ? np.np!.entity : -1;
}

// Acts two or more named parties do with each other when they are the coordinated subject: a
// joint act ("NTT DoCoMo and Vodafone joined forces", "X and Y signed a deal", "held talks"),
// acting "together", or a mutual state ("X and Y were married"). The predicate then links each
// pair ("join forces with", "talk with", "be married to").
import { EVENT_NOUNS } from './lexicon.ts';
import { addCandidate, entityEnd, tok, word, type SentenceScope } from './sentence-scope.ts';

/**
 * The predicate that links coordinated subjects of the verb group at chunk `k` (object at
 * chunk `j`, verb words `base`), or '' when the act is not joint.
 */
export function jointPredicate(s: SentenceScope, k: number, j: number, base: string): string {
  const vg = s.chunks[k].vg!;
  if (vg.copula) return mutualState(s, j, vg.lemma);
  return together(s, k) ? `${base} with` : jointAct(s, j, base);
}

/** States two parties are in with each other ("X and Y were married"). */
const MUTUAL_STATES = new Set(['married', 'engaged', 'divorced', 'related', 'allied', 'friends', 'partners', 'rivals', 'neighbours', 'neighbors']);

/** "Davis and Dee were married (for 56 years)": the predicate of a mutual state at chunk `j`, or ''. */
function mutualState(s: SentenceScope, j: number, lemma: string): string {
  const c = s.chunks[j];
  if (c?.kind !== 'NP' || c.end - c.start !== 1 || !MUTUAL_STATES.has(tok(s, c.head).normal)) return '';
  // "were married to others", "are related to the case": a phrase after the state names its other party.
  if (s.chunks[j + 1]?.kind === 'P' && ['to', 'with'].includes(word(s, s.chunks[j + 1]))) return '';
  const state = tok(s, c.head).normal;
  return ['married', 'engaged', 'related', 'allied'].includes(state) ? `${lemma} ${state} to` : `${lemma} ${state} with`;
}

/** "Blair and Brown appeared together": "together" in or right after the verb group makes the act joint. */
function together(s: SentenceScope, k: number): boolean {
  const c = s.chunks[k];
  for (let i = c.start; i < c.end; i++) if (s.ctx.tokens[i].normal === 'together') return true;
  const next = s.chunks[k + 1];
  return next?.kind === 'ADV' && word(s, next) === 'together';
}

/** Objects that make an act joint when coordinated subjects do it ("joined forces", "signed a deal"). */
const JOINT_OBJECTS = new Set(['forces', 'deal', 'agreement', 'talks', 'alliance', 'partnership', 'venture', 'pact', 'treaty', 'accord', 'truce',
  'ceasefire', 'merger', 'link-up', 'tie-up', 'joint venture', 'memorandum']);

/** Light verbs that add nothing to a joint act's noun ("held talks", "reached agreement"). */
const FOLDING_LIGHT_VERBS = new Set(['hold', 'have', 'reach', 'strike', 'conduct']);

/**
 * The predicate of a joint act at chunk `j` (the verb's object): "join forces with",
 * "sign deal with"; empty when the object is no joint-act noun or is itself with someone.
 */
function jointAct(s: SentenceScope, j: number, base: string): string {
  const c = s.chunks[j];
  if (c?.kind !== 'NP' || c.np!.entity >= 0 || c.np!.possessor >= 0) return '';
  const head = tok(s, c.head).normal;
  if (!JOINT_OBJECTS.has(head)) return '';
  // "signed a deal with Z": the partner is named; the subjects are one side.
  const next = s.chunks[j + 1];
  if (next?.kind === 'P' && word(s, next) === 'with') return '';
  // "X and Y said the deal was off": the noun is the subject of a clause, no object.
  if (next?.kind === 'VG' && !next.vg!.infinitive && !next.vg!.gerund && !next.vg!.bareParticiple) return '';
  // "held talks" -> "talk with": a light verb folds into its event noun.
  const event = FOLDING_LIGHT_VERBS.has(base) ? EVENT_NOUNS.get(head) : undefined;
  return event ? `${event} with` : `${base} ${head === 'forces' ? 'forces' : tok(s, c.head).lemma ?? head} with`;
}

/**
 * A headline's verbless joint act: "Qatar and Shell in $6bn gas deal", "India and Russia in
 * energy talks", "Absa and Barclays talks continue" -> deal with, talk with. Headlines drop the
 * verb ("are in"), so two coordinated names right before a joint-act noun are its parties.
 */
export function verblessJointAct(s: SentenceScope): void {
  const { chunks } = s;
  const a = chunks[0];
  const and = chunks[1];
  const b = chunks[2];
  if (a?.kind !== 'NP' || and?.kind !== 'CC' || word(s, and) !== 'and' || b?.kind !== 'NP') return;
  const first = a.np!.entity;
  if (first < 0 || a.np!.modifiers.length || a.np!.possessor >= 0) return;
  let second = b.np!.entity;
  let act = -1;
  if (second < 0 && b.np!.modifiers.length === 1 && s.ctx.tokenEntity[b.start] === b.np!.modifiers[0]) {
    // "Absa and Barclays talks": the second name opens the act's own phrase.
    second = b.np!.modifiers[0];
    act = 2;
  } else if (second >= 0 && chunks[3]?.kind === 'P' && word(s, chunks[3]) === 'in' && chunks[4]?.kind === 'NP' && chunks[4].np!.entity < 0) {
    act = 4;
  }
  if (act < 0 || second < 0 || second === first) return;
  const head = tok(s, chunks[act].head).normal;
  if (!JOINT_OBJECTS.has(head) || head === 'forces') return;
  const noun = EVENT_NOUNS.get(head) ?? tok(s, chunks[act].head).lemma ?? head;
  addCandidate(s, entityEnd(first), `${noun} with`, entityEnd(second), { confidence: 0.7 });
}

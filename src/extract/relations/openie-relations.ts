// Broad-coverage relations from the Open IE extractor (src/openie): its tuples cover clause
// shapes the hand rules do not (long subjects, relative and coordinated clauses, participles),
// so they are mapped onto the article's entities and kept as a second, lower-confidence source.
// Each argument span is cut to its head noun phrase (a leading preposition moves into the
// predicate), the head word's entity is the argument's entity, and the relation words become a
// lemma phrase (auxiliaries and adverbs dropped, light verbs folded into their event noun). A
// precision filter drops reported speech, copulas between names, relations that swallowed a
// noun phrase, and pairs or facts the hand rules already gave for the sentence.
import type { ArticleEntity, Token } from '../../model/types.ts';
import type { TupleSpans } from '../../openie/types.ts';
import { extractTupleSpans } from '../../openie/extract-tuples.ts';
import { lemmaOf } from './sentence-chunks.ts';
import { isPossessiveS } from '../text-case.ts';
import { addCandidate, entityEnd, innerHyphen, isAmount, isNoDeterminer, spanText, TIME_UNIT_WORDS, withBalancedQuotes, type Candidate, type SentenceScope } from './sentence-scope.ts';
import {
  APPEARANCE_NOUNS, CLAIM_NOUNS, COLLECTIVE_HEADS, CONTEST_NOUNS, DENIAL_VERBS, CONTENT_NOUNS, NEGATIVE_CATENATIVES, COMMUNICATION_VERBS, DESCRIPTOR_NOUNS, EVENT_NOUNS, KEEP_PREPOSITION, LEADING_DROP, LIGHT_VERBS, NEGATORS, PARTICLES,
  CLOSING_QUOTE_MARKS, DOUBLE_QUOTE_MARKS, NOUN_COMPLEMENT_HEADS, PREPOSITIONAL_GERUNDS, REPORTING_VERBS, TIME_ADJUNCT_PREPS, TRAVEL_NOUNS, VAGUE_HEADS, keepsIntention, nounPredicate,
} from './lexicon.ts';

/** Tuple shapes that carry an action between their arguments (not "X said ...", "X has Y", "X, the CEO of Y"). */
const USABLE_PATTERNS = new Set(['verb', 'relative', 'coordinated', 'participle']);

/** True when the token at `k` (spaces and adverbs skipped) is a finite verb or auxiliary: a clause starts before it. */
function startsClause(tokens: readonly Token[], k: number, end: number): boolean {
  while (k < end && (tokens[k].pos === 'SPACE' || tokens[k].pos === 'ADV')) k++;
  return k < end && (tokens[k].pos === 'AUX' || tokens[k].pos === 'VERB' && !tokens[k].normal.endsWith('ing') && !tokens[k].normal.endsWith('ed'));
}

/** Prepositions that also open a clause ("after Smith resigned"). */
const CLAUSE_PREPS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'once']);

/** Past the names listed from `k` (", Jones and Gates", a floating "all"), before `end`. */
function pastNameList(tokens: readonly Token[], tokenEntity: Int32Array, k: number, end: number): number {
  while (k + 1 < end && (tokens[k].text === ',' || tokens[k].normal === 'and') && tokenEntity[k + 1] >= 0) {
    const e = tokenEntity[k + 1];
    k++;
    while (k < end && tokenEntity[k] === e) k++;
  }
  if (k < end && (tokens[k].normal === 'all' || tokens[k].normal === 'both')) k++;
  return k;
}

/** True when the span's last "and"-conjunct has words other than a name ("and England defender Cole"). */
function titledLastConjunct(tokens: readonly Token[], tokenEntity: Int32Array, [start, end]: [number, number]): boolean {
  let and = -1;
  for (let k = start; k < end; k++) if (tokens[k].normal === 'and') and = k;
  if (and < 0) return false;
  // The conjunct's head is its last name ("and England defender Cole": Cole); any other word
  // before that name run (a title, another name) makes what precedes "and" a modifier.
  let head = end - 1;
  while (head > and && tokenEntity[head] < 0) head--;
  if (head <= and) return false;
  let nameStart = head;
  while (nameStart - 1 > and && tokenEntity[nameStart - 1] === tokenEntity[head]) nameStart--;
  for (let k = and + 1; k < nameStart; k++) if (tokens[k].pos !== 'DET') return true;
  return false;
}

/** Prepositions of a later argument that introduce a party to the action. */
const PARTY_PREPS = new Set(['from', 'to', 'with', 'against', 'into', 'for', 'alongside']);

/** Open IE confidence below which a tuple is not used. */
export const MIN_OPENIE_CONFIDENCE = 0.4;

/** Scale from Open IE confidence to candidate confidence: below the hand rules'. */
const CONFIDENCE_SCALE = 0.75;

/** The head noun phrase of an argument span: its entity (or -1), preposition and concept text. */
export interface ArgumentHead {
  /** Preposition the span opens with ("with" in "with Mr Sullivan"), or ''. */
  prep: string;
  /** Entity of the head word, or -1. */
  entity: number;
  /** Token index of the head word, -1 when the span has no noun head. */
  head: number;
  /** [start, end) of the noun phrase after the preposition, determiners dropped. */
  span: [number, number];
}

/** Plural heads whose one place modifier is the actor ("French consumers increased spending"). */
const POPULATION_HEADS = new Set(['consumers', 'households', 'shoppers', 'voters', 'citizens', 'residents', 'taxpayers', 'exporters', 'nationals']);

/** Collectives named after their seat, not run by it ("a New York appeals court"). */
const PLACE_BOUND_HEADS = new Set(['court', 'courts', 'camp']);

/** Heads that, right after a place name or demonym, stand for the nation ("the Egyptian people"). */
const PEOPLE_HEADS = new Set(['people', 'public', 'nation', 'population']);

/** Words that end a head noun phrase inside an argument span. */
function endsPhrase(t: Token): boolean {
  return t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'VERB' || t.pos === 'AUX'
    || t.pos === 'PART' && t.normal === 'to' || RELATIVE_WORDS.has(t.normal);
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** "WorldCom 's accounts", "the Tories' campaign": a possessive keeps the phrase going; its head is what follows. */
function possessiveMark(tokens: readonly Token[], k: number, end: number): boolean {
  return (tokens[k].text === "'" || tokens[k].text === '’') && !tokens[k].spaceBefore && k + 1 < end;
}

/** Cut an argument span to its head noun phrase and find the entity it stands for. */
export function argumentHead(tokens: readonly Token[], tokenEntity: Int32Array, [start, end]: [number, number], actor = false, entities: readonly ArticleEntity[] = []): ArgumentHead {
  let i = start;
  let prep = '';
  if (i < end && (tokens[i].pos === 'ADP' || tokens[i].normal === 'to') && tokenEntity[i] < 0) { prep = tokens[i].normal; i++; }
  let j = i;
  while (j < end && (j === i || !endsPhrase(tokens[j]) || possessiveMark(tokens, j, end) || innerHyphen(tokens, j, end) || j > i && innerHyphen(tokens, j - 1, end) || (tokenEntity[j] >= 0 && tokenEntity[j] === tokenEntity[j - 1]))) {
    // ("rejected Robinson's contention England dominated": a name after a claim noun opens what is claimed.)
    // (Only after an owner: "The unions claim/NOUN Fiat is to close" is a verb the tagger missed.)
    if (j > i + 1 && tokenEntity[j] >= 0 && tokenEntity[j] !== tokenEntity[j - 1] && CLAIM_NOUNS.has(tokens[j - 1].normal) && isPossessiveS(tokens[j - 2].normal)) break;
    // ("rejected the idea Mr Kilroy-Silk posed a threat": or right after "the idea", "the claim", titled or not.)
    if (j === i + 2 && tokens[i].pos === 'DET' && (CLAIM_NOUNS.has(tokens[j - 1].normal) || CONTENT_NOUNS.has(tokens[j - 1].normal))
      && (tokenEntity[j] >= 0 || (tokens[j].pos === 'PROPN' && tokenEntity[j + 1] >= 0))) break;
    j++;
  }
  let last = j - 1;
  while (last > i && (tokens[last].pos === 'PUNCT' || tokens[last].pos === 'PART')) last--;
  // "Acme and Globex": the first of coordinated names heads the phrase; "the St Kitts and Nevis
  // star": a name joined into a modifier does not.
  for (let k = i + 1; k < last; k++) {
    if (tokens[k].pos !== 'CCONJ') continue;
    const modifier = tokenEntity[k - 1] >= 0 && tokenEntity[k + 1] >= 0 && tokenEntity[last] < 0;
    if (!modifier) last = k - 1;
    break;
  }
  let first = i;
  while (first < last && LEADING_DROP.has(tokens[first].normal)) first++;
  if (last < i) return { prep, entity: -1, head: -1, span: [i, i] };
  const head = tokens[last];
  let entity = tokenEntity[last];
  // "French officials", "Egypt's squad": an acting collective stands for its one named modifier
  // (as an actor only: "asked for British troops" is not asking for Britain).
  if (actor && entity < 0 && (COLLECTIVE_HEADS.has(head.normal) && !PLACE_BOUND_HEADS.has(head.normal) || POPULATION_HEADS.has(head.normal))) {
    const named = new Set<number>();
    for (let k = i; k < last; k++) if (tokenEntity[k] >= 0) named.add(tokenEntity[k]);
    if (named.size === 1) entity = [...named][0];
  }
  // "an apology to the Egyptian people": a nation's people stand for it, as actor or object.
  if (entity < 0 && PEOPLE_HEADS.has(head.normal) && last > i && tokenEntity[last - 1] >= 0 && entities[tokenEntity[last - 1]]?.type === 'LOC') entity = tokenEntity[last - 1];
  const nounHead = ['NOUN', 'PROPN', 'NUM'].includes(head.pos) || tokenEntity[last] >= 0 || last > i && tokens[last - 1].text === '-' && !head.spaceBefore;
  return { prep, entity, head: nounHead ? last : -1, span: [first, last + 1] };
}

/** The predicate of a tuple's relation words: a lemma phrase, or undefined when it is not a usable relation. */
export function relationPredicate(tokens: readonly Token[], relationTokens: readonly number[], objectPrep: string): { predicate: string; verb: string } | undefined {
  const words: Token[] = relationTokens.map((i) => tokens[i]).filter((t) => t && t.pos !== 'AUX' && (t.pos !== 'ADV' || PARTICLES.has(t.normal)) && !NEGATORS.has(t.normal) && t.pos !== 'PART' && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PRON');
  const verbs = words.filter((t) => t.pos === 'VERB');
  if (!verbs.length) return undefined;
  const main = verbs[verbs.length - 1];
  const verb = lemmaOf(main);
  const lead = intentLead(verbs);
  const after = words.slice(words.indexOf(main) + 1);
  const nouns = after.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM');
  // "limped out at", "hit back": a particle stays with its verb.
  const particle = after.find((t) => PARTICLES.has(t.normal) && (t.pos === 'ADV' || t !== after[after.length - 1]));
  let prep = objectPrep;
  const trailing = after.filter((t) => t.pos === 'ADP' && t !== particle);
  if (!prep && trailing.length) prep = trailing[trailing.length - 1].normal;
  // "hold talks with", "impose sanctions on": a light verb's event noun is the predicate.
  if (nouns.length) {
    const event = EVENT_NOUNS.get(nouns[nouns.length - 1].normal);
    if (nouns.length === 1 && event && LIGHT_VERBS.has(verb)) return { predicate: nounPredicate(event, prep), verb: event };
    // The relation swallowed a noun phrase ("has denied charges of"): its real object is that noun.
    return undefined;
  }
  const parts = [verb];
  if (particle) parts.push(particle.normal);
  if (prep && KEEP_PREPOSITION.has(prep) && prep !== particle?.normal) parts.push(prep);
  return { predicate: lead + parts.join(' '), verb };
}

/**
 * "promised to end", "pledged to oppose": a commitment or intention before the main verb stays in
 * the predicate ("promise to "); aspect verbs ("continued to", "managed to") do not. ("Boeing
 * expects to sell" keeps "expect"; "Mr Blair is expected to announce", "the election, expected to
 * be held" do not: others expect.)
 */
function intentLead(verbs: readonly Token[]): string {
  const intent = verbs.slice(0, -1).map((v) => [lemmaOf(v), v.normal] as const)
    .filter(([l, w]) => keepsIntention(l, w) || NEGATIVE_CATENATIVES.has(l) && l !== 'reject').map(([l]) => l);
  return intent.length ? `${intent.join(' to ')} to ` : '';
}

/** A relation with a bare -ing main verb and no auxiliary. */
function bareIng(tokens: readonly Token[], relationTokens: readonly number[]): boolean {
  let firstVerb: Token | undefined;
  for (const i of relationTokens) {
    const t = tokens[i];
    if (!t) continue;
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB' && !firstVerb) firstVerb = t;
  }
  return !!firstVerb && firstVerb.normal.endsWith('ing');
}

/** A past participle with no auxiliary ("composed", "directed"). */
function bareParticiple(tokens: readonly Token[], relationTokens: readonly number[]): boolean {
  let verb: Token | undefined;
  let verbs = 0;
  for (const i of relationTokens) {
    const t = tokens[i];
    if (!t) continue;
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB') { verb = t; verbs++; }
  }
  return verbs === 1 && /(ed|en|wn|un)$/.test(verb!.normal);
}

/** The argument is a bare noun phrase, not the agent, with no preposition before it (in it or ending the relation): the verb's direct object. */
function directObject(tokens: readonly Token[], relationTokens: readonly number[], first: ArgumentHead, agent: number): boolean {
  const last = tokens[relationTokens[relationTokens.length - 1]];
  return first.prep === '' && last?.pos !== 'ADP' && first.head >= 0 && first.entity !== agent
    && (tokens[first.head].pos === 'NOUN' || tokens[first.head].pos === 'PROPN' || tokens[first.head].pos === 'NUM');
}

/** A form of "be"/"get" before a past participle main verb. */
export function isPassive(tokens: readonly Token[], relationTokens: readonly number[]): boolean {
  let main: Token | undefined;
  for (const i of relationTokens) if (tokens[i]?.pos === 'VERB') main = tokens[i];
  if (!main || main.normal.endsWith('ing')) return false;
  // The auxiliary nearest the main verb decides: "was reported to have suggested" is active.
  let aux: Token | undefined;
  for (const i of relationTokens) {
    const t = tokens[i];
    if (t && t.i < main.i && (t.pos === 'AUX' || t.pos === 'VERB' || t.normal === 'to')) aux = t;
  }
  return !!aux && (aux.lemma === 'be' || aux.lemma === 'get' || PASSIVE_AUX_FORMS.has(aux.normal));
}

const PASSIVE_AUX_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'gets']);


/** Entity pairs (unordered) and, per subject+verb, the concepts the hand rules found in this sentence. */
function ruleCoverage(out: readonly Candidate[], sentence: number, from: number): { pairs: Set<string>; facts: Map<string, string[]> } {
  const pairs = new Set<string>();
  const facts = new Map<string, string[]>();
  for (let k = from; k < out.length; k++) {
    const c = out[k];
    if (c.sentence !== sentence || c.subject.kind !== 'entity') continue;
    if (c.object.kind === 'entity') {
      pairs.add(pairKey(c.subject.entity, c.object.entity));
      continue;
    }
    const key = `${c.subject.entity}|${c.predicate.split(' ')[0]}`;
    facts.set(key, [...(facts.get(key) ?? []), c.object.name]);
  }
  return { pairs, facts };
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Candidates from Open IE tuples of the scope's sentence, for pairs and facts the rules missed.
 * `rulesFrom` is the index in `s.out` where this sentence's rule candidates start.
 */
export function openIeRelations(s: SentenceScope, rulesFrom: number, given?: readonly TupleSpans[]): void {
  const { tokens, tokenEntity, entities } = s.ctx;
  // Every candidate needs a relation word tagged VERB (relationPredicate, reportedContent), so a
  // sentence without one is skipped before the extractor runs.
  if (!given && !mayYield(tokens, tokenEntity, s.sentence.tokenStart, s.sentence.tokenEnd)) return;
  const tuples = given ?? extractTupleSpans(s.doc, s.sentence.index);
  const covered = ruleCoverage(s.out, s.sentence.index, rulesFrom);
  for (const t of tuples) {
    if (t.confidence < MIN_OPENIE_CONFIDENCE || t.argSpans.length < 2) continue;
    if (t.pattern === 'attribution') { reportedContent(s, covered, t); continue; }
    if (!USABLE_PATTERNS.has(t.pattern)) continue;
    // ('"...," confirmed a Saints spokesman': a verb right after a closing quote mark attributes the quote, it acts on nothing.)
    if (closingQuoteBefore(tokens, t.relationTokens[0])) continue;
    // ("The Thrills featuring Rolling Stones star Ronnie Wood": a relation word inside a name is part of the name.)
    if (tokenEntity[t.relationTokens[0]] >= 0) continue;
    // "have had no dealings whatsoever with", "has no connection with": "no" on the relation's noun
    // or its first argument denies the act.
    // ("Microsoft denied buying Google": a verb of denial between the subject and the relation denies it.)
    // ("denied/VERB buying/VERB": or a relation word before the relation's last; not when the relation is the denial itself.)
    const denial = deniedBetween(tokens, t.argSpans[0][1], t.relationTokens[t.relationTokens.length - 1]);
    let negated = t.negated !== deniedByNo(tokens, t);
    const subject = argumentHead(tokens, tokenEntity, t.argSpans[0], true, entities);
    if (subject.prep || subject.head < 0 || t.pattern !== 'relative' && afterPreposition(tokens, t.argSpans[0][0])) continue;
    // Without a subject entity only a named agent or performer in a later argument can give a
    // candidate; no name there, nothing to map (the checks below have no effects).
    if (subject.entity < 0 && !namedLaterArgument(tokenEntity, t.argSpans)) continue;
    if (t.pattern === 'coordinated' && participleModifier(tokens, t.relationTokens)) continue;
    if (modifierAsVerb(tokens, t.relationTokens)) continue;
    if (t.pattern === 'relative' && subject.entity >= 0 && entities[subject.entity]?.type === 'PERSON' && relativeWhich(tokens, t.relationTokens[0])) continue;
    // Split-off conjuncts ("The St Kitts" from "The St Kitts and Nevis star") count only when
    // the whole coordinated subject is headed by a name.
    const whole = tuples.find((u) => u !== t && sameRelation(u, t) && u.argSpans[0][0] <= t.argSpans[0][0] && u.argSpans[0][1] >= t.argSpans[0][1]
      && u.argSpans[0][1] - u.argSpans[0][0] > t.argSpans[0][1] - t.argSpans[0][0]);
    if (whole && argumentHead(tokens, tokenEntity, whole.argSpans[0], true, entities).entity < 0) continue;
    // "Arsenal and England defender Cole": a title after the last "and" makes the names before it modifiers.
    // The tuple for the titled conjunct alone ("England defender Cole") carries the relation.
    if (titledLastConjunct(tokens, tokenEntity, t.argSpans[0]) || whole && titledLastConjunct(tokens, tokenEntity, whole.argSpans[0])) continue;
    let first = argumentHead(tokens, tokenEntity, t.argSpans[1], false, entities);
    let rel = relationPredicate(tokens, t.relationTokens, first.prep);
    if (!rel || rel.verb === 'be' || rel.verb === 'have') continue;
    if (denial && !DENIAL_VERBS.has(rel.verb)) negated = !negated;
    // "that attacking Mr Campbell had ...", "challenging trading conditions": a bare -ing form
    // outside a participle clause is a gerund or an adjective, not the subject's action.
    if (t.pattern !== 'participle' && bareIng(tokens, t.relationTokens)) continue;
    // "bought three firms, including Globex": a preposition-like -ing word is no action.
    if (tokens[t.relationTokens[0]].normal.endsWith('ing') && PREPOSITIONAL_GERUNDS.has(rel.verb)) continue;
    const confidence = CONFIDENCE_SCALE * t.confidence * (claimNounBefore(tokens, t.argSpans[0][0]) ? 0.3 : 1);
    // "X was interrogated by Y", "a song composed in English by Z" (a reduced relative: a bare
    // participle with a by-agent): the agent acts on the subject.
    const agent = passiveAgent(tokens, tokenEntity, t, first);
    // (A bare -ed verb with a direct object is active: "The two men faced charges following raids
    // ... by the FBI" is no passive of "face".)
    const passive = isPassive(tokens, t.relationTokens) || agent >= 0 && bareParticiple(tokens, t.relationTokens) && !directObject(tokens, t.relationTokens, first, agent);
    if (passive) {
      // ("Based on the novel by Frances Hodgson Burnett, A Little Princess ...": the "by" is the novel's.)
      if (agent >= 0 && !REPORTING_VERBS.has(rel.verb) && rel.verb !== 'base') {
        const predicate = (relationPredicate(tokens, t.relationTokens, 'by')?.predicate ?? rel.predicate).replace(/ by$/, '');
        if (subject.entity >= 0) relate(s, covered, agent, predicate, subject.entity, negated, confidence);
        else {
          const name = conceptText(s, subject);
          if (name) addFact(s, covered, agent, rel.verb, predicate, name, negated, confidence * 0.8);
        }
        continue;
      }
    }
    // "The film stars X", "The Aviator, starring X": the named performer stars in the work.
    if (subject.entity < 0 && INVERSE_VERBS.has(rel.verb) && first.entity >= 0 && entities[first.entity]?.type === 'PERSON' && !first.prep) {
      const title = workTitleEnd(tokens, subject.span, s.sentence.tokenEnd);
      const name = title > subject.span[1] ? spanText(s, subject.span[0], title) : conceptText(s, subject);
      if (name) addFact(s, covered, first.entity, rel.verb, `${rel.verb} in`, name, negated, confidence * 0.8);
      // "starring Leonardo DiCaprio as Howard Hughes": the part the performer plays.
      const part = t.argSpans.length > 2 ? argumentHead(tokens, tokenEntity, t.argSpans[2], false, entities) : undefined;
      if (part && part.prep === 'as' && part.entity >= 0 && part.entity !== first.entity) relate(s, covered, first.entity, `${rel.verb} as`, part.entity, negated, confidence);
      continue;
    }
    if (subject.entity < 0) continue;
    // "made her debut in X", "held talks with Y": a light verb's event-noun object is the predicate
    // and the argument after it the object.
    // (Not another's act: "announced Mr Smith's departure to the committee".)
    const event = first.head >= 0 && !first.prep && LIGHT_VERBS.has(rel.verb) && !ownedByOther(tokens, tokenEntity, first.span, subject.entity) ? EVENT_NOUNS.get(tokens[first.head].normal) : undefined;
    if (event && t.argSpans.length > 2) {
      const next = argumentHead(tokens, tokenEntity, t.argSpans[2], false, entities);
      // (A win is over or against someone: not "13 wins in 15 league games".)
      if (next.head >= 0 && next.prep && (event !== 'beat' || next.prep === 'over' || next.prep === 'against')) {
        first = next;
        rel = { predicate: nounPredicate(event, next.prep), verb: event };
      }
    }
    // "X said ...": reported speech relates no one; "was added to the squad" is no report.
    const reporting = REPORTING_VERBS.has(rel.verb) && !passive && !t.relationTokens.some((i) => tokens[i]?.pos === 'ADP');
    if (reporting && !(first.entity >= 0 && COMMUNICATION_VERBS.has(rel.verb))) continue;
    // "suggested Mr Howard was planning", "heard she has": a name followed by a verb is the
    // subject of a reported clause, not the object.
    // ("won for playing late screen legend Katharine Hepburn": a name inside a gerund clause after the preposition is the gerund's.)
    const opener = tokens[t.argSpans[1][0] + (first.prep ? 1 : 0)];
    const gerundClause = opener !== undefined && /[a-z]ing$/.test(opener.normal) && (opener.pos === 'VERB' || opener.pos === 'NOUN') && tokenEntity[opener.i] < 0
      && (first.prep !== '' || ['ADP', 'SCONJ'].includes(tokens[t.relationTokens[t.relationTokens.length - 1]]?.pos ?? ''));
    // ("was named the BBC Sports Personality", "used to be called Firebird": a passive with a direct object keeps its voice.)
    const entityPredicate = passive && !first.prep ? passivePredicate(tokens, t.relationTokens, true) ?? rel.predicate : rel.predicate;
    // ("was dropped after Mary Jones and Bill Gates picked up injuries": after a subordinating word, past the list.)
    // (There a past form is the clause's verb unless "by" follows it: "after Globex complained".)
    const clausePrep = CLAUSE_PREPS.has(first.prep || (tokens[t.relationTokens[t.relationTokens.length - 1]]?.normal ?? ''));
    const clauseEnd = clausePrep ? pastNameList(tokens, tokenEntity, first.span[1], s.sentence.tokenEnd) : first.span[1];
    const clause = startsClause(tokens, clauseEnd, s.sentence.tokenEnd) || (clausePrep && clauseEnd < s.sentence.tokenEnd && tokens[clauseEnd].pos === 'VERB'
      && !tokens[clauseEnd].normal.endsWith('ing') && tokens[clauseEnd + 1]?.normal !== 'by');
    if (first.entity >= 0 && !gerundClause && !clause) relate(s, covered, subject.entity, entityPredicate, first.entity, negated, confidence);
    if (!event) laterParties(s, covered, t, subject.entity, confidence, first, negated);
    if (first.entity >= 0 || first.head < 0) continue;
    // A concept object: a key fact about the subject ("Libya withdrew $1bn in assets"); not an
    // adjunct ("at his lowest ebb"). A passive keeps its voice ("was added to the squad").
    if (first.prep && !event && !(passive && t.relationTokens.some((i) => tokens[i]?.pos === 'ADP'))) continue;
    // ("headed home after 23 minutes": a stretch of time after "after", "within" ... is when, not what.)
    const lastRelation = tokens[t.relationTokens[t.relationTokens.length - 1]];
    // (Kept when the predicate keeps the preposition: "jailed for 12 years", "suspended for two years".)
    if (TIME_ADJUNCT_PREPS.has(lastRelation?.normal ?? '') && !rel.predicate.endsWith(` ${lastRelation.normal}`) && TIME_UNIT_WORDS.has(tokens[first.head]?.normal ?? '')) continue;
    let name = conceptText(s, first);
    // "$1bn in assets", "20% of shares": an amount takes the of/in phrase that says what it counts.
    const nextSpan = t.argSpans[2];
    if (name && nextSpan && first.span[1] > first.span[0] && isAmount(tokens, first.span[0], first.span[1], first.span[1] - 1) && ['in', 'of'].includes(tokens[nextSpan[0]]?.normal)) {
      name = spanText(s, first.span[0], nextSpan[1]);
    }
    if (!name) continue;
    const predicate = passive ? passivePredicate(tokens, t.relationTokens) : rel.predicate;
    if (predicate) addFact(s, covered, subject.entity, rel.verb, predicate, name, negated, confidence * 0.8);
  }
}

/** The span holds a name's possessive ("Mr Smith's departure") for another entity than `subject`. */
function ownedByOther(tokens: readonly Token[], tokenEntity: Int32Array, [start, end]: readonly [number, number], subject: number): boolean {
  for (let k = start + 1; k < end; k++) if (isPossessiveS(tokens[k].normal) && tokenEntity[k - 1] >= 0 && tokenEntity[k - 1] !== subject) return true;
  return false;
}

/** A verb of denial ("deny", "refute") stands in tokens [from, to). */
function deniedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].pos === 'VERB' && DENIAL_VERBS.has(tokens[k].lemma)) return true;
  return false;
}

/** Whether the tuple's relation words or its first argument after the subject open with the determiner "no" (not "No 10"). */
function deniedByNo(tokens: readonly Token[], t: TupleSpans): boolean {
  for (const k of t.relationTokens) if (isNoDeterminer(tokens, k)) return true;
  return t.argSpans.length > 1 && isNoDeterminer(tokens, t.argSpans[1][0]);
}

/**
 * "A Series of Unfortunate Events, starring Jim Carrey": where a capitalised title cut at its "of"
 * ends (its words joined by "of", "the", "and"); the span's own end when it is no such title.
 */
function workTitleEnd(tokens: readonly Token[], [start, end]: [number, number], limit: number): number {
  if (end <= start || !/^\p{Lu}/u.test(tokens[start].text) || !/^\p{Lu}/u.test(tokens[end - 1].text)) return end;
  let e = end;
  while (e + 1 < limit && TITLE_JOINERS.has(tokens[e].normal) && /^\p{Lu}/u.test(tokens[e + 1].text)) {
    e += 2;
    while (e < limit && /^\p{Lu}/u.test(tokens[e].text) && tokens[e].pos !== 'PUNCT') e++;
  }
  return e;
}

/** Lower-case words inside a work's title ("A Series of Unfortunate Events", "Flight of the Phoenix"). */
const TITLE_JOINERS = new Set(['of', 'the', 'and']);

/** True when an argument after the first has a token of an entity. */
function namedLaterArgument(tokenEntity: Int32Array, argSpans: ReadonlyArray<[number, number]>): boolean {
  for (let a = 1; a < argSpans.length; a++) for (let k = argSpans[a][0]; k < argSpans[a][1]; k++) if (tokenEntity[k] >= 0) return true;
  return false;
}

/**
 * Whether any tuple of the sentence could give a candidate, told before the extractor runs (it is
 * the relation step's costliest part). Every candidate needs a relation word tagged VERB
 * (relationPredicate, reportedContent), and an entity as the subject, the head of the first
 * argument, which ends before the verb of its tuple; or, with the entity after every verb, a
 * passive's "by" agent, a performer after "star"/"feature", or the speaker of an inverted report
 * ("..., said Acme"). A sentence with none of these is skipped: the same candidates, less work.
 */
function mayYield(tokens: readonly Token[], tokenEntity: Int32Array, start: number, end: number): boolean {
  let firstEntity = -1;
  let lastVerb = -1;
  let anyVerb = false;
  let late = false;
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (firstEntity < 0 && tokenEntity[k] >= 0) firstEntity = k;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      lastVerb = k;
      if (t.pos === 'VERB') {
        anyVerb = true;
        const lemma = lemmaOf(t);
        if (REPORTING_VERBS.has(lemma) || INVERSE_VERBS.has(lemma)) late = true;
      }
    } else if (t.normal === 'by') late = true;
  }
  return anyVerb && firstEntity >= 0 && (firstEntity < lastVerb || late);
}

/** The token before `k` (spaces skipped), in its sentence, is a quote mark closing a quotation after a comma ('," confirmed', '?" asked'). */
function closingQuoteBefore(tokens: readonly Token[], k: number): boolean {
  let q = k - 1;
  while (q >= 0 && tokens[q].pos === 'SPACE') q--;
  return q >= 1 && tokens[q].sentence === tokens[k].sentence && CLOSING_QUOTE_MARKS.has(tokens[q].text) && /^[,!?]$/.test(tokens[q - 1].text);
}

/** "Mary Jones, from Acme told ...": a phrase right after a preposition is its object, no subject (a relative clause's antecedent may be: "a worry over X, who withdrew"). */
function afterPreposition(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && tokens[k].pos === 'SPACE') k--;
  return k >= 0 && tokens[k].pos === 'ADP';
}

/** True when the subject starting at `start` follows a claim noun ("allegations (that) he ..."). */
function claimNounBefore(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && tokens[k].pos === 'SPACE') k--;
  if (k >= 0 && tokens[k].normal === 'that') k--;
  while (k >= 0 && tokens[k].pos === 'SPACE') k--;
  return k >= 0 && CLAIM_NOUNS.has(tokens[k].normal);
}

/** Confidence of a reported-content concept, as the rules give it. */
const REPORTED_CONFIDENCE = 0.35;

/** Longest reported content kept as a concept, in tokens. */
const MAX_CONTENT_TOKENS = 22;

/**
 * "..., said Paul Dergarabedian": what a named speaker reported, as a low-confidence concept
 * (the speech relates no entities, but its content is often a key fact), when the rules gave
 * no report of that speaker for the sentence. Direct first-person quotes are left out.
 */
function reportedContent(s: SentenceScope, covered: { facts: Map<string, string[]> }, t: TupleSpans): void {
  const { tokens, tokenEntity, entities } = s.ctx;
  const speaker = argumentHead(tokens, tokenEntity, t.argSpans[0], true, entities);
  if (speaker.entity < 0 || speaker.prep) return;
  const verbs = t.relationTokens.map((i) => tokens[i]).filter((w) => w?.pos === 'VERB');
  const verb = verbs.length ? lemmaOf(verbs[verbs.length - 1]) : '';
  if (!REPORTING_VERBS.has(verb) || t.negated || t.confidence < 0.5) return;
  if ([...covered.facts.keys()].some((k) => k.startsWith(`${speaker.entity}|`) && REPORTING_VERBS.has(k.split('|')[1]))) return;
  let [start, end] = t.argSpans[1];
  while (start < end && (tokens[start].pos === 'PUNCT' || tokens[start].pos === 'SPACE' || tokens[start].normal === 'that')) start++;
  while (end > start && (tokens[end - 1].pos === 'PUNCT' || tokens[end - 1].pos === 'SPACE')) end--;
  if (end - start < 3 || end - start > MAX_CONTENT_TOKENS) return;
  // A direct quote (quote marks in or around the content) or a clause cut short ("... are", "... which").
  const from = Math.max(s.sentence.tokenStart, t.argSpans[1][0] - 2);
  const to = Math.min(s.sentence.tokenEnd, t.argSpans[1][1] + 2);
  for (let k = from; k < to; k++) if (DOUBLE_QUOTE_MARKS.has(tokens[k].text) || (k >= start && k < end && FIRST_PERSON.has(tokens[k].normal))) return;
  const last = tokens[end - 1];
  if (['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART'].includes(last.pos) || ['which', 'who', 'that'].includes(last.normal)) return;
  const name = spanText(s, start, end);
  // The rules' confidence for reported content (verb-relations clauseObject).
  addFact(s, covered, speaker.entity, verb, verb, name, false, REPORTED_CONFIDENCE);
}

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);

/** Verbs whose subject is a work and whose object the person in it ("the sequel stars X"). */
const INVERSE_VERBS = new Set(['star', 'feature']);

/** The entity a passive's by-phrase names: the first argument (relation ending in "by") or a later "by" argument. */
function passiveAgent(tokens: readonly Token[], tokenEntity: Int32Array, t: TupleSpans, first: ArgumentHead): number {
  const last = tokens[t.relationTokens[t.relationTokens.length - 1]];
  if (last?.normal === 'by' || first.prep === 'by') return first.entity;
  for (let a = 2; a < t.argSpans.length; a++) {
    const later = argumentHead(tokens, tokenEntity, t.argSpans[a]);
    if (later.prep === 'by') return later.entity;
  }
  return -1;
}

/** "be added to": a passive keeps its auxiliary and participle, with its preposition. */
function passivePredicate(tokens: readonly Token[], relationTokens: readonly number[], direct = false): string | undefined {
  const rel = relationTokens.map((i) => tokens[i]).filter(Boolean);
  const verbs = rel.filter((t) => t.pos === 'VERB');
  const main = verbs[verbs.length - 1];
  if (!main) return undefined;
  const prep = rel.filter((t) => t.pos === 'ADP' && t.i > main.i).pop();
  // ("refused to be paid for": a kept intention comes first.)
  const lead = intentLead(verbs);
  // ("be named": with `direct`, a passive whose object follows it with no preposition.)
  if (!prep) return direct ? `${lead}be ${main.normal}` : undefined;
  if (prep.normal === 'by') return undefined;
  return `${lead}be ${main.normal} ${prep.normal}`;
}

/** One entity-concept candidate, unless the rules stated a fuller fact with the same verb. */
function addFact(s: SentenceScope, covered: { facts: Map<string, string[]> }, subject: number, verb: string, predicate: string, name: string, negated: boolean, confidence: number): void {
  const key = `${subject}|${verb}`;
  const prior = covered.facts.get(key) ?? [];
  if (prior.some((p) => p.includes(name))) return;
  covered.facts.set(key, [...prior, name]);
  addCandidate(s, entityEnd(subject), predicate, { kind: 'concept', name }, { negated, confidence });
}

/**
 * "on Ukraine's border and occupied Crimea": a bare -ed participle after "and", when what precedes
 * "and" is a prepositional object, modifies the next noun rather than coordinating a verb.
 */
function participleModifier(tokens: readonly Token[], relationTokens: readonly number[]): boolean {
  let only: Token | undefined;
  let count = 0;
  for (const i of relationTokens) if (tokens[i]) { only = tokens[i]; count++; }
  if (count !== 1 || only!.pos !== 'VERB' || !only!.normal.endsWith('ed')) return false;
  const v = only!.i;
  if (tokens[v - 1]?.normal !== 'and') return false;
  for (let k = v - 2; k >= 0 && k >= v - 7; k--) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PUNCT') return false;
    if (tokens[k].pos === 'ADP') return true;
  }
  return false;
}

/**
 * "directed Tautou in Amelie in 2001, which launched the actress": "which" never stands for a
 * person, so a relative tuple headed by it whose subject came out as a person has the wrong antecedent.
 */
function relativeWhich(tokens: readonly Token[], relationStart: number): boolean {
  for (let k = relationStart - 1; k >= 0 && k >= relationStart - 3; k--) {
    if (tokens[k].normal === 'which') return true;
    if (!['ADV', 'AUX', 'PART'].includes(tokens[k].pos)) return false;
  }
  return false;
}

/** A regular past participle ("packaged", "pre-packaged"); not "need", "shed". */
const PAST_PARTICIPLE = /^[a-z-]{2,}[^e]ed$/;

/**
 * "preparing pre-packaged movies", "respond to doping charges": the relation ends in an -ed word
 * right after a verb, or an -ing word right after "to", directly before a noun: that word
 * modifies the noun, so the tuple's relation is misread.
 */
function modifierAsVerb(tokens: readonly Token[], relationTokens: readonly number[]): boolean {
  const v = relationTokens[relationTokens.length - 1];
  const t = tokens[v];
  const nextPos = tokens[v + 1]?.pos;
  if (!t || t.pos !== 'VERB' || v === 0 || (nextPos !== 'NOUN' && nextPos !== 'PROPN')) return false;
  const prev = tokens[v - 1];
  // "Cara Diemont of IT/PRON firm/VERB Dimension Data": a word for a body between a name (or an acronym) and a name is a noun.
  if (relationTokens.length === 1 && DESCRIPTOR_NOUNS.has(t.normal) && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || /^[A-Z]{2,}$/.test(prev.text))) return true;
  if (prev.normal === 'to') return t.normal.endsWith('ing') && t.lemma !== t.normal;
  return prev.pos === 'VERB' && PAST_PARTICIPLE.test(t.normal);
}

function sameRelation(a: TupleSpans, b: TupleSpans): boolean {
  return a.relationTokens.length === b.relationTokens.length && a.relationTokens.every((x, k) => x === b.relationTokens[k]);
}

/**
 * Later arguments naming an entity after a preposition that marks a party ("withdrew $1bn from
 * the US"); other later arguments are adjuncts (time, place, manner: "refrain from action in
 * Ukraine" says nothing about Ukraine). The first such argument only.
 */
function laterParties(s: SentenceScope, covered: { pairs: Set<string> }, t: TupleSpans, subject: number, confidence: number, first: ArgumentHead, negated: boolean): void {
  const { tokens, tokenEntity } = s.ctx;
  // "withdrew its takeover offer for UFJ": a phrase after an event noun belongs to the noun;
  // "for" after any noun object mostly does ("won the award for Beautiful").
  const objectNoun = first.head >= 0 && !first.prep ? tokens[first.head].normal : '';
  if (objectNoun && (EVENT_NOUNS.has(objectNoun) || NOUN_COMPLEMENT_HEADS.has(objectNoun))) return;
  for (let a = 2; a < t.argSpans.length; a++) {
    // ("resigned after leaking details of his budget to journalist John Carvel": past an argument with a
    // verb of its own, a later phrase is that verb's.)
    if (hasVerb(tokens, t.argSpans[a - 1])) return;
    const later = argumentHead(tokens, tokenEntity, t.argSpans[a]);
    if (later.entity < 0) continue;
    // ("passed fit for Sunday's clash with Ireland": a party phrase right after a fixture or an event noun is the noun's;
    // "made his third start in the match against Globex": an appearance in a fixture is against its other side.)
    const last = t.argSpans[a - 1][1] - 1;
    if (last === t.argSpans[a][0] - 1 && tokenEntity[last] < 0 && (CONTEST_NOUNS.has(tokens[last].normal) || EVENT_NOUNS.has(tokens[last].normal))
      && !(first.head >= 0 && APPEARANCE_NOUNS.has(tokens[first.head].normal))) return;
    if (!PARTY_PREPS.has(later.prep) || (objectNoun && later.prep === 'for')) continue;
    // ("arrived back from his diplomatic mission to the Middle East": a journey's "to" is the journey's.)
    if (later.prep === 'to' && first.head >= 0 && TRAVEL_NOUNS.has(tokens[first.head].normal)) return;
    const predicate = relationPredicate(tokens, t.relationTokens, later.prep)?.predicate;
    // ("technology from Lucent, Nortel and Motorola": each name of a list is a party.)
    if (predicate) for (const e of listedEntities(tokens, tokenEntity, later.head, t.argSpans[a][1])) relate(s, covered, subject, predicate, e, negated, confidence * 0.9);
    return;
  }
}

/** The entity at `head` and the names listed right after it ("Lucent, Nortel and Motorola"), before `end`. */
function listedEntities(tokens: readonly Token[], tokenEntity: Int32Array, head: number, end: number): number[] {
  const out = [tokenEntity[head]];
  let k = head + 1;
  while (k < end) {
    let m = k;
    let joined = false;
    for (; m < end && tokenEntity[m] < 0 && (tokens[m].text === ',' || tokens[m].normal === 'and' || tokens[m].normal === 'or' || tokens[m].normal === 'the'); m++) joined ||= tokens[m].normal !== 'the';
    if (!joined || m >= end || tokenEntity[m] < 0) break;
    const e = tokenEntity[m];
    while (m < end && tokenEntity[m] === e) m++;
    // (A name that is a modifier or an owner is no list member: "Dogville and Dancer In The Dark director
    // Lars Von Trier", "with Dawson and Gloucester's Andy Gomarsall".)
    const after = tokens[m];
    if (after && (after.pos === 'NOUN' || after.pos === 'PROPN' || isPossessiveS(after.normal))) break;
    if (!out.includes(e)) out.push(e);
    k = m;
  }
  return out;
}

/** The token span [from, to) holds a verb (not one hyphened into a compound: "at fly-half"). */
function hasVerb(tokens: readonly Token[], [from, to]: readonly [number, number]): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].pos !== 'VERB') continue;
    const glued = innerHyphen(tokens, k + 1, to + 1) || (k > 0 && innerHyphen(tokens, k - 1, k + 1));
    if (!glued) return true;
  }
  return false;
}

/** One entity-entity candidate, unless the pair is already related in the sentence. */
function relate(s: SentenceScope, covered: { pairs: Set<string> }, subject: number, predicate: string, object: number, negated: boolean, confidence: number): void {
  if (subject === object) return;
  const key = pairKey(subject, object);
  if (covered.pairs.has(key)) return;
  covered.pairs.add(key);
  addCandidate(s, entityEnd(subject), predicate, entityEnd(object), { negated, confidence });
}


/** The concept an object head names: its phrase text, unless vague or a pronoun. */
function conceptText(s: SentenceScope, head: ArgumentHead): string | undefined {
  const { tokens } = s.ctx;
  const [start, span] = head.span;
  // "record profits thanks (to ...)": "thanks to" is a preposition, not part of the phrase.
  const end = span - start > 1 && tokens[span - 1].normal === 'thanks' && tokens[span]?.normal === 'to' ? span - 1 : span;
  if (end <= start || head.head < 0) return undefined;
  const h = tokens[head.head];
  if (VAGUE_HEADS.has(h.normal) || h.pos === 'PRON') return undefined;
  if (end - start === 1 && h.pos === 'NUM') return undefined;
  // ('was seeking "memorandums of understanding"' cut before "of": no quote mark left open.)
  const text = withBalancedQuotes(spanText(s, start, end));
  return /\p{L}/u.test(text) ? text : undefined;
}

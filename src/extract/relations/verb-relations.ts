// Relations carried by a verb: subject -verb (+particle/preposition)-> object, with the
// constructions news text uses most: passive turned active ("X was acquired by Y"), coordinated
// subjects and objects, light verbs folded ("imposed sanctions on X" -> sanction X), object
// control ("urged Putin to refrain" -> urge Putin, and Putin is the infinitive's subject),
// infinitive chains ("agreed to buy"), copulas ("X is the chief executive of Y", "X is a
// producer of Y") and reporting verbs, which give nothing by themselves.
import { lemmaOf, type Chunk, type VerbInfo } from './sentence-chunks.ts';
import {
  INFINITIVE_HEADS, MEASURE_HEADS, SPOKESPERSON_HEADS, hyphenedWordEndingAt, lastEntityBefore, nameAfterFrom, possessingSide, REDUCED_RELATIVE_PREPS, REPORT_HEADS, SIDE_HEADS, sideOf, absoluteClauseAfter, innerHyphen, isDash, actorOf, addCandidate, chargeHeld, chunkText, claimedSubject, conceptName, coordinatedLeft, coordinatedRight, entityEnd, entityType, isAmount, isNoDeterminer, isPunct, isTimeOnly, listGoesOn, listedFrom, spanText, thatClauseEnd, TIME_UNIT_WORDS, tok, withBalancedQuotes, word,
  type End, type SentenceScope,
} from './sentence-scope.ts';
import {
  AGENT_EVENT_NOUNS, APPEARANCE_NOUNS, CLAIM_NOUNS, CONTEST_NOUNS, DENIAL_VERBS, COMMUNICATION_VERBS, GATHERING_HEADS, DESCRIPTOR_NOUNS, EVENT_NOUNS, KEEP_PREPOSITION, LIGHT_VERBS, OBJECT_CONTROL_VERBS, RELATION_NOUNS,
  DOUBLE_QUOTE_MARKS, NOUN_COMPLEMENT_HEADS, OFFER_NOUNS, OPENING_QUOTE_MARKS, PREMISES_HEADS, SEAT_HEADS, OUTCOME_NOUNS, POSSESSIVE_PRONOUNS, PREPOSITIONAL_GERUNDS, QUOTE_MARKS, REPORTING_VERBS, ROLE_HEADS, SYMMETRIC_VERBS, TEAM_POSITIONS, TIME_ADJUNCT_PREPS, TRAVEL_NOUNS, VAGUE_HEADS, isBodyKind, nounPredicate,
} from './lexicon.ts';
import { isCompanyTitle, rolePredicate, titleOfChunk } from './role-relations.ts';
import { isWorkNoun } from './work-relations.ts';
import { countryOfDemonym } from '../entities/gazetteer.ts';
import { delivery, deliveryTo, fixtureSide, scoreResult, TAKING_VERBS } from './match-play.ts';
import { isPossessiveS } from '../text-case.ts';
import { jointPredicate } from './joint-acts.ts';
import { VENUE_FACTOR, namedPlaceAt, venuePlace } from './venue-places.ts';
import { kindIn } from './place-relations.ts';

interface Actor {
  /** Chunk index of the noun phrase. */
  chunk: number;
  /** Entity it stands for, or -1 (a concept subject: only kept as the patient of a passive). */
  entity: number;
  factor: number;
}

/** Prepositions opening an adverbial participle clause whose subject is the main clause's ("after being accused"). */
const ADVERBIAL_PREPS = new Set(['after', 'before', 'by', 'while', 'whilst', 'since', 'without', 'despite', 'through', 'upon', 'on', 'in', 'when', 'instead', 'although', 'though', 'because', 'as', 'if', 'unless', 'until', 'once']);

/** Gatherings that stand for whoever holds them ("spoke at Labour's conference"). */

/**
 * "at Labour's conference in Gateshead", "on Thursday in Brussels", "with Chirac in Paris": the
 * named place after a first phrase that is a gathering, a time or a name places the act itself
 * (not "from military action in Ukraine"); -1 if none.
 */
function gatheringPlace(s: SentenceScope, first: Chunk, p: Chunk | undefined, np: Chunk | undefined): number {
  const place = namedPlaceAt(s, p, np);
  if (place < 0) return -1;
  return first.np!.entity >= 0 || GATHERING_HEADS.has(tok(s, first.head).normal) || DWELLING_HEADS.has(tok(s, first.head).normal)
    || isTimeOnly(chunkText(s, first)) ? place : -1;
}

/** Buildings an act takes place in, whose town places the act: "died at his home in Guernsey", "was treated at a hospital in Leeds". */
const DWELLING_HEADS = new Set(['house', 'flat', 'apartment', 'residence', 'villa', 'hospital', 'clinic', 'hospice', 'hotel', ...SEAT_HEADS, ...PREMISES_HEADS]);

/** Participles that give a thing its name: opening a sentence ("Called X, the alliance will ..."), or after a common noun ("a company entitled X"). */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'christened', 'renamed', 'entitled', 'titled']);

/** Verbs taking a recipient and a thing ("gave Fiat a put option"); others read "beat Arsenal 2-1" as one object. */
const DATIVE_VERBS = new Set(['give', 'pay', 'sell', 'award', 'offer', 'send', 'lend', 'grant', 'hand', 'owe', 'promise', 'show', 'bring', 'teach', 'deny', 'cost', 'loan', 'leave', 'pass', 'supply', 'provide', 'charge', 'fine', 'win', 'earn']);

/** Double-object verbs whose first object is no recipient: the predicate they take with it. */
const DATIVE_PREDICATES: ReadonlyMap<string, string> = new Map([['fine', 'fine'], ['charge', 'charge'], ['cost', 'cost'], ['deny', 'deny'], ['win', 'win for'], ['earn', 'earn for']]);

/** Verbs whose "at" phrase is what they are about, not a place ("look at ways", "hint at a deal", "aim at"). */
const AT_OBJECT_VERBS = new Set(['look', 'hint', 'aim', 'point', 'laugh', 'stare', 'glance', 'marvel', 'rage', 'scoff', 'sneer', 'jeer', 'snap', 'swipe', 'lash', 'hit', 'arrive', 'target', 'direct', 'gaze', 'wink', 'nod']);

/** Most tokens of an object with the infinitive clause it is the subject of. */
const MAX_CONTROLLED_TOKENS = 16;

/**
 * The concept object at chunk `j` with the infinitive clause after it ("Chinese firms to bid for
 * gas exploration contracts", "government to act"), up to the clause's end; '' when the object is
 * a name, a pronoun or a description of a name, no infinitive follows, or the clause runs on too long.
 */
function controlledClause(s: SentenceScope, j: number): string {
  const { chunks } = s;
  const c = chunks[j];
  // (A description that stands for a name stays that name: "urged the club to reject" -> urge Manchester United.)
  if (c.kind !== 'NP' || c.np!.entity >= 0 || c.np!.pronoun || c.np!.group || objectEnd(s, j)?.end.kind !== 'concept') return '';
  let k = j + 1;
  if (chunks[k]?.kind === 'ADV' && word(s, chunks[k]) === 'not') k++;
  // ("led the market to date with the Prius": "to date" is no infinitive.)
  if (chunks[k]?.kind !== 'VG' || !chunks[k].vg!.infinitive || chunks[k].vg!.lemma === 'date') return '';
  let end = chunks[k].end;
  for (k++; k < chunks.length; k++) {
    const d = chunks[k];
    if (d.kind === 'SC' || d.kind === 'REL' || d.kind === 'CC' || (d.kind === 'PUNCT' && !isQuoteMark(s, d))) break;
    end = d.end;
  }
  let start = c.start;
  while (start < c.head && LEADING_DETERMINERS.has(tok(s, start).normal)) start++;
  if (end - start > MAX_CONTROLLED_TOKENS) return '';
  return withBalancedQuotes(spanText(s, start, end));
}

/** Determiners dropped from the front of a concept. */
const LEADING_DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Verbs whose frame takes a second object after the first, by preposition ("present X with Y",
 * "caution X against Y", "ban X from Y", "blame X for Y"): the phrase after the first object is
 * the verb's, not the object noun's. Verbs only, because a preposition after an object noun
 * usually belongs to the noun ("bought a stake in Acme", "warning a committee of MSPs"); not
 * "put X in/on/at Y" either, whose idioms outnumber its places on BBC ("put the visitors in
 * front", "put a brave face on the news").
 */
const SECOND_OBJECT_FRAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ...['present', 'provide', 'supply', 'charge', 'credit', 'replace', 'threaten', 'reward', 'furnish', 'equip', 'arm', 'saddle', 'burden'].map((v) => [v, ['with']] as const),
  ...['caution', 'warn', 'advise', 'protect', 'defend', 'insure', 'guard', 'turn'].map((v) => [v, ['against']] as const),
  ...['ban', 'bar', 'stop', 'prevent', 'exclude', 'deter', 'discourage', 'expel', 'suspend', 'block', 'shield', 'dissuade', 'prohibit', 'disqualify'].map((v) => [v, ['from']] as const),
  ...['blame', 'thank', 'praise', 'criticise', 'criticize', 'punish', 'fine', 'sack', 'reward', 'congratulate', 'commend', 'condemn', 'rebuke', 'slam', 'attack', 'hail', 'nominate', 'select', 'forgive', 'apologise', 'apologize'].map((v) => [v, ['for']] as const),
  ...['convict', 'clear', 'acquit', 'inform', 'remind', 'notify', 'rob', 'deprive', 'strip', 'suspect', 'assure', 'convince'].map((v) => [v, ['of']] as const),
  ...['force', 'pressure', 'pressurise', 'pressurize', 'push', 'drag', 'lure', 'pour', 'plunge', 'tempt', 'trick', 'coerce', 'bully', 'convert', 'transform'].map((v) => [v, ['into']] as const),
].map(([v, preps]) => [v, v === 'warn' ? ['against', 'about'] : v === 'reward' ? ['with', 'for'] : v === 'turn' ? ['against', 'into'] : v === 'convert' ? ['into', 'to'] : preps]));

/** Heads for a body's stock: "6.7% of Circuit City's shares". */
const SHARE_HEADS = new Set(['shares', 'stock', 'equity']);

/** Prepositions after a verb's object that may introduce a second, entity object ("bring X to Y"). */
const SECOND_OBJECT_PREPS = new Set(['to', 'with', 'from', 'against', 'into', 'of', 'for', 'about']);
/** Prepositions of a second, named object after a phrasal verb's object ("beat off competition from X"). */
const PARTICLE_SECOND_PREPS = new Set(['from', 'with', 'to', 'against']);
/** Verbs whose subject owns the plan, deal or bid they take as object ("announced a deal to buy"; not "rejected a bid to buy"). */
const OWN_INTENTION_VERBS = new Set(['announce', 'make', 'unveil', 'launch', 'sign', 'strike', 'reach', 'submit', 'table', 'outline', 'confirm', 'reveal', 'seal', 'finalise', 'finalize', 'draw', 'set']);
/** Verbs that move a thing to a recipient or from a source ("sold its stake to", "bought the rights from"). */
const TRANSFER_VERBS = new Set(['transfer', 'sell', 'buy', 'acquire', 'purchase', 'hand', 'pass', 'lend', 'give', 'supply', 'export', 'import']);
/** Prepositions of a phrase that qualifies an object ("its operations in the area", "10 of its planes"). */
const QUALIFYING_PREPS = new Set(['in', 'of', 'at', 'on']);
/** Objects whose "about" phrase says whom they are about: "made remarks about X", "voiced concerns about Y". */
const ABOUT_OBJECT_HEADS = new Set(['remarks', 'remark', 'comments', 'comment', 'concern', 'concerns', 'worries', 'fears', 'doubts', 'questions',
  'claims', 'allegations', 'complaints', 'complaint', 'jokes', 'statement', 'statements', 'criticism', 'warning', 'warnings', 'reservations', 'misgivings']);


export function verbRelations(s: SentenceScope): void {
  const subjectsOf = new Map<number, Actor[]>();
  let prevVg = -1;
  let lastFinite: Actor[] = [];
  // The last finite clause's subjects, skipping verbs that are likely mis-tagged nouns: what an
  // adjunct participle ("..., beating X") inherits.
  let lastClause: Actor[] = [];
  // The last named speakers of a verb of saying: what a second verb of saying after "and" goes back to
  // ("said the economy was strong and warned that ...").
  let lastSpeakers: Actor[] = [];
  for (let k = 0; k < s.chunks.length; k++) {
    if (s.chunks[k].kind !== 'VG') continue;
    const previous = prevVg >= 0 ? subjectsOf.get(prevVg) ?? [] : [];
    let subjects = findSubjects(s, k, previous, prevVg >= 0 && s.chunks[prevVg].vg!.gerund, lastFinite, lastClause, lastSpeakers);
    // "denied allegations he pressured X": a clause reported as a claim is not asserted.
    if (claimedClause(s, k)) subjects = subjects.map((a) => ({ ...a, factor: a.factor * CLAIM_FACTOR }));
    subjectsOf.set(k, subjects);
    prevVg = k;
    const vg = s.chunks[k].vg!;
    if (!vg.infinitive && !vg.gerund && subjects.length) {
      lastFinite = subjects;
      if (SPEECH_VERBS.has(vg.lemma) && subjects.some((a) => a.entity >= 0)) lastSpeakers = subjects;
      if (!nounLikeVerb(s, k)) lastClause = subjects;
    }
    // ("in Manchester and not Blackpool": a negator alone is no verb.)
    if (subjects.length && vg.lemma !== 'not' && vg.lemma !== 'never') {
      relate(s, k, subjects);
      inPlaceOf(s, k, subjects);
    } else if (vg.bareParticiple && isPunct(s, s.chunks[k - 1], ',') && s.chunks[k - 2]?.kind === 'NP' && s.chunks[k - 2].np!.entity >= 0) {
      // ("Szilard Nemeth, recalled in place of Joseph-Desire Job, was denied": a participle set off after a name is the name's.)
      inPlaceOf(s, k, [{ chunk: k - 2, entity: s.chunks[k - 2].np!.entity, factor: 0.9 }]);
    }
    if (vg.lemma === 'star') performerPart(s, k);
    // (A possessed plural subject is no actor, so it is read apart from relate.)
    if (MEMBERSHIP_VERBS.has(vg.lemma) && !vg.negated) possessedMembers(s, k, vg.certainty);
  }
}

/** "The Aviator, starring Leonardo DiCaprio as Howard Hughes", "the film stars X as Y": the performer plays the part. */
function performerPart(s: SentenceScope, k: number): void {
  const { chunks } = s;
  const c = chunks[k + 1];
  const performer = c?.kind === 'NP' ? c.np!.entity : -1;
  if (performer < 0 || entityType(s, performer) !== 'PERSON' || word(s, chunks[k + 2]) !== 'as' || chunks[k + 2].kind === 'NP') return;
  const part = chunks[k + 3]?.kind === 'NP' ? chunks[k + 3].np!.entity : -1;
  const vg = chunks[k].vg!;
  if (part >= 0 && part !== performer && entityType(s, part) === 'PERSON') addCandidate(s, entityEnd(performer), 'star as', entityEnd(part), { negated: vg.negated, confidence: 0.6 * vg.certainty });
}

/** Confidence factor of a clause that only reports a claim: below the default threshold. */
const CLAIM_FACTOR = 0.3;

/**
 * True when the verb group at `k` heads a clause that complements a claim noun: "allegations
 * (that) he pressured X", "reports that Y had bought Z". Its content is someone's claim.
 */
function claimedClause(s: SentenceScope, k: number): boolean {
  const { chunks } = s;
  let j = k - 1;
  while (chunks[j]?.kind === 'ADV') j--;
  if (chunks[j]?.kind !== 'NP') return false;
  if (claimedSubject(s, j)) return true;
  // ("Mr Sullivan rejects a suggestion that/PRON he had once told Bert Roberts": a claim the subject
  // rejects, its "that" tagged a pronoun.)
  const claim = chunks[j - 2];
  return word(s, chunks[j - 1]) === 'that' && claim?.kind === 'NP' && CLAIM_NOUNS.has(tok(s, claim.head).normal)
    && chunks[j - 3]?.kind === 'VG' && REJECTING_VERBS.has(chunks[j - 3].vg!.lemma) && !chunks[j - 3].vg!.negated
    // (Not "refused to deny the claim that he told the prime minister": a denial withheld.)
    && !s.ctx.tokens.slice(chunks[j - 3].start, chunks[j - 3].end).some((t) => WITHHOLDING_VERBS.has(t.lemma ?? t.normal));
}

/** Verbs that withhold the act of the verb after them ("refused to deny", "failed to rebut"). */
const WITHHOLDING_VERBS = new Set(['refuse', 'fail', 'decline']);

/** Verbs that reject what their object claims ("rejects a suggestion that", "dismissed claims that"). */
const REJECTING_VERBS = new Set(['reject', 'deny', 'dismiss', 'refute', 'rubbish', 'dispute', 'rebut']);

/**
 * The actors of the noun phrases at `indexes`. As the subject of a verb other than "be"
 * (`subject`), a measure stands for its owner ("Japan's economy grew"); not as a passive agent,
 * nor before a copula ("the US's deficit was $124bn" says nothing the US did).
 */
function actorsAt(s: SentenceScope, indexes: number[], subject = true): Actor[] {
  const actors: Actor[] = [];
  for (const j of indexes) {
    const group = s.chunks[j].np?.group;
    if (group) {
      for (const entity of group) actors.push({ chunk: j, entity, factor: GROUP_FACTOR });
      continue;
    }
    const a = actorOf(s, s.chunks[j], subject);
    const of = a.entity < 0 ? governmentOf(s, j) : -1;
    if (of >= 0) actors.push({ chunk: j, entity: of, factor: 0.8 });
    else actors.push({ chunk: j, entity: a.entity, factor: a.entity >= 0 ? a.factor : 1 });
    // ("The Danish and German governments are challenging": a place joined before the modifier stands beside it.)
    const joined = a.entity >= 0 && a.entity !== s.chunks[j].np!.entity ? joinedPlaceBefore(s, j) : -1;
    if (joined >= 0 && joined !== a.entity) actors.push({ chunk: j, entity: joined, factor: a.factor });
  }
  return actors;
}

/**
 * The place of a bare demonym phrase joined by "and" before chunk `j` ("The Danish" in "The
 * Danish and German governments"), whose plural head it shares; -1 when there is none.
 */
function joinedPlaceBefore(s: SentenceScope, j: number): number {
  const c = s.chunks[j];
  const before = s.chunks[j - 2];
  if (!/s$/.test(tok(s, c.head).normal) || s.chunks[j - 1]?.kind !== 'CC' || word(s, s.chunks[j - 1]) !== 'and' || before?.kind !== 'NP') return -1;
  const place = before.np!.entity;
  if (place < 0 || entityType(s, place) !== 'LOC' || s.ctx.tokenEntity[before.head] !== place || !countryOfDemonym(tok(s, before.head).text)) return -1;
  for (let k = before.start; k < before.head; k++) if (s.ctx.tokenEntity[k] !== place && tok(s, k).pos !== 'DET') return -1;
  return place;
}

/** Heads of a country's rulers named with "of": "the government of Nigeria", "the authorities of Ukraine". */
const GOVERNMENT_OF_HEADS = new Set(['government', 'authorities', 'administration', 'regime', 'parliament']);

/** "The government of Nigeria is hoping to triple cocoa production": the country, for such a head and "of" a place; -1 otherwise. */
function governmentOf(s: SentenceScope, j: number): number {
  const c = s.chunks[j];
  if (c.kind !== 'NP' || c.np!.pronoun || !GOVERNMENT_OF_HEADS.has(tok(s, c.head).normal) || c.end - c.head !== 1) return -1;
  const p = s.chunks[j + 1];
  const place = s.chunks[j + 2];
  if (p?.kind !== 'P' || word(s, p) !== 'of' || place?.kind !== 'NP' || place.np!.entity < 0 || entityType(s, place.np!.entity) !== 'LOC') return -1;
  return s.ctx.tokenEntity[place.end - 1] === place.np!.entity ? place.np!.entity : -1;
}

/** Confidence factor for a member of a group reference ("the pair"). */
const GROUP_FACTOR = 0.75;

/** "minister for women Jacqui Smith", "director of rugby Warren Gatland": prepositions inside a title's portfolio. */
const PORTFOLIO_PREPS = new Set(['for', 'of']);
/** "Shares in Vodafone", "Profits at Barclays", "sales of Apple": prepositions between a measure and its body. */
const MEASURE_PREPS = new Set(['in', 'at', 'of']);

/** Verbs whose passive keeps a second object ("was given a ban", "was made an OBE", "was awarded the prize"). */
const PASSIVE_SECOND_OBJECT_VERBS = new Set(['give', 'hand', 'make', 'award', 'grant', 'offer', 'deny', 'refuse', 'send', 'show', 'pay', 'promise',
  'lend', 'sell', 'serve', 'issue', 'fine', 'charge', 'dub', 'crown', 'vote', 'declare', 'rate', 'rank']);

/** Verbs whose object did what "for" + an -ing verb says ("reward Tripoli for giving up", "criticised Blair for failing"). */
const FOR_DEED_VERBS = new Set(['reward', 'praise', 'thank', 'criticise', 'criticize', 'blame', 'fine', 'punish', 'ban', 'sue', 'attack', 'condemn',
  'congratulate', 'applaud', 'commend', 'credit', 'accuse', 'charge', 'arrest', 'jail', 'sentence', 'suspend', 'sack', 'hail', 'slam', 'rebuke', 'penalise', 'penalize']);

/** Participles whose "by" phrase after a comma goes on a list or gives a cause, not an agent of the noun before. */
const ADJUNCT_PARTICIPLES = new Set(['follow', 'help', 'accompany', 'boost', 'hit', 'drive', 'fuel', 'hamper', 'offset', 'dominate', 'lead']);

/** Words tagged as prepositions that open a clause ("as Chelsea beat Acme", "after Washington imposed"). */
const SUBORDINATORS = new Set(['as', 'after', 'before', 'since', 'until', 'till', 'while', 'because', 'once', 'although', 'though', 'whereas', 'unless', 'if', 'when']);

/** "firms such as Sandoz", "shows like Battlestar Galactica": the preposition at chunk `p` lists examples of a noun. */
function exampleList(s: SentenceScope, p: number): boolean {
  const at = s.chunks[p].start;
  return s.ctx.tokens[at].normal === 'as' && s.ctx.tokens[at - 1]?.normal === 'such';
}

/**
 * The infinitive at chunk `k` opens an aside after the name that opens the sentence ("Corbett, soon
 * to reunite with", "Smith, due to meet"): that name's chunk, else -1.
 */
function infinitiveAsideAt(s: SentenceScope, k: number): number {
  const { chunks } = s;
  if (chunks[k]?.kind !== 'VG') return -1;
  // ("due to meet": the tagger leaves "due" a noun phrase and "to" a preposition.)
  const due = !chunks[k].vg!.infinitive && word(s, chunks[k - 1]) === 'to' && chunks[k - 2]?.kind === 'NP' && chunks[k - 2].end - chunks[k - 2].start === 1
    && ASIDE_ADJECTIVES.has(tok(s, chunks[k - 2].start).normal);
  if (!chunks[k].vg!.infinitive && !due) return -1;
  const comma = due ? k - 3 : chunks[k - 1]?.kind === 'ADV' ? k - 2 : k - 1;
  const name = chunks[comma - 1];
  if (!isPunct(s, chunks[comma], ',') || name?.kind !== 'NP' || name.np!.entity < 0 || name.np!.pronoun || entityType(s, name.np!.entity) === 'LOC') return -1;
  return onlyOpeners(s, comma - 1) ? comma - 1 : -1;
}

/** Adjectives before "to" that open an aside about what a name will do ("Smith, due to meet Blair, said"). */
const ASIDE_ADJECTIVES = new Set(['due', 'set', 'expected', 'likely', 'poised', 'about']);

/** Chunks before `k` are only adverbs and punctuation other than commas: `k` opens the sentence. */
function onlyOpeners(s: SentenceScope, k: number): boolean {
  for (let q = 0; q < k; q++) {
    const c = s.chunks[q];
    if (c.kind !== 'ADV' && (c.kind !== 'PUNCT' || isPunct(s, c, ','))) return false;
  }
  return true;
}

/**
 * True when the chunks before the comma at `comma` are a description that opens a clause: a
 * noun phrase naming no one, then prepositional phrases ("The director of public prosecutions",
 * "A spokesman for DLF Builders"), after the sentence start, a conjunction, an adverb, a comma or
 * a subordinator ("after the previous candidate").
 */
function descriptionOpensClause(s: SentenceScope, comma: number): boolean {
  const { chunks } = s;
  let r = comma - 1;
  while (chunks[r]?.kind === 'NP' && chunks[r - 1]?.kind === 'P' && !SUBORDINATORS.has(word(s, chunks[r - 1])) && chunks[r - 2]?.kind === 'NP') r -= 2;
  const head = chunks[r];
  if (head?.kind !== 'NP' || head.np!.entity >= 0 || head.np!.pronoun) return false;
  const before = chunks[r - 1];
  return !before || before.kind === 'ADV' || before.kind === 'CC' || before.kind === 'SC' || isPunct(s, before, ',')
    || before.kind === 'P' && SUBORDINATORS.has(word(s, before));
}

/** Before the comma at `comma`: a description opening the clause, then "who"/"that" and its short clause ("The man who was stabbed"). */
function restrictedDescriptionBefore(s: SentenceScope, comma: number): boolean {
  const { chunks } = s;
  for (let r = comma - 1; r >= Math.max(1, comma - 5); r--) {
    const c = chunks[r];
    if (c.kind === 'PUNCT' || c.kind === 'SC') return false;
    if (c.kind !== 'REL') continue;
    if (!['who', 'that'].includes(word(s, c)) || chunks[r + 1]?.kind !== 'VG') return false;
    return descriptionOpensClause(s, r);
  }
  return false;
}

function onlyAdverbsOrConjunctions(chunks: Chunk[], end: number): boolean {
  for (let q = 0; q < end; q++) if (chunks[q].kind !== 'ADV' && chunks[q].kind !== 'CC') return false;
  return true;
}

/**
 * "in the January transfer/VERB window", "for best Irish pop act/VERB": a lone base-form verb
 * right after a prepositional object is more likely a noun the tagger misread than a clause.
 */
function nounLikeVerb(s: SentenceScope, k: number): boolean {
  const c = s.chunks[k];
  const vg = c.vg!;
  return c.end - c.start === 1 && vg.surface === vg.lemma && s.chunks[k - 1]?.kind === 'NP' && s.chunks[k - 2]?.kind === 'P';
}

/** Particles that are never prepositions of place or time ("step up", "rule out", "hand over"). */
const ADVERB_PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away', 'over']);

/** Verbs of saying a speaker goes on with after "and" ("said ... and warned that ..."). */
const SPEECH_VERBS = new Set(['say', 'add', 'claim', 'insist', 'argue', 'state', 'suggest', 'stress', 'note', 'explain', 'reply', 'admit', 'acknowledge',
  'predict', 'estimate', 'warn', 'announce', 'confirm', 'reveal', 'deny', 'promise', 'pledge', 'vow', 'hint', 'concede', 'emphasise', 'emphasize',
  'believe', 'hope', 'fear', 'think', 'tell']);

/**
 * The verb group at chunk `k`, after "and" or "but", is an inflected verb of saying with no
 * auxiliary ("and warned", "but also said"; not "would recognise", nor "to monitor fraud and warn").
 */
function speechVerb(s: SentenceScope, k: number): boolean {
  const c = s.chunks[k];
  const cc = s.chunks[k - 1];
  if (c?.kind !== 'VG' || cc?.kind !== 'CC' || (word(s, cc) !== 'and' && word(s, cc) !== 'but')) return false;
  if (!SPEECH_VERBS.has(c.vg!.lemma) || c.vg!.infinitive || c.vg!.gerund || tok(s, c.head).normal === c.vg!.lemma) return false;
  for (let i = c.start; i < c.head; i++) if (tok(s, i).pos !== 'ADV') return false;
  return true;
}

/** Modals of a reported clause's future ("said Labour would set out"). */
const REPORTED_MODALS = new Set(['would', 'will', 'could', 'can', "'ll", 'might', 'may']);

/**
 * The verb group at `k`, after "and", is a plain past tense (no auxiliary) and the verb group before
 * it, in the same sentence, opens with a modal: the two do not share a subject.
 */
function pastAfterModalClause(s: SentenceScope, k: number): boolean {
  const { chunks } = s;
  const c = chunks[k];
  const head = tok(s, c.head);
  if (c.vg!.infinitive || c.vg!.gerund || c.vg!.passive || c.head !== c.start || head.pos !== 'VERB' || head.normal === c.vg!.lemma || !/ed$/.test(head.normal)) return false;
  // (With an object that opens with a determiner or an owner, or a particle: not "and elected officials".)
  const next = s.ctx.tokens[c.end];
  if (c.end === c.head + 1 && !(next && (next.pos === 'DET' || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.normal))))) return false;
  // (The clause's own verb: past an -ing or "to" verb in it, "for tackling immigration abuse".)
  let q = k - 2;
  while (q >= 0 && (chunks[q].kind !== 'VG' || chunks[q].vg!.gerund || chunks[q].vg!.infinitive)) q--;
  return q >= 0 && REPORTED_MODALS.has(tok(s, chunks[q].start).normal);
}

function findSubjects(s: SentenceScope, k: number, previous: Actor[], previousIsGerund: boolean, lastFinite: Actor[], lastClause: Actor[], lastSpeakers: Actor[]): Actor[] {
  const { chunks } = s;
  const vg = chunks[k].vg!;
  // ("Corbett, soon to reunite with Ronnie Barker, also criticised", "Smith, due to meet Blair,": an
  // infinitive set off after the name that opens the sentence says what the name will do.)
  const opened = infinitiveAsideAt(s, k);
  if (opened >= 0) return actorsAt(s, [opened], !vg.copula);
  // ("artistic director of this year's Meltdown festival, to be held at London's South Bank Centre": a
  // passive infinitive set off after a thing says what will be done with it; no one named is its subject.)
  if (vg.infinitive && vg.passive && isPunct(s, chunks[k - 1], ',') && chunks[k - 2]?.kind === 'NP' && chunks[k - 2].np!.entity < 0 && !chunks[k - 2].np!.pronoun) return [];
  if (vg.infinitive) {
    // Object control: "urged Putin to refrain", "called on Russia to de-escalate".
    const np = chunks[k - 1];
    // ("Sociedad have been given special permission by the Spanish FA to sign a player": after a
    // passive's agent the infinitive is the passive subject's, what it was given or allowed to do.)
    // (Only a passive that hands the act on, "was asked by", "been given permission by", "deemed by":
    // "was sold by the authorities to recover tax claims" is the agent's purpose.)
    if (np?.kind === 'NP' && chunks[k - 2]?.kind === 'P' && word(s, chunks[k - 2]) === 'by' && previous.length && HANDING_ON_PASSIVES.has(passiveBefore(s, k))
      && !INFINITIVE_HEADS.has(tok(s, np.head).normal)) return previous;
    if (np?.kind === 'NP') {
      const gov = chunks[k - 2]?.kind === 'VG' ? chunks[k - 2] : chunks[k - 2]?.kind === 'P' && chunks[k - 3]?.kind === 'VG' ? chunks[k - 3] : undefined;
      // "pleaded with Steve Gerrard to reject": "plead" controls its object only through "with".
      if (gov && (OBJECT_CONTROL_VERBS.has(gov.vg!.lemma) || (gov.vg!.lemma === 'plead' && word(s, chunks[k - 2]) === 'with'))) return actorsAt(s, coordinatedLeft(s, k - 1), !vg.copula);
      // "Google to acquire YouTube" (headline future), "a move by X to cut": the noun right before.
      if (!previous.length && chunks[k - 2]?.kind !== 'VG') return actorsAt(s, [k - 1], !vg.copula);
      // "compared Xstrata's attempt to take over WMC": after an intention noun the infinitive is the
      // noun's; its owner acts (the noun relations give "attempt to take over"), not the subject.
      if (INFINITIVE_HEADS.has(tok(s, np.head).normal)) {
        const a = actorOf(s, np);
        if (a.entity >= 0) return [{ chunk: k - 1, entity: a.entity, factor: 0.7 * a.factor }];
        // ("Hitachi announced a deal to buy plasma technology from Fujitsu", "unveiled plans to
        // cut": an intention with no owner, that the clause's subject makes or announces, is the subject's.)
        const gov = chunks[k - 2];
        return gov?.kind === 'VG' && OWN_INTENTION_VERBS.has(gov.vg!.lemma) && !gov.vg!.passive && np.np!.possessor < 0
          ? previous.map((x) => ({ ...x, factor: 0.8 * x.factor })) : [];
      }
      // "added to England's squad to face Ireland": an infinitive after a prepositional object
      // modifies that noun; its owner acts, not the clause's subject.
      // ...but "working with NTT DoCoMo to set standards": after a named partner the infinitive is
      // the clause's purpose, done by its subject.
      if (chunks[k - 2]?.kind === 'P' && word(s, chunks[k - 2]) === 'with' && np.np!.entity >= 0) return previous;
      // "met Chirac in Paris to discuss the constitution", "prepared to head to Brussels to meet with Bush": after a place, likewise.
      // ("is second favourite at William Hill to take the award": a body one is at, likewise.)
      if (chunks[k - 2]?.kind === 'P' && ['in', 'at', 'to', 'from'].includes(word(s, chunks[k - 2])) && np.np!.entity >= 0
        && (entityType(s, np.np!.entity) === 'LOC' || word(s, chunks[k - 2]) === 'at')) return previous;
      // "on a tour of Africa to highlight poverty": after a noun's of-complement the infinitive is the clause's purpose.
      if (chunks[k - 2]?.kind === 'P' && word(s, chunks[k - 2]) === 'of' && chunks[k - 3]?.kind === 'NP' && np.np!.entity >= 0 && entityType(s, np.np!.entity) === 'LOC') return previous;
      // "a decision by the Paris Club of creditor nations to write off": after an agent's own of-phrase, the agent.
      if (word(s, chunks[k - 2]) === 'of' && chunks[k - 2]?.kind === 'P' && chunks[k - 3]?.kind === 'NP' && chunks[k - 3].np!.entity >= 0
        && word(s, chunks[k - 4]) === 'by' && np.np!.entity < 0) return actorsAt(s, [k - 3], !vg.copula);
      if (chunks[k - 2]?.kind === 'P') {
        const a = actorOf(s, np);
        if (a.entity >= 0) return [{ chunk: k - 1, entity: a.entity, factor: 0.7 * a.factor }];
        // ("produced faultless changes in the final to put pressure on the Americans": after a time
        // or stage with no owner, the infinitive is the clause's purpose.)
        // ("European Union finance ministers meet on Thursday to discuss proposals": or after a day.)
        const when = ['in', 'during', 'at'].includes(word(s, chunks[k - 2])) && np.np!.possessor < 0 && TIME_OR_STAGE.has(tok(s, np.head).normal);
        // (Not after an intention noun and its day: "Kaplan's decisions on Saturday to disallow two tries".)
        const intention = chunks[k - 3]?.kind === 'NP' && INFINITIVE_HEADS.has(tok(s, chunks[k - 3].head).normal);
        return when || (word(s, chunks[k - 2]) === 'on' && isTimeOnly(chunkText(s, np)) && !intention) ? previous : [];
      }
    }
    return previous;
  }
  // "Dragons lock Ian Gough - out of the international reckoning since falling out with former coach Steve
  // Hansen - will send": an -ing verb inside an aside a dash opens after a name is that name's.
  // (Only after a subordinator or a preposition: "a composer and leading interpreter", "world governing body" are no acts.)
  if (vg.gerund && (chunks[k - 1]?.kind === 'SC' || chunks[k - 1]?.kind === 'P')) {
    const named = dashAsideName(s, k);
    if (named >= 0) return actorsAt(s, [named], !vg.copula);
  }
  // A fronted participle clause: "Speaking at Labour's conference, Mr Brown claimed ..." -> Brown.
  // ("According to Reuters, X ...", "Following the takeover, Y ...": a preposition-like -ing word opens no clause of the
  // subject's; "Following victories over South Africa, France ..." still tells who won.)
  const outcomeNext = chunks[k + 1]?.kind === 'NP' && OUTCOME_NOUNS.has(tok(s, chunks[k + 1].head).normal);
  if (vg.gerund && onlyOpeners(s, k) && (!PREPOSITIONAL_GERUNDS.has(vg.lemma) || vg.lemma === 'follow' && outcomeNext)) {
    for (let q = k + 1; q < chunks.length - 1 && q < k + 16; q++) {
      if (chunks[q].kind === 'VG') break;
      if (isPunct(s, chunks[q], ',') && chunks[q + 1]?.kind === 'NP' && chunks[q + 2]?.kind === 'VG') return actorsAt(s, coordinatedLeft(s, q + 1), !vg.copula);
    }
  }
  // "Called the Marlin Joint Development Association, the alliance will define ...": a fronted
  // naming participle names the description that is the subject.
  if (k === 4 && chunks[0].kind === 'VG' && NAMING_PARTICIPLES.has(tok(s, chunks[0].head).normal) && chunks[1].kind === 'NP' && chunks[1].np!.entity >= 0
    && isPunct(s, chunks[2], ',') && chunks[3].kind === 'NP' && chunks[3].np!.entity < 0 && !chunks[3].np!.pronoun && tok(s, chunks[3].start).normal === 'the'
    && tok(s, chunks[3].head).pos === 'NOUN') return [{ chunk: 3, entity: chunks[1].np!.entity, factor: 0.8 }];
  // "reward Tripoli for giving up weapons", "fined Chelsea for breaching the rules": after a verb's
  // object, "for" + an -ing verb says what the object did.
  if (vg.gerund && word(s, chunks[k - 1]) === 'for' && (chunks[k - 1].kind === 'P' || chunks[k - 1].kind === 'SC') && chunks[k - 2]?.kind === 'NP' && chunks[k - 3]?.kind === 'VG'
    && chunks[k - 2].np!.entity >= 0 && FOR_DEED_VERBS.has(chunks[k - 3].vg!.lemma)) return actorsAt(s, [k - 2], true);
  // "Reports that Tony Blair is planning an election have been described as ...", "Claims that Acme
  // will cut jobs were denied": after a claim noun's that-clause, the next finite verb is the noun's.
  if (!vg.gerund && !vg.bareParticiple) {
    const claim = claimBefore(s, k);
    if (claim >= 0) return actorsAt(s, [claim], !vg.copula);
  }
  // "Atticus Capital, holding 2% of Deutsche Boerse, wants ...": an -ing clause set off after the name
  // that opens the sentence says what the name does.
  if (vg.gerund && isPunct(s, chunks[k - 1], ',') && chunks[k - 2]?.kind === 'NP' && chunks[k - 2].np!.entity >= 0 && !chunks[k - 2].np!.pronoun
    && entityType(s, chunks[k - 2].np!.entity) !== 'LOC' && onlyOpeners(s, k - 2) && !PREPOSITIONAL_GERUNDS.has(vg.lemma)
    // (Not "Kinsey, starring Liam Neeson": a work's billing, see performerPart; nor "X, managing director of Y": a title.)
    && vg.lemma !== 'star' && !ROLE_HEADS.has(s.ctx.tokens[chunks[k].end]?.normal ?? '')) return actorsAt(s, [k - 2], !vg.copula);
  // ("Corbett, soon to reunite with Ronnie Barker for a new series, also criticised": past an
  // infinitive aside, the name that opens the sentence.)
  if (!vg.gerund && isPunct(s, chunks[k - 1], ',')) {
    for (let q = k - 2; q >= 1 && q > k - 14; q--) {
      if (chunks[q].kind === 'VG' && !chunks[q].vg!.infinitive && infinitiveAsideAt(s, q) < 0) break;
      if (!isPunct(s, chunks[q], ',')) continue;
      for (let verb = q + 1; verb <= q + 3; verb++) if (infinitiveAsideAt(s, verb) === q - 1) return actorsAt(s, [q - 1], !vg.copula);
      break;
    }
  }
  // "A German firm whose main product is derived from the saliva of the vampire bat is looking to raise": past a
  // restrictive relative clause (no commas) the noun it is about is the subject.
  if (!vg.gerund && !vg.bareParticiple) {
    const antecedent = restrictiveAntecedent(s, k);
    if (antecedent >= 0) return actorsAt(s, [antecedent], !vg.copula);
  }
  // Reduced passive: "new proposals announced by X" -> the noun right before.
  // ("Jason Parkinson, one of the game developers sacked by Argonaut": one of a group the name is set off as a member of.)
  if (vg.bareParticiple && word(s, chunks[k + 1]) === 'by' && chunks[k - 1]?.kind === 'NP' && chunks[k - 1].np!.entity < 0 && word(s, chunks[k - 2]) === 'of'
    && chunks[k - 3]?.kind === 'NP' && word(s, chunks[k - 3]) === 'one' && isPunct(s, chunks[k - 4], ',') && chunks[k - 5]?.kind === 'NP' && chunks[k - 5].np!.entity >= 0) {
    return actorsAt(s, [k - 5], !vg.copula);
  }
  if (vg.bareParticiple && word(s, chunks[k + 1]) === 'by' && chunks[k - 1]?.kind === 'NP') return actorsAt(s, coordinatedLeft(s, k - 1), !vg.copula);
  let j = k - 1;
  while (j >= 0) {
    const c = chunks[j];
    if (c.kind === 'ADV') { j--; continue; }
    if (c.kind === 'NP') {
      // A personal pronoun right before a verb is its subject ("all the posts he held"); one the
      // resolver left open, in a clause reported by named speakers, is them ("X and Y said they ...").
      if (c.np!.pronoun) {
        if (c.np!.entity < 0) {
          const speakers = reportedSpeakers(s, j, previous);
          if (speakers.length) return speakers;
        }
        return actorsAt(s, coordinatedLeft(s, j), !vg.copula);
      }
      // "Kalan Kawa Karim, an Iraqi Kurd living in Swansea,", "X, a banker based in London,": a
      // participle after an apposition describes the name the apposition is of.
      // ("Michael Lamberty, a Lufthansa spokesman told the BBC": a past form too, when the name opens
      // the clause; not "in a response to Gordon Prentice, the government said", "Directed by X, the film won".)
      const opener = chunks[j - 3];
      if ((vg.gerund || vg.bareParticiple) && j === k - 1 && c.np!.entity < 0 && tok(s, c.start).pos === 'DET' && isPunct(s, chunks[j - 1], ',')
        && chunks[j - 2]?.kind === 'NP' && chunks[j - 2].np!.entity >= 0 && !chunks[j - 2].np!.pronoun && entityType(s, chunks[j - 2].np!.entity) === 'PERSON'
        && (vg.gerund || !opener || opener.kind === 'PUNCT' || opener.kind === 'SC')) return actorsAt(s, [j - 2], !vg.copula);
      // "due to BT stretching the reach of ADSL": a name right before an -ing verb is its subject
      // (not a place: "people in the UK signing up").
      if (vg.gerund && j === k - 1 && c.np!.entity >= 0 && entityType(s, c.np!.entity) !== 'LOC') return actorsAt(s, [j], !vg.copula);
      // "with HMV, Virgin and Woolworths all donating their profits": after "with", a list of names
      // (a floating "all" or "both" may follow it) is the absolute clause's subject.
      if (vg.gerund && j === k - 2 && chunks[k - 1].kind === 'ADV' && FLOATING_ALL.has(word(s, chunks[k - 1])) && c.np!.entity >= 0) {
        const list = [j];
        while ((isPunct(s, chunks[list[0] - 1], ',') || word(s, chunks[list[0] - 1]) === 'and') && chunks[list[0] - 2]?.kind === 'NP') list.unshift(list[0] - 2);
        if (word(s, chunks[list[0] - 1]) === 'with' && chunks[list[0] - 1].kind === 'P') return actorsAt(s, list, !vg.copula);
      }
      // "scored twice as Chelsea beat Acme", "rose sharply after Washington imposed": a name after
      // a subordinating word, before a finite verb, is that clause's subject.
      // ("as Boro booked their place": a past form with an object is the clause's verb, not a reduced passive.)
      // ("rose 3% after the firm reported higher profits": or a description standing for the story's body.)
      if (chunks[j - 1]?.kind === 'P' && SUBORDINATORS.has(word(s, chunks[j - 1])) && (c.np!.entity >= 0 || (DESCRIPTOR_NOUNS.has(tok(s, c.head).normal) && actorOf(s, c, true).factor >= 0.7)) && j === k - 1
        // ("as Manchester United cruised into the quarter-finals": or a preposition other than "by".)
        && !vg.gerund && (!vg.bareParticiple || chunks[k + 1]?.kind === 'NP' || (chunks[k + 1]?.kind === 'P' && word(s, chunks[k + 1]) !== 'by'))
        && !exampleList(s, j - 1)) return actorsAt(s, coordinatedLeft(s, j), !vg.copula);
      // ("after Pieter de Villiers, Ludovic Valbon and Aurelien Rougerie all picked up injuries": a list
      // of names after the subordinating word is the clause's subject, "all" or "both" floating after it.)
      const floated = j === k - 2 && chunks[k - 1].kind === 'ADV' && FLOATING_ALL.has(word(s, chunks[k - 1]));
      if ((j === k - 1 || floated) && c.np!.entity >= 0 && chunks[j - 1]?.kind === 'CC' && !vg.gerund && !vg.infinitive
        && (!vg.bareParticiple || chunks[k + 1]?.kind === 'NP' || chunks[k + 1]?.kind === 'P')) {
        const list = subordinateList(s, j);
        if (list.length > 1) return actorsAt(s, list, !vg.copula);
      }
      // "Labour's deputy minister for women Jacqui Smith accused": a title's portfolio runs into the
      // name; the person closing the phrase is the subject.
      if (j === k - 1 && c.np!.entity >= 0 && entityType(s, c.np!.entity) === 'PERSON' && s.ctx.tokenEntity[c.start] !== c.np!.entity
        && /^\p{Ll}/u.test(tok(s, c.start).text) && chunks[j - 1]?.kind === 'P' && PORTFOLIO_PREPS.has(word(s, chunks[j - 1]))
        // (Only after a title: "the art collection of fashion designer Gianni Versace could fetch" is the collection's.)
        && chunks[j - 2]?.kind === 'NP' && ROLE_HEADS.has(tok(s, chunks[j - 2].head).normal)) return actorsAt(s, [j], !vg.copula);
      // "Shares in Vodafone rose 5%", "Profits at Barclays rose": a body's measure moves for it (as "Barclays' profits").
      if (j === k - 1 && c.np!.entity >= 0 && chunks[j - 1]?.kind === 'P' && MEASURE_PREPS.has(word(s, chunks[j - 1])) && entityType(s, c.np!.entity) !== 'PERSON'
        && chunks[j - 2]?.kind === 'NP' && chunks[j - 2].end - chunks[j - 2].start <= 2 && MEASURE_HEADS.has(tok(s, chunks[j - 2].head).normal) && !vg.copula && !vg.passive
        // ("Pernod shares in Paris": shares are traded in a place, not its.)
        && !(tok(s, chunks[j - 2].head).normal === 'shares' && entityType(s, c.np!.entity) === 'LOC')
        && (j - 3 < 0 || chunks[j - 3].kind !== 'P')) return [{ chunk: j, entity: c.np!.entity, factor: 0.7 }];
      // "A guitar belonging to Jimi Hendrix has been sold": the name closes a participle phrase
      // after the subject, which is the noun before it (no entity here).
      if (j === k - 1 && chunks[j - 1]?.kind === 'P' && chunks[j - 2]?.kind === 'VG' && (chunks[j - 2].vg!.gerund || chunks[j - 2].vg!.bareParticiple)
        && chunks[j - 2].end - chunks[j - 2].start === 1 && chunks[j - 3]?.kind === 'NP' && chunks[j - 3].np!.entity < 0 && !chunks[j - 3].np!.pronoun
        && !vg.gerund && !vg.bareParticiple) {
        // ("A survey conducted by PC Pro Magazine has revealed": a study's author says what it found.)
        if (word(s, chunks[j - 1]) === 'by' && c.np!.entity >= 0 && REPORT_HEADS.has(tok(s, chunks[j - 3].head).normal) && !vg.passive && !vg.copula) return [{ chunk: j, entity: c.np!.entity, factor: 0.7 }];
        return actorsAt(s, [j - 3], !vg.copula);
      }
      // A prepositional phrase between subject and verb ("Biden in his speech today said").
      // ...but "after Washington imposed": a preposition opening the clause is a subordinator.
      // "A report by the Commons work and pensions committee called for", "a survey by Sony Ericsson
      // predicted": the author of a study says what it found.
      if (j === k - 1 && c.np!.entity >= 0 && chunks[j - 1]?.kind === 'P' && ['by', 'from'].includes(word(s, chunks[j - 1])) && chunks[j - 2]?.kind === 'NP'
        && REPORT_HEADS.has(tok(s, chunks[j - 2].head).normal) && entityType(s, c.np!.entity) !== 'LOC' && !vg.passive && !vg.copula) return [{ chunk: j, entity: c.np!.entity, factor: 0.7 }];
      // "Two moments of magic from Brian O'Driscoll guided Ireland", "Two goals from Thierry Henry gave
      // Arsenal the win": what comes from a person, a deed or a thing, acts for them. (Not people from
      // a person: "a friend from Smith", "fans from X".)
      if (j === k - 1 && c.np!.entity >= 0 && entityType(s, c.np!.entity) === 'PERSON' && chunks[j - 1]?.kind === 'P' && word(s, chunks[j - 1]) === 'from'
        && chunks[j - 2]?.kind === 'NP' && chunks[j - 2].np!.entity < 0 && !chunks[j - 2].np!.pronoun && chunks[j - 2].np!.modifiers.length === 0 && chunks[j - 2].np!.possessor < 0
        && !isPeopleNoun(tok(s, chunks[j - 2].head).normal) && onlyOpeners(s, deedStart(s, j - 2)) && !vg.passive && !vg.copula && !vg.gerund && !vg.infinitive) {
        return [{ chunk: j, entity: c.np!.entity, factor: 0.7 }];
      }
      // ("Bullfrog Studios, which in 1987 produced Populous": or between a relative pronoun and its verb.)
      // ("leaving Liverpool in May following six years": not before a preposition-like -ing word, which has no subject.)
      // ("A spokesman for Acme said", "a spokeswoman for the company warned": a spokesperson speaks
      // for the body or person named after "for".)
      if (j === k - 1 && chunks[j - 1]?.kind === 'P' && word(s, chunks[j - 1]) === 'for' && chunks[j - 2]?.kind === 'NP' && chunks[j - 2].np!.entity < 0
        && SPOKESPERSON_HEADS.has(tok(s, chunks[j - 2].head).normal) && !vg.passive && !vg.gerund && !vg.infinitive) {
        const spoken = c.np!.entity >= 0 ? { entity: c.np!.entity, factor: 1 } : actorOf(s, c, true);
        if (spoken.entity >= 0) return [{ chunk: j, entity: spoken.entity, factor: 0.9 * spoken.factor }];
      }
      if (chunks[j - 1]?.kind === 'P' && (chunks[j - 2]?.kind === 'NP' || chunks[j - 2]?.kind === 'ADV' || chunks[j - 2]?.kind === 'REL')) {
        if (vg.gerund && PREPOSITIONAL_GERUNDS.has(vg.lemma) && j === k - 1) return [];
        j -= 2;
        continue;
      }
      // ('A "propaganda exercise" on the EU is being used': or after a quoted noun.)
      if (!vg.infinitive && chunks[j - 1]?.kind === 'P' && !SUBORDINATORS.has(word(s, chunks[j - 1])) && chunks[j - 2]?.kind === 'PUNCT' && isQuoteMark(s, chunks[j - 2]) && chunks[j - 3]?.kind === 'NP') { j -= 3; continue; }
      // "Emmanuel Ferry, from Exane BNP Paribas told Reuters": an unclosed apposition of affiliation.
      if (chunks[j - 1]?.kind === 'P' && ['from', 'of', 'at'].includes(word(s, chunks[j - 1])) && isPunct(s, chunks[j - 2], ',')
        && chunks[j - 3]?.kind === 'NP' && chunks[j - 3].np!.entity >= 0 && entityType(s, chunks[j - 3].np!.entity) === 'PERSON') return actorsAt(s, [j - 3], !vg.copula);
      // ("In April the EC is due to start": a fronted time phrase is no noun the subject belongs to.)
      if (chunks[j - 1]?.kind === 'NP' && chunks[j - 2]?.kind === 'P' && !(c.np!.entity >= 0 && isTimeOnly(chunkText(s, chunks[j - 1])))) { j -= 3; continue; }
      // "The firm that bought Globex has cut 300 jobs": the object of a restrictive relative clause is
      // not the next verb's subject; the noun the clause is about is.
      // (Not after a verb that takes a clause: "a ruling which said Greece should have sole rights".)
      const relVerb = chunks[j - 1]?.kind === 'VG' ? chunks[j - 1].vg! : undefined;
      // (Nor after one whose object does the next verb: "a pact which could see India invest", "who demanded the IAAF investigate".)
      // ("the fact that representing Great Britain has always been", "warned Mr Ebbers that falsifying the books would be": after
      // "that" an -ing verb and its object are the subject: no name is.)
      if (j === k - 1 && relVerb?.gerund && chunks[j - 2]?.kind === 'REL' && word(s, chunks[j - 2]) === 'that' && !vg.gerund && !vg.bareParticiple) return [];
      if (j === k - 1 && relVerb && !relVerb.infinitive && !relVerb.gerund && !passesSubjectOn(relVerb.lemma)
        && chunks[j - 2]?.kind === 'REL' && chunks[j - 3]?.kind === 'NP'
        && !vg.gerund && !vg.bareParticiple && ['that', 'which', 'who'].includes(word(s, chunks[j - 2]))) return actorsAt(s, [j - 3], !vg.copula);
      return actorsAt(s, coordinatedLeft(s, j), !vg.copula);
    }
    // "The National Statistics Institute (INSEE) added": a bracketed short form after the subject.
    if (isPunct(s, c, ')') && chunks[j - 1]?.kind === 'NP' && isPunct(s, chunks[j - 2], '(') && chunks[j - 3]?.kind === 'NP') { j -= 3; continue; }
    // "Venezuela - the world's fifth largest oil exporter - sells": an apposition between dashes.
    if (isDash(s, c)) {
      const antecedent = relativeAntecedent(s, j);
      if (antecedent >= 0 && !vg.gerund) return actorsAt(s, coordinatedLeft(s, antecedent), !vg.copula);
      for (let q = j - 1; q >= Math.max(0, j - 12); q--) {
        const d = chunks[q];
        if (d.kind === 'VG' || d.kind === 'REL' || d.kind === 'SC' || d.kind === 'PUNCT' && !isDash(s, d) && !isPunct(s, d, ',')) break;
        if (!isDash(s, d)) continue;
        if (q < j - 1 && chunks[q - 1]?.kind === 'NP' && chunks[q - 1].np!.entity >= 0 && chunks[q - 2]?.kind !== 'P') return actorsAt(s, coordinatedLeft(s, q - 1), !vg.copula);
        // ("Another player - Jimmy White - has admitted": a description before a name between dashes is the name's.)
        // ("'The new Maradona' - Carlos Tevez - is joining Corinthians": the description may be quoted.)
        const d0 = chunks[q - 1]?.kind === 'PUNCT' && /^["'\u201d\u2019]$/.test(tok(s, chunks[q - 1].start).text) ? q - 2 : q - 1;
        if (q + 2 === j && chunks[d0]?.kind === 'NP' && chunks[d0].np!.entity < 0 && !chunks[d0].np!.pronoun && chunks[d0 - 1]?.kind !== 'P'
          && chunks[q + 1].kind === 'NP' && chunks[q + 1].np!.entity >= 0 && entityType(s, chunks[q + 1].np!.entity) !== 'LOC') return actorsAt(s, [q + 1], !vg.copula);
        break;
      }
      break;
    }
    if (isPunct(s, c, ',')) {
      // "Deco, formerly managed by Mourinho at Porto,": a reduced passive set off after a noun is said of it.
      // (Not ", followed by X" nor ", helped by X", which go on a list or give a cause; past an age: "Mutu, 25, sacked by Chelsea".)
      if (j === k - 1 && vg.bareParticiple && word(s, chunks[k + 1]) === 'by' && !ADJUNCT_PARTICIPLES.has(vg.lemma)) {
        let n = j - 1;
        if (chunks[n]?.kind === 'NP' && tok(s, chunks[n].head).pos === 'NUM' && isPunct(s, chunks[n - 1], ',')) n -= 2;
        const np = chunks[n];
        if (np?.kind === 'NP' && !np.np!.pronoun && !['NUM', 'SYM'].includes(tok(s, np.head).pos)) return actorsAt(s, [n], true);
      }
      // "Westlife won the award, beating former member Brian McFadden": an -ing clause set off
      // after a finished clause is an adjunct whose subject is that clause's.
      if (j === k - 1 && adjunctParticiple(s, k)) return lastClause;
      // "Microsoft, which makes Windows, said ...", "The US, which can veto any plan, said": a
      // relative clause set off between commas after the subject.
      const antecedent = relativeAntecedent(s, j);
      if (antecedent >= 0 && !vg.gerund) return actorsAt(s, coordinatedLeft(s, antecedent), !vg.copula);
      // Apposition: "HP, the world's biggest printer firm, declined"; also a participle clause
      // ("Aishwarya Rai, recently seen in X alongside Y, is building").
      for (let q = j - 1; q >= Math.max(0, j - 12); q--) {
        if (chunks[q].kind === 'REL') break;
        if (chunks[q].kind === 'VG') {
          // "Tony Wilson, the music mogul who established Factory Records, is to launch": a
          // description with its own relative clause set off after a name.
          // ("Stan Lee, the creator of superheroes that have become household names, has won": the description may
          // hold prepositional phrases before its relative pronoun.)
          let d = q - 2;
          for (let hops = 0; hops < 2 && chunks[d - 1]?.kind === 'P' && chunks[d - 2]?.kind === 'NP' && chunks[d]?.kind === 'NP'; hops++) d -= 2;
          const desc = chunks[d];
          const name = chunks[d - 2];
          if (chunks[q - 1]?.kind === 'REL' && desc?.kind === 'NP' && desc.np!.entity < 0 && !desc.np!.pronoun && isPunct(s, chunks[d - 1], ',')
            && name?.kind === 'NP' && name.np!.entity >= 0 && chunks[d - 3]?.kind !== 'P' && chunks[d - 3]?.kind !== 'VG') return actorsAt(s, [d - 2], !vg.copula);
          // Only a participle opening the apposition: ", recently seen in ...,".
          if (!chunks[q].vg!.bareParticiple && !chunks[q].vg!.gerund) break;
          let open = q - 1;
          if (chunks[open]?.kind === 'ADV') open--;
          if (isPunct(s, chunks[open], ',') && chunks[open - 1]?.kind === 'NP' && chunks[open - 1].np!.entity >= 0 && chunks[open - 2]?.kind !== 'P') return actorsAt(s, coordinatedLeft(s, open - 1), !vg.copula);
          break;
        }
        if (isPunct(s, chunks[q], ',')) {
          // "The SNP's Holyrood leader, Nicola Sturgeon, welcomed": a name set off after a
          // description that names no one is the subject.
          // ("The director of public prosecutions, Ken Macdonald, says", "after the previous candidate,
          // Robert Oulds, was sacked": or a description with prepositional phrases, opening a clause.)
          // ("The former manager of Johnny Cash, Saul Israel Holiff, has died": the description may end in a name.)
          if (q + 1 === j - 1 && chunks[j - 1].kind === 'NP' && chunks[j - 1].np!.entity >= 0 && chunks[q - 1]?.kind === 'NP'
            && ((chunks[q - 1].np!.entity < 0 && (onlyAdverbsOrConjunctions(chunks, q - 1) || descriptionOpensClause(s, q)))
              // (Not a place after a place: "MP for Henley-on-Thames, Oxfordshire, said".)
              || (chunks[q - 2]?.kind === 'P' && entityType(s, chunks[j - 1].np!.entity) !== 'LOC' && descriptionOpensClause(s, q)))) return actorsAt(s, [j - 1], !vg.copula);
          if (chunks[q - 1]?.kind === 'NP' && chunks[q - 2]?.kind !== 'P') return actorsAt(s, coordinatedLeft(s, q - 1), !vg.copula);
          // ("The man who was stabbed, Jimmy James Johnson, suffered": or a description its own restrictive relative clause ends.)
          if (q + 1 === j - 1 && chunks[j - 1].kind === 'NP' && chunks[j - 1].np!.entity >= 0 && restrictedDescriptionBefore(s, q)) return actorsAt(s, [j - 1], !vg.copula);
          break;
        }
      }
      break;
    }
    if (c.kind === 'REL') {
      // "a good move for Apple which has ...": a name of the right kind right before is the antecedent;
      // "anyone in the US who ...": otherwise the noun before the prepositional phrase.
      const near = chunks[j - 1]?.np?.entity ?? -1;
      const rel = word(s, c);
      const fits = near >= 0 && ((rel === 'who' && entityType(s, near) !== 'LOC') || (rel === 'which' && entityType(s, near) !== 'PERSON'));
      if (!fits && chunks[j - 1]?.kind === 'NP' && chunks[j - 2]?.kind === 'P' && chunks[j - 3]?.kind === 'NP') return actorsAt(s, [j - 3], !vg.copula);
      if (chunks[j - 1]?.kind === 'NP') return actorsAt(s, [j - 1], !vg.copula);
      // "Mr Brown, who married X": a non-restrictive relative after a comma.
      // ("Newcomer Ciara - who recently beat Elvis Presley -": or after a dash.)
      if ((isPunct(s, chunks[j - 1], ',') || isDash(s, chunks[j - 1])) && chunks[j - 2]?.kind === 'NP' && rel !== 'that') {
        // ("the Environmental Research Institute in Thurso, which is part of UHI": a town that places
        // a named body before the comma is no antecedent; the body is.)
        const placed = chunks[j - 2].np!.entity >= 0 && entityType(s, chunks[j - 2].np!.entity) === 'LOC' && ['in', 'at'].includes(word(s, chunks[j - 3]))
          && chunks[j - 4]?.kind === 'NP' && chunks[j - 4].np!.entity >= 0 && entityType(s, chunks[j - 4].np!.entity) === 'ORG';
        return actorsAt(s, [placed ? j - 4 : j - 2], !vg.copula);
      }
      break;
    }
    if (c.kind === 'CC' && ['and', 'but', 'or'].includes(word(s, c))) {
      // "on Ukraine's border and occupied Crimea": a bare participle before a name, after a
      // prepositional phrase, modifies the name rather than starting a new verb phrase.
      const next = chunks[k + 1];
      if (vg.bareParticiple && chunks[j - 1]?.kind === 'NP' && chunks[j - 2]?.kind === 'P' && next?.kind === 'NP' && next.np!.entity >= 0 && next.start === next.head) return [];
      // "the disposal of businesses and challenging trading conditions": a bare -ing form
      // after "and" is an adjective unless it parallels an -ing verb before.
      if (vg.gerund && !previousIsGerund) return [];
      // "told him about changes made to X's accounts to hide costs and had warned him": a finite
      // verb after "and" shares the last finite verb's subject.
      // ("giving up weapons and vowing to compensate": an -ing chain after "and" parallels the -ing verb before.)
      if (vg.gerund || (previousIsGerund && tok(s, chunks[k].start).normal.endsWith('ing'))) return previous;
      // "said the economy was strong and warned that ...": a second verb of saying is the speaker's, not the reported clause's.
      // ("Tony Blair said Labour would set out workable plans ... and attacked the Tory plans": a past
      // tense after a reported clause in "would" or "will" goes back to the speaker, as "said" did.)
      return (speechVerb(s, k) || pastAfterModalClause(s, k)) && lastSpeakers.length && j === k - 1 ? lastSpeakers : lastFinite;
    }
    break;
  }
  // "Google began blocking infected sites", "kept scoring goals": a verb that takes an -ing
  // complement shares its subject with it.
  // (Not after a chain that hedges it: "wants to start rebuilding", "agreed to continue buying".)
  const catenative = chunks[k - 1]?.kind === 'VG' ? chunks[k - 1] : undefined;
  if (vg.gerund && catenative && !catenative.vg!.negated && catenative.vg!.certainty === 1 && GERUND_CATENATIVES.has(catenative.vg!.lemma)
    && !inChain(s, catenative)) return previous;
  // A participle clause takes the main clause's subject ("..., after being accused of ...").
  // "plans for keeping X" or "charges of doping" attach to a noun: no subject to inherit.
  const first = tok(s, chunks[k].start).normal;
  if (vg.gerund || first.endsWith('ing')) {
    const before = chunks[k - 1];
    if (before?.kind === 'P' || before?.kind === 'SC') {
      const prep = word(s, before);
      // ("allowed England to gain ground after replacing Tait": not an infinitive's controlled object, the clause's subject.)
      if (ADVERBIAL_PREPS.has(prep)) return lastClause.length && objectControlledBefore(s, k - 1) ? lastClause : previous;
      if (prep === 'of' && chunks[k - 2]?.kind === 'VG') return previous;
      // "was fined for accusing X", "was praised for saving": a passive deed verb's for-clause is its subject's deed.
      if (prep === 'for' && passiveDeedBefore(s, k - 1)) return previous;
      // "was found guilty of stamping on X", "is capable of beating Y": a predicative adjective's of-clause.
      const adj = chunks[k - 2];
      if (prep === 'of' && adj?.kind === 'NP' && adj.end - adj.start === 1 && tok(s, adj.start).pos === 'ADJ' && chunks[k - 3]?.kind === 'VG') return previous;
    }
  }
  return [];
}

/** The chunk of the person or body named right before the dash that opens the aside chunk `k` is in (no verb between), or -1. */
function dashAsideName(s: SentenceScope, k: number): number {
  const { chunks } = s;
  for (let q = k - 1; q >= Math.max(1, k - 8); q--) {
    const c = chunks[q];
    if (c.kind === 'VG' || c.kind === 'REL' || (c.kind === 'PUNCT' && !isDash(s, c))) return -1;
    if (!isDash(s, c)) continue;
    const np = chunks[q - 1];
    // (The dash must open the aside, not close one: "surprised the football world - and Stam - by selling".)
    for (let r = q - 2; r >= Math.max(0, q - 4); r--) if (isDash(s, chunks[r])) return -1;
    return np?.kind === 'NP' && np.np!.entity >= 0 && entityType(s, np.np!.entity) !== 'LOC' && q < k - 1 ? q - 1 : -1;
  }
  return -1;
}

/** The verb group nearest before chunk `p` is an infinitive whose subject is the object of a control verb ("allowed England to generate"). */
function objectControlledBefore(s: SentenceScope, p: number): boolean {
  const { chunks } = s;
  let q = p - 1;
  while (q >= 0 && chunks[q].kind !== 'VG') q--;
  return q >= 2 && chunks[q].vg!.infinitive && chunks[q - 1].kind === 'NP' && chunks[q - 2].kind === 'VG' && OBJECT_CONTROL_VERBS.has(chunks[q - 2].vg!.lemma);
}

/**
 * A passive verb of reward or punishment comes before chunk `p` in its clause, past its objects
 * and adjuncts ("was fined £15,000 in December" before "for accusing X").
 */
function passiveDeedBefore(s: SentenceScope, p: number): boolean {
  for (let q = p - 1; q >= 0 && q >= p - 6; q--) {
    const c = s.chunks[q];
    if (c.kind === 'VG') return c.vg!.passive && FOR_DEED_VERBS.has(c.vg!.lemma);
    if (c.kind !== 'NP' && c.kind !== 'P' && c.kind !== 'ADV') return false;
  }
  return false;
}

/** The verb group is the end of an infinitive chain ("agreed to continue", "is to start"). */
function inChain(s: SentenceScope, c: Chunk): boolean {
  for (let i = c.start; i < c.end; i++) if (tok(s, i).normal === 'to') return true;
  return false;
}

/**
 * Verbs whose -ing complement is done by their own subject and happens ("began blocking", "kept
 * scoring"); not "stopped working", "considered buying", "avoided paying", which say it does not.
 */
const GERUND_CATENATIVES = new Set(['begin', 'start', 'keep', 'continue', 'resume', 'finish', 'enjoy']);

/**
 * The verb group at `k`, right after a comma, is an -ing adjunct of the clause before it: a
 * gerund, not a preposition-like one, and the clause before has its own finite verb after its
 * subject (so the comma does not close an apposition: "Mr Brown, speaking at X, said").
 */
function adjunctParticiple(s: SentenceScope, k: number): boolean {
  const vg = s.chunks[k].vg!;
  if (!vg.gerund || vg.words.length !== 1 || PREPOSITIONAL_GERUNDS.has(vg.lemma)) return false;
  for (let q = k - 2; q >= 0; q--) {
    const c = s.chunks[q];
    if (c.kind === 'VG' && !nounLikeVerb(s, q)) return !c.vg!.gerund && !c.vg!.infinitive;
    if (c.kind === 'REL' || c.kind === 'SC' || (c.kind === 'PUNCT' && !isPunct(s, c, ','))) return false;
  }
  return false;
}

/** Verbs that report a that-clause as well as taking noun objects ("warned that ...", "reports that ..."). */
const CLAUSE_VERBS = new Set(['warn', 'report', 'announce', 'confirm', 'reveal', 'tell', 'show', 'find', 'admit', 'deny', 'promise', 'pledge', 'vow', 'agree', 'decide',
  'rule', 'declare', 'learn', 'discover', 'concede', 'accept', 'recognise', 'recognize', 'emphasise', 'emphasize', 'signal', 'forecast', 'complain', 'demonstrate', 'prove', 'calculate']);

/**
 * Confidence of a reported clause: low, but above the default cut-off (0.3) even when the speaker
 * is named by a description standing for a body ("The party argues the pair should give up their
 * seats": factor 0.7).
 */
const REPORTED_CLAUSE_CONFIDENCE = 0.45;

/** The chunk's tokens, less the hyphens inside compounds. */
function wordCount(s: SentenceScope, c: Chunk): number {
  let n = 0;
  for (let i = c.start; i < c.end; i++) if (tok(s, i).text !== '-' || tok(s, i).spaceBefore) n++;
  return n;
}

/** What one goes to someone's ... of: "came to Everton's rescue", "rushed to her aid". */
const AID_HEADS = new Set(['rescue', 'aid', 'defence', 'defense', 'assistance', 'help', 'support']);

/** Chunk `to` is the "that" of a verb of saying or finding ending a short clause that began at chunk `from`. */
function nestedReport(s: SentenceScope, to: number, from: number): boolean {
  const vg = s.chunks[to - 1];
  return word(s, s.chunks[to]) === 'that' && vg?.kind === 'VG' && to - from <= 3 && !vg.vg!.negated && (REPORTING_VERBS.has(vg.vg!.lemma) || FINDING_VERBS.has(vg.vg!.lemma));
}

/** Verbs of what figures or studies show, which report a that-clause ("its figures suggested that"). */
const FINDING_VERBS = new Set(['suggest', 'show', 'indicate', 'find', 'reveal', 'confirm', 'prove', 'mean']);

/**
 * The first chunk of a that-clause after a time phrase opening at chunk `j` ("said on Wednesday
 * that ...", "said last week that ..."; the tagger may read that "that" as a pronoun), or -1.
 */
function thatAfterTime(s: SentenceScope, j: number): number {
  const { chunks } = s;
  const time = chunks[j]?.kind === 'P' && TIME_PREPS.has(word(s, chunks[j])) ? j + 1 : j;
  if (chunks[time]?.kind !== 'NP' || !isTimeOnly(chunkText(s, chunks[time]))) return -1;
  const that = chunks[time + 1];
  if (!that || that.end - that.start !== 1 || tok(s, that.start).normal !== 'that' || (that.kind !== 'SC' && that.kind !== 'NP')) return -1;
  return chunks[time + 2]?.kind === 'NP' ? time + 2 : -1;
}

/** Prepositions of a time phrase between a verb and its clause. */
const TIME_PREPS = new Set(['on', 'in', 'during']);

/**
 * What was said, as a low-confidence concept: "NSI said consumer spending rose 3.8%" ->
 * NSI -say-> "consumer spending rose 3.8%". Reported speech alone relates no entities, but its
 * content is often the article's key fact.
 */
function clauseObject(s: SentenceScope, k: number, j: number, subjects: Actor[]): void {
  const { chunks } = s;
  const vg = chunks[k].vg!;
  let from = j;
  if (chunks[from]?.kind === 'SC' && word(s, chunks[from]) === 'that') from++;
  if (chunks[from]?.kind !== 'NP') return;
  // The clause runs to punctuation, a subordinate conjunction or a relative pronoun; a long one
  // is cut after its first object, never inside a verb group.
  let to = from;
  let hasVerb = false;
  let tokens = 0;
  let lastGoodEnd = -1;
  // 'said the bid may be "against the national interest"': a quote mark inside the clause marks a
  // quoted fragment of indirect speech and does not end it (one at its start opens a direct quote).
  // ("said the combination of low cost, small size and huge numbers of iPod users could make it": a
  // comma inside a list of nouns does not end it either.)
  // ("said its figures suggested that sports games attracted 90% of males": a reported verb of
  // saying or finding keeps its own that-clause.)
  // (Nor does a hyphen inside a word: "these so-called attacks".)
  while (to < chunks.length && (chunks[to].kind !== 'PUNCT' || to > from && (isQuoteMark(s, chunks[to]) || listComma(s, to) || (chunks[to].end - chunks[to].start === 1 && innerHyphen(s.ctx.tokens, chunks[to].start, s.ctx.tokens.length))))
    && (chunks[to].kind !== 'SC' || nestedReport(s, to, from)) && chunks[to].kind !== 'REL') {
    if (chunks[to].kind === 'PUNCT') { to++; continue; }
    // (Right after the clause's first phrase, "and" joins its subjects: "alleged Mr Richter and his accomplices sent".)
    // (Not before a pronoun: "recognise Mike's value and we want ..." starts a clause of its own.)
    if ((hasVerb || to > from + 1 || chunks[to + 1]?.np?.pronoun) && chunks[to].kind === 'CC' && chunks[to + 1]?.kind === 'NP' && chunks[to + 2]?.kind === 'VG') break;
    // "said the aim was to preserve tradition and hinted that ...": a second verb of saying ends the first statement.
    if (chunks[to].kind === 'CC' && speechVerb(s, to + 1)) break;
    // (Words, not tokens: the hyphens of "so-called Denial-of-Service" count for nothing.)
    tokens += wordCount(s, chunks[to]);
    if (tokens > 20) break;
    if (chunks[to].kind === 'VG') hasVerb = true;
    if (hasVerb && chunks[to].kind === 'NP') lastGoodEnd = to + 1;
    to++;
  }
  if (tokens > 20) to = lastGoodEnd;
  // Never end on a dangling word ("... would", "... branding them a").
  while (to - 1 > from && dangling(s, chunks[to - 1])) to--;
  if (!hasVerb || to - from < 2 || chunks[to - 1].kind === 'VG' && chunks[to - 1].vg!.words.length === 1 && tokens > 20) return;
  let hasNoun = false;
  for (let c = from; c < to; c++) if (chunks[c].kind === 'NP' && ['NOUN', 'PROPN', 'NUM'].includes(tok(s, chunks[c].head).pos)) hasNoun = true;
  if (!hasNoun) return;
  // ("fears that/DET rising demand could ...", "claims that/PRON it is ...": a "that" the tagger did not call a conjunction opens the clause too.)
  let start = chunks[from].start;
  const after = chunks[from + 1];
  if (tok(s, start).normal === 'that' && (chunks[from].end - start > 1 || after?.kind === 'NP' || after?.kind === 'VG' && after.vg!.gerund)) start++;
  const text = withBalancedQuotes(spanText(s, start, chunks[to - 1].end));
  for (const subj of subjects) {
    if (subj.entity < 0) continue;
    addCandidate(s, entityEnd(subj.entity), vg.words.join(' '), { kind: 'concept', name: text }, { negated: vg.negated, confidence: REPORTED_CLAUSE_CONFIDENCE * vg.certainty * subj.factor });
  }
}

/** The comma at chunk `k` joins a list of noun phrases ("low cost, small size and huge numbers"). */
function listComma(s: SentenceScope, k: number): boolean {
  const { chunks } = s;
  if (!isPunct(s, chunks[k], ',') || chunks[k - 1]?.kind !== 'NP' || !listGoesOn(s, k - 1)) return false;
  // The list's last member ends it: not a clause of its own ("ownership, and it will not accept").
  let m = k;
  while (m < chunks.length && !(chunks[m].kind === 'CC')) m++;
  const last = chunks[m + 1];
  return last?.kind === 'NP' && !last.np!.pronoun && chunks[m + 2]?.kind !== 'VG';
}

/** Verbs that charge, clear or convict someone of something, with the preposition that names it. */
const ACCUSATION_VERBS: ReadonlyMap<string, string> = new Map([
  ['accuse', 'of'], ['suspect', 'of'], ['convict', 'of'], ['clear', 'of'], ['acquit', 'of'], ['find guilty', 'of'],
  ['charge', 'with'], ['credit', 'with'], ['blame', 'for'], ['criticise', 'for'], ['criticize', 'for'], ['fine', 'for'], ['ban', 'for'],
  ['sack', 'for'], ['praise', 'for'], ['arrest', 'for'], ['sue', 'for'], ['jail', 'for'], ['punish', 'for'],
]);

/**
 * "The SEC accused John Smith of fraud", "Police charged Smith with murder": what a named object
 * is accused, cleared or charged of is a fact about that object (Smith -be accused of-> fraud),
 * beside the accuser's relation to it.
 */
function accusedOf(s: SentenceScope, vg: VerbInfo, subjects: readonly Actor[], objects: readonly number[], after: number, negated: boolean, cert: number): void {
  const { chunks } = s;
  const prep = ACCUSATION_VERBS.get(vg.lemma);
  const p = chunks[after];
  if (!prep || vg.passive || p?.kind !== 'P' || word(s, p) !== prep) return;
  // The charge: a noun phrase, or an -ing clause ("of behaving like schoolboys").
  let name: string | undefined;
  const next = chunks[after + 1];
  if (next?.kind === 'NP' && next.np!.entity < 0 && !next.np!.pronoun) name = conceptName(s, after + 1);
  else if (next?.kind === 'VG' && next.vg!.gerund) {
    let end = after + 2;
    while (end < chunks.length && (chunks[end].kind !== 'PUNCT' || isQuoteMark(s, chunks[end])) && chunks[end].kind !== 'SC' && chunks[end].kind !== 'REL' && chunks[end].kind !== 'VG' && end < after + 8) end++;
    name = withBalancedQuotes(spanText(s, next.start, chunks[end - 1].end));
  }
  if (!name) return;
  const participle = vg.lemma === 'find guilty' ? 'found guilty' : PAST_PARTICIPLES.get(vg.lemma) ?? `${vg.lemma.replace(/e$/, '')}ed`;
  for (const o of objects) {
    const e = chunks[o].np!.entity;
    if (e >= 0) addCandidate(s, entityEnd(e), `be ${participle} ${prep}`, { kind: 'concept', name }, { negated, confidence: 0.6 * cert });
  }
  // The accuser's side too: "The Tories accused the prime minister of behaving like schoolboys" ->
  // Conservative Party -accuse of-> behaving like schoolboys.
  for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), `${vg.lemma} ${prep}`, { kind: 'concept', name }, { negated, confidence: 0.45 * cert * subj.factor });
}

/** Past participles the regular "-ed" rule would misspell, for the accused's passive ("be banned for", "be fined for"). */
const PAST_PARTICIPLES = new Map([['ban', 'banned'], ['jail', 'jailed'], ['sue', 'sued'], ['fine', 'fined'], ['acquit', 'acquitted'], ['criticize', 'criticized'], ['criticise', 'criticised']]);


/** A straight or curly double quote mark, not after a full stop ('the DEC. "I'd ...' opens a direct quote). */
function isQuoteMark(s: SentenceScope, c: Chunk): boolean {
  const t = tok(s, c.start).text;
  return DOUBLE_QUOTE_MARKS.has(t) && !/[.!?]$/.test(tok(s, c.start - 1)?.text ?? '');
}

/** States of two parties named by "in" + noun: "is in talks with", "was in negotiations with", "had been in touch with". */
const JOINT_STATE_NOUNS = new Map([['talks', 'talk'], ['negotiations', 'negotiate'], ['discussions', 'discuss'], ['touch', 'contact'],
  ['contact', 'contact'], ['dispute', 'dispute'], ['partnership', 'partner'], ['competition', 'compete'], ['alliance', 'ally'], ['league', 'ally']]);

/** "Mitsubishi is in talks with PSA" -> talk with: a joint state's other party after "with". */
function inJointState(s: SentenceScope, j: number, subjects: Actor[], negated: boolean, cert: number): void {
  const { chunks } = s;
  const c = chunks[j];
  const noun = c.np!.entity < 0 ? JOINT_STATE_NOUNS.get(tok(s, c.head).normal) : undefined;
  if (!noun || chunks[j + 1]?.kind !== 'P') return;
  // ("is in talks over a contract extension beyond 2007 with City": past what the talks are about.)
  const at = word(s, chunks[j + 1]) === 'with' ? j + 2 : TALK_NOUNS.has(tok(s, c.head).normal) && TOPIC_PREPS.has(word(s, chunks[j + 1])) ? partyAfterTopic(s, j + 2) : -1;
  if (at < 0 || chunks[at]?.kind !== 'NP') return;
  const predicate = noun === 'contact' ? noun : `${noun} with`;
  for (const o of coordinatedRight(s, at)) emit(s, subjects, predicate, o, { entity: 0.7 * cert, concept: 0 }, negated);
}

/** Reporting verbs that also take a thing as their object: "admitted two counts of fraud", "predicted a 5% rise", "recalled 1.5 million cars". */
const THING_REPORTING_VERBS = new Set(['claim', 'admit', 'acknowledge', 'predict', 'estimate', 'expect', 'fear', 'recall', 'suggest', 'indicate',
  'conclude', 'maintain', 'allege', 'suspect', 'forecast']);

/**
 * The reporting verb's object at `j` is a thing, not a clause: a noun phrase no verb follows
 * before the clause ends ("expects sales to rise", "claimed their display in the defeat was":
 * a verb makes the noun a clause's subject).
 */
function thingReported(s: SentenceScope, lemma: string, j: number): boolean {
  if (!THING_REPORTING_VERBS.has(lemma) || s.chunks[j]?.kind !== 'NP' || s.chunks[j].np!.pronoun) return false;
  for (let n = j + 1; n < s.chunks.length; n++) {
    const c = s.chunks[n];
    if (c.kind === 'VG') return false;
    // ("suggests so-called rogue states such as Iran and North Korea are ...": examples are stepped over.)
    const examplesEnd = examplesAfter(s, n - 1);
    if (examplesEnd > n) { n = examplesEnd - 1; continue; }
    // "admits Gerrard, who has been linked with Chelsea, will have the final say": a relative clause set off by commas is stepped over.
    if (isPunct(s, c, ',') && s.chunks[n + 1]?.kind === 'REL') {
      n += 2;
      while (n < s.chunks.length && !isPunct(s, s.chunks[n], ',')) n++;
      continue;
    }
    // ("alleged Mr Richter and his accomplices sent": the subject's other members are stepped over.)
    if (c.kind === 'CC' && word(s, c) === 'and' && n === j + 1 && s.chunks[n + 1]?.kind === 'NP') { n++; continue; }
    if (c.kind === 'PUNCT' || c.kind === 'SC' || c.kind === 'REL' || c.kind === 'CC') break;
  }
  return true;
}

/** A chunk a clause must not end on: a preposition, conjunction, adverb, bare auxiliaries, a determiner. */
function dangling(s: SentenceScope, c: Chunk): boolean {
  if (c.kind === 'P' || c.kind === 'CC' || c.kind === 'ADV' || c.kind === 'OTHER') return true;
  // ("... conspiracy or cover-": a hyphen whose second half the clause lost.)
  if (c.kind === 'PUNCT' && tok(s, c.start).text === '-') return true;
  if (c.kind === 'VG') {
    for (let i = c.start; i < c.end; i++) if (s.ctx.tokens[i].pos !== 'AUX' && s.ctx.tokens[i].pos !== 'PART') return false;
    return true;
  }
  if (c.kind !== 'NP') return false;
  const pos = tok(s, c.end - 1).pos;
  return (pos === 'DET' || pos === 'PRON') && !c.np!.pronoun;
}

/** Most chunks of a relative clause set off between commas ("which can veto any plan to sell IMF gold"). */
const MAX_RELATIVE_CHUNKS = 14;

/**
 * The chunk of the noun phrase a non-restrictive relative clause describes, when the comma (or
 * dash) at chunk `comma` closes one ("X, which/who/whose ... ,"); -1 otherwise. The clause has no comma or
 * subordinate clause of its own, and the relative pronoun fits the antecedent ("who" no place,
 * "which" no person).
 */
function relativeAntecedent(s: SentenceScope, comma: number): number {
  const { chunks } = s;
  // ("Alan Beith - who chairs the committee - said": or between dashes.)
  const dash = isDash(s, chunks[comma]);
  for (let r = comma - 1; r >= 0 && r >= comma - MAX_RELATIVE_CHUNKS; r--) {
    const c = chunks[r];
    if (c.kind === 'PUNCT' && (dash || !isDash(s, c)) || c.kind === 'SC') return -1;
    if (c.kind !== 'REL') continue;
    const rel = word(s, c);
    if ((rel !== 'which' && rel !== 'who' && rel !== 'whose') || r + 1 === comma || !(dash ? isDash(s, chunks[r - 1]) : isPunct(s, chunks[r - 1], ','))) return -1;
    // "Yukos (YUK), which ...": past a bracketed short form.
    let n = r - 2;
    if (isPunct(s, chunks[n], ')') && isPunct(s, chunks[n - 2], '(')) n -= 3;
    const np = chunks[n];
    if (np?.kind !== 'NP' || chunks[n - 1]?.kind === 'P') return -1;
    const e = np.np!.entity;
    if (e >= 0 && (rel === 'who' ? entityType(s, e) === 'LOC' : rel === 'which' && entityType(s, e) === 'PERSON')) return -1;
    return n;
  }
  return -1;
}

/** Subjects of the reporting verb right before an unresolved pronoun ("X and Y have announced that they ..."). */
function reportedSpeakers(s: SentenceScope, j: number, previous: Actor[]): Actor[] {
  const { chunks } = s;
  let v = j - 1;
  if (chunks[v]?.kind === 'SC' && word(s, chunks[v]) === 'that') v--;
  const gov = chunks[v];
  if (gov?.kind !== 'VG' || !(REPORTING_VERBS.has(gov.vg!.lemma) || ['announce', 'confirm', 'warn', 'tell', 'reveal', 'insist'].includes(gov.vg!.lemma))) return [];
  const named = previous.filter((a) => a.entity >= 0);
  if (!named.length) return [];
  const pronoun = tok(s, chunks[j].start).normal;
  const types = named.map((a) => entityType(s, a.entity));
  const ok = pronoun === 'they' ? named.length > 1 || types[0] === 'ORG'
    : pronoun === 'he' || pronoun === 'she' ? named.length === 1 && types[0] === 'PERSON'
      : pronoun === 'it' ? named.length === 1 && types[0] !== 'PERSON'
        : false;
  return ok ? named.map((a) => ({ ...a, factor: a.factor * 0.8 })) : [];
}

/**
 * "rogue states such as Iran and North Korea": when the phrase at chunk `j` ends in "such" and
 * "as" + a list of noun phrases follows, the chunk after the list; otherwise -1.
 */
function examplesAfter(s: SentenceScope, j: number): number {
  const { chunks } = s;
  if (tok(s, chunks[j].end - 1)?.normal !== 'such' || word(s, chunks[j + 1]) !== 'as' || chunks[j + 2]?.kind !== 'NP') return -1;
  let n = j + 2;
  while ((chunks[n + 1]?.kind === 'CC' || isPunct(s, chunks[n + 1], ',')) && chunks[n + 2]?.kind === 'NP') n += 2;
  return n + 1;
}

/** True when the NP at `j` is the subject of a following finite clause ("said he urged ..."). */
function startsClause(s: SentenceScope, j: number, listed = false): boolean {
  // ("suggests so-called rogue states such as Iran and North Korea are ...": past the examples.)
  let n = Math.max(j + 1, examplesAfter(s, j));
  // ("alleged Mr Richter and his accomplices sent": after a verb that takes a clause, past the subject's other members.)
  while (listed && s.chunks[n]?.kind === 'CC' && word(s, s.chunks[n]) === 'and' && s.chunks[n + 1]?.kind === 'NP') n += 2;
  while (s.chunks[n]?.kind === 'ADV') n++;
  const next = s.chunks[n];
  if (!next || next.kind !== 'VG') return false;
  const vg = next.vg!;
  if (vg.infinitive || vg.gerund) return false;
  // ("has 529 quangos financed with taxpayers' cash": a bare participle with a phrase after a noun is a reduced relative.)
  // (Not a verb of change, which is the clause's own: "found confidence increased in the quarter".)
  if (vg.bareParticiple && s.chunks[n + 1]?.kind === 'P' && REDUCED_RELATIVE_PREPS.has(word(s, s.chunks[n + 1])) && (word(s, s.chunks[n + 1]) === 'by' || !CHANGE_VERBS.has(vg.lemma))) return false;
  // ("unveiled a budget designed to expand public spending": so is a purpose participle before its infinitive.)
  if (vg.bareParticiple && PURPOSE_PARTICIPLES.has(vg.lemma) && s.chunks[n + 1]?.kind === 'VG' && s.chunks[n + 1].vg!.infinitive) return false;
  // ("started a new company called POW! Entertainment", "edits a group blog called Dogs without Borders":
  // and a naming participle before the name, whether or not the name is an entity.)
  if (n === j + 1 && namingParticipleAfter(s, j)) return false;
  return true;
}

/**
 * "a new company called POW! Entertainment", "a film entitled Ray": the entity a common noun
 * phrase with an article at chunk `j` is given by a naming participle right after it, or -1.
 */
function nameGiven(s: SentenceScope, j: number): number {
  return namingParticipleAfter(s, j) && s.chunks[j + 2].np!.entity >= 0 ? s.chunks[j + 2].np!.entity : -1;
}

/** A common noun phrase with an article at chunk `j`, a naming participle, then a noun phrase: "a film entitled Ray". */
function namingParticipleAfter(s: SentenceScope, j: number): boolean {
  const c = s.chunks[j];
  const next = s.chunks[j + 1];
  const named = s.chunks[j + 2];
  return c?.kind === 'NP' && next?.kind === 'VG' && next.end - next.start === 1 && NAMING_PARTICIPLES.has(tok(s, next.start).normal)
    && named?.kind === 'NP' && ['a', 'an', 'the'].includes(tok(s, c.start).normal);
}

/** Participles that give a thing's purpose before an infinitive ("a scheme designed to help savers"). */
const PURPOSE_PARTICIPLES = new Set(['design', 'intend', 'mean', 'aim', 'calculate', 'tailor', 'engineer']);

/**
 * Verbs whose object takes a bare infinitive: "helped Google reach". ("let" and "make" were tried:
 * on BBC they gave mostly junk, "let market forces", "make sure parents", and negated lets.)
 */
const BARE_INFINITIVE_VERBS = new Set(['help']);

/** "helped Lagan Valley win the title": the name after the verb is its object and the next verb's subject. */
function bareInfinitiveAfter(s: SentenceScope, k: number, j: number): boolean {
  const next = s.chunks[j + 1];
  if (!BARE_INFINITIVE_VERBS.has(s.chunks[k].vg!.lemma) || next?.kind !== 'VG' || next.start !== next.head) return false;
  const v = tok(s, next.start);
  return v.pos === 'VERB' && v.normal === v.lemma;
}

/** "X has been the subject of an investigation by Y" -> Y -investigate-> X. */
function subjectOfEvent(s: SentenceScope, j: number, subjects: Actor[], negated: boolean, cert: number): boolean {
  const { chunks } = s;
  if (!['subject', 'target', 'focus', 'victim', 'object'].includes(tok(s, chunks[j].head).normal)) return false;
  if (word(s, chunks[j + 1]) !== 'of' || chunks[j + 2]?.kind !== 'NP' || word(s, chunks[j + 3]) !== 'by' || chunks[j + 4]?.kind !== 'NP') return false;
  const eventKey = tok(s, chunks[j + 2].head).normal;
  const agent = actorOf(s, chunks[j + 4]);
  if (agent.entity < 0) return false;
  const predicate = EVENT_NOUNS.get(eventKey) ?? lemmaOf(tok(s, chunks[j + 2].head));
  for (const patient of subjects) {
    const end: End | undefined = patient.entity >= 0 ? entityEnd(patient.entity) : (() => {
      const name = conceptName(s, patient.chunk);
      return name ? { kind: 'concept', name } as End : undefined;
    })();
    if (end) addCandidate(s, entityEnd(agent.entity), predicate, end, { negated, confidence: 0.6 * cert * agent.factor });
  }
  return true;
}

/** Verbs of choosing a line-up ("names his team", "picked his squad"). */
const LINE_UP_VERBS = new Set(['name', 'pick', 'select', 'announce', 'choose', 'unveil']);

/** Chunk `j` is a person's side: "his side", "Robinson's team" (see actorOf). */
function possessedSide(s: SentenceScope, j: number): boolean {
  const c = s.chunks[j];
  return c.kind === 'NP' && c.np!.entity < 0 && c.np!.possessor >= 0 && SIDE_HEADS.has(tok(s, c.head).normal) && entityType(s, c.np!.possessor) === 'PERSON';
}

function objectEnd(s: SentenceScope, j: number): { end: End; entityFactor: number } | undefined {
  const c = s.chunks[j];
  // "after Campbell used his to send": a possessive standing alone is the subject's own thing, no one else.
  if (c.end - c.start === 1 && STANDALONE_POSSESSIVES.has(tok(s, c.start).normal)) return undefined;
  const a = actorOf(s, c);
  if (c.np && c.np.entity >= 0) return { end: entityEnd(c.np.entity), entityFactor: 1 };
  // "the play The Vagina Monologues", "the firm Guidant": a common noun naming what follows.
  const next = s.chunks[j + 1];
  // (Not a name opening a clause: "rejected the idea Mr Kilroy-Silk posed a threat".)
  if (next?.kind === 'NP' && next.np!.entity >= 0 && c.end - c.start <= 3 && tok(s, c.head).pos === 'NOUN' && ['the', 'a', 'an'].includes(tok(s, c.start).normal)
    && !startsClause(s, j + 1)) {
    return { end: entityEnd(next.np!.entity), entityFactor: 0.9 };
  }
  // "started a new company called POW! Entertainment", "a firm named Zeta": the name a common noun is given.
  const given = tok(s, c.head).pos === 'NOUN' ? nameGiven(s, j) : -1;
  if (given >= 0) return { end: entityEnd(given), entityFactor: 0.9 };
  // "could miss the Barcelona game", "before the Liverpool match": a fixture named by the side it is against stands for that side.
  const side = fixtureSide(s, j);
  if (side >= 0) return { end: entityEnd(side), entityFactor: 0.7 };
  // "at Labour's spring conference": a gathering stands for its organiser.
  if (c.np && c.np.entity < 0 && c.np.possessor >= 0 && GATHERING_HEADS.has(tok(s, c.head).normal)) return { end: entityEnd(c.np.possessor), entityFactor: 0.8 };
  // An object stands for an entity through its possessor or a definite description, not a
  // demonym ("asked for British troops" is not "asked for the United Kingdom").
  // ("talks with Holyrood officials": a body named by its name, not a demonym, does stand for its officials.)
  if (a.entity >= 0 && a.factor >= 0.6 && !(c.np && c.np.possessor < 0 && c.np.modifiers.includes(a.entity) && onlyQualifies(s, c, a.entity))) return { end: entityEnd(a.entity), entityFactor: a.factor };
  const name = conceptName(s, j);
  return name ? { end: { kind: 'concept', name }, entityFactor: 1 } : undefined;
}

/** Parts of a body ("the main production unit of Yukos", "a division of Sony"): acting on one is no act on the body. */
const PART_OF_BODY_HEADS = new Set(['unit', 'units', 'division', 'divisions', 'subsidiary', 'subsidiaries', 'arm', 'arms', 'branch', 'branches', 'business',
  'businesses', 'operation', 'operations', 'assets', 'asset', 'plant', 'plants', 'factory', 'factories', 'stake']);

/**
 * Does entity `e` only qualify chunk `c`: named by a demonym ("British troops") or a country
 * ("UK troops"), or before a government ("form a Labour government" is no act on the Labour
 * Party)? Then the phrase does not stand for it as an object.
 */
function onlyQualifies(s: SentenceScope, c: Chunk, e: number): boolean {
  // ("withdrawal of UK troops": a country before its people is as much a demonym.)
  // (A national side is its country's: "returned to the England side".)
  const head = tok(s, c.head).normal;
  if (OWN_BODY_HEADS.has(head) || (entityType(s, e) === 'LOC' && !SIDE_HEADS.has(head))) return true;
  for (let k = c.start; k < c.end; k++) if (s.ctx.tokenEntity[k] === e && countryOfDemonym(s.ctx.tokens[k].text) !== undefined) return true;
  return false;
}

/** Does a noun phrase rank its head ("second best-paid actor", "the biggest carmaker", "top scorer")? */
function rankedPhrase(s: SentenceScope, c: Chunk): boolean {
  for (let k = c.start; k < c.head; k++) {
    const w = tok(s, k).normal;
    if (RANK_WORDS.has(w) || (tok(s, k).pos === 'ADJ' && w.length > 5 && w.endsWith('est'))) return true;
  }
  return false;
}

/** Words that rank what follows them. */
const RANK_WORDS = new Set(['best', 'worst', 'first', 'second', 'third', 'top', 'leading', 'most', 'least', 'only']);

/** Possessive determiners that may stand alone as an object ("used his"). */
const STANDALONE_POSSESSIVES = new Set(['his', 'its', 'their']);

/** Heads that name a body in its own right rather than a party's people ("a Labour government"). */
const OWN_BODY_HEADS = new Set(['government', 'administration', 'regime', 'ministry', 'leadership']);

function emit(s: SentenceScope, subjects: Actor[], predicate: string, objectChunk: number, base: { entity: number; concept: number }, negated: boolean): void {
  const group = s.chunks[objectChunk].np?.group;
  // "they won them": a group is not what its own members act on.
  if (group && subjects.some((a) => group.includes(a.entity))) return;
  const objects = group ? group.map((e) => ({ end: entityEnd(e), entityFactor: GROUP_FACTOR })) : [objectEnd(s, objectChunk)];
  // "has had no dealings with", "has no plans to": a thing with "no" is the act denied (not "No 10").
  let denied: boolean | undefined;
  for (const o of objects) {
    if (!o) continue;
    // ("UKIP has suspended a candidate ... John Houston said": a described object the next sentence names keeps its description too.)
    // ("names his team on Wednesday": a person's side as the object keeps its phrase too; a line-up is
    // named, picked or announced, not the side itself.)
    const side = !group && o.end.kind === 'entity' && possessedSide(s, objectChunk);
    const described = !group && o.end.kind === 'entity' && (side || indefiniteDescription(s, objectChunk)) ? conceptName(s, objectChunk) : undefined;
    for (const subj of subjects) {
      if (subj.entity < 0) continue;
      if (side && LINE_UP_VERBS.has(predicate)) {
        if (described) addCandidate(s, entityEnd(subj.entity), predicate, { kind: 'concept', name: described }, { negated, confidence: base.concept * subj.factor });
        continue;
      }
      // "has broken the pledges he made", "will defend the title she won": an object standing for
      // the subject itself (through a pronoun in it or after it) is the thing it names.
      let end = o.end;
      let factor = o.entityFactor;
      if (end.kind === 'entity' && end.entity === subj.entity && !group && s.chunks[objectChunk].np!.entity < 0) {
        const name = conceptName(s, objectChunk);
        if (!name) continue;
        end = { kind: 'concept', name };
        factor = 1;
      }
      const conf = (end.kind === 'entity' ? base.entity * factor : base.concept) * subj.factor;
      if (end.kind === 'concept' && (denied ??= noObject(s, s.chunks[objectChunk])) && /^no\s/i.test(end.name)) {
        addCandidate(s, entityEnd(subj.entity), predicate, { kind: 'concept', name: end.name.slice(3) }, { negated: !negated, confidence: conf });
        continue;
      }
      addCandidate(s, entityEnd(subj.entity), predicate, end, { negated, confidence: conf });
      if (end.kind === 'entity' && described) addCandidate(s, entityEnd(subj.entity), predicate, { kind: 'concept', name: described }, { negated, confidence: base.concept * subj.factor });
    }
    // "the IMF approved Sri Lanka's request", "Microsoft rejected Google's offer": the owner of an
    // act the subject acts on is its other party.
    const maker = o.end.kind === 'concept' && !group ? offerMaker(s, objectChunk, predicate) : -1;
    const owner = maker >= 0 ? maker : o.end.kind === 'concept' && !group ? ownedActOwner(s, objectChunk, predicate) : -1;
    if (owner >= 0) {
      const noun = tok(s, s.chunks[objectChunk].head).normal;
      for (const subj of subjects) {
        if (subj.entity >= 0 && subj.entity !== owner) addCandidate(s, entityEnd(subj.entity), `${predicate} ${noun} ${maker >= 0 ? 'from' : 'of'}`, entityEnd(owner), { negated, confidence: base.entity * OWNED_ACT_FACTOR * subj.factor });
      }
    }
    // "are yet to respond to doping charges from the IAAF", "faces criticism from Labour": the one an
    // act on the subject comes "from" did it to the subject (IAAF -charge-> them).
    const act = o.end.kind === 'concept' && !group ? actFrom(s, objectChunk) : undefined;
    if (act) {
      for (const subj of subjects) {
        if (subj.entity >= 0 && subj.entity !== act.agent) addCandidate(s, entityEnd(act.agent), act.verb, entityEnd(subj.entity), { confidence: base.entity * OWNED_ACT_FACTOR * subj.factor });
      }
    }
    // "stand in the East Kilbride seat", "released on to the Japanese market": a place naming a
    // venue after a locative preposition is where it happened.
    const place = o.end.kind === 'concept' ? venuePlace(s, objectChunk, predicate) : -1;
    if (place < 0) continue;
    for (const subj of subjects) {
      if (subj.entity >= 0 && subj.entity !== place) addCandidate(s, entityEnd(subj.entity), predicate, entityEnd(place), { negated, confidence: base.entity * VENUE_FACTOR * subj.factor });
    }
  }
}

/** Chunk `j` is "a"/"an" and a lower-case head that stands for a name (a lead's described object). */
function indefiniteDescription(s: SentenceScope, j: number): boolean {
  const c = s.chunks[j];
  const first = tok(s, c.start).normal;
  return (first === 'a' || first === 'an') && s.ctx.tokenEntity[c.head] >= 0 && tok(s, c.head).pos === 'NOUN' && /^\p{Ll}/u.test(tok(s, c.head).text);
}

/** Verbs whose object lists a body's members ("The band includes members Matt Jay and James Bourne"). */
const MEMBERSHIP_VERBS = new Set(['include', 'feature', 'comprise']);

/** "The band, which also includes members Matt Jay and James Bourne": the people listed after "members" belong to the body that includes them. */
function listedMembers(s: SentenceScope, subjects: Actor[], objects: number[], cert: number): void {
  const first = s.chunks[objects[0]];
  if (first?.kind !== 'NP' || !['members', 'member'].includes(tok(s, first.start).normal)) return;
  for (const o of objects) {
    const person = s.chunks[o].np?.entity ?? -1;
    if (person < 0 || entityType(s, person) !== 'PERSON') continue;
    for (const subj of subjects) {
      if (subj.entity >= 0 && entityType(s, subj.entity) === 'ORG') addCandidate(s, entityEnd(person), 'member of', entityEnd(subj.entity), { kind: 'role', confidence: 0.6 * cert * subj.factor });
    }
  }
}

/** People or bodies a body has, named in the plural before "include" ("Def Jam's artists include ..."), with the singular for the predicate. */
const MEMBER_NOUNS: ReadonlyMap<string, string> = new Map([['artists', 'artist'], ['members', 'member'], ['players', 'player'], ['clients', 'client'],
  ['customers', 'customer'], ['shareholders', 'shareholder'], ['investors', 'investor'], ['backers', 'backer'], ['stars', 'star'], ['acts', 'act'],
  ['signings', 'signing'], ['owners', 'owner'], ['sponsors', 'sponsor'], ['subsidiaries', 'subsidiary'], ['brands', 'brand']]);

/** States one is "on", with the party or place after them ("on tour with", "on loan at", "on trial for"). */
const ON_STATE_NOUNS = new Set(['tour', 'loan', 'holiday', 'trial', 'strike', 'visit', 'trip', 'course', 'bail', 'stage', 'duty']);

/** "has been on an ill-fated tour with R Kelly": subject -be on tour with-> the party (the NP at chunk `j`). */
function onState(s: SentenceScope, j: number, subjects: readonly Actor[], verb: string, neg: boolean, cert: number): void {
  const { chunks } = s;
  const c = chunks[j];
  const head = c?.kind === 'NP' && c.np!.entity < 0 && c.head === c.end - 1 ? tok(s, c.head).normal : '';
  const p = chunks[j + 1];
  const party = chunks[j + 2];
  if (!ON_STATE_NOUNS.has(head) || p?.kind !== 'P' || !['with', 'at', 'to', 'in', 'for', 'from'].includes(word(s, p)) || party?.kind !== 'NP' || party.np!.entity < 0) return;
  for (const subj of subjects) {
    if (subj.entity >= 0 && subj.entity !== party.np!.entity) addCandidate(s, entityEnd(subj.entity), `${verb} on ${head} ${word(s, p)}`, entityEnd(party.np!.entity), { negated: neg, confidence: 0.5 * cert * subj.factor });
  }
}

/** "the company's president", "the club's captain": the story's body of the kind the descriptor names (-1 if none). */
function describedOwner(s: SentenceScope, c: Chunk): number {
  const t = s.ctx.tokens;
  if (c.start + 2 >= c.end || t[c.start].normal !== 'the' || DESCRIPTOR_NOUNS.get(t[c.start + 1].normal) !== 'ORG' || !isPossessiveS(t[c.start + 2].text)) return -1;
  // ("the board of Reliance Energy ... reaffirmed its faith in Anil, who is the company's chief": a body
  // named earlier in the sentence, the nearest, before the story's most named one.)
  for (let k = c.start - 1; k >= s.sentence.tokenStart; k--) {
    const e = s.ctx.tokenEntity[k];
    if (e >= 0 && entityType(s, e) === 'ORG') return e;
  }
  return lastEntityBefore(s, c.start, 'ORG', t[c.start + 1].normal);
}

/**
 * "Def Jam's artists include LL Cool J, DMX and Ludacris", "Electrolux's subsidiary brands include
 * AEG", "the Blu-ray Disc Association, whose members include Dell": each name listed is what the
 * plural says of the owner, a body (artist of, brand of, member of).
 */
function possessedMembers(s: SentenceScope, k: number, cert: number): void {
  let j = k - 1;
  while (s.chunks[j]?.kind === 'ADV') j--;
  const c = s.chunks[j];
  // ("the Blu-ray Disc Association, whose members include Dell": the body a "whose" after a comma follows.)
  const body = s.chunks[j - 3];
  const whose = s.chunks[j - 1]?.kind === 'REL' && word(s, s.chunks[j - 1]) === 'whose' && isPunct(s, s.chunks[j - 2], ',') && body?.kind === 'NP' && body.np!.entity >= 0
    && s.ctx.tokenEntity[body.head] === body.np!.entity ? body.np!.entity : -1;
  const owner = c?.kind === 'NP' && c.np!.entity < 0 && c.head === c.end - 1 ? (c.np!.possessor >= 0 ? c.np!.possessor : whose) : -1;
  const role = owner >= 0 ? MEMBER_NOUNS.get(tok(s, c.head).normal) : undefined;
  if (!role || entityType(s, owner) !== 'ORG' || s.chunks[k + 1]?.kind !== 'NP') return;
  for (const o of coordinatedRight(s, k + 1)) {
    const member = s.chunks[o].np?.entity ?? -1;
    if (member >= 0 && member !== owner && s.ctx.tokenEntity[s.chunks[o].head] === member) addCandidate(s, entityEnd(member), `${role} of`, entityEnd(owner), { kind: 'role', confidence: 0.6 * cert });
  }
}

/**
 * A passive's predicate as written, with an optional preposition: "be delisted from", "be sworn in
 * in", "seek to be reimbursed for" (kept catenatives, each with its "to", come first).
 */
function passivePredicate(vg: VerbInfo, prep = ''): string {
  let i = 0;
  while (vg.words[i + 1] === 'to' && i + 2 < vg.words.length) i += 2;
  const words = [...vg.words.slice(0, i), 'be', vg.surface, ...vg.words.slice(i + 1)];
  if (prep) words.push(prep);
  return words.join(' ');
}

/** Confidence factor for the owner of an act read as the verb's other party. */
const OWNED_ACT_FACTOR = 0.7;

/** Verbs that voice a stance on one's own side's act ("Biden emphasised the US's commitment"): no other party. */
const STANCE_VERBS = new Set(['emphasize', 'emphasise', 'reaffirm', 'reiterate', 'express', 'underline', 'underscore', 'highlight', 'voice', 'restate', 'confirm', 'repeat', 'signal', 'outline', 'announce']);

/**
 * "the group rejected a takeover offer from Deutsche Boerse": the maker, named after "from", of an
 * offer the verb answers (-1 if none). Pair rules read this between two names; this reads it for
 * any subject, a description or a pronoun included.
 */
function offerMaker(s: SentenceScope, j: number, predicate: string): number {
  const c = s.chunks[j];
  const maker = c.np && c.np.entity < 0 && c.np.possessor < 0 && c.head === c.end - 1 && OFFER_NOUNS.has(tok(s, c.head).normal) && ANSWERING_VERBS.has(predicate) ? nameAfterFrom(s, j) : -1;
  return maker >= 0 && entityType(s, maker) !== 'LOC' ? maker : -1;
}

/** The possessor of an act noun the verb takes directly ("approved Sri Lanka's request"); -1 if none. */
function ownedActOwner(s: SentenceScope, j: number, predicate: string): number {
  const np = s.chunks[j].np;
  // ("announced Mr Smith's departure", "confirmed Ferguson's appointment": a person's change of post is told of them.)
  if (np && np.entity < 0 && np.possessor >= 0 && ANNOUNCING_VERBS.has(predicate) && entityType(s, np.possessor) === 'PERSON' && POST_CHANGES.has(tok(s, s.chunks[j].head).normal)) return np.possessor;
  // ("was critical of Mourinho's decision": a stance adjective's object counts as the verb's.)
  if (!np || np.entity >= 0 || (predicate.includes(' ') && !STANCE_ADJECTIVE_PREDICATE.test(predicate)) || REPORTING_VERBS.has(predicate) || STANCE_VERBS.has(predicate)) return -1;
  const head = tok(s, s.chunks[j].head).normal;
  // ("challenging a European Commission ruling", "face an FA investigation": or a body's name right
  // before a head whose modifier is its maker; not "a Barry Ferguson bid", "the Yugansk sale".)
  const modifier = np.modifiers.length === 1 && s.ctx.tokenEntity[s.chunks[j].head - 1] === np.modifiers[0] && entityType(s, np.modifiers[0]) === 'ORG'
    && MADE_BY_MODIFIER.has(head) && !COMMUNICATION_VERBS.has(predicate) ? np.modifiers[0] : -1;
  const owner = np.possessor >= 0 ? np.possessor : modifier;
  if (owner < 0) return -1;
  return AGENT_EVENT_NOUNS.has(head) || HELD_RECORDS.has(head) || ((STANCE_ADJECTIVE_PREDICATE.test(predicate) || RESPONSE_VERBS.has(predicate)) && (STANCE_OBJECTS.has(head) || (RESPONSE_VERBS.has(predicate) && CLAIM_NOUNS.has(head)))) ? owner : -1;
}

/** Verbs that answer an offer: its maker is their other party ("rejected an offer from X" -> reject X). */
const ANSWERING_VERBS = new Set(['reject', 'accept', 'welcome', 'rebuff', 'spurn', 'consider', 'snub', 'dismiss', 'refuse', 'decline']);

/** Posts whose holder's wins are the side's (not a player's post, not a nationality). */
const SIDE_RUNNING_POSTS = /^(manager|boss|coach|head coach|captain|skipper) of$/;

/** Verbs that make something known. */
const ANNOUNCING_VERBS = new Set(['announce', 'confirm', 'reveal', 'report']);
/** A person's changes of post or state that are announced ("Mr Smith's departure"). */
const POST_CHANGES = new Set(['departure', 'resignation', 'retirement', 'appointment', 'death', 'arrest', 'sacking', 'dismissal', 'exit', 'return', 'move', 'transfer', 'signing', 'promotion']);

/** Acts whose body-name modifier is the body that made them ("a European Commission ruling", "an FA investigation"). */
const MADE_BY_MODIFIER = new Set(['ruling', 'rulings', 'decision', 'decisions', 'judgement', 'judgment', 'verdict', 'plan', 'plans', 'proposal', 'proposals',
  'policy', 'policies', 'investigation', 'inquiry', 'probe', 'complaint', 'stance', 'approach', 'initiative', 'demand', 'demands', 'request', 'report']);

/** Verbs that answer what someone said or did: "echoed O'Gara's comments", "dismissed Howard's remarks". */
const RESPONSE_VERBS = new Set(['echo', 'dismiss', 'reject', 'welcome', 'criticise', 'criticize', 'attack', 'question', 'challenge', 'contradict', 'endorse',
  'praise', 'condemn', 'defend', 'back', 'support', 'oppose', 'slam', 'rubbish', 'ridicule', 'applaud', 'hail', 'mock', 'deny', 'refute', 'dispute', 'brand',
  'describe', 'label', 'dub']);

/** Predicates of a stance on someone's act ("be critical of", "be opposed to"). */
const STANCE_ADJECTIVE_PREDICATE = /^be (critical|opposed|hostile|sceptical|skeptical|supportive|suspicious) (of|to)$|^be (shocked|surprised|angered|angry|furious|disappointed|delighted|unhappy|pleased|upset|impressed|dismayed|outraged|saddened|stunned|baffled) (at|by|with|about)$/;
/** What a stance may be taken on besides act nouns: "critical of Mourinho's decision". */
const STANCE_OBJECTS = new Set(['decision', 'decisions', 'ruling', 'rulings', 'judgement', 'judgment', 'comments', 'comment', 'remarks', 'words', 'views', 'claims', 'claim', 'criticism', 'warning', 'warnings', 'statement', 'assessment', 'verdict', 'handling', 'policy', 'policies', 'plans', 'plan', 'approach', 'stance', 'conduct', 'behaviour', 'behavior', 'tactics', 'record', 'leadership', 'proposals', 'refusal', 'action', 'actions',
  'performance', 'performances', 'display', 'efforts', 'attitude', 'response', 'reaction']);

/** What a rival holds and an athlete breaks, equals or beats: "broke Michelle Carroll's Irish record". */
const HELD_RECORDS = new Set(['record', 'records', 'mark']);

/** Nouns for a stretch of time ("in the summer", "in the past"). */
const TIME_PERIODS = new Set(['past', 'future', 'meantime', 'morning', 'afternoon', 'evening', 'weekend', 'week', 'month', 'year', 'summer', 'winter', 'spring', 'autumn', 'season']);

/** Nouns for a time or a stage of a contest, after which an infinitive is the clause's purpose. */
// (A season is a stretch of time but not a stage an infinitive's purpose follows.)
const TIME_OR_STAGE = new Set(['final', 'finals', 'semi-final', 'match', 'game', 'race', 'half', 'end', 'run-up', ...[...TIME_PERIODS].filter((w) => w !== 'season')]);

/** Verbs of a measure's change: "growth accelerated", "exports fell", "the economy shrank". */
const CHANGE_VERBS = new Set(['grow', 'shrink', 'rise', 'fall', 'accelerate', 'slow', 'jump', 'slump', 'contract', 'expand', 'recover', 'decline', 'drop', 'climb',
  'surge', 'soar', 'plunge', 'tumble', 'double', 'triple', 'improve', 'weaken', 'strengthen', 'increase', 'decrease', 'ease', 'stall', 'dip', 'slip', 'rebound', 'widen', 'narrow']);

/** (owner, verb, measure) for each subject that stands for its possessed measure ("France's economic growth"). */
function measureMoved(s: SentenceScope, k: number, base: string, subjects: Actor[], negated: boolean, cert: number): void {
  const { chunks } = s;
  // "grew by just 0.1%", "fell 93%" (by 93%), "rose to $5bn": the amount goes with the measure.
  let amount = '';
  const next = chunks[k + 1];
  if (next?.kind === 'NP' && amountChunk(s, next)) amount = `by ${spanText(s, next.start, next.end)}`;
  else if (next?.kind === 'P' && (word(s, next) === 'by' || word(s, next) === 'to')) {
    const a = chunks[k + 2]?.kind === 'ADV' ? k + 3 : k + 2;
    if (chunks[a]?.kind === 'NP' && amountChunk(s, chunks[a])) amount = `${word(s, next)} ${spanText(s, chunks[k + 2].start, chunks[a].end)}`;
  }
  for (const subj of subjects) {
    // ("Profits at Acme fell": the subject read may be the name after the measure that opens the sentence.)
    const at = subj.entity >= 0 && subj.chunk === 2 && chunks[1]?.kind === 'P' ? 0 : subj.chunk;
    const c = chunks[at];
    if (c?.kind !== 'NP' || c.np!.entity >= 0 || !MEASURE_HEADS.has(tok(s, c.head).normal)) continue;
    let owner = -1;
    let measure = '';
    if (at === subj.chunk && subj.entity >= 0 && c.np!.possessor === subj.entity) {
      let m = c.start;
      while (m < c.head && !["'s", '’s', "'", '’'].includes(tok(s, m).normal)) m++;
      if (m + 1 <= c.head) { owner = subj.entity; measure = spanText(s, m + 1, c.end); }
    } else if (at === subj.chunk && subj.entity >= 0 && c.np!.possessor < 0 && c.np!.modifiers.length === 1 && c.np!.modifiers[0] === subj.entity) {
      // "UK house prices fell 0.7%": the place's name before the measure.
      let m = c.start;
      while (m < c.head && s.ctx.tokenEntity[m] === subj.entity) m++;
      if (m > c.start && m <= c.head) { owner = subj.entity; measure = spanText(s, m, c.end); }
    } else if (c.np!.possessor < 0 && c.end - c.start <= 2 && chunks[at + 1]?.kind === 'P' && MEASURE_OWNER_PREPS.has(word(s, chunks[at + 1]))
      && chunks[at + 2]?.kind === 'NP' && chunks[at + 2].np!.entity >= 0 && at + 3 === k) {
      // "Profits at Indian drugmaker Dr Reddy's fell 93%": the measure before "at", "in" or "of" is the name's.
      owner = chunks[at + 2].np!.entity;
      if (entityType(s, owner) === 'PERSON') continue;
      measure = spanText(s, c.start, c.end).toLowerCase();
    }
    if (owner < 0 || !measure) continue;
    addCandidate(s, entityEnd(owner), base, { kind: 'concept', name: amount ? `${measure} ${amount}` : measure }, { negated, confidence: 0.5 * cert * subj.factor });
  }
}

/** Prepositions after a measure that introduce its owner ("profits at Acme", "sales in Russia"). */
const MEASURE_OWNER_PREPS = new Set(['at', 'in', 'of']);

/** Chunk `c` is an amount ("93%", "just 0.1%", "$5bn"). */
function amountChunk(s: SentenceScope, c: Chunk): boolean {
  return isAmount(s.ctx.tokens, c.start, c.end, c.head);
}

/** The chunk of a claim noun opening the sentence ("Reports", "The claims") whose that-clause, with one verb, ends right before the verb at chunk `k`; -1 if none. */
function claimBefore(s: SentenceScope, k: number): number {
  const { chunks } = s;
  const claim = chunks[0]?.kind === 'NP' ? 0 : -1;
  if (claim < 0 || !CLAIM_NOUNS.has(tok(s, chunks[0].head).normal) || chunks[0].np!.entity >= 0 || word(s, chunks[1]) !== 'that') return -1;
  let verbs = 0;
  for (let q = 2; q < k; q++) {
    const c = chunks[q];
    if (c.kind === 'VG') verbs++;
    else if (c.kind !== 'NP' && c.kind !== 'P' && c.kind !== 'ADV') return -1;
  }
  return verbs === 1 && chunks[k - 1].kind === 'NP' ? claim : -1;
}

/**
 * 'was described as a "consummate professional" by his friend X', "was hailed as a hero by Y": the
 * "by" after the "as" phrase at chunk `as` (quote marks and one of-phrase inside it), or -1.
 */
function byAfterAs(s: SentenceScope, as: number): number {
  const { chunks } = s;
  for (let q = as + 1; q < chunks.length && q <= as + 9; q++) {
    const c = chunks[q];
    // ("were published as another survey by Rightmove said ...": an "as" that opens a clause is no phrase.)
    if (c.kind === 'P' && word(s, c) === 'by') return q > as + 1 && chunks[q + 1]?.kind === 'NP' && chunks[q + 2]?.kind !== 'VG' ? q : -1;
    // ('described as "irresponsible" and "outrageous" by': two words joined.)
    if (c.kind === 'NP' || (c.kind === 'P' && word(s, c) === 'of') || (c.kind === 'PUNCT' && QUOTE_MARKS.has(tok(s, c.start).text))
      || (c.kind === 'CC' && (word(s, c) === 'and' || word(s, c) === 'or') && q > as + 1)) continue;
    return -1;
  }
  return -1;
}

function relate(s: SentenceScope, k: number, subjects: Actor[]): void {
  const { chunks } = s;
  const vg = chunks[k].vg!;
  deliveryTo(s, k);
  scoreResult(s, k);
  // ("left without paying Chelsea": "without" denies the -ing clause's act.)
  // ("Microsoft denied that it had bought Yahoo": a denied clause's act is denied.)
  // ("was cleared of bribing Yahoo": so is the act one is cleared of; "accused of bribing Google": one accused of is alleged.)
  const charge = gerundCharge(s, k);
  const neg = vg.negated !== (vg.gerund && word(s, chunks[k - 1]) === 'without') !== deniedClause(s, k) !== (charge === 'cleared');
  const cert = vg.certainty * (charge === 'alleged' ? 0.75 : 1) * (conditionalClause(s, k) || questionSentence(s) ? 0.75 : 1);
  let j = k + 1;
  // Adverbs and an opening quote mark ("targets 'hardcore truants'") stand before the object.
  while (chunks[j]?.kind === 'ADV' || (chunks[j]?.kind === 'PUNCT' && OPENING_QUOTE_MARKS.has(tok(s, chunks[j].start).text) && chunks[j + 1]?.kind === 'NP')) j++;
  // "has died aged 91 at his home": an age after the verb stands aside, and for "die" it is a fact of its own.
  if (chunks[j]?.kind === 'VG' && word(s, chunks[j]) === 'aged' && chunks[j + 1]?.kind === 'NP' && tok(s, chunks[j + 1].start).pos === 'NUM') {
    if (vg.lemma === 'die') for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), 'die', { kind: 'concept', name: spanText(s, chunks[j].start, chunks[j + 1].end) }, { negated: neg, confidence: 0.6 * cert * subj.factor });
    if (chunks[j + 2]?.kind === 'P') j += 2;
  }
  const c = chunks[j];
  const base = vg.words.join(' ');
  if (!vg.passive && !vg.copula && !neg && TAKING_VERBS.has(vg.lemma)) delivery(s, j, subjects, cert);
  if (!vg.passive && !vg.copula && !vg.gerund && c?.kind === 'VG' && GERUND_OBJECT_VERBS.has(vg.lemma)) gerundComplement(s, j, subjects, base, neg, cert);
  if (!vg.passive && !vg.copula && !vg.gerund && !vg.infinitive && c?.kind !== 'NP') objectRelative(s, k, subjects, base, neg, cert);
  // "France's economic growth accelerated in the last quarter", "Japan's exports fell": with no
  // object, the owner's measure that moved is what the fact is about.
  if (!vg.copula && !vg.passive && !vg.infinitive && (c?.kind !== 'NP' || amountChunk(s, c)) && CHANGE_VERBS.has(vg.lemma)) measureMoved(s, k, base, subjects, neg, cert);

  // Passive with an agent: "X was acquired by Y" -> Y acquire X; "proposals announced by Y";
  // "was charged with fraud by US prosecutors": one prepositional phrase may come first.
  // ("is based on the cult children's books by author Daniel Handler": a "by" after a work noun is the work's maker.)
  const by = c?.kind === 'P' && word(s, c) === 'by' ? j
    : vg.passive && c?.kind === 'P' && word(s, c) !== 'as' && chunks[j + 1]?.kind === 'NP' && chunks[j + 2]?.kind === 'P' && word(s, chunks[j + 2]) === 'by'
      && !isWorkNoun(tok(s, chunks[j + 1].head).normal) ? j + 2
      : vg.passive && c?.kind === 'P' && word(s, c) === 'as' ? byAfterAs(s, j)
        // ("have been described as/ADV irresponsible by the IHRC": the tagger's adverb "as" too.)
        : vg.passive && j > k + 1 && chunks[k + 1].kind === 'ADV' && word(s, chunks[k + 1]) === 'as' ? byAfterAs(s, k + 1) : -1;
  // (Not a quoted "as" phrase: 'described as a "consummate professional"' is not read whole.)
  if (by > j && chunks[by + 1]?.kind === 'NP' && !(word(s, c) === 'as' && chunks.slice(j, by).some((x) => x.kind === 'PUNCT'))) {
    // The first phrase is what the passive says of its subject too ("be charged with fraud", "be replaced as captain").
    emit(s, subjects, passivePredicate(vg, word(s, c)), j + 1, { entity: 0.5 * cert, concept: 0.5 * cert }, neg);
  }
  if ((vg.passive || vg.bareParticiple) && by >= 0 && chunks[by + 1]?.kind === 'NP') {
    const agentChunks = coordinatedRight(s, by + 1);
    const agents = actorsAt(s, agentChunks, false);
    const lastAgent = agentChunks[agentChunks.length - 1];
    if (agents.every((a) => a.entity < 0)) {
      // ("approved by the leadership of President Lula": a leadership acts for its holder.)
      const held = chunks[by + 2]?.kind === 'P' && word(s, chunks[by + 2]) === 'of' && chunks[by + 3]?.kind === 'NP' && LEADERSHIP_HEADS.has(tok(s, chunks[by + 1].head).normal)
        ? chunks[by + 3].np!.entity : -1;
      if (held >= 0) agents.push({ chunk: by + 3, entity: held, factor: 0.8 });
      // ("opposed by leftist parties, including Mr Lula's Worker Party": the named members of the agents.)
      for (const o of namedMembers(s, lastAgent)) agents.push({ chunk: o, entity: chunks[o].np!.entity, factor: 0.8 });
    }
    // "Luscombe is sidelined by a hamstring problem", "was hit by a strike": a thing as the agent
    // is what the passive says of its subject.
    if (vg.passive && by === j && agents.every((a) => a.entity < 0)) {
      emit(s, subjects, passivePredicate(vg, 'by'), by + 1, { entity: 0, concept: 0.5 * cert }, neg);
      return;
    }
    const claim = claimBefore(s, k);
    // "was beaten to the best supporting actor title by Clive Owen": the agent won it.
    if (BEATING_VERBS.has(vg.lemma) && by === j + 2 && word(s, c) === 'to' && prizeAt(s, j + 1)) emit(s, agents, 'win', j + 1, { entity: 0, concept: 0.55 * cert }, neg);
    for (const agent of agents) {
      if (agent.entity < 0) continue;
      for (const patient of subjects) {
        const o = patient.entity >= 0 ? { end: entityEnd(patient.entity), f: patient.factor } : (() => {
          // ("Claims that Globex will cut jobs were denied": a claim's clause ends at the verb.)
          const name = claim === patient.chunk ? spanText(s, chunks[patient.chunk].start, chunks[k].start) : conceptName(s, patient.chunk);
          return name ? { end: { kind: 'concept', name } as End, f: 1 } : undefined;
        })();
        if (!o) continue;
        const conf = (o.end.kind === 'entity' ? 0.75 : 0.6) * agent.factor * o.f * cert;
        addCandidate(s, entityEnd(agent.entity), base, o.end, { negated: neg, confidence: conf });
        // ("Her comments have been described as irresponsible by the IHRC": the owner of the act is the other party, as in the active.)
        const owner = o.end.kind === 'concept' ? ownedActOwner(s, patient.chunk, base) : -1;
        if (owner >= 0 && owner !== agent.entity) {
          addCandidate(s, entityEnd(agent.entity), `${base} ${tok(s, chunks[patient.chunk].head).normal} of`, entityEnd(owner), { negated: neg, confidence: 0.75 * OWNED_ACT_FACTOR * agent.factor * cert });
        }
      }
    }
    // "have been held by the US at Guantanamo Bay", "was arrested by police in Leeds": a place after the agent is
    // where the subject underwent the act.
    if (vg.passive) {
      const place = chunks[lastAgent + 2]?.kind !== 'NP' || startsClause(s, lastAgent + 2) ? -1 : namedPlaceAt(s, chunks[lastAgent + 1], chunks[lastAgent + 2]);
      if (place >= 0) {
        const predicate = passivePredicate(vg, word(s, chunks[lastAgent + 1]));
        for (const patient of subjects) if (patient.entity >= 0 && patient.entity !== place) addCandidate(s, entityEnd(patient.entity), predicate, entityEnd(place), { negated: neg, confidence: 0.5 * patient.factor * cert });
      }
    }
    return;
  }
  if (vg.copula && c?.kind === 'NP' && subjectOfEvent(s, j, subjects, neg, cert)) return;
  // "Rooney's goal gave United a 1-0 win over Everton", "earned Middlesbrough a draw with Charlton":
  // the recipient of an outcome is its side, whoever gave it.
  if (c?.kind === 'NP' && c.np!.entity >= 0 && (vg.lemma === 'give' || vg.lemma === 'earn' || vg.lemma === 'hand') && chunks[j + 1]?.kind === 'NP' && !vg.passive) {
    relationNounChain(s, j + 1, [{ chunk: j, entity: c.np!.entity, factor: 1 }], neg, cert);
  }
  if (subjects.every((a) => a.entity < 0)) return;
  if (appointment(s, k, j, subjects)) return;
  asRole(s, k, j, subjects);
  if (!vg.copula && predicativeComplement(s, k, j, subjects)) return;
  // "Lee went bankrupt", "the firm went bust": a state the subject came to.
  if (vg.lemma === 'go' && !vg.passive && c?.kind === 'NP' && c.end - c.start === 1 && GONE_STATES.has(tok(s, c.head).normal)) {
    for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), base, { kind: 'concept', name: tok(s, c.head).text }, { negated: neg, confidence: 0.6 * cert * subj.factor });
    return;
  }
  if (vg.passive) {
    // "has been made an OBE", "was given a two-year ban", "was handed a suspension": a passive of a
    // verb with two objects keeps the second.
    if (c?.kind === 'NP' && !c.np!.pronoun && c.np!.entity < 0 && PASSIVE_SECOND_OBJECT_VERBS.has(vg.lemma) && !startsClause(s, j)) {
      emit(s, subjects, passivePredicate(vg), j, { entity: 0, concept: 0.55 * cert }, neg);
      return;
    }
    // No agent: "has been delisted from the stock exchange" -> be delisted from.
    if (c?.kind === 'P' && chunks[j + 1]?.kind === 'NP' && word(s, c) !== 'by') {
      const predicate = passivePredicate(vg, word(s, c));
      const pobjects = coordinatedRight(s, j + 1);
      // ("have been called up after Pieter de Villiers ... picked up injuries": a subordinate clause, no object.)
      if (SUBORDINATORS.has(word(s, c)) && startsClause(s, pobjects[pobjects.length - 1], true)) return;
      for (const o of pobjects) emit(s, subjects, predicate, o, { entity: 0.5 * cert, concept: 0.5 * cert }, neg);
      // "was sworn in at a ceremony in Washington DC": the gathering's place is where it happened.
      const after = pobjects[pobjects.length - 1] + 1;
      const place = gatheringPlace(s, chunks[j + 1], chunks[after], chunks[after + 1]);
      if (place >= 0) emit(s, subjects, passivePredicate(vg, word(s, chunks[after])), after + 1, { entity: 0.45 * cert, concept: 0 }, neg);
    }
    if (c?.kind === 'P' || c?.kind === 'SC') gerundArgument(s, j, subjects, passivePredicate(vg, word(s, c)), neg, cert);
    return;
  }
  // Coordinated subjects of a symmetric verb relate to each other ("X and Y met [on Monday]").
  const ents = subjects.filter((a) => a.entity >= 0);
  // "X and Y joined forces / signed a deal / held talks": a joint act names the partners too.
  const joint = ents.length < 2 || SYMMETRIC_VERBS.has(vg.lemma) ? '' : jointPredicate(s, k, j, base);
  // ("he and Barker differ from today's celebrities", "X and Y clashed with police": a symmetric verb
  // with a third party after it pairs each subject with that party, not with each other.)
  const thirdParty = !joint && c?.kind === 'P' && ['from', 'with', 'against'].includes(word(s, c)) && chunks[j + 1]?.kind === 'NP';
  if (ents.length >= 2 && (SYMMETRIC_VERBS.has(vg.lemma) || joint) && !thirdParty) {
    for (let a = 0; a < ents.length; a++) {
      for (let b = a + 1; b < ents.length; b++) {
        addCandidate(s, entityEnd(ents[a].entity), joint || base, entityEnd(ents[b].entity), { negated: neg, confidence: 0.7 * cert });
      }
    }
  }
  if (vg.copula) { copulaRelations(s, k, j, subjects); return; }
  // "said on Wednesday that ...": a time between a verb of saying and its that-clause stands aside.
  const that = REPORTING_VERBS.has(vg.lemma) || CLAUSE_VERBS.has(vg.lemma) ? thatAfterTime(s, j) : -1;
  if (that > 0) {
    clauseObject(s, k, that, subjects);
    return;
  }
  // ("warned the pressure is mounting": a clause verb's clause may come without "that".)
  if ((REPORTING_VERBS.has(vg.lemma) && !thingReported(s, vg.lemma, j))
    || (CLAUSE_VERBS.has(vg.lemma) && (word(s, c) === 'that' || (vg.lemma !== 'tell' && c?.kind === 'NP' && !c.np!.pronoun && startsClause(s, j, true) && !bareInfinitiveAfter(s, k, j))))) {
    clauseObject(s, k, j, subjects);
    return;
  }

  if (c?.kind === 'NP') {
    if (startsClause(s, j) && !bareInfinitiveAfter(s, k, j)) return;
    // ("has doubled every five and a half months": a frequency and what is coordinated with it are no objects.)
    if (tok(s, c.start).normal === 'every' && (tok(s, c.head).pos === 'NUM' || TIME_UNIT_WORDS.has(tok(s, c.head).normal))) return;
    // Double object: "gave Fiat a put option", "pay Fiat 1.55bn euros" -> give to Fiat; give put option.
    const second = chunks[j + 1];
    // "Acme appointed Bill Gates its new chairman", "Globex made John Smith chief executive": the
    // person put in a post holds it, in the body the post names or the one that puts them there.
    if (!vg.passive && (APPOINTING_VERBS.has(vg.lemma) || vg.lemma === 'make') && c.np!.entity >= 0 && entityType(s, c.np!.entity) === 'PERSON'
      && second?.kind === 'NP' && second.np!.entity < 0 && !second.np!.pronoun) {
      if (appointeeRole(s, j + 1, { chunk: j, entity: c.np!.entity, factor: 1 }, subjects, neg, cert) > 0) {
        emit(s, subjects, base, j, { entity: 0.8 * cert, concept: 0 }, neg);
        return;
      }
    }
    if (DATIVE_VERBS.has(vg.lemma) && c.np!.entity >= 0 && second?.kind === 'NP' && !second.np!.pronoun && second.np!.entity < 0 && !startsClause(s, j + 1)
      && ['DET', 'NUM', 'SYM', 'ADJ', 'NOUN'].includes(tok(s, second.start).pos)
      && !VAGUE_HEADS.has(tok(s, second.head).normal) && !['last', 'next', 'this', 'that', 'every', 'each'].includes(tok(s, second.start).normal)) {
      // ("fined Microsoft 497m euros", "cost the firm £5m": the first object is the one fined or charged, no recipient.)
      const dative = DATIVE_PREDICATES.get(vg.lemma) ?? `${base} to`;
      for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), dative, entityEnd(c.np!.entity), { negated: neg, confidence: 0.7 * cert * subj.factor });
      emit(s, subjects, base, j + 1, { entity: 0, concept: 0.6 * cert }, neg);
      return;
    }
    // "got us a couple of important goals", "gave them a lead": after an object pronoun, a second noun phrase is what was given.
    // (Not a pronoun that names someone, who is the object: "broke him four times"; nor what a verb of naming or
    // causing says of the pronoun: "called them cheats", "let him face"; nor a time or a score: "see him 12 days", "beat them 0-1".)
    if (c.np!.pronoun && c.np!.entity < 0 && OBJECT_PRONOUNS.has(word(s, c)) && !PRONOUN_COMPLEMENT_VERBS.has(vg.lemma)
      && second?.kind === 'NP' && !second.np!.pronoun && second.np!.entity < 0 && !startsClause(s, j + 1)
      && !TIME_UNIT_WORDS.has(tok(s, second.head).normal) && tok(s, second.head).normal !== 'times' && !/^\d+-\d+$/.test(tok(s, second.head).text)
      && ['DET', 'NUM', 'SYM', 'ADJ', 'NOUN'].includes(tok(s, second.start).pos)
      && !VAGUE_HEADS.has(tok(s, second.head).normal) && !['last', 'next', 'this', 'that', 'every', 'each'].includes(tok(s, second.start).normal)) {
      emit(s, subjects, base, j + 1, { entity: 0, concept: 0.6 * cert }, neg);
      return;
    }
    const objects = coordinatedRight(s, j);
    let after = objects[objects.length - 1] + 1;
    // ("transferring its operations in the area to Sharp", "sold 10 of its planes to Iberia": a
    // transfer's recipient or source comes after a phrase that qualifies its object.)
    if (TRANSFER_VERBS.has(vg.lemma) && objects.length === 1 && chunks[after]?.kind === 'P' && QUALIFYING_PREPS.has(word(s, chunks[after]))
      && chunks[after + 1]?.kind === 'NP' && chunks[after + 1].np!.entity < 0 && chunks[after + 2]?.kind === 'P' && ['to', 'from'].includes(word(s, chunks[after + 2]))
      && chunks[after + 3]?.kind === 'NP' && chunks[after + 3].np!.entity >= 0) after += 2;
    const headWord = tok(s, c.head).normal;
    // "could make his England debut", "won his 50th Wales cap": an appearance for the side named before its noun.
    const side = c.np!.entity < 0 && APPEARANCE_NOUNS.has(headWord) && c.np!.modifiers.length === 1 ? c.np!.modifiers[0] : -1;
    if (side >= 0 && side !== c.np!.possessor && (entityType(s, side) === 'LOC' || entityType(s, side) === 'ORG')) {
      for (const subj of subjects) {
        if (subj.entity >= 0 && subj.entity !== side && entityType(s, subj.entity) === 'PERSON') addCandidate(s, entityEnd(subj.entity), `${EVENT_NOUNS.get(headWord) ?? headWord} for`, entityEnd(side), { negated: neg, confidence: 0.6 * cert * subj.factor });
      }
    }
    // Light verb + event noun: "imposed sanctions on X" -> sanction X; "held talks with X" -> talk with X.
    // Not with "as" ("raised the case as an example": a role of the noun, not its argument).
    // ("England face a tough match against Scotland": "face" carries a match, not a charge or competition.)
    // (Not another's act: "announced Mr Smith's departure to the committee" is no leaving of the subject's.)
    const othersAct = c.np!.possessor >= 0 && !subjects.some((a) => a.entity === c.np!.possessor);
    if ((LIGHT_VERBS.has(vg.lemma) || (vg.lemma === 'face' && EVENT_NOUNS.get(headWord) === 'play')) && c.np!.entity < 0 && EVENT_NOUNS.has(headWord) && !othersAct) {
      const noun = EVENT_NOUNS.get(headWord)!;
      const p = chunks[after];
      // ("had three wins under their belt": a win is over or against someone.)
      if (p?.kind === 'P' && chunks[after + 1]?.kind === 'NP' && !['in', 'at', 'during', 'after', 'before', 'since', 'by', 'as'].includes(word(s, p))
        && (noun !== 'beat' || ['over', 'against'].includes(word(s, p)))) {
        const prep = word(s, p);
        // ("refused to sign the deal with Yahoo": the refusal stays in the noun's predicate.)
        const predicate = vg.refusal + nounPredicate(noun, prep);
        const targets = coordinatedRight(s, after + 1);
        for (const o of targets) emit(s, subjects, predicate, o, { entity: 0.8 * cert, concept: 0.75 * cert }, neg);
        // "signed deals with several firms, including Nokia and Samsung".
        for (const o of namedMembers(s, targets[targets.length - 1])) emit(s, subjects, predicate, o, { entity: 0.6 * cert, concept: 0 }, neg);
        // The act itself stays a fact of the subject too ("issued an official warning to the trio":
        // warn -> trio, and issue -> official warning).
        emit(s, subjects, base, objects[objects.length - 1], { entity: 0, concept: 0.5 * cert }, neg);
        return;
      }
    }
    const communication = COMMUNICATION_VERBS.has(vg.lemma);
    // "invited Chinese firms to bid for gas exploration contracts", "told the government not to
    // compromise": what a thing or a group is urged, asked or told to do is said with it.
    const controlled = OBJECT_CONTROL_VERBS.has(vg.lemma) && objects.length === 1 ? controlledClause(s, objects[0]) : '';
    if (controlled) {
      for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), base, { kind: 'concept', name: controlled }, { negated: neg, confidence: (communication ? 0.4 : 0.65) * cert * subj.factor });
    } else for (const o of objects) emit(s, subjects, base, o, { entity: 0.8 * cert, concept: (communication ? 0.4 : 0.65) * cert }, neg);
    // ("was fined for calling a referee "a disgrace"", "branded the plan a farce": what the object is called goes with it.)
    const called = CALLING_VERBS.has(vg.lemma) && objects.length === 1 && !controlled ? callingComplement(s, objects[0]) : '';
    const callee = called ? conceptName(s, objects[0]) : undefined;
    if (callee) for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), base, { kind: 'concept', name: `${callee} ${called}` }, { negated: neg, confidence: 0.5 * cert * subj.factor });
    accusedOf(s, vg, subjects, objects, after, neg, cert);
    if (MEMBERSHIP_VERBS.has(vg.lemma) && !neg) listedMembers(s, subjects, objects, cert);
    // "beat Marcia Cross and Felicity Huffman to the best comedy actress prize": the subject won it.
    if (BEATING_VERBS.has(vg.lemma) && word(s, chunks[after]) === 'to' && prizeAt(s, after + 1)) emit(s, subjects, 'win', after + 1, { entity: 0, concept: 0.55 * cert }, neg);
    // ("has competitors including Air Deccan": after "have" the listed noun is the relation.)
    const listed = chunks[objects[objects.length - 1]];
    const memberPredicate = vg.lemma === 'have' && listed.np!.entity < 0 ? `have ${lemmaOf(tok(s, listed.head))}` : base;
    for (const o of namedMembers(s, objects[objects.length - 1])) emit(s, subjects, memberPredicate, o, { entity: 0.6 * cert, concept: 0 }, neg);
    // A second, entity object in a prepositional phrase: "bring the Games to Nagano".
    const p = chunks[after];
    const np = chunks[after + 1];
    const objectHead = tok(s, chunks[objects[objects.length - 1]].head).normal;
    // ("made racist remarks about Henry", "raised worries about Labour": "about" only after words of speech or feeling.)
    if (p?.kind === 'P' && np?.kind === 'NP' && SECOND_OBJECT_PREPS.has(word(s, p)) && (word(s, p) !== 'about' || ABOUT_OBJECT_HEADS.has(objectHead)) && !startsClause(s, after + 1) && !AGENT_EVENT_NOUNS.has(objectHead) && !RELATION_NOUNS.has(objectHead) && !NOUN_COMPLEMENT_HEADS.has(objectHead)) {
      const prep = word(s, p);
      // ("initiate legal action against the airline": a description stands for the story's body.)
      const described = np.np!.entity < 0 && np.end - np.start === 2 && tok(s, np.start).normal === 'the' && DESCRIPTOR_NOUNS.has(tok(s, np.head).normal) ? actorOf(s, np) : undefined;
      // ("taken advice from Holyrood officials": a body's people stand for it.)
      const people = np.np!.entity < 0 && !described ? objectEnd(s, after + 1)?.end : undefined;
      // ("owns 6.7% of Circuit City's shares": a part of a body's shares is a part of the body.)
      const listedObject = chunks[objects[objects.length - 1]];
      const shareOf = prep === 'of' && np.np!.entity < 0 && np.np!.possessor >= 0 && SHARE_HEADS.has(tok(s, np.head).normal) && np.head === np.end - 1
        && isAmount(s.ctx.tokens, listedObject.start, listedObject.end, listedObject.head) ? np.np!.possessor : -1;
      const target = np.np!.entity >= 0 ? np.np!.entity : described && described.factor >= 0.7 ? described.entity
        : people?.kind === 'entity' ? people.entity : shareOf;
      // ("bought the main production unit of oil giant Yukos": a part of a body is not the body.)
      const part = prep === 'of' && PART_OF_BODY_HEADS.has(tok(s, listedObject.head).normal);
      if (target >= 0 && !part) {
        // ("had taken soundings from Eddie Jones", "pay tribute to X": a bare noun object makes one predicate with its verb.)
        const bare = bareNounObject(s, chunks[objects[objects.length - 1]]);
        const predicate = prep === 'of' ? base : `${base}${bare ? ` ${bare}` : ''} ${prep}`;
        const conf = (prep === 'of' ? 0.4 : 0.55) * cert;
        // ("taken soundings from Eddie Jones and Jake White": every named member of a coordination;
        // not after "of", where the members own the object: "saluted the work of X and Y".)
        const targets = [target];
        if (prep !== 'of') for (const o of coordinatedRight(s, after + 1).slice(1)) {
          const e = chunks[o].np!.entity;
          if (e >= 0 && !targets.includes(e)) targets.push(e);
        }
        for (const t of targets) for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), predicate, entityEnd(t), { negated: neg, confidence: conf * subj.factor });
        // "Ireland lost 20-17 to England", "lost the final to": the other side beat the subject (not "lost his place to").
        if (vg.lemma === 'lose' && prep === 'to' && lostContest(s, chunks[objects[objects.length - 1]])) beatenBy(s, target, subjects, neg, 0.55 * cert);
      }
    }
    // "presented his fiancee with a diamond ring", "cautioned members against using hidden
    // earpieces": a verb whose frame takes a second object after the first gives that object as a
    // fact of the subject too (present with -> diamond ring).
    // (After a thing, "for" and "from" often belong to it: "attacked the plans for pensioners",
    // "block junk messages from these machines"; after a name or a pronoun they are the verb's.)
    const firstObject = chunks[objects[objects.length - 1]].np!;
    const personal = firstObject.entity >= 0 || firstObject.pronoun;
    if (p?.kind === 'P' && SECOND_OBJECT_FRAMES.get(vg.lemma)?.includes(word(s, p)) && (personal || !['for', 'from'].includes(word(s, p)))) {
      const predicate = `${base} ${word(s, p)}`;
      if (np?.kind === 'NP' && np.np!.entity < 0 && !np.np!.pronoun && !startsClause(s, after + 1)) emit(s, subjects, predicate, after + 1, { entity: 0, concept: 0.5 * cert }, neg);
      else if (np?.kind === 'VG' && np.vg!.gerund) {
        // "against using hidden earpieces": a gerund and its object (participles before it allowed).
        const o = gerundObject(s, after + 1);
        const name = chunks[o]?.kind === 'NP' && chunks[o].np!.entity < 0 ? spanText(s, np.start, chunks[o].end) : '';
        if (name) for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), predicate, { kind: 'concept', name }, { negated: neg, confidence: 0.5 * cert * subj.factor });
      }
    }
    // "met X and Y in a London hotel", "won relay gold at the Athens Olympics", "met Chirac in
    // Paris": a place, or a venue named after one, after the objects says where.
    if (p?.kind === 'P' && np?.kind === 'NP' && !startsClause(s, after + 1)) {
      // "signed the deal in Buenos Aires" -> sign deal in: a thing object's head stays in the predicate.
      const last = chunks[objects[objects.length - 1]];
      const thing = last.np!.entity < 0 && !last.np!.pronoun ? ` ${tok(s, last.head).lemma ?? objectHead}` : '';
      const predicate = `${base}${thing} ${word(s, p)}`;
      const named = np.end - np.start <= 3 ? namedPlaceAt(s, p, np) : -1;
      const place = named >= 0 ? named : venuePlace(s, after + 1, `${base} ${word(s, p)}`);
      // (A place named outright is surer than one a venue stands for: "is expected to tell activists in Kent" stays above the cut.)
      if (place >= 0) for (const subj of subjects) if (subj.entity >= 0 && subj.entity !== place) addCandidate(s, entityEnd(subj.entity), predicate, entityEnd(place), { negated: neg, confidence: 0.45 * (named >= 0 ? 1 : VENUE_FACTOR) * cert * subj.factor });
    }
    // ("missed the victory over Scotland": one who missed, watched or saw a win had no part in it.)
    if (!ABSENT_VERBS.has(vg.lemma)) relationNounChain(s, j, subjects, neg, cert, vg.refusal);
    return;
  }
  if (c?.kind === 'P' && chunks[j + 1]?.kind === 'NP') {
    let prep = word(s, c);
    // "came in ahead of X": an adverb right before the preposition belongs to the predicate.
    if (j - 1 > k && chunks[j - 1].kind === 'ADV') prep = `${word(s, chunks[j - 1])} ${prep}`;
    if (['that', 'because', 'if', 'than', 'like'].includes(prep)) return;
    if (startsClause(s, j + 1)) return;
    const lastPrep = word(s, c);
    const predicate = KEEP_PREPOSITION.has(lastPrep) ? `${base} ${prep}` : base;
    // ("look at ways", "hinted at a deal": some verbs take "at" for what they are about.)
    const locative = ['in', 'at', 'during', 'after', 'before', 'since', 'until', 'near', 'within', 'across', 'under', 'throughout'].includes(prep)
      && !(prep === 'at' && AT_OBJECT_VERBS.has(vg.lemma));
    // ("headed home after 23 minutes": a stretch of time after such a preposition is when, not what.)
    if (predicate === base && TIME_ADJUNCT_PREPS.has(lastPrep) && chunks[j + 1].np!.entity < 0
      && TIME_UNIT_WORDS.has(tok(s, chunks[j + 1].head).normal)) return;
    // ("is chairman of Acme and a member of Globex", "head of the judiciary and a member of the Cabinet":
    // a post with its own article after "and" is a second complement, no second object of "of".)
    const coordinated = coordinatedRight(s, j + 1);
    const second = coordinated.findIndex((o, n) => n > 0 && secondPost(s, o));
    const pobjects = second > 0 ? coordinated.slice(0, second) : [...coordinated];
    if (second > 0 && (vg.copula || chunks[k].vg!.words.length === 1 && ROLE_HEADS.has(vg.lemma))) complementRole(s, coordinated[second], subjects, neg, cert);
    if (lastPrep === 'with' && absoluteClauseAfter(s, pobjects[pobjects.length - 1])) return;
    for (const o of namedMembers(s, pobjects[pobjects.length - 1])) if (!locative) pobjects.push(o);
    for (const o of pobjects) {
      emit(s, subjects, predicate, o, { entity: (locative ? 0.45 : 0.75) * cert, concept: (locative ? 0.35 : 0.6) * cert }, neg);
      // ("appears in the popular MTV show": a channel's show stands for the channel.)
      showOnChannel(s, subjects, predicate, chunks[o], neg, cert);
      // "Ireland, who lost to England": the other side beat the subject.
      if (vg.lemma === 'lose' && prep === 'to' && chunks[o].np!.entity >= 0) beatenBy(s, chunks[o].np!.entity, subjects, neg, 0.6 * cert);
    }
    // ("beat off strong competition from Toshiba and chip makers AMD and Intel": after a particle's
    // object, a phrase naming bodies or people is the verb's second object, as after a plain object.)
    const thing = chunks[pobjects[0]];
    const secondPrep = chunks[pobjects[0] + 1];
    if (ADVERB_PARTICLES.has(lastPrep) && pobjects.length === 1 && thing.np!.entity < 0 && !thing.np!.pronoun && secondPrep?.kind === 'P'
      && PARTICLE_SECOND_PREPS.has(word(s, secondPrep)) && chunks[pobjects[0] + 2]?.kind === 'NP' && !startsClause(s, pobjects[0] + 2)) {
      const second = `${base} ${lemmaOf(tok(s, thing.head))} ${word(s, secondPrep)}`;
      // (Not a place a thing comes from: "stepped off the plane from Greece", "set out his strategy from Iraq".)
      for (const o of coordinatedRight(s, pobjects[0] + 2)) {
        if (!(word(s, secondPrep) === 'from' && entityType(s, chunks[o].np!.entity) === 'LOC')) emit(s, subjects, second, o, { entity: 0.55 * cert, concept: 0 }, neg);
      }
    }
    relationNounChain(s, j + 1, subjects, neg, cert, vg.refusal);
    // "came to Everton's rescue", "rushed to his team-mate's aid": going to someone's rescue or aid helps them.
    const helped = chunks[j + 1].np!;
    if (lastPrep === 'to' && helped.entity < 0 && helped.possessor >= 0 && AID_HEADS.has(tok(s, chunks[j + 1].head).normal) && chunks[j + 1].end - chunks[j + 1].head === 1) {
      for (const subj of subjects) if (subj.entity >= 0 && subj.entity !== helped.possessor) {
        addCandidate(s, entityEnd(subj.entity), `${base} to ${tok(s, chunks[j + 1].head).normal} of`, entityEnd(helped.possessor), { negated: neg, confidence: 0.6 * cert * subj.factor });
      }
    }
    // A second phrase: "came from England to Egypt", "started at fly-half against Bath".
    const after = pobjects[pobjects.length - 1] + 1;
    const p2 = chunks[after];
    const np2 = chunks[after + 1];
    // "at Labour's conference in Gateshead" places the act; "from military action in Ukraine" does not.
    const firstObj = chunks[j + 1];
    // "are meeting on Thursday in Brussels": a time first leaves the place to the act too.
    const place2 = gatheringPlace(s, firstObj, p2, np2) >= 0;
    // ("arrived back from his mission to the Middle East": a journey's "to" is the journey's.)
    const ownComplement = !place2 && (NOUN_COMPLEMENT_HEADS.has(tok(s, chunks[after - 1].head).normal)
      || (word(s, p2) === 'to' && TRAVEL_NOUNS.has(tok(s, chunks[after - 1].head).normal)));
    // ("appearing as a judge and mentor in ITV1 talent show The X-Factor": a channel's show after the first phrase.)
    if (p2?.kind === 'P' && (word(s, p2) === 'in' || word(s, p2) === 'on') && np2?.kind === 'NP') showOnChannel(s, subjects, `${base} ${word(s, p2)}`, np2, neg, cert);
    if (p2?.kind === 'P' && np2?.kind === 'NP' && np2.np!.entity >= 0 && (place2 || ['to', 'against', 'with', 'into', 'for', 'from'].includes(word(s, p2))) && !startsClause(s, after + 1) && !ownComplement) {
      // ("stepped up his feud with Sir Alex Ferguson": after a particle and a thing, the phrase is the thing's: "step up feud with".)
      const particleThing = ADVERB_PARTICLES.has(lastPrep) && firstObj.np!.entity < 0 && !firstObj.np!.pronoun && tok(s, firstObj.head).pos === 'NOUN';
      // ("will take part in the Great Caledonian Run in Edinburgh": "part" or a particle before the first preposition stays: "take part in".)
      const adverb = prep === lastPrep ? '' : prep.slice(0, -lastPrep.length - 1);
      const kept = adverb === 'part' || ADVERB_PARTICLES.has(adverb) ? ` ${adverb}` : '';
      const pred2 = particleThing ? `${base} ${lastPrep} ${tok(s, firstObj.head).lemma ?? tok(s, firstObj.head).normal} ${word(s, p2)}` : `${base}${kept} ${word(s, p2)}`;
      for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), pred2, entityEnd(np2.np!.entity), { negated: neg, confidence: 0.55 * cert * subj.factor });
    }
    relationNounChain(s, j + 1, subjects, neg, cert, vg.refusal);
    return;
  }
  // winkNLP tags the preposition SCONJ before an -ing form at times ("arrested for/SCONJ violating").
  if (c?.kind === 'P' || c?.kind === 'SC') gerundArgument(s, j, subjects, `${base} ${word(s, c)}`, neg, cert);
}

/** Whether a noun phrase opens with the determiner "no" ("no plans", not "No 10"). */
function noObject(s: SentenceScope, c: Chunk): boolean {
  return c.kind === 'NP' && c.end - c.start > 1 && isNoDeterminer(s.ctx.tokens, c.start);
}

/**
 * The text of a bare noun object ("soundings", "second fiddle", "tribute", "a family"): lower-case
 * words with no determiner but "a", no number, owner or name, at most three, headed by a noun; ''
 * for any other phrase.
 */
function bareNounObject(s: SentenceScope, c: Chunk): string {
  const np = c.np!;
  if (np.entity >= 0 || np.pronoun || np.possessor >= 0 || np.modifiers.length || c.end - c.start > 3 || tok(s, c.head).pos !== 'NOUN') return '';
  // ("start a family with": an indefinite article leaves the noun bare; "bring the Games to Nagano" does not.)
  const start = c.end - c.start > 1 && (tok(s, c.start).normal === 'a' || tok(s, c.start).normal === 'an') ? c.start + 1 : c.start;
  for (let k = start; k < c.end; k++) {
    const t = tok(s, k);
    if (t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'PUNCT' || !/^\p{Ll}/u.test(t.text)) return '';
  }
  const text = spanText(s, start, c.end);
  // ("which she lost last year to striker Prinz": a time is no object.)
  return isTimeOnly(text) ? '' : text;
}

/**
 * "insisted on keeping the name", "has been charged with distributing banned substances": a
 * preposition the verb takes (at chunk `j`), a gerund and its object, as one concept. (Not an
 * adjunct: "won after beating Chelsea" gives "beat" its own fact.)
 */
function gerundArgument(s: SentenceScope, j: number, subjects: Actor[], predicate: string, neg: boolean, cert: number): void {
  const { chunks } = s;
  const gerund = chunks[j + 1];
  if (!GERUND_ARGUMENT_PREPS.has(word(s, chunks[j])) || gerund?.kind !== 'VG' || !gerund.vg!.gerund || gerund.vg!.negated) return;
  const o = gerundObject(s, j + 1);
  const object = chunks[o];
  if (object?.kind !== 'NP' || object.np!.pronoun || startsClause(s, o)) return;
  const name = spanText(s, gerund.start, object.end);
  for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), predicate, { kind: 'concept', name }, { negated: neg, confidence: 0.5 * cert * subj.factor });
}

const isSpeechOrReport = (lemma: string): boolean => REPORTING_VERBS.has(lemma) || SPEECH_VERBS.has(lemma);

/** Prepositions of an adjunct that places a clause in a contest's outcome ("in their win over X", "after the defeat by Y"). */
const ADJUNCT_OUTCOME_PREPS = new Set(['in', 'during', 'after', 'since', 'despite', 'before', 'following']);

/** The noun phrase at chunk `o` is "a/an/the" and a post, with "of" after it: a post of its own ("a member of the Cabinet"). */
function secondPost(s: SentenceScope, o: number): boolean {
  const c = s.chunks[o];
  return c.kind === 'NP' && c.np!.entity < 0 && ['a', 'an', 'the'].includes(tok(s, c.start).normal) && ROLE_HEADS.has(tok(s, c.head).normal)
    && s.chunks[o + 1]?.kind === 'P' && word(s, s.chunks[o + 1]) === 'of';
}

/** The lemma of the verb group before the one at `k` (past its object and agent) when it is a passive, else ''. */
function passiveBefore(s: SentenceScope, k: number): string {
  for (let q = k - 1; q >= 0 && q >= k - 6; q--) if (s.chunks[q].kind === 'VG') return s.chunks[q].vg!.passive ? s.chunks[q].vg!.lemma : '';
  return '';
}

/** Passives whose subject does what the infinitive after the agent says ("was asked by G7 ministers to carry out", "been given permission by the FA to sign", "deemed by many to be"). */
const HANDING_ON_PASSIVES: ReadonlySet<string> = new Set([...OBJECT_CONTROL_VERBS, 'give', 'grant', 'deem', 'consider', 'bind', 'require', 'oblige', 'advise', 'instruct']);

/** Relative words that open a clause whose object is the name before them. */
const OBJECT_RELATIVES = new Set(['which', 'that', 'whom']);
/** Relative pronouns that stand for a person the clause's verb acts on ("Alan Milburn, who Mr Blair put in charge"). */
const PERSON_OBJECT_RELATIVES = new Set(['who', 'whom']);

/**
 * "Roc-A-Fella, which he founded with Damon Dash", "Acme, which Smith joined in 2000": in a
 * relative clause with its own subject and no object after the verb, the named antecedent is the
 * verb's object.
 */
function objectRelative(s: SentenceScope, k: number, subjects: readonly Actor[], predicate: string, neg: boolean, cert: number): void {
  const { chunks } = s;
  const clause = objectRelativeAt(s, k, OBJECT_RELATIVES);
  if (!clause) return;
  const { subject: j, antecedent: at } = clause;
  const antecedent = chunks[at];
  const named = antecedent?.kind === 'NP' && antecedent.np!.entity >= 0 && s.ctx.tokenEntity[antecedent.head] === antecedent.np!.entity ? antecedent.np!.entity : -1;
  // (Not after a preposition, where the clause may be of the phrase it ends: "a purchase of a stake
  // in AOL Europe, which it had reported as revenue"; nor a verb of saying or one with a clause or
  // infinitive after it: "North Korea, which he said had ...", "which it alleges to be".)
  if (named < 0 || chunks[at - 1]?.kind === 'P' || isSpeechOrReport(chunks[k].vg!.lemma) || chunks[k + 1]?.kind === 'VG') return;
  for (const subj of subjects) {
    if (subj.entity >= 0 && subj.entity !== named && subj.chunk === j) addCandidate(s, entityEnd(subj.entity), predicate, entityEnd(named), { negated: neg, confidence: 0.6 * cert * subj.factor });
  }
}

/**
 * The verb group at chunk `k` opens an object relative clause ("Acme, which Smith joined", "Alan
 * Milburn, who Mr Blair put in charge") with a pronoun of `relatives`: the chunks of the clause's
 * subject and of the phrase the pronoun stands for (before a comma, if any); undefined otherwise.
 */
function objectRelativeAt(s: SentenceScope, k: number, relatives: ReadonlySet<string>): { subject: number; antecedent: number } | undefined {
  const { chunks } = s;
  let j = k - 1;
  while (chunks[j]?.kind === 'ADV') j--;
  const rel = chunks[j - 1];
  if (chunks[j]?.kind !== 'NP' || rel?.kind !== 'REL' || !relatives.has(word(s, rel))) return undefined;
  return { subject: j, antecedent: isPunct(s, chunks[j - 2], ',') ? j - 3 : j - 2 };
}

/** Verbs that take an -ing clause as their object ("stopped acting", "considered quitting", "ruled out selling the firm"); not catenatives ("began blocking"), whose -ing verb is the act. */
const GERUND_OBJECT_VERBS = new Set(['stop', 'quit', 'consider', 'avoid', 'deny', 'admit', 'risk', 'suggest', 'recommend', 'propose', 'rule out', 'give up',
  'contemplate', 'regret', 'resist', 'delay', 'postpone', 'defend', 'justify', 'discuss', 'envisage', 'dislike', 'mind', 'cease', 'abandon']);

/** -ing verbs that say no act without their object ("denied having", "suggested using", "stopped supporting"). */
const TRANSITIVE_ONLY_GERUNDS = new Set(['have', 'use', 'suggest', 'make', 'take', 'get', 'give', 'do', 'say', 'put', 'bring', 'support', 'include', 'provide', 'hold', 'keep', 'allow', 'let']);

/**
 * "Dustin Hoffman stopped acting in 2000", "stopped making films": the -ing clause at chunk `g`
 * right after a verb of GERUND_OBJECT_VERBS is the verb's object, with the -ing verb's own object
 * when it has one (a time or place after it is not part of it).
 */
function gerundComplement(s: SentenceScope, g: number, subjects: readonly Actor[], predicate: string, neg: boolean, cert: number): void {
  const { chunks } = s;
  const gerund = chunks[g];
  if (!gerund.vg!.gerund || gerund.vg!.negated || gerund.vg!.words.length !== 1) return;
  const o = gerundObject(s, g);
  const object = chunks[o];
  // ("considered removing those", "suggested using it": an object we cannot name leaves the act unsaid.)
  if (object?.kind === 'NP' && object.np!.pronoun) return;
  // (Not a time: "stopped working a few years ago".)
  const withObject = object?.kind === 'NP' && !startsClause(s, o) && !isTimeOnly(chunkText(s, object)) && !TIME_UNIT_WORDS.has(tok(s, object.head).normal);
  // Alone, the -ing verb must say the act by itself ("stopped acting", "considered retiring"):
  // not "denied having ...", and nothing but a preposition, adverb or the clause's end after it.
  if (!withObject && (TRANSITIVE_ONLY_GERUNDS.has(gerund.vg!.lemma) || (object && !['P', 'ADV', 'PUNCT', 'CC'].includes(object.kind) && !(object.kind === 'NP' && o === g + 1)))) return;
  const name = spanText(s, gerund.start, withObject ? object.end : gerund.end);
  for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), predicate, { kind: 'concept', name }, { negated: neg, confidence: 0.5 * cert * subj.factor });
}

/** The chunk after the gerund at chunk `g` and at most two participles after it: where its object is. */
function gerundObject(s: SentenceScope, g: number): number {
  let o = g + 1;
  while (o < s.chunks.length && o < g + 3 && s.chunks[o].kind === 'VG' && s.chunks[o].vg!.bareParticiple) o++;
  return o;
}

/** Prepositions by which a verb takes an -ing clause as its object ("charged with", "arrested for", "insisted on"). */
const GERUND_ARGUMENT_PREPS = new Set(['with', 'of', 'for', 'from', 'against', 'about', 'into', 'on', 'in']);

/**
 * Names listed after an object as its members or companions: "three firms, including Globex and
 * Initech", "co-starred with some of Hollywood's greatest players, including De Niro", "beat his
 * co-star Michael Gambon, as well as Jonathan Pryce and Ben Whishaw", "rivals such as Globex":
 * chunk indexes of named NPs.
 */
function namedMembers(s: SentenceScope, j: number): number[] {
  const { chunks } = s;
  let n = j + 1;
  while (chunks[n]?.kind === 'P' && word(s, chunks[n]) === 'of' && chunks[n + 1]?.kind === 'NP') n += 2;
  if (isPunct(s, chunks[n], ',')) n++;
  const c = chunks[n];
  if (c?.kind === 'VG' && c.vg!.lemma === 'include' && c.vg!.gerund && c.end - c.start === 1) n++;
  // "firms such as Globex" ("such" closes the noun phrase, "as" is the next chunk). A "such" standing
  // alone has no noun to list examples of: "US artists/VERB such as Beyonce" is a misread noun.
  else if (c?.kind === 'P' && n === j + 1 && exampleList(s, n) && chunks[j].start < c.start - 1) n++;
  else if (c?.kind === 'ADV' && word(s, c) === 'as' && word(s, chunks[n + 1]) === 'well' && word(s, chunks[n + 2]) === 'as') n += 3;
  else return [];
  if (chunks[n]?.kind !== 'NP' || chunks[n].np!.entity < 0) return [];
  return coordinatedRight(s, n).filter((o) => chunks[o].np!.entity >= 0);
}

/** `winner` beat each named subject (who lost to it). */
function beatenBy(s: SentenceScope, winner: number, subjects: Actor[], negated: boolean, confidence: number): void {
  for (const subj of subjects) if (subj.entity >= 0 && subj.entity !== winner) addCandidate(s, entityEnd(winner), 'beat', entityEnd(subj.entity), { negated, confidence: confidence * subj.factor });
}

/** What one loses to a rival in a contest: a score ("20-17", "6-2 6-2") or the contest itself ("the final"). */
const CONTESTS = new Set(['match', 'game', 'final', 'semi-final', 'tie', 'race', 'title', 'battle', 'fight', 'contest', 'decider', 'play-off', 'replay']);
function lostContest(s: SentenceScope, c: Chunk): boolean {
  const head = tok(s, c.head);
  return head.pos === 'NUM' || /^\d+-\d+$/.test(head.text) || CONTESTS.has(head.normal);
}

/** Does a noun phrase contain a possessive "'s" ("December's win")? */
function hasPossessiveMark(s: SentenceScope, c: Chunk): boolean {
  for (let k = c.start; k < c.end; k++) if (isPossessiveS(tok(s, k).text)) return true;
  return false;
}

/** "right-hand " before the head at `h` ("Tony Blair's right-hand man"): a hyphened compound modifier, glued; else "". */
function hyphenedCompound(s: SentenceScope, h: number): string {
  const t = s.ctx.tokens;
  const compound = hyphenedWordEndingAt(t, h - 1);
  // (A noun after the dash: not a ranking, "second-largest bank".)
  if (!compound || t[h - 1].pos !== 'NOUN' || t[h - 3].sentence !== t[h].sentence || !/^[a-z]+$/.test(t[h - 3].normal)) return '';
  return `${compound} `;
}

/** Verbs that take a side to an outcome ("guided Ireland to a victory", "led Chelsea to the title"). */
const STEERING_VERBS = new Set(['guide', 'lead', 'steer', 'inspire', 'help', 'take', 'drive', 'power', 'propel', 'fire', 'carry', 'shoot', 'lift']);

/** Nouns for people, who do their own acts ("a friend from Smith", "fans from Leeds"). */
const PEOPLE_NOUNS = new Set(['fans', 'people', 'supporters', 'members', 'friends', 'friend', 'family', 'staff', 'players', 'player', 'colleagues', 'team-mates', 'aides', 'children']);

function isPeopleNoun(w: string): boolean {
  return PEOPLE_NOUNS.has(w) || ROLE_HEADS.has(w) || /(man|men|woman|women)$/.test(w);
}

/** The first chunk of the noun phrase at `j` with its of-phrases ("Two moments of magic"). */
function deedStart(s: SentenceScope, j: number): number {
  while (j >= 2 && s.chunks[j - 1].kind === 'P' && word(s, s.chunks[j - 1]) === 'of' && s.chunks[j - 2].kind === 'NP') j -= 2;
  return j;
}

/** Kinds of programme a channel shows ("the popular MTV show", "ITV1 talent show The X-Factor"). */
const SHOW_HEADS = new Set(['show', 'programme', 'program', 'series', 'drama', 'soap', 'sitcom', 'documentary', 'bulletin']);

/** The channel whose show the noun phrase names: an organisation modifying a show's kind, no other name; -1 if none. */
function showChannel(s: SentenceScope, c: Chunk): number {
  const np = c.np!;
  if (np.entity >= 0 || np.possessor >= 0 || np.modifiers.length !== 1 || entityType(s, np.modifiers[0]) !== 'ORG') return -1;
  // (The kind may be followed by the show's own name: "talent show The X-Factor".)
  let k = c.head;
  while (k > c.start && s.ctx.tokenEntity[k] < 0 && /^\p{Lu}/u.test(tok(s, k).text)) k--;
  return SHOW_HEADS.has(tok(s, k).normal) || SHOW_HEADS.has(tok(s, c.head).normal) ? np.modifiers[0] : -1;
}

/** The subjects' act in or on the channel whose show chunk `c` names (see showChannel). */
function showOnChannel(s: SentenceScope, subjects: readonly Actor[], predicate: string, c: Chunk, neg: boolean, cert: number): void {
  const channel = showChannel(s, c);
  if (channel < 0) return;
  for (const subj of subjects) if (subj.entity >= 0 && subj.entity !== channel) addCandidate(s, entityEnd(subj.entity), predicate, entityEnd(channel), { negated: neg, confidence: 0.5 * cert * subj.factor });
}

/** Adverbs of distance before "from" ("away from", "far from"). */
const DISTANCE_ADVERBS = new Set(['away', 'far', 'apart', 'aside', 'absent', 'free', 'clear', 'different']);

/** Verbs whose subject was not in the event its object names ("missed the victory over Scotland"). */
const ABSENT_VERBS = new Set(['miss', 'watch', 'see', 'witness', 'skip']);

/** Quantifiers that float after a list of subjects ("X and Y both agreed", "with X and Y all donating"). */
const FLOATING_ALL = new Set(['all', 'both', 'each']);

/**
 * The names listed before the name at chunk `j`, when a subordinating word opens the list ("after
 * A, B and C") or a group's examples do ("firms like A, B and C"): their chunks, the last at `j`;
 * else only `j`. Each member must name something.
 */
function subordinateList(s: SentenceScope, j: number): number[] {
  const { chunks } = s;
  if (word(s, chunks[j - 1]) !== 'and' || chunks[j - 2]?.kind !== 'NP') return [j];
  const list = [j - 2, j];
  while (isPunct(s, chunks[list[0] - 1], ',') && chunks[list[0] - 2]?.kind === 'NP') list.unshift(list[0] - 2);
  const opener = chunks[list[0] - 1];
  // ("Networks like eDonkey, Kazaa and Grokster facilitate", "Companies such as Google and Microsoft
  // provide": the listed examples of the subject act too.)
  // (Not the examples of a preposition's object: "a campaign against stars such as Beenie Man has been waged".)
  const examples = opener?.kind === 'P' && (word(s, opener) === 'like' || exampleList(s, list[0] - 1)) && chunks[list[0] - 2]?.kind === 'NP' && chunks[list[0] - 3]?.kind !== 'P';
  if (opener?.kind !== 'P' || !(examples || (SUBORDINATORS.has(word(s, opener)) && !exampleList(s, list[0] - 1)))) return [j];
  return list.every((q) => chunks[q].np!.entity >= 0 && !chunks[q].np!.pronoun) ? list : [j];
}

/** Verbs of getting the better of a rival. */
const BEATING_VERBS = new Set(['beat', 'pip', 'edge', 'defeat', 'outpoll']);
/** Nouns of what a contest awards. */
const PRIZE_NOUNS = new Set(['prize', 'award', 'title', 'trophy', 'medal', 'gold', 'silver', 'bronze', 'crown', 'honour', 'honours', 'honor', 'honors', 'cup', 'championship', 'statuette']);

/** Chunk `j` is a noun phrase naming a prize ("the best comedy actress prize", "the title"). */
function prizeAt(s: SentenceScope, j: number): boolean {
  const c = s.chunks[j];
  return c?.kind === 'NP' && c.np!.entity < 0 && PRIZE_NOUNS.has(tok(s, c.head).normal);
}


/**
 * Relation nouns further along the verb's object: "reaffirmed his goal of building a stable
 * relationship with Russia" -> subject -relationship with-> Russia.
 */
/** The verb group at chunk `k` is a condition's: "If Microsoft buys Yahoo, ...", "unless Acme pays". */
function conditionalClause(s: SentenceScope, k: number): boolean {
  const { chunks } = s;
  const sc = chunks[k - 1]?.kind === 'NP' ? chunks[k - 2] : undefined;
  return sc?.kind === 'SC' && (word(s, sc) === 'if' || word(s, sc) === 'unless');
}

/** The sentence asks ("Will Microsoft buy Google?"): it ends with a question mark. */
function questionSentence(s: SentenceScope): boolean {
  let k = s.sentence.tokenEnd - 1;
  while (k > s.sentence.tokenStart && (tok(s, k).pos === 'SPACE' || QUOTE_MARKS.has(tok(s, k).text))) k--;
  return tok(s, k).text === '?';
}

/** Verbs whose "of" + -ing states an allegation ("accused of bribing") or its dismissal ("cleared of bribing"). */
const ALLEGING_VERBS = new Set(['accuse', 'suspect', 'charge', 'allege', 'indict']);
const CLEARING_VERBS = new Set(['clear', 'acquit', 'absolve', 'exonerate']);

/** The gerund at chunk `k` is what someone is accused of ('alleged') or cleared of ('cleared'), or ''. */
function gerundCharge(s: SentenceScope, k: number): 'alleged' | 'cleared' | '' {
  const { chunks } = s;
  if (!chunks[k].vg!.gerund || chunks[k - 1]?.kind !== 'P' || word(s, chunks[k - 1]) !== 'of' || chunks[k - 2]?.kind !== 'VG') return '';
  const lemma = chunks[k - 2].vg!.lemma;
  return ALLEGING_VERBS.has(lemma) ? 'alleged' : CLEARING_VERBS.has(lemma) ? 'cleared' : '';
}

/** The verb group at chunk `k` opens a clause a verb of denial takes: "denied (that) it had bought", "denied buying". */
function deniedClause(s: SentenceScope, k: number): boolean {
  const { chunks } = s;
  let q = k - 1;
  if (!chunks[k].vg!.gerund) {
    if (chunks[q]?.kind !== 'NP') return false;
    q--;
    if (chunks[q]?.kind === 'SC' && word(s, chunks[q]) === 'that') q--;
  }
  const v = chunks[q];
  return v?.kind === 'VG' && DENIAL_VERBS.has(v.vg!.lemma) && !v.vg!.negated;
}

function relationNounChain(s: SentenceScope, from: number, subjects: Actor[], negated: boolean, cert: number, prefix = ''): void {
  const { chunks } = s;
  // ("O'Driscoll guided Ireland to a victory against Italy": a side steered to an outcome has it.)
  const steered = chunks[from];
  if (chunks[from - 1]?.kind === 'VG' && STEERING_VERBS.has(chunks[from - 1].vg!.lemma) && steered?.kind === 'NP' && steered.np!.entity >= 0
    && entityType(s, steered.np!.entity) !== 'PERSON' && word(s, chunks[from + 1]) === 'to') subjects = [{ chunk: from, entity: steered.np!.entity, factor: 1 }];
  for (let j = from; j < chunks.length - 2 && j < from + 12; j++) {
    const c = chunks[j];
    if (c.kind === 'VG' && !c.vg!.gerund) break;
    if (c.kind === 'PUNCT' || c.kind === 'SC' || c.kind === 'REL') break;
    if (c.kind !== 'NP' || c.np!.entity >= 0 || c.np!.possessor >= 0) continue;
    // An owned act the resolver left open is the subject's only when the pronoun fits it: "Liverpool,
    // who followed up their defeat against Everton", not "on Laporte following their defeat by Wales".
    const owner = tok(s, c.start).normal;
    if (POSSESSIVE_PRONOUNS.has(owner) && !subjects.some((a) => a.entity >= 0 && ownerFits(owner, entityType(s, a.entity)))) continue;
    // ("O'Gara hailed his side's victory over England": a person's side's outcome is the side's, not the person's.)
    const ownSide = possessingSide(s, c);
    if (ownSide === -1) continue;
    const actors: Actor[] = ownSide === undefined ? subjects : [{ chunk: j, entity: ownSide, factor: 0.8 }];
    const head = tok(s, c.head).normal;
    const p = chunks[j + 1];
    const np = chunks[j + 2];
    // "battled to a win over X" -> beat X; "suffered a defeat to X" -> X beat the subject.
    // ("a goal in December's win over Olympiakos": a possessed outcome is its owner's, read by the noun relations.)
    const outcome = hasPossessiveMark(s, c) ? undefined : OUTCOME_NOUNS.get(head);
    // ("moved up to third after a 2-0 win at Everton": a win at a side's ground is won there.)
    if (outcome?.won && p?.kind === 'P' && word(s, p) === 'at' && np?.kind === 'NP' && np.np!.entity >= 0 && entityType(s, np.np!.entity) !== 'PERSON') {
      // (A manager's or player's win is his side's: "Alex Ferguson has praised ... the 1-0 win at Aston Villa".)
      for (const subj of actors) {
        const side = subj.entity >= 0 && entityType(s, subj.entity) === 'PERSON' ? sideOf(s, subj.entity, SIDE_RUNNING_POSTS) : -1;
        const winner = side >= 0 ? side : subj.entity;
        if (winner >= 0 && winner !== np.np!.entity) addCandidate(s, entityEnd(winner), 'win at', entityEnd(np.np!.entity), { negated, confidence: 0.5 * cert * subj.factor });
      }
      return;
    }
    if (outcome && p?.kind === 'P' && np?.kind === 'NP' && np.np!.entity >= 0 && outcome.preps.includes(word(s, p))) {
      // ("did not score more than one goal in their win over Croatia": an outcome in an adjunct
      // happened whatever the clause's verb says.)
      if (chunks[j - 1]?.kind === 'P' && ADJUNCT_OUTCOME_PREPS.has(word(s, chunks[j - 1]))) negated = false;
      // "victories over South Africa and Australia": each side of the list.
      for (const m of listedFrom(s, j + 2)) {
        const other = chunks[m].np!.entity;
        if (other < 0) continue;
        for (const subj of actors) {
          if (subj.entity < 0 || subj.entity === other) continue;
          const [a, b] = outcome.won ? [subj.entity, other] : [other, subj.entity];
          addCandidate(s, entityEnd(a), prefix && a === subj.entity ? `${prefix}beat` : 'beat', entityEnd(b), { negated, confidence: 0.55 * cert * subj.factor });
        }
      }
      // ("guided Ireland to a workmanlike victory against Italy": the side that won has the win, as a
      // fact of its own, when the clause's verb is another: "Ireland -win-> workmanlike victory against Italy".)
      const verb = chunks[from - 1]?.kind === 'VG' ? chunks[from - 1].vg!.lemma : chunks[from - 2]?.kind === 'VG' ? chunks[from - 2].vg!.lemma : '';
      // (A player only for an outcome reached, after "to": "eased to a 6-1 6-2 win", not "scored in a 3-1 win".)
      const reached = word(s, chunks[j - 1]) === 'to';
      const name = outcome.won && !prefix && verb !== 'win' ? conceptName(s, j) : undefined;
      if (name) for (const subj of actors) if (subj.entity >= 0 && (reached || entityType(s, subj.entity) !== 'PERSON')) addCandidate(s, entityEnd(subj.entity), 'win', { kind: 'concept', name }, { negated, confidence: 0.5 * cert * subj.factor });
      return;
    }
    // "is leaving Britain on a high-profile tour of Africa", "said on a visit to Sydney": a journey names where its subject goes.
    if (TRAVEL_NOUNS.has(head) && p?.kind === 'P' && (word(s, p) === 'to' || (word(s, p) === 'of' && head === 'tour')) && np?.kind === 'NP'
      && np.np!.entity >= 0 && entityType(s, np.np!.entity) === 'LOC') {
      for (const subj of actors) {
        if (subj.entity >= 0 && subj.entity !== np.np!.entity) addCandidate(s, entityEnd(subj.entity), `${head} ${word(s, p)}`, entityEnd(np.np!.entity), { negated, confidence: 0.5 * cert * subj.factor });
      }
      continue;
    }
    // "demonstrate a clear competitive advantage over Sky", "extend their lead over Arsenal".
    const over = EDGE_NOUNS.has(head) && word(s, p) === 'over';
    if (!RELATION_NOUNS.has(head) && !over) continue;
    // ("is in talks over a contract extension beyond 2007 with City": past what the talks are about.)
    const party = TALK_NOUNS.has(head) && p?.kind === 'P' && TOPIC_PREPS.has(word(s, p)) ? partyAfterTopic(s, j + 2) : -1;
    if (party >= 0) {
      for (const subj of actors) if (subj.entity >= 0 && subj.entity !== chunks[party].np!.entity) addCandidate(s, entityEnd(subj.entity), prefix + nounPredicate(EVENT_NOUNS.get(head) ?? head, 'with'), entityEnd(chunks[party].np!.entity), { negated, confidence: 0.5 * cert * subj.factor });
      return;
    }
    if (p?.kind !== 'P' || !(over || ['with', 'between', 'to', 'against'].includes(word(s, p))) || np?.kind !== 'NP') continue;
    const target = np.np!.entity;
    if (target < 0) continue;
    const noun = EVENT_NOUNS.get(head) ?? head;
    const prep = word(s, p);
    const predicate = prefix + nounPredicate(noun, prep);
    // ("withdrew from Bath's team for Friday's clash with Gloucester", "would return for the clash with Chelsea": a
    // player has no fixture with a side; his side has, see unownedContests. "would miss the game against Arsenal" stays his.)
    const fixture = CONTEST_NOUNS.has(head) && entityType(s, target) !== 'PERSON' && prep === 'with';
    for (const subj of actors) if (subj.entity >= 0 && !(fixture && entityType(s, subj.entity) === 'PERSON')) addCandidate(s, entityEnd(subj.entity), predicate, entityEnd(target), { negated, confidence: 0.5 * cert * subj.factor });
    return;
  }
}

/** Verbs that call their object something ("called the referee a disgrace"). */
const CALLING_VERBS = new Set(['call', 'brand', 'label', 'dub']);

/** What the object at chunk `o` is called: the noun phrase right after it, quoted or not ('"a disgrace"'), or ''. */
function callingComplement(s: SentenceScope, o: number): string {
  const { chunks } = s;
  const object = chunks[o];
  if (object.np!.entity >= 0 || object.np!.pronoun) return '';
  for (let k = object.start; k < object.end; k++) if (QUOTE_MARKS.has(tok(s, k).text)) return '';
  const isQuote = (j: number): boolean => chunks[j]?.kind === 'PUNCT' && QUOTE_MARKS.has(word(s, chunks[j]));
  const quoted = isQuote(o + 1);
  const c = chunks[quoted ? o + 2 : o + 1];
  // (A whole noun phrase with its article, closed by its quote when opened by one: not "called the plans "dangerous, ill thought-out ...".)
  if (c?.kind !== 'NP' || c.np!.entity >= 0 || c.np!.pronoun || !['a', 'an', 'the'].includes(tok(s, c.start).normal) || tok(s, c.head).pos !== 'NOUN' || (quoted && !isQuote(o + 3))) return '';
  return withBalancedQuotes(spanText(s, quoted ? chunks[o + 1].start : c.start, quoted ? chunks[o + 3].end : c.end));
}

/** Where a person stays rather than goes ("in hospital", "in custody"), which a place after it locates. */
const STAY_NOUNS = new Set(['hospital', 'prison', 'jail', 'gaol', 'custody', 'detention', 'exile', 'hiding', 'rehab', 'rehabilitation', 'quarantine', 'clinic', 'care']);

/**
 * "drops down to the bench instead of Ian Gough", "Szilard Nemeth, recalled in place of Joseph-Desire
 * Job,", "steps up in place of Morgan": a person whose verb's clause says whom they act "in place of"
 * or "instead of" replaces that person (subject -replace-> the person).
 */
function inPlaceOf(s: SentenceScope, k: number, subjects: Actor[]): void {
  const { chunks } = s;
  if (chunks[k].vg!.negated) return;
  // ("promised to pick Cudicini for the final instead of Petr Cech": a person the verb acts on is the one who replaces;
  // "Alan Milburn, who Mr Blair put in charge in place of the chancellor": so is the person an object relative stands for.)
  let replacers = subjects;
  const relative = objectRelativeAt(s, k, PERSON_OBJECT_RELATIVES);
  const antecedent = relative ? chunks[relative.antecedent] : undefined;
  if (antecedent?.kind === 'NP' && antecedent.np!.entity >= 0 && entityType(s, antecedent.np!.entity) === 'PERSON') replacers = [{ chunk: relative!.antecedent, entity: antecedent.np!.entity, factor: 0.8 }];
  for (let j = k + 1; j + 1 < chunks.length && j < k + 10; j++) {
    const c = chunks[j];
    if (c.kind === 'NP' && c.np!.entity >= 0 && entityType(s, c.np!.entity) === 'PERSON' && !c.np!.pronoun) replacers = [{ chunk: j, entity: c.np!.entity, factor: 0.9 }];
    if ((c.kind === 'VG' && !c.vg!.gerund) || c.kind === 'SC' || c.kind === 'REL' || c.kind === 'CC' || (c.kind === 'PUNCT' && word(s, c) !== '-')) return;
    // "in place of X" (P NP(place) P NP) or "instead of X" (ADV P NP).
    const inPlace = c.kind === 'P' && word(s, c) === 'in' && chunks[j + 1]?.kind === 'NP' && chunkText(s, chunks[j + 1]) === 'place' && word(s, chunks[j + 2]) === 'of' ? j + 3 : -1;
    const instead = (c.kind === 'ADV' || c.kind === 'P') && word(s, c) === 'instead' && word(s, chunks[j + 1]) === 'of' ? j + 2 : -1;
    const at = inPlace >= 0 ? inPlace : instead;
    const other = at >= 0 && chunks[at]?.kind === 'NP' ? chunks[at].np!.entity : -1;
    if (other < 0 || entityType(s, other) !== 'PERSON' || s.ctx.tokenEntity[chunks[at].head] !== other) continue;
    for (const subj of replacers) {
      if (subj.entity >= 0 && subj.entity !== other && entityType(s, subj.entity) === 'PERSON') addCandidate(s, entityEnd(subj.entity), 'replace', entityEnd(other), { confidence: 0.55 * chunks[k].vg!.certainty * subj.factor });
    }
    return;
  }
}

/** Acts done to someone, named by a noun whose doer a "from" names, and the doer's verb ("charges from the IAAF" -> charge). */
const ACTS_FROM: ReadonlyMap<string, string> = new Map([['charge', 'charge'], ['charges', 'charge'], ['criticism', 'criticise'], ['warning', 'warn'],
  ['warnings', 'warn'], ['pressure', 'pressure'], ['threat', 'threaten'], ['threats', 'threaten'], ['ban', 'ban'], ['fine', 'fine'],
  ['summons', 'summon'], ['invitation', 'invite'], ['rebuke', 'rebuke'], ['reprimand', 'reprimand'], ['lawsuit', 'sue']]);

/** The doer and verb of an act noun at chunk `j` followed by "from" and a name ("doping charges from the IAAF"), or undefined. */
function actFrom(s: SentenceScope, j: number): { agent: number; verb: string } | undefined {
  const c = s.chunks[j];
  const verb = c.np && c.np.entity < 0 && c.np.possessor < 0 && c.head === c.end - 1 ? ACTS_FROM.get(tok(s, c.head).normal) : undefined;
  // (Not "released without charge from Camp Delta": an act denied, and a place released from.)
  const agent = verb && word(s, s.chunks[j - 1]) !== 'without' ? nameAfterFrom(s, j) : -1;
  return agent >= 0 ? { agent, verb: verb! } : undefined;
}

/** The complement at chunk `at` is its verb's in an "if" or "unless" clause ("if I was still a manager in England"). */
function inConditional(s: SentenceScope, at: number): boolean {
  let q = at - 1;
  while (q >= 0 && s.chunks[q].kind !== 'VG') q--;
  return q >= 0 && conditionalClause(s, q);
}

/** Nouns of talks, which take what they are about and then whom they are with. */
const TALK_NOUNS = new Set(['talks', 'negotiations', 'discussions']);
const TOPIC_PREPS = new Set(['over', 'about', 'on']);

/** The named party of "with" after a topic at chunk `j` ("a contract extension beyond 2007 with City"), within four phrases; -1 if none. */
function partyAfterTopic(s: SentenceScope, j: number): number {
  const { chunks } = s;
  for (let q = j; q < j + 6 && q + 1 < chunks.length; q++) {
    const c = chunks[q];
    if (c.kind === 'VG' || c.kind === 'PUNCT' || c.kind === 'CC' || c.kind === 'REL' || c.kind === 'SC') return -1;
    if (c.kind === 'P' && word(s, c) === 'with') return chunks[q + 1].kind === 'NP' && chunks[q + 1].np!.entity >= 0 ? q + 1 : -1;
  }
  return -1;
}

/** Nouns of an edge one side holds over another ("advantage over Sky", "a six-point lead over Arsenal"). */
const EDGE_NOUNS = new Set(['advantage', 'edge', 'lead', 'superiority', 'dominance', 'victory', 'win']);

/** Whether a possessive pronoun may stand for an entity of `type` ("their" for a team or country, "his" for a person). */
function ownerFits(pronoun: string, type: string | undefined): boolean {
  if (pronoun === 'his' || pronoun === 'her') return type === 'PERSON';
  if (pronoun === 'their' || pronoun === 'its') return type === 'ORG' || type === 'LOC';
  return false;
}

/**
 * "X is chief executive of Y", "became chairman of Y", "was appointed Y's finance director": a
 * role noun as the complement, held in the organisation it names (possessor, modifier or
 * of/at/for phrase), else in `fallbackOrg` ("joined Globex as chief executive"). Returns how
 * many persons got the role, or -1 when the complement names no role in an organisation.
 */
function complementRole(s: SentenceScope, at: number, subjects: Actor[], negated: boolean, cert: number, fallbackOrg = -1, joined = false): number {
  const { chunks } = s;
  const c = chunks[at];
  const np = c.np!;
  const head = tok(s, c.head);
  if (!ROLE_HEADS.has(head.normal) && !ROLE_HEADS.has(lemmaOf(head))) return -1;
  const p = chunks[at + 1];
  // ("will become the company's president": a descriptor's possessive stands for the story's body of that kind.)
  if (fallbackOrg < 0 && np.possessor < 0 && np.entity < 0) fallbackOrg = describedOwner(s, c);
  // ("has been managing director and chief executive of Metrojaya": both posts are held in the body after the second.)
  if (!joined && p?.kind === 'CC' && word(s, p) === 'and' && chunks[at + 2]?.kind === 'NP' && np.possessor < 0 && !np.modifiers.length && np.entity < 0) {
    const added = complementRole(s, at + 2, subjects, negated, cert, fallbackOrg);
    const body = chunks[at + 4]?.kind === 'NP' && chunks[at + 3]?.kind === 'P' ? chunks[at + 4].np!.entity : -1;
    // ("the company's president and chief executive": both held in the body the first names.)
    if (added > 0 && (body >= 0 || fallbackOrg >= 0)) complementRole(s, at, subjects, negated, cert, body >= 0 ? body : fallbackOrg, true);
    return added;
  }
  // ("was lead singer with The Stone Roses": a person's post "with" a body as well; "the company is a partner with Rosneft" is no post.)
  const prep = p?.kind === 'P' ? word(s, p) : '';
  const withBody = prep === 'with' && chunks[at + 2]?.kind === 'NP' && entityType(s, chunks[at + 2].np!.entity) === 'ORG'
    && subjects.some((a) => a.entity >= 0 && entityType(s, a.entity) === 'PERSON');
  const ofNp = (['of', 'at', 'for'].includes(prep) || withBody) && chunks[at + 2]?.kind === 'NP' ? at + 2 : -1;
  let org = np.possessor >= 0 ? np.possessor : np.modifiers.length ? np.modifiers[np.modifiers.length - 1] : ofNp >= 0 ? chunks[ofNp].np!.entity : -1;
  // ("is the only remaining tight-head in England's training squad": a post in a side's squad is held in the side.)
  const squad = prep === 'in' && chunks[at + 2]?.kind === 'NP' ? chunks[at + 2] : undefined;
  if (org < 0 && squad && SQUAD_HEADS.has(tok(s, squad.head).normal) && squad.np!.possessor >= 0) org = squad.np!.possessor;
  if (org < 0 && np.entity < 0) org = fallbackOrg;
  // ("Lord Woolf, who is the most senior judge in England and Wales": a post held in a named place; not a
  // team position, "the best player in Spain", which ranks rather than places.)
  if (org < 0 && prep === 'in' && squad?.np!.entity !== undefined && squad.np!.entity >= 0 && entityType(s, squad.np!.entity) === 'LOC' && !TEAM_POSITIONS.has(head.normal)
    && np.entity < 0 && s.ctx.tokenEntity[squad.head] === squad.np!.entity && !inConditional(s, at)) {
    const title = titleOfChunk(s, at) || lemmaOf(head);
    let placed = 0;
    for (const m of coordinatedRight(s, at + 2)) {
      const place = chunks[m].np?.entity ?? -1;
      if (place < 0 || entityType(s, place) !== 'LOC') continue;
      for (const subj of subjects) {
        if (subj.entity >= 0 && entityType(s, subj.entity) === 'PERSON') {
          addCandidate(s, entityEnd(subj.entity), `${title} in`, entityEnd(place), { negated, kind: 'role', confidence: 0.6 * cert * subj.factor });
          placed++;
        }
      }
    }
    return placed > 0 ? placed : -1;
  }
  if (org < 0) return -1;
  const type = entityType(s, org);
  // (The whole title: "is the chief executive of Acme" -> chief executive of.)
  const predicate = rolePredicate(titleOfChunk(s, at) || lemmaOf(head), type);
  // ("is a friend of Tony Blair", "is Margaret Thatcher's son": a tie to a person named with the post, as in an apposition; not "the Blair ally",
  // nor a side's post: "to be his captain" is the side's captain.)
  const personal = type === 'PERSON' && (org === np.possessor || (ofNp >= 0 && org === chunks[ofNp].np!.entity)) && !TEAM_POSITIONS.has(head.normal);
  let added = 0;
  for (const subj of subjects) {
    if (subj.entity >= 0 && subj.entity !== org && entityType(s, subj.entity) === 'PERSON' && (type !== 'PERSON' || personal)) {
      addCandidate(s, entityEnd(subj.entity), predicate, entityEnd(org), { negated, kind: 'role', confidence: 0.75 * cert * subj.factor });
      added++;
    }
  }
  return added;
}

/** A side's groups of players, in which a player's post is held by the side ("in England's squad"). */
const SQUAD_HEADS = new Set(['squad', 'team', 'side', 'line-up', 'lineup', 'pack', 'set-up', 'midfield', 'defence', 'defense', 'attack']);

/**
 * The post at chunk `at` that the subjects put `appointee` in, held in the body it names or else
 * in the one body among the subjects ("Acme appointed X its new chairman"); the roles added.
 */
function appointeeRole(s: SentenceScope, at: number, appointee: Actor, subjects: readonly Actor[], negated: boolean, certainty: number): number {
  const bodies = subjects.filter((x) => x.entity >= 0 && entityType(s, x.entity) !== 'PERSON');
  return complementRole(s, at, [appointee], negated, certainty, bodies.length === 1 ? bodies[0].entity : -1);
}

/** Verbs whose passive puts someone in a post or gives them a title ("was appointed", "was named"). */
const APPOINTING_VERBS = new Set(['appoint', 'name', 'elect', 'vote', 'install', 'confirm', 'crown', 'reappoint', 'promote', 'choose', 'select']);
/** States one goes into ("went bankrupt", "going public"). */
const GONE_STATES = new Set(['bankrupt', 'bust', 'public', 'private', 'missing', 'unpaid', 'unpunished', 'insolvent', 'independent', 'solo', 'professional', 'platinum', 'gold']);

/** Heads of a body's or a person's leading group, which acts for them ("the leadership of President Lula"). */
const LEADERSHIP_HEADS = new Set(['leadership', 'administration', 'government', 'regime']);

/** Verbs that take someone on in a post ("hired X as chief executive"). */
const HIRING_VERBS = new Set(['hire', 'recruit', 'nominate', 'employ', 'draft']);

/**
 * "became chairman of Globex", "was appointed chief executive of Globex": the role the subject
 * takes; "was named best Irish female": the title, as a fact. True when the clause was read so.
 */
function appointment(s: SentenceScope, k: number, j: number, subjects: Actor[]): boolean {
  const vg = s.chunks[k].vg!;
  const becoming = !vg.passive && (vg.lemma === 'become' || vg.lemma === 'remain');
  // ("was made captain of England": a passive "make" appoints too.)
  const appointed = vg.passive && (APPOINTING_VERBS.has(vg.lemma) || vg.lemma === 'make');
  const c = s.chunks[j];
  if ((!becoming && !appointed) || c?.kind !== 'NP' || c.np!.entity >= 0 || c.np!.pronoun || startsClause(s, j)) return false;
  // "rejected the chance to become Portsmouth's new boss", "his bid to become leader": a post one
  // has the chance of, or bids for, is not held.
  const before = s.chunks[k - 1];
  if (vg.infinitive && before?.kind === 'NP' && UNREALISED_HEADS.has(tok(s, before.head).normal)) return true;
  if (complementRole(s, j, subjects, vg.negated, vg.certainty) > 0) return true;
  // ("Patrick Cescau, the UK-based co-chairman, will become group chief executive": a company post
  // with no body named is held in the story's organisation, as before a name.)
  const bodyAfter = s.chunks[j + 1]?.kind === 'P' && ['of', 'at', 'for', 'with', 'to'].includes(word(s, s.chunks[j + 1]));
  // (Not an infinitive, a post more often hoped for: "made a bid last year to become chairman".)
  const title = c.np!.possessor < 0 && !c.np!.modifiers.length && !bodyAfter && !vg.infinitive ? titleOfChunk(s, j) : '';
  if (title && isCompanyTitle(title)) {
    const org = lastEntityBefore(s, c.start, 'ORG', 'company');
    for (const subj of subjects) {
      if (org >= 0 && subj.entity >= 0 && entityType(s, subj.entity) === 'PERSON') addCandidate(s, entityEnd(subj.entity), rolePredicate(title, 'ORG'), entityEnd(org), { negated: vg.negated, kind: 'role', confidence: 0.5 * vg.certainty * subj.factor });
    }
  }
  if (!appointed) return false;
  emit(s, subjects, `be ${vg.surface}`, j, { entity: 0, concept: 0.55 * vg.certainty }, vg.negated);
  return true;
}

/** Nouns whose "to become" names a post not (yet) held: "the chance to become", "his bid to become". */
const UNREALISED_HEADS = new Set(['chance', 'opportunity', 'bid', 'offer', 'attempt', 'race', 'battle', 'fight', 'campaign', 'hope', 'hopes', 'ambition', 'dream',
  'plan', 'plans', 'invitation', 'option', 'candidate', 'favourite', 'favorite', 'frontrunner', 'front-runner', 'choice', 'contender']);

/** Verbs that take a predicative adjective ("pleaded guilty to fraud", "was declared fit for training"). */
const COMPLEMENT_VERBS = new Set(['plead', 'find', 'declare', 'rule', 'judge', 'deem', 'prove', 'hold', 'make', 'keep', 'leave', 'consider', 'pronounce', 'rate']);

/** Predicative adjectives after such verbs, besides the relational ones ("fit for", "eligible for", "available to"). */
const COMPLEMENT_ADJECTIVES = new Set(['fit', 'unfit', 'eligible', 'ineligible', 'available', 'unavailable', 'liable', 'free', 'clear', 'ready', 'capable', 'bankrupt', 'insolvent']);

/** Prepositions that complete such an adjective ("guilty of", "fit for"), not a time or place ("guilty in 1990"). */
const COMPLEMENT_PREPS = new Set(['to', 'of', 'for', 'with', 'from', 'on', 'about']);

/**
 * "pleaded guilty to fraud", "was declared fit for training", "was found guilty of assaulting X":
 * a verb's predicative adjective and its prepositional phrase. An entity there is the object
 * ("found guilty of attacking Smith" -> find guilty of Smith); otherwise the adjective and its
 * phrase are what the subject was pleaded or declared, as one concept.
 */
function predicativeComplement(s: SentenceScope, k: number, j: number, subjects: Actor[]): boolean {
  const { chunks } = s;
  const c = chunks[j];
  const vg = chunks[k].vg!;
  if (c?.kind !== 'NP' || c.end - c.start !== 1 || !COMPLEMENT_VERBS.has(vg.lemma)) return false;
  const adjective = tok(s, c.head).normal;
  if (!RELATIONAL_ADJECTIVES.has(adjective) && !COMPLEMENT_ADJECTIVES.has(adjective)) return false;
  const p = chunks[j + 1];
  const o = chunks[j + 2];
  if (p?.kind !== 'P' || o?.kind !== 'NP' || !COMPLEMENT_PREPS.has(word(s, p))) return false;
  const verb = vg.passive ? `be ${vg.surface}` : vg.words.join(' ');
  const prep = word(s, p);
  if (o.np!.entity >= 0) {
    for (const x of coordinatedRight(s, j + 2)) emit(s, subjects, `${verb} ${adjective} ${prep}`, x, { entity: 0.5 * vg.certainty, concept: 0.45 * vg.certainty }, vg.negated);
    return true;
  }
  const name = conceptName(s, j + 2);
  if (!name) return false;
  for (const subj of subjects) {
    if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), verb, { kind: 'concept', name: `${adjective} ${prep} ${name}` }, { negated: vg.negated, confidence: 0.5 * vg.certainty * subj.factor });
  }
  return true;
}

/** Feelings about someone or their act: "was disappointed with Acme's handling", "is furious at the referee" (not "happy in Spain"). */
const FEELING_ADJECTIVES = new Set(['disappointed', 'delighted', 'unhappy', 'happy', 'pleased', 'angry', 'furious', 'upset', 'satisfied', 'impressed', 'shocked', 'surprised']);
const FEELING_PREPS = new Set(['with', 'at', 'about', 'by', 'for']);

/** Predicative adjectives that relate their subject to the object of the preposition after them. */
const RELATIONAL_ADJECTIVES = new Set([
  'married', 'engaged', 'related', 'linked', 'close', 'critical', 'opposed', 'loyal', 'hostile', 'involved', 'responsible',
  'guilty', 'innocent', 'unaware', 'aware', 'suspicious', 'sceptical', 'skeptical', 'top', 'bottom', 'second', 'third',
  'interested', 'committed', 'answerable', 'indebted', 'allied', 'affiliated', 'due',
  ...FEELING_ADJECTIVES,
]);

/** Nouns for a stretch of time in a post: "his second term as president", "a spell as manager". */
const TENURE_NOUNS = new Set(['term', 'stint', 'spell', 'tenure', 'reign', 'career', 'time', 'days', 'years', 'role', 'job', 'post', 'duties']);

/**
 * "resigned as chairman of Acme", "joined Globex as chief executive", "served as finance director
 * at Acme": a role noun after "as" is a post the subject holds (or held) in the organisation
 * it names, or else in the organisation the verb has as its object. Adds to the verb's own facts.
 */
function asRole(s: SentenceScope, k: number, j: number, subjects: Actor[]): void {
  const { chunks } = s;
  // winkNLP tags this "as" ADP, SCONJ or ADV; the caller may have stepped over it as an adverb.
  let at = j - 1 > k && word(s, chunks[j - 1]) === 'as' ? j - 1 : j;
  let object = -1;
  if (chunks[at]?.kind === 'NP' && chunks[at].np!.entity >= 0 && word(s, chunks[at + 1]) === 'as') { object = chunks[at].np!.entity; at++; }
  // "began his second term as US President", "ended his spell as manager": a stretch of office held as the post.
  else if (chunks[at]?.kind === 'NP' && chunks[at].np!.entity < 0 && TENURE_NOUNS.has(tok(s, chunks[at].head).normal) && word(s, chunks[at + 1]) === 'as') at++;
  // "makes some of his money as a director of BAE Systems", "earns £30,000 as a member of X": pay earned in a post.
  else if (EARNING_VERBS.has(chunks[k].vg!.lemma) && chunks[at]?.kind === 'NP' && chunks[at].np!.entity < 0) {
    const past = word(s, chunks[at + 1]) === 'of' && chunks[at + 2]?.kind === 'NP' && chunks[at + 2].np!.entity < 0 ? at + 3 : at + 1;
    if (word(s, chunks[past]) === 'as') at = past;
  }
  if (word(s, chunks[at]) !== 'as' || chunks[at].kind === 'NP' || chunks[at + 1]?.kind !== 'NP') return;
  const vg = chunks[k].vg!;
  // "Acme has appointed Peter Brown as its finance director", "Globex named Sue Gray as chief
  // executive": the person put in the post holds it, in the body that puts them there.
  // ("succeeded Shiro Tsuda as president", "replaced X as chief executive": the subject's post.)
  if (object >= 0 && entityType(s, object) === 'PERSON' && !vg.passive && (APPOINTING_VERBS.has(vg.lemma) || HIRING_VERBS.has(vg.lemma))) {
    appointeeRole(s, at + 1, { chunk: at - 1, entity: object, factor: 1 }, subjects, vg.negated, vg.certainty);
    return;
  }
  complementRole(s, at + 1, subjects, vg.negated, vg.certainty, object >= 0 && entityType(s, object) !== 'PERSON' ? object : -1);
}

/** Most chunks of a restrictive relative clause's objects and phrases before the next verb. */
const MAX_RELATIVE_TAIL = 8;

/**
 * The chunk of the noun a restrictive relative clause right before the verb group at `k` is about
 * ("the firm that bought Globex", "a firm whose main product is derived from X"), when that noun
 * opens the sentence; -1 otherwise. The clause's verb must not take a clause or a bare infinitive.
 */
function restrictiveAntecedent(s: SentenceScope, k: number): number {
  const { chunks } = s;
  let q = k - 1;
  while (q > 0 && k - q <= MAX_RELATIVE_TAIL && (chunks[q].kind === 'NP' || chunks[q].kind === 'P')) q--;
  const verb = chunks[q];
  if (q >= k - 1 || verb?.kind !== 'VG' || verb.vg!.infinitive || verb.vg!.gerund) return -1;
  if (passesSubjectOn(verb.vg!.lemma)) return -1;
  // "who/that/which bought X" or "whose main product is derived ...".
  const rel = chunks[q - 1]?.kind === 'REL' ? q - 1 : chunks[q - 1]?.kind === 'NP' && chunks[q - 2]?.kind === 'REL' && word(s, chunks[q - 2]) === 'whose' ? q - 2 : -1;
  if (rel < 0 || !['who', 'that', 'which', 'whose'].includes(word(s, chunks[rel]))) return -1;
  const antecedent = rel - 1;
  const np = chunks[antecedent];
  if (np?.kind !== 'NP' || np.np!.pronoun || !onlyOpeners(s, antecedent)) return -1;
  return antecedent;
}

/**
 * A verb inside a relative clause whose object or clause is the next verb's subject: it takes a
 * clause ("a ruling which said Greece should") or a bare infinitive ("a pact which could see India invest").
 */
function passesSubjectOn(lemma: string): boolean {
  return REPORTING_VERBS.has(lemma) || CLAUSE_VERBS.has(lemma) || SPEECH_VERBS.has(lemma) || BARE_INFINITIVE_GOVERNORS.has(lemma);
}

/** Verbs whose object does a bare infinitive after it ("saw Scholl deny", "let him go", "demanded the IAAF investigate"). */
const BARE_INFINITIVE_GOVERNORS = new Set(['see', 'watch', 'hear', 'feel', 'notice', 'let', 'make', 'help', 'have', 'demand', 'insist', 'bid']);

/** Object pronouns that may come first of two objects ("gave us a lead"). */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/**
 * Verbs after whose object a noun phrase describes the object ("called them cheats", "kept them
 * fit") or is its bare verb ("let him face", BARE_INFINITIVE_GOVERNORS): no second object.
 */
const PRONOUN_COMPLEMENT_VERBS = new Set(['call', 'name', 'dub', 'label', 'brand', 'consider', 'deem', 'think', 'keep', 'leave', 'find', 'elect', 'appoint',
  'rate', 'describe', ...BARE_INFINITIVE_GOVERNORS]);

/** Verbs of earning money, which a post after "as" pays ("earns £30,000 as a member of X"). */
const EARNING_VERBS = new Set(['make', 'earn', 'receive', 'get', 'draw', 'pocket', 'collect']);

/** An adjective, or "enough"/"too", between the verb group at chunk `k` and chunk `j` ("was good enough for"). */
function adjectiveBefore(s: SentenceScope, k: number, j: number): boolean {
  for (let i = s.chunks[k].end; i < s.chunks[j].start; i++) {
    const t = s.ctx.tokens[i];
    if (t.pos === 'ADJ' || t.normal === 'enough' || t.normal === 'too') return true;
  }
  return false;
}

/** Adjectives of stance whose that-clause is what their subject holds ("is concerned that", "is confident that"). */
const STANCE_ADJECTIVES = new Set(['concerned', 'worried', 'confident', 'optimistic', 'pessimistic', 'sure', 'certain', 'convinced', 'adamant', 'hopeful', 'aware', 'unaware', 'satisfied', 'disappointed', 'pleased', 'determined', 'afraid', 'clear', 'keen', 'delighted', 'happy', 'unhappy', 'angry', 'furious']);

function copulaRelations(s: SentenceScope, k: number, j: number, subjects: Actor[]): void {
  const { chunks } = s;
  const vg = chunks[k].vg!;
  const neg = vg.negated;
  const cert = vg.certainty;
  let c: Chunk | undefined = chunks[j];
  let at = j;
  // "is up for an Oscar": a particle and a preposition make one.
  if (c?.kind === 'P' && word(s, c) === 'up' && word(s, chunks[j + 1]) === 'for' && chunks[j + 2]?.kind === 'NP') {
    emit(s, subjects, `${vg.lemma} up for`, j + 2, { entity: 0.45 * cert, concept: 0.45 * cert }, neg);
    return;
  }
  // "John Smith is in charge of Acme": a post.
  const charged = chargeHeld(s, j + 3);
  if (charged >= 0) {
    for (const subj of subjects) if (subj.entity >= 0 && subj.entity !== charged && entityType(s, subj.entity) === 'PERSON') addCandidate(s, entityEnd(subj.entity), 'in charge of', entityEnd(charged), { kind: 'role', negated: neg, confidence: 0.6 * cert * subj.factor });
    return;
  }
  if (c?.kind === 'P' && chunks[j + 1]?.kind === 'NP') {
    // "was never at meetings between ..." -> be at; "is originally from India" -> be from.
    const prep = word(s, c);
    // "has been on an ill-fated tour with R Kelly", "is on loan at Leeds": a state one is on, and its party.
    if (prep === 'on') { onState(s, j + 1, subjects, vg.lemma, neg, cert); return; }
    // ("is already without World Cup winners X, Y and Z": a side's missing players.)
    if (!['at', 'in', 'with', 'against', 'for', 'behind', 'among', 'without', 'from'].includes(prep)) return;
    // ("UKIP was good enough for him to lead": after an adjective the phrase is the adjective's, no place or side of the subject.)
    if (adjectiveBefore(s, k, j)) return;
    // ("was away from the frontbench", "far from content": a distance, no origin; and an origin is a named place or body.)
    if (prep === 'from' && chunks[j - 1]?.kind === 'ADV' && DISTANCE_ADVERBS.has(word(s, chunks[j - 1]))) return;
    for (const o of coordinatedRight(s, j + 1)) emit(s, subjects, `${vg.lemma} ${prep}`, o, { entity: 0.4 * cert, concept: prep === 'from' ? 0 : 0.45 * cert }, neg);
    if (prep === 'in') inJointState(s, j + 1, subjects, neg, cert);
    // ("Dick Clark is in hospital in Los Angeles", "was in custody in Bangkok": where one stays is in the place after it.)
    const stay = chunks[j + 1];
    const place = chunks[j + 3];
    if (prep === 'in' && stay.np!.entity < 0 && stay.head === stay.end - 1 && STAY_NOUNS.has(tok(s, stay.head).normal) && chunks[j + 2]?.kind === 'P' && word(s, chunks[j + 2]) === 'in'
      && place?.kind === 'NP' && place.np!.entity >= 0 && entityType(s, place.np!.entity) === 'LOC' && s.ctx.tokenEntity[place.head] === place.np!.entity) {
      for (const subj of subjects) if (subj.entity >= 0 && entityType(s, subj.entity) === 'PERSON') addCandidate(s, entityEnd(subj.entity), `${vg.lemma} in ${tok(s, stay.head).normal} in`, entityEnd(place.np!.entity), { negated: neg, confidence: 0.5 * cert * subj.factor });
    }
    return;
  }
  if (c?.kind !== 'NP' || startsClause(s, j)) return;
  // "is married to X", "was critical of X": a predicative adjective and its prepositional object.
  const adjective = tok(s, c.head).normal;
  // "UKIF is concerned that the system will let scammers create fake sites", "is confident that
  // sales will rise": a stance adjective's that-clause is what the subject holds.
  // ("confident that sales/NOUN will rise": the tagger may read that "that" as the next phrase's determiner.)
  const thatChunk = chunks[j + 1];
  const thatDeterminer = thatChunk?.kind === 'NP' && thatChunk.end - thatChunk.start > 1 && tok(s, thatChunk.start).normal === 'that';
  if (c.end - c.start <= 2 && STANCE_ADJECTIVES.has(adjective) && ((thatChunk?.kind === 'SC' && word(s, thatChunk) === 'that') || thatDeterminer)) {
    const from = thatDeterminer ? j + 1 : j + 2;
    const start = thatDeterminer ? thatChunk.start + 1 : chunks[from]?.start ?? 0;
    const end = thatClauseEnd(s, from);
    if (end > from && chunks[end - 1].end - start <= 20) {
      const name = withBalancedQuotes(spanText(s, start, chunks[end - 1].end));
      for (const subj of subjects) if (subj.entity >= 0) addCandidate(s, entityEnd(subj.entity), `${vg.lemma} ${adjective}`, { kind: 'concept', name }, { negated: neg, confidence: 0.45 * cert * subj.factor });
    }
    return;
  }
  if (c.end - c.start === 1 && RELATIONAL_ADJECTIVES.has(adjective) && chunks[j + 1]?.kind === 'P' && chunks[j + 2]?.kind === 'NP'
    && !((adjective === 'married' || adjective === 'engaged') && word(s, chunks[j + 1]) !== 'to') && !(FEELING_ADJECTIVES.has(adjective) && !FEELING_PREPS.has(word(s, chunks[j + 1])))) {
    const predicate = `${vg.lemma} ${adjective} ${word(s, chunks[j + 1])}`;
    // ("being interested in the summer": a time, not what interests them.)
    for (const o of coordinatedRight(s, j + 2)) if (!TIME_PERIODS.has(tok(s, chunks[o].head).normal)) emit(s, subjects, predicate, o, { entity: 0.55 * cert, concept: 0.45 * cert }, neg);
    return;
  }
  // "one of Japan's most powerful industrialists"
  if (tok(s, c.head).normal === 'one' && word(s, chunks[j + 1]) === 'of' && chunks[j + 2]?.kind === 'NP') { at = j + 2; c = chunks[at]; }
  const np = c.np!;
  if (np.entity >= 0) return;
  const head = tok(s, c.head);
  const p = chunks[at + 1];
  const ofNp = p?.kind === 'P' && ['of', 'at', 'for'].includes(word(s, p)) && chunks[at + 2]?.kind === 'NP' ? at + 2 : -1;
  if (complementRole(s, at, subjects, neg, cert) >= 0) {
    // "Jean Reno was France's second best-paid actor": a ranking is a fact beside the role.
    if (rankedPhrase(s, c)) emit(s, subjects, vg.lemma, at, { entity: 0, concept: 0.45 * cert }, neg);
    return;
  }
  // "Guidant is a key producer of equipment" -> producer of; "Kampala is the capital of Uganda".
  if (ofNp >= 0 && word(s, p) === 'of' && head.pos === 'NOUN') {
    for (const subj of subjects) {
      if (subj.entity < 0) continue;
      const o = objectEnd(s, ofNp);
      if (o) addCandidate(s, entityEnd(subj.entity), `${lemmaOf(head)} of`, o.end, { negated: neg, confidence: 0.6 * cert * subj.factor });
    }
    return;
  }
  // (A verb form heading a noun phrase is its noun: "one of Mexico's hottest hip-hop acts/VERB".)
  const nounHead = head.pos === 'NOUN' || (head.pos === 'VERB' && c.head > c.start && /[a-z]s$/.test(head.normal) && head.lemma !== head.normal);
  if (!nounHead && head.pos !== 'PROPN') return;
  // "Tesco is one of Britain's biggest retailers", "Acme is Russia's largest bank": what the
  // subject is of the owner (retailer of, bank of), beside the description itself.
  if (np.possessor >= 0 && nounHead && !VAGUE_HEADS.has(head.normal) && !POSSESSIVE_PRONOUNS.has(tok(s, c.start).normal)) {
    // (Only a named subject: not "It was Isinbayeva's 11th world record" or "UFJ - which will be Japan's largest deal".)
    let before = k - 1;
    while (chunks[before]?.kind === 'ADV') before--;
    // ("Mr Campbell quit Number 10 after being Tony Blair's right-hand man": or, after a subordinator, the named subject of the clause before.)
    const named = chunks[before]?.kind === 'NP' ? !chunks[before].np!.pronoun && chunks[before].np!.entity >= 0
      : chunks[before]?.kind === 'P' && SUBORDINATORS.has(word(s, chunks[before])) && subjects.length > 0
        && subjects.every((a) => a.entity >= 0 && chunks[a.chunk]?.kind === 'NP' && !chunks[a.chunk].np!.pronoun);
    for (const subj of subjects) {
      if (!named || subj.entity < 0 || subj.entity === np.possessor) continue;
      // ("Acme is Russia's largest bank": a body of a kind a place owns is in the place, as in the apposition.)
      const placed = entityType(s, subj.entity) === 'ORG' && entityType(s, np.possessor) === 'LOC' && isBodyKind(lemmaOf(head));
      addCandidate(s, entityEnd(subj.entity), placed ? 'located in' : `${hyphenedCompound(s, c.head)}${lemmaOf(head)} of`, entityEnd(np.possessor), { negated: neg, confidence: 0.5 * cert * subj.factor });
    }
  }
  // "Circuit City is the biggest retailer in the US" -> retailer in.
  if (!neg && nounHead) for (const subj of subjects) if (subj.entity >= 0 && subj.factor >= 0.7) kindIn(s, subj.entity, c, at + 1);
  emit(s, subjects, vg.lemma, at, { entity: 0, concept: 0.45 * cert }, neg);
}

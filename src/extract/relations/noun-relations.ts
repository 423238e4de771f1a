// Relations carried by nouns rather than verbs: an event noun with its agent as possessor or
// demonym ("his conversation with Putin", "Russia's military build-up on Ukraine's border",
// "US support for ... Ukraine"), a relation noun between two parties ("conflict between X and
// Y"), and possessive appositions ("Mr Baume's union, the First Division Association";
// "Seibu Railways, one of his companies"; "HP, the world's biggest printer firm").
import { AGENT_EVENT_NOUNS, CONTEST_NOUNS, OFFER_NOUNS, DESCRIPTOR_NOUNS, SCORE_NOUNS, EVENT_NOUNS, OUTCOME_NOUNS, POSSESSIVE_PRONOUNS, QUOTE_MARKS, REPORTING_VERBS, ROLE_HEADS, VAGUE_HEADS, isBodyKind, nounPredicate } from './lexicon.ts';
import { lemmaOf, type Chunk } from './sentence-chunks.ts';
import { isPossessiveS } from '../text-case.ts';
import { kindIn } from './place-relations.ts';
import { isSportsReport } from '../entities/sports-report.ts';
import { AGENT_PARTICIPLES } from '../../nlp/annotate.ts';
import { actorOf, addCandidate, chargeHeld, describedBody, isPublicBodyName, lastNamedOrg, sideOf, SIDE_HEADS, chunkText, conceptName, coordinatedRight, entityEnd, entityType, isPunct, isTimeOnly, listedFrom, nameAfterFrom, ownerOf, possessingSide, spanText, thatClauseEnd, TIME_UNIT_WORDS, tok, withBalancedQuotes, word, type SentenceScope } from './sentence-scope.ts';

/** Prepositions that introduce an event noun's target. */
const TARGET_PREPS = new Set(['with', 'to', 'on', 'against', 'for', 'over', 'into', 'in', 'towards', 'toward', 'from']);
/** Event nouns that take a place as target with "in" ("build-up in Crimea", "invasion in"). */
const LOCATIVE_EVENTS = new Set(['buildup', 'build-up', 'deployment', 'invasion', 'occupation', 'presence', 'investment', 'interference', 'engagement', 'attack', 'attacks', 'war', 'arrest', 'detention', 'appearance']);

/** Acts whose "in" phrase is what they are in ("Tony Blair's intervention in the row", "its involvement in the deal"). */
const IN_TARGET_EVENTS = new Set(['intervention', 'involvement', 'investment', 'role']);

/** Event nouns whose of-phrase is their patient ("Google's acquisition of YouTube", "the US invasion of Iraq"). */
const OBJECTIVE_OF_EVENTS = new Set([
  'acquisition', 'purchase', 'takeover', 'sale', 'investigation', 'probe', 'inquiry', 'criticism', 'invasion',
  'occupation', 'support', 'arrest', 'detention', 'release', 'sacking', 'appointment', 'defence', 'defense', 'bid',
]);

/** Acts whose object may be a thing rather than a party ("London's bid for the 2012 Games", "the EU's ban on arms exports"). */
const CONCEPT_TARGET_EVENTS = new Set([
  'bid', 'bids', 'offer', 'proposal', 'call', 'request', 'demand', 'investigation', 'probe', 'inquiry', 'acquisition', 'purchase',
  'takeover', 'sale', 'ban', 'support', 'criticism', 'commitment', 'pledge', 'intervention', 'plan', 'plans', 'involvement', 'investment', 'role',
]);

/** The entities of the list of names ending at chunk `j` ("Germany and Italy", "X, Y and Z"), in any position. */
function namedListEndingAt(s: SentenceScope, j: number): number[] {
  const { chunks } = s;
  const out = [chunks[j].np!.entity];
  let k = j;
  while ((chunks[k - 1]?.kind === 'CC' && word(s, chunks[k - 1]) === 'and' || isPunct(s, chunks[k - 1], ',')) && chunks[k - 2]?.kind === 'NP' && chunks[k - 2].np!.entity >= 0) {
    out.unshift(chunks[k - 2].np!.entity);
    k -= 2;
  }
  return out;
}

/** Nouns for where a person comes from or studied: "a native of San Diego", "a graduate of Harvard". */
const ORIGIN_HEADS = new Set(['native', 'resident', 'citizen', 'graduate']);

/** Words for a share of a group before "of": "one of his companies", "two of France's main trading partners". */
const SHARE_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'both', 'several', 'all']);

/** Relational heads both sides hold of each other: "Italy, one of France's partners" -> Italy -partner of-> France. */
const MUTUAL_HEADS = new Set(['partner', 'rival', 'ally', 'opponent', 'neighbour', 'neighbor', 'competitor']);

/** Heads of "X's <noun>, Y" that relate X and Y ("his companies", "Mr Baume's union"). */
const RELATIONAL_HEADS = new Set([
  'company', 'firm', 'business', 'union', 'party', 'team', 'club', 'subsidiary', 'unit', 'division', 'partner',
  'rival', 'parent', 'owner', 'brand', 'label', 'publisher', 'agency', 'group', 'organisation', 'organization',
  'charity', 'bank', 'newspaper', 'paper', 'network', 'channel', 'studio', 'airline', 'carrier', 'employer',
  'sponsor', 'supplier', 'customer', 'client', 'ally', 'opponent', 'holding', 'venture', 'school', 'university',
]);

/** Kin, partners and other ties named in a possessive apposition ("his wife, Cherie", "John Smith's brother, Peter Smith"). */
const FAMILY_NOUNS = new Set(['brother', 'sister', 'son', 'daughter', 'father', 'mother', 'wife', 'husband', 'girlfriend', 'boyfriend', 'fiancee',
  'fiance', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'widow', 'widower', 'stepson',
  'stepdaughter', 'twin',
  // Other ties between two people named the same way ("Mr Tomlinson's predecessor, Chris Woodhead").
  'predecessor', 'successor', 'deputy', 'colleague', 'friend', 'adviser', 'advisor', 'lawyer', 'agent']);

function nounKey(s: SentenceScope, head: number): string {
  const t = tok(s, head);
  // "build - up" is three tokens; read it as one word.
  if (t.normal === 'up' && head >= 2 && tok(s, head - 1).text === '-' && tok(s, head - 2).normal === 'build') return 'build-up';
  return t.normal;
}

export function nounRelations(s: SentenceScope): void {
  inCharge(s);
  eventNouns(s);
  ownedOutcomes(s);
  unownedContests(s);
  describedIdentity(s);
  intentionNouns(s);
  statementNouns(s);
  betweenRelations(s);
  possessiveAppositions(s);
  possessedNamedBodies(s);
  possessedParties(s);
  awardCategories(s);
  playedParts(s);
  careerSpells(s);
  scoresOwned(s);
  hyphenedBackers(s);
  offersFrom(s);
}

/**
 * "the group rejected a £1.3bn takeover offer from Deutsche Boerse": the body or person after "from"
 * made the offer (Deutsche Boerse -make-> £1.3bn takeover offer), whoever answers it.
 */
function offersFrom(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0 || c.np!.possessor >= 0 || c.head !== c.end - 1 || !OFFER_NOUNS.has(tok(s, c.head).normal)) continue;
    const maker = nameAfterFrom(s, j);
    if (maker < 0 || entityType(s, maker) === 'LOC') continue;
    const name = conceptName(s, j);
    if (name) addCandidate(s, entityEnd(maker), 'make', { kind: 'concept', name }, { confidence: 0.5 });
  }
}

/**
 * "Moscow-backed presidential candidate Viktor Yanukovych", "the Russia-owned firm Acme", "Acme,
 * a Kremlin-controlled firm,": a name hyphened to an agent participle acts on the one the phrase
 * names (Russia -back-> Viktor Yanukovych), or on the name the phrase is set off after.
 */
function hyphenedBackers(s: SentenceScope): void {
  const { chunks } = s;
  const { tokens, tokenEntity } = s.ctx;
  for (let j = 0; j < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP') continue;
    for (let k = c.start; k + 2 < c.end; k++) {
      const agent = tokenEntity[k];
      const verb = AGENT_PARTICIPLES.get(tokens[k + 2].normal);
      if (agent < 0 || tokenEntity[k + 1] >= 0 || tokens[k + 1].text !== '-' || tokens[k + 1].spaceBefore || tokens[k + 2].spaceBefore || !verb) continue;
      // The one acted on: the phrase's own name after the participle, the name right after it, or the name it is set off after.
      let target = c.np!.entity >= 0 && tokenEntity[c.head] === c.np!.entity && c.head > k + 2 ? c.np!.entity : -1;
      if (target < 0 && chunks[j + 1]?.kind === 'NP' && chunks[j + 1].np!.entity >= 0 && c.head === c.end - 1 && tokens[c.head].pos === 'NOUN') target = chunks[j + 1].np!.entity;
      if (target < 0 && isPunct(s, chunks[j - 1], ',') && chunks[j - 2]?.kind === 'NP' && chunks[j - 2].np!.entity >= 0 && closes(chunks, j + 1)) target = chunks[j - 2].np!.entity;
      if (target >= 0 && target !== agent) addCandidate(s, entityEnd(agent), verb, entityEnd(target), { confidence: 0.55 });
    }
  }
}

/** Prepositions of place before a goal that is the net ("wide of Howard's goal", "into his own goal"). */
const NET_PREPS = new Set(['of', 'into', 'in', 'at', 'on', 'towards', 'toward', 'past', 'over', 'across', 'inside']);

/**
 * In a sports report, a player's score named as a noun says they scored it: "Stringer's try gave
 * Ireland a lead" -> Peter Stringer -score-> try; "A second-half goal from Andy Scott condemned
 * Mansfield" -> score -> second-half goal; "with a Ronan O'Gara penalty" -> score -> penalty.
 */
function scoresOwned(s: SentenceScope): void {
  const { chunks } = s;
  const { tokens, tokenEntity } = s.ctx;
  for (let j = 0; j < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0 || c.head !== c.end - 1 || !SCORE_NOUNS.has(tok(s, c.head).normal)) continue;
    let scorer = -1;
    let from = c.start;
    if (c.np!.possessor >= 0) {
      scorer = c.np!.possessor;
      while (from < c.head && !isPossessiveS(tokens[from].normal) && !(tokens[from].text === "'" || tokens[from].text === '\u2019')) from++;
      from++;
    } else if (c.np!.modifiers.length === 1 && tokenEntity[c.head - 1] === c.np!.modifiers[0]) {
      scorer = c.np!.modifiers[0];
      from = c.head;
    } else if (word(s, chunks[j + 1]) === 'from' && chunks[j + 1].kind === 'P' && chunks[j + 2]?.kind === 'NP' && tokenEntity[chunks[j + 2].head] === chunks[j + 2].np!.entity) {
      scorer = chunks[j + 2].np!.entity;
    }
    // ("the ball flew wide of Howard's goal": after a preposition of place a keeper's goal is the net.)
    const net = tok(s, c.head).normal === 'goal' && chunks[j - 1]?.kind === 'P' && NET_PREPS.has(word(s, chunks[j - 1]));
    if (scorer < 0 || net || entityType(s, scorer) !== 'PERSON' || from > c.head || !isSportsReport(s.doc)) continue;
    while (from < c.head && ['a', 'an', 'the', 'his', 'her', 'their'].includes(tokens[from].normal)) from++;
    addCandidate(s, entityEnd(scorer), 'score', { kind: 'concept', name: spanText(s, from, c.end) }, { confidence: 0.5 });
  }
}

/** Nouns of a stretch of a player's or manager's career at a club ("spells at Arsenal", "a stint with Celtic"). */
const SPELL_NOUNS = new Set(['spell', 'spells', 'stint', 'stints', 'career']);

/**
 * "Anelka has earned a reputation ... after spells at Arsenal, Real Madrid and Paris St Germain": a
 * spell at a club, with no owner, is a spell of the clause's subject, the person opening the sentence.
 */
function careerSpells(s: SentenceScope): void {
  const { chunks } = s;
  const subject = chunks[0]?.kind === 'NP' && chunks[1]?.kind === 'VG' ? chunks[0].np!.entity : -1;
  if (subject < 0 || entityType(s, subject) !== 'PERSON') return;
  for (let j = 2; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    // ("after spells/VERB at Arsenal": the tagger's verb after a preposition is the noun.)
    const verbSpell = c.kind === 'VG' && c.end - c.start === 1 && chunks[j - 1].kind === 'P' && SPELL_NOUNS.has(tok(s, c.head).normal);
    if (!verbSpell && (c.kind !== 'NP' || c.np!.entity >= 0 || c.np!.possessor >= 0 || !SPELL_NOUNS.has(tok(s, c.head).normal) || POSSESSIVE_PRONOUNS.has(tok(s, c.start).normal))) continue;
    const p = chunks[j + 1];
    if (p.kind !== 'P' || !(word(s, p) === 'at' || word(s, p) === 'with')) continue;
    for (const m of listedFrom(s, j + 2)) {
      const club = chunks[m].np!.entity;
      if (club >= 0 && club !== subject && entityType(s, club) === 'ORG') addCandidate(s, entityEnd(subject), `spell ${word(s, p)}`, entityEnd(club), { confidence: 0.5 });
    }
  }
}

/** Verbs of winning a prize. */
const WIN_VERBS = new Set(['win', 'pick', 'take', 'scoop', 'collect', 'receive', 'land', 'claim', 'bag', 'name', 'earn']);

/**
 * The category at chunk `j` is won, not a nomination, and by a work rather than a person: the
 * nearest verb before it is a verb of winning whose clause names no person before it, and no
 * nomination or shortlist comes between ("has 11 nominations, including best actor for DiCaprio";
 * "Jamie Foxx won best actor for Ray", where "Ray" is the film).
 */
function wonByWork(s: SentenceScope, j: number): boolean {
  const { chunks } = s;
  let v = j - 1;
  while (v >= 0 && chunks[v].kind !== 'VG') {
    if (/^(nomination|nominations|nominee|nominees|shortlist|shortlisted)$/.test(tok(s, chunks[v].head).normal)) return false;
    v--;
  }
  if (v < 0 || !WIN_VERBS.has(chunks[v].vg!.lemma) || chunks[v].vg!.negated) return false;
  for (let k = s.sentence.tokenStart; k < chunks[v].start; k++) {
    const e = s.ctx.tokenEntity[k];
    if (e >= 0 && entityType(s, e) === 'PERSON') return false;
  }
  return true;
}

/**
 * "It also won best actor for Richard Griffiths", "best presenters for Richard McCourt and
 * Dominic Wood": an award category ("best ...") given "for" a person is the person's win.
 */
function awardCategories(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0 || tok(s, c.start).normal !== 'best' || c.head === c.start) continue;
    if (chunks[j + 1].kind !== 'P' || word(s, chunks[j + 1]) !== 'for' || chunks[j + 2].kind !== 'NP' || !wonByWork(s, j)) continue;
    const name = conceptName(s, j);
    if (!name) continue;
    for (const o of coordinatedRight(s, j + 2)) {
      const person = chunks[o].np!.entity;
      if (person >= 0 && entityType(s, person) === 'PERSON' && s.ctx.tokenEntity[chunks[o].head] === person) {
        addCandidate(s, entityEnd(person), 'win', { kind: 'concept', name: name.replace(/ for .*$/, '') }, { confidence: 0.55 });
      }
    }
  }
}

/**
 * "Deutsche Boerse's rival Euronext", "Fiat's car unit Fiat Auto": a body's relational noun
 * right before a name relates the two, as the apposition "X's rival, Y" does (possessiveAppositions).
 */
function possessedNamedBodies(s: SentenceScope): void {
  const { tokens, tokenEntity } = s.ctx;
  for (const c of s.chunks) {
    const np = c.np;
    // (A body's, not a place's: "South Africa's biggest bank Absa" is placed by the place rules.)
    if (c.kind !== 'NP' || !np || np.entity < 0 || np.possessor < 0 || np.possessor === np.entity || entityType(s, np.entity) === 'PERSON' || entityType(s, np.possessor) !== 'ORG') continue;
    // The name's first token, and the lower-case words between the possessive mark and it.
    let first = c.end - 1;
    while (first > c.start && tokenEntity[first - 1] === np.entity) first--;
    let mark = first - 1;
    while (mark > c.start && /^\p{Ll}/u.test(tokens[mark].text) && tokenEntity[mark] < 0) mark--;
    if (mark === first - 1 || !isPossessiveS(tokens[mark].normal) || tokenEntity[mark - 1] !== np.possessor) continue;
    const noun = lemmaOf(tokens[first - 1]);
    if (!RELATIONAL_HEADS.has(noun) && !RELATIONAL_HEADS.has(tokens[first - 1].normal)) continue;
    // ("UPN's parent companies Paramount and Viacom": the named body is the owner's parent.)
    if (tokens[first - 2]?.normal === 'parent') addCandidate(s, entityEnd(np.entity), `parent ${noun} of`, entityEnd(np.possessor), { confidence: 0.6 });
    else if (MUTUAL_HEADS.has(noun)) addCandidate(s, entityEnd(np.entity), `${noun} of`, entityEnd(np.possessor), { confidence: 0.6 });
    else addCandidate(s, entityEnd(np.possessor), noun, entityEnd(np.entity), { confidence: 0.6 });
  }
}

/** Last words of a political party's name ("Labour Party", "Worker Party", "Liberal Democrats"). */
const PARTY_NAME_ENDS: ReadonlySet<string> = new Set(['Party', 'Democrats']);

/** "Mr Lula's Worker Party", "Tony Blair's Labour Party": a person's party is one they belong to. */
function possessedParties(s: SentenceScope): void {
  for (const c of s.chunks) {
    const np = c.np;
    if (c.kind !== 'NP' || !np || np.entity < 0 || np.possessor < 0 || np.possessor === np.entity || entityType(s, np.possessor) !== 'PERSON') continue;
    // (Named as a party, not by an adjective that may qualify what follows: "Blair's Tory 'lies'".)
    if (s.ctx.tokenEntity[c.head] !== np.entity || c.head !== c.end - 1 || !PARTY_NAME_ENDS.has(s.ctx.tokens[c.head].text)) continue;
    addCandidate(s, entityEnd(np.possessor), 'member of', entityEnd(np.entity), { kind: 'role', confidence: 0.5 });
  }
}

/**
 * "Roy Hodgson - now in charge at Viking Stavanger -", "Berti Vogts' tenure in charge of
 * Scotland", "his first game in charge of Wales": who is in charge of a body. (After a copula,
 * "X is in charge of Y", the verb rules read it.)
 */
function inCharge(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 4; j < chunks.length; j++) {
    const body = chargeHeld(s, j);
    if (body < 0) continue;
    let k = j - 4;
    if (chunks[k]?.kind === 'ADV') k--;
    const before = chunks[k];
    let holder = -1;
    // An aside after the person: "X - now in charge at Y -", "X, in charge of Y,".
    if (before?.kind === 'PUNCT' && [',', '-', '\u2013'].includes(word(s, before)) && chunks[k - 1]?.kind === 'NP') holder = chunks[k - 1].np!.entity;
    // An owned stretch or match: "Vogts' tenure in charge of Scotland", "his first game in charge of Wales".
    else if (before?.kind === 'NP' && before.np!.entity < 0 && before.np!.possessor >= 0 && k === j - 4) holder = before.np!.possessor;
    if (holder < 0 || holder === body || entityType(s, holder) !== 'PERSON') continue;
    addCandidate(s, entityEnd(holder), 'in charge of', entityEnd(body), { kind: 'role', confidence: 0.55 });
  }
}

/**
 * "France's win over Scotland", "their wins over Scotland and England", "Arsenal's defeat to
 * Chelsea": a side's own outcome against others says who beat whom.
 */
function ownedOutcomes(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0 || c.np!.possessor < 0) continue;
    const head = tok(s, c.head).normal;
    const p = chunks[j + 1];
    if (p.kind !== 'P') continue;
    const side = c.np!.possessor;
    // "England's match against Scotland", "their clash with Chelsea": a side's fixture says whom it plays.
    if (CONTEST_NOUNS.has(head) && (word(s, p) === 'against' || (word(s, p) === 'with' && head !== 'game' && head !== 'match'))) {
      for (const m of listedFrom(s, j + 2)) {
        const other = chunks[m].np!.entity;
        if (other >= 0 && other !== side && entityType(s, other) !== 'PERSON') addCandidate(s, entityEnd(side), 'play', entityEnd(other), { confidence: 0.5 });
      }
      continue;
    }
    const outcome = OUTCOME_NOUNS.get(head);
    if (!outcome) continue;
    // "Chelsea's win at Fulham": where a side won.
    if (outcome.won && word(s, p) === 'at' && chunks[j + 2]?.kind === 'NP' && chunks[j + 2].np!.entity >= 0 && chunks[j + 2].np!.entity !== side) {
      addCandidate(s, entityEnd(side), 'win at', entityEnd(chunks[j + 2].np!.entity), { confidence: 0.5 });
      continue;
    }
    // "Sarah Claxton's victory in the 60m hurdles", "Chelsea's win in the Champions League": what a side won
    // (a place is where: "France's win in Paris").
    const event = chunks[j + 2];
    // (Not a count or a time: "their first win in eight attempts", "win in 1999".)
    if (outcome.won && word(s, p) === 'in' && event?.kind === 'NP' && !isTimeOnly(chunkText(s, event)) && !COUNT_HEADS.has(tok(s, event.head).normal) && !TIME_UNIT_WORDS.has(tok(s, event.head).normal)
      && !/^\d{4}$/.test(tok(s, event.start).text)) {
      const e = event.np!.entity;
      if (e >= 0 && e !== side) addCandidate(s, entityEnd(side), entityType(s, e) === 'LOC' ? 'win in' : 'win', entityEnd(e), { confidence: 0.5 });
      else if (e < 0 && !event.np!.pronoun && tok(s, event.head).pos !== 'NUM') {
        const name = conceptName(s, j + 2);
        if (name) addCandidate(s, entityEnd(side), 'win', { kind: 'concept', name }, { confidence: 0.5 });
      }
      continue;
    }
    if (!outcome.preps.includes(word(s, p))) continue;
    // "over Scotland and England": coordinated sides.
    for (const m of listedFrom(s, j + 2)) {
      const other = chunks[m].np!.entity;
      if (other < 0 || other === side) continue;
      const [a, b] = outcome.won ? [side, other] : [other, side];
      addCandidate(s, entityEnd(a), 'beat', entityEnd(b), { confidence: 0.55 });
    }
  }
}

/**
 * "England centre Olly Barkley has been passed fit for Sunday's clash with Ireland", "Barkley
 * withdrew from Bath's team for Friday's clash with Gloucester": a fixture no side owns is played
 * by the side of the clause (a team phrase before it, else the sentence's subject, a person's
 * side when that is a player or official of one).
 */
function unownedContests(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 1; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0 || c.np!.possessor >= 0 || c.np!.pronoun) continue;
    const head = tok(s, c.head).normal;
    const p = chunks[j + 1];
    if (!CONTEST_NOUNS.has(head) || p.kind !== 'P' || !(word(s, p) === 'against' || (word(s, p) === 'with' && head !== 'game' && head !== 'match'))) continue;
    // (An owned fixture is ownedOutcomes'; "their clash" the resolver left open is no one's.)
    if (POSSESSIVE_PRONOUNS.has(tok(s, c.start).normal)) continue;
    const side = fixtureSide(s, j);
    if (side < 0) continue;
    for (const m of listedFrom(s, j + 2)) {
      const other = chunks[m].np!.entity;
      if (other >= 0 && other !== side && entityType(s, other) !== 'PERSON') addCandidate(s, entityEnd(side), 'play', entityEnd(other), { confidence: 0.45 });
    }
  }
}

/**
 * "GlaxoSmithKline saw its profits fall, but Europe's biggest drugmaker says ...": a longer
 * description a clause's subject gives of the story's body says what the body is.
 */
function describedIdentity(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 1 < chunks.length; j++) {
    const c = chunks[j];
    // (A subject: not "MG Rover's tie-up with China's top carmaker has been delayed".)
    if (c.kind !== 'NP' || chunks[j + 1].kind !== 'VG' || c.np!.entity >= 0 || chunks[j - 1]?.kind === 'P') continue;
    const body = describedBody(s, c).entity;
    // (Only when it is also the last body named: "Nestle said sales rose. The Swiss food giant" is no other, busier body.)
    // (Nor a body the clause names again: "The German firm wanted to buy Fiat" is not Fiat.)
    const last = body >= 0 ? lastNamedOrg(s, c.start) : -1;
    const name = last >= 0 && s.ctx.tokenEntity[last] === body && namedSince(s, body, s.sentence.index - 1) && !namedFrom(s, body, c.end) ? conceptName(s, j) : undefined;
    if (name) addCandidate(s, entityEnd(body), 'be', { kind: 'concept', name }, { confidence: 0.5 });
  }
}

/** Entity `e` is named (a capitalised mention) in sentence `from` or later, before this sentence's end. */
function namedSince(s: SentenceScope, e: number, from: number): boolean {
  const { tokens, tokenEntity } = s.ctx;
  for (let i = s.sentence.tokenEnd - 1; i >= 0 && tokens[i].sentence >= from; i--) if (tokenEntity[i] === e && /^\p{Lu}/u.test(tokens[i].text)) return true;
  return false;
}

/** Entity `e` is named from token `k` to the sentence's end. */
function namedFrom(s: SentenceScope, e: number, k: number): boolean {
  for (let i = k; i < s.sentence.tokenEnd; i++) if (s.ctx.tokenEntity[i] === e) return true;
  return false;
}

/** The sentence's first word (past opening quote marks and spaces). */
function firstWord(s: SentenceScope): number {
  let k = s.sentence.tokenStart;
  while (k < s.sentence.tokenEnd && (tok(s, k).pos === 'PUNCT' || tok(s, k).pos === 'SPACE')) k++;
  return k;
}

/** The side that plays the fixture at chunk `j` (see unownedContests), or -1. */
function fixtureSide(s: SentenceScope, j: number): number {
  const { chunks } = s;
  for (let k = j - 1; k >= 0; k--) {
    const c = chunks[k];
    if (c.kind === 'VG' && k > 0 && chunks[k - 1].kind === 'SC') break;
    if (c.kind !== 'NP' || !SIDE_HEADS.has(tok(s, c.head).normal)) continue;
    const owner = ownerOf(c.np!);
    const type = entityType(s, owner);
    if (type === 'ORG' || type === 'LOC') return owner;
  }
  // The subject of the clause the fixture is in: the sentence's, or the one after the last subordinator
  // before it ("England confirmed that Sale Sharks prop Andrew Sheridan was hurt during last Friday's match against Leeds").
  let from = 0;
  for (let k = j - 1; k > 0; k--) if (chunks[k].kind === 'SC') { from = k + 1; break; }
  let subject = chunks[from];
  if (subject?.kind !== 'NP' || chunks[from + 1]?.kind !== 'VG' && !isPunct(s, chunks[from + 1], ',')) return -1;
  // ("Zambia's technical director, Kalusha Bwalya is confident ...": the name set off after a description.)
  if (subject.np!.entity < 0 && isPunct(s, chunks[from + 1], ',') && chunks[from + 2]?.kind === 'NP' && chunks[from + 2].np!.entity >= 0) subject = chunks[from + 2];
  const actor = actorOf(s, subject, true).entity;
  const type = entityType(s, actor);
  // (A governing body plays no one: "The Scottish Football Association has appointed Tommy Burns ... for the friendly against Sweden".)
  if (type === 'ORG' && isPublicBodyName(s.ctx.entities[actor].name)) return -1;
  if (type === 'ORG' || type === 'LOC') return actor;
  return type === 'PERSON' ? sideOf(s, actor) : -1;
}

/** Heads of a count of tries ("in eight attempts", "in six matches"): no thing won (nor a stretch of time, TIME_UNIT_WORDS). */
const COUNT_HEADS = new Set(['attempts', 'matches', 'games', 'outings', 'starts', 'races', 'meetings', 'fixtures', 'tries', 'visits', 'appearances']);

/** Nouns of a performer's part: "Bening's role as Carolyn Burnham", "his portrayal of Ray Charles". */
const PART_NOUNS = new Set(['role', 'roles', 'portrayal', 'performance', 'turn']);

/** "Bening's role as troubled Carolyn Burnham", "Foxx's portrayal of Ray Charles": the performer plays the person. */
function playedParts(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.possessor < 0 || !PART_NOUNS.has(tok(s, c.head).normal) || entityType(s, c.np!.possessor) !== 'PERSON') continue;
    const p = word(s, chunks[j + 1]);
    const part = chunks[j + 2].kind === 'NP' ? chunks[j + 2].np!.entity : -1;
    if ((p !== 'as' && !(p === 'of' && tok(s, c.head).normal === 'portrayal')) || chunks[j + 1].kind === 'NP' || part < 0 || part === c.np!.possessor || entityType(s, part) !== 'PERSON') continue;
    addCandidate(s, entityEnd(c.np!.possessor), 'play', entityEnd(part), { confidence: 0.6 });
  }
}

/** Event nouns whose agent may follow them with "from" or "by" before their target ("a bid from X for Y"). */
const AGENT_AFTER_NOUNS = new Set(['bid', 'bids', 'offer', 'offers', 'approach', 'approaches', 'takeover', 'proposal', 'request', 'demand', 'call', 'appeal', 'challenge', 'attack', 'criticism', 'investment', 'loan', 'donation', 'contribution', 'payment']);

function eventNouns(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0) continue;
    const key = nounKey(s, c.head);
    if (!AGENT_EVENT_NOUNS.has(key)) continue;
    const np = c.np!;
    // ("the Champions League clash with Barcelona": a name before a fixture is its competition, not a side.)
    let agent = CONTEST_NOUNS.has(key) ? np.possessor : ownerOf(np);
    // ("his side's victory over England": the person's side's.)
    const ownSide = possessingSide(s, c);
    if (ownSide !== undefined) agent = ownSide;
    // "a bid from Chelsea for Steven Gerrard", "an offer by Glazer for Manchester United": the agent after "from"/"by".
    let after = j + 1;
    if (agent < 0 && chunks[j + 1]?.kind === 'P' && ['from', 'by'].includes(word(s, chunks[j + 1])) && chunks[j + 2]?.kind === 'NP' && chunks[j + 2].np!.entity >= 0
      && AGENT_AFTER_NOUNS.has(key) && chunks[j + 3]?.kind === 'P') {
      agent = chunks[j + 2].np!.entity;
      after = j + 3;
    }
    if (agent < 0) continue;
    const noun = EVENT_NOUNS.get(key) ?? key;
    // "P&O Princess's takeover by Carnival": a possessed act with a "by" agent was done to its owner.
    const by = chunks[j + 2];
    if (np.possessor >= 0 && OBJECTIVE_OF_EVENTS.has(key) && chunks[j + 1]?.kind === 'P' && word(s, chunks[j + 1]) === 'by' && by?.kind === 'NP'
      && by.np!.entity >= 0 && by.np!.entity !== np.possessor) {
      addCandidate(s, entityEnd(by.np!.entity), noun, entityEnd(np.possessor), { confidence: 0.6 });
      continue;
    }
    // Targets: "with X", "on X's border", "for the sovereignty ... of X", "in Crimea and on Ukraine's borders".
    let k = after;
    for (let hops = 0; hops < 3 && k + 1 < chunks.length; hops++) {
      const p = chunks[k];
      if (p.kind !== 'P') break;
      const prep = word(s, p);
      if (!(TARGET_PREPS.has(prep) || (prep === 'of' && OBJECTIVE_OF_EVENTS.has(key))) || (prep === 'in' && !LOCATIVE_EVENTS.has(key) && !IN_TARGET_EVENTS.has(key))) break;
      let m = k + 1;
      if (chunks[m]?.kind !== 'NP') break;
      let target = chunks[m].np!.entity >= 0 ? chunks[m].np!.entity : chunks[m].np!.possessor;
      // "for the sovereignty and territorial integrity of Ukraine"
      while (target < 0) {
        if (chunks[m + 1]?.kind === 'CC' && chunks[m + 2]?.kind === 'NP') { m += 2; continue; }
        if (word(s, chunks[m + 1]) === 'of' && chunks[m + 2]?.kind === 'NP') {
          m += 2;
          target = chunks[m].np!.entity >= 0 ? chunks[m].np!.entity : chunks[m].np!.possessor;
          continue;
        }
        break;
      }
      if (target >= 0 && target !== agent) {
        const predicate = prep === 'of' ? noun : nounPredicate(noun, prep);
        // ("ended his partnership with Brad Gilbert": a verb that ends the act says so: end partnership with.)
        const ender = chunks[j - 1]?.kind === 'VG' && ENDING_VERBS.has(chunks[j - 1].vg!.lemma) ? chunks[j - 1].vg!.lemma : '';
        addCandidate(s, entityEnd(agent), ender ? `${ender} ${key} ${prep}` : predicate, entityEnd(target), { confidence: 0.6 });
      } else if (target < 0 && hops === 0 && np.possessor >= 0 && m === k + 1 && CONCEPT_TARGET_EVENTS.has(key) && (prep !== 'in' || IN_TARGET_EVENTS.has(key)) && prep !== 'on') {
        // "Tony Blair's intervention in the row", "his plans for tax cuts": what the owner's act is about.
        const name = conceptName(s, m);
        const predicate = prep === 'of' ? noun : nounPredicate(noun, prep);
        if (name) addCandidate(s, entityEnd(agent), predicate, { kind: 'concept', name }, { confidence: 0.45 });
      }
      // Coordinated targets: "in occupied Crimea and on Ukraine's borders".
      if (chunks[m + 1]?.kind === 'CC' && chunks[m + 2]?.kind === 'P') { k = m + 2; continue; }
      break;
    }
  }
}

/** Verbs that end the act their object names ("ended his partnership with", "called off talks with"). */
const ENDING_VERBS = new Set(['end', 'terminate', 'cancel', 'scrap', 'abandon', 'dissolve', 'break', 'suspend', 'halt', 'quit', 'call off', 'break off']);

/** Nouns of intention whose infinitive says what their owner means to do ("Tory plans to cut tax"). */
const INTENTION_NOUNS = new Map([
  ['plan', 'plan'], ['plans', 'plan'], ['bid', 'bid'], ['attempt', 'attempt'], ['decision', 'decide'], ['move', 'move'],
  ['proposal', 'propose'], ['proposals', 'propose'], ['pledge', 'pledge'], ['promise', 'promise'], ['offer', 'offer'],
  ['efforts', 'try'], ['effort', 'try'], ['intention', 'intend'], ['refusal', 'refuse'], ['threat', 'threaten'], ['vow', 'vow'],
]);

/**
 * "Tory plans to cut £35bn tax", "Google's bid to buy YouTube": the owner of an intention noun
 * (possessor or single name modifier) -plan to cut-> the infinitive's object.
 */
function intentionNouns(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0) continue;
    const noun = INTENTION_NOUNS.get(tok(s, c.head).normal);
    if (!noun) continue;
    const np = c.np!;
    const owner = ownerOf(np);
    const vg = chunks[j + 1];
    if (owner < 0 || vg.kind !== 'VG' || !vg.vg!.infinitive || vg.vg!.passive || vg.vg!.copula) continue;
    const object = chunks[j + 2];
    if (object?.kind !== 'NP') continue;
    const predicate = `${noun} to ${vg.vg!.words.join(' ')}`;
    const target = object.np!.entity;
    if (target >= 0) {
      if (target !== owner) addCandidate(s, entityEnd(owner), predicate, entityEnd(target), { confidence: 0.5 * vg.vg!.certainty });
      continue;
    }
    const name = conceptName(s, j + 2);
    if (name) addCandidate(s, entityEnd(owner), predicate, { kind: 'concept', name }, { confidence: 0.5 * vg.vg!.certainty });
  }
}

/** Nouns of saying and finding whose that-clause is what their owner said or found, with that verb. */
const STATEMENT_NOUNS = new Map([
  ['announcement', 'announce'], ['claim', 'claim'], ['claims', 'claim'], ['warning', 'warn'], ['warnings', 'warn'],
  ['statement', 'state'], ['admission', 'admit'], ['prediction', 'predict'], ['forecast', 'forecast'], ['insistence', 'insist'],
  ['assertion', 'assert'], ['suggestion', 'suggest'], ['allegation', 'allege'], ['allegations', 'allege'], ['argument', 'argue'],
  ['finding', 'find'], ['findings', 'find'], ['ruling', 'rule'], ['conclusion', 'conclude'], ['belief', 'believe'],
  ['assurance', 'assure'], ['assurances', 'assure'], ['confirmation', 'confirm'], ['denial', 'deny'], ['revelation', 'reveal'],
  ['promise', 'promise'], ['pledge', 'pledge'], ['threat', 'threaten'], ['estimate', 'estimate'], ['acknowledgement', 'acknowledge'],
]);

/** Most tokens of a that-clause after a statement noun. */
const MAX_STATEMENT_TOKENS = 20;

/**
 * "Chancellor Gordon Brown's announcement in July that 104,000 jobs would be cut", "Opec's
 * recent announcement that it was now unlikely to cut production levels has failed to calm
 * fears": the owner of a noun of saying (possessor, or a single name before it) said the
 * that-clause, which ends before the sentence's own verb.
 */
function statementNouns(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0) continue;
    const verb = STATEMENT_NOUNS.get(tok(s, c.head).normal);
    if (!verb) continue;
    const np = c.np!;
    // ("Chris Deering, Sony's European president, made a prediction that": or the subject of a light verb before it.)
    const owner = ownerOf(np) >= 0 ? ownerOf(np) : madeBy(s, j);
    if (owner < 0) continue;
    // A time or place phrase may come between: "announcement in July that".
    let k = j + 1;
    if (chunks[k]?.kind === 'P' && chunks[k + 1]?.kind === 'NP' && word(s, chunks[k]) !== 'of') k += 2;
    const that = chunks[k];
    if (!that || word(s, that) !== 'that' || that.end - that.start !== 1 || that.kind === 'VG') continue;
    const clause = thatClauseEnd(s, k + 1);
    if (clause <= k + 1) continue;
    const start = chunks[k + 1].start;
    const end = chunks[clause - 1].end;
    if (end - start > MAX_STATEMENT_TOKENS) continue;
    addCandidate(s, entityEnd(owner), verb, { kind: 'concept', name: withBalancedQuotes(spanText(s, start, end)) }, { confidence: 0.45 });
  }
}

/** Verbs that make a statement noun their subject's act ("made a prediction", "issued a warning", "gave an assurance"). */
const STATING_LIGHT_VERBS = new Set(['make', 'issue', 'give', 'deliver', 'repeat', 'reiterate']);

/**
 * The named subject of a light verb right before the statement noun at chunk `j`, skipping an
 * apposition set off by commas ("Chris Deering, Sony's European president, made a prediction"); -1 if none.
 */
function madeBy(s: SentenceScope, j: number): number {
  const { chunks } = s;
  const vg = chunks[j - 1];
  if (vg?.kind !== 'VG' || vg.vg!.passive || !STATING_LIGHT_VERBS.has(vg.vg!.lemma)) return -1;
  let q = j - 2;
  if (isPunct(s, chunks[q], ',')) {
    q--;
    while (q >= 0 && !isPunct(s, chunks[q], ',') && chunks[q].kind !== 'VG') q--;
    if (!isPunct(s, chunks[q], ',')) return -1;
    q--;
  }
  const subject = chunks[q];
  if (subject?.kind !== 'NP' || subject.np!.entity < 0 || subject.np!.pronoun || chunks[q - 1]?.kind === 'P') return -1;
  return entityType(s, subject.np!.entity) === 'LOC' ? -1 : subject.np!.entity;
}

/** "conflict between himself and Tony Blair", "agendas for government between Number 10 and the Treasury". */
function betweenRelations(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 1; j + 3 < chunks.length; j++) {
    if (chunks[j].kind !== 'P' || word(s, chunks[j]) !== 'between') continue;
    const a = chunks[j + 1];
    const b = chunks[j + 3];
    if (a.kind !== 'NP' || chunks[j + 2].kind !== 'CC' || word(s, chunks[j + 2]) !== 'and' || b.kind !== 'NP') continue;
    // ("between United's attackers Rooney and Ronaldo and Milan's veteran defence": a longer list does not say who is on which side.)
    if (chunks[j + 4]?.kind === 'CC' && word(s, chunks[j + 4]) === 'and') continue;
    const ea = a.np!.entity;
    const eb = b.np!.entity;
    if (ea < 0 || eb < 0 || ea === eb) continue;
    // The noun the parties are between: the NP before "between", or before one short PP.
    let n = j - 1;
    if (chunks[n]?.kind === 'PUNCT' && QUOTE_MARKS.has(tok(s, chunks[n].start).text)) n--;
    // ("the latest twist in a feud between A and B": not past a noun of the parties' relation itself.)
    if (chunks[n]?.kind === 'NP' && chunks[n - 1]?.kind === 'P' && chunks[n - 2]?.kind === 'NP' && !EVENT_NOUNS.has(nounKey(s, chunks[n].head))) n -= 2;
    const c = chunks[n];
    if (c?.kind !== 'NP' || c.np!.entity >= 0) continue;
    const key = nounKey(s, c.head);
    // ("Talks/PROPN between Boeing and Airbus collapsed": a sentence's first word the tagger calls a name for its capital.)
    if (tok(s, c.head).pos !== 'NOUN' && !(c.head === firstWord(s) && EVENT_NOUNS.has(key))) continue;
    // Keep "competing"/"conflicting" before the noun: they carry the relation ("competing agendas").
    const ing: string[] = [];
    for (let k = c.start; k < c.head; k++) if (/ing$/.test(tok(s, k).normal) && ['VERB', 'ADJ', 'NOUN'].includes(tok(s, k).pos)) ing.push(tok(s, k).normal);
    // ... also when the tagger split them off as a verb ("competing/VERB agendas").
    for (let k = c.start - 1; k >= s.sentence.tokenStart && k >= c.start - 4; k--) {
      const t = tok(s, k);
      if (/ing$/.test(t.normal) && ['VERB', 'ADJ', 'NOUN'].includes(t.pos)) ing.unshift(t.normal);
      else if (t.normal !== 'and' && t.pos !== 'PUNCT') break;
    }
    const noun = [ing.join(' and '), EVENT_NOUNS.get(key) ?? lemmaOf(tok(s, c.head))].filter(Boolean).join(' ');
    addCandidate(s, entityEnd(ea), noun, entityEnd(eb), { confidence: EVENT_NOUNS.has(key) ? 0.6 : 0.45 });
  }
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);

/** The apposition ends at chunk `k`: the sentence ends, or punctuation or a verb follows. */
function closes(chunks: readonly Chunk[], k: number): boolean {
  return !chunks[k] || chunks[k].kind === 'PUNCT' || chunks[k].kind === 'VG';
}


function possessiveAppositions(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const a = chunks[j];
    if (a.kind !== 'NP' || !isPunct(s, chunks[j + 1], ',')) continue;
    let bi = j + 2;
    // "X, one of his companies"
    // ("Germany and Italy, two of France's main trading partners": a number for a list before.)
    const share = chunks[bi]?.kind === 'NP' && chunks[bi].end - chunks[bi].start === 1 ? tok(s, chunks[bi].head).normal : '';
    if (SHARE_WORDS.has(share) && word(s, chunks[bi + 1]) === 'of' && chunks[bi + 2]?.kind === 'NP') bi += 2;
    const b = chunks[bi];
    if (b?.kind !== 'NP') continue;
    // "Uganda's capital, Kampala", "the Ugandan capital, Kampala" -> Kampala -capital of-> Uganda.
    const place = ownerOf(a.np!);
    // ("Belmarsh prison, London": a bare name before the noun names the thing itself, no owner: only
    // a possessive or a determined phrase, "the Ugandan capital", gives the place the noun is of.)
    const owned = a.np!.possessor >= 0 || DETERMINERS.has(tok(s, a.start).normal);
    if (a.np!.entity < 0 && place >= 0 && owned && entityType(s, place) === 'LOC' && b.np!.entity >= 0 && b.np!.entity !== place && closes(chunks, bi + 1)) {
      const head = tok(s, a.head);
      if (head.pos === 'NOUN' && !ROLE_HEADS.has(head.normal) && entityType(s, b.np!.entity) !== 'PERSON') {
        // ("One of Britain's largest game makers, Argonaut Games": a body is in the place that owns it.)
        addCandidate(s, entityEnd(b.np!.entity), entityType(s, b.np!.entity) === 'ORG' && isBodyKind(lemmaOf(head)) ? 'located in' : `${lemmaOf(head)} of`, entityEnd(place), { confidence: 0.55 });
      }
      continue;
    }
    // "Mr Baume's union, the First Division Association"
    if (a.np!.entity < 0 && a.np!.possessor >= 0 && b.np!.entity >= 0) {
      const head = tok(s, a.head);
      // "John Smith's brother, Peter Smith," -> Peter Smith -brother of-> John Smith.
      if (FAMILY_NOUNS.has(head.normal) && !b.np!.pronoun && entityType(s, b.np!.entity) === 'PERSON' && entityType(s, a.np!.possessor) === 'PERSON'
        && b.np!.entity !== a.np!.possessor && closes(chunks, bi + 1)) {
        addCandidate(s, entityEnd(b.np!.entity), `${head.normal} of`, entityEnd(a.np!.possessor), { kind: 'role', confidence: 0.6 });
        continue;
      }
      // "Def Jam's parent company, Universal," -> Universal -parent company of-> Def Jam (the owner is the parent's).
      const parent = head.normal === 'parent' || (a.head > a.start && tok(s, a.head - 1).normal === 'parent' && ['company', 'group', 'firm'].includes(head.normal));
      if (parent && entityType(s, b.np!.entity) === 'ORG' && b.np!.entity !== a.np!.possessor && closes(chunks, bi + 1)) {
        addCandidate(s, entityEnd(b.np!.entity), head.normal === 'parent' ? 'parent of' : `parent ${head.normal} of`, entityEnd(a.np!.possessor), { kind: 'role', confidence: 0.6 });
        continue;
      }
      // ("his club side, Gloucester, beat Bath": a club side is the player's club.)
      const clubSide = head.normal === 'side' && a.head > a.start && tok(s, a.head - 1).normal === 'club';
      if (head.pos === 'NOUN' && (RELATIONAL_HEADS.has(lemmaOf(head)) || clubSide) && entityType(s, b.np!.entity) !== 'PERSON' && closes(chunks, bi + 1)) {
        addCandidate(s, entityEnd(a.np!.possessor), clubSide ? 'club' : lemmaOf(head), entityEnd(b.np!.entity), { confidence: 0.5 });
      }
      continue;
    }
    if (a.np!.entity < 0) continue;
    // "Jackie Stallone, the actor Sylvester's mother," -> Jackie Stallone -mother of-> Sylvester.
    if (b.np!.entity < 0 && bi === j + 2 && b.np!.possessor >= 0 && b.np!.possessor !== a.np!.entity && FAMILY_NOUNS.has(tok(s, b.head).normal)
      && entityType(s, a.np!.entity) === 'PERSON' && entityType(s, b.np!.possessor) === 'PERSON' && !a.np!.pronoun && closes(chunks, bi + 1)) {
      addCandidate(s, entityEnd(a.np!.entity), `${tok(s, b.head).normal} of`, entityEnd(b.np!.possessor), { kind: 'role', confidence: 0.6 });
      continue;
    }
    // "Seibu Railways, one of his companies"
    const byPronoun = b.np!.possessor >= 0 && POSSESSIVE_PRONOUNS.has(tok(s, b.start).normal);
    if (b.np!.entity < 0 && (byPronoun || bi > j + 2) && b.np!.possessor >= 0 && !b.np!.modifiers.length && b.np!.possessor !== a.np!.entity && closes(chunks, bi + 1)) {
      const head = tok(s, b.head);
      if (head.pos === 'NOUN' && RELATIONAL_HEADS.has(lemmaOf(head)) && entityType(s, a.np!.entity) !== 'PERSON') {
        const owner = b.np!.possessor;
        const members = share !== '' && share !== 'one' ? namedListEndingAt(s, j).filter((e) => e !== owner) : [a.np!.entity];
        for (const m of members) {
          // ("two of France's main trading partners": a partner or rival is one of a pair, named first.)
          if (MUTUAL_HEADS.has(lemmaOf(head))) addCandidate(s, entityEnd(m), `${lemmaOf(head)} of`, entityEnd(owner), { confidence: 0.5 });
          else addCandidate(s, entityEnd(owner), lemmaOf(head), entityEnd(m), { confidence: 0.5 });
        }
        continue;
      }
    }
    // "HP, the world's biggest printer firm, declined" -> HP -be-> world's biggest printer firm.
    // "Kampala, the capital of Uganda", "Globex, a unit of Acme" -> capital of, unit of.
    const ofNp = chunks[bi + 2];
    // "Manuel Millan, a native of San Diego,", "X, a graduate of Oxford University": where a person comes from.
    if (b.np!.entity < 0 && bi === j + 2 && ORIGIN_HEADS.has(tok(s, b.head).normal) && b.end - b.start <= 2 && word(s, chunks[bi + 1]) === 'of' && ofNp?.kind === 'NP'
      && ofNp.np!.entity >= 0 && entityType(s, a.np!.entity) === 'PERSON' && entityType(s, ofNp.np!.entity) !== 'PERSON') {
      addCandidate(s, entityEnd(a.np!.entity), `${tok(s, b.head).normal} of`, entityEnd(ofNp.np!.entity), { kind: 'role', confidence: 0.55 });
      continue;
    }
    if (b.np!.entity < 0 && bi === j + 2 && word(s, chunks[bi + 1]) === 'of' && ofNp?.kind === 'NP' && ofNp.np!.entity >= 0 && ofNp.np!.entity !== a.np!.entity
      && ['the', 'a', 'an'].includes(tok(s, b.start).normal) && tok(s, b.head).pos === 'NOUN' && !ROLE_HEADS.has(tok(s, b.head).normal)
      && entityType(s, a.np!.entity) !== 'PERSON' && closes(chunks, bi + 3)) {
      addCandidate(s, entityEnd(a.np!.entity), `${lemmaOf(tok(s, b.head))} of`, entityEnd(ofNp.np!.entity), { confidence: 0.55 });
      continue;
    }
    // ("Shares in Hooli, a Madrid-based bank, rose": a name after a preposition takes an apposition closed by a comma or the sentence's end.)
    const afterPrep = chunks[j - 1]?.kind === 'P';
    // ("Chile, the biggest copper producer in the world, is ...": the description may end in prepositional phrases.)
    let after = bi + 1;
    for (let hops = 0; hops < 2 && chunks[after]?.kind === 'P' && chunks[after + 1]?.kind === 'NP'; hops++) after += 2;
    // ("Malibu, California, a spokesman said", "says Mr Cox, the Mac mini is": a description before a finite verb is its subject.)
    const next = chunks[after];
    if (next?.kind === 'VG' && (!next.vg!.bareParticiple && !next.vg!.gerund && !next.vg!.infinitive || REPORTING_VERBS.has(next.vg!.lemma))) continue;
    if (afterPrep && !(after === bi + 1 && (!next || isPunct(s, next, ',') || isPunct(s, next, '.')))) continue;
    // "the House of Lords, the UK's highest court,", "Wipro, India's third-biggest software firm,": what a body or
    // place is of the owner, as "Tesco is Britain's biggest retailer" gives (copulaRelations).
    const owner = b.np!.possessor;
    if (b.np!.entity < 0 && bi === j + 2 && owner >= 0 && owner !== a.np!.entity && after === bi + 1 && (closes(chunks, bi + 1) || isPunct(s, chunks[after], ','))
      && tok(s, b.head).pos === 'NOUN' && b.head === b.end - 1 && !VAGUE_HEADS.has(tok(s, b.head).normal) && !POSSESSIVE_PRONOUNS.has(tok(s, b.start).normal)
      && entityType(s, a.np!.entity) !== 'PERSON' && entityType(s, owner) !== 'PERSON') {
      // ("One of Britain's largest game makers, Argonaut Games": a body a place owns is in it, as the place
      // rules read "South Africa's biggest bank Absa".)
      const placed = entityType(s, owner) === 'LOC' && entityType(s, a.np!.entity) === 'ORG' && isBodyKind(lemmaOf(tok(s, b.head)));
      if (placed || !afterPrep) addCandidate(s, entityEnd(a.np!.entity), placed ? 'located in' : `${lemmaOf(tok(s, b.head))} of`, entityEnd(owner), { confidence: 0.5 });
    }
    if (b.np!.entity < 0 && bi === j + 2 && ['the', 'a', 'an'].includes(tok(s, b.start).normal) && (closes(chunks, bi + 1) || isPunct(s, chunks[after], ','))
      // (A post is a person's role, read by the role rules; for a body or place it describes: "the biggest copper producer".)
      && !(ROLE_HEADS.has(tok(s, b.head).normal) && entityType(s, a.np!.entity) === 'PERSON')) {
      // (After a preposition only where a body is: what it is may be the clause's own words.)
      const name = afterPrep ? undefined : conceptName(s, bi);
      if (name && tok(s, b.head).pos === 'NOUN') addCandidate(s, entityEnd(a.np!.entity), 'be', { kind: 'concept', name }, { confidence: 0.45 });
      // "Circuit City, the second-largest electronics retailer in the US," -> retailer in -> United States.
      if (tok(s, b.head).pos === 'NOUN' && !afterPrep) kindIn(s, a.np!.entity, b, bi + 1);
      // ("De Telegraaf, a daily Amsterdam newspaper,", "Acme, a London firm,": a body of a kind a place qualifies is in it.)
      // (One body, one kind: "Real Madrid, the two Milan sides, Juventus" is a list, not an apposition.)
      // (Not a backer: "Acme, a Russia-backed firm" is backed from there, not in it.)
      let backed = false;
      for (let k = b.start; k < b.end && !backed; k++) backed = AGENT_PARTICIPLES.has(s.ctx.tokens[k].normal);
      const place = b.np!.modifiers.length === 1 && b.np!.possessor < 0 && tok(s, b.head).normal === lemmaOf(tok(s, b.head)) && !backed ? b.np!.modifiers[0] : -1;
      if (place >= 0 && place !== a.np!.entity && entityType(s, place) === 'LOC' && entityType(s, a.np!.entity) === 'ORG' && isBodyKind(lemmaOf(tok(s, b.head))) && b.head === b.end - 1) {
        addCandidate(s, entityEnd(a.np!.entity), 'located in', entityEnd(place), { confidence: 0.5 });
      }
    }
  }
}

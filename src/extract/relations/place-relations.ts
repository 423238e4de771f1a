// Where organisations and places are: "General Motors of the US", "the UK's Office of Fair
// Trading", "Uganda's New Vision newspaper", "Barstow, California". News text states these
// with a preposition, a possessive or a comma rather than a verb; each gives X -located in-> Y.
// "Cambridge-based Ubisense" (or "the Cambridge-based firm" for the story's firm) gives Ubisense
// -be based in-> Cambridge; "the Indian state of Kerala" gives Kerala -state of-> India; where a
// person is from or whose member they are ("X, from Wembley", "X, of Swansea UAF,"); and where a
// subject met ("EU leaders at a summit in Lisbon"); "X, the biggest retailer in the US" and "X
// is the biggest bank in Japan" give retailer in / bank in (kindIn, used by the apposition and
// copula rules).
import { OUTLET_HEADS, actorOf, addCandidate, chunkText, coordinatedLeft, coordinatedRight, entityEnd, entityType, isPunct, isTimeOnly, ownerOf, tok, word, type SentenceScope } from './sentence-scope.ts';
import { DESCRIPTOR_NOUNS, GATHERING_HEADS, PLACE_KINDS, BODY_NOUNS, PREMISES_HEADS, REPORTING_VERBS, ROLE_HEADS, SEAT_HEADS } from './lexicon.ts';
import { isLowerStart, isPossessiveS } from '../text-case.ts';
import { lemmaOf, type Chunk } from './sentence-chunks.ts';
import { countryEntry, countryOfDemonym } from '../entities/gazetteer.ts';

const PREDICATE = 'located in';

export function placeRelations(s: SentenceScope): void {
  basedIn(s);
  premisesIn(s);
  localBodies(s);
  nationalities(s);
  gatheringsAttended(s);
  namedPlaceKinds(s);
  const { chunks } = s;
  for (let j = 0; j < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP') continue;
    const np = c.np!;
    // ("approved by the country's Congress": a body of "the country" is the story's country's.)
    if (np.entity >= 0 && entityType(s, np.entity) === 'ORG' && np.possessor < 0) {
      const country = theCountrysBody(s, c);
      if (country >= 0) addCandidate(s, entityEnd(np.entity), PREDICATE, entityEnd(country), { confidence: 0.45 });
    }
    // "the UK's Office of Fair Trading", "Uganda's New Vision newspaper", "Japan's UFJ bank".
    if (np.possessor >= 0 && entityType(s, np.possessor) === 'LOC') {
      // (A body named before its kind, "Japan's UFJ bank"; not before another noun: "the UK's G8 presidency".)
      const org = np.entity >= 0 ? np.entity : np.modifiers.length === 1 && namesABody(tok(s, c.head).normal) ? np.modifiers[0] : -1;
      if (org >= 0 && org !== np.possessor && entityType(s, org) === 'ORG') {
        addCandidate(s, entityEnd(org), PREDICATE, entityEnd(np.possessor), { confidence: 0.5 });
      }
      // "London's West End", "Scotland's Highlands": a place of a place is in it (not a country: "Britain's France" is no place).
      // (The possessor a known place, the possessed the phrase's head: not "Jack's Snooker Hall", "Britain's former European champion".)
      if (org >= 0 && org !== np.possessor && org === np.entity && s.ctx.tokenEntity[c.head] === org && entityType(s, org) === 'LOC' && !countryOfDemonym(tok(s, c.head).text)
        && !(chunks[j + 1]?.kind === 'P' && word(s, chunks[j + 1]) === 'to')
        && countryEntry(s.ctx.entities[org].name)?.kind !== 'country' && countryEntry(s.ctx.entities[np.possessor].name)) {
        addCandidate(s, entityEnd(org), PREDICATE, entityEnd(np.possessor), { kind: 'role', confidence: 0.5 });
      }
    }
    // "Mr Mubanga, 32, from Wembley", "Emmanuel Ferry, from Exane BNP Paribas", "Andy Richards, of
    // Swansea UAF,": where or which organisation a person is from.
    if (np.entity >= 0 && entityType(s, np.entity) === 'PERSON' && isPunct(s, chunks[j + 1], ',')) {
      let m = j + 2;
      if (chunks[m]?.kind === 'NP' && tok(s, chunks[m].head).pos === 'NUM' && isPunct(s, chunks[m + 1], ',')) m += 2;
      const from = chunks[m + 1];
      const via = word(s, chunks[m]);
      // ("Andy Richards, of Swansea UAF, said", "Bob Wellington, of Torfaen,": "of" says it too, closed by a comma
      // or the sentence's end; so does "at": "said Kyle Cooper, at Citigroup Global Markets.")
      const closed = isPunct(s, chunks[m + 2], ',') || isPunct(s, chunks[m + 2], '.') || !chunks[m + 2];
      const closedAffiliation = (via === 'of' || via === 'at') && closed;
      // ("X, from the FNSEA agricultural union,", "of the Globex trade union,": a named body's kind names it too.)
      const body = from?.kind === 'NP' ? (from.np!.entity >= 0 ? from.np!.entity : DESCRIPTOR_NOUNS.get(tok(s, from.head).normal) === 'ORG' ? ownerOf(from.np!) : -1) : -1;
      if ((via === 'from' || closedAffiliation) && body >= 0 && entityType(s, body) !== 'PERSON' && (body === from!.np!.entity || entityType(s, body) === 'ORG')
        && (via !== 'at' || entityType(s, body) === 'ORG')) {
        const predicate = via === 'at' ? 'work at' : entityType(s, body) === 'ORG' && (via === 'of' || body !== from!.np!.entity) ? 'member of' : 'from';
        // ("Martin Mubanga, Richard Belmar and Feroz Abbasi, from London,": so is every person of a list it closes.)
        // (Not one with its own: "Moazzam Begg, from Birmingham, and ...".)
        for (const q of coordinatedLeft(s, j)) {
          if (q !== j && isPunct(s, chunks[q + 1], ',') && chunks[q + 2]?.kind === 'P') continue;
          const person = chunks[q].np!.entity;
          if (person >= 0 && person !== body && entityType(s, person) === 'PERSON') addCandidate(s, entityEnd(person), predicate, entityEnd(body), { kind: 'role', confidence: 0.5 });
        }
      }
    }
    // ("the BBC's Sarah Rainsford in Moscow says", "correspondent John Smith in Paris said": a person
    // placed "in" a town right before a verb of saying reports from there.)
    const inPlace = chunks[j + 2];
    if (np.entity >= 0 && entityType(s, np.entity) === 'PERSON' && word(s, chunks[j + 1]) === 'in' && chunks[j + 1].kind === 'P' && inPlace?.kind === 'NP'
      && inPlace.np!.entity >= 0 && entityType(s, inPlace.np!.entity) === 'LOC' && s.ctx.tokenEntity[inPlace.head] === inPlace.np!.entity
      && chunks[j + 3]?.kind === 'VG' && REPORTING_VERBS.has(chunks[j + 3].vg!.lemma)) {
      addCandidate(s, entityEnd(np.entity), 'be in', entityEnd(inPlace.np!.entity), { kind: 'role', confidence: 0.5 });
    }
    // "says Cara Diemont of IT firm Dimension Data": a bare personal name "of" a named body is one of its people.
    // (A titled name is the title rules': "analyst John Smith of Barclays" -> analyst of; not after a
    // preposition: "the death of John Smith of Acme".)
    // (Not a description that stands for the person: "The former head of HealthSouth" is describedRoles'.)
    if (np.entity >= 0 && entityType(s, np.entity) === 'PERSON' && s.ctx.tokenEntity[c.start] === np.entity && word(s, chunks[j + 1]) === 'of' && chunks[j + 1].kind === 'P'
      && !/^\p{Ll}/u.test(tok(s, c.head).text)
      && !ROLE_HEADS.has(s.ctx.tokens[c.start - 1]?.normal ?? '') && chunks[j - 1]?.kind !== 'P') {
      const body = chunks[j + 2];
      if (body?.kind === 'NP' && body.np!.entity >= 0 && body.np!.entity !== np.entity && entityType(s, body.np!.entity) === 'ORG' && s.ctx.tokenEntity[body.head] === body.np!.entity) {
        addCandidate(s, entityEnd(np.entity), 'member of', entityEnd(body.np!.entity), { kind: 'role', confidence: 0.5 });
      }
    }
    if (np.entity < 0 || entityType(s, np.entity) === 'PERSON') continue;
    // "the new Aston factory in Gaydon, near Warwick": a place set off as near another.
    const near = chunks[j + 3];
    if (entityType(s, np.entity) === 'LOC' && isPunct(s, chunks[j + 1], ',') && word(s, chunks[j + 2]) === 'near' && chunks[j + 2].kind === 'P'
      && near?.kind === 'NP' && near.np!.entity >= 0 && near.np!.entity !== np.entity && entityType(s, near.np!.entity) === 'LOC' && s.ctx.tokenEntity[near.head] === near.np!.entity) {
      addCandidate(s, entityEnd(np.entity), 'near', entityEnd(near.np!.entity), { confidence: 0.45 });
    }
    const next = chunks[j + 1];
    const place = chunks[j + 2];
    if (!next || place?.kind !== 'NP' || place.np!.entity < 0 || place.np!.entity === np.entity || entityType(s, place.np!.entity) !== 'LOC') continue;
    // Only a name followed by a bare place: "General Motors of the US", "Barstow, California".
    if (place.end - place.start > 3 && tok(s, place.start).normal !== 'the') continue;
    const type = entityType(s, np.entity);
    // ("considered the Eminem of Argentina": "the" + a name + "of" a place likens, it places nothing.)
    const likened = word(s, next) === 'of' && tok(s, c.start).normal === 'the' && s.ctx.tokenEntity[c.start] < 0
      && chunks[j - 1]?.kind === 'VG' && LIKENING_VERBS.has(chunks[j - 1].vg!.lemma);
    if (next.kind === 'P' && ['of', 'in'].includes(word(s, next)) && type === 'ORG' && !['of', 'in'].includes(word(s, chunks[j - 1])) && !likened) {
      addCandidate(s, entityEnd(np.entity), PREDICATE, entityEnd(place.np!.entity), { confidence: 0.5 });
    } else if (type === 'LOC' && word(s, next) === 'in' && locatedBefore(s, j)) {
      // "broadcasts from Wisconsin in the US": a place after a preposition, then "in" a place
      // (not "beat Wales in Cardiff", where the first place is the verb's object).
      // ("the Labour stronghold of Normanton in West Yorkshire": or after a kind of place and "of".)
      addCandidate(s, entityEnd(np.entity), PREDICATE, entityEnd(place.np!.entity), { confidence: 0.45 });
    } else if (isPunct(s, next, ',') && type === 'LOC' && (!chunks[j + 3] || (chunks[j + 3].kind === 'PUNCT' && !isPunct(s, chunks[j + 3], ',')) || ['from', 'on'].includes(word(s, chunks[j + 3]))
      // ("a man from Camberley, Surrey, was arrested": set off by a second comma after a preposition, before the verb.)
      || (isPunct(s, chunks[j + 3], ',') && chunks[j - 1]?.kind === 'P' && chunks[j + 4]?.kind === 'VG')
      // ("a public meeting in Hinckley, Leicestershire last week": or closed by a time after a preposition.)
      || (chunks[j + 3]?.kind === 'NP' && chunks[j - 1]?.kind === 'P' && isTimeOnly(chunkText(s, chunks[j + 3]))))
      && !isPunct(s, chunks[j - 1], ',') && chunks[j - 1]?.kind !== 'CC' && chunks[j + 3]?.kind !== 'CC') {
      // "Houston, Texas", "Norfolk, Nebraska from the age of eight", but not a list ("from South
      // Africa, Australia, Jamaica,"; "Iraq, Kabul in Afghanistan").
      addCandidate(s, entityEnd(np.entity), PREDICATE, entityEnd(place.np!.entity), { confidence: 0.45 });
    } else if (isPunct(s, next, ',') && type === 'LOC' && isPunct(s, chunks[j + 3], ',') && statesPlace(s, np.entity, place.np!.entity)
      && !isPunct(s, chunks[j - 1], ',') && chunks[j - 1]?.kind !== 'CC' && !(chunks[j + 4]?.kind === 'NP' && entityType(s, chunks[j + 4].np!.entity) === 'LOC')) {
      // "indicted 19 people in Newark, New Jersey, estimate", "born in Dallas, Texas, in 1960": a town set off by a
      // state or country of the gazetteer, with no list going on after it.
      addCandidate(s, entityEnd(np.entity), PREDICATE, entityEnd(place.np!.entity), { confidence: 0.45 });
    }
  }
}

/** `place` is a state, region or country of the gazetteer and `town` no country or state ("Newark, New Jersey"), or a city and `town` unknown to it. */
function statesPlace(s: SentenceScope, town: number, place: number): boolean {
  const big = countryEntry(s.ctx.entities[place].name)?.kind;
  const small = countryEntry(s.ctx.entities[town].name);
  // ("its offices in Kentish Town, London, and": a city sets off a district the gazetteer does not know.)
  if ((big === 'capital' || big === 'city') && !small) return true;
  return (big === 'state' || big === 'country' || big === 'region') && small?.kind !== 'country' && small?.kind !== 'state' && small?.kind !== 'region';
}

/** Verbs that liken someone to a famous name: "is considered the Eminem of Argentina", "was dubbed the Liberace of Baghdad". */
const LIKENING_VERBS = new Set(['be', 'consider', 'call', 'dub', 'hail', 'label', 'describe', 'become', 'nickname', 'bill', 'tout']);

/**
 * The place at chunk `j` is itself placed by what comes before it: a preposition of place ("from
 * Wisconsin"), one that opens a list it closes ("in Hong Kong, Tokyo and Pusan"), or a kind of
 * place and "of" ("the Labour stronghold of Normanton").
 */
function locatedBefore(s: SentenceScope, j: number): boolean {
  const { chunks } = s;
  const opener = chunks[j - 1]?.kind === 'P' ? j - 1 : listOpenedBy(s, j);
  if (opener < 0) return false;
  return ['from', 'in', 'at', 'near'].includes(word(s, chunks[opener]))
    || (word(s, chunks[j - 1]) === 'of' && chunks[j - 2]?.kind === 'NP' && PLACE_KINDS.has(tok(s, chunks[j - 2].head).normal));
}

/**
 * The preposition opening the list of places whose last member is chunk `j` ("held in Hong Kong,
 * Tokyo and Pusan in South Korea": the "in" before Hong Kong); -1 when `j` ends no such list.
 */
function listOpenedBy(s: SentenceScope, j: number): number {
  const { chunks } = s;
  if (chunks[j - 1]?.kind !== 'CC' || word(s, chunks[j - 1]) !== 'and') return -1;
  let q = j - 2;
  while (chunks[q]?.kind === 'NP' && chunks[q].np!.entity >= 0 && entityType(s, chunks[q].np!.entity) === 'LOC') {
    if (chunks[q - 1]?.kind === 'P') return q - 1;
    if (!isPunct(s, chunks[q - 1], ',')) return -1;
    q -= 2;
  }
  return -1;
}


/** "the southern Indian state of Kerala" -> Kerala -state of-> India; "the US state of Ohio". */
function namedPlaceKinds(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    // (The head test first: it fails for nearly every phrase.)
    if (c.kind !== 'NP' || !PLACE_KINDS.has(tok(s, c.head).normal) || c.np!.entity >= 0 || word(s, chunks[j + 1]) !== 'of') continue;
    const head = tok(s, c.head).normal;
    const country = ownerOf(c.np!);
    const place = chunks[j + 2];
    if (country < 0 || entityType(s, country) !== 'LOC' || place.kind !== 'NP' || place.np!.entity < 0 || place.np!.entity === country
      || entityType(s, place.np!.entity) !== 'LOC' || tok(s, place.start).normal === 'the') continue;
    // ("the Darfur region of Sudan": a place that is no country before the kind is the part, the country after "of" the whole.)
    const isCountry = (e: number): boolean => countryEntry(s.ctx.entities[e].name)?.kind === 'country';
    if (isCountry(country)) addCandidate(s, entityEnd(place.np!.entity), `${head} of`, entityEnd(country), { kind: 'role', confidence: 0.6 });
    else if (isCountry(place.np!.entity) && tok(s, c.head - 1).pos === 'PROPN') addCandidate(s, entityEnd(country), `${head} of`, entityEnd(place.np!.entity), { kind: 'role', confidence: 0.6 });
  }
}

/**
 * "EU leaders at a summit in Lisbon pledged", "Labour delegates at the conference in Brighton": a
 * subject right before "at" a gathering "in" a named place met there (summit in, conference in).
 */
function gatheringsAttended(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 4 < chunks.length; j++) {
    const c = chunks[j];
    const gathering = chunks[j + 2];
    // (The gathering's head first: it fails for nearly every phrase.)
    if (gathering.kind !== 'NP' || !GATHERING_HEADS.has(tok(s, gathering.head).normal)) continue;
    // (The actor is a subject: not a verb's or a preposition's object, "announced his decision to quit UKIP at a meeting in Hinckley".)
    if (c.kind !== 'NP' || chunks[j - 1]?.kind === 'VG' || chunks[j - 1]?.kind === 'P' || word(s, chunks[j + 1]) !== 'at') continue;
    const place = chunks[j + 4];
    if (word(s, chunks[j + 3]) !== 'in' || place.kind !== 'NP' || place.np!.entity < 0 || entityType(s, place.np!.entity) !== 'LOC') continue;
    const actor = actorOf(s, c, true).entity;
    if (actor >= 0 && actor !== place.np!.entity) addCandidate(s, entityEnd(actor), `${tok(s, gathering.head).normal} in`, entityEnd(place.np!.entity), { confidence: 0.5 });
  }
}

/** "Cambridge-based Ubisense", "a London-based firm called X": the named body is based in the place. */
function basedIn(s: SentenceScope): void {
  const { tokens, tokenEntity, entities } = s.ctx;
  for (let k = s.sentence.tokenStart + 2; k < s.sentence.tokenEnd - 1; k++) {
    if (tokens[k].normal !== 'based' || tokens[k - 1].text !== '-' || tokens[k - 1].spaceBefore || tokens[k].spaceBefore) continue;
    const place = tokenEntity[k - 2];
    if (place < 0 || entities[place].type !== 'LOC') continue;
    // The body: the first entity within the next five tokens ("Cambridge-based firm Ubisense",
    // "Boston-based private investment firm Highfields").
    let named = false;
    for (let j = k + 1; j < Math.min(k + 6, s.sentence.tokenEnd); j++) {
      const body = tokenEntity[j];
      if (body >= 0 && body !== place && entities[body].type !== 'LOC') {
        addCandidate(s, entityEnd(body), 'be based in', entityEnd(place), { kind: 'role', confidence: 0.6 });
        named = true;
        break;
      }
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'PUNCT' || tokens[j].pos === 'ADP') break;
    }
    // "the North Carolina-based bank": a description of a body's kind stands for the story's body.
    if (!named) describedBodyBasedIn(s, k, place);
  }
}

/** Last words of a local body's or an institution's name ("Edinburgh City Council", "University College Hospital"). */
const LOCAL_BODY_HEADS = new Set(['council', 'police', 'constabulary', 'university', 'college', 'hospital', 'infirmary', 'school', 'academy',
  'museum', 'gallery', 'theatre', 'airport', 'prison', 'cathedral', 'zoo']);

/**
 * "Edinburgh City Council", "Leeds University": a local body named after a place the article names
 * is in it. "University College Hospital, London, with facial injuries": an institution set off by
 * a town between commas is in the town.
 */
function localBodies(s: SentenceScope): void {
  const { chunks } = s;
  const { entities } = s.ctx;
  for (let j = 0; j < chunks.length; j++) {
    const c = chunks[j];
    const body = c.kind === 'NP' ? c.np!.entity : -1;
    if (body < 0 || entityType(s, body) !== 'ORG' || s.ctx.tokenEntity[c.head] !== body) continue;
    const name = entities[body].name;
    if (!LOCAL_BODY_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) continue;
    const named = entities.findIndex((x, n) => n !== body && x.type === 'LOC' && name.startsWith(`${x.name} `));
    if (named >= 0) addCandidate(s, entityEnd(body), PREDICATE, entityEnd(named), { confidence: 0.5 });
    const town = chunks[j + 2];
    if (isPunct(s, chunks[j + 1], ',') && town?.kind === 'NP' && town.np!.entity >= 0 && town.np!.entity !== named && entityType(s, town.np!.entity) === 'LOC'
      && town.end - town.start === 1 && (isPunct(s, chunks[j + 3], ',') || isPunct(s, chunks[j + 3], '.')) && chunks[j + 4]?.kind !== 'NP' && chunks[j - 1]?.kind !== 'CC') {
      addCandidate(s, entityEnd(body), PREDICATE, entityEnd(town.np!.entity), { confidence: 0.45 });
    }
  }
}

/** The country "the country's" (or "the nation's") before the body named in `c` stands for: the last country named before; else -1. */
function theCountrysBody(s: SentenceScope, c: Chunk): number {
  const { tokens, tokenEntity, entities } = s.ctx;
  let first = c.start;
  while (first < c.end && tokenEntity[first] !== c.np!.entity) first++;
  const mark = first - 1;
  if (mark < c.start + 2 || !isPossessiveS(tokens[mark].text) || !['country', 'nation'].includes(tokens[mark - 1].normal) || tokens[mark - 2].normal !== 'the') return -1;
  for (let i = mark - 2, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    const e = tokenEntity[i];
    if (e >= 0 && entities[e].type === 'LOC' && countryEntry(entities[e].name)?.kind === 'country') return e;
  }
  return -1;
}

/**
 * "Along with its headquarters in north London", "80 staff at Argonaut headquarters in Edgware",
 * "its offices in Kentish Town": a body's seat or premises "in" a place. The body owns the phrase
 * (a possessive, "its" included) or names it as its only modifier.
 */
function premisesIn(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0 || c.head !== c.end - 1) continue;
    const head = tok(s, c.head).normal;
    const seat = SEAT_HEADS.has(head);
    if (!seat && !PREMISES_HEADS.has(head)) continue;
    const np = c.np!;
    const body = np.possessor >= 0 ? np.possessor : np.modifiers.length === 1 ? np.modifiers[0] : -1;
    if (body < 0 || entityType(s, body) !== 'ORG' || chunks[j + 1].kind !== 'P' || word(s, chunks[j + 1]) !== 'in') continue;
    for (const q of coordinatedRight(s, j + 2)) {
      const place = chunks[q].np?.entity ?? -1;
      if (place < 0 || place === body || entityType(s, place) !== 'LOC' || s.ctx.tokenEntity[chunks[q].head] !== place) continue;
      addCandidate(s, entityEnd(body), seat ? 'be based in' : `have ${lemmaOf(tok(s, c.head))} in`, entityEnd(place), { kind: seat ? 'role' : 'fact', confidence: 0.5 });
    }
  }
}

function describedBodyBasedIn(s: SentenceScope, k: number, place: number): void {
  const c = s.chunks.find((x) => x.kind === 'NP' && x.start <= k && k < x.end && x.head > k);
  if (!c || DESCRIPTOR_NOUNS.get(tok(s, c.head).normal) !== 'ORG') return;
  const body = actorOf(s, c, true).entity;
  if (body >= 0 && body !== place && entityType(s, body) === 'ORG') addCandidate(s, entityEnd(body), 'be based in', entityEnd(place), { kind: 'role', confidence: 0.5 });
}

/** Tokens `a` and `b` are in one noun-phrase chunk of the sentence. */
function inOneNounPhrase(s: SentenceScope, a: number, b: number): boolean {
  return s.chunks.some((c) => c.kind === 'NP' && c.start <= a && b < c.end);
}

/**
 * Where a body or a person is from, told by a place or demonym before its name:
 * - "Dutch retailer Ahold", "Australian mining firm WMC Resources": lower-case words ending in a
 *   kind of body, then the body's name -> based in;
 * - "American Maurice Greene", "US rapper Snoop Dogg": a demonym right before a person, or a place
 *   or demonym and lower-case words that are no title -> from. Titles ("US President X",
 *   "Australian star X") are the title rule's.
 */
function nationalities(s: SentenceScope): void {
  const { tokens, tokenEntity, entities } = s.ctx;
  for (let k = s.sentence.tokenStart + 1; k < s.sentence.tokenEnd; k++) {
    const e = tokenEntity[k];
    if (e < 0 || tokenEntity[k - 1] === e) continue;
    const type = entities[e].type;
    if (type === 'ORG') {
      if (!BODY_NOUNS.has(tokens[k - 1].normal) || !isLowerStart(tokens[k - 1].text)) continue;
      // "Swiss food and drink giant Nestle": "and" may join the words.
      const j = descriptionStart(s, k - 1, 5, true);
      const place = tokenEntity[j - 1] ?? -1;
      if (place < 0 || place === e || entities[place].type !== 'LOC') continue;
      addCandidate(s, entityEnd(e), 'based in', entityEnd(place), { kind: 'role', confidence: 0.5 });
    } else if (type === 'PERSON') {
      const j = descriptionStart(s, k, 3, false);
      if (j < k && ROLE_HEADS.has(tokens[k - 1].normal)) continue;
      const place = j > s.sentence.tokenStart ? tokenEntity[j - 1] : -1;
      if (place < 0 || place === e || entities[place].type !== 'LOC') continue;
      // Right before the name only a demonym says where the person is from ("Italian Luca ...", not "in Paris Luca ...").
      if (j === k && !countryOfDemonym(tokens[j - 1].text)) continue;
      // ("against Barcelona pleased Jose Mourinho": the words between are a verb, not a description.)
      if (!inOneNounPhrase(s, j - 1, k)) continue;
      // "Russian President Vladimir Putin": a title in the person's mention is the title rule's.
      if (ROLE_HEADS.has(tokens[k].normal)) continue;
      addCandidate(s, entityEnd(e), 'from', entityEnd(place), { kind: 'role', confidence: 0.5 });
    }
  }
}

/**
 * The first token of a description that ends before token `from`: walking back over fewer than
 * `max` more lower-case nouns and adjectives (and "and" between them when `joined`).
 */
function descriptionStart(s: SentenceScope, from: number, max: number, joined: boolean): number {
  const { tokens, tokenEntity } = s.ctx;
  const start = s.sentence.tokenStart;
  let j = from;
  while (j > start && from - j < max && tokenEntity[j - 1] < 0 && isLowerStart(tokens[j - 1].text)
    && (tokens[j - 1].pos === 'NOUN' || tokens[j - 1].pos === 'ADJ' || (joined && tokens[j - 1].normal === 'and' && j - 2 > start && tokenEntity[j - 2] < 0))) j--;
  return j;
}

/**
 * A body described as a kind of body in a place ("X, the second-largest electronics retailer in
 * the US", "X is the biggest bank in Japan"): the body is that kind in the place (retailer in).
 */
export function kindIn(s: SentenceScope, body: number, description: Chunk, p: number): void {
  const place = s.chunks[p + 1];
  if (word(s, s.chunks[p]) !== 'in' || place?.kind !== 'NP' || place.np!.entity < 0 || place.np!.entity === body) return;
  const head = tok(s, description.head);
  if (entityType(s, body) !== 'ORG' || entityType(s, place.np!.entity) !== 'LOC' || DESCRIPTOR_NOUNS.get(head.normal) !== 'ORG') return;
  addCandidate(s, entityEnd(body), `${lemmaOf(head)} in`, entityEnd(place.np!.entity), { confidence: 0.5 });
}

/** Heads that say what kind of body or venue the name before them is ("Japan's UFJ bank", "London's Savoy hotel"; not "the UK's G8 presidency"). */
function namesABody(head: string): boolean {
  return DESCRIPTOR_NOUNS.has(head) || OUTLET_HEADS.has(head) || VENUE_HEADS.has(head);
}

const VENUE_HEADS = new Set(['hotel', 'theatre', 'theater', 'arena', 'stadium', 'museum', 'gallery', 'association', 'university', 'school', 'hospital', 'institute',
  'airport', 'store', 'restaurant', 'festival', 'television', 'radio']);

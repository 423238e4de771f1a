// Role relations from titles and appositions: "US President Joe Biden" -> Joe Biden -president
// of-> United States; "President Putin of Russia"; "David Frost, director general of the British
// Chambers of Commerce"; "Microsoft's chief executive, Steve Ballmer". The title words may
// belong to the person's own mention (the resolver often keeps "President" in the name).
import type { EntityType, Token } from '../../model/types.ts';
import { DESCRIPTOR_NOUNS, HONORIFICS, PEER_TITLES, PLACE_KINDS, POSSESSIVE_PRONOUNS, ROLE_HEADS, TEAM_POSITIONS, TITLE_MODIFIERS } from './lexicon.ts';
import { actorOf, addCandidate, entityEnd, entityType, hyphenedWordEndingAt, isDash, isPunct, lastEntityBefore, lastNamedOrg, ownerOf, tok, word, type SentenceScope } from './sentence-scope.ts';
import { countryEntry, countryOfDemonym } from '../entities/gazetteer.ts';
import { isPossessiveS } from '../text-case.ts';
import { isPluralPossessiveMark, type Chunk } from './sentence-chunks.ts';

/** "president" + LOC -> "president of"; "playwright" + LOC -> "playwright from". */
export function rolePredicate(title: string, orgType: EntityType | undefined): string {
  const t = title.toLowerCase().replace(/\s+/g, ' ').trim();
  const headWord = withoutCo(t.split(' ').pop() ?? t);
  if (orgType === 'LOC' && ORIGIN_TITLES.has(headWord)) return `${t} from`;
  return `${t} of`;
}

/**
 * A title with a place as its modifier: a company office names where its holder is from or
 * works ("Dutch co-chairman Antony Burgmans", "the German co-head of EADS"), not what he chairs;
 * other titles go to rolePredicate ("US President", "England captain").
 */
function modifierRolePredicate(title: string, orgType: EntityType | undefined): string {
  const office = title.replace(/\bco-/g, '');
  return orgType === 'LOC' && (COMPANY_TITLES.has(office) || office === 'head') ? `${title} from` : rolePredicate(title, orgType);
}

/** Peer titles that, with a body's name before them, make their holder a member of it ("team-mate" is tokenised "team - mate"). */
const FELLOW_MEMBERS = new Set(['team-mate', 'teammate', 'mate', 'colleague']);

/** Occupations that name where a person comes from rather than what they serve ("US playwright"). */
const ORIGIN_TITLES = new Set([
  'playwright', 'author', 'writer', 'blogger', 'singer', 'actor', 'actress', 'star', 'producer', 'presenter', 'businessman',
  'businesswoman', 'industrialist', 'mogul', 'tycoon', 'investor', 'artist', 'novelist', 'poet', 'director', 'comedian',
  'musician', 'rapper', 'model', 'designer', 'athlete', 'sprinter', 'runner', 'champion', 'journalist', 'scientist',
  'economist', 'analyst', 'lawyer', 'activist', 'campaigner', 'citizen', 'national', 'resident', 'tourist', 'student',
  'strategist', 'consultant', 'architect', 'engineer', 'researcher', 'professor', 'lecturer', 'liaison',
  'songwriter', 'guitarist', 'drummer', 'bassist', 'vocalist', 'keyboardist', 'dancer',
  'photographer', 'filmmaker', 'film-maker', 'composer', 'cartoonist', 'critic', 'historian', 'hurdler', 'swimmer', 'cyclist', 'golfer',
  'boxer', 'chef', 'surgeon', 'nurse', 'teacher', 'pilot', 'soldier',
]);

/** The word as written, lower-cased: winkNLP's normal form americanises ("centre" -> "center"). */
function low(t: Token): string {
  return t.text.toLowerCase();
}

/**
 * A form of address and nothing more ("Mr", "Sir", "Dr"). "Professor" is also a post: "Harvard
 * University professor Roy Williams", "Professor Jane Doe of Oxford University" hold it there.
 */
function isHonorific(w: string): boolean {
  return HONORIFICS.has(w) && w !== 'professor' && w !== 'prof';
}

/** "co-chairman" -> "chairman": a shared title is the title. */
function withoutCo(w: string): string {
  return w.startsWith('co-') ? w.slice(3) : w;
}

/** "ex-minister" -> "minister": a former holder's title is still the title. */
function titleKey(w: string): string {
  return w.startsWith('ex-') ? w.slice(3) : w;
}

function isTitleWord(w: string): boolean {
  const k = titleKey(w);
  return isRoleHead(k) || TITLE_MODIFIERS.has(k);
}

/** A role head, also shared ("co-chairman", "co-owner"). */
function isRoleHead(w: string): boolean {
  const k = titleKey(w);
  return ROLE_HEADS.has(k) || ROLE_HEADS.has(withoutCo(k));
}

/** Some title word collected so far is a role head ("spokesman", not only "home affairs"). */
function hasRoleHead(tokens: Token[], title: number[]): boolean {
  for (const t of title) if (isRoleHead(low(tokens[t]))) return true;
  return false;
}

/** The person a noun phrase names: its head, or its first words ("Guy Mansfield QC"). */
function personOf(s: SentenceScope, j: number): number {
  const c = s.chunks[j];
  const np = c.np!;
  if (np.entity >= 0) return entityType(s, np.entity) === 'PERSON' ? np.entity : -1;
  const first = s.ctx.tokenEntity[c.start];
  // ("Marley's former head of press": the owner of a title is not the person the phrase names.)
  return first >= 0 && first !== np.possessor && entityType(s, first) === 'PERSON' && c.end - c.start <= 4 ? first : -1;
}

const surfaceCache = new WeakMap<object, Map<string, number>>();

/** The entity (other than `not`) one of whose names or mentions is exactly `text`, or -1. */
function surfaceEntity(s: SentenceScope, text: string, not: number): number {
  let map = surfaceCache.get(s.ctx.entities);
  if (!map) {
    map = new Map();
    s.ctx.entities.forEach((ent, idx) => {
      for (const f of [ent.name, ...ent.aliases, ...ent.mentions.filter((m) => m.source !== 'pronoun').map((m) => m.text)]) {
        if (!map!.has(f)) map!.set(f, idx);
      }
    });
    surfaceCache.set(s.ctx.entities, map);
  }
  const found = map.get(text);
  return found === undefined || found === not || entityType(s, found) === 'PERSON' ? -1 : found;
}

/**
 * The organisation named last before token `k` in its sentence ("Yukos ... a US court ... its
 * chief finance officer" is Yukos's); for a government title, else the place named last
 * ("Kazakhstan has been dominated by its president"). -1 if none.
 */
function nearestBodyBefore(s: SentenceScope, k: number, government: boolean): number {
  const { tokenEntity } = s.ctx;
  let place = -1;
  for (let i = k - 1; i >= s.sentence.tokenStart; i--) {
    const e = tokenEntity[i];
    if (e < 0) continue;
    const type = entityType(s, e);
    if (type === 'ORG') return e;
    if (type === 'LOC' && place < 0) place = e;
  }
  return government ? place : -1;
}

/** Articles: a title after one stands alone ("the skipper"), it is no post written before a name. */
const ARTICLES = new Set(['the', 'a', 'an']);

/** The entity whose name opens the sentence (after "The") and the token after that name; entity -1 if it opens otherwise. */
function sentenceOpener(s: SentenceScope): { entity: number; end: number } {
  const { tokens, tokenEntity } = s.ctx;
  const { tokenStart, tokenEnd } = s.sentence;
  let i = tokenStart;
  while (i < tokenEnd && (tokens[i].pos === 'SPACE' || tokens[i].normal === 'the')) i++;
  const entity = i < tokenEnd ? tokenEntity[i] : -1;
  let end = i;
  while (entity >= 0 && end < tokenEnd && tokenEntity[end] === entity) end++;
  return { entity, end };
}

/** The club or country the sentence opens with as its subject ("Real have now won ..."), or -1. */
function sentenceOpeningSide(s: SentenceScope): number {
  const { entity: e, end } = sentenceOpener(s);
  if (e < 0 || !(entityType(s, e) === 'ORG' || isCountry(s, e))) return -1;
  // The name must be the subject: a verb comes right after it ("France have been criticised").
  const next = s.ctx.tokens[end];
  return end < s.sentence.tokenEnd && (next.pos === 'AUX' || next.pos === 'VERB') ? e : -1;
}

/** Verbs that put a person in a post or out of it, whose object's bare title is held in the subject ("ousted leader X", "appointed chief executive Y"). */
const POST_CHANGE_VERBS = new Set(['appoint', 'name', 'elect', 'hire', 'recruit', 'sack', 'fire', 'oust', 'dismiss', 'depose', 'overthrow', 'axe', 'remove', 'suspend', 'unveil', 'install']);

/** The organisation a sentence opens with (after "The"), -1 if it opens otherwise. */
function sentenceOpeningOrg(s: SentenceScope): number {
  const e = sentenceOpener(s).entity;
  return e >= 0 && entityType(s, e) === 'ORG' ? e : -1;
}

/** Titles of a state's offices: their holder's body may be a place ("its president"). */
const GOVERNMENT_TITLES = new Set(['president', 'minister', 'premier', 'leader', 'king', 'queen', 'ambassador', 'governor', 'mayor', 'chancellor']);

/** Words of a government portfolio, written capitalised before a title ("Treasury spokesman", "Home Affairs spokeswoman"). */
const PORTFOLIO_WORDS = new Set(['treasury', 'home', 'foreign', 'affairs', 'health', 'education', 'defence', 'transport', 'environment', 'culture',
  'trade', 'industry', 'work', 'pensions', 'justice', 'constitutional', 'international', 'development', 'economic', 'finance', 'energy', 'rural',
  'family', 'families', 'children', 'women', 'sport', 'media', 'science', 'agriculture', 'immigration', 'europe', 'european']);

/** Heads of national offices: held in a country even when the title does not name it. */
const NATIONAL_OFFICES = new Set(['minister', 'premier', 'president', 'chancellor']);

/** A capitalised word that is no title: the end of a written name ("Jack McConnell", not "the first minister"). */
function isNameWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !isTitleWord(low(t));
}

/** Titles of a country's head of state or government. */
const HEAD_TITLES = new Set(['president', 'prime minister']);

/** The country the article names at least three times and at least twice as often as any other, or -1. */
function dominantCountry(s: SentenceScope): number {
  const { entities } = s.ctx;
  const countries = entities.flatMap((x, e) => (isCountry(s, e) ? [e] : [])).sort((a, b) => entities[b].mentions.length - entities[a].mentions.length);
  const [best, next] = countries.map((e) => entities[e].mentions.length);
  // (Not a home nation: "Prime Minister Tony Blair" in a story about Scotland is the UK's.)
  return best >= 3 && best >= 2 * (next ?? 0) && !HOME_NATIONS.has(entities[countries[0]].name) ? countries[0] : -1;
}

/** Countries of the United Kingdom, which have no president or prime minister of their own. */
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** The sentence names a country (then the title may be that country's, and storyCountryActing decides). */
function sentenceNamesCountry(s: SentenceScope): boolean {
  for (let i = s.sentence.tokenStart; i < s.sentence.tokenEnd; i++) if (s.ctx.tokenEntity[i] >= 0 && isCountry(s, s.ctx.tokenEntity[i])) return true;
  return false;
}

/** A country among the article's entities. */
function isCountry(s: SentenceScope, e: number): boolean {
  return entityType(s, e) === 'LOC' && countryEntry(s.ctx.entities[e].name)?.kind === 'country';
}

/**
 * The country the sentence names as a clause's subject ("Thailand may lose", "when Britain chairs")
 * or as an owner ("Scotland's health"), when it is the only country the sentence names and the one
 * the article names most (strictly); else -1.
 */
function storyCountryActing(s: SentenceScope, person: number): number {
  const { tokens, tokenEntity, entities } = s.ctx;
  let found = -1;
  let acting = false;
  for (let i = s.sentence.tokenStart; i < s.sentence.tokenEnd; i++) {
    const e = tokenEntity[i];
    if (e < 0 || e === person || !isCountry(s, e)) continue;
    if (found >= 0 && e !== found) return -1;
    found = e;
    let end = i;
    while (end + 1 < s.sentence.tokenEnd && tokenEntity[end + 1] === e) end++;
    const before = tokens[i - 1];
    let first = i;
    if (before?.normal === 'the') first = i - 1;
    const after = tokens[end + 1];
    const free = !(tokens[first - 1]?.pos === 'ADP');
    if (free && after && (isPossessiveS(after.text) || after.pos === 'AUX' || after.pos === 'VERB' && !after.normal.endsWith('ing'))) acting = true;
    i = end;
  }
  if (found < 0 || !acting) return -1;
  const mentions = entities[found].mentions.length;
  for (let e = 0; e < entities.length; e++) if (e !== found && isCountry(s, e) && entities[e].mentions.length >= mentions) return -1;
  return found;
}

/** A company office, whatever words qualify it ("group chief executive", "non-executive chairman"). */
export function isCompanyTitle(title: string): boolean {
  const words = title.split(' ');
  return COMPANY_TITLES.has(title) || COMPANY_TITLES.has(words.slice(-2).join(' ')) || COMPANY_TITLES.has(words[words.length - 1]);
}

/** Titles held in a company or body, even when the sentence does not name it. */
const COMPANY_TITLES = new Set(['chief executive', 'chairman', 'chairwoman', 'ceo', 'managing director', 'finance director', 'chief financial officer', 'chief operating officer', 'deputy chairman', 'vice chairman', 'vice-chairman', 'executive director']);

/** Bodies a person is a member of, named by kind before an apposition ("his band, Fightstar"). */
const MEMBER_BODY_KINDS = new Set(['band', 'club', 'team', 'side', 'party', 'group']);

/** Posts in a band ("frontman Charlie Simpson"; not "singer", which is as often a solo career). */
const BAND_POSTS = new Set(['frontman', 'frontwoman', 'lead singer', 'guitarist', 'lead guitarist', 'bassist', 'drummer', 'keyboardist']);

/** The story's band: the one organisation the article calls a band ("pop band Busted", "the Busted band"); -1 if none or more. */
function storyBand(s: SentenceScope): number {
  const { tokens, tokenEntity } = s.ctx;
  let band = -1;
  for (let t = 0; t < tokens.length; t++) {
    if (tokens[t].normal !== 'band') continue;
    const named = tokenEntity[t + 1] >= 0 ? tokenEntity[t + 1] : tokenEntity[t - 1] ?? -1;
    if (named < 0 || entityType(s, named) !== 'ORG') continue;
    if (band >= 0 && band !== named) return -1;
    band = named;
  }
  return band;
}

/**
 * The side (a club or a country) a story is plainly about: named at least three times and at
 * least twice as often as any other side, and no side but it named in the sentence; -1 otherwise.
 */
function storySide(s: SentenceScope, person: number): number {
  const { entities, tokenEntity, tokens } = s.ctx;
  // Named mentions: runs of capitalised tokens of one entity.
  const named = new Int32Array(entities.length);
  for (let k = 0; k < tokens.length; k++) if (tokenEntity[k] >= 0 && tokenEntity[k] !== tokenEntity[k - 1] && /^\p{Lu}/u.test(tokens[k].text)) named[tokenEntity[k]]++;
  let best = -1;
  let second = 0;
  for (let e = 0; e < entities.length; e++) {
    if (e === person || !(entities[e].type === 'ORG' || isCountry(s, e))) continue;
    if (best < 0 || named[e] > named[best]) { if (best >= 0) second = Math.max(second, named[best]); best = e; } else second = Math.max(second, named[e]);
  }
  if (best < 0 || named[best] < 3 || named[best] < 2 * second) return -1;
  for (let k = s.sentence.tokenStart; k < s.sentence.tokenEnd; k++) {
    const e = tokenEntity[k];
    // (A competition is no other side: "wants to leave Manchester City in search of Champions League football".)
    if (e >= 0 && e !== best && (entities[e].type === 'ORG' || isCountry(s, e)) && !COMPETITION_ENDS.has(entities[e].name.slice(entities[e].name.lastIndexOf(' ') + 1))) return -1;
  }
  return best;
}

/** Last words of a competition's name ("Champions League", "FA Cup", "Six Nations Championship"). */
const COMPETITION_ENDS: ReadonlySet<string> = new Set(['League', 'Cup', 'Championship', 'Championships', 'Trophy', 'Shield', 'Series', 'Open', 'Games', 'Nations']);

/** Heads of a spokesperson's title ("home affairs spokesman"). */
const SPOKESPERSON_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * The organisation named last before token `k`, when it is named in `k`'s sentence or the one before
 * and opens its sentence as the subject ("The Liberal Democrats say ..."; not "agreed with the NAO's
 * assessment"); else -1.
 */
function lastOrgNamed(s: SentenceScope, k: number): number {
  const { tokens, tokenEntity } = s.ctx;
  const at = lastNamedOrg(s, k);
  if (at < 0 || tokens[at].sentence < tokens[k].sentence - 1) return -1;
  const e = tokenEntity[at];
  let first = at;
  while (first > 0 && tokenEntity[first - 1] === e) first--;
  // (A line break opens a sentence too: a headline may share the first paragraph's.)
  for (let j = first - 1; j >= 0 && tokens[j].sentence === tokens[at].sentence && !(tokens[j].pos === 'SPACE' && tokens[j].text.includes('\n')); j--) {
    if (tokens[j].pos !== 'DET' && tokens[j].pos !== 'PUNCT') return -1;
  }
  return e;
}

/** Posts in a team ("Ireland coach Eddie O'Sullivan and captain Brian O'Driscoll"). */
const SIDE_POSTS = new Set(['coach', 'captain', 'manager', 'head coach', 'assistant coach', 'vice-captain', 'skipper']);
/** Posts held in an organisation. */
const STAFF_POSTS = new Set([...SIDE_POSTS, ...COMPANY_TITLES, 'boss', 'director', 'executive director', 'president', 'vice-president', 'secretary', 'general secretary',
  'spokesman', 'spokeswoman', 'treasurer', 'owner', 'founder', 'editor', 'leader', 'deputy leader']);

/** Words of a title that say when it is held, not what it is. */
const TENURE_WORDS = new Set(['former', 'new', 'outgoing', 'incoming', 'current', 'then', 'late', 'top']);

/**
 * The title the tokens at `title` spell, tenure words dropped and cut after its last role head
 * ("chief executive officer" stays, modifiers after the head go); '' when it has no role head.
 * The token at `compoundAt` stands for the whole `compound` ("fly-half", "chancellor of the exchequer").
 */
function trimmedTitle(tokens: readonly Token[], title: readonly number[], compoundAt: number, compound: string): string {
  const headIdx = [...title].reverse().find((t) => t === compoundAt || isRoleHead(low(tokens[t])));
  if (headIdx === undefined) return '';
  const words = title.map((t) => (t === compoundAt ? compound : titleKey(low(tokens[t])))).filter((w) => !TENURE_WORDS.has(w));
  return words.slice(0, words.lastIndexOf(headIdx === compoundAt ? compound : titleKey(low(tokens[headIdx]))) + 1).join(' ');
}

/**
 * Token `k` is half of a hyphened modifier that is no title ("in-form", "long-serving"): it and
 * the other half are no title words, and the whole is no role head ("vice-president" is one).
 */
function hyphenedNonTitleHalf(tokens: readonly Token[], k: number): boolean {
  const w = low(tokens[k]);
  if (isTitleWord(w)) return false;
  const other = (i: number): string => low(tokens[i] ?? tokens[k]);
  const firstHalf = tokens[k + 1]?.text === '-';
  const secondHalf = tokens[k - 1]?.text === '-';
  if (!(firstHalf && !isTitleWord(other(k + 2))) && !(secondHalf && !isTitleWord(other(k - 2)))) return false;
  return !isRoleHead(firstHalf ? `${w}-${other(k + 2)}` : `${other(k - 2)}-${w}`);
}

/** Title before a name, with an organisation or place before the title, and "of X" after the name. */
export function titleRoles(s: SentenceScope): void {
  const { tokens, tokenEntity } = s.ctx;
  const { tokenStart, tokenEnd } = s.sentence;
  // The last titled person with a body: where their name ends and the body.
  let prevEnd = -1;
  let prevOrg = -1;
  let i = tokenStart;
  while (i < tokenEnd) {
    const e = tokenEntity[i];
    if (e < 0 || entityType(s, e) !== 'PERSON') { i++; continue; }
    let runEnd = i;
    while (runEnd < tokenEnd && tokenEntity[runEnd] === e) runEnd++;
    // A title word inside a run of capitalised words is part of a name ("CL King & Associates").
    if (!/^\p{L}/u.test(tokens[i].text)) { i = runEnd; continue; }
    // Title words inside the run's start ("President Putin") and before it ("director general Jane Doe").
    const title: number[] = [];
    /** "and"s between title words, nearest the name first. */
    const andAt: number[] = [];
    // The resolver may have swallowed the organisation too: "Russian President Vladimir Putin" as one mention.
    let inRunOrg = -1;
    let first = i;
    if (runEnd - i >= 3 && isTitleWord(low(tokens[i + 1])) && !isTitleWord(low(tokens[i]))) {
      inRunOrg = surfaceEntity(s, tokens[i].text, e);
      if (inRunOrg >= 0) first = i + 1;
    }
    for (let k = first; k < runEnd - 1 && (isTitleWord(low(tokens[k])) || HONORIFICS.has(low(tokens[k]))); k++) {
      if (!isHonorific(low(tokens[k]))) title.push(k);
    }
    // "the Conservative leader said", linked to Michael Howard: a title standing for the person is all title.
    if (title.length === runEnd - first - 1 && isRoleHead(low(tokens[runEnd - 1])) && /^\p{Ll}/u.test(tokens[runEnd - 1].text)) title.push(runEnd - 1);
    let k = i - 1;
    // "singled out by Ofsted chief, David Bell, for": a body's one-word title set off by commas.
    if (k - 2 >= tokenStart && tokens[k].text === ',' && /^\p{Ll}/u.test(tokens[k - 1].text) && isRoleHead(low(tokens[k - 1]))
      && (tokenEntity[k - 2] >= 0 || isPossessiveS(tokens[k - 2].text)) && (runEnd >= tokenEnd || [',', '.'].includes(tokens[runEnd].text))) k--;
    // "spokeswoman for women Sandra Gidley", "Spain's minister of sport Jaime Lissavetzky": skip a short for- or of-phrase after the title.
    if (k - 2 >= tokenStart && tokens[k].pos === 'NOUN' && !isTitleWord(low(tokens[k])) && (low(tokens[k - 1]) === 'for' || low(tokens[k - 1]) === 'of') && isTitleWord(low(tokens[k - 2]))) k -= 2;
    else if (k - 3 >= tokenStart && tokens[k].pos === 'NOUN' && tokens[k - 1].pos === 'NOUN' && low(tokens[k - 2]) === 'for' && isTitleWord(low(tokens[k - 3]))) k -= 3;
    let portfolio = 0;
    // "France fly-half Thomas Castaignede" ("fly - half"): a hyphenated position right before the name is one title word.
    let compound = k - 2 >= tokenStart && tokens[k - 1].text === '-' && !tokens[k - 1].spaceBefore && !tokens[k].spaceBefore
      ? `${low(tokens[k - 2])}-${low(tokens[k])}` : '';
    let compoundAt = compound && isRoleHead(compound) ? k : -1;
    if (compoundAt >= 0) { title.unshift(k); k -= 3; }
    // "US Secretary of State Condoleezza Rice", "Chancellor of the Exchequer Gordon Brown": a
    // capitalised title head, "of (the)" and a one-word portfolio make one title.
    else if (title.length === 0 && k - 2 >= tokenStart && tokenEntity[k] < 0 && /^\p{Lu}/u.test(tokens[k].text)) {
      const of = low(tokens[k - 1]) === 'the' ? k - 2 : k - 1;
      const head = of - 1;
      if (head >= tokenStart && low(tokens[of]) === 'of' && /^\p{Lu}/u.test(tokens[head].text) && isRoleHead(low(tokens[head]))) {
        compound = `${low(tokens[head])} of ${of === k - 2 ? 'the ' : ''}${low(tokens[k])}`;
        compoundAt = k;
        title.unshift(k);
        k = head - 1;
      }
    }
    while (k >= tokenStart && tokenEntity[k] < 0) {
      const t = tokens[k];
      const titleLike = isTitleWord(low(t)) || HONORIFICS.has(low(t)) || (low(t) === 'and' && k > tokenStart && isTitleWord(low(tokens[k - 1])));
      // "Lib Dem home affairs spokesman", "Tory ex-minister": lower-case portfolio words and "ex-" before a title head.
      // ("Lib Dem Treasury spokesman", "Tory Home Affairs spokesman": a portfolio may be capitalised.)
      const portfolioWord = hasRoleHead(tokens, title) && portfolio < 4 && DESCRIPTOR_NOUNS.get(t.normal) !== 'ORG' && (
        (/^\p{Ll}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ')) || (t.text === '-' && !t.spaceBefore) || low(t) === 'ex'
        || (PORTFOLIO_WORDS.has(low(t)) && /^\p{Lu}/u.test(t.text))
        // ("Music Choice music and marketing manager Simon George": portfolio words joined by "and".)
        || (low(t) === 'and' && portfolio > 0 && k > tokenStart && /^\p{Ll}/u.test(tokens[k - 1].text) && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'ADJ'))
        // ("Leicester's in-form prospect Ollie Smith": the first word of a hyphened modifier, whatever its tag.)
        || (/^\p{Ll}/u.test(t.text) && tokens[k + 1]?.text === '-' && !tokens[k + 1].spaceBefore));
      if (!titleLike && !portfolioWord) break;
      if (!titleLike) portfolio++;
      // (A hyphened modifier that is no title word says what kind of holder, not what post: "in-form", "long-serving".)
      if (!isHonorific(low(t)) && low(t) !== 'and' && t.text !== '-' && low(t) !== 'ex' && !hyphenedNonTitleHalf(tokens, k)) title.unshift(k);
      if (low(t) === 'and' && titleLike) andAt.push(k);
      k--;
    }
    // "Nike chairman and chief executive Philip Knight": titles joined by "and" are two roles in one
    // body. The title next to the name decides the body; the ones before it are held there too.
    const joinedTitles: string[] = [];
    if (andAt.length) {
      const bounds = [k, ...andAt.reverse()];
      for (let b = 0; b < andAt.length; b++) {
        const text = trimmedTitle(tokens, title.filter((t) => t > bounds[b] && t < bounds[b + 1]), -1, '');
        if (text) joinedTitles.push(text);
      }
      title.splice(0, title.length, ...title.filter((t) => t > andAt[andAt.length - 1]));
    }
    // "his Arsenal team-mate Robert Pires" ("team - mate"): "team" is part of the title, not a descriptor of the body.
    const teamMate = k === i - 3 && k > tokenStart && low(tokens[i - 1]) === 'mate' && tokens[i - 2].text === '-' && ['team', 'club'].includes(low(tokens[k]));
    if (teamMate) k--;
    const headIdx = [...title].reverse().find((t) => t === compoundAt || isRoleHead(low(tokens[t])));
    let titleText = headIdx === undefined ? '' : trimmedTitle(tokens, title, compoundAt, compound);
    if (headIdx === undefined || !titleText) { i = runEnd; continue; }
    if (teamMate) titleText = titleText.replace(/\bmate$/, `${low(tokens[i - 3])}-mate`);
    // The organisation or place right before the title ("US President", "Microsoft's chief executive").
    if (k >= tokenStart && (low(tokens[k]) === "'s" || low(tokens[k]) === '’s' || tokens[k].text === "'")) k--;
    // "World Anti-Doping Agency (WADA) chief Dick Pound": an acronym in brackets names the body.
    else if (k - 2 >= tokenStart && tokens[k].text === ')' && tokens[k - 2].text === '(' && tokenEntity[k - 1] >= 0) k--;
    let org = inRunOrg >= 0 ? inRunOrg : k >= tokenStart ? tokenEntity[k] : -1;
    let confidence = 0.9;
    // ("Arsenal's Brazilian midfielder Edu": a body's possessive before a demonym holds the post;
    // the demonym says where the person is from.)
    if (org >= 0 && entityType(s, org) === 'LOC' && k - 2 >= tokenStart && tokenEntity[k - 1] < 0 && isPossessiveS(tokens[k - 1].text)
      && tokenEntity[k - 2] >= 0 && entityType(s, tokenEntity[k - 2]) === 'ORG' && countryOfDemonym(tokens[k].text) && tokenEntity[k - 2] !== e) {
      addCandidate(s, entityEnd(e), 'from', entityEnd(org), { kind: 'role', confidence: 0.6 });
      org = tokenEntity[k - 2];
    }
    // "company president Lee Scott", "the club's captain X": a descriptor stands for the story's organisation.
    if (org < 0 && k >= tokenStart && /^\p{Ll}/u.test(tokens[k].text) && DESCRIPTOR_NOUNS.get(tokens[k].normal) === 'ORG') {
      org = lastEntityBefore(s, k, 'ORG');
      confidence = 0.7;
    }
    // ("a photograph of party leader Nick Griffin": a descriptor the title took in, "party", stands for the story's body too.)
    // (Only the article's one body of that kind by name: "party leader" with one party named, not with Labour and the Tories.)
    if (org < 0 && title.length >= 2 && /^\p{Ll}/u.test(tokens[title[0]].text) && DESCRIPTOR_NOUNS.get(tokens[title[0]].normal) === 'ORG') {
      const kind = new RegExp(`\\b${tokens[title[0]].normal}\\b`, 'i');
      const bodies = s.ctx.entities.flatMap((x, n) => (x.type === 'ORG' && kind.test(x.name) ? [n] : []));
      if (bodies.length === 1) { org = bodies[0]; confidence = 0.7; }
    }
    // "Kazakhstan has been dominated by its president X", "statements from the company's founder
    // and its vice-president X": an "its" the resolver left open is the clause's body or country
    // named before it in the sentence.
    if (org < 0 && k >= tokenStart && low(tokens[k]) === 'its') {
      org = nearestBodyBefore(s, k, GOVERNMENT_TITLES.has(titleText.split(' ').pop() ?? ''));
      confidence = 0.6;
    }
    // "met Blues boss Jose Mourinho and chief executive Peter Kenyon": a bare title joined by "and"
    // to a titled name is held in the same body.
    // (Only a post held in a body, not an occupation: "former US president Bill Clinton and singer
    // Harry Belafonte"; a country's side has a coach and a captain.)
    if (org < 0 && k >= tokenStart && low(tokens[k]) === 'and' && prevEnd === k && prevOrg >= 0 && prevOrg !== e
      && (entityType(s, prevOrg) === 'LOC' ? SIDE_POSTS : STAFF_POSTS).has(titleText)) {
      org = prevOrg;
      confidence = 0.7;
    }
    // "said chief executive Sir Anthony O'Reilly": a company title with no body named is held in the
    // organisation the story is about (the most named one in the last 200 tokens).
    // (Not a panel's chair: "before a panel consisting of chairman Robert Horner, Nigel Gillingham and Jeff Probyn".)
    if (org < 0 && !(k >= tokenStart && POSSESSIVE_PRONOUNS.has(low(tokens[k]))) && COMPANY_TITLES.has(titleText) && !(k > tokenStart && PANEL_OPENERS.has(`${low(tokens[k - 1])} ${low(tokens[k])}`))) {
      // About three in four are right on BBC (Kenyon of Chelsea read as Arsenal's is a miss), so lower confidence.
      org = lastEntityBefore(s, i, 'ORG');
      confidence = 0.5;
    }
    // "The Liberal Democrats ... said they also oppose house arrests. Home affairs spokesman Mark Oaten told": a
    // spokesman with no body named speaks for the organisation named last, in this sentence or the one before.
    if (org < 0 && !(k >= tokenStart && (POSSESSIVE_PRONOUNS.has(low(tokens[k])) || ARTICLES.has(low(tokens[k])))) && SPOKESPERSON_TITLES.has(low(tokens[headIdx]))
      && /^\p{Ll}/u.test(tokens[headIdx].text)) {
      const last = lastOrgNamed(s, title[0]);
      if (last >= 0) { org = last; confidence = 0.5; }
    }
    // "has fallen out of favour with new coach Andy Robinson": a side's post written bare, with no side
    // named in the sentence, is held in the side the story is plainly about.
    // ("Striker Nicolas Anelka reportedly wants to leave": or capitalised only because it opens the sentence.)
    if (org < 0 && !(k >= tokenStart && (POSSESSIVE_PRONOUNS.has(low(tokens[k])) || ARTICLES.has(low(tokens[k])))) && SIDE_POSTS.has(titleText)
      && (/^\p{Ll}/u.test(tokens[title[0]].text) || title[0] === tokenStart)) {
      const side = storySide(s, e);
      if (side >= 0) { org = side; confidence = 0.5; }
    }
    // "A statement from the band's record company said frontman Charlie Simpson planned": a band's post
    // with no band named is held in the story's band (the one the article calls a band).
    if (org < 0 && !(k >= tokenStart && POSSESSIVE_PRONOUNS.has(low(tokens[k]))) && BAND_POSTS.has(titleText) && /^\p{Ll}/u.test(tokens[title[0]].text)) {
      const band = storyBand(s);
      if (band >= 0 && band !== e) { org = band; confidence = 0.5; }
    }
    // "The Liberal Democrats launched their platform, with leader Charles Kennedy saying", "Labour hit
    // back with election coordinator Alan Milburn accusing": a title with no body, in an absolute
    // "with" phrase, is held in the organisation the sentence opens with.
    // (A capitalised title names its own office: "ties with President Mathieu Kerekou" of Benin.)
    if (org < 0 && k >= tokenStart && low(tokens[k]) === 'with' && /^\p{Ll}/u.test(tokens[k + 1].text)) {
      const opener = sentenceOpeningOrg(s);
      if (opener >= 0 && opener !== e) { org = opener; confidence = 0.5; }
    }
    // "Ukraine recently ousted long-serving leader Leonid Kuchma", "Chelsea sacked manager Claudio
    // Ranieri": a bare lower-case title right after a verb that puts one in a post or out of it is
    // held in the body or country the sentence opens with, its subject.
    // (Past a modifier of the holder: "long-serving", "popular".)
    let verbAt = k;
    while (verbAt > tokenStart && verbAt > k - 4 && !(tokens[verbAt].pos === 'VERB' && POST_CHANGE_VERBS.has(tokens[verbAt].lemma))
      && (tokens[verbAt].text === '-' || tokens[verbAt - 1].text === '-' || tokens[verbAt].pos === 'ADJ')) verbAt--;
    if (org < 0 && verbAt >= tokenStart && tokens[verbAt].pos === 'VERB' && POST_CHANGE_VERBS.has(tokens[verbAt].lemma) && /^\p{Ll}/u.test(tokens[title[0]].text)) {
      const { entity: subject, end } = sentenceOpener(s);
      const verbAfter = end < tokenEnd && (tokens[end].pos === 'VERB' || tokens[end].pos === 'AUX' || tokens[end].pos === 'ADV');
      if (subject >= 0 && subject !== e && verbAfter && (entityType(s, subject) === 'ORG' || isCountry(s, subject))) { org = subject; confidence = 0.55; }
    }
    // "Real have now won six games since coach Wanderley Luxemburgo took charge", "France have been
    // criticised ... but captain Fabien Pelous sees hope": a side's post written bare, in lower case, is
    // held in the side (a club or a country) the sentence opens with.
    // (The titled name is a clause's subject, a verb right after it; not "sent a warning to the sprinters and coach Tzekos after".)
    if (org < 0 && !(k >= tokenStart && (POSSESSIVE_PRONOUNS.has(low(tokens[k])) || ARTICLES.has(low(tokens[k])))) && SIDE_POSTS.has(titleText) && /^\p{Ll}/u.test(tokens[title[0]].text)
      && runEnd < tokenEnd && (tokens[runEnd].pos === 'VERB' || tokens[runEnd].pos === 'AUX')) {
      const side = sentenceOpeningSide(s);
      if (side >= 0 && side !== e) { org = side; confidence = 0.5; }
    }
    // "improve Scotland's health, First Minister Jack McConnell has insisted", "Thailand may lose
    // 30bn baht, according to tourism minister Sontaya Kunplome": a national office written before
    // a name, with no body, is held in the country the story is about when the sentence names it
    // as an actor or an owner. (Not "President Chavez added that Brazil's Petrobras could join" in
    // a story about Venezuela, not "the prime minister ... the Iraq war", not "Bush ... in Chile".)
    if (org < 0 && !(k >= tokenStart && POSSESSIVE_PRONOUNS.has(low(tokens[k]))) && NATIONAL_OFFICES.has(titleText.split(' ').pop() ?? '')
      && isNameWord(tokens[runEnd - 1])) {
      const country = storyCountryActing(s, e);
      if (country >= 0) { org = country; confidence = 0.5; }
      // ("The figure announced by President Viktor Yushchenko" in a story about Ukraine: a head's title written
      // before the name, with no country in the sentence, is held in the country the article is about.)
      else if (/^\p{Lu}/u.test(tokens[title[0]].text) && HEAD_TITLES.has(titleText)) {
        const dominant = dominantCountry(s);
        if (dominant >= 0 && !sentenceNamesCountry(s)) { org = dominant; confidence = 0.45; }
      }
    }
    // "hopes to start a family with wife Ffion", "Beckham and wife Victoria": a spouse's title with
    // no owner after "with" is the sentence's first person's, after "and" the person's just before.
    const spouse = org < 0 && k >= tokenStart && SPOUSE_TITLES.has(titleText) ? spouseOf(s, k, e) : -1;
    if (spouse >= 0) { org = spouse; confidence = 0.6; }
    // A person owns a title only through a possessive: "his lawyer Louise Christian", "Blair's spokesman X".
    const possessive = spouse >= 0 || k >= tokenStart && (POSSESSIVE_PRONOUNS.has(low(tokens[k])) || (k + 1 < tokenEnd && (["'s", '’s'].includes(low(tokens[k + 1])) || isPluralPossessiveMark(tokens[k], tokens[k + 1]))));
    // "his Arsenal team-mate Robert Pires", "his Labour colleague X": a fellow member of a body is a member of it.
    const peer = PEER_TITLES.has(titleKey(low(tokens[headIdx]))) && !FELLOW_MEMBERS.has(titleKey(low(tokens[headIdx])));
    const position = TEAM_POSITIONS.has(titleKey(low(tokens[headIdx])));
    if (org >= 0 && org !== e && (entityType(s, org) !== 'PERSON' ? !peer : possessive && !position)) {
      addCandidate(s, entityEnd(e), modifierRolePredicate(titleText, entityType(s, org)), entityEnd(org), { kind: 'role', confidence });
      // (Not between two people: "Curtis's widow and daughter Natalie" are two women.)
      if (entityType(s, org) !== 'PERSON') for (const other of joinedTitles) addCandidate(s, entityEnd(e), modifierRolePredicate(other, entityType(s, org)), entityEnd(org), { kind: 'role', confidence: confidence * 0.9 });
      if (entityType(s, org) !== 'PERSON') { prevEnd = runEnd; prevOrg = org; }
      // "Arsenal and England defender Cole": a name joined by "and" before the title's body holds the title too.
      let m = k;
      while (m >= tokenStart && tokenEntity[m] === org) m--;
      const joined = m - 1 >= tokenStart && low(tokens[m]) === 'and' ? tokenEntity[m - 1] : -1;
      if (joined >= 0 && joined !== e && joined !== org && entityType(s, joined) !== 'PERSON') {
        addCandidate(s, entityEnd(e), rolePredicate(titleText, entityType(s, joined)), entityEnd(joined), { kind: 'role', confidence: confidence * 0.9 });
      }
    }
    // "President Putin of Russia"; "said analyst Alex Potter at Lehman Brothers", "economist Jane Doe
    // with Barclays": an organisation after "at" or "with", when no body comes before the title.
    const via = runEnd + 1 < tokenEnd ? tokens[runEnd].normal : '';
    if (via === 'of' || (org < 0 && (via === 'at' || via === 'with'))) {
      let m = runEnd + 1;
      if (tokens[m].normal === 'the') m++;
      const after = m < tokenEnd ? tokenEntity[m] : -1;
      // (The organisation must head its phrase: not "talks with Deputy Prime Minister John Prescott at Labour's spring conference".)
      let afterEnd = m;
      while (afterEnd < tokenEnd && tokenEntity[afterEnd] === after) afterEnd++;
      const heads = via === 'of' || !(afterEnd < tokenEnd && (isPossessiveS(tokens[afterEnd].text) || ['NOUN', 'PROPN', 'ADJ'].includes(tokens[afterEnd].pos)));
      if (after >= 0 && after !== e && entityType(s, after) !== 'PERSON' && (via === 'of' || entityType(s, after) === 'ORG') && heads) {
        addCandidate(s, entityEnd(e), rolePredicate(titleText, entityType(s, after)), entityEnd(after), { kind: 'role', confidence: 0.85 });
      }
    }
    i = runEnd;
  }
}

/** Posts held towards a person rather than in a body ("Gordon Brown's closest aide", "Elton John's partner"). */
const PERSONAL_TIES = new Set(['aide', 'adviser', 'advisor', 'ally', 'friend', 'confidant', 'assistant', 'secretary', 'spokesman', 'spokeswoman',
  'deputy', 'partner', 'wife', 'husband', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'son', 'daughter', 'brother', 'sister', 'father',
  'mother', 'lawyer', 'agent', 'biographer', 'rival', 'co-star', 'mentor', 'protege', 'bodyguard', 'successor', 'predecessor']);

/** Titles of a partner in a couple, which "with" or "and" before them give to the person the clause is about. */
const SPOUSE_TITLES = new Set(['wife', 'husband', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'partner']);

/** The person a bare spouse title at `k` + 1 belongs to ("with wife Ffion", "and wife Victoria", "X, wife Y"), or -1. */
function spouseOf(s: SentenceScope, k: number, e: number): number {
  const { tokens, tokenEntity } = s.ctx;
  const w = low(tokens[k]);
  const isPerson = (x: number): boolean => x >= 0 && x !== e && entityType(s, x) === 'PERSON';
  // ("Sir Paul McCartney, wife Heather Mills and ...": after a comma too.)
  if (w === 'and' || w === ',') return isPerson(tokenEntity[k - 1]) ? tokenEntity[k - 1] : -1;
  if (w !== 'with') return -1;
  for (let m = s.sentence.tokenStart; m < k; m++) if (isPerson(tokenEntity[m])) return tokenEntity[m];
  return -1;
}

/** Adverbs that may open a title apposition ("X, now chairman of Y", "X, formerly head of Z"). */
const APPOSITION_ADVERBS = new Set(['now', 'currently', 'formerly', 'previously', 'once', 'also', 'still']);

/**
 * Appositions: "PERSON, [the] title of ORG", "PERSON, ORG's title", "ORG's title, PERSON",
 * "[the] title of ORG, PERSON"; set off by commas, a bracket or spaced dashes.
 */
export function appositionRoles(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const a = chunks[j];
    // "Graham Henry (former Wales coach) said": a bracket opens a title apposition after a person too.
    // ("Rob Partridge - Marley's former head of press at Island Records - remembers": so does a spaced dash.)
    const bracket = isPunct(s, chunks[j + 1], '(') || isDash(s, chunks[j + 1]);
    if (a.kind !== 'NP' || !(isPunct(s, chunks[j + 1], ',') || bracket)) continue;
    // "Damian Hockney, now Veritas deputy leader,": a time adverb may open the apposition.
    const opener = chunks[j + 2].kind === 'ADV' && APPOSITION_ADVERBS.has(word(s, chunks[j + 2])) ? 1 : 0;
    if (chunks[j + 2 + opener]?.kind !== 'NP') continue;
    const b = chunks[j + 2 + opener];
    const aPerson = personOf(s, j);
    const bPerson = personOf(s, j + 2 + opener);
    if (aPerson >= 0 && b.np!.entity < 0 && bPerson < 0) {
      // "David Theriault, standards and regulatory liaison for Ubisense": the title is the last of
      // coordinated modifiers.
      // "Philip Knight, chairman and chief executive of Nike": two titles, each held in the body.
      // ("Metlife's chairman and chief executive", "a Labour peer and a human rights lawyer": a body
      // named in the first title is the one both are held in.)
      let t = j + 2 + opener;
      let joined = -1;
      if (chunks[t + 1]?.kind === 'CC' && word(s, chunks[t + 1]) === 'and' && chunks[t + 2]?.kind === 'NP' && chunks[t + 2].np!.entity < 0
        && (chunks[t + 3]?.kind === 'P' || closesApposition(s, t + 3))) {
        const first = chunks[t].np!;
        if (first.possessor >= 0 || first.modifiers.length) {
          if (titleOnly(s, t + 2)) joined = t + 2;
        } else {
          if (titleOnly(s, t)) joined = t;
          t += 2;
        }
      }
      // ("passes involving Kevin Davies and Gary Speed, the Greek striker found the corner": a
      // definite description that a verb follows, with no comma to close it, is the subject of the
      // main clause, not an apposition of a name inside the clause before it.)
      if (opener === 0 && j > 0 && chunks.slice(0, j).some((c) => c.kind !== 'PUNCT') && unclosedSubject(s, t)) continue;
      roleFromTitleNp(s, t, aPerson, 0.85, { joined, personStart: a.start });
      // "John Smith, a banker from Leeds,", "Joshua Osagie, a cocoa farmer from Edo state": where the person is from.
      const from = chunks[t + 1];
      const place = chunks[t + 2];
      const where = place?.kind !== 'NP' ? -1 : s.ctx.tokenEntity[place.head] >= 0 ? place.np!.entity
        : PLACE_KINDS.has(tok(s, place.head).normal) && place.np!.modifiers.length === 1 ? place.np!.modifiers[0] : -1;
      if (from?.kind === 'P' && word(s, from) === 'from' && where >= 0 && entityType(s, where) === 'LOC' && tok(s, chunks[t].head).pos === 'NOUN') {
        addCandidate(s, entityEnd(aPerson), 'from', entityEnd(where), { kind: 'role', confidence: 0.6 });
      }
    }
    if (opener || bracket) continue;
    // ("as he begins his second term as US President, Tony Blair has said": a title after "as" is the clause's subject's.)
    else if (bPerson >= 0 && a.np!.entity < 0 && aPerson < 0 && chunks[j - 1]?.kind !== 'P' && word(s, chunks[j - 1]) !== 'as') roleFromTitleNp(s, j, bPerson, 0.8);
    // ("Formerly one of Mr Brown's closest Treasury aides, Ed Balls hinted": one of the posts the phrase after "of" names.)
    else if (bPerson >= 0 && a.np!.entity < 0 && word(s, chunks[j - 1]) === 'of' && chunks[j - 2]?.kind === 'NP' && tok(s, chunks[j - 2].head).normal === 'one'
      && chunks.slice(0, j - 2).every((c) => c.kind === 'ADV')) roleFromTitleNp(s, j, bPerson, 0.75, { oneOf: true });
    else if (bPerson >= 0 && chunks[j - 1]?.kind === 'P' && chunks[j - 2]?.kind === 'NP' && chunks[j - 2].np!.entity < 0
      && !(aPerson >= 0 && s.ctx.tokenEntity[a.start] !== aPerson && /^\p{Lu}/u.test(tok(s, a.start).text))) {
      // "the play's organiser in Uganda, Sarah Mukasa", "The chairman of the Bar Council, Guy Mansfield".
      // (Not "US Secretary of State Condoleezza Rice, UN Secretary General Kofi Annan": a capitalised
      // title and a name close the description, which is that person's; "The son of actress Doris Day, he" is kept.)
      roleFromTitleNp(s, j - 2, bPerson, 0.75);
    }
  }
}

/** The title words of chunk `j`, as token indexes. */
function titleWordsOf(s: SentenceScope, j: number): number[] {
  const c = s.chunks[j];
  const out: number[] = [];
  for (let k = c.start; k < c.end; k++) if (isTitleWord(low(tok(s, k)))) out.push(k);
  return out;
}

/**
 * The title words right before and at the head of the noun phrase at chunk `j` ("the chief
 * executive" -> "chief executive"; not a name's words: "Veritas' deputy leader" -> "deputy
 * leader"), '' when the head is no role head.
 */
export function titleOfChunk(s: SentenceScope, j: number): string {
  const c = s.chunks[j];
  const { tokens, tokenEntity } = s.ctx;
  const words: number[] = [];
  for (let k = c.head; k >= c.start && tokenEntity[k] < 0 && isTitleWord(low(tokens[k])); k--) words.unshift(k);
  const title = trimmedTitle(tokens, words, -1, '');
  // ("the only remaining tight-head": a word hyphened to the title is part of it.)
  const first = words[0];
  if (title && first !== undefined && first - 2 >= c.start && tokens[first - 1].text === '-' && !tokens[first - 1].spaceBefore && !tokens[first].spaceBefore
    && /^\p{Ll}/u.test(tokens[first - 2].text) && tokenEntity[first - 2] < 0) return `${low(tokens[first - 2])}-${title}`;
  return title;
}

/** The role head of chunk `c` written with a hyphen ("fly-half", "scrum-half"), or ''. */
function hyphenedHead(s: SentenceScope, c: Chunk): string {
  const word = c.head - 2 >= c.start ? hyphenedWordEndingAt(s.ctx.tokens, c.head) : '';
  return word && isRoleHead(word) ? word : '';
}

/**
 * The noun phrase at chunk `j` opens with "the" and a finite verb group follows it: a clause's
 * subject. (A bare participle with an object is a past tense: "the Greek striker found the corner".)
 */
function unclosedSubject(s: SentenceScope, j: number): boolean {
  const vg = s.chunks[j + 1]?.vg;
  return tok(s, s.chunks[j].start).normal === 'the' && !!vg && !vg.infinitive && !vg.gerund && (!vg.bareParticiple || s.chunks[j + 2]?.kind === 'NP');
}

/** Chunk `j` ends an apposition: a comma, a closing bracket or dash, or the end of the sentence. */
function closesApposition(s: SentenceScope, j: number): boolean {
  const c = s.chunks[j];
  return c === undefined || c.kind === 'PUNCT' && [',', ')', '-', '.', ';'].includes(tok(s, c.start).text);
}

/** The noun phrase at chunk `j` is nothing but title words with a role head ("chairman", "chief executive"). */
function titleOnly(s: SentenceScope, j: number): boolean {
  const c = s.chunks[j];
  if (!isRoleHead(low(tok(s, c.head)))) return false;
  for (let k = c.start; k < c.end; k++) if (s.ctx.tokenEntity[k] >= 0 || !isTitleWord(low(tok(s, k))) && tok(s, k).pos !== 'DET') return false;
  return true;
}

/** How a title noun phrase stands to its person (see roleFromTitleNp). */
interface TitleNpOptions {
  /** A title chunk joined to this one ("chairman" in "chairman and chief executive of Nike"), held in the same body. */
  joined?: number;
  /** The person's first token, for an apposition after the name: lets a closed company title with no body ("Philip Knight, chairman, said") go to the story's organisation. */
  personStart?: number;
  /** The title phrase is a description resolved to the person ("the Chelsea striker"): its words may be entity tokens. */
  described?: boolean;
  /** A plural post after "one of" ("one of Mr Brown's closest aides"), one of which is held. */
  oneOf?: boolean;
}

/** The title noun phrase at chunk `j` names a role of `person` in an organisation or place. */
function roleFromTitleNp(s: SentenceScope, j: number, person: number, confidence: number, options: TitleNpOptions = {}): void {
  const { joined = -1, personStart = -1, described = false, oneOf = false } = options;
  const c = s.chunks[j];
  const np = c.np!;
  const head = tok(s, c.head);
  // ("England's fly-half": a title written as two words and a hyphen.)
  const hyphened = hyphenedHead(s, c);
  // ("one of Mr Brown's closest Treasury aides": a plural post, one of which is held.)
  const single = oneOf && head.lemma && head.lemma !== low(head) && isRoleHead(head.lemma) ? head.lemma : '';
  if (!isRoleHead(low(head)) && !hyphened && !single) return;
  // Title words: the run of title words ending at the head ("director general").
  const words: string[] = [];
  if (hyphened) words.push(hyphened);
  else for (let k = c.head; k >= c.start && (s.ctx.tokenEntity[k] < 0 || described) && (k === c.head || isTitleWord(low(tok(s, k)))); k--) {
    words.unshift(titleKey(k === c.head && single ? single : low(tok(s, k))));
  }
  // "director general of X": the head may be a modifier-like word after the real head.
  // ("Marley's former head of press at Island Records": a person's post is in the body named after it.)
  const personal = np.possessor >= 0 && entityType(s, np.possessor) === 'PERSON';
  let org = personal ? -1 : np.possessor >= 0 ? np.possessor : np.modifiers.length ? np.modifiers[np.modifiers.length - 1] : -1;
  let viaPhrase = false;
  // "of the Bar Council", "at Macworld magazine", "of research at analysts Gartner".
  // ("Cory Doctorow, European co-ordinator for the Electronic Frontier Foundation": a place before
  // the title is the post's region when an organisation follows.)
  const regional = org >= 0 && np.possessor < 0 && entityType(s, org) === 'LOC';
  for (let k = j + 1, hops = 0; (org < 0 || regional) && hops < 3; k += 2, hops++) {
    const p = s.chunks[k];
    const next = s.chunks[k + 1];
    // "senior advisor on mobile media at Ericsson": a portfolio after "on" is passed over.
    if (p?.kind === 'P' && word(s, p) === 'on' && next?.kind === 'NP' && next.np!.entity < 0 && hops === 0) continue;
    if (p?.kind !== 'P' || !['of', 'at', 'for', 'in', 'with', 'to'].includes(word(s, p)) || next?.kind !== 'NP') break;
    const n = next.np!;
    let found = n.entity >= 0 ? n.entity : ownerOf(n);
    // ("director of the festival's sister event, the Bangkok Film Market": the body an apposition names.)
    const named = s.chunks[k + 3];
    if (n.entity < 0 && isPunct(s, s.chunks[k + 2], ',') && named?.kind === 'NP' && named.np!.entity >= 0 && named.np!.entity !== person
      && entityType(s, named.np!.entity) === 'ORG' && closesApposition(s, k + 4)) found = named.np!.entity;
    // "a spokeswoman for the North Carolina-based bank", "for the Swiss bank": a place before a
    // body's kind says where the body is; the post is held in the body the description stands for.
    if (found >= 0 && found === n.modifiers[0] && n.possessor < 0 && entityType(s, found) === 'LOC' && DESCRIPTOR_NOUNS.get(tok(s, next.head).normal) === 'ORG') {
      const body = actorOf(s, next, true).entity;
      found = body >= 0 && body !== found ? body : -1;
    }
    if (regional) {
      // (Not "the US ambassador to the UN": the place sends the envoy.)
      if (found >= 0 && entityType(s, found) === 'ORG' && word(s, p) !== 'to') { org = found; viaPhrase = true; }
      break;
    }
    org = found;
    viaPhrase = true;
  }
  // ("Judy Bell, the company's founder,": a body's kind as the owner is the story's body of that kind.)
  const ownerKind = org < 0 && np.possessor < 0 ? describedOwner(s, c) : -1;
  if (ownerKind >= 0) { org = ownerKind; confidence *= 0.9; }
  const title = words.filter((w) => !TENURE_WORDS.has(w)).join(' ') || low(head);
  let implicit = false;
  if (org < 0 && personStart >= 0 && titleOnly(s, j) && COMPANY_TITLES.has(title) && closesApposition(s, j + 1)) {
    // As for a company title before a name (titleRoles): the most named organisation of the story so far.
    org = lastEntityBefore(s, personStart, 'ORG');
    implicit = true;
    confidence = Math.min(confidence, 0.5);
  }
  // ("Gordon Brown's closest aide, Ed Balls": a post owned by a person, with no body named, is a tie to that person; not a side's position.)
  const tie = org < 0 && personal && PERSONAL_TIES.has(words[words.length - 1] ?? '');
  if (tie) org = np.possessor;
  if (org < 0 || org === person || (entityType(s, org) === 'PERSON' && !viaPhrase && !tie) || (entityType(s, org) !== 'PERSON' && PEER_TITLES.has(titleKey(low(head))))) return;
  const predicate = viaPhrase || implicit || np.possessor >= 0 || ownerKind >= 0 ? rolePredicate(title, entityType(s, org)) : modifierRolePredicate(title, entityType(s, org));
  addCandidate(s, entityEnd(person), predicate, entityEnd(org), { kind: 'role', confidence });
  if (joined >= 0 && entityType(s, org) !== 'PERSON') {
    const other = trimmedTitle(s.ctx.tokens, titleWordsOf(s, joined), -1, '');
    if (other) addCandidate(s, entityEnd(person), predicate.replace(title, other), entityEnd(org), { kind: 'role', confidence: confidence * 0.9 });
  }
  const p = s.chunks[j + 1];
  const seat = s.chunks[j + 2];
  // "Afghanistan's envoy to the United Nations": an envoy's post is also at the body or country it is sent to.
  if (ENVOY_TITLES.has(low(head)) && p?.kind === 'P' && word(s, p) === 'to' && seat?.kind === 'NP' && seat.np!.entity >= 0 && seat.np!.entity !== org
    && seat.np!.entity !== person && entityType(s, seat.np!.entity) !== 'PERSON') {
    addCandidate(s, entityEnd(person), `${title} to`, entityEnd(seat.np!.entity), { kind: 'role', confidence: confidence * 0.9 });
  }
  // "Labour MP for Hornsey and Wood Green": the party before the title, and the seat after it.
  if (!viaPhrase && SEAT_TITLES.has(low(head)) && p?.kind === 'P' && word(s, p) === 'for' && seat?.kind === 'NP' && seat.np!.entity >= 0
    && seat.np!.entity !== org && entityType(s, seat.np!.entity) === 'LOC') {
    addCandidate(s, entityEnd(person), rolePredicate(title, 'LOC'), entityEnd(seat.np!.entity), { kind: 'role', confidence });
  }
}

/**
 * A description that stands for a person holds its post in the body named after it: "The chief
 * executive of the Fiat conglomerate has taken control ... Sergio Marchionne has replaced" (a
 * lead description), "The founder and former boss of Parmalat" -> boss of (each of two joined
 * posts that is a role head). A described person "from" a body or place comes from it.
 */
export function describedRoles(s: SentenceScope): void {
  const { chunks } = s;
  const { tokens, tokenEntity } = s.ctx;
  for (let j = 0; j < chunks.length; j++) {
    const c = chunks[j];
    const person = c.kind === 'NP' ? tokenEntity[c.head] : -1;
    if (person < 0 || entityType(s, person) !== 'PERSON' || tokens[c.head].pos !== 'NOUN' || !/^\p{Ll}/u.test(tokens[c.head].text) || c.np!.entity !== person || tokenEntity[c.start] !== person) continue;
    // ("appointed a senior figure from BT": where the described person comes from.)
    const from = chunks[j + 2];
    const body = from?.kind === 'NP' && tokenEntity[from.head] >= 0 ? tokenEntity[from.head] : -1;
    if (word(s, chunks[j + 1]) === 'from' && chunks[j + 1].kind === 'P' && body >= 0 && body !== person && entityType(s, body) !== 'PERSON') {
      addCandidate(s, entityEnd(person), 'from', entityEnd(body), { kind: 'role', confidence: 0.6 });
    }
    if (!isRoleHead(low(tokens[c.head]))) continue;
    const second = chunks[j + 2];
    if (chunks[j + 1]?.kind === 'CC' && word(s, chunks[j + 1]) === 'and' && second?.kind === 'NP' && tokenEntity[second.head] === person && isRoleHead(low(tokens[second.head]))) {
      roleFromTitleNp(s, j + 2, person, 0.7, { joined: j, described: true });
      j += 2;
    } else roleFromTitleNp(s, j, person, 0.7, { described: true });
  }
}

/** The body "the company's", "the firm's" stands for at the start of chunk `c` (the story's body of that kind), or -1. */
function describedOwner(s: SentenceScope, c: Chunk): number {
  const { tokens } = s.ctx;
  if (c.head - c.start < 3 || tokens[c.start].normal !== 'the' || !isPossessiveS(tokens[c.start + 2].normal)) return -1;
  const kind = tokens[c.start + 1].normal;
  return DESCRIPTOR_NOUNS.get(kind) === 'ORG' && s.ctx.tokenEntity[c.start + 1] < 0 ? lastEntityBefore(s, c.start, 'ORG', kind) : -1;
}

/** Titles of people sent to a body or a country: "envoy to the UN", "ambassador to Washington". */
const ENVOY_TITLES = new Set(['ambassador', 'envoy', 'commissioner', 'representative', 'delegate', 'consul', 'emissary', 'attache']);

/** Titles held for a seat: "MP for Sedgefield". */
const SEAT_TITLES = new Set(['mp', 'mep', 'msp', 'am', 'mla', 'senator', 'congressman', 'congresswoman', 'councillor']);

/** Names of political parties (as the resolver names them: "Conservative Party", "Liberal Democrats", "UK Independence Party"). */
const PARTY_NAME = /\b(Party|Democrats|Republicans|Plaid Cymru|Sinn Fein|Veritas)\b/;

/** The person named alone after "and" right after chunk `j` ("X and Sir George Young"), or -1. */
function pairedName(s: SentenceScope, j: number): number {
  const { chunks } = s;
  const { tokens, tokenEntity } = s.ctx;
  const other = chunks[j + 2];
  if (chunks[j + 1]?.kind !== 'CC' || word(s, chunks[j + 1]) !== 'and' || other?.kind !== 'NP' || other.np!.entity < 0 || entityType(s, other.np!.entity) !== 'PERSON') return -1;
  const e = other.np!.entity;
  return (tokenEntity[other.start] === e || HONORIFICS.has(low(tokens[other.start]))) && tokenEntity[other.end - 1] === e ? e : -1;
}

/** Words that open the members of a panel, whose chair is the panel's, not the story's body's. */
const PANEL_OPENERS = new Set(['consisting of', 'comprising of', 'made of', 'composed of', 'panel of', 'panel including', 'jury of', 'tribunal of', 'committee of']);

/** Plural words for a party's members, which may stand before two names ("Tories Ken Clarke and Sir George Young"). */
const PLURAL_PARTY_WORDS = new Set(['tories', 'conservatives', 'democrats', 'republicans', 'dems', 'nationalists', 'unionists']);

/** PERSON -member of-> ORG, or -from-> a place; nothing for another person or the person itself. */
function affiliation(s: SentenceScope, person: number, org: number, confidence: number): void {
  const type = entityType(s, org);
  if (org === person || type === 'PERSON' || type === undefined) return;
  // ("the BBC's Sarah Rainsford in Moscow says", "Wendy Ide of The Times": a news outlet's untitled person is its correspondent.)
  const predicate = type === 'LOC' ? 'from' : NEWS_OUTLET_NAME.test(s.ctx.entities[org].name) ? 'correspondent of' : 'member of';
  addCandidate(s, entityEnd(person), predicate, entityEnd(org), { kind: 'role', confidence });
}

/** Names of news outlets: newspapers, agencies, broadcasters' news arms. */
const NEWS_OUTLET_NAME = /^(BBC|BBC News|BBC News Online|BBC World Service|Reuters|Associated Press|AFP|CNN|ITN|Sky News|Bloomberg|Press Association)$|\b(Times|Guardian|Telegraph|Independent|Observer|Herald|Mirror|Mail|Post|Journal|Gazette|Tribune|Express)$/;

/**
 * Affiliation without a title: "Celtic's Henri Camara", "Nacho Novo of Rangers", "Germany's
 * Tommy Haas" -> PERSON -member of-> ORG, or -from-> a place. Titles are titleRoles' job.
 */
export function affiliationRoles(s: SentenceScope): void {
  const { chunks } = s;
  const { tokens, tokenEntity } = s.ctx;
  for (let j = 0; j < chunks.length; j++) {
    const c = chunks[j];
    const np = c.np;
    // "his other band, Fightstar", "her club, Arsenal": a person's body of a kind named in apposition is the person's.
    const named = chunks[j + 2];
    if (c.kind === 'NP' && np && np.entity < 0 && np.possessor >= 0 && entityType(s, np.possessor) === 'PERSON' && MEMBER_BODY_KINDS.has(low(tokens[c.head]))
      && isPunct(s, chunks[j + 1], ',') && named?.kind === 'NP' && named.np!.entity >= 0 && tokenEntity[named.start] === named.np!.entity && closesApposition(s, j + 3)) {
      affiliation(s, np.possessor, named.np!.entity, 0.7);
    }
    if (c.kind !== 'NP' || !np || np.entity < 0 || entityType(s, np.entity) !== 'PERSON') continue;
    // (Not a description that stands for the person: "The former head of Acme" is describedRoles'.)
    if (tokenEntity[c.head] === np.entity && /^\p{Ll}/u.test(tokens[c.head].text)) continue;
    const person = np.entity;
    // The person's own tokens: no title word may stand right before the name.
    let first = c.head;
    while (first > c.start && tokenEntity[first - 1] === person) first--;
    // "Labour's Mr Livingstone": an honorific is part of the name here, no title.
    if (first > c.start && HONORIFICS.has(low(tokens[first - 1]))) first--;
    const titled = first > c.start && isTitleWord(low(tokens[first - 1]));
    // "Tory Michael Howard", "Lib Dem Sir Archy Kirkwood": a party's name right before the name is the person's party.
    // ("Labour" is also a portfolio word: "Labour Minister"; as a name it is the party.)
    const party = first > c.start ? tokenEntity[first - 1] : -1;
    if (party >= 0 && party !== person && entityType(s, party) === 'ORG' && PARTY_NAME.test(s.ctx.entities[party].name)) {
      affiliation(s, person, party, 0.7);
      // ("Tories Ken Clarke and Sir George Young": a plural party word takes each name of the pair.)
      const other = pairedName(s, j);
      if (PLURAL_PARTY_WORDS.has(low(tokens[first - 1])) && other >= 0) affiliation(s, other, party, 0.6);
    }
    // "Celtic's Henri Camara": the possessive right before the name.
    const mark = tokens[first - 1];
    if (!titled && np.possessor >= 0 && mark && (mark.normal === "'s" || mark.normal === '’s' || mark.text === "'")) {
      affiliation(s, person, np.possessor, 0.6);
      // ("Labour's Robin Cook and Tony Wright": a party's possessive takes each name of the pair; not a club's,
      // "Chelsea's Frank Lampard and Steven Gerrard" may pair players of two clubs.)
      const other = pairedName(s, j);
      if (other >= 0 && entityType(s, np.possessor) === 'ORG' && PARTY_NAME.test(s.ctx.entities[np.possessor].name)) affiliation(s, other, np.possessor, 0.55);
    }
    // "Nacho Novo of Rangers", "held off Leslie Djhone of France", "world champion X of the USA"
    // (not "the death of X of ...", not "X of the year"; a title's own "of" is titleRoles' job,
    // so a titled name only gets this when no rule linked the pair).
    const p = chunks[j + 1];
    const next = chunks[j + 2];
    const before = chunks[j - 1];
    const ofBefore = before?.kind === 'P' && word(s, before) === 'of' && !titled;
    if (p?.kind === 'P' && word(s, p) === 'of' && next?.kind === 'NP' && next.np!.entity >= 0 && next.head === next.end - 1 && !ofBefore) {
      const org = next.np!.entity;
      const linked = s.out.some((o) => o.sentence === s.sentence.index && o.subject.kind === 'entity' && o.object.kind === 'entity'
        && o.subject.entity === person && o.object.entity === org);
      if (!titled || !linked) affiliation(s, person, org, titled ? 0.5 : 0.55);
    }
  }
}

// Groups an article's candidate names into entities: same gazetteer entry or same normalised name,
// then short forms into full ones (surnames into full person names, acronyms into the names they
// abbreviate, "Media Council" into "Ugandan Media Council"), capitals acting as governments into
// their country ("Washington imposed sanctions"), demonyms into their country. Types are voted
// over all of an entity's mentions; an entity with no type evidence is dropped.
import type { AnnotatedText, EntityType } from '../../model/types.ts';
import { norm as normalizeName } from './norm.ts';
import { countryEntry, countryOfDemonym, lookupPlaceOrOrg, type GazetteerEntry } from './gazetteer.ts';
import { isLowerStart } from '../text-case.ts';
import { normText, type Candidate, type Votes } from './find-candidates.ts';
import { CLUB_NICKNAMES, GENERATION_SUFFIXES, GEO_FEATURES, ORG_HEADS, PLACE_PREPOSITIONS, SPORT_POSITIONS, TEAM_SPORT_WORDS, isFirstName } from './lexicon.ts';
import { isSportsReport } from './sports-report.ts';
import { englishWords } from '../../ner/english-words.ts';
import { isGivenName } from './given-names.ts';

export interface Cluster {
  cands: Candidate[];
  votes: Votes;
  gaz?: GazetteerEntry;
  type?: EntityType;
  name: string;
  gender: 'm' | 'f' | '';
  /** Candidates standing for this entity by metonymy ("Washington" for the United States). */
  metonyms: Set<Candidate>;
  /** How many of its mentions the NER model tagged with each type. */
  nerSeen: Votes;
  /**
   * Clustering's memo of its longest name (text and normalised words), read in every pairwise
   * test; cleared when candidates move in or out. Kept on the cluster: a map from clusters to it
   * cost a hash look-up per read.
   */
  longest: LongestName | undefined;
}

/** A cluster's longest name: its text, `norm` of it, and its normalised words. */
export interface LongestName {
  text: string;
  normalized: string;
  toks: string[];
}

/**
 * The normalised words of the names of the article being clustered (reset by clusterCandidates;
 * calls do not interleave). A small map per article: a process-wide one grows large and is read
 * cold after the other pipeline steps, for a saving of one split per name.
 */
let tokensMemo = new Map<string, string[]>();
const tokensOf = (s: string): string[] => {
  let t = tokensMemo.get(s);
  if (!t) {
    t = normalizeName(s).split(' ').filter(Boolean);
    tokensMemo.set(s, t);
  }
  return t;
};
/** `tokensOf(c.text)`, normalising through the candidate's memo. */
function tokensOfCandidate(c: Candidate): string[] {
  let t = tokensMemo.get(c.text);
  if (!t) {
    t = normText(c).split(' ').filter(Boolean);
    tokensMemo.set(c.text, t);
  }
  return t;
}
const isAcronymText = (s: string): boolean => /^[A-Z][A-Z&.]{1,7}$/.test(s) && /[A-Z].*[A-Z]/.test(s);

/** Does a capital-city mention act as its government ("Washington imposed", "Moscow has denied")? */
function actsAsGovernment(doc: AnnotatedText, c: Candidate): boolean {
  const toks = doc.tokens;
  const prev = c.tokenStart > 0 ? toks[c.tokenStart - 1] : undefined;
  if (prev && (PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) || /^(of|for|with|by|on)$/i.test(prev.text) || prev.pos === 'PROPN')) return false;
  let k = c.tokenEnd;
  while (k < toks.length && toks[k].pos === 'ADV') k++;
  const t = toks[k];
  if (!t || t.sentence !== c.sentence) return false;
  // ("Washington has warned", "Moscow denies": a government's act; not "London leads the wi-fi league".)
  if (t.pos === 'VERB') return GOVERNMENT_VERBS.has(t.lemma);
  if (t.pos === 'AUX') {
    let j = k + 1;
    while (j < toks.length && (toks[j].pos === 'ADV' || toks[j].pos === 'PART' || toks[j].pos === 'AUX')) j++;
    return toks[j]?.pos === 'VERB' && GOVERNMENT_VERBS.has(toks[j].lemma);
  }
  return false;
}

/** What a capital does as its government: speak, decide, act on other states (lemmas as winkNLP gives them). */
const GOVERNMENT_VERBS = new Set(['say', 'warn', 'insist', 'deny', 'accuse', 'demand', 'agree', 'reject', 'urge', 'call', 'refuse', 'threaten', 'announce',
  'want', 'plan', 'condemn', 'welcome', 'respond', 'impose', 'sign', 'hope', 'fear', 'believe', 'claim', 'argue', 'push', 'offer', 'seek', 'oppose', 'back',
  'support', 'criticize', 'criticise', 'protest', 'dismiss', 'approve', 'block', 'veto', 'ban', 'order', 'expel', 'recall', 'send', 'deploy', 'negotiate',
  'pressure', 'press', 'ask', 'tell', 'decide', 'propose', 'promise', 'pledge', 'vow', 'admit', 'acknowledge', 'confirm', 'suspend', 'withdraw', 'cut',
  'sanction', 'recognize', 'recognise', 'accept', 'allow', 'resist', 'retaliate', 'intervene', 'invade', 'attack', 'lobby', 'step', 'fight', 'voice',
  'issue', 'express', 'raise', 'represent', 'dispute', 'question', 'challenge', 'complain', 'charge', 'blame', 'set', 'think']);


const CLUB_BEFORE = new Set(['against', 'beat', 'beating', 'beaten', 'v', 'vs', 'v.', 'over', 'for', 'face', 'facing', 'joined', 'join', 'joins', 'host', 'hosts', 'hosting', 'play', 'plays', 'playing', 'played', 'signed', 'leave', 'left', 'leaving', 'with']);
const PLACE_BEFORE = new Set(['in', 'from', 'near', 'outside', 'inside', 'around', 'across', 'to', 'into', 'of']);
const CLUB_AFTER = new Set(['duo', 'trio', 'pair', 'pack', 'academy', 'side', 'team', 'squad', 'fans', 'supporters', 'player', 'players', 'manager', 'coach', 'boss', 'chairman', 'president', 'striker', 'midfielder', 'defender', 'goalkeeper', 'prop', 'centre', 'center', 'winger', 'fly-half', 'scrum-half', 'captain', 'skipper', 'lock', 'flanker', 'hooker', 'forward', 'winning', 'won', 'lost', 'drew', 'beat', 'face', 'host', 'have', 'has', 'are', 'were']);

/** Nouns of a transfer or a result, after which "from"/"to" a city names its club ("move from", "defeat to"). */
const CLUB_EVENT_NOUNS = new Set(['move', 'transfer', 'switch', 'loan', 'defeat', 'reverse', 'loss', 'draw']);
/** Words that qualify a role after a club's name ("assistant coach", "new manager", "former striker"). */
const ROLE_QUALIFIERS = new Set(['assistant', 'new', 'former', 'caretaker', 'interim', 'first-team', 'reserve', 'youth', 'veteran', 'young', 'record']);

/** A person cluster in which the last word of a longer name also stands alone ("Hoddle" of "Glenn Hoddle"). */
function usesSurnameAlone(cl: Cluster): boolean {
  const lasts = new Set<string>();
  for (const c of cl.cands) { const t = tokensOf(c.text); if (t.length >= 2) lasts.add(t[t.length - 1]); }
  return cl.cands.some((c) => { const t = tokensOf(c.text); return t.length === 1 && lasts.has(t[0]); });
}

/**
 * 2 when a mention of a city reads as its club from a team sheet or a role after it ("Wasps)",
 * "Leicester prop"), 1 from weaker cues, -1 as the place, 0 when the words around do not say.
 */
function clubOrPlace(doc: AnnotatedText, c: Candidate): number {
  const toks = doc.tokens;
  const prev = toks[c.tokenStart - 1];
  const next = toks[c.tokenEnd];
  if (next && (next.text === "'s" || next.text === '\u2019s')) return 1;
  // Team sheets: "J Worsley (Wasps), L Moody (Leicester)".
  // ("John (Kirwan)" is a bracketed surname after a given name, not a club.)
  if (prev?.text === '(' && (next?.text === ')' || next?.text === ',') && c.tokenStart >= 2 && /^[A-Z]/.test(toks[c.tokenStart - 2].text)
    && (!isGivenName(toks[c.tokenStart - 2].normal) || /^[A-Z]/.test(toks[c.tokenStart - 3]?.text ?? ''))) return 2;
  if (prev && prev.sentence === c.sentence) {
    const w = prev.text.toLowerCase();
    if (CLUB_BEFORE.has(w)) return 1;
    // ("his move from Middlesbrough", "the reverse to Torquay": after a transfer or a result the place is a club.)
    const before = toks[c.tokenStart - 2];
    if ((w === 'from' || w === 'to') && before?.sentence === c.sentence && CLUB_EVENT_NOUNS.has(before.normal)) return 1;
    if (PLACE_BEFORE.has(w)) return -1;
  }
  if (next && next.sentence === c.sentence && isLowerStart(next.text)) {
    const w = next.text.toLowerCase();
    if (CLUB_AFTER.has(w)) return SPORT_POSITIONS.has(w) ? 2 : 1;
    // ("Barcelona assistant coach Henk Ten Cate": a qualifier may stand before the role.)
    const after = toks[c.tokenEnd + 1];
    if (ROLE_QUALIFIERS.has(w) && after?.sentence === c.sentence && CLUB_AFTER.has(after.normal)) return SPORT_POSITIONS.has(after.normal) ? 2 : 1;
    if (next.pos === 'NOUN') return -1; // "the Dublin trip", "Birmingham city centre"
  }
  return 0;
}

/** Do more of a city's mentions read as the place ("in Leeds", "the Dublin trip") than as its club? */
function readsAsPlace(doc: AnnotatedText, names: readonly Candidate[]): boolean {
  let club = 0;
  let place = 0;
  for (const c of names) { const u = clubOrPlace(doc, c); if (u > 0) club++; else if (u < 0) place++; }
  return place > club;
}

/** Do the words before a token say it is a new name ("now known as", "renamed", "changed its name to")? */
function renamedAt(doc: AnnotatedText, i: number): boolean {
  // The word before first (this runs for every name): only these four start a cue.
  const p = i >= 1 && doc.tokens[i - 1].sentence === doc.tokens[i].sentence ? doc.tokens[i - 1].normal : '';
  if (p !== 'as' && p !== 'renamed' && p !== 'rebranded' && p !== 'to') return false;
  const w = (k: number): string => (i - k >= 0 && doc.tokens[i - k].sentence === doc.tokens[i].sentence ? doc.tokens[i - k].normal : '');
  if (w(1) === 'as' && w(2) === 'known' && (w(3) === 'now' || w(3) === 'be' || w(3) === 'is' || w(3) === 'was' || w(3) === 'been')) return true;
  if (w(1) === 'renamed' || w(1) === 'rebranded' || (w(1) === 'as' && (w(2) === 'renamed' || w(2) === 'rebranded' || w(2) === 'relaunched'))) return true;
  return w(1) === 'to' && w(2) === 'name' && (w(3) === 'its' || w(3) === 'their') && /^chang/.test(w(4));
}

/** Does the article name a country (by name or demonym) anywhere? */
function countryNamed(cands: readonly Candidate[], country: string): boolean {
  return cands.some((c) => (c.kind === 'demonym' && c.country === country) || (c.kind === 'name' && c.gaz?.kind === 'country' && c.gaz.name === country));
}

const MOTION_VERBS = new Set(['visit', 'reach', 'leave', 'enter', 'fly', 'arrive', 'tour', 'return', 'travel', 'move', 'go', 'come', 'head', 'flee', 'bomb', 'attack', 'shell', 'capture', 'take', 'storm', 'besiege', 'surround', 'liberate', 'rebuild', 'host', 'see', 'call', 'base', 'locate']);
/**
 * "reward Tripoli for giving up weapons", "a ban on trade with Tripoli": a capital that is the object
 * of a verb other than one of going or fighting, or the partner after "with", with no noun after it,
 * stands for its government (checked only when the article names the country too).
 */
function governmentAsObject(doc: AnnotatedText, c: Candidate): boolean {
  const toks = doc.tokens;
  const prev = toks[c.tokenStart - 1];
  const next = toks[c.tokenEnd];
  if (!prev || prev.sentence !== c.sentence) return false;
  if (next && next.sentence === c.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.text === "'s")) return false;
  if (prev.pos === 'VERB' && !MOTION_VERBS.has(prev.lemma)) return true;
  if (prev.normal === 'with') {
    const noun = toks[c.tokenStart - 2];
    return !!noun && /^(ties|trade|relations|talks|dealings|activity|deal|dialogue|negotiations|links|cooperation|agreement|contacts)$/.test(noun.normal);
  }
  return false;
}

/** Damerau distance of at most one (one insertion, deletion, substitution or swap of neighbours). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A name with each word's plural "s" dropped, for spellings of one name ("Disasters Emergency Committee"). */
function singularWords(text: string): string {
  return text.split(/\s+/).map((w) => w.replace(/s$/, '')).join(' ');
}

function initials(text: string): string {
  return text.split(/[\s\-&]+/).filter((w) => /^[A-Z]/.test(w) && !/^(Of|And|The|For)$/.test(w)).map((w) => w[0]).join('');
}

/**
 * Adds a candidate's votes to a cluster. The NER model's vote counts fully once per type and
 * little after that: it is often wrong the same way on every mention of one unknown word, while
 * the cues (honorifics, "firm", "Railways") are read afresh each time.
 */
function addVotes(cl: Cluster, c: Candidate): void {
  const v = cl.votes;
  v.PERSON += c.votes.PERSON;
  v.ORG += c.votes.ORG;
  v.LOC += c.votes.LOC;
  v.MISC += c.votes.MISC;
  if (!c.ner) return;
  const seen = cl.nerSeen[c.ner]++;
  const first = c.ner === 'LOC' && !c.gaz ? 2 : 3;
  cl.votes[c.ner] += seen === 0 ? first : seen < 4 ? 0.5 : 0;
}

/** True when the NER model tagged the cluster once at most and no cue gave it a type. */
function nerOnce(cl: Cluster): boolean {
  const cues = cueOnly(cl);
  return cl.nerSeen.PERSON + cl.nerSeen.ORG + cl.nerSeen.LOC <= 1 && Math.max(cues.PERSON, cues.ORG, cues.LOC) < 2;
}

/** Every word of every name is an ordinary English word ("Heart Says"), not a proper name ("Lionhead"). */
function madeOfCommonWords(names: readonly Candidate[]): boolean {
  if (!names.length) return false;
  const words = englishWords();
  for (const c of names) {
    // "Commission on Social Justice", "Council of Ministers": a body named for its remit is no title.
    const parts = c.text.split(/\s+/);
    if (parts.length >= 3 && ORG_HEADS.has(parts[0].toLowerCase()) && ['of', 'for', 'on'].includes(parts[1])) return false;
    for (const w of c.text.split(/[\s&-]+/)) {
      if (!w) continue;
      const l = w.toLowerCase().replace(/['\u2019]s$/, '');
      // "US Treasury": an acronym or a place the gazetteer knows is no ordinary word.
      if (!words.has(l) || isFirstName(l) || (w.length >= 2 && w === w.toUpperCase()) || lookupPlaceOrOrg(w)) return false;
    }
  }
  return true;
}

/** A cluster's votes from cues alone, without the NER model's. */
function cueOnly(cl: Cluster): Votes {
  const v: Votes = { PERSON: 0, ORG: 0, LOC: 0, MISC: 0 };
  for (const c of cl.cands) {
    v.PERSON += c.votes.PERSON;
    v.ORG += c.votes.ORG;
    v.LOC += c.votes.LOC;
    v.MISC += c.votes.MISC;
  }
  return v;
}

/** The highest of the PERSON, ORG and LOC votes other than `type`'s. */
function bestOther(v: Votes, type: EntityType): number {
  return type === 'PERSON' ? Math.max(v.ORG, v.LOC) : type === 'ORG' ? Math.max(v.PERSON, v.LOC) : Math.max(v.PERSON, v.ORG);
}

function argmax(v: Votes): { type: EntityType; score: number } {
  let type: EntityType = 'PERSON';
  let score = v.PERSON;
  if (v.ORG > score) { type = 'ORG'; score = v.ORG; }
  if (v.LOC > score) { type = 'LOC'; score = v.LOC; }
  return { type, score };
}

/** One article's clustering, shared by its passes: the clusters by key and each candidate's cluster. */
interface Clustering {
  doc: AnnotatedText;
  cands: readonly Candidate[];
  sports: boolean;
  byKey: Map<string, Cluster>;
  clusterOf: Map<Candidate, Cluster>;
}

/** Cluster the candidates of one article; returns the kept entities in order of first mention. */
export function clusterCandidates(doc: AnnotatedText, cands: readonly Candidate[]): Cluster[] {
  // One function per pass, each small enough for the JIT to optimise soon (one function of all of
  // them took seconds to compile, and ran unoptimised meanwhile).
  tokensMemo = new Map();
  const st: Clustering = { doc, cands, sports: isSportsReport(doc), byKey: new Map(), clusterOf: new Map() };
  seedClusters(st);
  let clusters = [...st.byKey.values()];
  // (The length test first: it is memoised per cluster, and most one-word clusters then skip the initials regex.)
  const longs = clusters.filter((cl) => longest(st, cl).toks.length >= 2 && (isPersonish(cl) || isUntyped(cl) || isInitialsName(st, cl)));
  mergeSurnamePlaces(st, clusters, longs);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeShortPersonNames(st, clusters, longs);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeDoubleBarrelled(st, clusters, longs);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeInitialledNames(st, clusters, longs);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeLongerPersonNames(st, clusters);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeNicknames(st);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeClubNicknames(st, clusters);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeAcronymDefinitions(st);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeInitials(st, clusters);
  clusters = clusters.filter((cl) => cl.cands.length);
  voteOrganisationHeads(st, clusters);
  mergeShortOrganisationNames(st, clusters);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeCountryPrefixedBodies(st, clusters);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergeNewNames(st, clusters);
  clusters = clusters.filter((cl) => cl.cands.length);
  mergePlaceShortForms(st, clusters);
  clusters = clusters.filter((cl) => cl.cands.length);
  voteCoordinated(st);
  // (Last: by now a stage name's short forms are in its cluster, "Mars" in "Mick Mars".)
  mergeRealNames(st);
  clusters = clusters.filter((cl) => cl.cands.length);
  return mergeCityClubs(st, typeAndName(st, clusters));
}

/**
 * "Snoop Dogg - real name Calvin Broadus -", "The Game, whose real name is Jayceon Taylor,": a
 * performer's real name set off right after the stage name is the same person.
 */
function mergeRealNames(st: Clustering): void {
  const toks = st.doc.tokens;
  for (const c of st.cands) {
    if (c.kind !== 'name') continue;
    let k = c.phraseStart - 1;
    if (toks[k]?.normal === 'is' && toks[k - 3]?.normal === 'whose') k--;
    if (toks[k]?.normal !== 'name' || toks[k - 1]?.normal !== 'real') continue;
    k -= toks[k - 2]?.normal === 'whose' ? 3 : 2;
    const mark = toks[k];
    if (!mark || mark.sentence !== c.sentence || !(mark.text === ',' || mark.text === '-' || mark.text === '(' || mark.text === '\u2013')) continue;
    const stage = st.cands.find((o) => o.kind === 'name' && o.tokenEnd === k && o.sentence === c.sentence);
    const from = st.clusterOf.get(c);
    const into = stage ? st.clusterOf.get(stage) : undefined;
    if (!from || !into || from === into) continue;
    // (The stage name stays the entity's name: "Sizzla", not "Miguel Collins".)
    for (const r of from.cands) r.realName = true;
    merge(st, from, into);
  }
}

/** First words of clubs named after their city ("AC Milan", "Real Madrid", "Dinamo Bucharest"; not "BBC Radio Leicester"). */
const CLUB_PREFIXES = new Set(['ac', 'fc', 'real', 'dinamo', 'dynamo', 'inter', 'sporting', 'atletico', 'athletic', 'olympique', 'lokomotiv', 'spartak',
  'cska', 'partizan', 'racing', 'deportivo', 'rapid', 'steaua', 'hapoel', 'maccabi', 'slavia', 'sparta', 'legia', 'zenit', 'torpedo', 'red']);

/**
 * "Real Madrid ... when Madrid were about to play", "AC Milan ... Milan's coach": in a sports report
 * a city read as its club is a short form of the club the article names in full (two or three
 * words ending in the city), not a club of its own.
 */
function mergeCityClubs(st: Clustering, kept: Cluster[]): Cluster[] {
  if (!st.sports) return kept;
  const merged = new Set<Cluster>();
  for (const cl of kept) {
    if (cl.type !== 'ORG' || !cl.gaz || (cl.gaz.kind !== 'city' && cl.gaz.kind !== 'capital')) continue;
    const suffix = ` ${cl.name}`;
    const club = kept.find((t) => t !== cl && !merged.has(t) && t.type === 'ORG' && t.name.endsWith(suffix) && t.name.split(' ').length <= 3
      && CLUB_PREFIXES.has(t.name.split(' ')[0].toLowerCase()));
    if (!club) continue;
    merge(st, cl, club, [...cl.cands]);
    club.cands.sort((a, b) => a.tokenStart - b.tokenStart);
    merged.add(cl);
  }
  return merged.size ? kept.filter((cl) => !merged.has(cl)) : kept;
}

function newCluster(): Cluster {
  // Every field present in the interface's order: one object shape for all clusters.
  return { cands: [], votes: { PERSON: 0, ORG: 0, LOC: 0, MISC: 0 }, gaz: undefined, type: undefined, name: '', gender: '', metonyms: new Set(), nerSeen: { PERSON: 0, ORG: 0, LOC: 0, MISC: 0 }, longest: undefined };
}

function addTo(st: Clustering, key: string, c: Candidate, gaz?: GazetteerEntry): Cluster {
  let cl = st.byKey.get(key);
  if (!cl) { cl = newCluster(); cl.gaz = gaz; st.byKey.set(key, cl); }
  cl.cands.push(c);
  addVotes(cl, c);
  if (c.gender && !cl.gender) cl.gender = c.gender;
  st.clusterOf.set(c, cl);
  return cl;
}

/** Moves `from`'s candidates (or `only` these) into `into`. */
function merge(st: Clustering, from: Cluster, into: Cluster, only?: Candidate[]): void {
  from.longest = undefined;
  into.longest = undefined;
  const moving = only ?? from.cands;
  for (const c of moving) {
    into.cands.push(c);
    st.clusterOf.set(c, into);
    addVotes(into, c);
    if (from.metonyms.has(c)) into.metonyms.add(c);
  }
  if (from.gender && !into.gender) into.gender = from.gender;
  if (!into.gaz && from.gaz && !only) into.gaz = from.gaz;
  from.cands = from.cands.filter((c) => !moving.includes(c));
  if (!only) { for (const t of ['PERSON', 'ORG', 'LOC', 'MISC'] as const) from.votes[t] = 0; }
}

/** The longest name of a cluster: its text, normalised text and normalised words. */
function longest(st: Clustering, cl: Cluster): LongestName {
  let v = cl.longest;
  if (!v) {
    let best: Candidate | undefined;
    let toks: string[] = [];
    for (const c of cl.cands) {
      if (c.kind !== 'name') continue;
      const t = tokensOfCandidate(c);
      if (t.length > toks.length) { best = c; toks = t; }
    }
    v = best ? { text: best.text, normalized: normText(best), toks } : { text: '', normalized: normalizeName(''), toks };
    cl.longest = v;
  }
  return v;
}
const longestText = (st: Clustering, cl: Cluster): string => longest(st, cl).text;
const isPersonish = (cl: Cluster): boolean => !cl.gaz && cl.votes.PERSON > 0 && cl.votes.PERSON >= cl.votes.ORG && cl.votes.PERSON >= cl.votes.LOC;
const isUntyped = (cl: Cluster): boolean => !cl.gaz && cl.votes.PERSON + cl.votes.ORG + cl.votes.LOC === 0;
/** Votes from cues alone (not the NER model): a short name the model typed wrongly may still be a surname. */
const cueVotes = (cl: Cluster): number => cl.cands.reduce((n, c) => n + c.votes.PERSON + c.votes.ORG + c.votes.LOC, 0);

/** One cluster per gazetteer entry or normalised name; capitals acting as governments go to their country. */
function seedClusters(st: Clustering): void {
  const { doc, cands, sports } = st;
  for (const c of cands) {
    if (c.kind === 'title') continue;
    if (c.kind === 'demonym') {
      const country = countryEntry(c.country ?? '');
      if (country) addTo(st, `gaz:${country.name}`, c, country);
      continue;
    }
    const g = c.gaz;
    if (g && g.kind === 'capital' && g.country && !/\bdc\b/.test(normText(c))
      && !sports && (actsAsGovernment(doc, c) || (countryNamed(cands, g.country) && governmentAsObject(doc, c)))) {
      const country = countryEntry(g.country);
      if (country) { addTo(st, `gaz:${country.name}`, c, country).metonyms.add(c); continue; }
    }
    if (g) addTo(st, `gaz:${g.name}`, c, g);
    else addTo(st, `name:${normText(c)}`, c);
  }
}

/** Persons: "Biden", "Mr Biden" -> "Joe Biden" by last token; nearest full name when several share it. */
function mergeShortPersonNames(st: Clustering, clusters: readonly Cluster[], longs: readonly Cluster[]): void {
  const byLast = new Map<string, Cluster[]>();
  for (const cl of longs) {
    const toks = longest(st, cl).toks;
    // ("Charles Evans Jr ... Evans said": the surname is the word before a generation suffix.)
    const last = toks.length > 2 && GENERATION_SUFFIXES.has(toks[toks.length - 1]) ? toks[toks.length - 2] : toks[toks.length - 1];
    const same = byLast.get(last);
    if (same) same.push(cl);
    else byLast.set(last, [cl]);
  }
  const byFirst = new Map<string, Cluster[]>();
  for (const cl of longs) {
    const first = longest(st, cl).toks[0];
    const same = byFirst.get(first);
    if (same) same.push(cl);
    else byFirst.set(first, [cl]);
  }
  for (const cl of clusters) {
    const toks = longest(st, cl).toks;
    if (toks.length !== 1) continue;
    // "Douglas Adams ... Adams wrote", "Norman Cook ... Cook said": a surname the model reads as an
    // organisation, with no clear organisation cue, is still the surname of a person named in full.
    // (Asked last: the cheap tests before it settle most clusters.)
    if (!(isPersonish(cl) || isUntyped(cl) || (!cl.gaz && cueVotes(cl) <= 1)
      || (!cl.gaz && surnameCuesOnly(cl) && (byLast.get(toks[0]) ?? []).some((t) => t !== cl && isPersonish(t) && isGivenName(longest(st, t).toks[0]))))) continue;

    // "JK Rowling ... Rowling said": initials and a surname the model read as an organisation are the person the surname is.
    let targets = (byLast.get(toks[0]) ?? []).filter((t) => t !== cl && (isPersonish(t) || (isPersonish(cl) && isInitialsName(st, t))));
    // "Mr Barrioneuvo" after "Jose Barrionuevo": a misspelt surname, one edit away, on a long name.
    if (!targets.length && toks[0].length >= 6) {
      const near = longs.filter((t) => t !== cl && isPersonish(t) && oneEditApart(toks[0], longest(st, t).toks.at(-1) ?? ''));
      if (near.length === 1) targets = near;
    }
    // "Phillips still needs...": a first name alone, when it is the first name of exactly one person and nobody's surname.
    if (!targets.length) {
      const firsts = (byFirst.get(toks[0]) ?? []).filter((t) => t !== cl && isPersonish(t));
      if (firsts.length === 1) targets = firsts;
    }
    // "President Lula" after "Luiz Inacio Lula da Silva": a word inside a long name (not its first) of exactly one person.
    if (!targets.length && isPersonish(cl)) {
      const inner = longs.filter((t) => { const words = longest(st, t).toks; return t !== cl && isPersonish(t) && words.length >= 4 && words.indexOf(toks[0]) > 0; });
      if (inner.length === 1) targets = inner;
    }
    // "Prince Charles", "Prince William": a royal known by a first name is the short form of a royal's name
    // only ("Prince Saud" of "Prince Saud Al-Faisal"), not of "Charles Kennedy" or "Rowan Williams".
    if (targets.length && isRoyal(cl)) targets = targets.filter(isRoyal);
    if (targets.length === 1) {
      // Initials and a surname that stands alone as a person are a person, whatever the model read them as.
      if (!isPersonish(targets[0])) targets[0].votes.PERSON += 3;
      merge(st, cl, targets[0]);
    }
    else if (targets.length > 1) {
      const groups = new Map<Cluster, Candidate[]>();
      for (const c of cl.cands) {
        let best: Cluster | undefined;
        let bestPos = -1;
        for (const t of targets) for (const tc of t.cands) if (tc.tokenStart < c.tokenStart && tc.tokenStart > bestPos) { best = t; bestPos = tc.tokenStart; }
        if (!best) best = targets.reduce((a, t) => (Math.min(...t.cands.map((x) => x.tokenStart)) < Math.min(...a.cands.map((x) => x.tokenStart)) ? t : a));
        groups.set(best, [...(groups.get(best) ?? []), c]);
      }
      for (const [t, cs] of groups) merge(st, cl, t, cs);
    }
  }
}

/**
 * "Michael Douglas ... Douglas added", "referee Hugh Dallas ... Dallas": a one-word place the
 * gazetteer knows (a city, a state, a region, or a country's other name such as "Mann" for the Isle
 * of Man) that is the surname of exactly one person the article names in full (a given name first)
 * is that person, unless a mention reads as a place ("in Douglas"). A country under its own name
 * ("Jordan") stays the country.
 */
function mergeSurnamePlaces(st: Clustering, clusters: readonly Cluster[], longs: readonly Cluster[]): void {
  const toks = st.doc.tokens;
  for (const cl of clusters) {
    const g = cl.gaz;
    if (!g || g.type !== 'LOC' || !cl.cands.length) continue;
    // A capital read as its government ("Douglas added") is looked at alone; otherwise every mention of the place.
    const metonymic = cl.metonyms.size > 0;
    const surnames = metonymic ? [...cl.metonyms] : cl.cands;
    // The country's own name, normalised once per cluster (only a country under another name may be a surname).
    const ownName = !metonymic && g.kind === 'country' ? normalizeName(g.name) : undefined;
    if (!surnames.every((c) => c.kind === 'name' && c.tokenEnd - c.tokenStart === 1 && (ownName === undefined || normText(c) !== ownName))) continue;
    const word = tokensOfCandidate(surnames[0])[0];
    if (surnames.some((c) => tokensOfCandidate(c)[0] !== word)) continue;
    // The person's full name starts with a given name: "Little Britain" or "Lycos Europe" read as a person is no one's name.
    const persons = longs.filter((t) => { const words = longest(st, t).toks; return t !== cl && t.cands.length > 0 && isPersonish(t) && words.at(-1) === word && isGivenName(words[0]); });
    if (persons.length !== 1) continue;
    // "in Douglas" reads as the place; "to Douglas's films" does not.
    const asPlace = (c: Candidate): boolean => {
      const p = toks[c.tokenStart - 1];
      const n = toks[c.tokenEnd];
      return !!p && (PLACE_PREPOSITIONS.has(p.normal) || p.normal === 'of') && !(n && (n.text === "'s" || n.text === '\u2019s'));
    };
    if (surnames.some(asPlace)) continue;
    const moving = [...surnames];
    // The gazetteer's vote for the place goes with it.
    for (const c of moving) { c.votes.LOC = Math.max(0, c.votes.LOC - 8); c.gaz = undefined; cl.metonyms.delete(c); }
    merge(st, cl, persons[0], moving);
    if (!metonymic) cl.gaz = undefined;
  }
}

/** "JK Rowling", "J.K. Rowling": one or two initials and a surname, which are no acronym the gazetteer knows ("BT Retail"). */
function isInitialsName(st: Clustering, cl: Cluster): boolean {
  if (cl.gaz) return false;
  const m = /^([A-Z]{1,2}|(?:[A-Z]\.){1,2}) [A-Z][a-z]+$/.exec(longest(st, cl).text);
  return !!m && !lookupPlaceOrOrg(m[1]);
}

/** Titles of royals, who are named by a first name alone. */
const ROYAL_TITLES = new Set(['prince', 'princess', 'king', 'queen', 'pope', 'sheikh', 'emir']);
/** Is a cluster named with a royal title ("Prince Charles", "Foreign Minister Prince Saud Al-Faisal")? */
function isRoyal(cl: Cluster): boolean {
  return cl.cands.some((c) => c.title !== undefined && c.title.split(' ').some((w) => ROYAL_TITLES.has(w)));
}

/** Do a cluster's cues (not the NER model) leave it open to being a person: no more than a weak lead for an organisation? */
function surnameCuesOnly(cl: Cluster): boolean {
  const v = cueOnly(cl);
  // ("Bill Ford ... Ford is working to revitalise its products": a name said of with "its" is the firm.)
  return v.ORG < 8 && v.ORG <= v.PERSON + 4 && v.LOC < 4 && v.MISC < 4 && !cl.cands.some((c) => c.impersonal);
}

/** Double-barrelled surnames: "Scott-Joynt" (one written word) -> "Michael Scott-Joynt". */
function mergeDoubleBarrelled(st: Clustering, clusters: readonly Cluster[], longs: readonly Cluster[]): void {
  for (const cl of clusters) {
    if (!cl.cands.length || cl.gaz || !cl.cands.every((c) => c.kind === 'name' && /^[^\s]+-[^\s]+$/.test(c.text))) continue;
    if (!(isPersonish(cl) || isUntyped(cl) || cueVotes(cl) <= 1)) continue;
    const toks = longest(st, cl).toks;
    const targets = longs.filter((t) => t !== cl && t.cands.length && isPersonish(t) && longest(st, t).toks.length > toks.length
      && toks.every((w, i) => longest(st, t).toks[longest(st, t).toks.length - toks.length + i] === w));
    if (targets.length === 1) merge(st, cl, targets[0]);
  }
}

/** Longer forms of one person's name: "Rhys Jones" after "Chris Rhys Jones" (the end of a longer
 * name), "George Bush" beside "George W Bush" (same first and last name, a middle name or initial). */
function mergeLongerPersonNames(st: Clustering, clusters: readonly Cluster[]): void {
  const personsByLast = new Map<string, Cluster[]>();
  for (const cl of clusters) {
    if (!cl.cands.length || cl.gaz || !isPersonish(cl)) continue;
    const toks = longest(st, cl).toks;
    if (toks.length < 2) continue;
    const last = toks[toks.length - 1];
    const same = personsByLast.get(last);
    if (same) same.push(cl);
    else personsByLast.set(last, [cl]);
  }
  for (const group of personsByLast.values()) {
    if (group.length < 2) continue;
    for (const cl of group) {
      if (!cl.cands.length || !isPersonish(cl)) continue;
      const toks = longest(st, cl).toks;
      const targets = group.filter((t) => {
        if (t === cl || !t.cands.length || !isPersonish(t)) return false;
        const long = longest(st, t).toks;
        if (long.length <= toks.length) return false;
        const suffix = toks.every((w, i) => long[long.length - toks.length + i] === w);
        const middle = toks.length === 2 && long[0] === toks[0];
        return suffix || middle;
      });
      if (targets.length === 1) merge(st, cl, targets[0]);
    }
  }
}

/** Nicknames: "Mido" goes to "Ahmed 'Mido' Hossam". */
function mergeNicknames(st: Clustering): void {
  const { cands, byKey, clusterOf } = st;
  for (const c of cands) {
    if (!c.nickname) continue;
    const into = clusterOf.get(c);
    const from = byKey.get(`name:${normalizeName(c.nickname)}`);
    if (into && from && from !== into && from.cands.length && !from.gaz) merge(st, from, into);
  }
}

/** Club nicknames: "the Gunners" is Arsenal when the article names Arsenal ("the Blues" goes to
 * whichever one of its clubs the article names; none or several named: left alone). */
function mergeClubNicknames(st: Clustering, clusters: readonly Cluster[]): void {
  for (const cl of clusters) {
    if (!cl.cands.length) continue;
    const toks = longest(st, cl).toks;
    if (toks.length === 0 || toks.length > 3) continue;
    const clubs = CLUB_NICKNAMES.get((toks[0] === 'the' ? toks.slice(1) : toks).join(' '));
    if (!clubs) continue;
    const named = clusters.filter((t) => t !== cl && t.cands.length && clubs.some((club) => longest(st, t).normalized.replace(/^the /, '') === club));
    if (named.length !== 1) continue;
    // The nickname's own type evidence ("Boro" read as a person) must not outvote the club's.
    for (const c of cl.cands) { c.votes = { PERSON: 0, ORG: 0, LOC: 0, MISC: 0 }; c.ner = undefined; }
    merge(st, cl, named[0]);
  }
}

/** Organisations: bracketed acronym definitions ("Office of Fair Trading (OFT)"). */
function mergeAcronymDefinitions(st: Clustering): void {
  const { cands, clusterOf } = st;
  for (const c of cands) {
    if (c.definesAcronym === undefined) continue;
    const from = clusterOf.get(cands[c.definesAcronym]);
    const into = clusterOf.get(c);
    if (from && into && from !== into && !from.gaz?.kind.match(/country|capital|city|state|region/)) merge(st, from, into);
  }
}

/**
 * "K Morgan" in a team sheet is Kevin Morgan named earlier: an initial and a surname go to the one
 * person whose full name has that surname and a first name with that initial.
 */
function mergeInitialledNames(st: Clustering, clusters: readonly Cluster[], longs: readonly Cluster[]): void {
  for (const cl of clusters) {
    const t = longest(st, cl).toks;
    if (t.length < 2 || t[0].length > 2 || !/^[a-z]\.?$/.test(t[0])) continue;
    const targets = longs.filter((o) => {
      if (o === cl || !o.cands.length || !isPersonish(o)) return false;
      const u = longest(st, o).toks;
      return u.length === t.length && u[0].length > 2 && u[0][0] === t[0][0] && t.every((w, i) => i === 0 || u[i] === w);
    });
    if (targets.length === 1) merge(st, cl, targets[0]);
  }
}

/** Organisations: an acronym goes to the one name it is the initials of. */
function mergeInitials(st: Clustering, clusters: readonly Cluster[]): void {
  // (The initials of the possible targets, made once: most articles have a few acronyms and many clusters.)
  let byInitials: Map<string, Cluster[]> | undefined;
  for (const cl of clusters) {
    if (cl.gaz || !cl.cands.length) continue;
    const text = longestText(st, cl);
    // ("Sepa", "Nato": an acronym written as a word, the BBC's style, spells the initials too.)
    const worded = !isAcronymText(text) && text.length <= 6 && /^\p{Lu}\p{Ll}{2,5}$/u.test(text) && !englishWords().has(text.toLowerCase());
    if (!worded && !isAcronymText(text)) continue;
    const letters = worded ? text.toUpperCase() : text.replace(/[^A-Z]/g, '');
    if (!byInitials) {
      byInitials = new Map();
      for (const t of clusters) {
        if (!t.cands.length || t.gaz?.type === 'LOC' || t.votes.PERSON > t.votes.ORG || longest(st, t).toks.length < 2) continue;
        const key = initials(longestText(st, t));
        const list = byInitials.get(key);
        if (list) list.push(t); else byInitials.set(key, [t]);
      }
    }
    // (Clusters merged meanwhile have no candidates left.)
    const targets = (byInitials.get(letters) ?? []).filter((t) => t !== cl && t.cands.length);
    // ("Disasters Emergency Committee" and, later, "Disaster Emergency Committee": one name spelt two ways, each word's plural "s" aside.)
    if (targets.length > 1 && targets.every((t) => singularWords(longestText(st, t)) === singularWords(longestText(st, targets[0])))) {
      const into = targets.reduce((a, b) => (b.cands.length > a.cands.length ? b : a));
      for (const t of targets) if (t !== into) merge(st, t, into);
      merge(st, cl, into);
    } else if (targets.length === 1) merge(st, cl, targets[0]);
  }
}

/** A name that starts two or more organisation names ("BT" of "BT Wholesale" and "BT Retail") is an organisation. */
function voteOrganisationHeads(st: Clustering, clusters: readonly Cluster[]): void {
  for (const cl of clusters) {
    const toks = longest(st, cl).toks;
    if (cl.gaz || toks.length !== 1 || cl.cands.some((c) => c.title)) continue;
    const heads = clusters.filter((t) => t !== cl && !t.gaz && longest(st, t).toks.length >= 2 && longest(st, t).toks[0] === toks[0] && argmax(t.votes).type === 'ORG');
    if (heads.length >= 2) cl.votes.ORG += 6;
  }
}

/** Last words of a company's regional arm ("Lycos Europe", "Yahoo UK"). */
const REGIONAL_ARMS = new Set(['europe', 'uk', 'usa', 'us', 'america', 'asia', 'africa', 'australia', 'india', 'japan', 'china', 'germany', 'france', 'international']);

/** Words a company's full name adds to its short one: "Delta Airlines", "Tesco plc", "Acme Group". */
const COMPANY_DESIGNATORS = new Set(['airlines', 'airline', 'airways', 'air', 'lines', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'plc', 'ltd',
  'ltd.', 'limited', 'group', 'co', 'co.', 'company', 'holdings', 'sa', 'ag', 'nv', 'gmbh', 'llc']);

/** The last word of a cluster's first candidate, lower-cased (cheap: no longest-name scan). */
function lastWordOf(cl: Cluster): string {
  const text = cl.cands[0].text;
  return text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
}

/** Company words that name a legal form or a group, not a line of business. */
const LEGAL_DESIGNATORS = new Set([...COMPANY_DESIGNATORS].filter((w) => !/^(air|airlines?|airways|lines)$/.test(w)));

/** The longer name is the short one with company words after it, or an of-phrase ("Council of Ministers"). */
function onlyAddsDesignator(short: readonly string[], long: readonly string[]): boolean {
  if (!short.every((w, i) => long[i] === w)) return false;
  const rest = long.slice(short.length);
  return rest[0] === 'of' || rest.every((w) => COMPANY_DESIGNATORS.has(w));
}

/** The body sentences (after the headline, sentence 0) that mention `cl` before token `at`. */
function sentencesBefore(cl: Cluster, at: number): number {
  const seen = new Set<number>();
  for (const c of cl.cands) if (c.tokenStart < at && c.sentence > 0) seen.add(c.sentence);
  return seen.size;
}

/** Short forms of an organisation: "Seibu" (Seibu Railways), "Media Council", "Reynolds" (RJ Reynolds Tobacco). */
function mergeShortOrganisationNames(st: Clustering, clusters: readonly Cluster[]): void {
  // (Most articles name no organisation with a legal or group word: the merge is skipped for them.)
  const designated = clusters.filter((t) => !t.gaz && t.cands.length && LEGAL_DESIGNATORS.has(lastWordOf(t)));
  // First words of the organisations the gazetteer knows ("deutsche" of "Deutsche Boerse"), read once.
  const knownFirstWords = new Set(clusters.filter((t) => t.gaz?.type === 'ORG' && t.cands.length).map((t) => longest(st, t).toks[0]));
  // Own names of the organisations a group word opens ("menatep" of "Group Menatep"), read once, when first asked.
  let groupedNames: Set<string> | undefined;
  for (const cl of clusters) {
    if (designated.length && cl.gaz?.type === 'ORG' && cl.cands.length) mergeDesignatedNames(st, designated, cl);
    // ("Lycos Europe's Make Love, Not Spam campaign ... Lycos has shut down the campaign": a body the
    // gazetteer knows, first named after its regional arm, is short for the arm.)
    const known = cl.gaz?.type === 'ORG';
    if ((cl.gaz && !known) || !cl.cands.length) continue;
    // Short forms of an organisation: "Seibu" (Seibu Railways), "Media Council", "Reynolds" (RJ Reynolds Tobacco).
    // The short one may be weakly typed (the NER model calls "Lionhead" a person) but not a titled person.
    const ownType = argmax(cl.votes).type;
    const toks = longest(st, cl).toks;
    // ("Deutsche" for "Deutsche Boerse", which the gazetteer knows: the NER model's repeated person guess does not keep it apart.)
    const knownPrefix = toks.length === 1 && !cl.cands.some((c) => c.title) && knownFirstWords.has(toks[0]);
    const personLike = ownType !== 'ORG' && (cl.votes.PERSON >= 4 || cl.cands.some((c) => c.title)) && !knownPrefix
      && !(toks.length === 1 && !cl.cands.some((c) => c.title) && (groupedNames ??= groupedOwnNames(st, clusters)).has(toks[0]));
    // ("One of Britain's largest game makers, Argonaut Games ... Argonaut has been making games": an untitled
    // word that is no given name, first used after an organisation it opens, is that organisation's short form.)
    if (personLike && (toks.length !== 1 || cl.cands.some((c) => c.title) || isGivenName(toks[0]))) continue;
    const firstAt = personLike || known ? Math.min(...cl.cands.map((c) => c.tokenStart)) : 0;
    // The short name as a whole word inside a longer one, made once per cluster (not per pair).
    const spaced = ` ${toks.join(' ')} `;
    const targets = clusters.filter((t) => {
      if (t === cl || !t.cands.length || (t.gaz && t.gaz.type !== 'ORG')) return false;
      const tt = longest(st, t).toks;
      if (tt.length <= toks.length || argmax(t.votes).type !== 'ORG') return false;
      if (personLike) return tt[0] === toks[0] && t.cands[0].tokenStart < firstAt;
      if (known) return !t.gaz && tt.length === toks.length + 1 && toks.every((w, i) => tt[i] === w) && REGIONAL_ARMS.has(tt[tt.length - 1]) && t.cands[0].tokenStart < firstAt;
      // A prefix, a suffix or (for an organisation) a run inside; each tested only when the one before fails.
      return toks.every((w, i) => tt[i] === w)
        || toks.every((w, i) => tt[tt.length - toks.length + i] === w)
        || (ownType === 'ORG' && longest(st, t).normalized.includes(spaced));
    });
    // "Glaxo" for "GlaxoSmithKline": the start of one written word, five letters at least.
    if (!targets.length && !personLike && !known && toks.length === 1 && toks[0].length >= 5) targets.push(...clusters.filter((t) => {
      if (t === cl || !t.cands.length || (t.gaz && t.gaz.type !== 'ORG') || argmax(t.votes).type !== 'ORG') return false;
      const tt = longest(st, t).toks;
      return tt.length === 1 && tt[0].length > toks[0].length + 2 && tt[0].startsWith(toks[0]);
    }));
    // Several longer names ("Sun Microsystems", "Sun Grid"): the short form most likely means the first one named,
    // unless the short form came first: "BT" named before "BT Wholesale" and "BT Retail" is the parent of both.
    if (!targets.length) continue;
    const first = targets.reduce((a, t) => (t.cands[0].tokenStart < a.cands[0].tokenStart ? t : a));
    if (targets.length >= 2 && Math.min(...cl.cands.map((c) => c.tokenStart)) < first.cands[0].tokenStart) continue;
    // "the Mac mini ... the Mac ... UK magazine Mac Format", "Yukos ... Yukos USA": a short form used in
    // two sentences of the body before the longer name first comes is a name of its own, unless the
    // longer one only adds a company word or an of-phrase ("Delta ... Delta Airlines", "Council of Ministers").
    if (sentencesBefore(cl, first.cands[0].tokenStart) >= 2 && !onlyAddsDesignator(toks, longest(st, first).toks)) continue;
    // (A known short form's gazetteer entry does not rename the longer name: "Lycos Europe" stays.)
    merge(st, cl, first, known ? cl.cands : undefined);
    // The full name decides the type: the short form's NER votes ("Glaxo" read as a person) do not outvote it.
    first.votes.ORG = Math.max(first.votes.ORG, first.votes.PERSON + 1, first.votes.LOC + 1);
  }
}

/** Words that open a group's name before its own: "Group Menatep", "Groupe Danone", "Grupo Televisa". */
const GROUP_OPENERS = new Set(['group', 'groupe', 'grupo', 'gruppo']);

/** The own names of organisations that a group word opens ("menatep" of "Group Menatep"): a one-word name, not a titled person's, is their short form. */
function groupedOwnNames(st: Clustering, clusters: readonly Cluster[]): Set<string> {
  const out = new Set<string>();
  for (const t of clusters) {
    if (t.gaz || !t.cands.length || argmax(t.votes).type !== 'ORG') continue;
    const tt = longest(st, t).toks;
    if (tt.length === 2 && GROUP_OPENERS.has(tt[0])) out.add(tt[1]);
  }
  return out;
}

/**
 * "G7 ... the G7 Group", "Fiat ... Fiat Group": an organisation the gazetteer knows, named also with
 * company words after it, is one organisation under the gazetteer's name.
 */
function mergeDesignatedNames(st: Clustering, designated: readonly Cluster[], known: Cluster): void {
  const toks = longest(st, known).toks;
  for (const t of designated) {
    if (t === known || !t.cands.length) continue;
    const tt = longest(st, t).toks;
    // (Not an airline word: "Kingfisher Airlines" is no part of the Kingfisher the gazetteer knows.)
    if (tt.length > toks.length && toks.length > 0 && toks.every((w, i) => tt[i] === w) && tt.slice(toks.length).every((w) => LEGAL_DESIGNATORS.has(w))) merge(st, t, known);
  }
}

/**
 * "US Federal Reserve" beside "Federal Reserve", "US Senate" beside "Senate": a country (or its
 * demonym) before a body the gazetteer knows names that body; when the article also names it alone,
 * the two are one organisation. The UK's nations are no such prefix: the Scottish Labour Party is a
 * part of the Labour Party, not the party itself.
 */
function mergeCountryPrefixedBodies(st: Clustering, clusters: readonly Cluster[]): void {
  for (const cl of clusters) {
    if (cl.gaz || !cl.cands.length) continue;
    const text = longestText(st, cl);
    const space = text.indexOf(' ');
    if (space < 0) continue;
    // The body first: it is one look-up, and most names have no known organisation after their first word.
    const body = lookupPlaceOrOrg(text.slice(space + 1));
    if (body?.type !== 'ORG') continue;
    const into = st.byKey.get(`gaz:${body.name}`);
    if (!into || into === cl || !into.cands.length) continue;
    const head = text.slice(0, space);
    const prefix = lookupPlaceOrOrg(head);
    const country = prefix?.kind === 'country' ? prefix.name : countryOfDemonym(head);
    if (!country || UK_NATIONS.has(country)) continue;
    merge(st, cl, into, [...cl.cands]);
  }
}

const UK_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** New names: "The company ... is now known as MCI", "Zeta, renamed Omega": the new name is an alias
 * of the organisation the sentence is about (named before it, or the article's main organisation
 * when the sentence says "the company" or "the firm"). */
function mergeNewNames(st: Clustering, clusters: readonly Cluster[]): void {
  const { doc, cands, clusterOf } = st;
  for (const c of cands) {
    if (c.kind !== 'name' || !renamedAt(doc, c.tokenStart)) continue;
    const from = clusterOf.get(c);
    if (!from || from.gaz?.type === 'LOC' || from.cands.some((x) => x.title)) continue;
    const isOrg = (cl: Cluster): boolean => cl !== from && cl.cands.length > 0 && (cl.gaz ? cl.gaz.type === 'ORG' : argmax(cl.votes).type === 'ORG' && cl.votes.ORG > 0);
    const sentenceStart = doc.sentences[c.sentence].tokenStart;
    let into: Cluster | undefined;
    for (const d of cands) {
      if (d.sentence !== c.sentence || d.tokenStart >= c.tokenStart || d.tokenStart < sentenceStart) continue;
      const cl = clusterOf.get(d);
      if (cl && isOrg(cl)) { into = cl; break; }
    }
    if (!into) {
      let saysCompany = false;
      for (let k = sentenceStart; k < c.tokenStart; k++) if (/^(company|firm|group|business|bank|carrier|operator)$/.test(doc.tokens[k].normal)) saysCompany = true;
      if (saysCompany) {
        const orgs = clusters.filter(isOrg);
        if (orgs.length) into = orgs.reduce((a, t) => (t.cands.length > a.cands.length ? t : a));
        // ("the firm - now renamed MCI -" in an article about MCI: a new name named more often is the story's own body.)
        if (into && from.cands.length > into.cands.length) into = undefined;
      }
    }
    if (into) merge(st, from, into);
  }
}

/** Places: "Guantanamo" is short for "Guantanamo Bay" named in the same article. */
function mergePlaceShortForms(st: Clustering, clusters: readonly Cluster[]): void {
  for (const cl of clusters) {
    if (!cl.cands.length || cl.cands.some((c) => c.title)) continue;
    if (cl.gaz && cl.gaz.kind !== 'city') continue;
    const toks = longest(st, cl).toks;
    if (!toks.length) continue;
    const targets = clusters.filter((t) => {
      if (t === cl || !t.cands.length) return false;
      const tt = longest(st, t).toks;
      return tt.length === toks.length + 1 && GEO_FEATURES.has(tt[tt.length - 1]) && toks.every((w, i) => tt[i] === w);
    });
    if (targets.length === 1) merge(st, cl, targets[0]);
  }
}

/** Coordination: "firms such as Dell and Hewlett-Packard" - an untyped name joined by "and"/"or"/","
 * to a surely typed person or organisation is most likely one too. */
function voteCoordinated(st: Clustering): void {
  const { doc, cands, clusterOf } = st;
  const sorted = [...cands].filter((c) => c.kind === 'name').sort((a, b) => a.tokenStart - b.tokenStart);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    const gap = b.tokenStart - a.tokenEnd;
    const joiner = doc.tokens[a.tokenEnd]?.text.toLowerCase();
    if (gap !== 1 || !(joiner === 'and' || joiner === 'or' || joiner === ',')) continue;
    const ca = clusterOf.get(a);
    const cb = clusterOf.get(b);
    if (!ca || !cb || ca === cb) continue;
    for (const [src, dst] of [[ca, cb], [cb, ca]] as const) {
      const s1 = argmax(src.votes);
      const s2 = argmax(dst.votes);
      if ((s1.type === 'ORG' || s1.type === 'PERSON') && s1.score >= 4 && !src.gaz && s2.score < 3 && !dst.gaz) dst.votes[s1.type] += 3;
    }
  }
}

/**
 * Types and names; drop what has no evidence. A country the article names only by a demonym
 * ("the iconic French mineral water") is kept: the guidelines count a demonym as a mention.
 * Returns the kept clusters in order of first mention.
 */
function typeAndName(st: Clustering, clusters: readonly Cluster[]): Cluster[] {
  const { doc, sports } = st;
  // Whether a sports report is about a team sport: a scan of every token, made only when a city asks.
  let teamSports: boolean | undefined;
  const kept: Cluster[] = [];
  for (const cl of clusters) {
    const names = cl.cands.filter((c) => c.kind === 'name' && !cl.metonyms.has(c));
    if (cl.gaz) {
      cl.type = cl.gaz.type;
      // A city the NER model reads as an organisation again and again is a team ("Leicester's win against
      // Newcastle"): CoNLL's sports pages taught it that. Countries stay places, as the guidelines say.
      // (Not when its mentions read as the place: "a stereotype of Liverpool", "Liverpool football fans".)
      if ((cl.gaz.kind === 'city' || cl.gaz.kind === 'capital') && !cl.metonyms.size && cl.nerSeen.ORG >= 2 && cl.nerSeen.ORG > 2 * cl.nerSeen.LOC
        && !(!sports && readsAsPlace(doc, names))) cl.type = 'ORG';
      // In a sports report a city is its club ("Leicester's win against Newcastle") unless a mention
      // reads as the place ("in Birmingham", "the Dublin trip"); a capital needs a club cue to be one.
      if ((cl.gaz.kind === 'city' || cl.gaz.kind === 'capital') && !cl.metonyms.size && sports) {
        let club = 0;
        let place = 0;
        for (const c of names) { const u = clubOrPlace(doc, c); if (u > 0) club++; else if (u < 0) place++; }
        if (club > place && (cl.gaz.kind === 'city' || club > 0)) cl.type = 'ORG';
        else if (cl.gaz.kind === 'city' && place === 0 && club === 0 && (teamSports ??= sports && doc.tokens.some((t) => TEAM_SPORT_WORDS.has(t.normal)))) cl.type = 'ORG';
      }
      // "São Paulo" as the article writes it, not the list's "Sao Paulo": a spelling that differs only in accents is kept.
      const written = names.find((c) => c.text !== cl.gaz!.name && withoutAccents(c.text) === cl.gaz!.name);
      cl.name = written ? written.text : cl.gaz.name;
    } else {
      let { type, score } = argmax(cl.votes);
      const second = bestOther(cl.votes, type);
      const cueVotesOnly = cueOnly(cl);
      const cueBest = argmax(cueVotesOnly);
      const cueNext = bestOther(cueVotesOnly, cueBest.type);
      if (cueBest.type !== type && cueBest.score >= 4 && cueBest.score - cueNext >= 3) {
        // Clear cues ("Wipro, India's biggest software firm") outweigh the NER model's repeated guess.
        type = cueBest.type;
        score = Math.max(cl.votes[type], 2.5);
      } else if (score - second < 1) {
        // Too close to call on all the votes: the cues alone decide when they are clear (the NER
        // model is often wrong the same way on every mention of one name).
        const cues = cueOnly(cl);
        const best = argmax(cues);
        const next = bestOther(cues, best.type);
        if (best.score < 2.5 || best.score - next < 1) continue;
        type = best.type;
        score = cl.votes[type];
      }
      // "playing for Gloucester", "J Worsley (Wasps)": in a sports report a place-like name used as a side is a club.
      let asClub = false;
      if (sports && score > 0) {
        let club = 0;
        let strong = 0;
        let place = 0;
        for (const c of names) { const u = clubOrPlace(doc, c); if (u > 0) club++; if (u > 1) strong++; else if (u < 0) place++; }
        // A person needs more: two team-sheet or role uses, no place use, no first name, title or
        // surname used alone ("Sale Sharks", not "Glenn Hoddle ... Hoddle").
        const personLike = type === 'PERSON' && (strong < 2 || place > 0 || cl.cands.some((c) => c.title || c.gender || isFirstName(tokensOf(c.text)[0] ?? ''))
          || usesSurnameAlone(cl));
        // Without the gazetteer's word that it is a place, a possessive or a preposition is too weak ("Abramovich's millions").
        if (club > place && !personLike && (strong > 0 || club >= 2)) { type = 'ORG'; score = Math.max(score, 2.5); asClub = true; }
      }
      // "Nike has reported its best quarter", "Novartis, which...": a name the model alone reads as a person
      // (no first name, title or other cue for one) that is said of with "its" or "which" is an organisation.
      const impersonal = type === 'PERSON' && !asClub && cueVotesOnly.PERSON < 2 && names.some((c) => c.impersonal)
        && !names.some((c) => c.title || c.gender || isGivenName(tokensOf(c.text)[0] ?? ''));
      if (impersonal) type = 'ORG';
      if (score < 2.5 || cl.votes.MISC >= score) continue;
      // "Monsoon Wedding", "Theme Park", "Bride": a name made of ordinary English words that only the
      // NER model, once, calls a name is more often a work or product title than an entity.
      // A lone word stays when it is a person's surname or a place ("Hove"); a person keeps a known given name ("Jade Johnson").
      const single = names.every((c) => tokensOf(c.text).length === 1);
      // (A one-word firm said of with "its" stays, "Fiat" too; "Wooden Heart ... its" is a title.)
      const keep = (impersonal && single) || (single && (type === 'PERSON' || type === 'LOC' || (type === 'ORG' && sports))) || (type === 'PERSON' && names.some((c) => isGivenName(tokensOf(c.text)[0] ?? '')))
        || (type === 'ORG' && names.some((c) => c.group));
      if (!asClub && !keep && nerOnce(cl) && madeOfCommonWords(names)) continue;
      // "Fellow Bath prop...", "Touching the Void...": an ordinary word whose only capital is the one every
      // sentence starts with is no name, whatever the NER model guessed once.
      if (!asClub && !keep && type !== 'PERSON' && single && names.every((c) => c.clauseStart) && nerOnce(cl) && madeOfCommonWords(names)
        && !names.some((c) => isGivenName(tokensOf(c.text)[0] ?? ''))) continue;
      cl.type = type;
      const pool = names.filter((c) => !isAcronymText(c.text) && !CLUB_NICKNAMES.has(normText(c).replace(/^the /, '')) && !c.realName);
      const best = (pool.length ? pool : names).reduce((a, c) => (tokensOf(c.text).length > tokensOf(a.text).length ? c : a));
      cl.name = (best.nickname ? best.text.replace(/\s*['"\u2018\u2019\u201c\u201d][^'"\u2018\u2019\u201c\u201d]+['"\u2018\u2019\u201c\u201d]\s*/, ' ') : best.text).replace(/^the\s+/i, '').replace(/^([A-Z][a-z]+)\.$/, '$1'); // "Sun." at a sentence end
    }
    cl.cands.sort((a, b) => a.tokenStart - b.tokenStart);
    kept.push(cl);
  }
  kept.sort((a, b) => a.cands[0].tokenStart - b.cands[0].tokenStart);
  return kept;
}

/** `text` without combining accents ("São Paulo" -> "Sao Paulo"). */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

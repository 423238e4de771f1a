// What every relation rule works on: one sentence's chunks plus the article's tokens and
// entities, and the candidate list rules append to. Also the small shared helpers: resolve a
// noun phrase to the entity it stands for, collect coordinated phrases, name a concept.
import type { AnnotatedText, ArticleEntity, EntityType, Sentence, Token } from '../../model/types.ts';
import { NOMINAL_ADJECTIVES, pluralAfterVerb, type Chunk, type ChunkContext } from './sentence-chunks.ts';
import { CLAIM_NOUNS, COLLECTIVE_HEADS, CONTENT_NOUNS, DESCRIPTOR_NOUNS, LEADING_DROP, POSSESSIVE_PRONOUNS, PREPOSITIONAL_GERUNDS, QUOTE_MARKS, RELATION_NOUNS, ROLE_HEADS, TITLE_JOINERS, VAGUE_HEADS, WORK_NOUNS } from './lexicon.ts';
import { isPossessiveS } from '../text-case.ts';

/** One end of a candidate: an entity index of the article or a concept phrase. */
export type End = { kind: 'entity'; entity: number } | { kind: 'concept'; name: string };

export interface Candidate {
  subject: End;
  predicate: string;
  object: End;
  negated: boolean;
  kind: 'fact' | 'role';
  confidence: number;
  sentence: number;
}

export interface SentenceScope {
  doc: AnnotatedText;
  sentence: Sentence;
  chunks: Chunk[];
  ctx: ChunkContext;
  out: Candidate[];
}

export function tok(s: SentenceScope, i: number): Token {
  return s.ctx.tokens[i];
}

/** Lower-cased first token of a chunk ("with", "and", ","). */
export function word(s: SentenceScope, c: Chunk | undefined): string {
  return c ? s.ctx.tokens[c.start].normal : '';
}

export function isPunct(s: SentenceScope, c: Chunk | undefined, text: string): boolean {
  return !!c && c.kind === 'PUNCT' && s.ctx.tokens[c.start].text === text;
}

/** The text of a chunk as written. */
export function chunkText(s: SentenceScope, c: Chunk): string {
  return s.doc.text.slice(tok(s, c.start).start, tok(s, c.end - 1).end);
}

/** White space other than a single space between words: what `collapseSpaces` changes. */
const LOOSE_SPACE = /[^\S ]|\s\s|^\s|\s$/;

/**
 * `text.replace(/\s+/g, ' ').trim()`, without building a new string for the usual text, whose
 * words are already one space apart (this runs for every candidate and concept).
 */
export function collapseSpaces(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** The determiner "no" at token `k` ("no plans", "no dealings"), not the "No" of "No 10". */
export function isNoDeterminer(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.normal === 'no' && tokens[k].pos === 'DET' && tokens[k + 1]?.pos !== 'NUM';
}

/**
 * "..., with leader Charles Kennedy saying ...", "began brightly with Devine and Steve Flack seeing
 * plenty of the ball": after "with" + the noun phrase at chunk `last` (and one more coordinated
 * noun phrase), an -ing verb opens an absolute clause of its own, so the names are no partner of
 * the verb before "with". Not a gerund that works as a preposition ("including").
 */
export function absoluteClauseAfter(s: SentenceScope, last: number): boolean {
  let q = last + 1;
  if (s.chunks[q]?.kind === 'CC' && s.chunks[q + 1]?.kind === 'NP') q += 2;
  const c = s.chunks[q];
  return c?.kind === 'VG' && c.vg!.gerund && !PREPOSITIONAL_GERUNDS.has(c.vg!.lemma);
}

/** The text of tokens [start, end) on one line: runs of white space become one space. */
export function spanText(s: SentenceScope, start: number, end: number): string {
  return collapseSpaces(s.doc.text.slice(tok(s, start).start, tok(s, end - 1).end));
}

/** The entity a noun phrase belongs to: its possessor, or a single name before its head ("Tory plans"); -1 if none. */
export function ownerOf(np: { possessor: number; modifiers: readonly number[] }): number {
  return np.possessor >= 0 ? np.possessor : np.modifiers.length === 1 ? np.modifiers[0] : -1;
}

export function entityType(s: SentenceScope, e: number): EntityType | undefined {
  return s.ctx.entities[e]?.type;
}

/** The entity a noun phrase stands for as an actor, with a confidence factor; -1 if none. */
export function actorOf(s: SentenceScope, c: Chunk, subject = false): { entity: number; factor: number } {
  const np = c.np;
  if (!np) return { entity: -1, factor: 0 };
  if (np.entity >= 0) return { entity: np.entity, factor: 1 };
  const head = tok(s, c.head).normal;
  // ("Bwalya warned his side": a person's side is the side of their post; not "his side of the story".)
  if (np.possessor >= 0 && SIDE_HEADS.has(head) && c.end - c.head === 1 && c.head === c.start + 1 && entityType(s, np.possessor) === 'PERSON' && tok(s, c.end)?.normal !== 'of') {
    const side = sideOf(s, np.possessor);
    if (side >= 0) return { entity: side, factor: 0.7 };
  }
  if (np.possessor >= 0 && COLLECTIVE_HEADS.has(head)) return { entity: np.possessor, factor: 0.8 };
  // "Japan's economy grew 0.1%", "Nike's profits rose": a body's or country's economic measure moves for it.
  // (Only as a subject: "halve the US's deficit" is no act on the US.)
  // ("Germany's unemployment figure rose": a measure's figure or rate moves for it too.)
  if (subject && np.possessor >= 0 && c.end - c.head === 1 && (MEASURE_HEADS.has(head)
    || (MEASURE_FIGURES.has(head) && c.head > c.start && MEASURE_HEADS.has(tok(s, c.head - 1).normal)))) return { entity: np.possessor, factor: 0.7 };
  // "UK house prices fell 0.7%", "US exports rose": a place's measure before its head moves for the place.
  if (subject && np.possessor < 0 && np.modifiers.length === 1 && c.end - c.head === 1 && MEASURE_HEADS.has(head) && entityType(s, np.modifiers[0]) === 'LOC'
    && s.ctx.tokenEntity[c.start] === np.modifiers[0]) return { entity: np.modifiers[0], factor: 0.7 };
  if (np.modifiers.length === 1 && GOVERNMENT_HEADS.has(head)) return { entity: np.modifiers[0], factor: 0.7 };
  if (np.modifiers.length === 1 && PARTY_MEMBER_HEADS.has(head) && entityType(s, np.modifiers[0]) === 'ORG') return { entity: np.modifiers[0], factor: 0.7 };
  if (np.modifiers.length === 1 && SPOKESPERSON_HEADS.has(head)) return { entity: np.modifiers[0], factor: 0.9 };
  // (As a subject only: "published an Ofcom report" is no act on Ofcom.)
  if (subject && REPORT_HEADS.has(head) && c.head === c.end - 1) {
    const owner = ownerOf(np);
    if (owner >= 0 && entityType(s, owner) !== 'PERSON') return { entity: owner, factor: 0.7 };
    // ("the report by telecoms giant BT ... the report concludes", "The study calls on": a definite
    // report with no owner is the one the article said a body wrote.)
    // (Only right before its verb, and not before "be": "the survey was conducted by Sunovate" is
    // no act of the author's, nor "GlobeScan conducted the poll".)
    const verb = s.ctx.tokens[c.end];
    if (owner < 0 && c.end - c.start === 2 && tok(s, c.start).normal === 'the' && AUTHORED_HEADS.has(head) && verb?.sentence === s.sentence.index
      && (verb.pos === 'VERB' || verb.pos === 'AUX') && verb.lemma !== 'be') {
      const author = reportAuthor(s, c.start);
      if (author >= 0) return { entity: author, factor: 0.6 };
    }
  }
  if (np.modifiers.length === 1 && STAFF_HEADS.has(head) && entityType(s, np.modifiers[0]) === 'ORG' && c.head === c.end - 1) return { entity: np.modifiers[0], factor: 0.7 };
  // "Opec nations have increased production", "EU member states agreed": a body's member states act for it.
  if (subject && np.modifiers.length === 1 && MEMBER_STATE_HEADS.has(head) && entityType(s, np.modifiers[0]) === 'ORG' && c.head === c.end - 1) return { entity: np.modifiers[0], factor: 0.7 };
  // "the CBS TV network", "the Fiat group": a body's kind after its name is the body.
  // (Not a body of its people: "the Man Utd supporters club".)
  // ("RPM weekly magazine presented", "the BBC website reported": an outlet's kind after its name too.)
  // (Not a body that owns an outlet: "the BNP newspaper" is the party's paper, not the party.)
  // ("proceedings against the Easymobile service": a body's service or brand after its name is the body.)
  if (np.modifiers.length === 1 && (DESCRIPTOR_NOUNS.get(head) === 'ORG' || BRAND_HEADS.has(head) || (OUTLET_HEADS.has(head) && !OUTLET_OWNERS.test(s.ctx.entities[np.modifiers[0]]?.name ?? '')))
    && entityType(s, np.modifiers[0]) === 'ORG' && !otherBodyBefore(s, c)) return { entity: np.modifiers[0], factor: 0.8 };
  // "the shell company which won the bidding": a description a restrictive relative clause completes introduces a body.
  const kind = DESCRIPTOR_NOUNS.get(head);
  const type = kind && !restrictedByRelative(s, c.end) ? kind : undefined;
  const first = tok(s, c.start).normal;
  if (type && ['the', 'this', 'his', 'her', 'its', 'their'].includes(first) && c.end - c.start === 2) {
    // "Taha Idris, director of the Swansea Bay Race Equality Council, said his organisation
    // contacted police": a person's organisation is the one the article gives them a post in.
    const employer = type === 'ORG' && np.possessor >= 0 && entityType(s, np.possessor) === 'PERSON' ? employerOf(s, np.possessor) : -1;
    if (employer >= 0) return { entity: employer, factor: 0.7 };
    const e = lastEntityBefore(s, c.start, type, head);
    if (e >= 0) return { entity: e, factor: 0.7 };
  }
  // "the Swiss food giant", "South Korea's largest credit card firm", "the world's biggest carmaker":
  // a longer description of the kind stands for the story's body of that kind, less surely.
  // ("JP Morgan, the US investment bank have said": set off after a name, it is that name's apposition;
  // "The new airline would break even": a new body is not the story's.)
  if (type && subject) return describedBody(s, c);
  return { entity: -1, factor: 0 };
}

/**
 * The body a longer description of a kind of business stands for ("the Swiss food giant", "Europe's
 * biggest drugmaker"): the name it is set off after, else the story's body of that kind; -1 if none
 * or not such a description.
 */
export function describedBody(s: SentenceScope, c: Chunk): { entity: number; factor: number } {
  const head = tok(s, c.head).normal;
  if (c.np?.entity !== -1 || !LONG_DESCRIPTION_HEADS.has(head) || !DESCRIPTOR_NOUNS.has(head) || restrictedByRelative(s, c.end) || !longDescription(s, c)) return { entity: -1, factor: 0 };
  const named = namedBefore(s, c);
  if (named >= 0) return entityType(s, named) === 'ORG' ? { entity: named, factor: 0.8 } : { entity: -1, factor: 0 };
  const e = s.ctx.tokens.slice(c.start, c.head).some((t) => t.normal === 'new') ? -1 : lastEntityBefore(s, c.start, 'ORG', head);
  return e >= 0 && e !== c.np.possessor ? { entity: e, factor: 0.7 } : { entity: -1, factor: 0 };
}

/** The token of the last capitalised mention of an organisation before token `k` (a name, not a resolved pronoun), or -1. */
export function lastNamedOrg(s: SentenceScope, k: number): number {
  const { tokens, tokenEntity } = s.ctx;
  for (let i = k - 1; i >= 0; i--) {
    const e = tokenEntity[i];
    if (e >= 0 && entityType(s, e) === 'ORG' && /^\p{Lu}/u.test(tokens[i].text)) return i;
  }
  return -1;
}

/** Heads of a phrase for a side ("Bath's team", "the England side", "his side"). */
export const SIDE_HEADS: ReadonlySet<string> = new Set(['team', 'side', 'squad', 'xv', 'eleven']);

/**
 * The side a person plays for or runs: the body or country of their latest post so far ("England
 * centre Olly Barkley"), or of a captaincy, or -1. With `posts`, only when that post's predicate
 * is one of them ("manager of": a manager's wins are his side's, a player's are his own).
 */
export function sideOf(s: SentenceScope, person: number, posts?: RegExp): number {
  for (let i = s.out.length - 1; i >= 0; i--) {
    const c = s.out[i];
    // ("Ryan Giggs will captain Wales": a side the person leads.)
    if (c.kind !== 'role' && c.predicate !== 'captain' || c.subject.kind !== 'entity' || c.subject.entity !== person || c.object.kind !== 'entity') continue;
    const type = entityType(s, c.object.entity);
    return (type === 'ORG' || type === 'LOC') && (!posts || posts.test(c.predicate)) ? c.object.entity : -1;
  }
  return -1;
}

/**
 * "his side's", "their team's" opening chunk `c`: the side of the person the pronoun stands for (a
 * side itself for "their"), -1 when they have none, undefined when `c` opens otherwise.
 */
export function possessingSide(s: SentenceScope, c: Chunk): number | undefined {
  const { tokens, tokenEntity } = s.ctx;
  if (c.start + 2 >= c.end || !POSSESSIVE_PRONOUNS.has(tokens[c.start].normal) || !SIDE_HEADS.has(tokens[c.start + 1].normal) || !isPossessiveS(tokens[c.start + 2].text)) return undefined;
  const owner = tokenEntity[c.start];
  if (owner < 0) return -1;
  return entityType(s, owner) === 'PERSON' ? sideOf(s, owner) : owner;
}

/** The entity named by the phrase a "from" right after chunk `j` opens ("a takeover offer from Deutsche Boerse"), or -1. */
export function nameAfterFrom(s: SentenceScope, j: number): number {
  const from = s.chunks[j + 2];
  return s.chunks[j + 1]?.kind === 'P' && word(s, s.chunks[j + 1]) === 'from' && from?.kind === 'NP' && from.np!.entity >= 0
    && s.ctx.tokenEntity[from.head] === from.np!.entity ? from.np!.entity : -1;
}

/** The entity of the name chunk `c` is set off after by a comma ("JP Morgan, the US investment bank"), or -1. */
function namedBefore(s: SentenceScope, c: Chunk): number {
  const at = s.chunks.indexOf(c);
  const name = s.chunks[at - 2];
  return at >= 2 && isPunct(s, s.chunks[at - 1], ',') && name.kind === 'NP' && name.np!.entity >= 0 && s.ctx.tokenEntity[name.head] === name.np!.entity ? name.np!.entity : -1;
}

/**
 * Words before a phrase's head that make it another body than the one name in it: a plural noun
 * of people ("the Man Utd supporters club") or a capitalised word outside the name ("their Uefa Cup group").
 */
function otherBodyBefore(s: SentenceScope, c: Chunk): boolean {
  for (let k = c.start; k < c.head; k++) {
    const t = tok(s, k);
    if (s.ctx.tokenEntity[k] < 0 && t.pos === 'NOUN' && /[a-z]s$/.test(t.normal) && t.normal !== 'news') return true;
    if (s.ctx.tokenEntity[k] < 0 && k > c.start && /^\p{Lu}/u.test(t.text)) return true;
  }
  return false;
}

/** A relative clause opens at token `i` ("which won", "that eventually acquired"; not "told his party that Labour would"). */
function restrictedByRelative(s: SentenceScope, i: number): boolean {
  const t = s.ctx.tokens[i];
  if (!t || i >= s.sentence.tokenEnd) return false;
  if (t.normal === 'which' || t.normal === 'who' || t.normal === 'whose') return true;
  const next = s.ctx.tokens[i + 1];
  return t.normal === 'that' && !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV');
}

/**
 * Kinds of business a long description names ("the German carmaker"); not a team, group or party,
 * whose descriptions ("the management team", "the cross-party group") often name another body.
 */
const LONG_DESCRIPTION_HEADS = new Set(['firm', 'company', 'giant', 'carmaker', 'bank', 'insurer', 'brewer', 'drugmaker', 'publisher', 'retailer',
  'airline', 'carrier', 'lender', 'conglomerate', 'supermarket', 'broadcaster', 'band', 'manufacturer']);

/**
 * "the Swiss food giant", "South Korea's largest credit card firm": "the" or a place's or the
 * world's possessive, then only lower-case modifiers and demonyms (3 to 7 tokens), before a kind
 * of body. A name inside ("the Microsoft group") or a title after it makes it no description.
 */
function longDescription(s: SentenceScope, c: Chunk): boolean {
  const n = c.end - c.start;
  if (n < 3 || n > 7 || c.head !== c.end - 1) return false;
  const { tokens, tokenEntity, entities } = s.ctx;
  let k = c.start;
  if (tokens[k].normal === 'the') k++;
  else {
    // A possessor place ("South Korea's") or "the world's".
    while (k < c.head && tokenEntity[k] >= 0 && entities[tokenEntity[k]].type === 'LOC') k++;
    if (k === c.start && tokens[k].normal === 'world') k++;
    if (k === c.start || !["'s", '’s'].includes(tokens[k]?.normal ?? '')) return false;
    k++;
  }
  for (; k < c.head; k++) {
    const t = tokens[k];
    const e = tokenEntity[k];
    // "the central bank" is a country's, not the story's bank.
    if (t.normal === 'central') return false;
    if (e >= 0 ? entities[e].type !== 'LOC' : !/^\p{Ll}/u.test(t.text) && t.text !== '-') return false;
  }
  return true;
}

/** Economic measures of a body or country, which stand for it as the subject of a change ("Japan's economy grew"). */
export const MEASURE_HEADS: ReadonlySet<string> = new Set(['economy', 'profit', 'profits', 'sales', 'shares', 'exports', 'imports', 'output', 'revenue', 'revenues',
  'earnings', 'turnover', 'growth', 'debt', 'deficit', 'surplus', 'unemployment', 'currency', 'inflation', 'prices']);

/** Nouns that give a measure's value ("unemployment figure", "inflation rate"). */
const MEASURE_FIGURES = new Set(['figure', 'figures', 'rate', 'level', 'total', 'numbers']);

/** "US officials", "Ugandan authorities": heads whose demonym or place modifier is the actor. */
const GOVERNMENT_HEADS = new Set(['authorities', 'government', 'governments', 'officials', 'quartet', 'relay', 'administration', 'regime', 'military', 'army', 'forces', 'troops', 'police', 'ministry', 'leaders', 'leadership', 'regulators', 'diplomats', 'navy', 'squad', 'team', 'side', 'prosecutors', 'investigators', 'negotiators', 'ministers', 'lawmakers', 'politicians', 'legislators', 'senators', 'congressmen']);

/** "Labour MPs have warned": a party's members of a parliament act for the party (not a place's: "Asian MPs"). */
const PARTY_MEMBER_HEADS = new Set(['mps', 'meps', 'msps', 'ams', 'councillors', 'peers', 'backbenchers']);

/** "A Delta spokesperson confirmed", "a UKIP spokesman said": a body's spokesperson speaks for it. */
export const SPOKESPERSON_HEADS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * The body the article said wrote a report before token `before` ("a study by BT",
 * "the report from the Institute", "BT's report"): the last one named, else -1.
 */
function reportAuthor(s: SentenceScope, before: number): number {
  const { tokens, tokenEntity } = s.ctx;
  for (let i = before - 1; i >= 0; i--) {
    if (!REPORT_HEADS.has(tokens[i].normal)) continue;
    // "BT's report", "the BT report".
    const owner = isPossessiveS(tokens[i - 1]?.text ?? '') ? tokenEntity[i - 2] : tokenEntity[i - 1];
    if (owner >= 0 && entityType(s, owner) === 'ORG') return owner;
    // "a study by telecoms giant BT", "a report from the Institute of Directors".
    if (tokens[i + 1]?.normal !== 'by' && tokens[i + 1]?.normal !== 'from') continue;
    for (let k = i + 2; k < i + 6 && k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
      const e = tokenEntity[k];
      if (e >= 0) { if (entityType(s, e) === 'ORG') return e; break; }
    }
  }
  return -1;
}

/** Reports whose author the article names once and then calls by their kind ("the report", "the study"). */
export const AUTHORED_HEADS: ReadonlySet<string> = new Set(['report', 'study', 'survey', 'poll']);

/** "A preliminary Ofcom report found", "a Daily Telegraph poll suggests": a body's study says what it found. */
export const REPORT_HEADS = new Set(['report', 'study', 'survey', 'poll', 'research', 'analysis', 'review', 'audit', 'figures', 'data', 'statistics', 'findings']);

/**
 * Kinds of outlet and body named right after their name ("RPM weekly magazine", "the BBC website"): not
 * descriptor nouns, which also stand alone for a body named before ("the company said").
 */
export const OUTLET_HEADS: ReadonlySet<string> = new Set(['newspaper', 'paper', 'magazine', 'tabloid', 'daily', 'weekly', 'journal', 'website', 'channel', 'station', 'label', 'studio', 'charity', 'chain']);

/** What a body sells under its name: "the Easymobile service", "the Nike brand". */
const BRAND_HEADS: ReadonlySet<string> = new Set(['service', 'brand']);

/** Names of bodies that own outlets rather than being one ("the BNP newspaper", "the union's magazine"). */
const OUTLET_OWNERS = /\b(Party|Union|Council|Church|Government|Federation|Association)\b/;

/** Heads for the member states of a body ("Opec nations", "EU member states", "G7 countries"). */
const MEMBER_STATE_HEADS = new Set(['nations', 'countries', 'states', 'governments']);

/** "FBI agents downloaded 84 movies", "the Intel researchers found": an organisation's staff act for it (a country's do not: "US insurance executives"). */
const STAFF_HEADS = new Set(['agents', 'officers', 'executives', 'inspectors', 'detectives', 'scientists', 'researchers', 'engineers']);

/** The organisation the latest role candidate so far gives `person` a post in, or -1. */
function employerOf(s: SentenceScope, person: number): number {
  for (let i = s.out.length - 1; i >= 0; i--) {
    const c = s.out[i];
    if (c.kind === 'role' && c.subject.kind === 'entity' && c.subject.entity === person && c.object.kind === 'entity' && entityType(s, c.object.entity) === 'ORG') return c.object.entity;
  }
  return -1;
}

/**
 * The entity of `type` a definite description ("the company") stands for: among those named in
 * the last 200 tokens, the one the article names most (the story's protagonist), the latest on ties.
 */
export function lastEntityBefore(s: SentenceScope, before: number, type: EntityType, kind = ''): number {
  const { tokenEntity, entities } = s.ctx;
  let best = -1;
  // "the band" is not the outlet that interviewed it ("told BBC News Online") nor the court or venue named beside it.
  const otherKind = NON_MEDIA_KINDS.has(kind);
  // ("Judy Bell, the company's founder": a company is no public body such as the European Commission;
  // "the club" is no Football Association.)
  const commercial = PRIVATE_KINDS.has(kind);
  for (let i = before - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    const e = tokenEntity[i];
    if (e < 0 || entities[e].type !== type) continue;
    if ((best < 0 || entities[e].mentions.length > entities[best].mentions.length) && !(otherKind && MEDIA_OR_VENUE_NAME.test(entities[e].name))
      && !(commercial && PUBLIC_BODY_NAME.test(entities[e].name))) best = e;
  }
  return best;
}

/** Descriptions of a business, a club or a band, which never stand for a public or governing body. */
const PRIVATE_KINDS = new Set(['company', 'firm', 'carmaker', 'retailer', 'manufacturer', 'maker', 'brewer', 'drugmaker', 'insurer', 'lender', 'airline', 'supermarket',
  'conglomerate', 'club', 'band', 'charity']);
/** The name is a public body's, a court's, a party's or an association's ("Scottish Football Association"). */
export function isPublicBodyName(name: string): boolean {
  return PUBLIC_BODY_NAME.test(name);
}

/** Names of public bodies, courts, parties and associations. */
const PUBLIC_BODY_NAME = /\b(Commission|Court|Council|Parliament|Commons|Lords|Congress|Senate|Committee|Authority|Agency|Association|Party|Ministry|Office|Institute|University|Federation|League|Assembly|Government|Police|Union|Tribunal)\b/;

/** Descriptions that never stand for a news outlet, a court or a venue ("the band"; "the company" may be a newspaper group). */
const NON_MEDIA_KINDS = new Set(['band', 'club', 'team', 'party', 'union']);
/** Names of news outlets, courts and venues, which a description of another kind does not stand for. */
const MEDIA_OR_VENUE_NAME = /\b(News|BBC|Radio|TV|Television|Times|Online|Reuters|Court|Odeon|Arena|Theatre|Stadium|Hall)\b/;

/** "fly-half", "30-man": token `k`, before `end`, is a hyphen inside a word. */
export function innerHyphen(tokens: readonly Token[], k: number, end: number): boolean {
  return tokens[k].text === '-' && !tokens[k].spaceBefore && k + 1 < end && !tokens[k + 1].spaceBefore;
}

/** "free-kick", "fly-half": the hyphened word whose last part is token `h` (three tokens, lower case), or ''. */
export function hyphenedWordEndingAt(tokens: readonly Token[], h: number): string {
  return h >= 2 && innerHyphen(tokens, h - 1, h + 1) ? `${tokens[h - 2].normal}-${tokens[h].normal}` : '';
}

/** A dash set off by spaces ("X - the ... - said"), not a hyphen inside a word. */
export function isDash(s: SentenceScope, c: Chunk | undefined): boolean {
  if (c?.kind !== 'PUNCT') return false;
  const t = tok(s, c.start);
  return (t.text === '-' || t.text === '\u2013' || t.text === '\u2014') && t.spaceBefore;
}

/** Prepositions after a bare participle that make it a reduced relative on the noun before ("financed with", "based on"). */
export const REDUCED_RELATIVE_PREPS: ReadonlySet<string> = new Set(['by', 'with', 'in', 'at', 'from', 'for', 'on', 'under', 'across', 'during']);

/** The NP at `j` and the ones coordinated after it ("X, Y and Z"): chunk indexes. */
export function coordinatedRight(s: SentenceScope, j: number): number[] {
  const out = [j];
  let k = j;
  for (;;) {
    // "Y, and Z": the comma before the last "and" is part of it.
    const oxford = out.length > 1 && isPunct(s, s.chunks[k + 1], ',') && s.chunks[k + 2]?.kind === 'CC';
    if (oxford) k++;
    // "won the Boston and Tokyo Marathons, as well as the world 10,000m title": "as well as" joins like "and".
    // ("visit Aceh in Indonesia, as well as Sri Lanka": past a place phrase of the last conjunct.)
    const placed = s.chunks[k + 1]?.kind === 'P' && word(s, s.chunks[k + 1]) === 'in' && s.chunks[k + 2]?.kind === 'NP' && asWellAs(s, k + 3) > 0;
    if (placed) k += 2;
    const also = asWellAs(s, k + 1);
    if (also && s.chunks[k + 1 + also]?.kind === 'NP') {
      out.push(k + 1 + also);
      k += 1 + also;
      continue;
    }
    const sep = s.chunks[k + 1];
    const next = s.chunks[k + 2];
    if (!sep || !next || next.kind !== 'NP') break;
    const isAnd = sep.kind === 'CC' && ['and', 'or'].includes(word(s, sep));
    const isComma = isPunct(s, sep, ',') && listGoesOn(s, k + 2);
    if (!isAnd && !isComma) break;
    // "X and Y met": stop when the NP after "and" starts a new clause (followed by a finite verb).
    // ("a maternity income guarantee and a pension system based on years of residence": not before a reduced relative on an
    // indefinite noun; "and Will Greenwood sidelined for", "and his business partner landed in" start clauses.)
    const after = s.chunks[k + 3];
    if (isAnd && after?.kind === 'VG' && !after.vg!.infinitive
      && !(after.vg!.bareParticiple && ['a', 'an'].includes(tok(s, next.start).normal) && s.chunks[k + 4]?.kind === 'P' && REDUCED_RELATIVE_PREPS.has(word(s, s.chunks[k + 4])))) break;
    // ("supporting Franz Ferdinand and UK garage MC Kano, in third, is signed": or after an aside set off by commas.)
    if (isAnd && isPunct(s, s.chunks[k + 3], ',') && s.chunks[k + 4]?.kind === 'P' && s.chunks[k + 5]?.kind === 'NP' && isPunct(s, s.chunks[k + 6], ',')
      && s.chunks[k + 7]?.kind === 'VG' && !s.chunks[k + 7].vg!.infinitive && !s.chunks[k + 7].vg!.gerund) break;
    out.push(k + 2);
    k += 2;
    if (isComma) { /* "X, Y and Z": continue at Y */ }
  }
  return out;
}

/**
 * The NP at `j` and the NPs listed right after it with "and", "or" or commas ("over Scotland,
 * Wales and England"): chunk indexes. Unlike coordinatedRight, a verb after the list does not
 * end it, for a list inside a phrase ("wins over X and Y were deserved").
 */
export function listedFrom(s: SentenceScope, j: number): number[] {
  const out: number[] = [];
  for (let m = j; s.chunks[m]?.kind === 'NP'; m += 2) {
    out.push(m);
    const sep = s.chunks[m + 1];
    if (!(sep?.kind === 'CC' && ['and', 'or'].includes(word(s, sep))) && !isPunct(s, sep, ',')) break;
  }
  return out;
}

/** The number of chunks of an ", as well as" (or "as well as") at chunk `i`, or 0. */
function asWellAs(s: SentenceScope, i: number): number {
  const comma = isPunct(s, s.chunks[i], ',') ? 1 : 0;
  return word(s, s.chunks[i + comma]) === 'as' && word(s, s.chunks[i + comma + 1]) === 'well' && word(s, s.chunks[i + comma + 2]) === 'as' ? comma + 3 : 0;
}

/**
 * The NP at `m` is followed by more list items ending in "and"/"or" + NP ("Y, Z and W", "Y,
 * and Z"): a comma before it joins a list, not an apposition.
 */
export function listGoesOn(s: SentenceScope, m: number): boolean {
  for (let n = 0; n < 12; n++, m += 2) {
    const sep = s.chunks[m + 1];
    const next = s.chunks[m + 2];
    if (sep?.kind === 'CC') return next?.kind === 'NP' && ['and', 'or'].includes(word(s, sep));
    if (!isPunct(s, sep, ',')) return false;
    // "Y, and Z": a comma before the last "and".
    if (next?.kind === 'CC') return s.chunks[m + 3]?.kind === 'NP' && ['and', 'or'].includes(word(s, next));
    if (next?.kind !== 'NP') return false;
  }
  return false;
}

/**
 * An NP that is only a name: an entity (with a determiner at most), or a proper-noun phrase the
 * recogniser missed ("Joss Stone" in a list). "England defender Cole" is not: a title makes the
 * names before it modifiers ("Arsenal and England defender Cole" is one person).
 */
export function bareName(s: SentenceScope, c: Chunk | undefined): boolean {
  if (!c || c.kind !== 'NP') return false;
  const { tokenEntity } = s.ctx;
  for (let k = c.start; k < c.end; k++) {
    const t = tok(s, k);
    if (t.pos === 'DET') continue;
    if (c.np!.entity >= 0 ? tokenEntity[k] !== c.np!.entity : t.pos !== 'PROPN') return false;
  }
  return true;
}

/** The NP at `j` and the ones coordinated before it ("X and Y said"): chunk indexes, left to right. */
export function coordinatedLeft(s: SentenceScope, j: number): number[] {
  const out = [j];
  let k = j;
  // "The St Kitts and Nevis star": a name joined to a common-noun phrase is a compound modifier.
  const right = s.chunks[j].np;
  // "Arsenal and England defender Cole": names before a title belong to it, no list.
  // ("New Yorker William Trowbridge and Texan Michael Chicoine", "Nokia and Canada-based company
  // Sierra Wireless": two named things of one type are a list, whatever describes the second.)
  const left = s.chunks[j - 2]?.np;
  const twoPeople = !!right && !!left && right.entity >= 0 && left.entity >= 0 && left.entity !== right.entity
    && s.ctx.entities[right.entity]?.type === s.ctx.entities[left.entity]?.type && s.chunks[j - 2].head === s.chunks[j - 2].end - 1
    && s.ctx.tokenEntity[s.chunks[j - 2].head] === left.entity;
  // ("Robert Jackson and his new Labour bosses have attempted": a phrase owned by a pronoun is a member too.)
  const owned = !!right && right.possessor >= 0 && POSSESSIVE_PRONOUNS.has(tok(s, s.chunks[j].start).normal);
  const rightNamesSomething = !!right && ((right.entity >= 0 && bareName(s, s.chunks[j])) || right.pronoun || twoPeople || owned);
  if (rightNamesSomething && s.chunks[k - 1]?.kind === 'CC' && word(s, s.chunks[k - 1]) === 'and' && s.chunks[k - 2]?.kind === 'NP' && s.chunks[k - 3]?.kind !== 'P') {
    out.unshift(k - 2);
    k -= 2;
    while (isPunct(s, s.chunks[k - 1], ',') && s.chunks[k - 2]?.kind === 'NP' && s.chunks[k - 3]?.kind !== 'P') {
      out.unshift(k - 2);
      k -= 2;
    }
  }
  // ("Moazzam Begg, from Birmingham, and Martin Mubanga, ...": a person whose origin is set off by commas before "and".)
  if (rightNamesSomething && s.chunks[k - 1]?.kind === 'CC' && word(s, s.chunks[k - 1]) === 'and' && isPunct(s, s.chunks[k - 2], ',') && s.chunks[k - 3]?.kind === 'NP'
    && s.chunks[k - 4]?.kind === 'P' && (word(s, s.chunks[k - 4]) === 'from' || word(s, s.chunks[k - 4]) === 'of') && isPunct(s, s.chunks[k - 5], ',') && s.chunks[k - 6]?.kind === 'NP'
    && s.chunks[k - 7]?.kind !== 'P' && personNamed(s, k - 6) && out.every((q) => personNamed(s, q))) out.unshift(k - 6);
  return out;
}

/** Chunk `q` is a noun phrase naming a person. */
function personNamed(s: SentenceScope, q: number): boolean {
  const e = s.chunks[q].np?.entity ?? -1;
  return e >= 0 && s.ctx.entities[e]?.type === 'PERSON';
}

/** Heads whose for-phrase says what they are about ("plans for ID cards"). */
const PURPOSE_HEADS = new Set(['tests', 'test', 'order', 'orders', 'request', 'requests', 'plan', 'plans', 'proposal', 'proposals', 'bid', 'call', 'calls', 'demand', 'demands', 'case', 'funding', 'money', 'relief', 'support', 'campaign', 'scheme', 'strategy', 'hopes', 'appetite', 'demand',
  // "won the award for best Irish pop act": what a prize is for names it.
  'award', 'awards', 'prize', 'prizes', 'accolade', 'accolades', 'nomination', 'nominations', 'trophy', 'medal', 'oscar', 'oscars']);

/** Adjectives that are nouns at the end of a phrase, after a noun or a number ("number one single", "a record high"). */
const NOUN_LIKE_ADJECTIVES = new Set(['single', 'double', 'treble', 'high', 'low', 'final', 'semi-final', 'total', 'average', 'minimum', 'maximum',
  'favourite', 'favorite', 'rival', 'international', 'original', 'classic', 'special']);

/** A length of time ends the phrase ("four years", "six months"). */
const TERM_END = /\b(years?|months?|weeks?|days?)$/;
/** Where a term is served. */
const CUSTODY = new Set(['prison', 'jail', 'gaol', 'custody', 'detention']);

/** Prepositions that take a noun's complement ("access to", "dispute with", "inquiry into", "ban on"). */
const COMPLEMENT_PREPS = new Set(['to', 'into', 'on', 'with', 'against', 'about', 'over', 'towards', 'between']);
/** Nouns whose "in" phrase is part of what they are ("a place in the last 16", "a rise in profits", "a role in the film"). */
const IN_COMPLEMENT_HEADS = new Set(['place', 'places', 'spot', 'berth', 'role', 'part', 'stake', 'interest', 'rise', 'fall', 'increase', 'decrease',
  'drop', 'jump', 'cut', 'cuts', 'growth', 'decline', 'slump', 'surge', 'investment', 'confidence', 'faith', 'involvement', 'lead']);

/** Nouns whose to-phrase is their own complement ("access to", "an end to", "a rise to 18.3bn euros"). */
const TO_COMPLEMENT_HEADS = new Set(['access', 'end', 'threat', 'damage', 'visit', 'trip', 'return', 'move', 'response', 'reply', 'approach',
  'commitment', 'answer', 'solution', 'alternative', 'opposition', 'resistance', 'challenge', 'contribution', 'exposure', 'link', 'links',
  'road', 'route', 'right', 'rights', 'boost', 'blow', 'change', 'changes', 'amendment', 'amendments', 'improvement', 'improvements', 'rise',
  'fall', 'increase', 'cut', 'cuts', 'reduction', 'addition', 'key', 'transition', 'shift', 'switch', 'entry', 'admission', 'objection',
  'objections', 'obstacle', 'obstacles', 'barrier', 'barriers', 'aid', 'loan', 'loans', 'payment', 'payments', 'donation', 'donations',
  'subsidies', 'exports', 'sales', 'flights', 'service', 'services', 'sequel', 'successor', 'tribute', 'apology', 'letter', 'appeal',
  'invitation', 'petition', 'gift', 'promotion', 'relegation', 'debt', 'debts', 'risk', 'risks', 'danger']);

/** An amount of money ("$200bn", "£35bn", "1.55bn euros"). */
const MONEY = /[$£€¥]|\b(euros?|dollars?|pounds?|yen|yuan|rupees?|roubles?)\b/i;
/** A phrase of time after "in" ("the past year", "the last quarter of 2004"). */
const TIME_IN = /\b(year|years|month|months|quarter|quarters|week|weeks|season|decade|period|half|\d{4})\b/i;
/** "on Saturdays", "on the Saturday night", "over the weekend": a time, not what a noun is about. */
const TIME_WORD = /\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|night|evening|morning|afternoon|weekend|day)\b/i;

/** "on 16 February", "on 1 March": a date after a preposition. */
const DATE_START = /^(\d|(January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;

/** Most tokens of a claim's content kept after "that" ("claims that he knew accountants were doctoring the books"). */
const CLAIM_CONTENT_TOKENS = 8;

/**
 * The noun phrase at chunk `j` opens a clause that complements a claim noun before it
 * ("allegations (that) he pressured X", "the idea Mr Kilroy-Silk posed a threat"): the clause is
 * someone's claim, not a stated fact (unless the noun takes it as true: "the fact", "the news").
 */
export function claimedSubject(s: SentenceScope, j: number): boolean {
  let before = s.chunks[j - 1];
  if (before && before.kind !== 'NP' && word(s, before) === 'that') before = s.chunks[j - 2];
  if (before?.kind !== 'NP' || before.np!.pronoun) return false;
  const head = tok(s, before.head).normal;
  return CLAIM_NOUNS.has(head) || (CONTENT_NOUNS.has(head) && !FACTIVE_NOUNS.has(head));
}

/** Content nouns whose clause is taken as true ("the news Acme had won", "the fact Acme lost"). */
const FACTIVE_NOUNS = new Set(['fact', 'news']);

/** Heads whose to-infinitive says what they are ("plans to close the plant", "the right to appeal"). */
export const INFINITIVE_HEADS = new Set(['plan', 'plans', 'proposal', 'proposals', 'bid', 'deal', 'move', 'decision', 'right', 'attempt', 'attempts',
  'effort', 'efforts', 'offer', 'pledge', 'promise', 'threat', 'agreement', 'scheme', 'campaign', 'permission', 'approval', 'call', 'calls', 'intention',
  'bids', 'deals', 'moves', 'offers', 'decisions', 'promises', 'threats', 'pledges', 'schemes', 'campaigns', 'intentions',
  'chance', 'opportunity', 'invitation', 'request', 'ambition', 'aim', 'option', 'licence', 'license', 'power', 'powers']);

/** Verbs that take "of" after their object themselves ("accused X of lying", "cleared X of doping"). */
const OF_FRAME_VERBS = new Set(['accuse', 'convict', 'clear', 'acquit', 'suspect', 'inform', 'remind', 'warn', 'rob', 'deprive', 'strip', 'notify', 'assure', 'convince', 'absolve', 'cure', 'relieve']);

/** A concept's name: the noun phrase without leading determiners, plus an of-phrase (and "for" after an amount). */
export function conceptName(s: SentenceScope, j: number): string | undefined {
  const c = s.chunks[j];
  if (!c || c.kind !== 'NP' || !c.np || c.np.pronoun) return undefined;
  // "picked a one-on-one game such as Painkiller": "such" closes the phrase before its examples,
  // which name the concept with it.
  const examples = s.chunks[j + 2];
  if (tok(s, c.end - 1).normal === 'such' && c.end - 1 > c.start && word(s, s.chunks[j + 1]) === 'as' && s.chunks[j + 1]?.kind === 'P' && examples?.kind === 'NP') {
    let last = examples.end;
    for (const k of coordinatedRight(s, j + 2)) last = Math.max(last, s.chunks[k].end);
    let first = c.start;
    while (first < c.end - 1 && LEADING_DROP.has(tok(s, first).normal)) first++;
    if (last - first <= 16) return withBalancedQuotes(spanText(s, first, last));
  }
  const head = tok(s, c.head);
  const hyphenated = c.head >= 2 && tok(s, c.head - 1).text === '-' && !head.spaceBefore;
  // (A verb the chunker put at the head of a phrase is a noun: "a £4m grant", "guilty to charges".)
  const nounRead = (head.pos === 'VERB' && (c.head > c.start || tok(s, c.head - 1)?.normal === 'to' || pluralAfterVerb(s.ctx, c.head)))
    || (head.pos === 'ADJ' && c.head > c.start && (NOMINAL_ADJECTIVES.has(head.normal)
      // "his third UK number one single", "a box office double", "a 12-month high": after a noun or number they name a thing.
      || (NOUN_LIKE_ADJECTIVES.has(head.normal) && ['NOUN', 'NUM', 'PROPN'].includes(tok(s, c.head - 1).pos)
        // "a 12-month high", "a record low", but not "put a shot high".
        && (!['high', 'low'].includes(head.normal) || /(year|month|week|record|time)s?$/.test(tok(s, c.head - 1).normal)))
      // "the youngest premier/ADJ of the 20th century": after a determiner and an adjective, before "of".
      || (tok(s, c.start).pos === 'DET' && tok(s, c.head - 1).pos === 'ADJ' && !/est$/.test(head.normal) && word(s, s.chunks[j + 1]) === 'of' && s.chunks[j + 1]?.kind === 'P')
      // "returned to the top/ADJ of the box office": right after "the", before "of".
      || (c.head - c.start === 1 && tok(s, c.start).normal === 'the' && word(s, s.chunks[j + 1]) === 'of' && s.chunks[j + 1]?.kind === 'P')
      // "The Mary Poppins musical/ADJ has been staged": after a determiner and a name (see readNounPhrase).
      || (tok(s, c.start).pos === 'DET' && s.ctx.tokenEntity[c.head - 1] >= 0 && s.ctx.tokenEntity[c.head] < 0)));
  if (!['NOUN', 'PROPN', 'NUM', 'SYM'].includes(head.pos) && s.ctx.tokenEntity[c.head] < 0 && !hyphenated && !nounRead) return undefined;
  // "the number" says nothing; "the number of asylum seekers" does.
  // ("reached number one" names a chart position.)
  // ("indicted 19 people": a count of people is a thing said.)
  if (VAGUE_HEADS.has(head.normal) && c.end - c.start <= 2 && !(head.normal === 'one' && tok(s, c.head - 1)?.normal === 'number')
    && !(head.normal === 'people' && c.head > c.start && tok(s, c.head - 1).pos === 'NUM')
    && !(QUANTITY_HEADS.has(head.normal) && s.chunks[j + 1]?.kind === 'P' && word(s, s.chunks[j + 1]) === 'of' && s.chunks[j + 2]?.kind === 'NP')) return undefined;
  // "doubled every five (and a half) months", "meets every week": a frequency is when, not what.
  if (tok(s, c.start).normal === 'every' && (head.pos === 'NUM' || TIME_UNIT_WORDS.has(head.normal))) return undefined;
  let first = c.start;
  // "an all-out ban": a word joined to the next by a hyphen is part of a compound, never dropped.
  while (first < c.head && LEADING_DROP.has(tok(s, first).normal) && !(tok(s, first + 1).text === '-' && !tok(s, first + 1).spaceBefore)) first++;
  let last = c.end;
  // Extend with "of NP" (twice at most) and "for NP" after an amount ("$76 for each share").
  let k = j;
  for (let hops = 0; hops < 2; hops++) {
    const p = s.chunks[k + 1];
    const np = s.chunks[k + 2];
    // "ways of using its gold reserves", "the cost of running the service": an of-gerund and its object.
    const gerundObject = s.chunks[k + 3];
    // (Not the object of a verb that takes "of" itself: "accuses English reporters of launching a witch-hunt".)
    const governor = s.chunks[j - 1];
    if (p?.kind === 'P' && word(s, p) === 'of' && np?.kind === 'VG' && np.vg!.gerund && !np.vg!.negated
      && gerundObject?.kind === 'NP' && !gerundObject.np!.pronoun && !(governor?.kind === 'VG' && OF_FRAME_VERBS.has(governor.vg!.lemma))) {
      last = gerundObject.end;
      k += 3;
      break;
    }
    if (!p || !np || p.kind !== 'P' || np.kind !== 'NP') break;
    const prep = word(s, p);
    const amount = amountAt(s, s.chunks[k]);
    const purpose = prep === 'for' && PURPOSE_HEADS.has(tok(s, s.chunks[k].head).normal);
    // "won 3-1 on penalties", "2-1 on aggregate": a score keeps how it was reached (not "on Monday").
    const scoreOn = prep === 'on' && amount && !TIME_ONLY.test(chunkText(s, np).replace(/^the\s+/i, ''));
    // "$200bn in foreign reserves", "£5m in funding": what an amount is held in (not a place, a name or a time).
    // (Money only: "41% in the past year", "number one in the US chart" are no holdings.)
    const amountIn = prep === 'in' && amount && hops === 0 && np.np!.entity < 0 && !np.np!.pronoun && tok(s, np.head).pos === 'NOUN'
      && MONEY.test(chunkText(s, s.chunks[k])) && !TIME_IN.test(chunkText(s, np));
    // "up to four years in prison": a term is served somewhere.
    const termIn = prep === 'in' && hops === 0 && TERM_END.test(chunkText(s, s.chunks[k])) && CUSTODY.has(tok(s, np.head).normal);
    if (prep === 'of' || (prep === 'for' && (amount || purpose)) || scoreOn || amountIn || termIn) {
      last = np.end;
      k += 2;
      // ('the absence of traditional "French flair"': an adjective whose noun is quoted after it.)
      const open = s.chunks[k + 1];
      const quoted = s.chunks[k + 2];
      const close = s.chunks[k + 3];
      if (tok(s, np.head).pos === 'ADJ' && open?.kind === 'PUNCT' && QUOTE_MARKS.has(tok(s, open.start).text) && quoted?.kind === 'NP'
        && close?.kind === 'PUNCT' && QUOTE_MARKS.has(tok(s, close.start).text)) {
        last = close.end;
        k += 3;
        break;
      }
    } else break;
  }
  // "access to the country's oil reserves", "a dispute with unions", "an inquiry into betting": a
  // noun's own complement names what it is about. Only when nothing else was added, and not a
  // place, a time or a name alone ("sold shares to Google": the buyer stays the verb's), and not
  // after a name's own noun ("the Vasco da Gama club") or a post ("officer on the picket line").
  const cp = k === j ? s.chunks[k + 1] : undefined;
  const cprep = cp?.kind === 'P' ? word(s, cp) : '';
  if ((COMPLEMENT_PREPS.has(cprep) || (cprep === 'in' && IN_COMPLEMENT_HEADS.has(head.normal))) && c.np.entity < 0 && !c.np.modifiers.length && head.pos === 'NOUN' && !ROLE_HEADS.has(head.normal) && !amountAt(s, c) && !/^\d/.test(tok(s, c.start).text)) {
    const np = s.chunks[k + 2];
    const prep = cprep;
    // "with" mostly says how the act was done ("won with a clearance of 1.87m"); only a relation noun takes it.
    // "to" mostly names a recipient of the verb ("sent a letter to the board"); only some nouns take it.
    if (np?.kind === 'NP' && !np.np!.pronoun && np.np!.entity < 0
      && (prep !== 'with' || RELATION_NOUNS.has(head.normal)) && (prep !== 'to' || TO_COMPLEMENT_HEADS.has(head.normal))
      && (['NOUN', 'PROPN'].includes(tok(s, np.head).pos) || (tok(s, np.head).pos === 'NUM' && tok(s, np.start).normal === 'the'))) {
      // ("a place in the last 16": a ranked number after "the" is a stage, not an amount.)
      const pobj = chunkText(s, np).replace(/^the\s+/i, '');
      if (!TIME_ONLY.test(pobj) && !DATE_START.test(pobj) && !TIME_WORD.test(pobj) && pobj !== 'account') {
        last = np.end;
        k += 2;
      }
    }
  }
  // "plans to demerge its film unit", "a deal to supply Peugeot": an intention noun keeps its infinitive and that verb's object.
  const vg = s.chunks[k + 1];
  if (k === j && vg?.kind === 'VG' && vg.vg!.infinitive && !vg.vg!.negated && INFINITIVE_HEADS.has(tok(s, c.head).normal)) {
    last = vg.end;
    const obj = s.chunks[k + 2];
    if (obj?.kind === 'NP' && !obj.np!.pronoun) {
      last = obj.end;
      // ("plans to write off up to 100% of the debts": and the object's of-phrase.)
      if (word(s, s.chunks[k + 3]) === 'of' && s.chunks[k + 3].kind === 'P' && s.chunks[k + 4]?.kind === 'NP') last = s.chunks[k + 4].end;
    }
  }
  // "denied claims that he knew", "charges relating to fraud": a claim noun keeps the start of what is claimed.
  if (k === j && CLAIM_NOUNS.has(tok(s, c.head).normal) && last < s.sentence.tokenEnd && ['that', 'relating'].includes(tok(s, last).normal)) {
    let e = last + 1;
    while (e < s.sentence.tokenEnd && e - last <= CLAIM_CONTENT_TOKENS && tok(s, e).pos !== 'PUNCT' && !(tok(s, e).pos === 'CCONJ' && e - last > 3)) e++;
    if (e - last > 2) last = e;
  }
  if (last - first > 12) last = Math.max(c.end, first + 12);
  const text = spanText(s, first, last);
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  // "will star in the real-life drama, Cherished": a work's kind set off before its title names it by the title too.
  const title = k === j && WORK_NOUNS.has(head.normal) ? titleAfterComma(s, c.end) : undefined;
  return withBalancedQuotes(title ? `${text} ${title}` : text);
}

/** A title set off by a comma at `k`: capitalised words up to the next comma or the sentence's end (at most 8 tokens); else undefined. */
function titleAfterComma(s: SentenceScope, k: number): string | undefined {
  const toks = s.ctx.tokens;
  if (toks[k]?.text !== ',' || !/^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) return undefined;
  let e = k + 1;
  while (e < s.sentence.tokenEnd && e - k <= 8 && ![',', '.', ';', ':', '(', '!', '?'].includes(toks[e].text)) e++;
  if (e - k > 8) return undefined;
  // (Every word but short function words capitalised: not "the drama, which stars".)
  for (let q = k + 1; q < e; q++) if (!/^\p{Lu}/u.test(toks[q].text) && !TITLE_JOINERS.has(toks[q].normal) && !/^\d/.test(toks[q].text)) return undefined;
  return spanText(s, k + 1, e);
}

/** An amount: a number or currency phrase ("$76", "20%", "a further 70p"). */
function amountAt(s: SentenceScope, c: Chunk): boolean {
  return ['NUM', 'SYM'].includes(tok(s, c.head).pos) || /^[$£€¥]/.test(tok(s, c.start).text);
}

/** 'a "golden period' (a phrase that ends before its closing quote mark): an unbalanced double quote mark is dropped. */
export function withBalancedQuotes(text: string): string {
  if (text.indexOf('"') < 0 && text.indexOf('\u201c') < 0 && text.indexOf('\u201d') < 0) return text;
  return (text.match(/["\u201c\u201d]/g)?.length ?? 0) % 2 === 1 ? text.replace(/["\u201c\u201d]/g, '').replace(/\s+/g, ' ').trim() : text;
}

export function entityEnd(e: number): End {
  return { kind: 'entity', entity: e };
}

export function addCandidate(s: SentenceScope, subject: End, predicate: string, object: End, opts: { negated?: boolean; kind?: 'fact' | 'role'; confidence: number }): void {
  if (subject.kind === 'entity' && object.kind === 'entity' && subject.entity === object.entity) return;
  const p = collapseSpaces(predicate);
  if (!p || MODAL_FIRST.test(p)) return;
  if (subject.kind === 'entity' && object.kind === 'entity' && BARE_HAVE.test(p)) return;
  if (object.kind === 'concept') {
    // (A denied thing is named without its "no": "announced no plans" -> announce (not) plans.)
    const name = (opts.negated && /^no\s/i.test(object.name) ? object.name.slice(3) : object.name).replace(TRAILING_FUNCTION_WORDS, '');
    if (!name || LEADING_CONJUNCTION.test(name) || loneParticiple(s, name)) return;
    // A time with a preposition dates the event ("died in 2004"); as a bare object it is no thing.
    if (TIME_ONLY.test(name) && !/\s(in|on|at|since|until|by|from|for|during|before|after)$/.test(` ${p}`)) return;
    if (name !== object.name) object = { kind: 'concept', name };
  }
  const factor = object.kind !== 'concept' ? 1
    : possessedBareNoun(s, object.name) ? POSSESSED_BARE_FACTOR
      : BARE_OBJECT_VERBS.has(p) && !/\s/.test(object.name) ? BARE_OBJECT_FACTOR : 1;
  s.out.push({
    subject, predicate: p, object, negated: !!opts.negated, kind: opts.kind ?? 'fact',
    confidence: Math.max(0, Math.min(1, opts.confidence * factor)), sentence: s.sentence.index,
  });
}

/**
 * "would co-operate", "should into": a predicate that starts with a modal lost its verb (a
 * mis-tagged main verb), so what follows is no object of anything.
 */
const MODAL_FIRST = /^(will|would|can|could|may|might|must|should|shall)\b/;

/**
 * "Elvis Costello, who had four nominations, and ... Franz Ferdinand", "I have one version from
 * him", "have never had any problems with him": "have" alone, or with only a preposition, says
 * nothing of how two entities are related ("have talks with" keeps its noun).
 */
const BARE_HAVE = /^have(?: (?:with|from|for|in|to|on|at|against|of|by|over))?$/;

/** Units of time ("every week", "every five months"). */
export const TIME_UNIT_WORDS: ReadonlySet<string> = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'season', 'seasons', 'time']);

/** "performance of its", "bond money for his", "... is a jackass,": a concept cut off before its noun ends in a function word or a mark; the cut is trimmed. */
const TRAILING_FUNCTION_WORDS = /(\s*[,;:]|\s+(of|the|a|an|his|her|its|their|my|our|your|for|to|and|or|in|with|on|at|by))+$/i;

/** "apologised last October", "won on Sunday": a time alone is when, never what. */
const TIME_ONLY = /^(?:(?:last|next|this|early|late|earlier|later|mid)[\s-]+)?(?:week|weekend|month|year|season|decade|century|night|morning|afternoon|evening|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|\d{4})(?:\s+\d{4})?$/i;

/** Vague heads that an of-phrase makes a thing ("the number of asylum seekers", "one of its banks"). */
const QUANTITY_HEADS = new Set(['number', 'one', 'part']);

/** A phrase that is only a time ("Thursday", "last week", "March 2004"): when, never what. */
export function isTimeOnly(text: string): boolean {
  return TIME_ONLY.test(text.replace(/^the\s+/i, ''));
}

/** "and starred", "or leant on": a concept that starts with a conjunction is a coordinated verb misread. */
const LEADING_CONJUNCTION = /^(and|or|but|because|nor)\b/i;

const STATE_VERBS = new Set(['be', 'remain', 'become', 'seem', 'feel', 'look', 'get', 'stay']);

/**
 * "U2 have been honoured", "remains embroiled in a row", "has guest-starred": a concept that is
 * one -ed word the sentence tags as a verb or adjective is a state or action misread as a thing.
 */
function loneParticiple(s: SentenceScope, name: string): boolean {
  if (!/^[\p{L}-]{2,}[^e]ed$/u.test(name)) return false;
  const { tokens } = s.ctx;
  for (let i = s.sentence.tokenStart; i < s.sentence.tokenEnd; i++) {
    if (tokens[i].text !== name) continue;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'ADJ') return true;
    // winkNLP tags some ("honoured", "embroiled") as nouns: after a form of "be", "remain" ... they are no thing.
    return i > 0 && tokens[i].pos === 'NOUN' && STATE_VERBS.has(tokens[i - 1].lemma ?? tokens[i - 1].normal);
  }
  return false;
}

/**
 * Verbs of little meaning of their own: with a one-word concept object and no preposition
 * ("have a chance", "took a look", "get the chance", "did (n't) like") the pair is seldom a key
 * fact ("made enemies" is one), so it ranks below the relation cut-off (0.3) and mostly just
 * above the fact cut-off (0.25); a longer object ("made $28m profit") keeps its score.
 */
const BARE_OBJECT_VERBS = new Set(['have', 'get', 'take', 'make', 'do', 'give', 'find', 'see', 'put', 'hold', 'keep']);
const BARE_OBJECT_FACTOR = 0.45;

/** Confidence factor for a concept that is only a pronoun-possessed bare noun ("their profits"): ranked low, as above. */
const POSSESSED_BARE_FACTOR = 0.4;

const POSSESSIVE_DETERMINERS = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);

/**
 * "determine their fate", "repeated her innocence": a concept named by one noun that the sentence
 * has only after a possessive pronoun, with no prepositional complement, says nothing on its own
 * (whose fate?), so it is no key fact.
 */
function possessedBareNoun(s: SentenceScope, name: string): boolean {
  if (/\s/.test(name)) return false;
  const { tokens } = s.ctx;
  let seen = false;
  for (let i = s.sentence.tokenStart + 1; i < s.sentence.tokenEnd; i++) {
    if (tokens[i].text !== name) continue;
    // "cut its ties with the US", "increased their spending by 1.5%": a complement completes it.
    if (!POSSESSIVE_DETERMINERS.has(tokens[i - 1].normal) || i + 1 < s.sentence.tokenEnd && tokens[i + 1].pos === 'ADP') return false;
    seen = true;
  }
  return seen;
}

export type { ArticleEntity };

/**
 * The chunk index where a that-clause starting at `from` ends: at punctuation, a subordinator,
 * or a second finite verb that no conjunction joins (the sentence's own: "... production levels
 * has also failed"); `from` when the clause has no finite verb.
 */
export function thatClauseEnd(s: SentenceScope, from: number): number {
  const { chunks } = s;
  // ("... claims that what it is doing does not amount to ...": a clause with a clause as its subject is left alone.)
  if (['what', 'whether', 'how', 'why'].includes(word(s, chunks[from]))) return from;
  let finite = false;
  /** The last finite verb is a lone auxiliary whose participle may follow ("he had in effect fiddled"). */
  let auxiliary = false;
  let k = from;
  for (; k < chunks.length; k++) {
    const c = chunks[k];
    if (c.kind === 'SC' || (c.kind === 'PUNCT' && !QUOTE_MARKS.has(word(s, c)))) break;
    // "... have been ignored and that it has been punished": a second that-clause is said too, not cut in half.
    if (c.kind === 'CC' && word(s, chunks[k + 1]) === 'that') break;
    if (c.kind === 'VG' && !c.vg!.infinitive && !c.vg!.gerund) {
      if (finite && !auxiliary && chunks[k - 1]?.kind !== 'CC' && chunks[k - 1]?.kind !== 'REL') break;
      auxiliary = !auxiliary && c.end - c.start === 1 && ['have', 'be', 'do'].includes(c.vg!.lemma);
      finite = true;
    }
  }
  return finite ? k : from;
}


/** The body at chunk `j` when chunks `j - 3` to `j` read "in charge of/at BODY", else -1. */
export function chargeHeld(s: SentenceScope, j: number): number {
  const { chunks } = s;
  const body = chunks[j];
  if (body?.kind !== 'NP' || body.np!.entity < 0 || entityType(s, body.np!.entity) === 'PERSON') return -1;
  if (!(['of', 'at'].includes(word(s, chunks[j - 1])) && chunks[j - 1]?.kind === 'P' && chunks[j - 2]?.kind === 'NP' && chunks[j - 2].end - chunks[j - 2].start === 1
    && tok(s, chunks[j - 2].head).normal === 'charge' && word(s, chunks[j - 3]) === 'in')) return -1;
  return body.np!.entity;
}

/** Units and currencies that head an amount ("$5bn", "93%", "5.2 million", "70m euros"). */
const AMOUNT_HEADS = /^(m|bn|million|billion|%|percent|cents?|pence|p|euros?|dollars?|pounds?|yen|yuan|rupees|kroner|krone)$/;

/**
 * Tokens [start, end) with head `head` are an amount: a number heads them, or a unit, a
 * currency or a per cent does after a number ("$6.75bn (£3.6bn)", "just 0.1%", "1.47m yuan";
 * not "a 56% stake", whose head is a noun the amount modifies).
 */
export function isAmount(tokens: readonly Token[], start: number, end: number, head: number): boolean {
  let number = false;
  for (let k = start; k < end && !number; k++) number = tokens[k].pos === 'NUM';
  const h = tokens[head];
  return number && (h.pos === 'NUM' || /^[$£€¥%]$/.test(h.text) || AMOUNT_HEADS.test(h.normal));
}

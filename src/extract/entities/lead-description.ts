// News leads often bring in the story's actor by a description and name it in the next sentence:
// "A US television network will screen a celebrity TV special ... NBC will encourage viewer
// donations", "An ex-chief financial officer at Boeing has received a jail sentence ... Michael
// Sears admitted his guilt". The description is a mention of that name, read before it (a
// cataphor), so the lead's facts are the named actor's. Only when the next sentence opens with a
// name of the description's kind that the lead does not name: otherwise the description stays open.
import type { AnnotatedText, ArticleEntity, EntityType, Token } from '../../model/types.ts';
import type { EntityMentionRef, ResolvedPronoun } from './resolve-pronouns.ts';
import { isLowerStart, isPossessiveS } from '../text-case.ts';
import { isRoleNoun } from './lexicon.ts';

/** Heads of a description of a person ("a senior barrister", "an ex-chief financial officer at Boeing"). */
const PERSON_HEADS = new Set(['man', 'woman', 'boy', 'girl', 'teenager', 'pensioner', 'father', 'mother', 'barrister', 'lawyer', 'judge',
  'suspect', 'candidate', 'executive', 'officer', 'director', 'official', 'associate', 'businessman', 'businesswoman', 'banker', 'trader',
  'politician', 'mp', 'peer', 'minister', 'singer', 'actor', 'actress', 'star', 'player', 'athlete', 'footballer', 'striker', 'manager',
  'coach', 'writer', 'author', 'artist', 'scientist', 'doctor', 'student', 'hacker', 'programmer', 'entrepreneur', 'millionaire', 'billionaire',
  'head', 'boss', 'founder', 'co-founder', 'creator', 'chairman', 'chairwoman', 'president', 'leader', 'editor', 'producer', 'presenter',
  'guitarist', 'drummer', 'frontman', 'rapper', 'comedian', 'designer', 'inventor', 'figure']);

/** Heads of a description of an organisation ("a US television network", "a little-known Russian company"). */
const ORG_HEADS = new Set(['company', 'firm', 'group', 'bank', 'network', 'broadcaster', 'bookmaker', 'retailer', 'airline', 'carrier', 'maker',
  'manufacturer', 'carmaker', 'drugmaker', 'insurer', 'lender', 'publisher', 'studio', 'label', 'charity', 'union', 'hospital', 'newspaper',
  'magazine', 'website', 'operator', 'giant', 'club', 'band', 'organisation', 'organization', 'agency', 'watchdog', 'regulator', 'conglomerate']);

/** Words that open a title before a name at a sentence's start ("Chief executive Gail Berman said"). */
const TITLE_OPENERS = new Set(['chief', 'senior', 'former', 'deputy', 'vice', 'managing', 'executive', 'lead']);

/** Verbs winkNLP tags as plural nouns after a name ("Air China plans to raise ..."). */
const NOUN_TAGGED_VERBS = new Set(['plans', 'says', 'wants', 'aims', 'hopes', 'faces', 'needs', 'expects', 'looks']);

/** Most words between the article and the head ("a little-known Russian oil company"). */
const MAX_DESCRIPTION_TOKENS = 7;

/**
 * The tokens of the lead's opening description (or, in a lead that names no person, of its first
 * verb's described object), each given the entity the next sentence opens with; empty if none.
 */
export function leadDescription(doc: AnnotatedText, entities: readonly ArticleEntity[], refs: readonly EntityMentionRef[], tokenEntity: Int32Array): ResolvedPronoun[] {
  const { tokens, sentences } = doc;
  if (sentences.length < 2) return [];
  const lead = sentences[0];
  const next = sentences[1];
  let i = lead.tokenStart;
  while (i < lead.tokenEnd && tokens[i].pos === 'SPACE') i++;
  if (i >= lead.tokenEnd) return [];
  // ("The chief executive of the Fiat conglomerate has taken control ... Sergio Marchionne has replaced":
  // a definite description reads the same; "The UK's top judge", "The world's largest retailer".)
  const definite = tokens[i].normal === 'the';
  const from = definite ? i + 1 : i;
  // ("South Korea's largest credit card firm has averted liquidation": or a country's possessive opens it.)
  const place = tokenEntity[from];
  let owner = from;
  if (place >= 0 && entities[place].type === 'LOC') {
    while (owner < lead.tokenEnd && tokenEntity[owner] === place) owner++;
  } else if (definite && tokens[from]?.normal === 'world') owner++;
  if (owner > from) {
    if (!isPossessive(tokens[owner])) return [];
    i = owner;
  } else if (!definite && tokens[i].normal !== 'a' && tokens[i].normal !== 'an') i = -1;
  let head = i < 0 ? -1 : descriptionHead(tokens, tokenEntity, entities, i, lead.tokenEnd);
  let type = head < 0 ? undefined : descriptionType(tokens[head].normal);
  // ("UK Muslims should accept ..., a Home Office minister has said. Hazel Blears said": or the speaker the lead closes with.)
  if (!type) {
    const speaker = closingSpeaker(tokens, lead.tokenStart, lead.tokenEnd);
    if (speaker >= 0) {
      const h = descriptionHead(tokens, tokenEntity, entities, speaker, lead.tokenEnd);
      if (h >= 0 && descriptionType(tokens[h].normal) === 'PERSON') { i = speaker; head = h; type = 'PERSON'; owner = from; }
    }
  }
  // ("The Lib Dems have appointed a senior figure from BT to be the party's new communications chief ...
  // Sandy Walkington will now work with": or a person described as the object of a lead that names no person.)
  let object = false;
  if (!type) {
    i = objectArticle(tokens, tokenEntity, entities, lead.tokenStart, lead.tokenEnd);
    head = i < 0 ? -1 : descriptionHead(tokens, tokenEntity, entities, i, lead.tokenEnd);
    type = head < 0 ? undefined : descriptionType(tokens[head].normal);
    if (type !== 'PERSON') return [];
    object = true;
  }
  // The description ends at its head: a verb, a relative pronoun or a preposition comes next.
  const after = tokens[head + 1];
  if (!after || !(after.pos === 'AUX' || after.pos === 'VERB' || after.pos === 'ADP' || after.normal === 'who' || after.normal === 'whose' || after.normal === 'which' || after.normal === 'that'
    || object && (after.normal === 'to' || after.pos === 'PUNCT'))) return [];
  // The next sentence opens with the name ("NBC will ...", "The Titan corporation was accused").
  let j = next.tokenStart;
  while (j < next.tokenEnd && (tokens[j].pos === 'SPACE' || tokens[j].normal === 'the')) j++;
  // ("Chief executive Gail Berman said": the name may follow its title.)
  let title = j;
  while (title < next.tokenEnd && title - j < 3 && tokenEntity[title] < 0 && (isPersonTitle(tokens[title].normal) || TITLE_OPENERS.has(tokens[title].normal))) title++;
  const titled = title > j && tokenEntity[title] >= 0 && isPersonTitle(tokens[title - 1].normal);
  if (titled) j = title;
  // ("The firm, Paion, said": or the description's head again, and the name in apposition.)
  if (j + 2 < next.tokenEnd && tokens[j].normal === tokens[head].normal && tokens[j + 1].text === ',' && tokenEntity[j + 2] >= 0) j += 2;
  const named = j < next.tokenEnd ? tokenEntity[j] : -1;
  if (named < 0 || entities[named].type !== type) return [];
  // (As the next sentence's subject: a verb or an apposition's comma after the name, not "Conservatives in parliament say".)
  // ("Ian MacDonald QC said": a post-nominal may come first; "Michelle Paver's Wolf Brother": a person's possessive says the same.)
  let e = j;
  while (e < next.tokenEnd && tokenEntity[e] === named) e++;
  if (e < next.tokenEnd && /^[A-Z]{2,3}$/.test(tokens[e].text) && tokenEntity[e] < 0) e++;
  // (Not after a title: "A judge should look into the controversy ... Sir Alan Budd's inquiry linked".)
  const possessive = type === 'PERSON' && !titled && isPossessive(tokens[e]);
  if (e >= next.tokenEnd || !(tokens[e].pos === 'AUX' || tokens[e].pos === 'VERB' || tokens[e].text === ',' || possessive || NOUN_TAGGED_VERBS.has(tokens[e].normal))) return [];
  if (refs.some((r) => r.entity === named && r.tokenStart < lead.tokenEnd)) return [];
  const out: ResolvedPronoun[] = [];
  for (let t = owner > from && !object ? i + 1 : i; t <= head; t++) if (tokenEntity[t] < 0) out.push({ token: t, entity: named });
  return out;
}

/** Verbs of saying a lead closes with after its speaker ("..., a minister has said."). */
const CLOSING_SAYING = new Set(['said', 'says', 'warned', 'claimed', 'admitted', 'argued', 'insisted', 'told', 'suggested', 'predicted', 'revealed']);

/**
 * The "a"/"an" of a description that speaks at the lead's end, set off by a comma ("..., a Home
 * Office minister has said."), or -1.
 */
function closingSpeaker(tokens: readonly Token[], start: number, end: number): number {
  let e = end - 1;
  while (e > start && (tokens[e].pos === 'SPACE' || tokens[e].pos === 'PUNCT')) e--;
  if (!CLOSING_SAYING.has(tokens[e].normal)) return -1;
  e--;
  while (e > start && tokens[e].pos === 'AUX') e--;
  for (let k = e; k > start && e - k <= MAX_DESCRIPTION_TOKENS; k--) {
    if (tokens[k].normal === 'a' || tokens[k].normal === 'an') return tokens[k - 1].text === ',' ? k : -1;
    if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'VERB') return -1;
  }
  return -1;
}

/** The head noun of the description that article, possessive or "the" at `i` opens (lower-case modifiers, places and demonyms), or -1. */
function descriptionHead(tokens: readonly Token[], tokenEntity: Int32Array, entities: readonly ArticleEntity[], i: number, end: number): number {
  let head = -1;
  for (let k = i + 1; k < end && k - i <= MAX_DESCRIPTION_TOKENS; k++) {
    const t = tokens[k];
    // ("a Home Office minister": a body before the head names whose post it is.)
    const e = tokenEntity[k];
    let spanEnd = k + 1;
    while (e >= 0 && spanEnd < end && tokenEntity[spanEnd] === e) spanEnd++;
    const place = e >= 0 && (entities[e].type === 'LOC' || (entities[e].type === 'ORG' && isLowerStart(tokens[spanEnd]?.text ?? '')));
    if (place) continue;
    if (tokenEntity[k] >= 0 || !(isLowerStart(t.text) || t.text === '-')) break;
    if (t.pos === 'NOUN') head = k;
    // ("The founder and former boss of Parmalat": two posts of one person.)
    else if (t.normal === 'and' && head === k - 1 && PERSON_HEADS.has(tokens[head].normal)) continue;
    else if (!(t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NUM' || t.text === '-')) break;
  }
  return head;
}

function descriptionType(head: string): EntityType | undefined {
  return isPersonTitle(head) ? 'PERSON' : ORG_HEADS.has(head) ? 'ORG' : undefined;
}

/** A word that describes a person: a role noun or one of PERSON_HEADS. */
function isPersonTitle(w: string): boolean {
  return PERSON_HEADS.has(w) || isRoleNoun(w);
}

/** The "a"/"an" opening the first object of the lead's first verb, when the lead names no person; -1 otherwise. */
function objectArticle(tokens: readonly Token[], tokenEntity: Int32Array, entities: readonly ArticleEntity[], start: number, end: number): number {
  let verb = false;
  for (let k = start; k < end; k++) {
    if (tokenEntity[k] >= 0 && entities[tokenEntity[k]].type === 'PERSON') return -1;
    if (tokens[k].pos === 'VERB') verb = true;
    else if (verb && (tokens[k].normal === 'a' || tokens[k].normal === 'an')) {
      for (let m = k + 1; m < end; m++) if (tokenEntity[m] >= 0 && entities[tokenEntity[m]].type === 'PERSON') return -1;
      return k;
    } else if (verb && tokens[k].pos !== 'ADV' && tokens[k].pos !== 'AUX' && tokens[k].pos !== 'PART') return -1;
  }
  return -1;
}

function isPossessive(t: { normal: string } | undefined): boolean {
  return t !== undefined && isPossessiveS(t.normal);
}

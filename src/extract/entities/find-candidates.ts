// Finds the candidate names of an article: runs of capitalised tokens (joined across "of", "for",
// "&", "and" and hyphens where an organisation name needs them), split into the parts news packs
// together: a leading country or demonym, a title ("President", "Trade and Industry Secretary",
// "Mr") and the name itself. Each candidate carries the cues a type can be voted from; nothing is
// typed here for good. One pass over the tokens, no regex per token per entity.
import type { AnnotatedText, Mention, MentionType, Token } from '../../model/types.ts';
import { isLowerStart, isPossessiveS } from '../text-case.ts';
import { countryOfDemonym, countryOfLowerDemonym, isCollectiveDemonym, lookupPlaceOrOrg, type GazetteerEntry } from './gazetteer.ts';
import { norm } from './norm.ts';
import { englishWords } from '../../ner/english-words.ts';
import { isGivenName } from './given-names.ts';
import { isSportsReport } from './sports-report.ts';
import {
  OFFICE_HEADS, GEO_OF_HEADS, CLUB_NICKNAMES, BAND_ROLES,
  CUE_AFTER, CUE_BEFORE, HONORIFICS, NOT_NAMES, ORG_HEADS, ORG_SUFFIXES, PLACE_PREPOSITIONS,
  GENERATION_SUFFIXES, GROUP_WORDS, NUMBER_WORDS, CAPITAL_NOT_NAMES, SPORT_POSITIONS, LANGUAGES, LANGUAGE_CUES, EVENT_SUFFIXES, PLURAL_VERBS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS, TEAM_SUFFIXES, firstNameGender, isFirstName, isRoleNoun,
} from './lexicon.ts';

export type Votes = Record<'PERSON' | 'ORG' | 'LOC' | 'MISC', number>;

export interface Candidate {
  /** 'name': a proper name; 'demonym': "Russian" standing for Russia; 'title': a title with no name after it. */
  kind: 'name' | 'demonym' | 'title';
  tokenStart: number;
  tokenEnd: number;
  text: string;
  sentence: number;
  /** Start token of the title phrase before the name ("US President" in "US President Joe Biden"), else tokenStart. */
  phraseStart: number;
  /** The title phrase, lower case, without a leading country ("president", "russian president"). */
  title?: string;
  gender: 'm' | 'f' | '';
  gaz?: GazetteerEntry;
  /** For a demonym: the canonical country name. */
  country?: string;
  /** True when the name is an acronym defined in brackets right after this candidate: "Office of Fair Trading (OFT)". */
  definesAcronym?: number;
  /** True when the name starts a sentence, a line or a quote (its capital says nothing). */
  clauseStart?: boolean;
  /** A nickname written in quotes inside the name: "Mido" in "Ahmed 'Mido' Hossam". */
  nickname?: string;
  /** Said of with "its" or ", which" (see makeName): a thing, not a person. */
  impersonal?: boolean;
  /** A performer's real name given after the stage name ("Snoop Dogg - real name Calvin Broadus"), or a body's name translated in brackets: not the entity's name. */
  realName?: boolean;
  /** "the Beach Boys", "the Lib Dems": a group's name (see makeName), kept even when made of ordinary words. */
  group?: boolean;
  /** The NER model's type for the span, when it tagged most of it. */
  ner?: MentionType;
  votes: Votes;
  /** Memo of `norm(text)` (see `normText`): clustering and resolution normalise each name several times. */
  normalized: string | undefined;
}

const isUpperStart = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};
/** One to three digits ("79"): tested per token, so by character codes rather than a regex. */
const isShortNumber = (s: string): boolean => {
  if (s.length < 1 || s.length > 3) return false;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
};
const isAcronym = (s: string): boolean => /^[A-Z][A-Z&.]{1,6}\d?$/.test(s) && /[A-Z].*[A-Z]/.test(s);
/** Tokens of the article being processed and their lower-case texts, filled on first use (reset with lowerWords). */
let lowerOf: { toks: readonly Token[]; text: Array<string | undefined>; given: Int8Array } = { toks: [], text: [], given: new Int8Array(0) };
/** A token's text in lower case: many tests ask for it, so it is made once per token (one string, hashed once). */
const lower = (t: Token): string => {
  if (lowerOf.toks[t.i] !== t) return t.text.toLowerCase();
  return (lowerOf.text[t.i] ??= t.text.toLowerCase());
};
/**
 * `isGivenName(lower(t))`, answered once per token (0 not asked, 1 yes, 2 no): the rules ask it of the
 * same tokens many times, and most answers are a miss in the large public name list (a cold hash table).
 */
const givenToken = (t: Token): boolean => {
  if (lowerOf.toks[t.i] !== t) return isGivenName(t.text.toLowerCase());
  let g = lowerOf.given[t.i];
  if (g === 0) lowerOf.given[t.i] = g = isGivenName(lower(t)) ? 1 : 2;
  return g === 1;
};

/** The country a token names as a demonym ("Russian" -> "Russia"), or undefined. */
const demonymOf = (t: Token): string | undefined => countryOfLowerDemonym(lower(t));

/** Is a token a capitalised word that may belong to a name? */
function isCap(t: Token): boolean {
  // ("eBay", "easyJet": a known name written with a lower-case first letter.)
  return isUpperStart(t.text) && t.pos !== 'PUNCT' && t.pos !== 'SYM' || (lowerCamel(t.text) && lookupPlaceOrOrg(t.text) !== undefined);
}

/** A word with one to four lower-case letters, then a capital and a lower-case letter ("eBay", "easyJet"). Runs on every token, so no regex. */
function lowerCamel(w: string): boolean {
  let i = 0;
  while (i < w.length && i < 5) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) { i++; continue; }
    if (c < 65 || c > 90 || i === 0) return false;
    const n = w.charCodeAt(i + 1);
    return n >= 97 && n <= 122;
  }
  return false;
}

/**
 * A number after a name that is no part of it: a line-up's substitution minute ("(Afful 69)": two
 * or three digits in brackets), or an amount ("fined Microsoft 497m euros": a unit follows).
 */
function numberNotInName(toks: Token[], start: number, at: number): boolean {
  if (AMOUNT_UNITS.has(toks[at + 1]?.normal ?? '') && !toks[at + 1].spaceBefore) return true;
  return toks[at].text.length >= 2 && toks[start - 1]?.text === '(' && toks[at + 1]?.text === ')';
}

/** Units written right after an amount ("497m", "2bn", "40%"). */
const AMOUNT_UNITS = new Set(['m', 'bn', 'k', '%', 'million', 'billion', 'mln', 'bln', 'p', 'pc']);

/** Bodies named for what they are on ("Commission on Social Justice", "Group on Betting and Gaming"). */
const ON_HEADS = new Set(['commission', 'committee', 'group', 'conference', 'council', 'forum', 'panel', 'convention']);

/**
 * A web address written as a name ("gamesindustry.biz", "Latinohiphopradio.com", "dec.org.uk"), from its first character;
 * not a page ("bbc.co.uk/news", "www.dec.org.uk": an address more than a name) nor "dot.com" (a word).
 */
const DOMAIN_NAME = /^(?!dot\.com|www\.)[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|biz|net|org|tv|info|co\.uk|org\.uk)(?![A-Za-z0-9/]|\.[A-Za-z0-9])/;

/**
 * "online news site gamesindustry.biz", "Latinohiphopradio.com said": a web address the
 * tokenizer split at its dots names a site, a body: [first token, token count] of each
 * (two tokens or more; a one-token "Amazon.com" is the capital runs' and the gazetteer's).
 */
function domainNames(doc: AnnotatedText): Array<[number, number]> {
  const toks = doc.tokens;
  const out: Array<[number, number]> = [];
  // (Most articles have no address: one search of the text skips the token walk.)
  if (!/[a-z0-9]\.(?:com|biz|net|org|tv|info|co\.uk)\b/i.test(doc.text)) return out;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (i > 0 && !t.spaceBefore && /[A-Za-z0-9@\/.]$/.test(toks[i - 1].text)) continue;
    const m = DOMAIN_NAME.exec(doc.text.slice(t.start, t.start + 80));
    if (!m) continue;
    const end = t.start + m[0].length;
    let j = i;
    while (j < toks.length && toks[j].end < end) j++;
    if (j >= toks.length || toks[j].end !== end || j === i || toks[j].sentence !== t.sentence) continue;
    out.push([i, j + 1 - i]);
    i = j;
  }
  return out;
}

/** The runs of capitalised tokens, as [start, end) token ranges, joined where a name needs it. */
function capitalRuns(doc: AnnotatedText, nerByToken: Array<MentionType | undefined>): Array<[number, number]> {
  const toks = doc.tokens;
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    // "his 19 Entertainment company", "19 Management runs": a firm named by a small number and one business word.
    if (numberedFirmAt(toks, i) && !(toks[i + 2] && toks[i + 2].sentence === toks[i].sentence && isCap(toks[i + 2])) && !(i > 0 && /^\d/.test(toks[i - 1].text))) {
      runs.push([i, i + 2]);
      i += 2;
      continue;
    }
    if (!isCap(toks[i])) { i++; continue; }
    let start = i;
    // "al-Qaeda", "bin-Laden": a lower-case particle glued by a hyphen belongs to the name.
    if (i >= 2 && toks[i - 1].text === '-' && !toks[i - 1].spaceBefore && !toks[i].spaceBefore && /^(al|el|ad|as|bin|ibn|abu)$/.test(toks[i - 2].text)) start = i - 2;
    let end = i + 1;
    for (;;) {
      if (end >= toks.length || toks[end].sentence !== toks[start].sentence) break;
      const t = toks[end];
      const prev = toks[end - 1];
      if (isCap(t)) { end++; continue; }
      // "Valery Giscard d'Estaing", "Cote d'Ivoire": an elided French particle glued to a capital.
      if (isCap(prev) && /^[dl]['’][A-Z]/.test(t.text)) { end++; continue; }
      // "Channel 4", "Xbox 2"; not a substitute's minute in a line-up: "Ampadu (Afful 69),".
      if (isShortNumber(t.text) && isCap(prev) && !NOT_NAMES.has(lower(prev)) && !numberNotInName(toks, start, end)) { end++; continue; }
      const next = toks[end + 1];
      if (!next || next.sentence !== t.sentence) break;
      // "St David's Shopping Centre", "St Mary's Hospital": a saint's possessive inside a name, with a
      // capitalised word after it, is part of the name (the saint is no owner).
      if (isPossessiveS(t.text) && isCap(next) && end - start === 2 && /^(St\.?|Saint)$/.test(toks[start].text)) { end += 2; continue; }
      // "Hewlett-Packard", "Johnson & Johnson"
      if ((t.text === '-' && !t.spaceBefore && !next.spaceBefore && isCap(next)) || (t.text === '&' && isCap(next))) { end += 2; continue; }
      // "AC/DC": two letter pairs joined by a slash are one name.
      if (t.text === '/' && !t.spaceBefore && !next.spaceBefore && /^[A-Z]{1,2}$/.test(prev.text) && /^[A-Z]{1,2}$/.test(next.text)) { end += 2; continue; }
      // "the Blu-ray Disc Association": a capitalised word's glued lower-case noun opens a body's name after it.
      if (t.text === '-' && !t.spaceBefore && !next.spaceBefore && /^[a-z]+$/.test(next.text) && next.pos === 'NOUN' && !isRoleNoun(next.text) && !/(er|or|ist)$/.test(next.text) && end - start === 1
        && toks[end + 2]?.sentence === t.sentence && toks[end + 2].spaceBefore && capsEndInOrgSuffix(toks, end + 2)) { end += 2; continue; }
      if (t.text === '-' && !t.spaceBefore && !next.spaceBefore && /^[a-z]+$/.test(next.text)) {
        // "Henley-on-Thames", "Stratford-upon-Avon": a place joined by "-on-" and a name.
        const join = toks[end + 2];
        const last = toks[end + 3];
        if (/^(on|upon|under|in|le|la|en|sur|de)$/.test(next.text) && join?.text === '-' && !join.spaceBefore && last && !last.spaceBefore && isCap(last)) { end += 4; continue; }
        // "Laah Chong-gyu": a lower-case second half of a hyphenated given name that is no English word.
        if (!englishWords().has(next.text) && !englishWords().has(lower(prev)) && !(join?.text === '-' && !join.spaceBefore)) { end += 2; continue; }
      }
      // "Mohammed Mustafa al-Jibouri", "Ayman al-Zawahiri": a hyphened particle inside a name.
      if (/^(al|el|ad|as|bin|ibn|abu)$/.test(t.text) && next.text === '-' && !next.spaceBefore && toks[end + 2] && !toks[end + 2].spaceBefore && isCap(toks[end + 2])
        && isCap(prev)) { end += 3; continue; }
      const lw = lower(t);
      // "Ruud van Nistelrooy", "Charles de Gaulle", "Osama bin Laden"
      if (PARTICLES.has(t.text) && isCap(next) && isCap(prev) && !ORG_HEADS.has(lower(prev))) { end += 2; continue; }
      // "Tom de la Mare", "Walter van der Vijver": a two-word particle.
      const after = toks[end + 2];
      if (PARTICLES.has(t.text) && PARTICLES.has(next.text) && after && after.sentence === t.sentence && isCap(after) && isCap(prev)
        && !ORG_HEADS.has(lower(prev))) { end += 3; continue; }
      // "Bank of England", "Department for Education", "Chambers of Commerce", "Secretary of State" stays out;
      // "Commission on Social Justice", "Group on Betting and Gaming": a panel is on its subject.
      if ((lw === 'of' || lw === 'for' || (lw === 'on' && ON_HEADS.has(lower(prev))))
        && ((ORG_HEADS.has(lower(prev)) && !TITLE_HEADS.has(lower(prev))) || (hasOfJoin(toks, start, end) && ORG_HEADS.has(lower(toks[start]))))) {
        if (isCap(next)) { end += 2; continue; }
        const after = toks[end + 2];
        if (lower(next) === 'the' && after && isCap(after) && after.sentence === t.sentence) { end += 3; continue; }
      }
      // "the Mail on Sunday", "News of the World": a lower-case word inside a name the gazetteer knows.
      if ((lw === 'on' || lw === 'of') && (isCap(next) || (lower(next) === 'the' && toks[end + 2] && isCap(toks[end + 2])))) {
        const last = isCap(next) ? end + 1 : end + 2;
        if (lookupPlaceOrOrg(doc.text.slice(toks[start].start, toks[last].end))?.kind === 'org') { end = last + 1; continue; }
      }
      // "Professional Rugby Players' Association", "Music Managers' Forum": a plural possessive inside
      // a name that ends in an organisation word.
      // (Not a club's nickname or a place: "the Blues' Celtic League match", "Los Angeles' Kodak Theatre".)
      if ((t.text === "'" || t.text === '\u2019') && !t.spaceBefore && /s$/.test(prev.text) && !CLUB_NICKNAMES.has(lower(prev)) && isCap(next)
        && capsEndInOrgSuffix(toks, end + 1, 1) && !lookupPlaceOrOrg(doc.text.slice(toks[start].start, prev.end))) { end += 2; continue; }
      // "starred in A Series of Unfortunate Events", "the film Flight of the Phoenix": a work's title
      // runs on through "of" (and "the"/"a") after a work noun or a performance.
      if (lw === 'of' && workTitleAt(toks, start)) {
        const after = lower(next) === 'the' || lower(next) === 'a' ? toks[end + 2] : next;
        if (after && after.sentence === t.sentence && isCap(after)) { end = toks.indexOf(after, end) + 1; continue; }
      }
      // "Isle of Man", "Gulf of Mexico": a geographic word and "of" start one place's name, which ends
      // with the next word ("the Gulf of Mexico and Angola", "Isle of Man TT" are no longer names).
      if (lw === 'of' && end - start === 1 && GEO_OF_HEADS.has(lower(prev)) && isCap(next)) { end += 2; break; }
      // "Florida School for the Deaf and the Blind": "and the" inside an "of/for the" organisation name.
      if (lw === 'and' && lower(next) === 'the' && hasOfTheJoin(toks, start, end) && hasOrgHead(toks, start, end)) {
        const after = toks[end + 2];
        if (after && isCap(after) && after.sentence === t.sentence && (end + 3 >= toks.length || !isCap(toks[end + 3]))) { end += 3; continue; }
      }
      // "Department of Trade and Industry", "Trade and Industry Secretary"
      if (lw === 'and' && isCap(next) && (hasOfJoin(toks, start, end) || (TITLE_MODIFIERS.has(lower(prev)) && capsEndInTitle(toks, end + 1)))) { end += 2; continue; }
      // "Qualifications and Curriculum Authority": "and" inside a name that ends in an organisation word,
      // unless the word before is a person or place ("Blair and Labour Party").
      // "BT Wholesale and BT Retail" are two names: the word after "and" repeats the first one;
      // "the G7 Group and World Economic Forum": the first part already ends in an organisation word.
      // ("the Public and Commercial Services Union": after "the", the model's place guess for "Public" does not count.)
      if (lw === 'and' && isCap(next) && end - start <= 3 && lower(next) !== lower(toks[start]) && !isAcronym(next.text) && nerByToken[end - 1] !== 'PERSON'
        && (nerByToken[end - 1] !== 'LOC' || toks[start].normal === 'the' || toks[start - 1]?.normal === 'the') && !lookupPlaceOrOrg(prev.text) && !isFirstName(lower(prev))
        && !(end - start >= 2 && COMPLETE_ORG_ENDS.has(lower(prev)))
        // ("Paramount, Universal and Warner Brothers": the last pair of a list of names is two names.)
        && !(toks[start - 1]?.text === ',' && toks[start - 2] && isCap(toks[start - 2]))
        && capsEndInOrgSuffix(toks, end + 1)) { end += 2; continue; }
      break;
    }
    // "Secretary of State Colin Powell", "Chancellor of the Exchequer Gordon Brown": the portfolio
    // after "title of (the)" is part of the title; the name is the person after it.
    const of = toks[start - 1]?.normal === 'the' ? start - 2 : start - 1;
    // (Not "founder of Death Row Records": the name after the portfolio is a given name and a
    // surname or two, and no organisation word ends the run.)
    if (of >= 1 && toks[of].normal === 'of' && TITLE_HEADS.has(lower(toks[of - 1])) && toks[of - 1].sentence === toks[start].sentence
      && !ORG_SUFFIXES.has(lower(toks[end - 1]))) {
      // "Secretary of State Condoleezza Rice": after the one-word portfolio "State", two or three
      // words are the holder's name even when the given name is rare and the model reads an organisation.
      if (lower(toks[start]) === 'state' && end - start >= 3 && end - start <= 4) start++;
      else {
        for (let k = start + 1; k < Math.min(end - 1, start + 3); k++) {
          if (isGivenName(lower(toks[k])) && end - k <= 3 && nerByToken[k] === 'PERSON') { start = k; break; }
        }
      }
    }
    runs.push([start, end]);
    i = end;
  }
  return runs;
}

/** One-word newspaper and magazine titles written "The X" ("The Independent", "The Spectator"). */
const NEWSPAPER_TITLES = new Set(['guardian', 'independent', 'spectator', 'economist', 'observer', 'times', 'sun', 'scotsman', 'telegraph',
  'herald', 'mirror', 'express', 'mail', 'star', 'standard', 'post', 'journal', 'tribune', 'chronicle', 'gazette', 'lancet', 'listener']);

/** Words that end a complete organisation name: "X Group and Y Forum" are two names. */
const COMPLETE_ORG_ENDS = new Set(['group', 'bank', 'association', 'commission', 'forum', 'corporation', 'corp', 'council', 'party', 'federation',
  'agency', 'authority', 'institute', 'foundation', 'society', 'league', 'company', 'plc', 'inc', 'ltd']);

/** "US TV", "UK Radio": a country and a media word name the country's media, no one organisation. */
function isCountryMedia(toks: Token[], s: number, e: number): boolean {
  return e - s === 2 && /^(tv|television|radio|media|press)$/.test(lower(toks[e - 1])) && (lookupPlaceOrOrg(toks[s].text)?.kind === 'country' || !!demonymOf(toks[s]));
}
/** "Six Nations", "Three Counties Bank": a number word starts a name only when the name ends in an organisation or event word. */
function endsInOrgOrEvent(toks: Token[], e: number): boolean {
  const w = lower(toks[e - 1]);
  return ORG_SUFFIXES.has(w) || EVENT_SUFFIXES.has(w);
}
const AWARD_WORDS = new Set(['award', 'awards', 'prize', 'prizes', 'oscar', 'oscars', 'nomination', 'nominations', 'nominated', 'nominee', 'bafta', 'baftas', 'globe', 'globes', 'grammy', 'emmy', 'won', 'best']);
/** First letters of the award words (all ASCII). */
const AWARD_FIRST_LETTERS = new Uint8Array(128);
for (const w of AWARD_WORDS) AWARD_FIRST_LETTERS[w.charCodeAt(0)] = 1;
/**
 * An article about awards: award words ("nominated", "Oscar", "best") at least five times. This
 * runs on every token, so words shorter than three letters ("a", "of", ",") or not starting with
 * an award word's first letter are told without hashing them.
 */
function isAwardsReport(doc: AnnotatedText): boolean {
  let n = 0;
  for (const t of doc.tokens) {
    const w = t.normal;
    const c = w.charCodeAt(0);
    if (w.length < 3 || c >= 128 || AWARD_FIRST_LETTERS[c] === 0) continue;
    if (AWARD_WORDS.has(w) && ++n >= 5) return true;
  }
  return false;
}

/** Does a sentence talk about awards ("nominated", "best actress", "prize")? Two award words make it. */
function awardSentence(doc: AnnotatedText, sentence: number): boolean {
  const sent = doc.sentences[sentence];
  let n = 0;
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) if (AWARD_WORDS.has(doc.tokens[k].normal) && ++n >= 2) return true;
  return false;
}
/** Roles whose name before them is usually a work ("Sideways star", "Bond actor"), not an employer. */
const PERFORMER_ROLES = new Set(['star', 'stars', 'actor', 'actress', 'co-star', 'composer', 'creator', 'actors']);
/** "Nairobi Serena Hotel": a run part holding an organisation or venue word is no personal name. */
function hasOrgOrVenueWord(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) { const w = lower(toks[k]); if (ORG_SUFFIXES.has(w) || /^(hotel|arena|stadium|hall|park|square|street|road|avenue|centre|center)$/.test(w)) return true; }
  return false;
}
/**
 * A noun that says a name after it is an organisation ("developer", "firms"), and that no
 * organisation name starts or ends with. (A work's noun may start its title: "Game Against Poverty".)
 */
function leadingCueNoun(w: string): boolean {
  return nounCue(w) === 'ORG' && !ORG_SUFFIXES.has(w) && !ORG_HEADS.has(w) && !isGivenName(w) && !isTitleWord(w) && !TEAM_SUFFIXES.has(w);
}

/** Does a token range hold a number ("Super Mario 64 DS")? */
function hasNumber(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k].pos === 'NUM' || isShortNumber(toks[k].text)) return true;
  return false;
}
/** "School for the Deaf": the run joins "of"/"for" with "the" after it. */
function hasOfTheJoin(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k + 1 < end; k++) { const w = lower(toks[k]); if ((w === 'of' || w === 'for') && lower(toks[k + 1]) === 'the') return true; }
  return false;
}
function hasOrgHead(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (ORG_HEADS.has(lower(toks[k])) && isCap(toks[k])) return true;
  return false;
}
function hasOfJoin(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const w = lower(toks[k]);
    if (w === 'of' || w === 'for' || (w === 'on' && k > start && ON_HEADS.has(lower(toks[k - 1])))) return true;
  }
  return false;
}
/** The capitalised words from `from` on (`minWords` or more) end in an organisation word ("Curriculum Authority", "Association"). */
function capsEndInOrgSuffix(toks: Token[], from: number, minWords = 2): boolean {
  let k = from;
  while (k < toks.length && isCap(toks[k]) && toks[k].sentence === toks[from].sentence) k++;
  return k - from >= minWords && ORG_SUFFIXES.has(lower(toks[k - 1])) && !TEAM_SUFFIXES.has(lower(toks[k - 1]));
}
function capsEndInTitle(toks: Token[], from: number): boolean {
  let k = from;
  while (k < toks.length && isCap(toks[k]) && toks[k].sentence === toks[from].sentence) {
    if (TITLE_HEADS.has(lower(toks[k]))) return k > from && !HONORIFICS.has(lower(toks[k]));
    k++;
  }
  return false;
}

const AGENT_VERBS = new Set(['agreed', 'agrees', 'admitted', 'admits', 'denied', 'denies', 'announced', 'announces', 'plans',
  'planned', 'wants', 'wanted', 'launched', 'launches', 'bought', 'buys', 'sold', 'sells', 'acquired', 'hired', 'sued', 'sues',
  'accepted', 'accepts', 'confirmed', 'confirms', 'faced', 'faces', 'expects', 'expected', 'hopes', 'hoped', 'decided', 'refused']);
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'bin', 'ben', 'al', 'el', 'dos', 'das', 'del', 'ter', 'ibn']);
/** Business words that make a firm's name of a small number before them ("19 Entertainment", "19 Management"). */
const NUMBERED_FIRM_WORDS = new Set(['Entertainment', 'Management', 'Media', 'Records', 'Productions', 'Studios', 'Pictures', 'Films', 'Music', 'Mobile', 'Networks', 'Communications']);
/** Token `i` is a small number that one business word after it in its sentence makes a firm's name ("19 Entertainment"). */
function numberedFirmAt(toks: readonly Token[], i: number): boolean {
  return /^\d{1,2}$/.test(toks[i].text) && i + 1 < toks.length && toks[i + 1].sentence === toks[i].sentence && NUMBERED_FIRM_WORDS.has(toks[i + 1].text);
}
/** Words before a month that make it a date ("in June", "since June", "last June"). */
const DATE_LEADS = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'from', 'to', 'last', 'next', 'early', 'late', 'mid', 'of', 'this', 'that', 'before', 'after', 'during', 'between', 'and', 'or', 'through']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Lower-case words of the article being processed (set at the start of findCandidates; calls do not interleave). */
let lowerWords: Set<string> = new Set();
/** Whether the article being processed is a sports report (set with lowerWords). */
let sportsReport = false;
/** Whether the article being processed is about awards and nominations (reset with lowerWords, scanned when first asked). */
let awardsReport: boolean | undefined;
/** Demonyms the article being processed uses as a language ("shot in Hindi and English"; set with lowerWords). */
let languageDemonyms: Set<string> = new Set();
/**
 * Gazetteer answers for token spans of the article being processed (reset with lowerWords): a run,
 * its parts and its prefixes are looked up several times each. Keyed by start token * 64 + length.
 */
let spanGaz = new Map<number, GazetteerEntry | null>();
/** `lookupPlaceOrOrg` of the text of tokens [s, e), remembered for the article. */
function gazOfSpan(doc: AnnotatedText, s: number, e: number): GazetteerEntry | undefined {
  const text = doc.text;
  if (e - s >= 64 || s >= 1 << 24) return lookupPlaceOrOrg(text.slice(doc.tokens[s].start, doc.tokens[e - 1].end));
  const key = s * 64 + (e - s);
  let g = spanGaz.get(key);
  if (g === undefined) {
    g = lookupPlaceOrOrg(text.slice(doc.tokens[s].start, doc.tokens[e - 1].end)) ?? null;
    spanGaz.set(key, g);
  }
  return g ?? undefined;
}
const emptyVotes = (): Votes => ({ PERSON: 0, ORG: 0, LOC: 0, MISC: 0 });

/**
 * A candidate's normalised text (`norm(c.text)`), made once per candidate: each further look-up
 * in the process-wide memo of `norm` hashes the text and reads a large, cold map.
 */
export function normText(c: Candidate): string {
  return (c.normalized ??= norm(c.text));
}

/**
 * "Internet Engineering Task Force", "Government Accountability Office": a content word that alone
 * is no name opens a name of three words or more that ends in an organisation's word.
 */
function opensBodyName(doc: AnnotatedText, s: number, e: number): boolean {
  const toks = doc.tokens;
  const t = toks[s];
  return e - s >= 3 && t.text.length >= 4 && /^[A-Z][a-z]+$/.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN') && !CALENDAR_WORD.test(t.text)
    && endsInOrgOrEvent(toks, e) && !startsClause(doc, s);
}

const CALENDAR_WORD = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A word that is no name on its own: NOT_NAMES, unless written in capitals as an acronym ("AS Roma", not "as"). */
function isNotName(t: Token): boolean {
  const w = lower(t);
  if (!NOT_NAMES.has(w)) return false;
  return !(t.text.length >= 2 && t.text === t.text.toUpperCase() && /[A-Z]/.test(t.text) && !CAPITAL_NOT_NAMES.has(w));
}
/**
 * "PC Pro", "TV Azteca": a capitalised common acronym followed by exactly one more capitalised word
 * that is neither a first name nor a title ("CEO Steve Jobs", "TV Presenter") starts a name; so
 * does one before such a word and an organisation's word ("PC Pro Magazine").
 */
function keepsLeadingAcronym(toks: Token[], s: number, e: number): boolean {
  const t = toks[s];
  if ((e - s !== 2 && !(e - s === 3 && endsInOrgOrEvent(toks, e))) || t.text.length < 2 || t.text !== t.text.toUpperCase() || !/[A-Z]/.test(t.text)) return false;
  const w = lower(toks[s + 1]);
  return !NOT_NAMES.has(w) && !isFirstName(w) && !isTitleWord(w) && !isRoleNoun(w) && !lookupPlaceOrOrg(toks[s + 1].text) && !demonymOf(toks[s + 1]);
}
/** "BBC One", "ITV Two": an organisation the gazetteer knows, or an acronym, followed by a number word names a channel. */
function isChannelOwner(t: Token): boolean {
  return lookupPlaceOrOrg(t.text)?.type === 'ORG' || isAcronym(t.text);
}

/** Words that name the field of a post inside a capitalised title ("Chief Operating Officer", "Chief Financial Officer"). */
const TITLE_FIELDS = new Set(['operating', 'financial', 'information', 'technology', 'marketing', 'commercial', 'technical', 'creative', 'legal',
  'medical', 'scientific', 'investment', 'sales', 'editorial', 'artistic', 'musical', 'non-executive', 'operations', 'development']);
/** True when a word sits inside a title phrase (a title head, or a modifier such as "Foreign"). */
const isTitleWord = (w: string): boolean => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w) || /^(ex|former)-/.test(w);

/**
 * The NER type covering most of a token range, from a per-token map; on a tie, the type seen
 * first. Counted in place (no map per candidate): ranges are a few tokens long.
 */
function nerType(nerByToken: Array<MentionType | undefined>, start: number, end: number): MentionType | undefined {
  let best: MentionType | undefined;
  let n = 0;
  for (let k = start; k < end; k++) {
    const t = nerByToken[k];
    if (!t || nerByToken.indexOf(t, start) < k) continue; // counted at its first token
    let c = 0;
    for (let j = k; j < end; j++) if (nerByToken[j] === t) c++;
    if (c > n) { best = t; n = c; }
  }
  return best && n * 2 >= end - start ? best : undefined;
}

/**
 * Candidate names in `doc`, in text order. `ner` mentions (from the NER model) vote on types and
 * bring spans the capitalisation rules missed; they may be empty.
 */
export function findCandidates(doc: AnnotatedText, ner: readonly Mention[]): Candidate[] {
  const toks = doc.tokens;
  // Words the article writes in lower case: "Transport" alone is then a common word, not a name.
  lowerWords = new Set();
  for (const t of toks) { const c = t.text.charCodeAt(0); if (c >= 97 && c <= 122) lowerWords.add(t.text); }
  sportsReport = isSportsReport(doc);
  awardsReport = undefined; // asked for rarely (see makeName): scanned on first use
  languageDemonyms = new Set();
  spanGaz = new Map();
  lowerOf = { toks, text: new Array(toks.length), given: new Int8Array(toks.length) };
  const nerByToken: Array<MentionType | undefined> = new Array(toks.length);
  for (const m of ner) for (let k = m.tokenStart; k < m.tokenEnd && k < toks.length; k++) nerByToken[k] = m.type;
  const out: Candidate[] = [];
  const covered: number[] = new Array(toks.length).fill(0); // a plain array: cheaper to allocate than a typed one

  for (const [i, nick, n] of nicknamedNames(doc)) {
    const c = makeName(doc, i, i + n, i, nerByToken);
    c.nickname = nick;
    c.votes.PERSON += 4;
    out.push(c);
    for (let k = i; k < i + n; k++) covered[k] = 1;
  }
  for (const [i, n] of domainNames(doc)) {
    const c = makeName(doc, i, i + n, i, nerByToken);
    c.votes.ORG += 8;
    out.push(c);
    for (let k = i; k < i + n; k++) covered[k] = 1;
  }
  for (const [runStart, runEnd] of capitalRuns(doc, nerByToken)) {
    if (covered[runStart]) continue;
    for (let k = runStart; k < runEnd; k++) covered[k] = 1;
    let s = runStart;
    let e = runEnd;
    const whole = gazOfSpan(doc, runStart, runEnd);
    // Leading function words ("The", "But") and a sentence-initial common word ("Analysts") are not names.
    while (s < e && !whole) {
      const t = toks[s];
      const w = lower(t);
      // "Ex-Labour MP George Galloway", "Former WorldCom boss": the prefix belongs to the title.
      if ((w === 'ex' || w === 'former' || w === 'then' || w === 'late') && s + 1 < e && (toks[s + 1].text === '-' || !TITLE_HEADS.has(lower(toks[s + 1])))) {
        s += toks[s + 1].text === '-' ? 2 : 1;
        continue;
      }
      if (NUMBER_WORDS.has(w) && s + 1 < e && startsClause(doc, s) && !endsInOrgOrEvent(toks, e)) { s++; continue; }
      // "New Metropolitan Police Commissioner Sir Ian Blair": "New" before a body the gazetteer knows, and a
      // title, is the post's tenure ("New York", "New Line Cinema" are names of their own).
      if (w === 'new' && s + 3 < e && toks.slice(s + 2, e).some((x) => TITLE_HEADS.has(lower(x)))) {
        let known = false;
        for (let k = s + 2; k < e && k <= s + 4 && !known; k++) known = !!gazOfSpan(doc, s + 1, k) && !gazOfSpan(doc, s, k);
        if (known) { s++; continue; }
      }
      // "Saudi Labour Minister Ghazi al-Gosaibi": a portfolio before a capitalised "Minister" is no party.
      if (w === 'labour' && s + 1 < e && PORTFOLIO_TITLES.has(toks[s + 1].text)) { s++; continue; }
      // "the Sunday Times", "Sunday Mirror": a day before a newspaper word is part of the title.
      if ((w === 'sunday' || w === 'saturday') && e - s === 2 && ORG_SUFFIXES.has(lower(toks[s + 1]))) break;
      // ("joins Japanese rival All Nippon", "the band All Saints": a capital "All" inside a sentence opens the name.)
      if (w === 'all' && s + 1 < e && !startsClause(doc, s)) break;
      if (isNotName(t) && !HONORIFICS.has(w) && !TITLE_HEADS.has(w) && !(s + 1 < e && (TITLE_MODIFIERS.has(w) || NUMBER_WORDS.has(w) || isFirstName(w)))
        && !keepsLeadingAcronym(toks, s, e) && !opensBodyName(doc, s, e) && !netFirmName(toks, s, e)
        // ("Police Federation chairman Jan Berry": "Jan" before a surname is a given name, not January.)
        && !(w === 'jan' && s + 1 < e && toks[s].text === 'Jan' && isUpperStart(toks[s + 1].text) && !MONTHS.has(lower(toks[s + 1])))
        // ("He wrote it with June Carter Cash": "June" before a two-word name, not after a word of dates, is a given name.)
        && !(w === 'june' && s + 2 < e && isUpperStart(toks[s + 1].text) && !MONTHS.has(lower(toks[s + 1])) && !(s > 0 && DATE_LEADS.has(lower(toks[s - 1]))))) { s++; continue; }
      // Whether the run's first word opens a clause: the tests below ask it again and again.
      const clause = startsClause(doc, s);
      // "Anti-virus firm Sophos", "Pro-democracy group X": a clause-initial compound of common words,
      // written in lower case after its hyphen, is no name ("Coca-Cola" has a capital after it).
      if (clause && lowerCompound(t.text) && !lookupPlaceOrOrg(t.text)) { s++; continue; }
      if (clause && t.pos !== 'PROPN' && !/^\d/.test(t.text) && !lookupPlaceOrOrg(t.text) && !demonymOf(t)
        && !HONORIFICS.has(w) && !isTitleWord(w) && !isFirstName(w) && !nerByToken[s]) { s++; continue; }
      // "Firms AM3D and SRS": a clause-initial plural common noun the article also writes in lower case,
      // before a name that is no English word, is not part of the name.
      if (clause && s + 1 < e && w.endsWith('s') && lowerWords.has(w) && englishWords().has(w) && !englishWords().has(lower(toks[s + 1]))
        && !isFirstName(w) && !lookupPlaceOrOrg(t.text) && !isTitleWord(w)) { s++; continue; }
      // "Record company EMI", "Cable firm Telewest", "Polling company ICM": a clause-initial common word
      // before a lower-case noun for a body is that noun's modifier, no name.
      // (Not a demonym, "German firm Siemens", nor "Rugby union", a sport.)
      if (clause && e - s === 1 && e < toks.length && englishWords().has(w) && !lookupPlaceOrOrg(t.text) && !demonymOf(t) && isLowerStart(toks[e].text)
        && CUE_BEFORE.get(lower(toks[e])) === 'ORG' && lower(toks[e]) !== 'union' && toks[e].sentence === t.sentence) { s++; continue; }
      // "Fellow Bath prop Duncan Bell", "Teenager Sania Mirza", "Veteran Tory MP X": a clause-initial word that
      // describes the person or body after it is no part of its name.
      if (clause && s + 1 < e && DESCRIBING_OPENERS.has(w)) { s++; continue; }
      // "Weak US fuel stocks", "Young UK film fans": a clause-initial common word before a country's name
      // is no part of it (unless it makes a name with it: "New Zealand", "Air China", "Little Britain").
      // ("Matt Holland had put the visitors ahead": a given name before a country-named surname, as a clause's subject, is a person.)
      if (clause && e - s === 2 && englishWords().has(w) && !PLACE_NAME_STARTS.has(w) && !isFirstName(w) && !isTitleWord(w)
        && gazOfSpan(doc, s + 1, e)?.kind === 'country' && !(isGivenName(w) && (toks[e]?.pos === 'AUX' || toks[e]?.pos === 'VERB'))) { s++; continue; }
      // "Developer Valve", "Rival Sony", "Firms AM3D": a clause-initial noun that says what a name is (see CUE_BEFORE)
      // is no part of the name, unless it is a word organisation names end or start with ("Group Menatep", "Channel 4").
      if (clause && s + 1 < e && leadingCueNoun(w) && !gazOfSpan(doc, s, s + 2) && !ORG_SUFFIXES.has(lower(toks[e - 1]))) { s++; continue; }
      // "Texan Michael Chicoine", "New Yorker William Trowbridge": a known demonym (one or two words, not
      // itself a given name) before a given name and a surname names the person's place, and is no part of the name.
      {
        // (Only runs of three words or more can hold a demonym, a given name and a surname: the look-up slices text.)
        const n = e - s >= 3 ? demonymLength(doc, s, e) : 0;
        // The model must see a person there, unless it is a common first name and a surname ("Californian Thomas Slattery").
        if (n && s + n + 2 <= e && givenToken(toks[s + n]) && !givenToken(t)
          && (nerByToken[s + n] === 'PERSON' || (s + n + 2 === e && isFirstName(lower(toks[s + n])) && !ORG_SUFFIXES.has(lower(toks[e - 1]))))) {
          out.push(demonym(doc, s, s + n));
          s += n;
          continue;
        }
      }
      // "Frenchman Gilles Simon": any other inhabitant's name before a full personal name is no part of it either.
      {
        let k = s;
        // (givenToken covers the hand list of first names too.)
        while (k < s + 2 && k + 2 < e && !givenToken(toks[k])) k++;
        // The model must see the person start at the given name, not before it ("Rhodri Glyn Thomas" stays whole).
        // (Those cheap tests first: most runs have no inhabitant's noun, and the suffix tests are regexes.)
        const prefix = k > s ? lower(toks[k - 1]) : '';
        if (k > s && k + 2 <= e && nerByToken[k] === 'PERSON' && nerByToken[s] !== 'PERSON' && givenToken(toks[k])
          && (!!demonymOf(toks[k - 1]) || /(man|woman)$/.test(prefix) || (/(an|er|ese|ish|ian|i)$/.test(prefix) && !englishWords().has(prefix)))
          && !ORG_SUFFIXES.has(lower(toks[e - 1]))
          && !HONORIFICS.has(w) && !isTitleWord(w) && !TITLE_HEADS.has(prefix) && !gazOfSpan(doc, s, k)) {
          // "Argentine Juan Ignacio Chela": the demonym still names the country.
          if (k - s === 1 && demonymOf(toks[s])) out.push(demonym(doc, s));
          s = k;
          continue;
        }
      }
      // "Contestants Paul Burrell": a clause-initial common noun before a first name is not part of the name.
      if (clause && s + 1 < e && isFirstName(lower(toks[s + 1])) && !isFirstName(w) && englishWords().has(w)
        && !lookupPlaceOrOrg(t.text) && !demonymOf(t) && !isTitleWord(w)) { s++; continue; }
      // "Referee Howard Webb", "Keeper Petr Cech", "Defiant Matt Williams": so is any clause-initial English word
      // that is no given name before a given name from the public lists and a surname.
      // ("New York Senator Charles Schumer": not when the word starts a known name; "Super Mario 64 DS": not before a number.)
      if (clause && s + 2 < e && w.length >= 4 && givenToken(toks[s + 1]) && !givenToken(t) && englishWords().has(w)
        && !lookupPlaceOrOrg(t.text) && !demonymOf(t) && !isTitleWord(w) && !ORG_SUFFIXES.has(lower(toks[e - 1]))
        && !gazOfSpan(doc, s, s + 2) && !hasNumber(toks, s + 1, e)) { s++; continue; }
      break;
    }
    // Trailing common words: "Ugandan NGOs".
    // "Scottish Parliament", "Labour government" keep their organisation word.
    // ("Council of Ministers": not the word closing a body's "of" name.)
    // ("internet service provider UK Online", "BBC News Online", "Ultima Online": "Online" after a name closes it.)
    while (e > s && !whole && isNotName(toks[e - 1]) && !TITLE_HEADS.has(lower(toks[e - 1])) && !MONTHS.has(lower(toks[e - 1])) && !(e - s >= 2 && toks[e - 1].text === 'Online')
      // ("country star Hank Williams Jr": a generation suffix after a given name and a surname is the name's.)
      && !(e - s === 3 && GENERATION_SUFFIXES.has(lower(toks[e - 1])) && isUpperStart(toks[e - 1].text) && givenToken(toks[s]))
      && !(e - s >= 3 && ORG_HEADS.has(lower(toks[s])) && lower(toks[e - 2]) === 'of')
      && !(e - s >= 2 && ORG_SUFFIXES.has(lower(toks[e - 1])) && isUpperStart(toks[e - 1].text) && !isCountryMedia(toks, s, e))
      && !(e - s === 2 && NUMBER_WORDS.has(lower(toks[e - 1])) && isChannelOwner(toks[s]))
      && !gamesMaker(toks, s, e)) e--;
    // "Ryan 79", "Nick Buckfield 51": a minute or a time after a person's name is no part of it.
    while (e - s >= 2 && isShortNumber(toks[e - 1].text) && (nerByToken[e - 2] === 'PERSON' || givenToken(toks[s]))) e--;
    if (s >= e) continue;
    // A lone month or day is a date, not a name; so is "May 5".
    if (e - s === 1 && (isNotName(toks[s]) || GROUP_WORDS.has(lower(toks[s])) || SEASONS.has(lower(toks[s])))) continue;
    // "MSPs", "NGOs": a plural acronym is a common noun.
    if (e - s === 1 && /^[A-Z]{2,}s$/.test(toks[s].text)) continue;
    splitRun(doc, s, e, nerByToken, out);
  }
  // NER spans the capitalisation rules missed entirely.
  for (const m of ner) {
    if (m.type === 'MISC') continue;
    let free = true;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (covered[k]) { free = false; break; }
    if (!free || !isUpperStart(m.text)) continue;
    const c = makeName(doc, m.tokenStart, m.tokenEnd, m.tokenStart, nerByToken);
    out.push(c);
  }
  findLowerCaseTitles(doc, covered, out);
  // An article that uses a demonym as a language ("shot in Hindi and English") means the
  // language by its other uses too ("the English print").
  if (languageDemonyms.size) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'demonym' && languageDemonyms.has(out[i].text.toLowerCase())) out.splice(i, 1);
  }
  out.sort((a, b) => a.tokenStart - b.tokenStart);
  markSecondTeams(doc, out);
  markAcronymDefinitions(doc, out);
  markListMembers(doc, out);
  markNameLists(doc, out);
  return out;
}

/**
 * "Morrissey beat Eminem, Usher and Robbie Williams", "pipped Kylie Minogue, Joss Stone, Anastacia
 * and Natasha Bedingfield": the names of one list (three or more, joined by commas and a final
 * "and"/"or") are of one kind. When their own evidence (a known first name, the NER model's
 * guess, the gazetteer) clearly points to one type, every member gets that type's vote, so a
 * lone stage name the model calls a place or a name made of ordinary words is not dropped.
 */
function markNameLists(doc: AnnotatedText, cands: Candidate[]): void {
  const toks = doc.tokens;
  let i = 0;
  while (i < cands.length) {
    if (cands[i].kind !== 'name') { i++; continue; }
    let j = i + 1;
    let closed = false;
    for (; j < cands.length && !closed; j++) {
      // The words between two names: ",", "and", "or" or ", and" / ", or".
      const from = cands[j - 1].tokenEnd;
      const n = cands[j].tokenStart - from;
      if (cands[j].kind !== 'name' || n < 1 || n > 2) break;
      const g0 = toks[from].normal;
      const g1 = n === 2 ? toks[from + 1].normal : '';
      if (n === 1 ? !(g0 === ',' || isConj(g0)) : !(g0 === ',' && isConj(g1))) break;
      if (isConj(g0) || isConj(g1)) closed = true;
    }
    // "Department for Environment, Food and Rural Affairs": a list after "of"/"for" is inside a name.
    // (Tested before the members are sliced out: most names are in no list.)
    const opener = toks[cands[i].tokenStart - 1]?.normal;
    if (closed && j - i >= 3 && opener !== 'of' && opener !== 'for') {
      const members = cands.slice(i, j);
      const evidence: Record<'PERSON' | 'ORG' | 'LOC', number> = { PERSON: 0, ORG: 0, LOC: 0 };
      for (const c of members) {
        if (tokensOfText(c.text).length > 1 && (isFirstName(tokensOfText(c.text)[0]) || isGivenName(tokensOfText(c.text)[0]))) evidence.PERSON += 2;
        // A place the gazetteer does not know is the model's weakest guess.
        if (c.ner === 'PERSON' || c.ner === 'ORG' || c.ner === 'LOC') evidence[c.ner] += c.ner === 'LOC' && !c.gaz ? 0.5 : 1;
        if (c.gaz) evidence[c.gaz.type] += 2;
      }
      const ranked = (['PERSON', 'ORG', 'LOC'] as const).map((t) => [t, evidence[t]] as const).sort((a, b) => b[1] - a[1]);
      const [type, best] = ranked[0];
      if (best >= members.length && best >= 2 * ranked[1][1]) {
        // Titles of works ("Million Dollar Baby") and ordinary words ("Food") in the list get nothing.
        // A person's name may be made of ordinary words ("Joss Stone"): in a list of persons, a two-word
        // member the model also reads as a person is one too when at least two other members and half
        // of them are persons by a first name ("Vera Drake, Calendar Girls and Enduring Love" are films).
        const namedPersons = members.filter(startsWithGivenName).length;
        const personList = type === 'PERSON' && namedPersons >= 2 && namedPersons * 2 >= members.length;
        const ordinary = (c: Candidate): boolean => tokensOfText(c.text).every((w) => englishWords().has(w) || lowerWords.has(w))
          && !(personList && c.ner === 'PERSON' && c.tokenEnd - c.tokenStart === 2 && !startsWithGivenName(c));
        // A member the model calls another kind of name keeps it ("Keane" the band among singers).
        // ("Meryl Streep, Morgan Freeman and Cate Blanchett": a given name outweighs the model's guess in a list of persons.)
        const otherGuess = (c: Candidate): boolean => (c.ner === 'PERSON' || c.ner === 'ORG') && c.ner !== type && !(personList && startsWithGivenName(c));
        // Two members the gazetteer knows as the type ("Sony, IBM and Toshiba") outweigh the model's "product" guess for another.
        const known = members.filter((c) => c.gaz?.type === type).length;
        for (const c of members) {
          if ((!c.gaz || c.gaz.type === type) && !otherGuess(c) && !ordinary(c)) c.votes[type] += known >= 2 ? 4 : 3;
        }
        // "Morrissey beat Eminem, Usher and Robbie Williams": whoever beat the list's members is of their kind.
        const rival = cands[i - 1];
        if (rival?.kind === 'name' && rival.tokenEnd === cands[i].tokenStart - 1 && CONTEST_VERBS.has(toks[rival.tokenEnd].normal)
          && !rival.gaz && !otherGuess(rival) && !ordinary(rival)) rival.votes[type] += 3;
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** A name of two words or more that starts with a known given name ("Kylie Minogue"; not "La" of "La Traviata"). */
function startsWithGivenName(c: Candidate): boolean {
  if (c.gaz || c.tokenEnd - c.tokenStart < 2) return false;
  const first = tokensOfText(c.text)[0];
  return first.length >= 3 && isGivenName(first);
}

/** Verbs of beating rivals: the winner is of the kind of those it beat (persons, or teams). */
const CONTEST_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'pipped', 'edged', 'overcame', 'outclassed', 'thrashed']);

function isConj(w: string): boolean {
  return w === 'and' || w === 'or';
}

function tokensOfText(text: string): string[] {
  return text.toLowerCase().split(/\s+/);
}

const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201c', '\u201d']);
/**
 * "Ahmed 'Mido' Hossam", 'Jimmy "the Whirlwind" White': first name, a quoted nickname (one word,
 * or "the" and one word), surname; start token, nickname and token count of each.
 */
function nicknamedNames(doc: AnnotatedText): Array<[number, string, number]> {
  const toks = doc.tokens;
  const out: Array<[number, string, number]> = [];
  for (let i = 0; i + 4 < toks.length; i++) {
    // The quote marks first, and their length before hashing them: this runs on every token.
    const q1 = toks[i + 1];
    if (q1.text.length !== 1 || !QUOTES.has(q1.text)) continue;
    const the = toks[i + 2].normal === 'the' && i + 5 < toks.length ? 1 : 0;
    const q2 = toks[i + 3 + the];
    if (q2.text.length !== 1 || !QUOTES.has(q2.text)) continue;
    const a = toks[i];
    const n = toks[i + 2 + the];
    const b = toks[i + 4 + the];
    if (!isCap(a) || !isCap(n) || !isCap(b)) continue;
    if (a.sentence !== b.sentence || isNotName(a) || isNotName(b) || isTitleWord(lower(a)) || !q1.spaceBefore || !b.spaceBefore) continue;
    out.push([i, the ? `the ${n.text}` : n.text, 5 + the]);
    i += 4 + the;
  }
  return out;
}

/**
 * "shot in Hindi and English", "she speaks French": a demonym with no noun after it, after a word
 * of speaking or "in" (possibly across a list of languages), names a language, not the country.
 */
function isLanguageUse(doc: AnnotatedText, s: number, e: number): boolean {
  const toks = doc.tokens;
  const next = toks[e];
  if (next && next.sentence === toks[s].sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') && !/^[A-Z]/.test(next.text)) return false;
  for (let k = s - 1; k >= 0 && k >= s - 6 && toks[k].sentence === toks[s].sentence; k--) {
    const w = lower(toks[k]);
    if (LANGUAGE_CUES.has(w)) return true;
    if (w === 'and' || w === 'or' || w === ',' || w === 'both' || w === 'either' || LANGUAGES.has(w) || demonymOf(toks[k])) continue;
    return false;
  }
  return false;
}

/**
 * "the American spent three days", "the 24-year-old Swiss", "an Australian": a singular demonym
 * after a determiner, with no noun after it, is a person of that nationality, not the country.
 * Plural and collective forms stay the nation or its team ("the Irish beat Italy", "the Italians").
 */
function isNationalityNoun(doc: AnnotatedText, s: number, e: number): boolean {
  const toks = doc.tokens;
  const next = toks[e];
  if (next && next.sentence === toks[s].sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return false;
  // ("All four Britons held by the US", "two Americans": a counted plural is people of that nationality.)
  const count = toks[s - 1];
  if (count && count.sentence === toks[s].sentence && /s$/.test(lower(toks[e - 1])) && (count.pos === 'NUM' || NUMBER_WORDS.has(lower(count)) || COUNT_WORDS.has(lower(count)))) return true;
  let k = s - 1;
  let aged = false;
  // Skip adjectives and an age ("24-year-old").
  while (k >= 0 && k > s - 8 && toks[k].sentence === toks[s].sentence && (toks[k].pos === 'ADJ' || toks[k].pos === 'NUM' || toks[k].text === '-' || /^(year|old)$/.test(lower(toks[k])))) {
    if (/^(year|old)$/.test(lower(toks[k])) || /-year-old$/.test(lower(toks[k]))) aged = true;
    k--;
  }
  if (k < 0 || toks[k].sentence !== toks[s].sentence) return false;
  const w = lower(toks[k]);
  if (w === 'a' || w === 'an' || w === 'fellow') return true;
  if (w !== 'the') return false;
  return aged || !isCollectiveDemonym(lower(toks[e - 1]));
}

/** Quantifiers that count people ("several Britons", "many Americans"). */
const COUNT_WORDS = new Set(['several', 'many', 'some', 'few', 'dozens', 'hundreds', 'thousands', 'both']);

/** Capitalised titles a portfolio word comes before ("Labour Minister", "Labour Secretary"). */
const PORTFOLIO_TITLES = new Set(['Minister', 'Ministry', 'Secretary']);

/** Lower-case kinds of place before "of" and a name ("the town of Camberley"). */
const PLACE_KIND_NOUNS = new Set(['town', 'city', 'village', 'resort', 'island', 'islands', 'province', 'region', 'state', 'port', 'district', 'capital', 'county',
  'suburb', 'borough', 'area', 'republic', 'kingdom', 'enclave', 'territory', 'constituency', 'stronghold', 'heartland', 'seat']);

/** Words before a work's title, which a capitalised "The" after them opens ("for The Producers", "in The Grifters", "of The Sims", "such as The Professionals", "beat The Sopranos"). */
const WORK_TITLE_OPENERS = new Set(['for', 'in', 'of', 'as', 'after', 'beat', 'beats', 'and', ',']);

/** What a body publishes, before "by" or "from" and its name ("a survey by Hostway"). */
const STUDY_NOUNS = new Set(['survey', 'surveys', 'study', 'studies', 'research', 'report', 'poll', 'analysis', 'figures', 'data', 'forecast', 'forecasts', 'estimates']);

/** The cue type of a lower-case noun, singular or plural ("games" -> MISC, "firms" -> ORG). */
function nounCue(w: string): 'PERSON' | 'ORG' | 'LOC' | 'MISC' | undefined {
  return CUE_BEFORE.get(w) ?? (w.endsWith('s') ? CUE_BEFORE.get(w.slice(0, -1)) : undefined);
}

/**
 * "games such as Populous, Theme Park and Black & White", "firms including Dell and HP": the names
 * listed after "such as", "like" or "including" are of the kind the noun before it says.
 */
function markListMembers(doc: AnnotatedText, cands: Candidate[]): void {
  const toks = doc.tokens;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.kind !== 'name') continue;
    const p = toks[c.tokenStart - 1];
    const pp = toks[c.tokenStart - 2];
    const opens = p && (p.normal === 'including' || p.normal === 'like' || (p.normal === 'as' && pp?.normal === 'such'));
    // "The star of Rain Man and Tootsie", "roles in I Heart Huckabees, Finding Neverland": a list of works.
    if (!opens && !c.gaz && worksListAt(toks, c.phraseStart)) {
      const works = [c];
      let closed = false;
      for (let j = i + 1; j < cands.length && !closed; j++) {
        const d = cands[j];
        const gap = toks.slice(cands[j - 1].tokenEnd, d.tokenStart).map((t) => t.normal);
        if (d.kind !== 'name' || d.gaz || gap.length < 1 || gap.length > 2 || !gap.every((g) => g === ',' || g === 'and' || g === 'or')) break;
        works.push(d);
        closed = gap.includes('and') || gap.includes('or');
      }
      // (A list closed by "and" or "or": "a cameo in Postcards From The Edge, Bening's breakthrough role" is none;
      // a member with a given name is a person: "Ray Charles".)
      if (closed) for (const m of works) if (!startsWithGivenName(m)) m.votes.MISC += 8;
      continue;
    }
    if (!opens) continue;
    let cue: ReturnType<typeof nounCue>;
    const from = c.tokenStart - (p.normal === 'as' ? 3 : 2);
    for (let k = from; k >= 0 && k > from - 10 && toks[k].sentence === c.sentence; k--) {
      if (toks[k].pos === 'VERB' || toks[k].pos === 'PUNCT') break;
      if (toks[k].pos === 'NOUN' && isLowerStart(toks[k].text)) { cue = nounCue(toks[k].normal); if (cue) break; }
    }
    if (!cue) continue;
    const members = [c];
    // The rest of the list: names joined by commas, "and", "or".
    for (let j = i + 1; j < cands.length; j++) {
      const prev = cands[j - 1];
      const d = cands[j];
      const gap = toks.slice(prev.tokenEnd, d.tokenStart).map((t) => t.normal);
      if (d.kind !== 'name' || gap.length < 1 || gap.length > 2 || !gap.every((g) => g === ',' || g === 'and' || g === 'or')) break;
      members.push(d);
      if (gap.includes('and') || gap.includes('or')) break;
    }
    // "stars set to bestow an award at the ceremony including Dustin Hoffman, Drew Barrymore, ...":
    // the nearest noun is not always what the list is of; two or more members the model reads as
    // persons by a given name, and most of them, make it a list of persons, not of things.
    if (cue === 'MISC') {
      const persons = members.filter((m) => m.ner === 'PERSON' && startsWithGivenName(m)).length;
      if (persons >= 2 && persons * 2 > members.length) continue;
    }
    for (const m of members) m.votes[cue] += 4;
  }
}


/**
 * "the prime minister", "the chancellor" written in lower case, with no name after them: title
 * candidates that link to the one person the article gave that title (see link-title-references.ts).
 */
function findLowerCaseTitles(doc: AnnotatedText, covered: readonly number[], out: Candidate[]): void {
  const toks = doc.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].normal !== 'the') continue;
    let k = i + 1;
    // "the England captain", "the Tory leader": one name (already a candidate) before the title.
    // ("the Manchester United manager": a name of up to four words.)
    let n = 0;
    while (n < 4 && k + n + 1 < toks.length && covered[k + n] && isCap(toks[k + n]) && toks[k + n].sentence === toks[i].sentence) n++;
    if (n > 0 && !covered[k + n] && isLowerStart(toks[k + n].text)
      && toks[k + n].sentence === toks[i].sentence && (OFFICE_HEADS.has(toks[k + n].normal) || TITLE_MODIFIERS.has(toks[k + n].normal))) k += n;
    const titleFrom = k;
    let headEnd = -1;
    while (k < toks.length && !covered[k] && isLowerStart(toks[k].text) && (TITLE_MODIFIERS.has(toks[k].normal) || OFFICE_HEADS.has(toks[k].normal))) {
      if (OFFICE_HEADS.has(toks[k].normal)) headEnd = k + 1;
      k++;
    }
    if (headEnd < 0 || headEnd !== k) continue;
    const next = toks[headEnd];
    if (next && (isCap(next) || next.text === "'s" || next.normal === 'of')) continue;
    const title = toks.slice(titleFrom, headEnd).map((t) => t.normal).join(' ');
    const c = newCandidate('title', titleFrom, headEnd, doc.text.slice(toks[titleFrom].start, toks[headEnd - 1].end), toks[i].sentence, titleFrom);
    c.title = title;
    out.push(c);
    i = headEnd - 1;
  }
}

/**
 * "the England A side", "England A beat France A": a country's name, then a capital "A" in the same
 * sentence (where it cannot be the article), names the country's second team, a side of its own.
 */
function markSecondTeams(doc: AnnotatedText, cands: Candidate[]): void {
  const toks = doc.tokens;
  for (const c of cands) {
    const a = toks[c.tokenEnd];
    if (c.kind !== 'name' || c.gaz?.type !== 'LOC' || a?.text !== 'A' || a.sentence !== c.sentence || !a.spaceBefore) continue;
    c.tokenEnd++;
    c.text = doc.text.slice(toks[c.tokenStart].start, a.end);
    c.gaz = undefined;
    c.normalized = undefined;
    c.votes = { PERSON: 0, ORG: 8, LOC: 0, MISC: 0 };
  }
}

function isSentenceInitial(doc: AnnotatedText, i: number): boolean {
  const t = doc.tokens[i];
  const first = doc.sentences[t.sentence].tokenStart;
  for (let k = first; k < i; k++) { const p = doc.tokens[k]; if (p.pos !== 'PUNCT') return false; }
  return true;
}
/** Sentence-initial, or first on its line (a headline and its first paragraph may share a sentence). */
function startsClause(doc: AnnotatedText, i: number): boolean {
  if (isSentenceInitial(doc, i)) return true;
  const t = doc.tokens[i];
  const prev = i > 0 ? doc.tokens[i - 1] : undefined;
  // After an opening quote or bracket a clause starts; after a closing quote that follows a comma it goes on
  // ('"...in this," The Spectator editor told').
  if (prev && (prev.text === '"' || prev.text === "'") && i >= 2 && doc.tokens[i - 2].text === ',' && doc.tokens[i - 2].sentence === t.sentence) return false;
  if (prev && (prev.text === '"' || prev.text === '\u201c' || prev.text === "'" || prev.text === '(')) return true;
  return !!prev && (hasNewline(doc.text, prev.end, t.start) || prev.text.includes('\n'));
}

/** Is there a line break in text[from, to)? (No slice: this runs for many candidates.) */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** "Anti-virus", "Pro-democracy", "Cross-party": a hyphened token whose later parts are lower-case English words, as is its first. */
function lowerCompound(text: string): boolean {
  if (text.indexOf('-') < 0) return false;
  const parts = text.split('-');
  if (parts.length < 2 || parts.some((p) => !p)) return false;
  const words = englishWords();
  return parts.every((p, i) => (i === 0 || /^\p{Ll}/u.test(p)) && words.has(p.toLowerCase()));
}

/** Clause-initial words that describe the name after them and never start one ("Fellow Bath prop", "Teenager Sania Mirza"). */
const DESCRIBING_OPENERS = new Set(['fellow', 'teenager', 'veteran', 'newcomer', 'youngster', 'compatriot', 'countryman', 'senior', 'junior',
  // A player's position: "Winger Nitoglia dropped the ball", "Prop Martin Castrogiovanni".
  'winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'flanker', 'prop', 'hooker', 'fly-half', 'scrum-half', 'full-back',
  // What the player did: "Matchwinner Keane was full of praise", "Goalscorer Smith".
  'matchwinner', 'match-winner', 'goalscorer', 'scorer', 'debutant', 'substitute', 'captain', 'skipper']);

/** Common words that start names with a country's name after them ("New Zealand", "Air China", "Little Britain", "Great Britain"). */
const PLACE_NAME_STARTS = new Set(['new', 'great', 'greater', 'little', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'central', 'upper', 'lower', 'united', 'royal', 'air', 'old', 'grand', 'real', 'radio', 'channel', 'bank', 'team', 'visit', 'invest', 'trade', 'save']);

/** Token `k` ends a short noun phrase that a possessive pronoun opens ("his club side", "their old rivals"). */
function ownedPhraseBefore(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (POSSESSIVE_OWNERS.has(toks[j].normal)) return true;
    if (toks[j].pos !== 'NOUN' && toks[j].pos !== 'ADJ') return false;
  }
  return false;
}

/** Possessive pronouns that open an owned body's phrase. */
const POSSESSIVE_OWNERS = new Set(['his', 'her', 'their', 'its']);

/** Words before "leader" that make the leader a company: "market leader Best Buy". */
const MARKET_LEADS = new Set(['market', 'sector', 'industry']);

/** Units written in capitals after a number ("60 GB", "2 GHz"). */
const UNIT_ABBREVIATIONS = new Set(['GB', 'MB', 'KB', 'TB', 'GHz', 'MHz', 'KHz', 'MW', 'GW', 'KW', 'KM', 'MPH', 'BHP']);

/** Splits one run into [country/demonym] [title] [name] parts and pushes the candidates. */
function splitRun(doc: AnnotatedText, s: number, e: number, nerByToken: Array<MentionType | undefined>, out: Candidate[]): void {
  const toks = doc.tokens;
  const words = [];
  for (let k = s; k < e; k++) words.push(lower(toks[k]));
  const last = words[words.length - 1];
  const whole = doc.text.slice(toks[s].start, toks[e - 1].end);
  // "the US Government", "the British Government": a country's government is the country acting
  // (as "the British government"), not a body of its own name.
  if (e - s === 2 && (last === 'government' || last === 'govt') && !gazOfSpan(doc, s, e) && (demonymOf(toks[s]) || gazOfSpan(doc, s, s + 1)?.type === 'LOC')) {
    splitRun(doc, s, s + 1, nerByToken, out);
    return;
  }
  // "a 60 GB drive", "3 MW": a unit after a number is no name (GB is also Great Britain).
  if (e - s === 1 && UNIT_ABBREVIATIONS.has(toks[s].text) && s > 0 && toks[s - 1].pos === 'NUM') return;
  // "Team GB", "Team USA": a country's national team is the country (as "England" for its side).
  if (e - s === 2 && words[0] === 'team' && gazOfSpan(doc, s + 1, e)?.kind === 'country') {
    splitRun(doc, s + 1, e, nerByToken, out);
    return;
  }
  // "An Audience With Alastair Campbell": a title that ends "With" and a person's full name is a
  // work named after the person; only the person is a name (not "Audience With ..." as his longest name).
  for (let k = s + 1; k < e - 1; k++) {
    if (toks[k].text === 'With' && givenToken(toks[k + 1])) {
      splitRun(doc, k + 1, e, nerByToken, out);
      return;
    }
  }
  // An organisation name is kept whole: "British Chambers of Commerce", "Ugandan Media Council".
  const gazWhole = gazOfSpan(doc, s, e);
  // "Premier League": a title word right before an organisation word is part of the name, no title.
  const orgAfterTitle = e - s === 2 && ORG_SUFFIXES.has(last) && !TITLE_HEADS.has(last) && !isTitleWord(last) && !HONORIFICS.has(words[0]);
  // "the Prince Edward Theatre", "Queen Elizabeth Hall": a royal title before a name and a venue word is the venue's name.
  const royalVenue = e - s === 3 && ROYAL_TITLES.has(words[0]) && VENUE_WORDS.has(last) && isUpperStart(toks[s + 1].text);
  if (gazWhole || royalVenue || (e - s > 1 && (ORG_SUFFIXES.has(last) || hasOfJoin(toks, s, e)) && !TITLE_HEADS.has(last) && (!TITLE_HEADS.has(words[0]) || orgAfterTitle))) {
    out.push(makeName(doc, s, e, s, nerByToken));
    return;
  }
  // "told the BBC Michael Howard had...": a known organisation or place run into a full personal name is two names.
  if (e - s >= 3) {
    for (let k = s + 1; k <= Math.min(s + 3, e - 2); k++) {
      const head = gazOfSpan(doc, s, k);
      if (head && givenToken(toks[k]) && !TITLE_HEADS.has(lower(toks[k])) && !hasOrgOrVenueWord(toks, k, e)) {
        out.push(makeName(doc, s, k, s, nerByToken));
        splitRun(doc, k, e, nerByToken, out);
        return;
      }
    }
  }
  // "Lib Dem Treasury spokesman", "BBC Home Affairs correspondent": a known organisation and a
  // portfolio before a lower-case role are the organisation alone (the Treasury is not the party's).
  const portfolioFrom = e - s >= 2 ? portfolioAfterOrg(doc, s, e) : -1;
  if (portfolioFrom > 0) {
    out.push(makeName(doc, s, portfolioFrom, s, nerByToken));
    return;
  }
  // Find the title phrase: the last title head in the run that is followed by a name.
  let titleEnd = -1;
  for (let k = s; k < e; k++) {
    const w = lower(toks[k]);
    // "Sacha Baron Cohen": a peer's title right after a given name is a middle name.
    if (PEER_TITLES.has(w) && k > s && givenToken(toks[k - 1])) continue;
    // "Star Wars", "Model Railway": a noun title that starts a run is a title only before a person's name.
    if (k === s && NOUN_TITLES.has(w) && k + 1 < e && !givenToken(toks[k + 1]) && nerByToken[k + 1] !== 'PERSON') continue;
    // "Mr King", "Ms Prince": a royal title after an honorific is a surname.
    if (ROYAL_TITLES.has(w) && k > s && HONORIFICS.has(lower(toks[k - 1])) && k === e - 1) continue;
    if (TITLE_HEADS.has(w) || HONORIFICS.has(w)) titleEnd = k + 1;
    // ("Chief Operating Officer of Sony": a post's field inside the title, no name; "Operating Officer" was a person.)
    else if (titleEnd >= 0 && !TITLE_MODIFIERS.has(w) && !TITLE_FIELDS.has(w)) break;
  }
  // "John Smith, Chief Executive of Acme": a title closing the run with "Executive" is all title.
  if (titleEnd >= 0 && last === 'executive' && words.slice(titleEnd - s).every((w) => TITLE_MODIFIERS.has(w))) titleEnd = e;
  // "Chief Executive Tom Smith", "Secretary General Kofi Annan": modifiers right after the head belong to the title.
  while (titleEnd >= 0 && titleEnd < e - 1 && TITLE_MODIFIERS.has(lower(toks[titleEnd])) && !isFirstName(lower(toks[titleEnd]))) titleEnd++;
  if (titleEnd < 0) {
    // No title: a lone demonym, or a plain name.
    // (The gazetteer does not know the whole run: it would have been kept whole above.)
    if (e - s <= 2 && countryOfDemonym(whole)) {
      if (isLanguageUse(doc, s, e)) languageDemonyms.add(whole.toLowerCase());
      else if (!isNationalityNoun(doc, s, e)) out.push(demonym(doc, s, e));
      return;
    }
    if (demonymOf(toks[s]) && e - s > 1 && nerByToken[s + 1] === 'PERSON' && nerByToken[s] !== 'PERSON') {
      out.push(demonym(doc, s));
      out.push(makeName(doc, s + 1, e, s, nerByToken));
      return;
    }
    // "Spaniard Costa", "Swede Persson": a noun for one of a country's people, before a name, names a person.
    if (e - s > 1 && PEOPLE_NOUNS.has(words[0]) && demonymOf(toks[s])) {
      out.push(demonym(doc, s));
      const c = makeName(doc, s + 1, e, s, nerByToken);
      c.votes.PERSON += 4;
      out.push(c);
      return;
    }
    out.push(makeName(doc, s, e, s, nerByToken));
    return;
  }
  // The title phrase starts at the first title word of the block that ends at titleEnd.
  let titleStart = titleEnd - 1;
  // "Labour MP Ed Balls": a capitalised "Labour" names the party, not a portfolio ("Work and Pensions").
  while (titleStart > s && (isTitleWord(lower(toks[titleStart - 1])) || TITLE_FIELDS.has(lower(toks[titleStart - 1]))) && toks[titleStart - 1].text !== 'Labour') titleStart--;
  // "Trade and Industry Secretary": the words joined by "and" name a department, not the title.
  if (titleStart > s && lower(toks[titleStart - 1]) === 'and') {
    while (titleStart < titleEnd - 1 && !TITLE_HEADS.has(lower(toks[titleStart]))) titleStart++;
  }
  // "Mervyn King", "Burger King", "Celebrity Big Brother": an honorific ending a run of names, with no
  // name after it, is the last word of a name, not a title (but "Mary Queen of Scots" holds one); so is
  // any title word right after a lone given name ("Simon Champion", "Paule Constable").
  const endWord = lower(toks[titleStart]);
  const surnameTitle = HONORIFICS.has(endWord) || (TITLE_HEADS.has(endWord) && titleStart - s === 1 && givenToken(toks[s]));
  if (titleEnd >= e && titleStart > s && titleEnd - titleStart === 1 && surnameTitle && !demonymOf(toks[titleStart - 1])
    && !gazOfSpan(doc, s, titleStart) && toks[e]?.normal !== 'of') {
    out.push(makeName(doc, s, e, s, nerByToken));
    return;
  }
  // "Office of the Deputy Prime Minister", "Council of Ministers": a title closing a body's "of (the)" name is part of it.
  const joiner = titleStart - 1 > s && lower(toks[titleStart - 1]) === 'the' ? titleStart - 2 : titleStart - 1;
  if (titleEnd >= e && joiner > s && ORG_HEADS.has(lower(toks[s])) && (lower(toks[joiner]) === 'of' || lower(toks[joiner]) === 'for')) {
    const c = makeName(doc, s, e, s, nerByToken);
    c.votes.ORG += 4;
    out.push(c);
    return;
  }
  // Words before the title: a country ("US"), a demonym ("Russian"), a party ("Labour") or a department ("Trade and Industry").
  if (titleStart > s) {
    // ("Assistant US Attorney Scott Christie": a title's qualifier before a known place belongs to the title.)
    const b = TITLE_MODIFIERS.has(words[0]) && !TITLE_HEADS.has(words[0]) && titleStart - s >= 2 && gazOfSpan(doc, s + 1, titleStart) ? s + 1 : s;
    if (titleStart - s === 1 && demonymOf(toks[s]) && !gazOfSpan(doc, s, titleStart)) out.push(demonym(doc, s));
    else {
      const c = makeName(doc, b, titleStart, s, nerByToken);
      if (!c.gaz) c.votes.ORG += 2; // "Trade and Industry Secretary": the words before a title name the body it heads
      out.push(c);
    }
  }
  const titleWords = [];
  for (let k = (titleStart > s && demonymOf(toks[s]) ? s : titleStart); k < titleEnd; k++) titleWords.push(lower(toks[k]));
  const title = titleWords.join(' ');
  if (titleEnd >= e) {
    // A lone demonym before the title belongs to it ("the Russian President"); a country or department does not.
    const from = titleStart > s && titleStart - s === 1 && demonymOf(toks[s]) ? s : titleStart;
    const t = newCandidate('title', titleStart, e, doc.text.slice(toks[from].start, toks[e - 1].end), toks[titleStart].sentence, s);
    t.title = title;
    out.push(t);
    return;
  }
  // "General Election": a title word before a common noun is not a title.
  let nameLike = nerByToken[titleEnd] === 'PERSON';
  for (let k = titleEnd; k < e && !nameLike; k++) if ((toks[k].pos === 'PROPN' && !NOT_NAMES.has(lower(toks[k]))) || isFirstName(lower(toks[k]))) nameLike = true;
  if (!nameLike) { out.push(makeName(doc, s, e, s, nerByToken)); return; }
  // "BBC Mr Howard": an honorific alone does not make the words before it part of the name's phrase.
  const onlyHonorific = titleEnd - titleStart === 1 && /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|baroness|baron|viscount|countess)\.?$/.test(lower(toks[titleStart]));
  const c = makeName(doc, titleEnd, e, onlyHonorific ? titleStart : s, nerByToken);
  c.title = title;
  let honorific = false;
  for (let k = titleStart; k < titleEnd; k++) {
    const g = HONORIFICS.get(lower(toks[k]));
    if (g !== undefined) { honorific = true; if (g) c.gender = g; }
  }
  c.votes.PERSON += honorific ? 6 : 4;
  // "Mr Houston", "Ms Essex", "Mr Mann" (the Isle of Man's other name): after a personal honorific a
  // place's name is a surname, so the gazetteer's place is not meant.
  if (onlyHonorific && c.gaz?.type === 'LOC') {
    c.votes.LOC -= 8;
    c.gaz = undefined;
  }
  out.push(c);
}

/** Demonyms that are nouns for one person, never adjectives ("Spaniard", not "Spanish"). */
const PEOPLE_NOUNS = new Set(['spaniard', 'swede', 'scot', 'briton', 'texan', 'californian', 'floridian']);

/** Title words that are ordinary nouns in names ("Star Wars", "Model T"). */
const NOUN_TITLES = new Set(['star', 'model', 'host']);
/** Peers' titles, which are also names ("Sacha Baron Cohen"). */
const PEER_TITLES = new Set(['baron', 'baroness', 'viscount', 'countess']);

/** The length (1 or 2 tokens) of a demonym starting a run at `s` ("Texan", "New Yorker"), else 0. */
function demonymLength(doc: AnnotatedText, s: number, e: number): number {
  if (demonymOf(doc.tokens[s])) return 1;
  return e - s >= 2 && countryOfDemonym(doc.text.slice(doc.tokens[s].start, doc.tokens[s + 1].end)) ? 2 : 0;
}

/**
 * Where a portfolio ("Treasury", "Home Affairs", "Work and Pensions") starts in a run that begins
 * with an organisation the gazetteer knows and is followed by a lower-case role noun
 * ("spokesman", "correspondent"); -1 when the run is not of that shape.
 */
function portfolioAfterOrg(doc: AnnotatedText, s: number, e: number): number {
  const toks = doc.tokens;
  // The portfolio: the longest tail of modifier words and "affairs" ("and" inside it), at least one word.
  // (Found before the role is tested: most runs end in no such word, and the role test runs on most runs.)
  let k = e;
  while (k - 1 > s && (TITLE_MODIFIERS.has(lower(toks[k - 1])) || lower(toks[k - 1]) === 'affairs' || (lower(toks[k - 1]) === 'and' && k < e))) k--;
  if (k === e || lower(toks[k]) === 'and') return -1;
  const role = toks[e];
  if (!role || role.sentence !== toks[s].sentence || !isLowerStart(role.text) || !(isRoleNoun(role.normal) || OFFICE_HEADS.has(role.normal))) return -1;
  return gazOfSpan(doc, s, k)?.type === 'ORG' ? k : -1;
}

function demonym(doc: AnnotatedText, k: number, end = k + 1): Candidate {
  const t = doc.tokens[k];
  const text = doc.text.slice(t.start, doc.tokens[end - 1].end);
  const c = newCandidate('demonym', k, end, text, t.sentence, k);
  c.country = countryOfDemonym(text);
  return c;
}

/**
 * A candidate with every field present, in the interface's order: all candidates share one object
 * shape, so the many reads of their fields stay monomorphic (fields added later in varying orders
 * made a dozen shapes and slow, megamorphic reads).
 */
function newCandidate(kind: Candidate['kind'], tokenStart: number, tokenEnd: number, text: string, sentence: number, phraseStart: number): Candidate {
  return { kind, tokenStart, tokenEnd, text, sentence, phraseStart, title: undefined, gender: '', gaz: undefined, country: undefined,
    definesAcronym: undefined, clauseStart: undefined, nickname: undefined, impersonal: undefined, ner: undefined, votes: emptyVotes(), normalized: undefined };
}

function words(toks: AnnotatedText['tokens'], s: number, e: number): string[] {
  const out: string[] = [];
  for (let k = s; k < e; k++) out.push(lower(toks[k]));
  return out;
}

/** Words after which a clause (and its subject) starts. */
const SUBJECT_OPENERS = new Set(['that', 'but', 'while', 'because', 'when', 'if', 'although', 'though', 'since', 'after', 'before', 'whether', 'where', 'so', 'yet']);

/**
 * Does the comma at `k` close a sentence's opening phrase ("In contrast, Sale are...", "However, Leeds
 * have...")? The sentence starts with a preposition, an adverb or a subordinator and has no other comma
 * before it (so "Leeds, Sale and Bath are" is no such opening).
 */
function afterOpeningPhrase(doc: AnnotatedText, k: number): boolean {
  const first = doc.sentences[doc.tokens[k].sentence].tokenStart;
  const p = doc.tokens[first].pos;
  if (p !== 'ADP' && p !== 'ADV' && p !== 'SCONJ') return false;
  for (let j = first; j < k; j++) if (doc.tokens[j].text === ',') return false;
  return k - first <= 6;
}

/** First words of newspaper titles ("Daily Record", "Sunday Times"). */
const NEWSPAPER_WORDS = new Set(['daily', 'sunday', 'saturday', 'evening', 'weekly']);
/** Royal titles that venues are named after ("Prince Edward Theatre", "Queen Elizabeth Hall"). */
const ROYAL_TITLES = new Set(['prince', 'princess', 'queen', 'king']);
/** Last words of venues ("Sage Centre", "Royal Albert Hall"). */
const VENUE_WORDS = new Set(['centre', 'center', 'arena', 'stadium', 'hall', 'park', 'theatre', 'theater', 'gardens', 'square']);
/** Last words of grounds, parks and quarters ("Hyde Park", "Ewood Park", "Den Stadium", "Canary Wharf"). */
const GROUNDS_WORDS = new Set(['park', 'stadium', 'arena', 'gardens', 'square', 'wharf', 'quay', 'docks', 'harbour', 'pier', 'embankment', 'heath']);
/** Events and awards named by one word. */
const EVENT_NAMES = new Set(['olympics', 'paralympics', 'grammys', 'oscars', 'emmys', 'baftas', 'brits']);

/** Separators before and after a line-up's names (a name before a colon heads the list: "Subs Not Used:"). */
const BEFORE_LINE_UP_NAME = new Set([',', ':', '(', '.']);
const AFTER_LINE_UP_NAME = new Set([',', '(', ')', '.']);

/** A match score as one token: "1-1", "27-27". */
const SCORE = /^\d{1,3}-\d{1,3}$/;

/** Tokens [s, e) stand alone between a line-up's separators ("Silvestre (Saha 70),"). */
function lineUpItem(toks: Token[], s: number, e: number): boolean {
  const after = toks[e]?.pos === 'NUM' && toks[e + 1]?.text === ')' ? toks[e + 1] : toks[e];
  return s > 0 && BEFORE_LINE_UP_NAME.has(toks[s - 1].text) && !!after && AFTER_LINE_UP_NAME.has(after.text);
}

/**
 * A match report's line-up: at least six names separated by commas, after a colon near the
 * sentence's start ("Man Utd: Carroll, Neville, ...") or with a substitution in brackets
 * ("Howard, Phil Neville, ..., Giggs (Saha 70), ..."); or the unused substitutes ("Subs Not Used: Rice, Todd").
 */
function lineUp(doc: AnnotatedText, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  const toks = doc.tokens;
  let colon = false;
  for (let i = s.tokenStart; i < s.tokenEnd && i < s.tokenStart + 6; i++) if (toks[i].text === ':') colon = true;
  if (colon && /^subs$/i.test(toks[s.tokenStart].text)) return true;
  let names = 0;
  let substitution = false;
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    if (toks[i].text === ',' && isUpperStart(toks[i - 1].text)) names++;
    if (toks[i].text === ')' && toks[i - 1].pos === 'NUM' && i >= 3 && toks[i - 3].text === '(') substitution = true;
  }
  return names >= 5 && (colon || substitution);
}

/** Words of names whose number names a body: a channel, a station, an office ("Channel 4", "BBC Radio 1", "Number 10"). */
const NUMBERED_BODY_WORDS = new Set(['bbc', 'radio', 'channel', 'number', 'news', 'espn', 'itv', 'sky', 'key', 'bet', 'capital', 'club', 'fm', 'tv']);

/** Words before "Games" that make it a sporting event ("Olympic Games", "Boston Indoor Games"). */
const GAMES_EVENT_WORDS = new Set(['olympic', 'olympics', 'paralympic', 'commonwealth', 'indoor', 'winter', 'summer', 'youth', 'world', 'pan', 'goodwill', 'highland', 'island', 'islands', 'the']);

/**
 * "Argonaut Games", "Rockstar Games": a name closed by "Games" is a games maker, unless the word
 * before says an event ("Olympic Games") or a place or month holds it ("Athens Games", "August Games").
 */
function gamesMaker(toks: Token[], s: number, e: number): boolean {
  if (e - s < 2 || toks[e - 1].text !== 'Games') return false;
  const before = toks[e - 2];
  const w = lower(before);
  return !GAMES_EVENT_WORDS.has(w) && !MONTHS.has(w) && !demonymOf(before) && !countryOfDemonym(before.text) && lookupPlaceOrOrg(before.text)?.type !== 'LOC';
}

/** Medium words that open a firm's name before a company word ("Email Systems", "Internet Corporation"). */
const MEDIUM_WORDS = new Set(['email', 'e-mail', 'internet', 'online', 'web', 'net']);
/** Company words a medium word may open a firm's name with. */
const FIRM_WORDS = new Set(['systems', 'technologies', 'corporation', 'institute', 'communications', 'networks', 'industries', 'group', 'solutions', 'security']);

/** "Email Systems", "Internet Corporation": a medium word then a company word is a firm's name. */
function netFirmName(toks: readonly Token[], s: number, e: number): boolean {
  return e - s >= 2 && MEDIUM_WORDS.has(lower(toks[s])) && FIRM_WORDS.has(lower(toks[s + 1]));
}

/** Plurals that end place names ("the Scottish Highlands", "the Falkland Islands"): no group. */
const PLACE_PLURALS = new Set(['islands', 'isles', 'states', 'emirates', 'alps', 'highlands', 'lowlands', 'midlands', 'hills', 'mountains', 'falls', 'lakes',
  'borders', 'territories', 'provinces', 'valleys', 'downs', 'dales', 'heights', 'gardens', 'docks', 'fields']);

/** Plurals that end titles of works and laws ("The Motorcycle Diaries", "the Human Rights Act"): no group. */
const WORK_PLURALS = new Set(['diaries', 'chronicles', 'monologues', 'days', 'tales', 'stories', 'adventures', 'rights', 'names', 'crimes', 'towers',
  'rivers', 'letters', 'papers', 'files', 'years', 'says', 'tops', 'memoirs', 'dreams', 'nights', 'games', 'wars', 'cards', 'lives']);

/** What a side, not a player, owns in a match report: a fixture, its staff ("Munster's quarter-final tie", "Wasps' coach"). */
const SIDE_OWNED_NOUNS = new Set(['tie', 'fixture', 'clash', 'semi-final', 'quarter-final', 'derby', 'coach', 'manager', 'chairman', 'line-up']);

/** Nouns a body owns that a person does not ("Def Jam's parent company", "Acme's shareholders"). */
const BODY_OWNED_NOUNS = new Set(['parent', 'subsidiary', 'subsidiaries', 'shareholders', 'roster', 'workforce', 'artists', 'employees']);

/** Participles whose passive says the subject is a body ("was founded", "was formed", "was listed"). */
const FOUNDING_PARTICIPLES = new Set(['founded', 'formed', 'listed', 'incorporated', 'floated', 'privatised', 'nationalised']);

/** A possessive mark after a name: "'s", or a bare apostrophe after a plural ("Wasps' coach"). */
function isPossessiveMark(text: string): boolean {
  return isPossessiveS(text) || text === "'" || text === '\u2019';
}

/** After the name ending at `e`: a possessive and a noun a body owns, or "was founded/formed ...". */
function bodyCueAfter(toks: readonly Token[], e: number): boolean {
  const a = toks[e];
  const b = toks[e + 1];
  if (!a || !b || a.sentence !== b.sentence) return false;
  if (isPossessiveMark(a.text)) {
    // (One modifier may come first: "Electrolux's subsidiary brands", "Acme's new parent".)
    return BODY_OWNED_NOUNS.has(b.normal) || (toks[e + 2]?.sentence === b.sentence && b.pos === 'ADJ' && BODY_OWNED_NOUNS.has(toks[e + 2].normal));
  }
  return (a.normal === 'was' || a.normal === 'is' || a.normal === 'were') && FOUNDING_PARTICIPLES.has(b.normal);
}

/** A capitalised word of three letters or more with a full stop on it ("Ore."), not an initial ("D."). */
const SENTENCE_STOP_KEPT = /^\p{Lu}\p{Ll}{2,}\.$/u;
/** Abbreviations that keep their full stop in a name ("Co.", "Inc."). */
const ABBREVIATIONS_WITH_STOP = new Set(['co.', 'inc.', 'ltd.', 'corp.', 'bros.', 'plc.', 'jr.', 'sr.', 'snr.', 'jnr.']);

/** A name candidate over [s, e) with the cues around it counted as votes. */
function makeName(doc: AnnotatedText, s: number, e: number, phraseStart: number, nerByToken: Array<MentionType | undefined>): Candidate {
  const toks = doc.tokens;
  let text = doc.text.slice(toks[s].start, toks[e - 1].end);
  // ("said ISM survey chairman Norbert Ore.": winkNLP keeps a sentence's full stop on a word it takes for an abbreviation;
  // a lone one may be a state's: "Portland, Ore.")
  if (e - s >= 2 && SENTENCE_STOP_KEPT.test(toks[e - 1].text) && !ABBREVIATIONS_WITH_STOP.has(toks[e - 1].text.toLowerCase())) text = text.slice(0, -1);
  const c = newCandidate('name', s, e, text, toks[s].sentence, phraseStart);
  const votes = c.votes;
  if (phraseStart === s && startsClause(doc, s)) c.clauseStart = true;
  const gaz = gazOfSpan(doc, s, e);
  const first = lower(toks[s]);
  const last = lower(toks[e - 1]);
  if (gaz) { c.gaz = gaz; votes[gaz.type] += 8; }
  // "Isle of Man", "Gulf of Mexico": a geographic word joined by "of" to a name is a place, not an organisation.
  const geoOf = e - s > 2 && GEO_OF_HEADS.has(first) && lower(toks[s + 1]) === 'of';
  if (geoOf && !gaz) votes.LOC += 8;
  // "the film Flight of the Phoenix": a title joined by "of" after a work noun is a work.
  else if (!gaz && hasOfJoin(toks, s, e) && workTitleAt(toks, phraseStart)) votes.MISC += 8;
  else if (e - s > 1 && (ORG_SUFFIXES.has(last) || hasOfJoin(toks, s, e))) votes.ORG += TEAM_SUFFIXES.has(last) || gaz ? 2 : 5;
  else if (e - s === 2 && numberedFirmAt(toks, s)) votes.ORG += 5;
  if (e - s > 1 && isFirstName(first)) {
    // "Rob Partridge": a known first name and one more name is a person, whatever the NER model says.
    votes.PERSON += e - s === 2 && !ORG_SUFFIXES.has(last) && !gaz ? 5 : 3;
    c.gender = firstNameGender(first);
  }
  // "Roland de Marigny", "Ruud van Nistelrooy": a given name, a lower-case particle and a surname is a person.
  else if (e - s >= 3 && e - s <= 4 && PARTICLES.has(toks[s + 1].text) && givenToken(toks[s]) && !gaz) votes.PERSON += 4;
  if (e - s === 1 && isAcronym(toks[s].text)) votes.ORG += 1;
  // "DoCoMo", "PlayStation", "YouTube": a capital inside a word is a brand or company spelling
  // (not "McDonald", "MacLeod", "DeVito": name prefixes).
  for (let k = s; k < e; k++) {
    if (/^[A-Z][a-z]+[A-Z]/.test(toks[k].text) && !/^(Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz)[A-Z]/.test(toks[k].text)) { votes.ORG += 3; break; }
  }
  // "Lanarkshire", "Oxfordshire": a county is a place (in a sports report it may be the county side).
  if (e - s === 1 && toks[s].text.endsWith('shire') && /^[A-Z][a-z]+shire$/.test(toks[s].text) && !gaz && !sportsReport) votes.LOC += 4;
  // "Daily Record", "Sunday Times", "Evening Standard": newspapers.
  if (e - s >= 2 && NEWSPAPER_WORDS.has(first)) votes.ORG += 4;
  // "told The Spectator", "in The Independent": a newspaper title with a capital "The" mid-sentence.
  // ("the Independent newspaper", "the Independent and the Independent on Sunday": after a lower-case "the", where the name ends.)
  const after1 = toks[e];
  if (e - s === 1 && s >= 1 && NEWSPAPER_TITLES.has(first) && (toks[s - 1].text === 'The' && !startsClause(doc, s - 1)
    || toks[s - 1].text === 'the' && (!after1 || after1.pos === 'PUNCT' || after1.pos === 'CCONJ' || after1.normal === 'newspaper' || after1.normal === 'paper'))) votes.ORG += 5;
  // "(Zinedine) Zidane": a bracketed given name right before a name makes it a person.
  if (s >= 3 && e - s === 1 && toks[s - 1].text === ')' && toks[s - 3].text === '(' && /^[A-Z][a-z]+$/.test(toks[s - 2].text)
    && !lookupPlaceOrOrg(toks[s - 2].text) && !demonymOf(toks[s - 2])) votes.PERSON += 4;
  // "Bez, 40, thanked his fans", "John Houston, 54, was due to stand": an age set off after a name.
  if (toks[e]?.text === ',' && toks[e + 1]?.pos === 'NUM' && /^(1[4-9]|[2-9]\d|10\d)$/.test(toks[e + 1].text) && toks[e + 2]?.text === ','
    && toks[e - 1].pos !== 'NUM' && toks[e + 3]?.pos !== 'NUM') votes.PERSON += 4;
  // "Hereford 1-1 Doncaster", "Clyde 0-5 Celtic": a headline's names on either side of a score are the two sides
  // (a country the gazetteer knows stays a place, as the guidelines type national sides).
  if (!gaz && toks[s].sentence === 0 && (SCORE.test(toks[e]?.text ?? '') && e + 1 < toks.length && isUpperStart(toks[e + 1].text) && toks[e + 1].sentence === 0
    || s > 1 && SCORE.test(toks[s - 1].text) && isUpperStart(toks[s - 2].text))) votes.ORG += 6;
  // "Real Sociedad", "Real Betis": a Spanish club is named "Real" and its town or name.
  if (e - s === 2 && toks[s].text === 'Real' && !gaz) votes.ORG += 5;
  // "Munster's Heineken Cup quarter-final tie against Biarritz", "Wasps' coach": in a sports report a
  // name that owns a fixture or a side's staff is a side (a country the gazetteer knows stays a place).
  if (!gaz && sportsReport && isPossessiveMark(toks[e]?.text ?? '') && !givenToken(toks[s]) && text.length > 1) {
    for (let k = e + 1; k < toks.length && k <= e + 7 && toks[k].sentence === toks[s].sentence && (toks[k].pos !== 'PUNCT' || toks[k].text === '-') && !['VERB', 'AUX', 'ADP', 'PRON'].includes(toks[k].pos); k++) {
      // ("quarter-final" is three tokens: its last word with the one two before.)
      const hyphened = toks[k - 1]?.text === '-' ? `${toks[k - 2].normal}-${toks[k].normal}` : '';
      if (SIDE_OWNED_NOUNS.has(toks[k].normal) || SIDE_OWNED_NOUNS.has(hyphened)) { votes.ORG += 3; break; }
    }
  }
  // "Man Utd: Carroll, Neville, Silvestre (Saha 70), Heinze, ...": a name in a team's line-up is a player.
  if (e - s <= 3 && !gaz && sportsReport && lineUpItem(toks, s, e) && lineUp(doc, toks[s].sentence)) votes.PERSON += 6;
  // "L Moody", "J. Worsley": an initial and one more name is a person.
  if (e - s === 2 && /^[A-Z]\.?$/.test(toks[s].text) && /^[A-Z][a-z]/.test(toks[s + 1].text) && !gaz) votes.PERSON += 4;
  if (e - s === 1 && LANGUAGES.has(first)) votes.MISC += 10;
  // "Henley-on-Thames", "Newcastle-upon-Tyne": English place names joined by "-on-"/"-upon-".
  if (text.includes('-') && /^[A-Z][\p{L}]+-(on|upon|under)-[A-Z]/u.test(text)) votes.LOC += 5;
  // "at the Sage Centre", "in the Royal Albert Hall": a venue after "at/in the" is a place.
  // "at Gateshead's Sage Centre" too.
  if (e - s > 1 && !gaz && VENUE_WORDS.has(last) && s >= 2) {
    const at = (k: number): boolean => k >= 0 && /^(at|in|inside|outside|near)$/.test(lower(toks[k]));
    const p1 = lower(toks[s - 1]);
    if ((p1 === 'the' && at(s - 2)) || ((p1 === "'s" || p1 === '\u2019s') && s >= 3 && isCap(toks[s - 2]) && at(s - 3))) votes.LOC += 6;
  }
  // "the Prince Edward Theatre", "Queen Elizabeth Hall": a venue named after a royal is a place, not the royal.
  if (e - s === 3 && !gaz && ROYAL_TITLES.has(first) && VENUE_WORDS.has(last)) votes.LOC += 8;
  // "Hyde Park", "Fratton Park", "Millennium Stadium": a name ending in a grounds word is a place, as the
  // guidelines type grounds, not a person or a club (unless it starts with a given name).
  if (e - s >= 2 && !gaz && GROUNDS_WORDS.has(last) && !givenToken(toks[s]) && !HONORIFICS.has(first)) votes.LOC += 4;
  // "won best actress for Being Julia", "the best director prize for Million Dollar Baby": in a sentence about
  // awards, what is rewarded after "for" is a work, unless it starts with a given name.
  if (s >= 1 && lower(toks[s - 1]) === 'for' && !gaz && phraseStart === s && !isGivenName(first.split('-')[0]) && (e - s >= 2 || englishWords().has(first))
    && awardSentence(doc, c.sentence)) votes.MISC += 4;
  // "Xbox 2", "Half Life 2", "Boeing 747", "BMW X5", "Section 404": a name ending in a number or a
  // model code is a product, a work or a clause of a law (a channel or station keeps its number: "Radio 4").
  if (e - s > 1 && !gaz && /^(\d{1,4}|[A-Z]{1,3}-?\d{1,4}[A-Za-z]?)$/.test(toks[e - 1].text) && !NUMBERED_BODY_WORDS.has(first) && !NUMBERED_BODY_WORDS.has(lower(toks[e - 2]))) votes.MISC += 4;
  // "Super Bowl", "RBS Six Nations": a name ending in an event word is an event.
  if (e - s > 1 && !gaz && EVENT_SUFFIXES.has(last)) {
    if (gamesMaker(toks, s, e)) votes.ORG += 6;
    else votes.MISC += 6;
  }
  // "the Beach Boys", "The Rolling Stones", "the Arctic Monkeys": two or more words after "the" that end in a
  // capitalised plural name a group (a band, a team, a party), not a work or a thing.
  else if (e - s > 1 && !gaz && s >= 1 && lower(toks[s - 1]) === 'the' && /^[A-Z][a-z]+s$/.test(toks[e - 1].text) && !PLACE_PLURALS.has(last) && !WORK_PLURALS.has(last)
    && nerByToken[s] === 'ORG' && nerByToken[e - 1] === 'ORG') {
    votes.ORG += 3;
    c.group = true;
  }
  // ("is the second album from The Streets", "The Zutons at 20": a capitalised "The" mid-sentence before one
  // capitalised plural names a group by its own article: a band, a paper, a team.)
  // (Not after a work's cue: "cartoon The Simpsons", "for The Producers", "in The Grifters", "such as The Sims".)
  const beforeThe = s >= 2 ? lower(toks[s - 2]) : '';
  if (e - s === 1 && !gaz && s >= 1 && toks[s - 1].text === 'The' && !startsClause(doc, s - 1) && /^[A-Z][a-z]+s$/.test(toks[s].text) && !PLACE_PLURALS.has(first) && !WORK_PLURALS.has(first)
    && CUE_BEFORE.get(beforeThe) !== 'MISC' && !WORK_TITLE_OPENERS.has(beforeThe)) {
    votes.ORG += 3;
    c.group = true;
  }
  if (e - s === 1 && EVENT_NAMES.has(first)) votes.MISC += 8;
  // "CBS-owned stations", "Murdoch-backed": whoever owns or backs something is an organisation (or a person).
  if (toks[e]?.text === '-' && !toks[e].spaceBefore && /^(owned|backed|funded|run|controlled|sponsored)$/i.test(toks[e + 1]?.text ?? '')) votes.ORG += 3;
  // "Imelda Staunton (Vera Drake), Natalie Press (My Summer of Love)": in an article about awards
  // (not a sports report, where it is the player's club), a bracketed name right after a person's
  // name is their work.
  if (!sportsReport && s >= 2 && toks[s - 1].text === '(' && toks[e]?.text === ')' && nerByToken[s - 2] === 'PERSON' && !gaz && (awardsReport ??= isAwardsReport(doc))) votes.MISC += 4;
  // "Meet the Fockers": a capitalised ordinary word and "the" before a name, mid-sentence, make a work's title.
  const workTitle = s >= 2 && lower(toks[s - 1]) === 'the' && isCap(toks[s - 2]) && !startsClause(doc, s - 2) && englishWords().has(lower(toks[s - 2]))
    && !isTitleWord(lower(toks[s - 2])) && !ORG_HEADS.has(lower(toks[s - 2])) && toks[s - 2].sentence === c.sentence && !gaz;
  if (workTitle) votes.MISC += 4;
  if (e - s === 1 && !gaz && lowerWords.has(first)) votes.MISC += 3;
  if (e - s > 1 && text.includes('&')) votes.ORG += 2;
  // "BBC Radio 4", "Reuters News": a name that starts with a known organisation is one too.
  if (!gaz && e - s > 1) {
    for (let k = s + 1; k < Math.min(e, s + 4); k++) {
      const head = gazOfSpan(doc, s, k);
      if (head?.type === 'ORG') { votes.ORG += 3; break; }
    }
  }
  // "Def Jam was founded in 1984", "Def Jam's parent company, Universal", "Electrolux's subsidiary
  // brands": what is founded or has a parent, subsidiaries, a roster or shareholders is a body.
  if (!gaz && bodyCueAfter(toks, e)) votes.ORG += 3;
  c.ner = nerType(nerByToken, s, e);
  // "Secretary of State for the Family": a portfolio after a title is not an entity unless the gazetteer knows it.
  if (!gaz && isPortfolio(toks, s)) votes.MISC += 6;
  // "spokesman for Ask Jeeves", "director of product at Ask Jeeves": the body a role is held at is an organisation.
  // ("chief executive of Nordic operator Teliasonera": not a name that modifies a noun after it.)
  if (!gaz && phraseStart === s && !(e - s >= 2 && givenToken(toks[s])) && !(toks[e]?.pos === 'NOUN' && isLowerStart(toks[e].text) && isUpperStart(toks[e + 1]?.text ?? '')) && roleHeldAt(toks, s)) votes.ORG += 3;
  // "his supporting role in Closer", "starred in Sideways": what a performer is in is a work.
  // ("starred in Jean-Pierre Jeunet's A Very Long Engagement": not the work's maker before "'s".)
  if (!gaz && phraseStart === s && s >= 2 && lower(toks[s - 1]) === 'in' && PERFORMED_IN.has(toks[s - 2].normal)
    && toks[e]?.text !== "'s" && toks[e]?.text !== '\u2019s') votes.MISC += 6;
  // "sang Hey Jude", "performed Yesterday": what is sung or performed is a song.
  if (!gaz && phraseStart === s && s >= 1 && SONG_VERBS.has(lower(toks[s - 1])) && !givenToken(toks[s])) votes.MISC += 6;
  // "the Oscar-nominated Hotel Rwanda", "the award-winning Sideways": an acclaimed thing after "the" is a work.
  if (!gaz && phraseStart === s && s >= 2 && ACCLAIM_WORDS.has(lower(toks[s - 1])) && !givenToken(toks[s])
    && toks.slice(Math.max(0, s - 5), s - 1).some((t) => t.normal === 'the' && t.sentence === c.sentence)) votes.MISC += 6;
  // "Ron Howard's The Da Vinci Code": a title with its own capitalised "The" after someone's possessive is their work.
  if (!gaz && s >= 2 && toks[s - 1].text === 'The' && !startsClause(doc, s - 1) && isPossessiveS(toks[s - 2].text)) votes.MISC += 6;
  // "MP for Sedgefield": a seat is a place.
  if (s >= 2 && lower(toks[s - 1]) === 'for' && SEAT_HOLDERS.has(lower(toks[s - 2]))) votes.LOC += 5;
  // Words around the name: "firm Guidant", "New Vision newspaper", "playwright Eve Ensler", "in Tokyo".
  // Look past one "the": "the play The Vagina Monologues", "the firm Guidant".
  let b = s - 1;
  if (b > 0 && lower(toks[b]) === 'the' && toks[b].sentence === c.sentence) b--;
  const before = b >= 0 ? toks[b] : undefined;
  if (before?.text === ',' && b > 0 && phraseStart === s && CUE_BEFORE.get(lower(toks[b - 1])) === 'MISC' && isLowerStart(toks[b - 1].text)) votes.MISC += 4;
  // "his club side, Gloucester, beat Bath", "their rivals, Leeds.": an owned body's noun before an apposition names its kind.
  if (before?.text === ',' && b > 1 && phraseStart === s && CUE_BEFORE.get(lower(toks[b - 1])) === 'ORG' && isLowerStart(toks[b - 1].text)
    && ownedPhraseBefore(toks, b - 1) && (toks[e]?.text === ',' || toks[e]?.text === '.')) votes.ORG += 4;
  // "the town of Camberley", "the Thai beach resort of Phuket": a place's kind and "of" before a name make it that place.
  if (before && phraseStart === s && b > 0 && before.normal === 'of' && PLACE_KIND_NOUNS.has(toks[b - 1].text) && before.sentence === c.sentence && !gaz) votes.LOC += 4;
  // "A survey by Hostway suggests", "research from Jupiter": a single unknown word that makes a study is a body.
  if (before && phraseStart === s && e - s === 1 && b > 0 && (before.normal === 'by' || before.normal === 'from') && before.sentence === c.sentence
    && STUDY_NOUNS.has(toks[b - 1].normal) && !isFirstName(first) && !gaz) votes.ORG += 3;
  // "a new political party called Veritas", "a company named Zeta": the noun before "called" says what the name is.
  if (before && phraseStart === s && b > 0 && (before.normal === 'called' || before.normal === 'named' || before.normal === 'dubbed') && before.sentence === c.sentence) {
    const cue = isLowerStart(toks[b - 1].text) ? CUE_BEFORE.get(toks[b - 1].normal) : undefined;
    if (cue) votes[cue] += 4;
  }
  if (before && before.sentence === c.sentence && phraseStart === s) {
    const w = lower(before);
    const cue = CUE_BEFORE.get(w);
    // "model Sophie Dahl", "star John Smith": a word that names both a product and a role is a role before a first name.
    if (cue === 'MISC' && isRoleNoun(w) && (isFirstName(first) || nerByToken[s] === 'PERSON') && e - s >= 2) votes.PERSON += 3;
    // "the CGA consultancy Jeanne-Marie Gescher": a body's noun before a person's full name is no cue for the
    // name (unless the NER model reads an organisation there: "UK magazine Mac Format").
    // ("Scottish band Franz Ferdinand": a band is named so, never its people.)
    else if (cue === 'ORG' && e - s >= 2 && isGivenName(first.split('-')[0]) && nerByToken[s] !== 'ORG' && w !== 'band') votes.PERSON += 1;
    // ("will play Cyril Saulnier", "they play Chelsea": a cue word used as a verb says nothing.)
    else if (cue && !isUpperStart(before.text) && !cueAsVerb(toks, b)) votes[cue] += 4;
    // "Developers Rockstar have...": a clause-initial organisation noun split off the name (see findCandidates).
    else if (b === s - 1 && leadingCueNoun(w) && startsClause(doc, b)) votes.ORG += 4;
    else if (SPORT_POSITIONS.has(w) && !isUpperStart(before.text)) votes.PERSON += 3; // "prospect Ollie Smith"
    // "market leader Best Buy", "sector leader Omnicom": the leader of a market is a company.
    else if (w === 'leader' && b > 0 && MARKET_LEADS.has(lower(toks[b - 1]))) votes.ORG += 4;
    else if (!isUpperStart(before.text) && before.pos === 'NOUN' && isRoleNoun(w)) votes.PERSON += 3;
    if (PLACE_PREPOSITIONS.has(w) && !(b > 0 && STAKE_WORDS.has(lower(toks[b - 1])))) votes.LOC += 0.5;
    // "Ireland-based Elan"
    if (w === 'based' && b > 0 && toks[b - 1].text === '-') votes.ORG += 3;
  }
  const after = e < toks.length ? toks[e] : undefined;
  // Apposition: "Wipro, India's third-biggest software firm," / "Jonny Evans, news editor at Macworld".
  if (after?.text === ',' && phraseStart === s) {
    // The head of the apposition is its last common noun before a preposition or punctuation.
    // A verb before the closing comma means the comma ended a fronted phrase ("Directed by X, the film was...").
    // "York, and former royal chef Nick Wood": after ", and" a list goes on; the noun does not describe the name.
    let head: string | undefined;
    for (let k = e + 1; k < Math.min(toks.length, e + 9); k++) {
      const t = toks[k];
      // ("Menatep, the Gibraltar-based holding company": a participle before a noun modifies it; it ends nothing.)
      const noun = k > e + 1 && (toks[k - 1].pos === 'DET' || toks[k - 1].pos === 'ADJ' || toks[k - 1].text === '-') ? nounAfterParticiples(toks, k) : -1;
      if (noun > k) { k = noun - 1; continue; }
      if (t.pos === 'VERB' || t.pos === 'AUX' || (k === e + 1 && t.pos === 'CCONJ')) { head = undefined; break; }
      // ("the holding company which controls/NOUN Yukos": a relative clause ends the apposition's noun phrase.)
      if (t.sentence !== c.sentence || (t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'ADP' || (k > e + 1 && (t.normal === 'which' || t.normal === 'who'))) break;
      if (t.pos === 'NOUN' && !isUpperStart(t.text)) head = t.normal;
    }
    if (head) {
      const cue = CUE_BEFORE.get(head);
      if (cue) votes[cue] += 4;
      else if (isRoleNoun(head)) votes.PERSON += 4;
    }
  }
  // "Monsanto admitted", "Monsanto has agreed": a name that acts or speaks is a person or an organisation.
  {
    let k = e;
    while (k < toks.length && (toks[k].pos === 'ADV' || toks[k].pos === 'AUX') && k < e + 3) k++;
    const v = toks[k];
    if (v && v.sentence === c.sentence && (v.pos === 'VERB' || v.pos === 'AUX') && (SPEECH_VERBS.has(v.normal) || AGENT_VERBS.has(v.normal)) && !gaz) {
      votes.ORG += 1;
      votes.PERSON += 1;
    }
  }
  // "Chelsea have yet to confirm", "Westlife are": a singular name with a plural verb is a team, a
  // band or a company (British usage), never one person; a list before it ("X and Y have") is no cue.
  {
    const v = toks[e];
    // Only as a clause's subject: "artists such as Argentina's Mustafa Yoda are" has another subject.
    const prev = phraseStart > 0 && toks[phraseStart - 1].sentence === c.sentence ? toks[phraseStart - 1] : undefined;
    const subject = !prev || SUBJECT_OPENERS.has(prev.normal) || (prev.pos === 'PUNCT' && prev.text !== ',' && prev.text !== '&')
      || (prev.text === ',' && afterOpeningPhrase(doc, phraseStart - 1));
    if (v && v.sentence === c.sentence && PLURAL_VERBS.has(v.normal) && !last.endsWith('s') && subject && !gaz
      && !isFirstName(first) && !(e - s === 1 && lowerWords.has(first)) && !words(toks, s, e).some((w) => TITLE_HEADS.has(w))) votes.ORG += 5;
  }
  // "Fair Trials Abroad director Stephen Jakobi", "Sale Sharks prop Andrew Sheridan": a role between a
  // name and a person makes the name the body the person works for (a place keeps its gazetteer type).
  if (after && after.sentence === c.sentence && phraseStart === s && isLowerStart(after.text) && (isRoleNoun(lower(after)) || SPORT_POSITIONS.has(lower(after)))) {
    const p = toks[e + 1];
    // "Veteran actor Morgan Freeman": a sentence-initial ordinary word before the role is no body.
    const commonStart = startsClause(doc, s) && e - s === 1 && englishWords().has(first);
    // "Ex-foreign secretary Robin Cook": a title word before the role is part of the title, no body.
    // "Sideways star Paul Giamatti", "EastEnders actor X": before a performer's role the name is a work, not a body.
    // ("Happy Mondays dancer Bez": a band member's role says the name is a band, whoever follows.)
    const band = BAND_ROLES.has(lower(after));
    if (p && p.sentence === c.sentence && isCap(p) && (nerByToken[e + 1] === 'PERSON' || isFirstName(lower(p)) || band) && !commonStart
      && !isTitleWord(first) && !isTitleWord(last)) {
      // (Outside sport; there "Chelsea star Frank Lampard" is a club's player.)
      if (PERFORMER_ROLES.has(lower(after))) { if (!gaz) votes.MISC += sportsReport ? 2 : 4; } else votes.ORG += band ? 4 : 3;
    }
    // ('"...," the Black Sabbath singer told reporters': "the", a name and a band member's role standing for a person make the name a band.)
    else if (band && !gaz && s > 0 && lower(toks[s - 1]) === 'the' && p && p.sentence === c.sentence && (p.pos === 'VERB' || p.pos === 'AUX')) {
      votes.ORG += 4;
      c.group = true;
    }
  }
  // "told the Observer", "the Senate": one organisation word after "the" is the organisation itself.
  if (e - s === 1 && s > 0 && lower(toks[s - 1]) === 'the' && ORG_SUFFIXES.has(first) && !gaz && toks[s - 1].sentence === c.sentence
    && lower(toks[e] ?? toks[s]) !== 'of') votes.ORG += 3;
  // "the Pharaohs", "the Saints": "the" and a plural capitalised word that is no group or demonym is a team or a band.
  // (The cheap tests first: the English word list is large, so a look-up in it is a cache miss.)
  if (e - s === 1 && s > 0 && toks[s - 1].text === 'the' && /^[A-Z][a-z]+s$/.test(toks[s].text) && (sportsReport || !englishWords().has(first)) && !gaz && !demonymOf(toks[s]) && !workTitle
    && !GROUP_WORDS.has(first) && toks[s - 1].sentence === c.sentence) votes.ORG += 3;
  // "Novartis, which last month forecast...", "Nike has reported its best quarter": a relative "which"
  // or the name's own "its" is said of no person (but of works and places as much as of firms).
  if (phraseStart === s && !gaz && ((after?.text === ',' && toks[e + 1]?.normal === 'which') || (e - s <= 2 && ownsIts(toks, e)))) c.impersonal = true;
  // "Alzheimer's disease", "Parkinson's": a name in a disease is not an entity.
  if (after && (after.text === "'s" || after.text === '\u2019s') && /^(disease|syndrome)$/i.test(toks[e + 1]?.text ?? '')) votes.MISC += 6;
  if (after && after.sentence === c.sentence && !isUpperStart(after.text)) {
    // ("The Usdaw trade union said", "the EMI record label": or a body's noun after a lower-case noun that modifies it.)
    const second = toks[e + 1];
    const compound = !CUE_AFTER.has(lower(after)) && after.pos === 'NOUN' && second && second.sentence === c.sentence && isLowerStart(second.text)
      && CUE_AFTER.get(lower(second)) === 'ORG' && e - s === 1 && !(startsClause(doc, s) && englishWords().has(first)) ? 'ORG' : undefined;
    const cue = CUE_AFTER.get(lower(after)) ?? compound;
    // ("Fellow shareholders US-based ...", "Committee chairman X": a clause's first word that the model sees no name in, and
    // that the article writes in lower case too or is an adjective, only modifies the noun; not "Arsenal boss Arsene Wenger".)
    if (cue && !(e - s === 1 && !nerByToken[s] && !gaz && startsClause(doc, s) && (lowerWords.has(first) || toks[s].pos === 'ADJ') && englishWords().has(first))) votes[cue] += 4;
  }
  return c;
}

function isPortfolio(toks: Token[], s: number): boolean {
  let k = s - 1;
  if (k >= 0 && lower(toks[k]) === 'the') k--;
  if (k < 1 || (lower(toks[k]) !== 'of' && lower(toks[k]) !== 'for')) return false;
  const w = lower(toks[k - 1]);
  // "MP for Henley-on-Thames", "candidate for Leeds North": a seat is a place, not a portfolio.
  if (SEAT_HOLDERS.has(w)) return false;
  return isCap(toks[k - 1]) && (TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w));
}

/**
 * Is there an "its" in the clause a name starts (the name at [.., e) its subject): within six
 * words, past no punctuation, no other capitalised word and no conjunction ("Nike has reported its
 * best earnings"; not "Blair and the party set out its plans")?
 */
function ownsIts(toks: Token[], e: number): boolean {
  const v = toks[e];
  if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) return false;
  for (let k = e; k < toks.length && k < e + 6 && toks[k].sentence === v.sentence; k++) {
    const t = toks[k];
    if (t.normal === 'its') return true;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PRON' || isUpperStart(t.text)) return false;
  }
  return false;
}

/** Subject pronouns: before a cue word tagged as a verb, they make it one ("they play Chelsea"). */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/**
 * The cue word at `b` is a verb: tagged so and after an auxiliary, "to" or a subject pronoun ("will
 * play X", "to film X", "they play X"). The tag alone is not enough: "their hit Vertigo", "dance act
 * Basement Jaxx" are nouns tagged as verbs.
 */
function cueAsVerb(toks: readonly Token[], b: number): boolean {
  const prev = toks[b - 1];
  return toks[b].pos === 'VERB' && !!prev && (prev.pos === 'AUX' || prev.normal === 'to' || SUBJECT_PRONOUNS.has(prev.normal));
}

/** A capitalised run at `start` comes where a work's title does: after a work noun ("the film") or a performance ("starred in"). */
function workTitleAt(toks: readonly Token[], start: number): boolean {
  let b = start - 1;
  // "in A Series of ...": a title's own article (dropped from the name) comes first.
  if (b >= 0 && /^(A|An|The)$/.test(toks[b].text)) b--;
  if (b >= 0 && toks[b].normal === 'the') b--;
  const before = toks[b];
  if (!before || before.sentence !== toks[start].sentence || !isLowerStart(before.text)) return false;
  if (CUE_BEFORE.get(before.normal) === 'MISC') return true;
  return before.normal === 'in' && b >= 1 && PERFORMED_IN.has(toks[b - 1].normal);
}

/**
 * A list of works opens at `start`: after a star's "of" ("The star of Rain Man and Tootsie") or a
 * performer's "in" with no article ("roles in I Heart Huckabees, Finding Neverland").
 */
function worksListAt(toks: readonly Token[], start: number): boolean {
  let b = start - 1;
  if (b >= 0 && toks[b].text === 'I') b--;
  const before = toks[b];
  if (!before || b < 1 || before.sentence !== toks[start].sentence) return false;
  const noun = toks[b - 1].normal;
  return (before.normal === 'of' && (noun === 'star' || noun === 'stars')) || (before.normal === 'in' && PERFORMED_IN.has(noun));
}

/** Words after which "in X" names the work a performer is in ("role in Closer", "starred in Sideways"). */
const PERFORMED_IN = new Set(['role', 'roles', 'performance', 'performances', 'part', 'parts', 'starred', 'starring', 'stars', 'appeared', 'appears', 'appearance', 'cameo', 'cast']);
/** Verbs whose object is a song ("sang Hey Jude"). */
const SONG_VERBS = new Set(['sang', 'sing', 'sings', 'sung', 'singing', 'performed', 'performs', 'perform', 'performing', 'covered', 'recorded']);
/** Words of acclaim between "the" and a work's title ("the Oscar-nominated Hotel Rwanda"). */
const ACCLAIM_WORDS = new Set(['nominated', 'winning', 'acclaimed', 'selling', 'hit', 'smash', 'blockbuster', 'critically']);
/** Seasons: "in the Spring" is no name. */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter']);

/** Roles whose "for X" or "of X" is a work or a character more often than an employer. */
const CREATIVE_ROLES = new Set([...PERFORMER_ROLES, 'singer', 'rapper', 'comedian', 'presenter', 'host', 'writer', 'author', 'producer', 'editor-in-chief']);

/**
 * Is the name at `s` where a role is held: "spokesman for X", "analyst at X", "director of product
 * at X" (a lower-case role noun, at most three lower-case words before "at", "for" or "of")? A
 * seat ("MP for Sedgefield") is no such body.
 */
function roleHeldAt(toks: Token[], s: number): boolean {
  const p = toks[s - 1];
  if (!p || (p.normal !== 'at' && p.normal !== 'for' && p.normal !== 'of')) return false;
  for (let k = s - 2; k >= 0 && k >= s - 5 && toks[k].sentence === toks[s].sentence; k--) {
    const t = toks[k];
    if (!isLowerStart(t.text)) return false;
    const w = t.normal;
    if (SEAT_HOLDERS.has(w)) return false;
    // A performer's or author's role points at a work ("actress for Vera Drake", "star of Crouching Tiger").
    if (CREATIVE_ROLES.has(w) || (w === 'director' && p.normal !== 'at')) return false;
    if ((OFFICE_HEADS.has(w) || (TITLE_HEADS.has(w) && t.pos === 'NOUN')) && w !== 'head' && w !== 'leader') return true;
    // ("chief executive of Wippit": "executive" is an office after "chief".)
    if (w === 'executive' && toks[k - 1]?.normal === 'chief') return true;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && w !== 'of') return false;
  }
  return false;
}

/** "shares in X", "a stake in X": the place preposition after them introduces a company, not a place. */
const STAKE_WORDS = new Set(['shares', 'stake', 'stakes', 'investment', 'invest', 'interest']);

/** Titles whose "for X" names a constituency. */
const SEAT_HOLDERS = new Set(['mp', 'mps', 'msp', 'mep', 'am', 'mla', 'candidate', 'member', 'congressman', 'congresswoman', 'senator']);

function isTermExpansion(toks: Token[], c: Candidate): boolean {
  if (c.gaz || c.tokenEnd - c.tokenStart < 2 || ORG_SUFFIXES.has(lower(toks[c.tokenEnd - 1])) || hasOfJoin(toks, c.tokenStart, c.tokenEnd)) return false;
  const words = englishWords();
  for (const w of c.text.split(/[\s-]+/)) if (w && (!words.has(w.toLowerCase()) || isFirstName(w.toLowerCase()))) return false;
  return true;
}

/**
 * An acronym in brackets after a name is the name's unless the name opens with a lone initial
 * ("S Burger (SA)" in a team sheet gives a country) or is one word the acronym does not start
 * with ("Athletics Kenya (AK)" read as "Kenya", "Scottish & Newcastle (S&N)" as "Newcastle").
 */
function mayDefineAcronym(name: string, acronym: string): boolean {
  if (/^\p{Lu}\.?\s/u.test(name)) return false;
  const words = name.split(/\s+/);
  // Names of several words may be translations ("National Statistics Institute (INSEE)").
  return words.length > 1 || words[0][0] === acronym[0];
}

/**
 * "Scottish Environment Protection Agency (Sepa)", "North Atlantic Treaty Organisation (Nato)": an
 * acronym written as a word (the BBC's style) whose letters are the initials of the name's words.
 */
function spelledInitials(name: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,6}$/u.test(word)) return false;
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === word.toUpperCase();
}

/** "the Office of Fair Trading (OFT)": remember that OFT is defined by the name before it. */
function markAcronymDefinitions(doc: AnnotatedText, cands: Candidate[]): void {
  const toks = doc.tokens;
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i];
    const d = cands[i + 1];
    if (d.kind === 'name' && d.tokenEnd - d.tokenStart === 1 && toks[d.tokenStart - 1]?.text === '(' && toks[d.tokenEnd]?.text === ')'
      && d.tokenStart >= 2 && isLowerStart(toks[d.tokenStart - 2].text)) d.votes.MISC += 6; // "leukoencephalopathy (PML)"
    if (c.kind !== 'name' || d.kind !== 'name') continue;
    // "Local Loop Unbundling, (LLU)": a comma may sit before the bracket.
    const skip = toks[c.tokenEnd]?.text === ',' ? 1 : 0;
    const open = toks[c.tokenEnd + skip];
    const close = toks[d.tokenEnd];
    if (open?.text === '(' && d.tokenStart === c.tokenEnd + 1 + skip && close?.text === ')' && d.tokenEnd - d.tokenStart === 1 && (isAcronym(d.text) || spelledInitials(c.text, d.text))
      && mayDefineAcronym(c.text, d.text)) {
      c.definesAcronym = i + 1;
      // "Local Loop Unbundling (LLU)", "Asymmetric Digital Subscriber Line (ADSL)": an expansion made of
      // ordinary words with no organisation word at its end is a technical term.
      if (isTermExpansion(toks, c)) c.votes.MISC += 8;
      else c.votes.ORG += 2;
    } else if (open?.text === '(' && d.tokenStart === c.tokenEnd + 1 && close?.text === ')' && !skip && translatedBody(toks, c, d)) {
      // "a Sberbank (Savings Bank) account": a body's name translated in brackets is its other name
      // (not the one it goes by, as a stage name's real name is not).
      c.definesAcronym = i + 1;
      d.realName = true;
    }
  }
}

/**
 * `d`, in brackets right after the one-word name `c`, is `c` translated: two or more capitalised
 * words closed by a body's head word ("Sberbank (Savings Bank)"), sharing no word with `c`, no place.
 */
function translatedBody(toks: readonly Token[], c: Candidate, d: Candidate): boolean {
  if (c.tokenEnd - c.tokenStart !== 1 || d.tokenEnd - d.tokenStart < 2 || !ORG_HEADS.has(lower(toks[d.tokenEnd - 1]))) return false;
  for (let k = d.tokenStart; k < d.tokenEnd; k++) if (!isUpperStart(toks[k].text) || toks[k].normal === toks[c.tokenStart].normal) return false;
  return lookupPlaceOrOrg(d.text)?.type !== 'LOC' && lookupPlaceOrOrg(c.text)?.type !== 'LOC';
}

/** The noun after the participles at `k` the tagger read as verbs before it ("holding/VERB company", "-based/VERB holding/VERB company"), or -1. */
function nounAfterParticiples(toks: readonly Token[], k: number): number {
  let q = k;
  while (q < toks.length && q < k + 3 && toks[q].pos === 'VERB' && /(ing|ed)$/.test(toks[q].normal) && toks[q].sentence === toks[k].sentence) q++;
  return q > k && toks[q]?.pos === 'NOUN' && toks[q].sentence === toks[k].sentence ? q : -1;
}

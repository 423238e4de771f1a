// Shallow parse of one sentence into chunks: noun phrases (with their head, the entity they
// name, a possessor and entity modifiers), verb groups (main verb, voice, negation, modality,
// infinitive chains folded: "has continued to refute" -> refute), prepositions, punctuation,
// conjunctions and relative pronouns. winkNLP gives no dependency parse, so the relation rules
// work on this flat chunk sequence; everything here is a pure function of tokens and the
// resolver's token-to-entity map.
import { titleParticiple } from '../../openie/word-classes.ts';
import type { ArticleEntity, Token } from '../../model/types.ts';
import { isPossessiveS } from '../text-case.ts';
import {
  CLAIM_NOUNS, CONTENT_NOUNS, CATENATIVE_VERBS, DESCRIPTOR_NOUNS, HEDGED_CATENATIVES, MODALS, NEGATIVE_CATENATIVES, NEGATORS, REFUSAL_VERBS, PARTICLES, PHRASAL_VERBS,
  POSSESSIVE_PRONOUNS, QUOTE_MARKS, RELATIVE_PRONOUNS, REPORTING_VERBS, ROLE_HEADS, keepsIntention,
} from './lexicon.ts';
import { GROUP_NOUNS, groupMembers } from './group-references.ts';
import { countryOfDemonym } from '../entities/gazetteer.ts';
import { englishWords } from '../../ner/english-words.ts';

export type ChunkKind = 'NP' | 'VG' | 'P' | 'PUNCT' | 'CC' | 'SC' | 'REL' | 'ADV' | 'OTHER';

export interface NounInfo {
  /** Entity named by the head, or -1 for a concept. */
  entity: number;
  /** Entity owning the phrase ("Russia's", "his"), or -1. */
  possessor: number;
  /** Other entities inside the phrase before the head ("32 Russian entities"). */
  modifiers: number[];
  /** True for a bare personal pronoun ("he", "I"). */
  pronoun: boolean;
  /** Persons a plural reference ("the pair", "the two men", an open "them") stands for. */
  group?: number[];
}

export interface VerbInfo {
  /** Lemma of the main verb after infinitive chains ("refute" in "continued to refute"). */
  lemma: string;
  /** Predicate words: the lemma, a kept negative catenative ("decline to comment"), particles. */
  words: string[];
  negated: boolean;
  passive: boolean;
  /** Main verb is a form of be/become/remain with no other verb. */
  copula: boolean;
  /** Starts with "to": an infinitive whose subject comes from the clause before. */
  infinitive: boolean;
  /** A bare -ing form with no auxiliary ("after being accused", "building"). */
  gerund: boolean;
  /** A bare past participle with no auxiliary: maybe a reduced passive ("proposals announced by X"). */
  bareParticiple: boolean;
  /** Surface form of the main verb (for passive predicates "be delisted from"). */
  surface: string;
  /** Product of modal and hedge factors (1 for a plain statement). */
  certainty: number;
  /** The refusal or failure the words open with ("refuse to ", "fail to "), or '': nouns the verb's object yields keep it ("refuse to sign deal with"). */
  refusal: string;
}

/** Chunks are made with every field present (np and vg undefined when not theirs), so the rules read one object shape. */
export interface Chunk {
  kind: ChunkKind;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** NP: head token; VG: main verb token; others: start. */
  head: number;
  np?: NounInfo;
  vg?: VerbInfo;
}

export interface ChunkContext {
  tokens: Token[];
  tokenEntity: Int32Array;
  entities: ArticleEntity[];
}

const PARTICIPLE_IRREGULAR = new Set([
  'been', 'born', 'brought', 'built', 'bought', 'caught', 'chosen', 'done', 'drawn', 'driven', 'eaten', 'fallen', 'felt',
  'found', 'forgotten', 'given', 'gone', 'held', 'hit', 'hurt', 'kept', 'known', 'laid', 'led', 'left', 'lost', 'made',
  'meant', 'met', 'paid', 'put', 'read', 'run', 'said', 'seen', 'sent', 'set', 'shown', 'shut', 'sold', 'spent', 'spoken',
  'stolen', 'struck', 'sworn', 'taken', 'taught', 'thrown', 'told', 'understood', 'won', 'written', 'withdrawn', 'cut',
  'beaten', 'begun', 'broken', 'hidden', 'overtaken', 'shot', 'bound', 'fought', 'sought', 'thought', 'upheld',
]);

function isParticiple(t: Token): boolean {
  const w = t.normal;
  return (w.endsWith('ed') && w.length > 3) || PARTICIPLE_IRREGULAR.has(w) || (w.endsWith('en') && w !== t.lemma);
}

const BE_FORMS = new Set(['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m", 'get', 'gets', 'got', 'getting', 'gotten']);

const LEMMA_FIXES = new Map([['fin', 'fine'], ['din', 'dine'], ['shin', 'shine'], ['min', 'mine'], ['pin', 'pine'], ['whin', 'whine'], ['guid', 'guide']]);

/** Words as often nouns as verbs, read as nouns after a singular noun ("maternity pay in ..."). */
const NOUN_VERBS = new Set(['pay', 'rise', 'cut', 'increase', 'deal', 'plan', 'bid', 'control', 'support', 'change', 'fall', 'aid', 'trade', 'tax', 'cost', 'rule', 'ban', 'vote', 'talk', 'freeze', 'hike', 'reform', 'leave', 'share', 'price', 'fund', 'claim', 'charge', 'report', 'review', 'offer']);

const TIME_WORDS = new Set(['last', 'next', 'yesterday', 'today', 'tomorrow', 'earlier', 'later', 'ago', 'tonight', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Nouns that "last"/"next" make a time phrase of ("last week", "next season"). */
const TIME_UNITS = new Set(['week', 'month', 'year', 'season', 'night', 'weekend', 'summer', 'autumn', 'winter', 'spring', 'time', 'decade', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'SYM']);

// Tag sets of the chunk rules, made once rather than as array literals in conditions run per token.
const DET_ADP_ADJ = new Set(['DET', 'ADP', 'ADJ']);
const NOUN_PROPN_ADJ = new Set(['NOUN', 'PROPN', 'ADJ']);
const DET_PRON_NUM_PROPN = new Set(['DET', 'PRON', 'NUM', 'PROPN']);
/** Tags before a participle or adverb that modifies the next word inside a noun phrase. */
const MODIFIER_BEFORE = new Set(['DET', 'ADJ', 'PRON', 'PART']);
const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥']);

/** Present-tense verbs that take "as" + a part or post ("stars as", "serves as"). */
const AS_VERBS = new Set(['stars', 'appears', 'returns', 'features', 'serves', 'acts', 'plays', 'poses', 'resigns', 'quits', 'remains', 'ranks', 'emerges', 'doubles',
  'starred', 'appeared', 'returned', 'featured', 'served', 'acted', 'played', 'posed', 'resigned', 'remained', 'ranked', 'emerged', 'doubled']);

/** Units an amount ends with ("£4m", "$5bn", "20%"). */
const AMOUNT_UNITS = new Set(['m', 'bn', 'k', '%', 'million', 'billion', 'trillion', 'pence', 'p']);

function endsEdOrIng(w: string): boolean {
  return w.endsWith('ed') || w.endsWith('ing');
}

/** Tags an adverb may precede inside a verb group ("strongly urged", "never was"). */
const VERB_GROUP_POS = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/** Adjectives that take a to-infinitive like a catenative verb ("are determined to go", "is set to"). */
const CATENATIVE_ADJECTIVES = new Set(['determined', 'able', 'likely', 'unlikely', 'set', 'due', 'ready', 'willing', 'keen', 'eager', 'prepared', 'poised', 'bound', 'about', 'sure', 'certain']);

/** Split tokens [start, end) of one sentence into chunks. */
export function chunkSentence(ctx: ChunkContext, start: number, end: number): Chunk[] {
  const { tokens } = ctx;
  const chunks: Chunk[] = [];
  let i = start;
  while (i < end) {
    const t = tokens[i];
    if (t.pos === 'SPACE') { i++; continue; }
    // "who married/ADJ PR executive X": an -ed word right after a relative pronoun is its verb.
    const relVerb = (chunks[chunks.length - 1]?.kind === 'REL' && t.pos === 'ADJ' && t.normal.endsWith('ed') && ctx.tokenEntity[i] < 0)
      || adjectiveTaggedVerb(ctx, chunks, i, end);
    if (relVerb || startsVerbGroup(ctx, i, end)) {
      const c = readVerbGroup(ctx, i, end, relVerb);
      chunks.push(c);
      i = c.end;
      continue;
    }
    if (RELATIVE_PRONOUNS.has(t.normal) && (t.normal !== 'that' || isRelativeThat(ctx, i, end, chunks))) {
      chunks.push({ kind: 'REL', start: i, end: i + 1, head: i, np: undefined, vg: undefined });
      i++;
      continue;
    }
    // "AM3D and SRS both/DET said", "They all/DET agreed": a quantifier of the subject before its verb is no noun phrase.
    if (FLOATING_QUANTIFIERS.has(t.normal) && i + 1 < end && tokens[i + 1].pos === 'VERB' && chunks[chunks.length - 1]?.kind === 'NP' && chunks[chunks.length - 1].end === i
      && (chunks[chunks.length - 1].np!.pronoun || ctx.tokenEntity[i - 1] >= 0)) {
      chunks.push({ kind: 'ADV', start: i, end: i + 1, head: i, np: undefined, vg: undefined });
      i++;
      continue;
    }
    if (startsNounPhrase(ctx, i, end)) {
      const c = readNounPhrase(ctx, i, end);
      // "donated $1m (£525,000) to the Red Cross": an amount's conversion in brackets is part of it.
      // ("from a Sberbank (Savings Bank) account": so is a name's other name, the same entity.)
      const amount = bracketedAmountEnd(tokens, c, end);
      const converted = amount > 0 ? amount : bracketedAliasEnd(ctx, c, end);
      if (converted > 0) {
        c.end = converted;
        // ("overseeing an $11bn (£5.8bn) fraud": the noun the amount modifies goes on after the brackets.)
        // (Not a verb of saying the tagger calls a noun: "The National Institute (NIER) claims/NOUN that".)
        if (converted < end && tokens[converted].pos === 'NOUN' && ctx.tokenEntity[converted] < 0
          && !(amount < 0 && tokens[converted].normal.endsWith('s') && REPORTING_VERBS.has(tokens[converted].normal.slice(0, -1)))) {
          const rest = readNounPhrase(ctx, converted, end);
          c.end = rest.end;
          c.head = rest.head;
          // (A name before the noun then only modifies it, as "a Sberbank account" does.)
          const np = c.np!;
          if (amount < 0 && np.entity >= 0) c.np = { ...np, modifiers: [np.entity, ...np.modifiers], entity: -1 };
        }
      }
      chunks.push(c);
      i = c.end;
      continue;
    }
    const kind: ChunkKind =
      t.pos === 'ADP' || (t.pos === 'PART' && t.normal === 'to') ? 'P'
        : t.pos === 'PUNCT' ? 'PUNCT'
          : t.pos === 'CCONJ' ? 'CC'
            : t.pos === 'SCONJ' ? 'SC'
              : t.pos === 'ADV' ? 'ADV'
                : 'OTHER';
    chunks.push({ kind, start: i, end: i + 1, head: i, np: undefined, vg: undefined });
    i++;
  }
  return chunks;
}

/** Where a bracketed other name of the entity that ends the noun phrase `c` ends (after the ")"), or -1. */
function bracketedAliasEnd(ctx: ChunkContext, c: Chunk, end: number): number {
  const { tokens, tokenEntity } = ctx;
  const e = tokenEntity[c.end - 1];
  if (e < 0 || c.end + 2 >= end || tokens[c.end].text !== '(' || tokenEntity[c.end + 1] !== e) return -1;
  let k = c.end + 1;
  while (k < end && tokenEntity[k] === e) k++;
  return tokens[k]?.text === ')' ? k + 1 : -1;
}

/** Where a bracketed amount right after the amount `c` ends ("$1m (£525,000)": after the ")"), or -1. */
function bracketedAmountEnd(tokens: readonly Token[], c: Chunk, end: number): number {
  if (c.end + 2 >= end || tokens[c.end].text !== '(') return -1;
  let amount = false;
  for (let k = c.start; k < c.end && !amount; k++) amount = tokens[k].pos === 'NUM';
  if (!amount) return -1;
  let number = false;
  for (let k = c.end + 1; k < end && k <= c.end + 6; k++) {
    const t = tokens[k];
    if (t.text === ')') return number ? k + 1 : -1;
    if (t.pos === 'NUM') number = true;
    else if (!(t.pos === 'SYM' || AMOUNT_UNITS.has(t.normal) || /^(euros?|dollars?|pounds?|yen|rupees|approx|about|around)$/.test(t.normal))) return -1;
  }
  return -1;
}

/**
 * "Arjen Robben fractured/ADJ his foot": an -ed word the tagger calls an adjective, right after a
 * subject (a name or a personal pronoun opening the clause) and before a determiner, a possessive
 * or a number, is the clause's verb.
 */
function adjectiveTaggedVerb(ctx: ChunkContext, chunks: readonly Chunk[], i: number, end: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  // ("for her part in guiding/ADJ the career of husband Ozzy": an -ing word after a preposition, before a determiner or an owner, is a gerund.)
  if (t.pos === 'ADJ' && i > 0 && i + 1 < end && tokens[i - 1].pos === 'ADP' && /[a-z]{3}ing$/.test(t.normal) && ctx.tokenEntity[i] < 0
    && ((tokens[i + 1].pos === 'DET' && tokens[i + 1].normal !== 'that') || (tokens[i + 1].pos === 'PRON' && POSSESSIVE_PRONOUNS.has(tokens[i + 1].normal)))) return true;
  if (t.pos !== 'ADJ' || !/[a-z]{3}ed$/.test(t.normal) || ctx.tokenEntity[i] >= 0 || i + 1 >= end) return false;
  // ("The persistent Rooney eventually rounded/ADJ Jones", "Mr Oaten also branded/ADJ the scheme":
  // an adverb may stand between.)
  const adverb = chunks[chunks.length - 1]?.kind === 'ADV' && chunks[chunks.length - 1].end === i && (/ly$/.test(tokens[i - 1].normal) || CLAUSE_ADVERBS.has(tokens[i - 1].normal)) ? 1 : 0;
  const subject = chunks[chunks.length - 1 - adverb];
  const subjectEnd = adverb ? i - 1 : i;
  if (subject?.kind !== 'NP' || subject.end !== subjectEnd || !(subject.np!.pronoun || (subject.np!.entity >= 0 && ctx.tokenEntity[subjectEnd - 1] === subject.np!.entity))) return false;
  const before = chunks[chunks.length - 2 - adverb];
  const next = tokens[i + 1];
  const nameNext = ctx.tokenEntity[i + 1] >= 0 && next.pos === 'PROPN';
  // ("Chelsea's win against Barcelona pleased/ADJ Jose Mourinho": between two names, also after a preposition's object.)
  if (before && before.kind !== 'PUNCT' && before.kind !== 'CC' && before.kind !== 'SC' && before.kind !== 'ADV' && !(before.kind === 'P' && nameNext && !adverb)) return false;
  return (next.pos === 'DET' && next.normal !== 'that') || next.pos === 'NUM' || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.normal)) || nameNext;
}

/** Adverbs that stand between a subject and its verb, besides those in "-ly". */
const CLAUSE_ADVERBS = new Set(['also', 'then', 'later', 'since', 'already', 'once', 'still', 'again']);

/**
 * "Roddick will open/ADJ his campaign", "will next face/NOUN X": after a modal comes a base-form
 * verb, so a lower-case adjective or noun there (no "-s", "-ed", "-ly", not a name) before what
 * can open its object is the verb.
 */
function afterModal(ctx: ChunkContext, j: number, end: number, aux: number): boolean {
  const { tokens } = ctx;
  const t = tokens[j];
  if (!t || j + 1 >= end || ctx.tokenEntity[j] >= 0 || (t.pos !== 'ADJ' && t.pos !== 'NOUN') || !/^[a-z]+$/.test(t.text) || /(s|ed|ly|er|est)$/.test(t.normal)) return false;
  if (!MODALS.has(tokens[aux].normal) && !(tokens[aux].normal === 'next' && aux > 0 && MODALS.has(tokens[aux - 1].normal))) return false;
  const next = tokens[j + 1];
  return next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NUM' || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.normal)) || ctx.tokenEntity[j + 1] >= 0;
}

/**
 * "Mark Oaten has branded/ADJ the ID scheme a waste of money": after "have", an -ed word the
 * tagger calls an adjective, before what opens an object, is the perfect's participle.
 */
function afterPerfect(ctx: ChunkContext, j: number, end: number, aux: number): boolean {
  const { tokens } = ctx;
  const t = tokens[j];
  if (t.pos !== 'ADJ' || tokens[aux].lemma !== 'have' || ctx.tokenEntity[j] >= 0 || j + 1 >= end || !/^[a-z]+ed$/.test(t.text)) return false;
  const next = tokens[j + 1];
  // ("has retired/ADJ from rugby": a preposition after it makes a participle too.)
  return (next.pos === 'DET' && next.normal !== 'that') || next.pos === 'NUM' || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.normal)) || ctx.tokenEntity[j + 1] >= 0
    || next.pos === 'ADP';
}

/**
 * "Google is said to be planning/NOUN a new service": after "be", an -ing word the tagger calls a
 * noun, before what opens an object, is the progressive's verb.
 */
function afterProgressiveBe(ctx: ChunkContext, j: number, end: number, aux: number): boolean {
  const { tokens } = ctx;
  const t = tokens[j];
  if (t.pos !== 'NOUN' || tokens[aux].lemma !== 'be' || ctx.tokenEntity[j] >= 0 || j + 1 >= end || !/^[a-z]{2,}ing$/.test(t.text)) return false;
  const next = tokens[j + 1];
  return (next.pos === 'DET' && next.normal !== 'that') || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.normal)) || ctx.tokenEntity[j + 1] >= 0;
}

/**
 * Tokens from an opening quote at `j` through its closing one when they quote one to three
 * modifiers inside a noun phrase and a noun or adjective follows ("eight 'critical' security
 * holes"), or, right after a determiner, the phrase's own noun ('gave Fiat a "put option"'); 0 otherwise.
 */
function quotedModifiers(tokens: readonly Token[], tokenEntity: Int32Array, j: number, end: number, afterDeterminer: boolean): number {
  if (!QUOTE_MARKS.has(tokens[j].text) || j + 2 >= end) return 0;
  let k = j + 1;
  while (k < end && k - j <= 3 && !QUOTE_MARKS.has(tokens[k].text)) {
    const t = tokens[k];
    // ('a "firm but fair" policy', 'a "very good" deal': modifiers joined by a conjunction, or an adverb before one.)
    const joined = (t.pos === 'CCONJ' && k > j + 1) || (t.pos === 'ADV' && /ly$|^very$|^so$|^too$/.test(t.normal));
    if (tokenEntity[k] >= 0 || !(t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && endsEdOrIng(t.normal)) || t.text === '-' || joined)) return 0;
    k++;
  }
  if (k === j + 1 || k >= end - 1 || !QUOTE_MARKS.has(tokens[k].text) || tokens[k - 1].pos === 'CCONJ') return 0;
  const after = tokens[k + 1];
  if (after.pos === 'NOUN' || (after.pos === 'ADJ' && k + 2 < end && tokens[k + 2].pos === 'NOUN')) return k + 1 - j;
  return afterDeterminer && tokens[k - 1].pos === 'NOUN' ? k + 1 - j : 0;
}

/** "pleaded guilty to charges/VERB": a plural-looking word after "to" is a noun (an infinitive has no -s). */
function pluralAfterTo(ctx: ChunkContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t.pos === 'VERB' && i > 0 && ctx.tokens[i - 1].normal === 'to' && pluralLooking(t);
}

/** A word that reads as a plural noun as well as a third-person verb ("shares", "calls"; not "press", "bus", "this"). */
function pluralLooking(t: Token): boolean {
  return /[a-z]{2}s$/.test(t.normal) && !/(ss|us|is)$/.test(t.normal) && t.lemma !== t.normal;
}

/** The stem of an -s form winkNLP left unlemmatised ("edits" -> "edit") when the stem is a word; '' otherwise. */
function unlemmatisedStem(t: Token): string {
  return /[^su]s$/.test(t.normal) && englishWords().has(t.normal.slice(0, -1)) ? t.normal.slice(0, -1) : '';
}

/** A word in -s (not -ss) whose lemma is another word: a plural or a third-person verb ("drops", "plans"). */
function inflectedS(t: Token): boolean {
  return /[a-z]s$/.test(t.normal) && !t.normal.endsWith('ss') && t.lemma !== t.normal;
}

/** Token `k` is a place's demonym ("Chinese" for China), an adjective before a noun. */
function demonymAt(ctx: ChunkContext, k: number): boolean {
  const e = ctx.tokenEntity[k];
  return e >= 0 && ctx.entities[e]?.type === 'LOC' && countryOfDemonym(ctx.tokens[k].text) !== undefined;
}

/**
 * "plans to buy back shares/VERB worth 1bn", "sold shares/VERB": a plural-looking verb form right
 * after a verb (or its particle) is that verb's object noun; English puts no finite verb there.
 */
export function pluralAfterVerb(ctx: ChunkContext, i: number): boolean {
  const { tokens, tokenEntity } = ctx;
  const t = tokens[i];
  if (t.pos !== 'VERB' || i === 0 || !pluralLooking(t)) return false;
  let k = i - 1;
  if ((tokens[k].pos === 'ADV' || tokens[k].pos === 'ADP') && PARTICLES.has(tokens[k].normal) && k > 0) k--;
  const verb = tokens[k];
  // (Not after a name the tagger calls a verb: "Fed/VERB warns", "Parry/VERB relishes"; nor after a
  // noun it calls one: "His works/VERB mixes".)
  return verb.pos === 'VERB' && tokenEntity[k] < 0 && !REPORTING_FORMS.test(verb.normal) && !(k > 0 && POSSESSIVE_PRONOUNS.has(tokens[k - 1].normal));
}

/**
 * "the downloads/VERB", "games consoles/VERB", "security breaches/VERB": a plural-looking verb form
 * right after an article, a possessive determiner or an adjective, and not before what opens an
 * object, is a plural noun. ("that seems", "what happens" have a pronoun before them.)
 */
function pluralAfterModifier(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || i === 0 || !pluralLooking(t)) return false;
  const prev = tokens[i - 1];
  if (!(ARTICLES.has(prev.normal) || POSSESSIVE_PRONOUNS.has(prev.normal) || prev.pos === 'ADJ' && /^\p{Ll}/u.test(prev.text))) return false;
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  return !next || !(next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NUM' || next.pos === 'PROPN');
}
const ARTICLES = new Set(['a', 'an', 'the']);

/** The token before `i` is a comma that closes an apposition opened by a comma right after a name ("Thomas, a try-scorer in Rome,"), with no verb inside. */
function afterClosedApposition(ctx: ChunkContext, i: number): boolean {
  const { tokens, tokenEntity } = ctx;
  if (tokens[i - 1]?.text !== ',') return false;
  for (let k = i - 2; k >= Math.max(1, i - 12); k--) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.sentence !== tokens[i].sentence) return false;
    if (t.text === ',') return k < i - 2 && tokenEntity[k - 1] >= 0;
  }
  return false;
}
/** Verbs whose past tense is their base form: after a name they are the clause's verb ("the US cut rates"). */
const PAST_AS_BASE = new Set(['put', 'set', 'cut', 'hit', 'let', 'cost', 'hurt', 'quit', 'shut', 'spread', 'beat', 'bet', 'bid', 'cast', 'read', 'split', 'burst']);

/** Words the tagger calls adverbs that also modify nouns ("her back injury", "the away side"; not "the only way"). */
const NOUN_MODIFYING_ADVERBS = new Set(['back', 'away', 'home', 'then', 'overseas', 'inside', 'outside']);

/** Verbs of saying, after which a clause may open without "that" ("said makes"). */
const REPORTING_FORMS = /^(say|says|said|saying|claim|claims|claimed|believe|believes|believed|think|thinks|thought|know|knows|knew|insist|insists|insisted|warn|warns|warned|added|add|adds|feel|feels|felt)$/;

function isRelativeThat(ctx: ChunkContext, i: number, end: number, chunks: Chunk[]): boolean {
  // "the deal that was signed": "that" right after a noun phrase and before a verb group.
  const prev = chunks[chunks.length - 1];
  return prev?.kind === 'NP' && !prev.np?.pronoun && i + 1 < end && startsVerbGroup(ctx, i + 1, end);
}

function isTitleBetweenNames(ctx: ChunkContext, i: number, end: number): boolean {
  const { tokens, tokenEntity, entities } = ctx;
  const next = i + 1 < end ? tokenEntity[i + 1] : -1;
  return i > 0 && tokenEntity[i - 1] >= 0 && next >= 0 && entities[next]?.type === 'PERSON' && ROLE_HEADS.has(tokens[i].normal);
}

/** "IT firm/VERB Dimension Data", "oil giant/VERB Shell": a body's kind between a modifier and the body's name is no verb. */
function bodyKindBeforeName(ctx: ChunkContext, i: number, end: number): boolean {
  const { tokens, tokenEntity, entities } = ctx;
  const next = i + 1 < end ? tokenEntity[i + 1] : -1;
  return i > 0 && next >= 0 && entities[next]?.type === 'ORG' && DESCRIPTOR_NOUNS.get(tokens[i].normal) === 'ORG'
    && (tokens[i - 1].pos === 'PROPN' || tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'ADJ');
}

/** Posts whose third person is a verb: "chairs", "heads", "leads". */
const ROLE_VERBS = new Set(['chairs', 'heads', 'leads', 'captains', 'coaches', 'hosts']);

/** Verbs of meeting a rival, in the plural a team takes ("Boro face Sporting Lisbon"). */
const CONTEST_PLURAL_VERBS = new Set(['face', 'host', 'meet', 'play', 'visit', 'beat', 'entertain', 'welcome', 'tackle', 'battle', 'thrash', 'edge']);

/** Verbs of saying and thinking whose -s form the tagger may read as a plural noun before "that" ("claims", "fears"). */
const SAYING_S_VERBS = new Set(['claim', 'estimate', 'report', 'fear', 'judge', 'forecast', 'predict', 'argue', 'believe', 'warn', 'insist', 'hope',
  'think', 'admit', 'suggest', 'note', 'state', 'reckon', 'expect', 'accept', 'acknowledge', 'concede', 'maintain', 'allege', 'deny', 'confirm', 'stress', 'calculate']);

/**
 * "Nestle plans/NOUN to buy back shares", "Google forecasts/NOUN growth": a plural-looking
 * noun right after a name, before "to" + verb or a determiner, is the sentence's verb.
 */
function nounTaggedVerb(ctx: ChunkContext, i: number, end: number): boolean {
  const { tokens, tokenEntity } = ctx;
  const t = tokens[i];
  // (After a name, or a kind of body: "the Swiss food giant plans/NOUN to cut".)
  if (t.pos !== 'NOUN' || tokenEntity[i] >= 0 || i === 0 || i + 1 >= end) return false;
  if (afterClosedApposition(ctx, i) && inflectedS(t) && !ROLE_HEADS.has(t.lemma)) {
    // "Thomas, a try-scorer in Rome, drops/NOUN down to the bench": the verb after an apposition.
    const next = tokens[i + 1];
    return next.pos === 'DET' || (next.pos === 'ADP' || next.pos === 'ADV') && PARTICLES.has(next.normal) || next.normal === 'to' || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.normal));
  }
  // "Indian writer Rohit Gupta edits/NOUN a group blog": an -s form right after a person's name, before an
  // article or a possessive, is the person's verb ("Blair aides said" has no article after the noun).
  // (winkNLP may leave such a noun unlemmatised: "edits/NOUN" with lemma "edits"; its stem must then be a word.)
  // (The cheap tests first: the word list is large, so a look-up in it is a cache miss.)
  const afterPerson = tokenEntity[i - 1] >= 0 && ctx.entities[tokenEntity[i - 1]]?.type === 'PERSON';
  if (afterPerson
    && (['a', 'an', 'the'].includes(tokens[i + 1].normal) || (tokens[i + 1].pos === 'PRON' && POSSESSIVE_PRONOUNS.has(tokens[i + 1].normal)))
    && (inflectedS(t) || unlemmatisedStem(t)) && !ROLE_HEADS.has(t.lemma) && !ROLE_HEADS.has(t.normal.slice(0, -1))) return true;
  // ("Tom Hanks starred/NOUN alongside Meg Ryan": a past form right after a person's name, before a
  // preposition or an article, is the person's verb, when its base is a word.)
  if (afterPerson && /[a-z]ed$/.test(t.normal) && t.lemma === t.normal
    && (tokens[i + 1].pos === 'ADP' || tokens[i + 1].pos === 'DET') && !ROLE_HEADS.has(t.normal) && englishWords().has(pastToBase(t.normal))) return true;
  // "Ms Dunwoody, who chairs/NOUN the Transport Select Committee": an -s form right after a subject relative
  // pronoun, before a determiner, a possessive or a name, is the relative clause's verb.
  // ("Mr Haji-Ioannou, who plans/NOUN to launch Easymobile": and before "to" and a verb.)
  if ((tokens[i - 1].normal === 'who' || tokens[i - 1].normal === 'which') && inflectedS(t)
    && (tokens[i + 1].pos === 'DET' || tokenEntity[i + 1] >= 0 || POSSESSIVE_PRONOUNS.has(tokens[i + 1].normal)
      || (tokens[i + 1].normal === 'to' && i + 2 < end && tokens[i + 2].pos === 'VERB' && (CATENATIVE_VERBS.has(t.lemma) || t.lemma === 'claim')))) return true;
  // "could take a gamble and call/NOUN inexperienced prop Andrew Sheridan into": a base form after "and", before a
  // determiner, an adjective or a name, when a modal's or "to"'s base verb and its object come just before, is a second verb.
  if (tokens[i - 1].normal === 'and' && t.normal === t.lemma && i >= 3 && tokens[i - 2].pos === 'NOUN'
    && (tokens[i + 1].pos === 'DET' || tokens[i + 1].pos === 'ADJ' || tokenEntity[i + 1] >= 0) && coordinatedAfterBaseVerb(tokens, i - 1)) return true;
  // "The pair face/NOUN jail terms", "the two men deny/NOUN": a base form after a group of people is their verb.
  if (t.normal === t.lemma && GROUP_NOUNS.has(tokens[i - 1].normal) && i >= 2 && (tokens[i - 2].normal === 'the' || tokens[i - 2].normal === 'two' || tokens[i - 2].normal === 'both')
    && ['DET', 'NOUN', 'ADJ', 'NUM', 'ADP'].includes(tokens[i + 1].pos)) return true;
  // "Yukos claims/NOUN that ...", "The ADB fears/NOUN that ...": a verb of saying or thinking in -s after a name that opens the clause, before "that".
  // ("The National Institute of Economic and Social Research (NIESR) claims that": past a bracketed short form.)
  const named = i >= 4 && tokens[i - 1].text === ')' && tokenEntity[i - 2] >= 0 && tokens[i - 3].text === '(' && tokenEntity[i - 4] >= 0 ? i - 4 : i - 1;
  if (tokens[i + 1].normal === 'that' && tokenEntity[named] >= 0 && t.normal === `${t.lemma}s` && SAYING_S_VERBS.has(t.lemma)) {
    let k = named;
    while (k >= 0 && tokenEntity[k] === tokenEntity[named]) k--;
    if (k >= 0 && tokens[k].pos === 'DET' && tokens[k].normal === 'the') k--;
    return k < 0 || tokens[k].sentence !== t.sentence || tokens[k].pos === 'PUNCT' || tokens[k].pos === 'CCONJ' || tokens[k].pos === 'ADV' || tokens[k].pos === 'SCONJ';
  }
  // "Nick Griffin lives/NOUN near Welshpool", "Griffin - who lives/NOUN near", "Smith works/NOUN for Acme": a verb that takes a place or a body after a preposition.
  if (PREPOSITION_S_VERBS.has(t.normal) && tokens[i + 1].pos === 'ADP' && (ctx.entities[tokenEntity[i - 1]]?.type === 'PERSON' || tokens[i - 1].normal === 'who')) return true;
  // ("Aguilera burst/NOUN onto the pop scene": a past form that is its own base, after a person and before a preposition.)
  if (PAST_AS_BASE.has(t.normal) && tokens[i + 1].pos === 'ADP' && ctx.entities[tokenEntity[i - 1]]?.type === 'PERSON') return true;
  if (tokenEntity[i - 1] < 0 && !(tokens[i + 1].normal === 'to' && DESCRIPTOR_NOUNS.has(tokens[i - 1].normal))) return false;
  // "Jamie Foxx stars/NOUN as Ray Charles", "starred/NOUN as": a verb that takes "as" + a part or post.
  if (tokens[i + 1].normal === 'as' && AS_VERBS.has(t.normal)) return tokenEntity[i - 1] >= 0 && i + 2 < end && (tokenEntity[i + 2] >= 0 || tokens[i + 2].pos === 'DET');
  // "Boro face/NOUN Sporting Lisbon", "Chelsea host/NOUN Barcelona": a team takes a plural verb, tagged a noun between two names.
  const left = tokenEntity[i - 1];
  if (CONTEST_PLURAL_VERBS.has(t.normal) && left >= 0 && ctx.entities[left]?.type === 'ORG' && tokenEntity[i + 1] >= 0 && tokenEntity[i + 1] !== left) return true;
  // ("Mauritius host/NOUN the first group": a side or country opening the clause hosts what "the" names;
  // "England face/NOUN a tough match against Scotland": so does any contest verb before an article.)
  if ((t.normal === 'host' && tokens[i + 1].normal === 'the' || CONTEST_PLURAL_VERBS.has(t.normal) && (tokens[i + 1].normal === 'a' || tokens[i + 1].normal === 'an' || tokens[i + 1].normal === 'the'))
    && left >= 0 && ctx.entities[left]?.type !== 'PERSON') {
    let f = i - 1;
    while (f > 0 && tokenEntity[f - 1] === left) f--;
    if (f === 0 || tokens[f - 1].sentence !== t.sentence || tokens[f - 1].pos === 'PUNCT' || tokens[f - 1].pos === 'SPACE') return true;
  }
  // "when Britain chairs/NOUN the G8 summit": a post that is also a verb, after a country or a body and before "the".
  if (ROLE_VERBS.has(t.normal) && left >= 0 && ctx.entities[left]?.type !== 'PERSON' && tokens[i + 1].normal === 'the') return true;
  if (!inflectedS(t) || ROLE_HEADS.has(t.lemma) || ROLE_HEADS.has(t.normal.slice(0, -1))) return false;
  const next = tokens[i + 1];
  // ("invited Chinese firms to bid": after a demonym the plural is the noun it describes.)
  if (next.normal === 'to') return i + 2 < end && tokens[i + 2].pos === 'VERB' && !demonymAt(ctx, i - 1);
  // "US artists such as Beyonce": a noun listing examples.
  if (next.normal === 'such' && tokens[i + 2]?.normal === 'as') return false;
  return next.pos === 'DET' || next.pos === 'ADJ' || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.normal))
    || (tokenEntity[i + 1] >= 0 && tokenEntity[i + 1] !== tokenEntity[i - 1] && ctx.entities[tokenEntity[i - 1]]?.type !== 'LOC')
    // "Rhys Williams steps/NOUN up in place of Morgan", "Thomas drops/NOUN down to the bench": a verb and its particle.
    // (Not after a possessive: "held his hands up".)
    || (VERB_PARTICLES.has(next.normal) && (next.pos === 'ADP' || next.pos === 'ADV') && ctx.entities[tokenEntity[i - 1]]?.type === 'PERSON' && tokens[i - 1].pos !== 'PRON');
}

/** Verbs in -s the tagger reads as plural nouns before a preposition ("lives in", "works for"). */
const PREPOSITION_S_VERBS = new Set(['lives', 'works', 'plays', 'writes', 'stays', 'trains', 'studies', 'teaches', 'hails', 'serves']);

/** Particles after a verb the tagger read as a plural noun ("steps up", "drops down"). */
const VERB_PARTICLES = new Set(['up', 'down', 'out', 'off', 'back']);

/** Verbs that "clear of" follows as one phrase ("steer clear of", "stay clear of", "keep clear of"). */
const CLEAR_OF_VERBS = new Set(['steer', 'stay', 'keep']);

/**
 * "..., beating/NOUN former member X", "..., outperforming/NOUN the market": an -ing word the
 * tagger calls a noun, right after a comma and before what can only open its object, is a verb.
 */
function ingNounTaggedVerb(ctx: ChunkContext, i: number, end: number): boolean {
  const { tokens, tokenEntity } = ctx;
  const t = tokens[i];
  // (After a comma, or after a preposition of time or means: "after beating/NOUN favourites USA", "by selling/NOUN its stake".)
  if (t.pos !== 'NOUN' || tokenEntity[i] >= 0 || i === 0 || i + 1 >= end || !(tokens[i - 1].text === ',' || GERUND_PREPOSITIONS.has(tokens[i - 1].normal)) || !/[a-z]{3}ing$/.test(t.normal)) return false;
  const next = tokens[i + 1];
  return next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM' || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.normal))
    // ("after beating/NOUN pre-race favourites", but not "by gaming fans", "by trading standards officers", where the -ing word is a noun's modifier.)
    || (next.pos === 'NOUN' && tokens[i - 1].text !== ',' && tokens[i - 1].normal !== 'by');
}

/** Prepositions after which an -ing word with an object is a verb: "after beating USA", "by selling its stake". */
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'since', 'by', 'without', 'despite']);

/** Words that make "<number> <time unit>" a point in time ("11 days ago", "two years later"). */
const AGO_WORDS = new Set(['ago', 'later', 'earlier', 'before', 'after', 'previously']);
const DURATION_UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);

/** Adjectives that head a noun phrase of their own in news ("best male", "best Irish female"). */
export const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set(['male', 'female']);

/** Words that make "to" a preposition: "thanks to", "due to", "owing to", "according to". */
const COMPOUND_TO = new Set(['thanks', 'due', 'owing', 'according']);

/**
 * "France's win/VERB over Scotland", "their wins/VERB over Scotland": a base or -s verb form
 * right after a possessive ("'s" or a possessive pronoun) and before a preposition is a noun.
 */
function verbFormAsPossessedNoun(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // ("onto Queudrue's pass/VERB to head home", "Hreidarsson's cross/VERB."): before a preposition, "to" or punctuation.
  const next = tokens[i + 1];
  // ("Andy Craig's pass/VERB sent Southwell streaking": or before an inflected verb, the clause's own.)
  const verbNext = i + 1 < end && next.pos === 'VERB' && next.normal !== (next.lemma ?? next.normal) && !next.normal.endsWith('ing');
  if (!prev || endsEdOrIng(t.normal) || (i + 1 < end && next.pos !== 'ADP' && !(next.pos === 'PART' && next.normal === 'to') && next.pos !== 'PUNCT' && !verbNext)) return false;
  return (prev.pos === 'PART' && isPossessiveS(prev.text)) || (prev.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(prev.normal) && prev.normal !== 'her')
    || (i >= 2 && isPluralPossessiveMark(tokens[i - 2], prev));
}

/** `mark` is the apostrophe of a possessive after a word ending in "s" ("Wales' win"). */
export function isPluralPossessiveMark(before: Token, mark: Token): boolean {
  return mark.pos === 'PUNCT' && (mark.text === "'" || mark.text === '\u2019') && !mark.spaceBefore && before.normal.endsWith('s');
}

/** Token `i` is joined by a hyphen, with no spaces, to the word after it, before a noun or adjective ("so-called experts", "long-awaited results"). */
function hyphenedModifier(tokens: readonly Token[], i: number, end: number): boolean {
  return i + 3 < end && tokens[i + 1].text === '-' && !tokens[i + 1].spaceBefore && !tokens[i + 2].spaceBefore && NOUN_PROPN_ADJ.has(tokens[i + 3].pos);
}

/**
 * Token `i`, a verb form, is joined by a hyphen, with no spaces, to a noun after a determiner, an
 * owner, an adjective or a name: "England's fly-half", "the stand-in", "Wales fly-half Stephen Jones".
 */
function hyphenedCompoundNoun(ctx: ChunkContext, i: number, end: number): boolean {
  const { tokens } = ctx;
  if (i === 0 || i + 2 >= end || tokens[i + 1].text !== '-' || tokens[i + 1].spaceBefore || tokens[i + 2].spaceBefore || tokens[i + 2].pos !== 'NOUN') return false;
  const prev = tokens[i - 1];
  return prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'PART' && isPossessiveS(prev.text)) || POSSESSIVE_PRONOUNS.has(prev.normal)
    || (i >= 2 && isPluralPossessiveMark(tokens[i - 2], prev)) || ctx.tokenEntity[i - 1] >= 0
    // "and cut-price competition", "a take-home pay": a compound modifying a noun after it.
    || (hyphenedModifier(tokens, i, end) && tokens[i + 3].pos === 'NOUN');
}

/** Token `i` is a capitalised -ing word (not opening the sentence) right before a capitalised post ("Operating Officer", "Managing Director"). */
function capitalisedTitleWord(ctx: ChunkContext, i: number, end: number): boolean {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && t.normal.endsWith('ing') && i + 1 < end && i > 0 && ctx.tokens[i - 1].sentence === t.sentence
    && ROLE_HEADS.has(next.normal) && /^\p{Lu}/u.test(next.text);
}

function startsVerbGroup(ctx: ChunkContext, i: number, end: number): boolean {
  const t = ctx.tokens[i];
  if (ctx.tokenEntity[i] >= 0) return false;
  if (nounTaggedVerb(ctx, i, end) || ingNounTaggedVerb(ctx, i, end)) return true;
  // "Sale Sharks prop/VERB Andrew Sheridan": a title between a name and a person is no verb.
  if (t.pos === 'VERB' && (isTitleBetweenNames(ctx, i, end) || bodyKindBeforeName(ctx, i, end))) return false;
  // "Chief Operating/VERB Officer", "Managing/VERB Director": a capitalised -ing word before a
  // capitalised post is part of the title.
  if (t.pos === 'VERB' && capitalisedTitleWord(ctx, i, end)) return false;
  // ("DJ/VERB Green Lantern", "MC/VERB Kano": a word in capitals before a name is a stage title, no verb.)
  if (t.pos === 'VERB' && /^[A-Z]{2,}$/.test(t.text) && i + 1 < end && ctx.tokenEntity[i + 1] >= 0) return false;
  // "France's win/VERB over Scotland", "their wins/VERB over": a verb form after a possessive is a noun.
  if (t.pos === 'VERB' && verbFormAsPossessedNoun(ctx.tokens, i, end)) return false;
  // "England's fly/VERB-half", "the stand-in": a verb form hyphened to a noun is a compound noun.
  if (t.pos === 'VERB' && hyphenedCompoundNoun(ctx, i, end)) return false;
  if (pluralAfterTo(ctx, i) || pluralAfterVerb(ctx, i) || nounAfterBe(ctx, i, end)) return false;
  if (t.pos === 'AUX' || t.pos === 'VERB') {
    // A participle right after a determiner or preposition modifies a noun ("the planned reforms").
    if (t.pos === 'VERB' && i > 0 && DET_ADP_ADJ.has(ctx.tokens[i - 1].pos) && i + 1 < end && NOUN_PROPN_ADJ.has(ctx.tokens[i + 1].pos) && endsEdOrIng(t.normal)
      && !gerundAfterSubordinator(ctx.tokens, i) && !gerundOfName(ctx, i)) {
      return false;
    }
    if (modifierAfterToOrVerb(ctx, i, end)) return false;
    return true;
  }
  if (t.pos === 'PART' && NEGATORS.has(t.normal)) return true;
  // "thanks to cost cuts", "due to rising costs": "to" of a compound preposition.
  if (t.normal === 'to' && i > 0 && COMPOUND_TO.has(ctx.tokens[i - 1].normal)) return false;
  if (t.normal === 'to' && i + 1 < end) {
    let j = i + 1;
    while (j < end && ctx.tokens[j].pos === 'ADV') j++;
    return j < end && (ctx.tokens[j].pos === 'VERB' || ctx.tokens[j].pos === 'AUX') && ctx.tokenEntity[j] < 0 && !modifierAfterToOrVerb(ctx, j, end) && !pluralAfterTo(ctx, j);
  }
  if (t.pos === 'ADV') {
    // An adverb opening a verb group ("strongly urged", "never was").
    let j = i;
    while (j < end && (ctx.tokens[j].pos === 'ADV' || (ctx.tokens[j].pos === 'PART' && NEGATORS.has(ctx.tokens[j].normal)))) j++;
    return j < end && j - i <= 2 && (ctx.tokens[j].pos === 'VERB' || ctx.tokens[j].pos === 'AUX') && ctx.tokenEntity[j] < 0 && !(ctx.tokens[j].pos === 'VERB' && endsEdOrIng(ctx.tokens[j].normal) && j + 1 < end && ctx.tokens[j + 1].pos === 'NOUN' && ctx.tokens[i].normal !== 'also')
      && !pluralAfterVerb(ctx, j);
  }
  return false;
}

/** An -ing word after a quote mark that continues a progressive ('is "standing by"'). */
function isQuotedProgressive(t: Token): boolean {
  return (t.pos === 'VERB' || t.pos === 'NOUN') && t.normal.length > 5 && t.normal.endsWith('ing');
}

/** Quantifiers that float after an auxiliary and describe the subject ("have both launched"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

function readVerbGroup(ctx: ChunkContext, start: number, end: number, adjectiveVerb = false): Chunk {
  const { tokens } = ctx;
  let j = start;
  let negated = false;
  let certainty = 1;
  let infinitive = false;
  let main = -1;
  let lastAux = -1;
  let beBeforeMain = false;
  // Whether the head is the verb of an infinitive chain ("agreed to cut"): a base form, never a participle.
  let chained = false;
  // Predicate words: kept negative catenatives, then the head's lemma and particles.
  const words: string[] = [];
  let refusal = '';
  if (tokens[j].normal === 'to') { infinitive = true; j++; }
  // One run of auxiliaries, adverbs and negators up to the main verb; then, at most four times,
  // an infinitive chain ("continued to refute", "was forced to resign", "are determined to go")
  // moves on to the verb after "to" and reads the next run. One loop, not a closure called from
  // two places: a named closure per verb group costs a defineProperty under tsx.
  for (let chain = 0; ; chain++) {
    while (j < end) {
      const t = tokens[j];
      if (ctx.tokenEntity[j] >= 0) break;
      if (t.pos === 'AUX') {
        // "cannot" is one token with no lemma: a modal and a negation.
        if (t.normal === 'cannot') negated = !negated;
        const m = MODALS.get(t.normal === 'cannot' ? 'can' : t.normal);
        if (m !== undefined) certainty *= m;
        lastAux = j;
        beBeforeMain = t.lemma === 'be' || t.lemma === 'get' || BE_FORMS.has(t.normal);
        j++;
      } else if ((t.pos === 'PART' || t.pos === 'ADV') && NEGATORS.has(t.normal)) {
        negated = !negated; j++;
      } else if (lastAux === j - 1 && t.normal === 'yet' && j + 1 < end && tokens[j + 1].normal === 'to') {
        // "has yet to reveal", "is yet to decide": not done so far.
        negated = !negated; j++;
      } else if (t.pos === 'ADV' && j + 1 < end && VERB_GROUP_POS.has(tokens[j + 1].pos)) {
        j++;
      } else if ((t.pos === 'VERB' && !nounAfterBe(ctx, j, end)) || (j === start && (adjectiveVerb || nounTaggedVerb(ctx, j, end) || ingNounTaggedVerb(ctx, j, end)))
        || (lastAux === j - 1 && (afterModal(ctx, j, end, lastAux) || afterPerfect(ctx, j, end, lastAux) || afterProgressiveBe(ctx, j, end, lastAux)))
        || (lastAux === j - 2 && FLOATING_QUANTIFIERS.has(tokens[j - 1].normal) && afterPerfect(ctx, j, end, lastAux))) {
        main = j; j++;
        break;
      } else if (lastAux === j - 1 && t.pos === 'PUNCT' && (t.text === '"' || t.text === '\u201c') && j + 1 < end && isQuotedProgressive(tokens[j + 1])) {
        // 'is "standing by" his remarks': a quote mark between the auxiliary and an -ing verb.
        main = j + 1; j += 2;
        break;
      } else if (lastAux === j - 1 && (t.normal === 'since' || t.normal === 'already') && j + 1 < end && tokens[j + 1].pos === 'VERB') {
        // "has since/SCONJ criticised the government": an adverb of time the tagger calls a conjunction.
        j++;
      } else if (lastAux === j - 1 && FLOATING_QUANTIFIERS.has(t.normal) && j + 1 < end && (tokens[j + 1].pos === 'VERB' || tokens[j + 1].pos === 'AUX' || afterPerfect(ctx, j + 1, end, lastAux))) {
        // "NTL and Telewest have both/DET launched", "have all/DET been": a quantifier of the subject between the auxiliary and the verb.
        // ("have all retired/ADJ from international rugby": a participle the tagger calls an adjective, after a perfect.)
        j++;
      } else if (lastAux === j - 1 && t.normal === 'next' && afterModal(ctx, j + 1, end, lastAux)) {
        // "Costa will next/ADJ face/NOUN Ljubicic": an adverb of time between the modal and its verb.
        lastAux = j; j++;
      } else break;
    }
    if (chain === 4) break;
    const headIdx = main >= 0 ? main : lastAux;
    if (headIdx < 0) break;
    let k = j;
    let adjCatenative = '';
    if (main < 0 && k < end && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'VERB') && CATENATIVE_VERBS.has(tokens[k].normal)) {
      adjCatenative = tokens[k].normal; k++;
    } else if (main < 0 && k < end && tokens[k].pos === 'ADJ' && CATENATIVE_ADJECTIVES.has(tokens[k].normal)) {
      adjCatenative = tokens[k].normal; k++;
    }
    const lemma = adjCatenative || lemmaOf(tokens[headIdx]);
    if (!CATENATIVE_VERBS.has(lemma) && !NEGATIVE_CATENATIVES.has(lemma) && !(main >= 0 && beBeforeMain)) break;
    if (!(k < end && tokens[k].normal === 'to')) break;
    let v = k + 1;
    while (v < end && tokens[v].pos === 'ADV') v++;
    if (!(v < end && (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX') && ctx.tokenEntity[v] < 0)) break;
    if (NEGATIVE_CATENATIVES.has(lemma)) {
      if (words.length === 0 && REFUSAL_VERBS.has(lemma)) refusal = `${lemma} to `;
      words.push(lemma, 'to');
    } else if (keepsIntention(lemma, tokens[headIdx].normal) && !(lemma === 'expect' && beBeforeMain)) words.push(lemma, 'to');
    // ("is unlikely to buy Google": an unlikely act is more doubt than hedge.)
    if (HEDGED_CATENATIVES.has(lemma)) certainty *= lemma === 'unlikely' ? 0.4 : 0.8;
    j = v;
    main = -1; lastAux = -1; beBeforeMain = false; chained = true;
  }
  const headIdx = main >= 0 ? main : Math.max(lastAux, start);
  const head = tokens[headIdx];
  // A noun the chunker read as the verb: "beating/NOUN" -> beat, "starred/NOUN as" -> star.
  // ("is said to be planning/NOUN": after an auxiliary too.)
  // ("in guiding/ADJ the career": an -ing adjective read as the verb.)
  const headLemma = (head.pos === 'NOUN' && (main === start || tokens[main - 1].pos === 'PUNCT' || tokens[main - 1].pos === 'AUX') || head.pos === 'ADJ' && main === start) && head.normal.endsWith('ing') ? ingToBase(head.normal)
    : head.pos === 'NOUN' && main === start && head.normal.endsWith('ed') ? pastToBase(head.normal)
      // ("lives/NOUN near" -> live, not the noun's lemma "life"; "studies" -> study.)
      : head.pos === 'NOUN' && main === start && PREPOSITION_S_VERBS.has(head.normal) ? head.normal.replace(/ies$/, 'y').replace(/s$/, '')
        // ("Rohit Gupta edits/NOUN", lemma "edits": the stem, when it is a word.)
        : head.pos === 'NOUN' && main === start && head.lemma === head.normal && unlemmatisedStem(head) ? unlemmatisedStem(head)
          : lemmaOf(head);
  const copula = main < 0 && (headLemma === 'be' || headLemma === 'become' || headLemma === 'remain');
  const passive = main >= 0 && beBeforeMain && isParticiple(head) && !head.normal.endsWith('ing');
  words.push(headLemma);
  // Particles of phrasal verbs: kept when listed, or when no noun phrase follows.
  // ("put together S Club 7": "together" only where it makes a phrasal verb; "appeared together" stays an adverb.)
  while (main >= 0 && j < end && (tokens[j].pos === 'ADP' || tokens[j].pos === 'ADV')
    && (PARTICLES.has(tokens[j].normal) || (tokens[j].normal === 'together' && PHRASAL_VERBS.has(`${headLemma} together`))) && !upToAmount(tokens, j, end)) {
    const phrase = `${headLemma} ${tokens[j].normal}`;
    const nextIsNoun = j + 1 < end && startsNounPhrase(ctx, j + 1, end);
    if (PHRASAL_VERBS.has(phrase) || !nextIsNoun) {
      words.push(tokens[j].normal);
      j++;
      if (PHRASAL_VERBS.has(phrase)) break;
    } else break;
  }
  // ("will steer clear of bad language", "stayed clear of trouble": "clear" before "of" is the verb's, as a particle.)
  if (main >= 0 && j + 1 < end && tokens[j].normal === 'clear' && tokens[j + 1].normal === 'of' && CLEAR_OF_VERBS.has(headLemma)) words.push(tokens[j++].normal);
  const gerund = !infinitive && lastAux < 0 && main === start && head.normal.endsWith('ing');
  const bareParticiple = !infinitive && !chained && lastAux < 0 && main >= 0 && isParticiple(head) && !head.normal.endsWith('ing');
  return {
    kind: 'VG', start, end: Math.max(j, start + 1), head: headIdx, np: undefined,
    vg: { lemma: headLemma, words, negated, passive, copula, infinitive, gerund, bareParticiple, surface: head.normal, certainty, refusal },
  };
}

/** winkNLP lemma, with British spellings and a few tagger slips folded. */
export function lemmaOf(t: Token): string {
  // ("after being Tony Blair's right-hand man": winkNLP leaves "being" as its own lemma.)
  if (t.normal === 'being' && t.pos === 'AUX') return 'be';
  // An -ed word the tagger read as an adjective but used as a verb ("who married/ADJ X").
  if (t.pos === 'ADJ' && t.normal.endsWith('ed') && t.lemma === t.normal) return pastToBase(t.normal);
  // A hyphenated past tense winkNLP does not know: "co-starred" -> co-star.
  if (t.pos === 'VERB' && t.lemma === t.normal && /-[a-z]+ed$/.test(t.normal)) return pastToBase(t.normal);
  // A past tense winkNLP has no lemma for ("showcased"): its base when that is an English word ("need" stays).
  if (t.pos === 'VERB' && t.lemma === t.normal && t.normal.endsWith('ed') && /^[a-z]{3,}ed$/.test(t.normal)) {
    const base = pastToBase(t.normal);
    if (base !== t.normal && englishWords().has(base)) return base;
  }
  const l = (t.lemma ?? t.normal ?? t.text).toLowerCase();
  // winkNLP strips "-ed" whole from a few -ined verbs: "fined" -> "fin", "dined" -> "din".
  const fixed = LEMMA_FIXES.get(l);
  if (fixed) return fixed;
  // ...and keeps the "e" of "-ches", "-sses", "-ours" forms: "launches" -> "launche", "scoured" -> "scoure".
  if (l.length > 4 && l.endsWith('e') && l !== t.normal && !englishWords().has(l) && englishWords().has(l.slice(0, -1))) return l.slice(0, -1);
  return l;
}

/** Base form of a regular past tense: "married" -> "marry", "planned" -> "plan", "named" -> "name", "claimed" -> "claim". */
export function pastToBase(w: string): string {
  if (w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  const stem = w.slice(0, -2);
  if (/([bdfgklmnprtvz])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) return stem.slice(0, -1);
  // A short stem ending in vowel + consonant lost its "e": "nam" -> "name", "us" -> "use", "mov" -> "move".
  if (stem.length <= 4 && /(^|[^aeiou])[aeiou][bcdfgklmnpstvz]$/.test(stem) && !/(en|er|on|et)$/.test(stem)) return `${stem}e`;
  if (/(at|iz|is|ur|uc|rg|ng|ch|rv|lv)$/.test(stem) && !/(ch|ng)$/.test(stem)) return `${stem}e`;
  // "retired" -> "retire", "declined" -> "decline": the word list knows which form is a word.
  const words = englishWords();
  return !words.has(stem) && words.has(`${stem}e`) ? `${stem}e` : stem;
}

/** Base form of an -ing form the tagger called a noun: "beating" -> "beat", "making" -> "make", "running" -> "run". */
function ingToBase(w: string): string {
  const stem = w.slice(0, -3);
  // "beat", "defeat", "treat": no "e" was lost, whatever the -ed rules say of "-at".
  const base = stem.endsWith('eat') ? stem : pastToBase(`${stem}ed`);
  return LEMMA_FIXES.get(base) ?? base;
}

/**
 * "respond to doping/VERB charges", "preparing pre-packaged/VERB movies": an -ing word after
 * "to" (an infinitive is never an -ing form) or an -ed word right after a main verb, directly
 * before a noun, modifies that noun; it is no predicate.
 */
function modifierAfterToOrVerb(ctx: ChunkContext, i: number, end: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  if (t.pos !== 'VERB' || i === 0 || i + 1 >= end || (tokens[i + 1].pos !== 'NOUN' && tokens[i + 1].pos !== 'PROPN')) return false;
  const prev = tokens[i - 1];
  if (prev.normal === 'to') return t.normal.endsWith('ing') && t.lemma !== t.normal;
  return prev.pos === 'VERB' && /^[a-z-]{2,}[^e]ed$/.test(t.normal);
}

/** "up to four years", "up to $5m": "up to" right before a number or an amount. */
function upToAmount(tokens: readonly Token[], i: number, end: number): boolean {
  return tokens[i].normal === 'up' && i + 2 < end && tokens[i + 1].normal === 'to'
    && (tokens[i + 2].pos === 'NUM' || tokens[i + 2].pos === 'SYM' && CURRENCY_SIGNS.has(tokens[i + 2].text));
}

export function startsNounPhrase(ctx: ChunkContext, i: number, end: number): boolean {
  const t = ctx.tokens[i];
  if (ctx.tokenEntity[i] >= 0) return true;
  if (upToAmount(ctx.tokens, i, end)) return true;
  if (t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') return true;
  if (t.pos === 'ADJ') return true;
  if (t.pos === 'SYM' && CURRENCY_SIGNS.has(t.text)) return true;
  if (t.pos === 'VERB' && capitalisedTitleWord(ctx, i, end)) return true;
  // "so-called experts", "long-awaited results": a hyphened adverb opens a modifier.
  if (t.pos === 'ADV' && hyphenedModifier(ctx.tokens, i, end)) return true;
  // "won the award for best/ADV adapted/VERB writer": a prize's category.
  if (t.pos === 'ADV' && (t.normal === 'best' || t.normal === 'worst') && i + 1 < end && ['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(ctx.tokens[i + 1].pos)) return true;
  // "occupied Crimea", "the planned reforms": a participle before a noun.
  if (t.pos === 'VERB' && endsEdOrIng(t.normal) && i + 1 < end && (ctx.tokens[i + 1].pos === 'NOUN' || ctx.tokens[i + 1].pos === 'PROPN')
    && i > 0 && (ctx.tokens[i - 1].pos === 'ADP' || ctx.tokens[i - 1].pos === 'DET') && !gerundAfterSubordinator(ctx.tokens, i)) return true;
  if (modifierAfterToOrVerb(ctx, i, end) || pluralAfterTo(ctx, i) || pluralAfterVerb(ctx, i) || nounAfterBe(ctx, i, end)) return true;
  return false;
}

/** Prepositions that open an -ing clause of the sentence's subject ("fined after making remarks", "left without paying X"). */
const GERUND_SUBORDINATORS = new Set(['after', 'before', 'since', 'without', 'by', 'while', 'despite', 'upon']);

/** Verbs whose -ing form after such a preposition describes a noun ("after rising prices", "despite growing concerns"). */
const CHANGE_PARTICIPLES = new Set(['rise', 'fall', 'grow', 'increase', 'decline', 'drop', 'soar', 'slump', 'surge', 'mount', 'climb', 'improve', 'worsen',
  'rally', 'sink', 'slide', 'tumble', 'plunge', 'jump', 'gain', 'ease', 'slow', 'boom', 'continue', 'fail', 'remain', 'come', 'go', 'widen', 'narrow',
  'shrink', 'deepen', 'weaken', 'strengthen', 'change', 'emerge', 'dwindle', 'flag', 'lose', 'disappoint', 'long', 'ongoing', 'outstanding']);

/**
 * Token `i`, an -ing verb right after "after", "without", "by"... and before a word that may open
 * its object, is a gerund with its own object ("after making racist remarks", "without paying
 * Chelsea"), not a participle modifying a noun (unless a verb of change: "after rising prices").
 */
function gerundAfterSubordinator(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t.normal.endsWith('ing') && GERUND_SUBORDINATORS.has(tokens[i - 1].normal) && !CHANGE_PARTICIPLES.has(t.lemma ?? t.normal);
}

/**
 * "accused of bribing/VERB Google", "fined for breaching/VERB Uefa rules": after a preposition, an
 * -ing verb right before a name is a gerund taking it, unless it is a participle that describes
 * names ("the leading Labour MPs", "of managing director John Smith").
 */
function gerundOfName(ctx: ChunkContext, i: number): boolean {
  const t = ctx.tokens[i];
  return ctx.tokens[i - 1].pos === 'ADP' && t.normal.endsWith('ing') && ctx.tokenEntity[i + 1] >= 0 && ctx.tokenEntity[i] < 0
    && !CHANGE_PARTICIPLES.has(t.lemma ?? t.normal) && !NAME_PARTICIPLES.has(t.normal);
}

/** -ing words that describe a name ("reigning champion X", "acting chairman Y", "the visiting Wales side"). */
const NAME_PARTICIPLES = new Set(['leading', 'ruling', 'governing', 'reigning', 'defending', 'visiting', 'touring', 'opposing', 'competing', 'ageing', 'aging',
  'outgoing', 'incoming', 'upcoming', 'managing', 'acting', 'sitting', 'serving', 'founding', 'ailing', 'struggling', 'rising', 'emerging', 'developing',
  'existing', 'remaining', 'neighbouring', 'neighboring', 'surrounding', 'booming', 'striking', 'fighting', 'rebuilding', 'retiring', 'departing', 'promising']);

/** Heads of compounds with an -ing middle ("media buying agency", "decision making process", "letter writing campaign"). */
const ING_COMPOUND_HEADS = new Set(['agency', 'agencies', 'process', 'game', 'games', 'campaign', 'initiative', 'team', 'charges', 'charge', 'system', 'scheme',
  'industry', 'network', 'networks', 'software', 'operation', 'programme', 'program', 'equipment', 'business', 'firm', 'company', 'powers', 'rights', 'spree', 'scandal']);

/** Finite forms of "be" a noun complement follows. */
const FINITE_BE = new Set(['is', 'are', 'was', 'were', "'s", "'re"]);

/**
 * "Mr Blunkett was home/VERB secretary", "D12 were surprise/VERB winners", "was lead/VERB
 * singer": a base form after a finite "be" and before a noun is the noun's modifier, not a verb
 * ("be" takes no bare infinitive; "were set alight" and "is let" are past forms).
 */
function nounAfterBe(ctx: ChunkContext, i: number, end: number): boolean {
  const t = ctx.tokens[i];
  // ("has been managing/VERB director of Metrojaya", "was acting chairman": a title's participle.)
  if (t.pos === 'VERB' && i > 0 && i + 1 < end && titleParticiple(ctx.tokens[i - 1].normal, t.normal, ctx.tokens[i + 1].normal)) return true;
  return t.pos === 'VERB' && t.normal === t.lemma && i > 0 && i + 1 < end && FINITE_BE.has(ctx.tokens[i - 1].normal) && ctx.tokens[i + 1].pos === 'NOUN'
    && !PAST_AS_BASE.has(t.normal) && !endsEdOrIng(t.normal) && ctx.tokenEntity[i] < 0;
}

const PERSONAL_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'you', 'me', 'him', 'us', 'them', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'one']);

/**
 * The "and" at `and` follows a short object of a base verb after a modal or "to" ("could take a gamble
 * and", "to sign a deal and"): within five tokens before it, with only a determiner, adjectives and nouns between.
 */
function coordinatedAfterBaseVerb(tokens: readonly Token[], and: number): boolean {
  for (let k = and - 1; k >= 1 && k >= and - 5; k--) {
    const t = tokens[k];
    if (t.pos === 'VERB') return t.normal === t.lemma && (tokens[k - 1].pos === 'AUX' || tokens[k - 1].normal === 'to') && MODAL_OR_TO.has(tokens[k - 1].normal);
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

const MODAL_OR_TO = new Set(['could', 'would', 'will', 'may', 'might', 'should', 'must', 'can', 'to', "'ll"]);

/** An ordinal in figures ("50th", "1st", "22nd"). */
const ORDINAL_FIGURES = /^\d+(st|nd|rd|th)$/;

/** Letters after a name that are no part of it ("Guy Mansfield QC", "Chris Smith MP"). */
const POST_NOMINALS = new Set(['QC', 'KC', 'MP', 'MEP', 'MSP', 'AM', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'Jr', 'Sr']);

function readNounPhrase(ctx: ChunkContext, start: number, end: number): Chunk {
  const { tokens, tokenEntity } = ctx;
  const first = tokens[start];
  if (first.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(first.normal)) {
    const entity = tokenEntity[start];
    const group = entity < 0 ? groupMembers(tokens, tokenEntity, ctx.entities, start, start) : undefined;
    const np: NounInfo = { entity, possessor: -1, modifiers: [], pronoun: PERSONAL_PRONOUNS.has(first.normal), group };
    return { kind: 'NP', start, end: start + 1, head: start, np, vg: undefined };
  }
  let j = start + 1;
  let onlyDeterminers = first.pos === 'DET' || POSSESSIVE_PRONOUNS.has(first.normal);
  let possessor = POSSESSIVE_PRONOUNS.has(first.normal) ? tokenEntity[start] : -1;
  let possessiveAt = POSSESSIVE_PRONOUNS.has(first.normal) ? start : -1;
  while (j < end) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    const e = tokenEntity[j];
    if (t.pos === 'SPACE') break;
    if (t.pos === 'PART' && isPossessiveS(t.normal)) {
      possessor = tokenEntity[j - 1] >= 0 ? tokenEntity[j - 1] : -1;
      possessiveAt = j;
      j++;
      continue;
    }
    // ("Wales' win/VERB over Italy": a verb form after a name's apostrophe is the possessed noun.)
    if (isPluralPossessiveMark(prev, t) && j + 1 < end && (NOUNISH.has(tokens[j + 1].pos)
      || (tokenEntity[j - 1] >= 0 && tokens[j + 1].pos === 'VERB' && verbFormAsPossessedNoun(tokens, j + 1, end)))) {
      possessor = tokenEntity[j - 1];
      possessiveAt = j;
      j++;
      continue;
    }
    // "eight 'critical' security holes", "a \"measured\" way": scare quotes around modifiers inside the phrase.
    // ('unveiled its own "points system"': after a possessive and "own" the quoted words are the phrase's noun.)
    const ownAfterPossessive = j >= 2 && tokens[j - 1].normal === 'own' && POSSESSIVE_PRONOUNS.has(tokens[j - 2].normal);
    const quoted = t.pos === 'PUNCT' ? quotedModifiers(tokens, tokenEntity, j, end, onlyDeterminers || ownAfterPossessive) : 0;
    if (quoted) { j += quoted; onlyDeterminers = false; continue; }
    // A pronoun ("all the posts he held") never continues a phrase, resolved or not.
    // ("his 50th/PRON Wales cap": an ordinal in figures the tagger calls a pronoun does.)
    if (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.normal) && !ORDINAL_FIGURES.test(t.normal)) break;
    // ("rejected the idea Mr Kilroy-Silk posed a threat": after "the idea", "the claim", a name, titled or not, opens what is claimed.)
    // (Only right after the determiner: "The unions claim/NOUN Fiat is to close" is a verb the tagger missed.)
    if ((e >= 0 || (t.pos === 'PROPN' && j + 1 < end && tokenEntity[j + 1] >= 0)) && tokenEntity[j - 1] < 0 && prev.pos === 'NOUN' && first.pos === 'DET'
      && j === start + 2 && (CLAIM_NOUNS.has(prev.normal) || CONTENT_NOUNS.has(prev.normal))) break;
    // ("awarded Andy Hazell his first start": a possessive pronoun after a name opens the next phrase, even one resolved to that name.)
    if (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.normal) && !onlyDeterminers) break;
    if (e >= 0 && e === tokenEntity[j - 1]) { j++; continue; }
    if (t.pos === 'PUNCT' && (t.text === '-' || t.text === '–') && !t.spaceBefore && j + 1 < end && !tokens[j + 1].spaceBefore) { j++; continue; }
    // ("won the by/ADP-election in Hartlepool", "a by-product": a preposition hyphened to a noun is part of it.)
    if (t.pos === 'ADP' && j + 2 < end && tokens[j + 1].text === '-' && !tokens[j + 1].spaceBefore && !tokens[j + 2].spaceBefore && tokens[j + 2].pos === 'NOUN') { j += 2; continue; }
    // "the so-called Cell chip", "a long-awaited report": an adverb hyphened to the next word is a modifier.
    if (t.pos === 'ADV' && hyphenedModifier(tokens, j, end)) { j++; continue; }
    if (t.pos === 'VERB' && hyphenedCompoundNoun(ctx, j, end)) { j++; onlyDeterminers = false; continue; }
    if (prev.text === '-' && !t.spaceBefore && !prev.spaceBefore) { j++; continue; }
    if (e >= 0) {
      // ("rejected Robinson's contention England dominated": a name after a claim noun opens what is claimed.)
      // (Only after an owner: "The unions claim/NOUN Fiat is to close" is a verb the tagger missed.)
      if (tokenEntity[j - 1] !== e && CLAIM_NOUNS.has(prev.normal) && prev.pos === 'NOUN' && possessiveAt >= start) break;
      // A different entity right after one: coordination without "and" is rare; a title-name run is common.
      if (tokenEntity[j - 1] >= 0 && tokenEntity[j - 1] !== e && !(possessiveAt === j - 1)) {
        const prevType = ctx.entities[tokenEntity[j - 1]]?.type;
        // "US President Joe Biden" keeps going; "Russia Ukraine" would split but does not occur.
        if (prevType === 'PERSON') break;
      }
      j++; onlyDeterminers = false; continue;
    }
    // "Globex last year": a time phrase after a name is not part of it.
    if (tokenEntity[j - 1] >= 0 && TIME_WORDS.has(t.normal)) break;
    // "pay Fiat 1.55bn euros": an amount after a name starts the second object.
    // ("its 2006 conference": not after a possessive pronoun.)
    if (tokenEntity[j - 1] >= 0 && e < 0 && (t.pos === 'NUM' || (t.pos === 'SYM' && CURRENCY_SIGNS.has(t.text))) && !POSSESSIVE_PRONOUNS.has(prev.normal)) break;
    // "Russia consistent with": an adjective after a name that is not followed by a noun is predicative.
    // ...but "best Irish male" and "best British female" name award categories.
    // ("its own", "their foreign-based players": not after a possessive pronoun the resolver linked.)
    // ("Barcelona pleased/ADJ Jose Mourinho": an -ed adjective between two names is the verb the tagger missed.)
    if (t.pos === 'ADJ' && tokenEntity[j - 1] >= 0 && j + 1 < end && tokenEntity[j + 1] >= 0 && tokenEntity[j + 1] !== tokenEntity[j - 1] && /[a-z]{3}ed$/.test(t.normal)) break;
    // ("The Mary Poppins musical/ADJ has been staged": after a determiner and a name, an adjective before a verb is the head.)
    const headBeforeVerb = first.pos === 'DET' && j + 1 < end && (tokens[j + 1].pos === 'AUX' || tokens[j + 1].pos === 'VERB') && !endsEdOrIng(t.normal);
    // ("six US top/ADJ 10 albums": an adjective, a number and a noun go on.)
    const rankedCount = (t.normal === 'top' || t.normal === 'bottom') && j + 2 < end && tokens[j + 1].pos === 'NUM' && NOUN_PROPN_ADJ.has(tokens[j + 2].pos);
    if (t.pos === 'ADJ' && tokenEntity[j - 1] >= 0 && !(j + 1 < end && NOUN_PROPN_ADJ.has(tokens[j + 1].pos)) && !rankedCount && !NOMINAL_ADJECTIVES.has(t.normal) && !headBeforeVerb
      && !POSSESSIVE_PRONOUNS.has(prev.normal)) break;
    if (nounTaggedVerb(ctx, j, end)) break;
    // "met them in a London hotel 11 days ago": a number and a time unit before "ago" are an adjunct.
    if (t.pos === 'NUM' && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && j + 2 < end && DURATION_UNITS.has(tokens[j + 1].normal) && AGO_WORDS.has(tokens[j + 2].normal)) break;
    // "faces charges next week", "made a $28m profit last year": a time phrase after a noun is an adjunct.
    if ((t.normal === 'last' || t.normal === 'next') && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && j + 1 < end && TIME_UNITS.has(tokens[j + 1].normal)) break;
    // "posted record profits thanks to cost cuts", "missing 14 players due to injury": "thanks to",
    // "due to" and "prior to" are prepositions, not the head.
    if ((t.normal === 'thanks' || t.normal === 'due' || t.normal === 'prior') && tokens[j + 1]?.normal === 'to' && j + 1 < end && j > start) break;
    if (t.pos === 'VERB' && (isTitleBetweenNames(ctx, j, end) || capitalisedTitleWord(ctx, j, end) || bodyKindBeforeName(ctx, j, end))) { j++; continue; }
    if (t.pos === 'VERB' && possessiveAt === j - 1 && verbFormAsPossessedNoun(tokens, j, end)) { j++; onlyDeterminers = false; continue; }
    // ("its media buying/VERB agency", "money laundering/VERB charges": an -ing word between two nouns
    // of a determined or owned phrase is a compound's middle.)
    // (Only before a head such compounds have: not a reduced relative, "the G7 meeting taking place", "a motion questioning plans".)
    if (t.pos === 'VERB' && prev.pos === 'NOUN' && j > start + 1 && j + 1 < end && tokens[j + 1].pos === 'NOUN' && ING_COMPOUND_HEADS.has(tokens[j + 1].normal)
      && /[a-z]{3}ing$/.test(t.normal) && tokenEntity[j - 1] < 0 && (first.pos === 'DET' || POSSESSIVE_PRONOUNS.has(first.normal))) { j++; onlyDeterminers = false; continue; }
    // "faces up to four years in prison": "up to" before a number quantifies it.
    if (t.normal === 'to' && j === start + 1 && first.normal === 'up' && upToAmount(tokens, start, end)) { j++; continue; }
    // "more than 12,000 advisers", "less than $5m": a comparative quantifier runs into its number.
    if (t.normal === 'than' && j === start + 1 && (prev.normal === 'more' || prev.normal === 'less' || prev.normal === 'fewer') && j + 1 < end
      && (tokens[j + 1].pos === 'NUM' || (tokens[j + 1].pos === 'SYM' && CURRENCY_SIGNS.has(tokens[j + 1].text)))) { j++; continue; }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADJ' || (t.pos === 'PRON' && ORDINAL_FIGURES.test(t.normal))) { j++; onlyDeterminers = false; continue; }
    // "the London-based firm/ADV": after a hyphened "-based" a body's kind is the head, whatever its tag.
    if (prev.normal === 'based' && j >= 2 && tokens[j - 2].text === '-' && DESCRIPTOR_NOUNS.has(t.normal)) { j++; onlyDeterminers = false; continue; }
    if (pluralAfterModifier(tokens, j, end)) { j++; onlyDeterminers = false; continue; }
    // "are one of Mexico's hottest hip-hop acts/VERB.": in a possessed object, a plural-looking verb
    // form after a noun that ends the clause is the phrase's plural head.
    if (t.pos === 'VERB' && possessiveAt >= start && prev.pos === 'NOUN' && pluralLooking(t) && (j + 1 >= end || tokens[j + 1].text === '.' || tokens[j + 1].text === ',')
      && start > 0 && (tokens[start - 1].normal === 'of' || tokens[start - 1].pos === 'AUX' || tokens[start - 1].pos === 'VERB')) { j++; continue; }
    // "avoided an FA Cup upset/VERB by edging past", "the Chelsea win/VERB over Arsenal": after an
    // article and a name, a base-form verb before a preposition or the clause's end is the noun.
    // (Not after a person, who acts: "the Kenyan put in several bursts", "who the prime minister put in
    // charge"; nor after a plural the base form agrees with: "the Americans focus on".)
    // ("an FA Cup upset": the name may be longer than the entity the resolver found in it.)
    if (t.pos === 'VERB' && t.normal === t.lemma && ARTICLES.has(first.normal) && (tokenEntity[j - 1] >= 0 || prev.pos === 'PROPN')
      && (tokenEntity[start + 1] >= 0 || tokens[start + 1].pos === 'PROPN')
      && ctx.entities[tokenEntity[j - 1]]?.type !== 'PERSON' && !PAST_AS_BASE.has(t.normal) && !/s$/.test(prev.normal)
      && (j + 1 >= end || tokens[j + 1].pos === 'ADP' || tokens[j + 1].pos === 'PUNCT')) { j++; onlyDeterminers = false; continue; }
    if (t.pos === 'SYM' && t.text !== '/') { j++; continue; }
    if (t.pos === 'DET' && onlyDeterminers) { j++; continue; }
    if (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.normal) && onlyDeterminers) {
      possessor = tokenEntity[j]; possessiveAt = j; j++; continue;
    }
    // "a £4m grant to help", "a $5bn loan": after an amount opened by a determiner, a base-form verb is the noun it counts.
    if (t.pos === 'VERB' && t.normal === t.lemma && first.pos === 'DET' && (prev.pos === 'NUM' || AMOUNT_UNITS.has(prev.normal))
      && !(j + 1 < end && DET_PRON_NUM_PROPN.has(tokens[j + 1].pos))) { j++; onlyDeterminers = false; continue; }
    // "released a security update/VERB for Windows XP": after "a" and a singular noun, a base-form verb before a
    // preposition or the clause's end is the phrase's noun (a singular subject would take "updates").
    if (t.pos === 'VERB' && t.normal === t.lemma && (first.normal === 'a' || first.normal === 'an') && prev.pos === 'NOUN' && !prev.normal.endsWith('s')
      && tokenEntity[j - 1] < 0 && (j + 1 >= end || tokens[j + 1].pos === 'ADP' || tokens[j + 1].pos === 'PUNCT')) { j++; onlyDeterminers = false; continue; }
    // "the maternity pay plan": a base-form verb between a singular noun and a noun is a noun.
    if (t.pos === 'VERB' && t.normal === t.lemma && prev.pos === 'NOUN' && !prev.normal.endsWith('s') && tokenEntity[j - 1] < 0
      && (j + 1 < end && tokens[j + 1].pos === 'NOUN' || (NOUN_VERBS.has(t.normal) && !(j + 1 < end && DET_PRON_NUM_PROPN.has(tokens[j + 1].pos))))) { j++; continue; }
    if (t.pos === 'VERB' && endsEdOrIng(t.normal) && j + 1 < end && NOUN_PROPN_ADJ.has(tokens[j + 1].pos)
      && tokenEntity[j + 1] < 0 && (prev.pos === 'ADV' || MODIFIER_BEFORE.has(prev.pos))) { j++; continue; }
    // "his injured Newport-Gwent Dragons colleague", "their beaten rivals": after a possessive
    // determiner an -ed or -ing word before a noun or name modifies it. ("her" may be an object.)
    if (t.pos === 'VERB' && endsEdOrIng(t.normal) && possessiveAt === j - 1 && prev.pos === 'PRON' && prev.normal !== 'her'
      && j + 1 < end && NOUN_PROPN_ADJ.has(tokens[j + 1].pos)) { j++; onlyDeterminers = false; continue; }
    if (t.pos === 'ADV' && j + 1 < end && tokens[j + 1].pos === 'ADJ' && MODIFIER_BEFORE.has(prev.pos)) { j++; continue; }
    // "the only/ADV striker", "the only/ADV remaining tight-head": "only" after an article is an adjective of the phrase.
    if (t.normal === 'only' && prev.pos === 'DET' && j + 1 < end && (tokens[j + 1].pos === 'NOUN' || tokens[j + 1].pos === 'ADJ' || tokens[j + 1].pos === 'VERB' && /ing$/.test(tokens[j + 1].normal))) { j++; continue; }
    // ("scored his side's only try/VERB,": after a possessive, "only" and a base form ending the phrase are its adjective and noun.)
    if (t.normal === 'only' && possessiveAt === j - 1 && j + 1 < end && (tokens[j + 1].pos === 'NOUN' || tokens[j + 1].pos === 'ADJ'
      || (tokens[j + 1].pos === 'VERB' && tokens[j + 1].normal === tokens[j + 1].lemma && (j + 2 >= end || tokens[j + 2].pos === 'PUNCT')))) { j += 2; continue; }
    // "her back/ADV injury", "the away/ADV side", "the then/ADV chancellor": after a determiner the
    // phrase must still reach its noun.
    if (t.pos === 'ADV' && NOUN_MODIFYING_ADVERBS.has(t.normal) && j + 1 < end && tokens[j + 1].pos === 'NOUN' && (prev.pos === 'DET' || POSSESSIVE_PRONOUNS.has(prev.normal)) && j === start + 1) { j++; continue; }
    if (t.pos === 'CCONJ' && (t.normal === 'and' || t.normal === 'or') && j + 1 < end) {
      const next = tokens[j + 1];
      if (prev.pos === 'ADJ' && next.pos === 'ADJ') { j++; continue; }
      // "Trade and Industry Secretary": capitalised words joined inside one name.
      if (tokenEntity[j - 1] < 0 && tokenEntity[j + 1] < 0 && prev.pos === 'PROPN' && next.pos === 'PROPN') { j++; continue; }
      // ("Procter and Gamble"; not "Robert Jackson and his new bosses", whose "his" is resolved to him.)
      if (tokenEntity[j - 1] >= 0 && tokenEntity[j - 1] === tokenEntity[j + 1] && next.pos !== 'PRON') { j++; continue; }
    }
    break;
  }
  // Trim trailing punctuation-like tokens.
  let last = j - 1;
  while (last > start && (tokens[last].pos === 'PUNCT' || tokens[last].pos === 'PART' || tokens[last].pos === 'CCONJ')) last--;
  const head = last;
  // "Guy Mansfield QC warned", "Frank Field MP said": a person's post-nominal letters are no part of who they are
  // (not "Labour MP", "the Edinburgh MSP": after a body or a place the letters are the head).
  const before = head > start ? tokenEntity[head - 1] : -1;
  const entity = tokenEntity[head] < 0 && before >= 0 && POST_NOMINALS.has(tokens[head].text) && ctx.entities[before]?.type === 'PERSON' ? before : tokenEntity[head];
  const modifiers: number[] = [];
  for (let k = start; k < head; k++) {
    const e = tokenEntity[k];
    if (e >= 0 && e !== entity && e !== possessor && !modifiers.includes(e) && k !== possessiveAt) modifiers.push(e);
  }
  // A possessor that is the head's own entity ("President Putin's") is no possessor.
  if (possessor === entity) possessor = -1;
  if (possessiveAt > head) possessor = -1;
  const group = entity < 0 ? groupMembers(tokens, tokenEntity, ctx.entities, start, head) : undefined;
  const np: NounInfo = { entity, possessor, modifiers, pronoun: false, group };
  return { kind: 'NP', start, end: last + 1, head, np, vg: undefined };
}

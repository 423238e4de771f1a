// winkNLP behind one pure function: text in, tokens (with character offsets, POS and lemma)
// and sentences out. winkNLP's model is loaded once per process; everything downstream reads
// the flat `AnnotatedText` and never touches winkNLP itself.
//
// Speed: annotation runs on every article, so it reads winkNLP's raw document data (the packed
// token array and the lexicon cache) in one pass instead of building four `out()` arrays, and
// it runs winkNLP with only the annotations it reads (sentence boundaries and POS; winkNLP's
// own entities, negation and sentiment are never used here and cost about a third of readDoc).
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnnotatedText, Sentence, Token, Upos } from '../model/types.ts';

type Engine = ReturnType<typeof winkNLP>;
let nlpInstance: Engine | undefined;
let leanInstance: Engine | undefined;

/** The shared winkNLP instance with winkNLP's default pipe (loaded lazily: loading the model takes ~100 ms); tokenizing as `annotate` does (see tokenizeWithoutHistory). */
export function nlp(): Engine {
  if (!nlpInstance) {
    nlpInstance = winkNLP(model);
    tokenizeWithoutHistory(nlpInstance);
  }
  return nlpInstance;
}

/** The annotations `annotate` reads: sentence boundaries and POS (lemmas need POS). Output is the same as with the full pipe. */
export const ANNOTATE_PIPE = ['sbd', 'pos'] as const;

function annotator(): Engine {
  if (!leanInstance) {
    leanInstance = winkNLP(model, [...ANNOTATE_PIPE]);
    tokenizeWithoutHistory(leanInstance);
  }
  return leanInstance;
}

/**
 * winkNLP adds every out-of-vocabulary word it meets to its lexicon, and its tokenizer keeps a
 * word whole when the lexicon knows it: once one article has "Foster's," (kept whole as an
 * unknown word), every later article gets "Foster's" as one token instead of "Foster" + "'s". So
 * an article's tokens, and everything extracted from them, depended on which articles the process
 * had read before (18 of the 2,225 BBC articles changed between one thread and two). The
 * tokenizer asks the lexicon through `cache.lookup`; answering it for winkNLP's own vocabulary
 * only makes tokenization a function of the text alone, as for the first article of a process.
 * Unknown words still get their lexicon entry (and id) when added.
 */
function tokenizeWithoutHistory(engine: Engine): void {
  const cache = rawDataOf(engine.readDoc('a'))?.rdd.cache as unknown as LexiconCache | undefined;
  if (!cache || typeof cache.lookup !== 'function' || typeof cache.add !== 'function' || typeof cache.intrinsicSize !== 'function') {
    throw new Error('annotate: this winkNLP version does not expose its lexicon cache as expected, so tokenization could depend on earlier documents. Pin wink-nlp to 2.4.x (package.json) or update src/nlp/annotate.ts.');
  }
  const intrinsic = cache.intrinsicSize();
  const { lookup, add } = cache;
  // The model's own feature functions look words up while a word is being added (its lower-case
  // form, just added): they must still see everything.
  let adding = false;
  cache.add = (text: string, category: number) => {
    adding = true;
    try {
      return add(text, category);
    } finally {
      adding = false;
    }
  };
  cache.lookup = (text: string) => {
    const found = lookup(text);
    return !adding && found && found.length === 1 && found[0] >= intrinsic ? null : found;
  };
}

interface LexiconCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

// winkNLP's raw document data ("rdd") is private; `tokens().out(f)` calls f(index, rdd, addons)
// but only for mapper functions it knows. Registering one capturing mapper in its allow-list
// gives one-pass access. If a winkNLP update changes this, `capture` never fires and annotate
// falls back to the public `out()` path (same output, slower).
interface RawDoc {
  tokens: number[];
  cache: { value(index: number): string };
}
type Mapper = (index: number, rdd: RawDoc, addons: unknown) => unknown;
let captured: { rdd: RawDoc; addons: unknown } | undefined;
const capture: Mapper = (_index, rdd, addons) => {
  captured = { rdd, addons };
  return 0;
};
/** winkNLP's raw data of `doc`, or undefined when the capture is unavailable or `doc` has no tokens. */
function rawDataOf(doc: ReturnType<Engine['readDoc']>): { rdd: RawDoc; addons: unknown } | undefined {
  registerCapture();
  captured = undefined;
  if (doc.tokens().length() > 0) doc.tokens().itemAt(0).out(capture as never);
  return captured as { rdd: RawDoc; addons: unknown } | undefined;
}
let captureReady = false;
function registerCapture(): void {
  if (captureReady) return;
  captureReady = true;
  try {
    const allowed = createRequire(import.meta.url)('wink-nlp/src/allowed.js') as { its4tokens?: Set<unknown> };
    allowed.its4tokens?.add(capture);
  } catch {
    // Layout changed: the public path below still works.
  }
}

const TK_SIZE = 4;

// A token's value, normal form and lemma, when it is not a contraction, are functions of its lexeme
// id (the token's first field: ids are never reused, the lexicon only grows) and, for the lemma,
// its POS: the lemmatiser reads the word's spelling, its lexicon entry and whether candidate
// base forms are in the built-in lexicon. So both are kept per lexeme id, with the POS the lemma
// was found for, instead of re-running winkNLP's lexicon reads, lookups and suffix rules for
// every token. A word keeps the lemmas of its last two POS (many words switch between two:
// with one slot, 4% of BBC tokens were re-lemmatised, with two 0.4%, mostly "that" and "as",
// which have three). They sit side by side in one array ([value, normal, lemma, its POS,
// older lemma, its POS] at ID_STRIDE * id) so a token's reads share a cache line or two. Contractions carry their normal and lemma in
// the token and are not cached. (Ids belong to the one annotating instance, `annotator()`.)
const ID_STRIDE = 6;
let byId: Array<string | undefined> = new Array<string | undefined>(ID_STRIDE << 17).fill(undefined);
const ID_CACHE_LIMIT = 1_000_000;

/** Makes room for lexeme `id` in `byId` (false: the id is past the limit and is not cached). */
function roomFor(id: number): boolean {
  if (ID_STRIDE * id + ID_STRIDE - 1 < byId.length) return true;
  if (id >= ID_CACHE_LIMIT) return false;
  let size = byId.length;
  while (ID_STRIDE * id + ID_STRIDE - 1 >= size) size *= 2;
  const bigger = new Array<string | undefined>(size).fill(undefined);
  for (let k = 0; k < byId.length; k++) bigger[k] = byId[k];
  byId = bigger;
  return true;
}

// The lexeme id of each token of the documents annotated here: a token's text is a function of
// its id, so the NER tagger keys its per-word cache by id (an array read) instead of by the
// token's string (a hash-table lookup). Kept beside the document, whose type stays winkNLP-free.
const idsOfDoc = new WeakMap<AnnotatedText, Int32Array>();

/** The lexeme ids of `doc`'s tokens (ids of the one annotating instance, dense and small), when `doc` came from `annotate`. */
export function lexemeIds(doc: AnnotatedText): Int32Array | undefined {
  return idsOfDoc.get(doc);
}

/**
 * "He fell ill. Doctors said", "to step in. The": winkNLP's tokenizer reads a few common words
 * followed by a full stop as abbreviations ("ill." for Illinois, "in." for inches, "no.", "ore.",
 * "etc."), and so a unit right after a number ("$5m.", "50p.", "1990s."), so the sentence does
 * not end there and the next one is glued to it. Before a capital
 * or the end of the text the full stop is split off (a space is added for winkNLP only; offsets are found in the source).
 */
const WORD_ABBREVIATION_END = /(\b(?:in|ill|ore|no|etc)|(?<=\d)(?:m|p|s))\.(?=["'\u2019\u201d]?(?:\s+["'\u2018\u201c]?[A-Z]|\s*$))/g;
export function splitWordAbbreviations(text: string): string {
  // (The regex tries every position of the text; most articles have no such full stop at all, and
  // a scan of the full stops finds that much faster.)
  return hasWordAbbreviationStop(text) ? text.replace(WORD_ABBREVIATION_END, '$1 .') : text;
}

/** Whether some full stop of `text` follows one of those words or a number's unit: the left side of WORD_ABBREVIATION_END, without its lookahead. */
function hasWordAbbreviationStop(text: string): boolean {
  for (let k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
    if (k === 0) continue;
    const a = text.charCodeAt(k - 1);
    const b = k >= 2 ? text.charCodeAt(k - 2) : -1;
    // "$5m.", "50p.", "1990s.".
    if ((a === 109 || a === 112 || a === 115) && b >= 48 && b <= 57) return true;
    if (wordBefore(text, k, 'in') || wordBefore(text, k, 'ill') || wordBefore(text, k, 'ore') || wordBefore(text, k, 'no') || wordBefore(text, k, 'etc')) return true;
  }
  return false;
}

/** `word` ends right before index `k` and starts a word (a regex \b before it). */
function wordBefore(text: string, k: number, word: string): boolean {
  const start = k - word.length;
  if (start < 0 || !text.startsWith(word, start)) return false;
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return !wordChar;
}

/**
 * Tokenise, tag and split `text` into sentences.
 * Offsets are found by scanning the source text for each token's value, so they stay right
 * whatever whitespace winkNLP folds; a token winkNLP rewrote is placed at the cursor.
 */
export function annotate(text: string): AnnotatedText {
  const engine = annotator();
  const its = engine.its;
  const doc = engine.readDoc(splitWordAbbreviations(text));
  const n = doc.tokens().length();
  const tokens: Token[] = new Array(n);
  let cursor = 0;
  const place = (i: number, value: string, normal: string, lemma: string, pos: string): void => {
    const fix = correctedTag(value, pos);
    if (fix) [pos, lemma] = fix;
    const start = locate(text, value, cursor);
    const end = Math.min(text.length, start + value.length);
    tokens[i] = { i, text: value, normal, lemma, pos: pos as Upos, start, end, sentence: 0, spaceBefore: start > 0 && isSpace(text, start - 1) };
    cursor = end;
  };
  const raw = rawDataOf(doc);
  let ids: Int32Array | undefined;
  if (raw) {
    const { rdd, addons } = raw;
    const cache = rdd.cache;
    const itsNormal = its.normal as unknown as Mapper;
    const itsPos = its.pos as unknown as Mapper;
    const itsLemma = its.lemma as unknown as Mapper;
    const tk = rdd.tokens;
    ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const pos = itsPos(i, rdd, addons) as string;
      const id = tk[i * TK_SIZE];
      ids[i] = id;
      if (tk[i * TK_SIZE + 1] > 65535) {
        // A contraction's expansion.
        place(i, cache.value(id), itsNormal(i, rdd, addons) as string, itsLemma(i, rdd, addons) as string, pos);
        continue;
      }
      const k = ID_STRIDE * id;
      let value = byId[k];
      let normal: string;
      let lemma: string;
      if (value !== undefined) {
        normal = byId[k + 1]!;
        if (byId[k + 3] === pos) lemma = byId[k + 2]!;
        else if (byId[k + 5] === pos) lemma = byId[k + 4]!;
        else {
          // A third POS, or a second one: it goes first, the previous first one second.
          lemma = itsLemma(i, rdd, addons) as string;
          byId[k + 4] = byId[k + 2];
          byId[k + 5] = byId[k + 3];
          byId[k + 2] = lemma;
          byId[k + 3] = pos;
        }
      } else {
        value = cache.value(id);
        normal = itsNormal(i, rdd, addons) as string;
        lemma = itsLemma(i, rdd, addons) as string;
        if (roomFor(id)) {
          byId[k] = value;
          byId[k + 1] = normal;
          byId[k + 2] = lemma;
          byId[k + 3] = pos;
        }
      }
      place(i, value, normal, lemma, pos);
    }
  } else {
    const all = doc.tokens();
    const values = all.out(its.value) as string[];
    const normals = all.out(its.normal) as string[];
    // winkNLP's typings declare its.lemma with an addons parameter that out() does not match.
    const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
    const tags = all.out(its.pos) as string[];
    for (let i = 0; i < n; i++) place(i, values[i], normals[i], lemmas[i], tags[i]);
  }
  retagInContext(tokens);
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  const sentences = buildSentences(text, tokens, spans);
  const annotated: AnnotatedText = { text, tokens, sentences };
  if (ids !== undefined) idsOfDoc.set(annotated, ids);
  return annotated;
}

/** Compound nouns whose first word winkNLP tags as a verb: "hedge fund", "trade union", "spending review". */
const COMPOUND_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['hedge', new Set(['fund', 'funds'])], ['trade', new Set(['union', 'unions', 'deficit', 'surplus', 'talks', 'body', 'gap'])],
  ['spending', new Set(['review', 'plans', 'cuts', 'spree'])], ['building', new Set(['society', 'societies'])],
]);

/** Comparatives and "new" that winkNLP tags adverbs before a participle adjective ("longer paid leave", "more skilled workers"). */
const PARTICIPLE_MODIFIERS = new Set(['more', 'less', 'longer', 'shorter', 'better', 'higher', 'lower', 'new', 'newly', 'well', 'poorly', 'badly', 'highly', 'fully', 'widely']);

/** Parts of speech before such a modifier that make the participle a verb ("has long paid", "it well deserved"). */
const NOT_BEFORE_MODIFIER = new Set(['AUX', 'PRON', 'PROPN', 'NOUN']);

/**
 * Participles that, hyphened to a name, make it an agent ("Russia-backed", "state-owned", "US-led"),
 * with their verb; not "-based", which places. The relation rules read the same list (noun-relations'
 * hyphenedBackers).
 */
export const AGENT_PARTICIPLES: ReadonlyMap<string, string> = new Map([['backed', 'back'], ['owned', 'own'], ['funded', 'fund'], ['controlled', 'control'],
  ['led', 'lead'], ['sponsored', 'sponsor'], ['financed', 'finance'], ['run', 'run']]);

/** Verbs of seeming, which take an adjective complement ("looked assured", "seemed surprised"). */
const SEEMING_VERBS = new Set(['look', 'seem', 'appear', 'sound']);

/** Prepositions that take an adjective's complement, which the rules read as the participle's ("assured of a place", "shocked by"). */
const COMPLEMENT_PREPS = new Set(['of', 'by', 'to', 'with', 'for', 'about']);

/**
 * Tags winkNLP misreads that the next or previous words settle: the first word of a compound noun
 * ("US-based hedge/VERB fund"), a prefixed verb after a modal ("will co-ordinate"), a passive
 * participle's noun object ("granted bail"), a modifier and noun after an article ("an inside
 * pass", "a converted try"), a comparative before a participle adjective ("longer paid
 * leave"), a participle hyphened to a name ("a Russia-backed firm"), a participle after a verb of seeming ("looked assured"), a base form after a name's
 * possessive ("Finnan's cross"), "To date" opening a sentence, an -ing form between a number and a noun ("18 million
 * phishing e-mails"), a compass word before a place ("north London"), a hyphened position ("left-back").
 */
/** Kinds of a hit record or show ("the country hit", "a smash hit"). */
const HIT_KINDS = new Set(['country', 'pop', 'rock', 'dance', 'chart', 'smash', 'box-office', 'disco', 'soul', 'rap', 'reggae', 'novelty', 'cult', 'surprise', 'film', 'movie', 'tv', 'musical']);
/** Nouns winkNLP may tag adjectives ("the recipient of"). */
const ADJ_TAGGED_NOUNS = new Set(['recipient', 'recipients', 'opponent', 'opponents']);
/** Articles and possessive pronouns that open a noun phrase. */
const ARTICLES_OR_POSSESSIVES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

export function retagInContext(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && COMPOUND_NOUNS.get(t.normal)?.has(tokens[i + 1].normal)) {
      t.pos = 'NOUN';
      t.lemma = t.normal;
    }
    // "the country hit Ring of Fire", "their smash hit": "hit" after an article or possessive and a
    // kind of hit is the noun (winkNLP tags it a verb; "the storm hit Florida" keeps its verb).
    if (t.normal === 'hit' && t.pos === 'VERB' && HIT_KINDS.has(tokens[i - 1]?.normal ?? '') && ARTICLES_OR_POSSESSIVES.has(tokens[i - 2]?.normal ?? '')) {
      t.pos = 'NOUN';
      t.lemma = 'hit';
      tokens[i - 1].pos = 'NOUN';
    }
    // ("he was the surprise recipient of a lifetime achievement award": nouns winkNLP may tag adjectives.)
    if (t.pos === 'ADJ' && ADJ_TAGGED_NOUNS.has(t.normal)) t.pos = 'NOUN';
    // "will co-ordinate", "to re-open": a prefixed base form after a modal or "to" is a verb
    // (winkNLP tags the hyphened word a noun); not "to re-election".
    const prev = tokens[i - 1];
    if (t.pos === 'NOUN' && prev && (MODALS.has(prev.normal) || prev.normal === 'to') && PREFIXED_VERB.test(t.normal) && !NOUN_ENDING.test(t.normal)) {
      t.pos = 'VERB';
      t.lemma = t.normal;
    }
    // "had been granted bail", "was offered help": a base form right after a passive participle is
    // the participle's object, a noun (winkNLP tags it a verb); not after "let" or "made".
    if (t.pos === 'VERB' && prev?.pos === 'VERB' && t.normal === t.lemma && !t.normal.endsWith('ing') && prev.normal !== prev.lemma
      && /(ed|en|wn|nt|ght)$/.test(prev.normal) && !BARE_INFINITIVE_PARTICIPLES.has(prev.normal) && PASSIVE_AUX.has(tokens[i - 2]?.normal ?? '')) {
      t.pos = 'NOUN';
    }
    // "an inside/ADP pass/VERB", "a converted/VERB try/VERB": after an article, a side word or a
    // participle is an adjective and a base form the noun it modifies (winkNLP reads both as verbs).
    if (prev && ARTICLES.has(prev.normal) && (t.pos === 'ADP' && SIDE_WORDS.has(t.normal) || t.pos === 'VERB' && /ed$/.test(t.normal) && t.normal !== t.lemma)
      && (tokens[i + 1].pos === 'VERB' || tokens[i + 1].pos === 'NOUN')) t.pos = 'ADJ';
    if (t.pos === 'VERB' && t.normal === t.lemma && prev?.pos === 'ADJ' && ARTICLES.has(tokens[i - 2]?.normal ?? '') && !/ing$/.test(t.normal)
      && !DET_OR_PRON.has(tokens[i + 1].pos)) t.pos = 'NOUN';
    // "longer/ADV paid/VERB maternity leave", "a new/ADV paid/VERB job": a comparative or "new" before
    // a participle that a noun follows modifies the participle, and both modify the noun (winkNLP
    // reads an adverb and a verb); not after an auxiliary ("has long paid dividends").
    if (t.pos === 'VERB' && prev?.pos === 'ADV' && PARTICIPLE_MODIFIERS.has(prev.normal) && t.normal !== t.lemma && !t.normal.endsWith('ing')
      && tokens[i + 1].pos === 'NOUN' && !NOT_BEFORE_MODIFIER.has(tokens[i - 2]?.pos ?? '')) {
      prev.pos = 'ADJ';
      t.pos = 'ADJ';
    }
    // "more than 18 million phishing/VERB e-mail messages", "273 phishing e-mails": an -ing form between
    // a number and a noun modifies the noun.
    if (t.pos === 'VERB' && prev?.pos === 'NUM' && t.normal.endsWith('ing') && tokens[i + 1].pos === 'NOUN') t.pos = 'ADJ';
    // "a Russia-backed/VERB firm/ADV", "the state-owned group": an agent participle hyphened to a name or
    // noun before another word is an adjective, and the word after it (not an -ly adverb) the noun.
    if (t.pos === 'VERB' && AGENT_PARTICIPLES.has(t.normal) && prev?.text === '-' && !prev.spaceBefore && !t.spaceBefore
      && (tokens[i - 2]?.pos === 'PROPN' || tokens[i - 2]?.pos === 'NOUN') && (tokens[i + 1].pos === 'NOUN' || tokens[i + 1].pos === 'ADV' && !tokens[i + 1].normal.endsWith('ly'))) {
      t.pos = 'ADJ';
      if (tokens[i + 1].pos === 'ADV') tokens[i + 1].pos = 'NOUN';
    }
    // "To date the company has caught 60 million copies": "to date" opening a sentence or after a
    // comma is an adverb ("so far"), not an infinitive (winkNLP reads "to" and a noun).
    if (t.normal === 'to' && tokens[i + 1].normal === 'date' && (!prev || ['.', ',', '!', '?', ';', ':'].includes(prev.text))) {
      t.pos = 'ADV';
      tokens[i + 1].pos = 'ADV';
    }
    // "Steve Finnan's cross/VERB", "Blair's plan/VERB": a base form right after a name's possessive is
    // the noun it owns (winkNLP reads a verb).
    if (t.pos === 'VERB' && t.normal === t.lemma && prev && (prev.normal === "'s" || prev.normal === '’s') && tokens[i - 2]?.pos === 'PROPN' && !t.normal.endsWith('ing')) {
      t.pos = 'NOUN';
    }
    // "he looked assured in a more advanced position", "seemed surprised": a participle after a verb of
    // seeming is its adjective complement, no act.
    // (Not one with an object, "felt denied his side a victory", nor a complement "assured of a place".)
    const after = tokens[i + 1];
    if (t.pos === 'VERB' && prev?.pos === 'VERB' && SEEMING_VERBS.has(prev.lemma) && /ed$/.test(t.normal) && t.normal !== t.lemma
      && (after.pos === 'PUNCT' || after.pos === 'ADP' && !COMPLEMENT_PREPS.has(after.normal))) t.pos = 'ADJ';
    // "in north London", "south Wales": a lower-case compass word before a name is its adjective
    // (winkNLP tags it an adverb, which splits the place's noun phrase).
    if (t.pos === 'ADV' && COMPASS.has(t.text) && tokens[i + 1].pos === 'PROPN') t.pos = 'ADJ';
    // "left-back", "right-back", "centre-half": a position winkNLP splits at its hyphen (tagging
    // "left" a verb and "back" an adverb) is a noun with its modifier.
    const hyphen = tokens[i + 1];
    const second = tokens[i + 2];
    if (hyphen.text === '-' && second && !hyphen.spaceBefore && !second.spaceBefore && POSITION_SIDES.has(t.normal) && POSITION_HEADS.has(second.normal)) {
      t.pos = 'NOUN';
      t.lemma = t.normal;
      second.pos = 'NOUN';
      second.lemma = second.normal;
    }
  }
}

const ARTICLES = new Set(['a', 'an', 'the']);
const SIDE_WORDS = new Set(['inside', 'outside']);
const DET_OR_PRON = new Set(['DET', 'PRON']);
const PASSIVE_AUX = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', "'s", "'re"]);
const BARE_INFINITIVE_PARTICIPLES = new Set(['let', 'made', 'seen', 'heard', 'watched', 'helped']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'north-east', 'north-west', 'south-east', 'south-west']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall']);
const PREFIXED_VERB = /^(co|re|pre)-[a-z]+$/;
const NOUN_ENDING = /(tion|sion|ment|ance|ence|ity|ness|ship|ers?|s)$/;

/** The sides and heads of a football or rugby position written with a hyphen ("left-back", "centre-half"). */
const POSITION_SIDES = new Set(['left', 'right', 'centre', 'center', 'wing']);
const POSITION_HEADS = new Set(['back', 'half', 'winger', 'forward', 'midfielder']);

/** Irregular past tenses that are never nouns, as written (lower case), with their base forms. */
const PAST_TENSE_ONLY: ReadonlyMap<string, string> = new Map([
  ['sang', 'sing'], ['drove', 'drive'], ['drank', 'drink'], ['sank', 'sink'], ['swam', 'swim'], ['rang', 'ring'], ['began', 'begin'],
  ['wrote', 'write'], ['spoke', 'speak'], ['chose', 'choose'], ['froze', 'freeze'], ['stole', 'steal'], ['swore', 'swear'],
  ['forgave', 'forgive'], ['threw', 'throw'], ['flew', 'fly'], ['grew', 'grow'], ['knew', 'know'], ['drew', 'draw'], ['rode', 'ride'],
]);

/**
 * The corrections annotate makes to winkNLP's tag and lemma of a token: "The 62-year-old sang Hey
 * Jude" (a past tense with no noun reading, tagged NOUN, is a verb, with its base as lemma); "IT
 * firm Dimension Data" (the capitalised "IT" is the acronym, not the pronoun); undefined when
 * none applies (the usual case). Exported so the reference path in the tests applies the same corrections.
 */
export function correctedTag(value: string, pos: string): [pos: string, lemma: string] | undefined {
  if (pos === 'NOUN') {
    const base = PAST_TENSE_ONLY.get(value);
    return base === undefined ? undefined : ['VERB', base];
  }
  return pos === 'PRON' && value === 'IT' ? ['PROPN', value] : undefined;
}

/**
 * Where `value` starts at or after `cursor`: the first occurrence within 64 characters, else
 * the first non-space at the cursor (winkNLP may normalise a token's value, rarely). The
 * common case, the value right after some spaces, is checked without a search.
 */
function locate(text: string, value: string, cursor: number): number {
  let s = cursor;
  while (s < text.length && isSpace(text, s)) s++;
  // No occurrence can start inside the spaces when the value itself starts with a non-space.
  if (s - cursor <= 64 && value.length > 0 && !isSpace(value, 0) && text.startsWith(value, s)) return s;
  const found = text.indexOf(value, cursor);
  return found < 0 || found - cursor > 64 ? s : found;
}

const SPACE = /\s/;
function isSpace(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return SPACE.test(s[at]);
}

/** Token `k` (lower-case or a digit) follows a single full stop glued to a word, with no spaces: "gamesindustry" "." "biz", "dec." "org". */
function gluedFullStop(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const stop = tokens[k - 1];
  if (t.spaceBefore || !/^[a-z0-9]/.test(t.text)) return false;
  return stop.text === '.' ? !stop.spaceBefore && /[A-Za-z0-9]$/.test(tokens[k - 2].text) : /^[A-Za-z0-9-]+\.$/.test(stop.text);
}

/**
 * Sentences from winkNLP's token spans. Paragraph breaks are SPACE tokens: they stay in a
 * sentence's token range (quotes that span paragraphs need them) but not in its text and
 * offsets, and a span of nothing but breaks joins the sentence before it. Sets each token's
 * `sentence`. Exported so the reference path in the tests builds sentences the same way.
 */
export function buildSentences(text: string, tokens: Token[], spans: ReadonlyArray<readonly [number, number]>): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    // winkNLP reports one empty sentence for empty input; keep only spans that hold tokens.
    if (!(first <= last && last < tokens.length)) continue;
    let a = first;
    let b = last;
    while (a <= b && tokens[a].pos === 'SPACE') a++;
    while (b > a && tokens[b].pos === 'SPACE') b--;
    const previous = sentences.at(-1);
    // A span of nothing but breaks joins the sentence before, and so does one after a full stop glued
    // to a word on each side, which is inside a web address or a similar name, not a sentence end
    // ("site gamesindustry.biz, said", "dec.org.uk"; "minister..with" is no such stop).
    if (previous && (a > b || (a === first && first > 1 && gluedFullStop(tokens, first)))) {
      for (let t = first; t <= last; t++) tokens[t].sentence = previous.index;
      previous.tokenEnd = last + 1;
      if (a <= b) {
        previous.end = tokens[b].end;
        previous.text = text.slice(previous.start, previous.end);
      }
      continue;
    }
    if (a > b) a = b = first;
    const index = sentences.length;
    for (let t = first; t <= last; t++) tokens[t].sentence = index;
    const start = tokens[a].start;
    const end = tokens[b].end;
    sentences.push({ index, start, end, text: text.slice(start, end), tokenStart: first, tokenEnd: last + 1 });
  }
  return sentences;
}

// Closed word classes the Open IE patterns test against: general English function words and
// verb classes (no benchmark vocabulary). Kept in one place so the patterns read as grammar.
import type { Word } from './types.ts';

export const BE_FORMS = new Set(['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"]);
export const NEGATIONS = new Set(['not', "n't", 'never', 'no longer']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose', 'that', 'where']);
export const PERSONAL_PRONOUNS = new Set([
  'i', 'me', 'you', 'he', 'him', 'she', 'it', 'we', 'us', 'they', 'them', 'this', 'these', 'those',
  'who', 'which', 'whom', 'that', 'what', 'himself', 'herself', 'itself', 'themselves', 'one',
]);
/** -ing words that open a post's title after "be" ("has been managing director", "was acting chairman"): no verb there. */
export const TITLE_PARTICIPLES = new Set(['managing', 'acting', 'founding', 'presiding', 'commanding', 'consulting']);
/** Posts such a participle opens. */
export const TITLE_AFTER_PARTICIPLE = new Set(['director', 'editor', 'partner', 'member', 'chairman', 'chairwoman', 'president', 'secretary',
  'manager', 'captain', 'head', 'officer', 'judge', 'general', 'engineer', 'producer']);
/** Forms of "be" and "become" a post follows, and the comma or bracket that opens an apposition ("John Gill, managing director of"). */
export const TITLE_PARTICIPLE_OPENERS = new Set([...BE_FORMS, 'become', 'became', 'becomes', 'becoming', ',', '(']);

/** "be"/"become" or an apposition's comma at `prev`, a title participle at `w`, a post at `next`: "has been managing director". */
export function titleParticiple(prev: string | undefined, w: string, next: string | undefined): boolean {
  return TITLE_PARTICIPLES.has(w) && prev !== undefined && TITLE_PARTICIPLE_OPENERS.has(prev) && next !== undefined && TITLE_AFTER_PARTICIPLE.has(next);
}
export const QUOTES = new Set(['``', "''", '"', '`', "'", '“', '”', '‘', '’']);
/** Verbs whose complement is a clause: their tuple keeps the whole clause as one argument. */
export const CLAUSE_VERBS = new Set([
  'say', 'tell', 'add', 'report', 'claim', 'announce', 'believe', 'think', 'argue', 'state',
  'note', 'suggest', 'indicate', 'show', 'reveal', 'confirm', 'deny', 'explain', 'insist',
  'warn', 'predict', 'estimate', 'expect', 'hope', 'fear', 'know', 'mean', 'feel', 'assert',
  'maintain', 'contend', 'acknowledge', 'admit', 'agree', 'conclude', 'find', 'learn',
  'realize', 'realise', 'decide', 'declare', 'write', 'testify', 'allege', 'recall', 'ensure',
  'assume', 'suspect', 'doubt', 'guess', 'imagine', 'suppose', 'prove', 'demonstrate', 'emphasize', 'stress',
  'observe', 'remark', 'hint', 'imply', 'propose', 'recommend', 'demand', 'promise', 'reply', 'respond', 'speculate',
]);
export const REPORTING_VERBS = new Set(['say', 'tell', 'add', 'report', 'announce', 'state', 'note', 'claim', 'write', 'explain', 'warn', 'insist', 'confirm', 'argue']);
/** Subordinating words that open a new clause (a tuple's arguments stop before them). */
export const CLAUSE_OPENERS = new Set([
  'because', 'although', 'though', 'while', 'whereas', 'if', 'unless', 'since', 'when', 'whenever',
  'where', 'until', 'once', 'so', 'whether', 'as if', 'before',
]);
/** Prepositions that attach to the noun before them rather than to the verb. */
export const NOUN_PREPOSITIONS = new Set(['of']);

export const isPunct = (w: Word | undefined): boolean => w !== undefined && (w.pos === 'PUNCT' || w.pos === 'SYM' && !/^[$%#€£¥]$/.test(w.text) && !/\w/.test(w.text));
export const isComma = (w: Word | undefined): boolean => w !== undefined && w.text === ',';
// Every quote is one or two characters: longer words skip the set lookup (called for most words, often twice).
export const isQuote = (w: Word | undefined): boolean => w !== undefined && w.text.length <= 2 && QUOTES.has(w.text);
export const isCconj = (w: Word | undefined): boolean => w !== undefined && w.pos === 'CCONJ';
export const isNegation = (w: Word | undefined): boolean => w !== undefined && (w.lower === 'not' || w.lower === "n't" || w.lower === 'never');
export const isBe = (w: Word | undefined): boolean => w !== undefined && (w.lemma === 'be' || BE_FORMS.has(w.lower)) && (w.pos === 'AUX' || w.pos === 'VERB');
export const isHave = (w: Word | undefined): boolean => w !== undefined && w.lemma === 'have';
export const isParticiple = (w: Word): boolean => /(ed|en|wn|ng|ne|un|lt|pt|ht|ought|id|ade|orn|ung|ept|nt|ft|ld|ck|ut|et|ost)$/.test(w.lower) && w.lower !== w.lemma;
export const isGerund = (w: Word): boolean => w.pos === 'VERB' && /ing$/.test(w.lower);
export const isRelativePronoun = (w: Word | undefined): boolean =>
  w !== undefined && RELATIVE_PRONOUNS.has(w.lower) && (w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'SCONJ' || w.pos === 'ADV');
export const isClauseOpener = (w: Word | undefined): boolean =>
  w !== undefined && (w.pos === 'SCONJ' || w.pos === 'ADV' && (w.lower === 'when' || w.lower === 'where')) && CLAUSE_OPENERS.has(w.lower);
export const isNominal = (w: Word | undefined): boolean =>
  w !== undefined && (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM' || w.pos === 'PRON' || w.pos === 'X' && /\w/.test(w.text));

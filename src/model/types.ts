// The domain model, in one place: what an article is, what the NLP layer gives back,
// what extraction finds (mentions, entities, triples) and the evidence that ties every
// triple to the sentence that said it. Every other module speaks in these types.

/** Entity types we recognise. MISC is produced by the NER model but never becomes a graph node. */
export type EntityType = 'PERSON' | 'ORG' | 'LOC';
export type MentionType = EntityType | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC'];

/** One input article, after reading and before NLP. */
export interface Article {
  /** Stable id: the record's own id, else the path relative to --root without extension, else `stdin-<hash>`. */
  id: string;
  /** Body text (title and dateline stripped out when they were recognised as metadata). */
  text: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) or full ISO timestamp when the source had one. */
  date?: string;
  /** Place from a dateline ("Washington DC [US]"). */
  place?: string;
  /** News agency or publisher ("ANI", "BBC"). */
  source?: string;
  url?: string;
  /** Where it was read from (file path, `-` for stdin), for error messages. */
  origin?: string;
  /** sha256 hex of title + text, used to detect changed articles on re-ingest. */
  hash: string;
}

/** Universal POS tags, as winkNLP produces them. */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One token of the annotated text. Offsets are UTF-16 code unit offsets into `AnnotatedText.text`. */
export interface Token {
  /** Index in `AnnotatedText.tokens`. */
  i: number;
  text: string;
  /** Lower-cased, contractions expanded by winkNLP ("n't" -> "not"). */
  normal: string;
  lemma: string;
  pos: Upos;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** True when whitespace precedes the token in the source text. */
  spaceBefore: boolean;
}

export interface Sentence {
  index: number;
  /** Character offsets of the sentence in the text. */
  start: number;
  end: number;
  text: string;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface AnnotatedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** A span of tokens recognised as naming something. Token range is [tokenStart, tokenEnd). */
export interface Mention {
  type: MentionType;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  sentence: number;
  /** How it was found: the NER model, a gazetteer, a demonym ("Russian" -> Russia), a pronoun or a title. */
  source: 'ner' | 'gazetteer' | 'demonym' | 'pronoun' | 'title' | 'alias';
}

/** An entity as resolved within one article: the canonical name and every surface form used. */
export interface ArticleEntity {
  /** Deterministic key: see `entityKey()` in src/model/keys.ts. */
  key: string;
  name: string;
  type: EntityType;
  /** Other surface forms used in the article for the same entity (not including `name`). */
  aliases: string[];
  /** The mentions resolved to this entity, in text order (pronouns included). */
  mentions: Mention[];
}

/** Where a triple was said. */
export interface Evidence {
  articleId: string;
  /** Index into the article's sentences; -1 when the triple came from the headline (then start = end = 0). */
  sentenceIndex: number;
  /** Character offsets of the sentence within the article text. */
  start: number;
  end: number;
  sentence: string;
  confidence: number;
}

/** One end of a triple: an entity of the article, or a non-entity concept (a noun phrase). */
export type TripleNode =
  | { kind: 'entity'; key: string; name: string; type: EntityType }
  | { kind: 'concept'; key: string; name: string };

export interface Triple {
  subject: TripleNode;
  /** Normalised predicate: a lemma phrase, light verbs folded ("impose sanctions on" -> "sanction"). */
  predicate: string;
  /** Relationship type from graph-schema's allow-list (UPPER_SNAKE), see src/schema/relation-type.ts. */
  relType: string;
  object: TripleNode;
  negated: boolean;
  /** 'role' for titles and appositions (X -president of-> Y); 'fact' for actions and states. */
  kind: 'fact' | 'role';
  evidence: Evidence;
}

/** Everything extraction produces for one article: pure data, ready for any store. */
export interface ArticleExtraction {
  article: Article;
  entities: ArticleEntity[];
  triples: Triple[];
}

/** Within-article resolution result: the entities and, per token, which entity it belongs to. */
export interface ResolvedEntities {
  entities: ArticleEntity[];
  /** For each token index of the AnnotatedText: index into `entities`, or -1. Pronouns resolved to an entity carry its index. */
  tokenEntity: Int32Array;
  /** Titles the article gives named people, and those it leaves open (see pipeline/office-holders.ts). */
  offices?: OfficeHints;
}

/** What an article says about offices and occupations: whom it gives one by name, and which it mentions unresolved. */
export interface OfficeHints {
  /** [title, person's name] for each title the article gives a named person ("Prime Minister Tony Blair", "striker Adrian Mutu"). */
  holders: Array<[string, string]>;
  /** Titles the article refers to alone without saying whose they are ("the prime minister said", "the striker"). */
  open: string[];
}

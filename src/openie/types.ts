// Types shared by the Open IE extractor: the word view it works on and the tuples it returns.
// The extractor reads a flat list of words (text + UPOS + lemma), so the same code serves
// winkNLP's own tokens (news articles) and re-tokenised benchmark lines (CaRB).
import type { Upos } from '../model/types.ts';

/** One word as the extractor sees it. `text` is what goes into the output. */
export interface Word {
  text: string;
  /** Lower-cased text, contractions expanded ("n't" -> "not"). */
  lower: string;
  lemma: string;
  pos: Upos;
}

/** How a tuple was found; a feature of the confidence model and useful for debugging. */
export type TuplePattern =
  | 'verb'          // subject + verb group + complements
  | 'copula'        // X is/was Y
  | 'relative'      // antecedent of who/which/that + verb group
  | 'coordinated'   // second verb of "X did A and did B", subject shared
  | 'participle'    // ", killing ..." / "X, founded in 1990," modifiers
  | 'attribution'   // (X; said; content)
  | 'apposition'    // (X; be; the CEO of Y) from "X, the CEO of Y,"
  | 'possessive'    // (X; has; Y) from "X 's Y"
  | 'locative';     // (X; be in; Y) from "X in Y" with a named place Y

/** One n-ary Open IE extraction over a sentence. Index spans are [start, end) word/token indices. */
export interface OpenIeTuple {
  relation: string;
  args: string[];
  /** Calibrated probability-like score in (0, 1); higher means more likely correct. */
  confidence: number;
  /** Token indices of the relation words present in the text (an added "be"/"has" has none). */
  relationTokens: number[];
  /** [start, end) token span of each argument, parallel to `args`. */
  argSpans: Array<[number, number]>;
  negated: boolean;
  pattern: TuplePattern;
  /** Inputs of the confidence model (see confidence.ts FEATURE_NAMES), kept for refitting. */
  features: number[];
}

/** A tuple's spans and score without its texts: what callers that map tuples onto tokens read. */
export type TupleSpans = Pick<OpenIeTuple, 'confidence' | 'relationTokens' | 'argSpans' | 'negated' | 'pattern'>;

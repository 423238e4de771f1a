// Open IE over annotated text: the tuples of one sentence of `annotate(text)`, with argument
// and relation spans as indices into `doc.tokens` (so callers can map arguments to mentions).
import type { AnnotatedText, Token } from '../model/types.ts';
import { extractFromWords, extractSpansFromWords } from './extract-from-words.ts';
import type { OpenIeTuple, TupleSpans, Word } from './types.ts';

export class OpenIeInputError extends Error {
  override name = 'OpenIeInputError';
}

export function tokenToWord(t: Token): Word {
  return { text: t.text, lower: t.normal, lemma: t.lemma, pos: t.pos };
}

/** Tuples of sentence `sentenceIndex` of `doc`, best first. */
export function extractTuples(doc: AnnotatedText, sentenceIndex: number): OpenIeTuple[] {
  const { words, tokenOf } = sentenceWords(doc, sentenceIndex, 'extractTuples');
  return extractFromWords(words)
    .map((t) => ({ ...t, relationTokens: t.relationTokens.map((k) => tokenOf[k]), argSpans: t.argSpans.map((span) => tokenSpan(tokenOf, span)) }))
    .sort(byConfidence);
}

/**
 * The spans and scores of `extractTuples` (same tuples, same order) without their texts and
 * feature vectors: what the article pipeline reads, at a fraction of the cost.
 */
export function extractTupleSpans(doc: AnnotatedText, sentenceIndex: number): TupleSpans[] {
  const { words, tokenOf } = sentenceWords(doc, sentenceIndex, 'extractTupleSpans');
  const tuples = extractSpansFromWords(words);
  // the tuples' arrays are their own (fresh from the extractor), so they are mapped in place
  for (const t of tuples) {
    for (let k = 0; k < t.relationTokens.length; k++) t.relationTokens[k] = tokenOf[t.relationTokens[k]];
    for (const span of t.argSpans) {
      span[1] = tokenOf[span[1] - 1] + 1;
      span[0] = tokenOf[span[0]];
    }
  }
  return tuples.sort(byConfidence);
}

/** The sentence's words (SPACE tokens skipped) and the token index of each. */
function sentenceWords(doc: AnnotatedText, sentenceIndex: number, caller: string): { words: Word[]; tokenOf: number[] } {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) {
    throw new OpenIeInputError(`${caller}: sentence ${sentenceIndex} does not exist (the text has ${doc.sentences.length} sentences); pass an index from doc.sentences`);
  }
  const words: Word[] = [];
  // a plain array: a typed array of a sentence's length costs more to allocate than it saves
  const tokenOf: number[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.pos === 'SPACE') continue;
    tokenOf.push(t.i);
    words.push(tokenToWord(t));
  }
  return { words, tokenOf };
}

/** A [start, end) word span as a token span (the end is the token after the span's last word). */
function tokenSpan(tokenOf: readonly number[], [s, e]: [number, number]): [number, number] {
  return [tokenOf[s], tokenOf[e - 1] + 1];
}

function byConfidence(a: { confidence: number }, b: { confidence: number }): number {
  return b.confidence - a.confidence;
}

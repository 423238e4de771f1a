// Open IE over annotated text: the tuples of one sentence of `annotate(text)`, with argument
// and relation spans as indices into `doc.tokens` (so callers can map arguments to mentions).
import type { AnnotatedText, Token } from '../model/types.ts';
import { extractFromWords } from './extract-from-words.ts';
import type { OpenIeTuple, Word } from './types.ts';

export class OpenIeInputError extends Error {
  override name = 'OpenIeInputError';
}

export function tokenToWord(t: Token): Word {
  return { text: t.text, lower: t.normal, lemma: t.lemma, pos: t.pos };
}

/** Tuples of sentence `sentenceIndex` of `doc`, best first. */
export function extractTuples(doc: AnnotatedText, sentenceIndex: number): OpenIeTuple[] {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) {
    throw new OpenIeInputError(`extractTuples: sentence ${sentenceIndex} does not exist (the text has ${doc.sentences.length} sentences); pass an index from doc.sentences`);
  }
  const offset = sentence.tokenStart;
  const tokens: Token[] = [];
  const words: Word[] = [];
  for (let i = offset; i < sentence.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.pos === 'SPACE') continue;
    tokens.push(t);
    words.push(tokenToWord(t));
  }
  const tuples = extractFromWords(words);
  // map word indices back to token indices (SPACE tokens were skipped)
  const toToken = (k: number): number => (k < tokens.length ? tokens[k].i : tokens[tokens.length - 1].i + 1);
  return tuples
    .map((t) => ({
      ...t,
      relationTokens: t.relationTokens.map(toToken),
      argSpans: t.argSpans.map(([s, e]) => [toToken(s), toToken(e - 1) + 1] as [number, number]),
    }))
    .sort((a, b) => b.confidence - a.confidence);
}

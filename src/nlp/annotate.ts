// winkNLP behind one pure function: text in, tokens (with character offsets, POS and lemma)
// and sentences out. winkNLP's model is loaded once per process; everything downstream reads
// the flat `AnnotatedText` and never touches winkNLP itself.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnnotatedText, Sentence, Token, Upos } from '../model/types.ts';

let nlpInstance: ReturnType<typeof winkNLP> | undefined;

/** The shared winkNLP instance (loaded lazily: loading the model takes ~100 ms). */
export function nlp(): ReturnType<typeof winkNLP> {
  nlpInstance ??= winkNLP(model);
  return nlpInstance;
}

/**
 * Tokenise, tag and split `text` into sentences.
 * Offsets are found by scanning the source text for each token's value, so they stay right
 * whatever whitespace winkNLP folds; a token winkNLP rewrote is placed at the cursor.
 */
export function annotate(text: string): AnnotatedText {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  // winkNLP's typings declare its.lemma with an addons parameter that out() does not match.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = text.indexOf(value, cursor);
    // winkNLP may normalise a token's value (rare); fall back to the cursor position.
    if (start < 0 || start - cursor > 64) start = skipSpace(text, cursor);
    const end = Math.min(text.length, start + value.length);
    tokens[i] = {
      i,
      text: value,
      normal: normals[i],
      lemma: lemmas[i],
      pos: tags[i] as Upos,
      start,
      end,
      sentence: 0,
      spaceBefore: start > 0 && /\s/.test(text[start - 1]),
    };
    cursor = end;
  }

  // winkNLP reports one empty sentence for empty input; keep only spans that hold tokens.
  const sentences: Sentence[] = spans.filter(([first, last]) => first <= last && last < tokens.length).map(([first, last], index) => {
    for (let t = first; t <= last; t++) tokens[t].sentence = index;
    const start = tokens[first].start;
    const end = tokens[last].end;
    return { index, start, end, text: text.slice(start, end), tokenStart: first, tokenEnd: last + 1 };
  });
  return { text, tokens, sentences };
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

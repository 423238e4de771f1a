// Named-entity mentions of an annotated article: the winkNLP tokens of each sentence go
// through the tagger as one document, and each tagged span becomes a Mention with character
// offsets taken from its tokens. CoNLL's PER is the domain's PERSON.
import type { AnnotatedText, Mention, MentionType } from '../model/types.ts';
import { defaultModel } from './load-model.ts';
import type { NerModel } from './ner-model.ts';
import { tagIndicesFast } from './fast-tagger.ts';
import { ENTITY_LABELS } from './tag-set.ts';
import { lexemeIds } from '../nlp/annotate.ts';

const TYPE_OF_LABEL: Record<string, MentionType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

export function recognizeMentions(doc: AnnotatedText, model: NerModel = defaultModel()): Mention[] {
  // Whitespace tokens (winkNLP can emit them for odd spacing) are not words: skip them, keeping
  // a map from the tagger's positions (the document's words, sentence after sentence) back to
  // token indices. The words are collected in the same pass (each token object is read once),
  // with their lexeme ids when annotate gave them: the tagger's word cache is keyed by them.
  const sentenceWords: string[][] = new Array(doc.sentences.length);
  const lexemes = lexemeIds(doc);
  const wordTokens = new Int32Array(doc.tokens.length);
  const wordLexemes = lexemes && new Int32Array(doc.tokens.length);
  let w = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const { tokenStart, tokenEnd } = doc.sentences[s];
    const words: string[] = [];
    for (let t = tokenStart; t < tokenEnd; t++) {
      const tok = doc.tokens[t];
      if (tok.pos === 'SPACE') continue;
      if (wordLexemes) {
        const id = lexemes![t];
        if (isBlankLexeme(id, tok.text)) continue;
        wordLexemes[w] = id;
      } else if (isBlank(tok.text)) continue;
      wordTokens[w++] = t;
      words.push(tok.text);
    }
    sentenceWords[s] = words;
  }
  const tags = tagIndicesFast(model, sentenceWords, undefined, wordLexemes);
  const mentions: Mention[] = [];
  for (let s = 0, from = 0; s < sentenceWords.length; s++) {
    const n = sentenceWords[s].length;
    for (const span of indexSpans(tags, from, n)) {
      const first = doc.tokens[wordTokens[from + span.start]];
      const last = doc.tokens[wordTokens[from + span.end - 1]];
      mentions.push({
        type: TYPE_OF_LABEL[ENTITY_LABELS[span.label]] ?? 'MISC',
        text: doc.text.slice(first.start, last.end),
        tokenStart: first.i,
        tokenEnd: last.i + 1,
        start: first.start,
        end: last.end,
        sentence: doc.sentences[s].index,
        source: 'ner',
      });
    }
    from += n;
  }
  return mentions;
}

// Whether each lexeme id's text is blank (0: not known yet, 1: a word, 2: blank), so the check
// reads a small byte array instead of each token's string (the tagger then reads a word's
// string only the first time it sees the word).
let blankById = new Uint8Array(1 << 17);
const BLANK_ID_LIMIT = 4_000_000;

function isBlankLexeme(id: number, text: string): boolean {
  if (id >= blankById.length) {
    if (id >= BLANK_ID_LIMIT) return isBlank(text);
    let size = blankById.length;
    while (id >= size) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(blankById);
    blankById = bigger;
  }
  let known = blankById[id];
  if (known === 0) blankById[id] = known = isBlank(text) ? 2 : 1;
  return known === 2;
}

/** `s.trim() === ''` without building a string for the usual token, which starts with a printable ASCII character. */
function isBlank(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return s.trim() === '';
}

/**
 * `tagSpans` over the tag indices of one sentence, `tags[first .. first + n)` (TAGS order: O, then
 * B-X and I-X per label): a span starts at a B tag, or at an I tag that does not continue a span
 * of its label, and ends before O or another start. Positions are the sentence's.
 */
function indexSpans(tags: Int32Array, first: number, n: number): Array<{ label: number; start: number; end: number }> {
  const spans: Array<{ label: number; start: number; end: number }> = [];
  let current: { label: number; start: number; end: number } | undefined;
  for (let i = 0; i < n; i++) {
    const t = tags[first + i];
    if (t === 0) {
      current = undefined;
      continue;
    }
    const label = (t - 1) >> 1;
    const begins = (t & 1) === 1;
    if (begins || !current || current.label !== label) {
      current = { label, start: i, end: i + 1 };
      spans.push(current);
    } else {
      current.end = i + 1;
    }
  }
  return spans;
}

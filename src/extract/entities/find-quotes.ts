// Quotations of an article as token ranges, with who said them. Straight quotes toggle; a quote
// still open at a paragraph break continues when the next paragraph opens with a quote mark (the
// news convention for multi-paragraph quotes) and ends otherwise. The speaker is found from
// `..." X said`, `..." said X`, `X said: "..."`, or carried over from the sentence or quote before.
import type { AnnotatedText } from '../../model/types.ts';
import { SPEECH_VERBS } from './lexicon.ts';

export interface Quote {
  /** Token range of the quoted words (quote marks excluded): [start, end). */
  start: number;
  end: number;
  /** Token index of the speaker: an entity mention's first token or a pronoun; -1 when unknown. */
  speakerToken: number;
  /** True when no attribution was found around it and the speaker is inherited from the previous quote or sentence. */
  inherited: boolean;
}

const OPEN = '\u201c';
const CLOSE = '\u201d';
/** Runs on every token: compares with the five marks (no set look-up, which hashes the token). */
const isQuoteMark = (s: string): boolean => s.length <= 2 && (s === '"' || s === OPEN || s === CLOSE || s === '``' || s === "''");

/**
 * Finds the quotes. `isSpeaker(token)` says whether a token starts a mention that can speak
 * (a person or organisation mention, or a third-person pronoun).
 */
export function findQuotes(doc: AnnotatedText, isSpeaker: (token: number) => boolean): Quote[] {
  const toks = doc.tokens;
  const quotes: Quote[] = [];
  let open = -1;
  let pendingBreak = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // winkNLP may emit the blank line itself as a whitespace token.
    if (isBlank(t.text)) { if (t.text.includes('\n')) pendingBreak = true; continue; }
    const breakBefore = pendingBreak || (i > 0 && hasNewline(doc.text, toks[i - 1].end, t.start));
    pendingBreak = false;
    if (open >= 0 && breakBefore) {
      if (isQuoteMark(t.text) && t.text !== CLOSE) continue; // the quote goes on in this paragraph
      quotes.push({ start: open, end: i, speakerToken: -1, inherited: false });
      open = -1;
    }
    if (!isQuoteMark(t.text)) continue;
    // Which way a straight quote faces is read from its spacing: `said: "Yes` opens, `yes," he` closes.
    // A mark that opens while a quote is open continues it (news drops the closing mark before a
    // new paragraph of the same quote); one that closes while none is open is ignored.
    const next = toks[i + 1];
    const attachedLeft = i > 0 && !t.spaceBefore && !breakBefore;
    const attachedRight = !!next && !next.spaceBefore;
    let opening: boolean;
    if (t.text === OPEN) opening = true;
    else if (t.text === CLOSE) opening = false;
    else if (attachedLeft && !attachedRight) opening = false;
    else if (attachedRight && !attachedLeft) opening = true;
    else opening = open < 0;
    if (opening) { if (open < 0) open = i + 1; }
    else if (open >= 0) {
      quotes.push({ start: open, end: i, speakerToken: -1, inherited: false });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: toks.length, speakerToken: -1, inherited: false });

  const inQuote: number[] = new Array(toks.length).fill(0); // a plain array: cheaper to allocate than a typed one
  for (const q of quotes) for (let k = q.start; k < q.end; k++) inQuote[k] = 1;

  let previous: Quote | undefined;
  for (const q of quotes) {
    // After: `," X said` or `," said X` (a few tokens, same sentence as the closing mark or the next).
    // (Not after a full stop: `... for him." Juninho had earlier told X: "` opens another sentence.)
    const stopped = q.end > q.start && toks[q.end - 1].text === '.';
    for (let k = q.end + 1, seenVerb = false, n = 0; !stopped && k < toks.length && n < 8 && !inQuote[k] && !isQuoteMark(toks[k].text); k++, n++) {
      if (toks[k].text === '.' && n > 0) break;
      if (isSpeechVerb(toks, k)) seenVerb = true;
      if (isSpeaker(k)) {
        if (seenVerb || hasVerbAfter(toks, k, 4)) { q.speakerToken = k; break; }
      }
    }
    // Before: `X said: "` / `X told the BBC, "`.
    if (q.speakerToken < 0 && q.start >= 2) {
      const sentence = toks[q.start - 1].sentence;
      const from = Math.max(doc.sentences[sentence].tokenStart, q.start - 25);
      let verb = -1;
      for (let k = q.start - 2; k >= from && !inQuote[k]; k--) if (isSpeechVerb(toks, k)) { verb = k; break; }
      if (verb >= 0) for (let k = verb - 1; k >= from && !inQuote[k]; k--) if (isSpeaker(k)) { q.speakerToken = k; break; }
    }
    // Otherwise the speaker of the quote or attributed sentence just before.
    if (q.speakerToken < 0 && previous && previous.speakerToken >= 0 && sentenceGap(doc, previous.end, q.start) <= 2) {
      q.speakerToken = previous.speakerToken;
      q.inherited = true;
    }
    if (q.speakerToken < 0 && q.start >= 2) {
      const prevSentence = toks[q.start - 1].sentence - 1;
      if (prevSentence >= 0) {
        const s = doc.sentences[prevSentence];
        let verb = -1;
        for (let k = s.tokenStart; k < s.tokenEnd; k++) if (!inQuote[k] && isSpeechVerb(toks, k)) { verb = k; break; }
        if (verb >= 0) for (let k = verb - 1; k >= s.tokenStart; k--) if (!inQuote[k] && isSpeaker(k)) { q.speakerToken = k; q.inherited = true; break; }
      }
    }
    previous = q;
  }
  return quotes;
}

// Module functions rather than closures in findQuotes: tsx keeps function names, so a named
// closure costs a defineProperty each time it is made (once per article).
function isSpeechVerb(toks: AnnotatedText['tokens'], k: number): boolean {
  return SPEECH_VERBS.has(toks[k].text.toLowerCase());
}

function hasVerbAfter(toks: AnnotatedText['tokens'], k: number, window: number): boolean {
  for (let j = k + 1; j < Math.min(toks.length, k + 1 + window); j++) if (isSpeechVerb(toks, j)) return true;
  return false;
}

/** `s.trim() === ''` without building a string for the usual token, which starts with a printable ASCII character. */
function isBlank(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return s.trim() === '';
}

/** Is there a line break in text[from, to)? (No slice: this runs once per token.) */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function sentenceGap(doc: AnnotatedText, a: number, b: number): number {
  const ta = doc.tokens[Math.min(a, doc.tokens.length - 1)];
  const tb = doc.tokens[Math.min(b, doc.tokens.length - 1)];
  return tb.sentence - ta.sentence;
}

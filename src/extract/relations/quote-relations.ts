// Direct quotations attributed after the quote, the commonest shape of speech in news:
//   "These numbers are very charged politically," said Christian Jasperneite, an economist ...
//   "We will not need any more aid," Mr Laah said.
// The clause rules and the Open IE pass read "X said that ..." (speaker first) but leave these
// alone, so the statement, often one a reader would put in a summary, was lost. Here the
// speaker (a name, a resolved pronoun or title) says the quoted words up to the comma before the
// closing quote mark, cut to its first words. Confidence is that of reported content: below the
// default of every relation between two entities, above the default cut-off. "X told Y that ..."
// gives what X said the same way (toldContent).
import type { AnnotatedText, Sentence, Token } from '../../model/types.ts';
import type { Chunk, ChunkContext } from './sentence-chunks.ts';
import { REPORT_HEADS, SPOKESPERSON_HEADS, actorOf, addCandidate, entityEnd, spanText, tok, word, type Candidate, type SentenceScope } from './sentence-scope.ts';
import { CLOSING_QUOTE_MARKS, DOUBLE_QUOTE_MARKS, OPENING_QUOTE_MARKS, REPORTING_VERBS, ROLE_HEADS } from './lexicon.ts';

/** Confidence of a quoted statement (as for reported content in the Open IE pass). */
export const QUOTE_CONFIDENCE = 0.35;

/** Most words of a quotation kept as the statement's object. */
export const MAX_QUOTE_TOKENS = 16;
/** The longest clause an "according to" attribution after it is read for, in tokens. */
const MAX_ATTRIBUTED_TOKENS = 25;

/** Words that open a clause that cannot stand alone as a statement. */
const DEPENDENT_OPENERS = new Set(['which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'while', 'and', 'but', 'or', 'so', 'because', 'although', 'if', 'as', 'than']);


/** Verbs that take a hearer and then what was said: "told MSPs that ...", "warned investors that ...". */
const TELLING = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'promise', 'advise', 'convince']);

/**
 * "He told the Scottish Parliament on Wednesday that a comprehensive ban would be introduced",
 * "Mr Blair told his monthly news conference Britain had the best of both worlds": the clause
 * after the hearer (and "that") is what the speaker said (the hearer relation itself is the verb
 * rules' job).
 */
export function toldContent(s: SentenceScope): void {
  const { chunks } = s;
  const { tokens } = s.ctx;
  for (let j = 1; j + 2 < chunks.length; j++) {
    const vg = chunks[j];
    if (vg.kind !== 'VG' || !TELLING.has(vg.vg!.lemma) || vg.vg!.negated || vg.vg!.passive) continue;
    const subject = chunks[j - 1];
    if (subject.kind !== 'NP' || subject.np!.entity < 0) continue;
    // The hearer, then at most a time phrase, then "that".
    let k = j + 1;
    if (chunks[k]?.kind !== 'NP') continue;
    k++;
    if (chunks[k]?.kind === 'P' && chunks[k + 1]?.kind === 'NP') k += 2;
    const that = chunks[k];
    // "told his monthly news conference Britain had the best of both worlds": the clause may come without "that".
    const bare = that?.kind === 'NP' && !isMark(s, chunks[k - 1], COMMA) && chunks[k + 1]?.kind === 'VG' && !chunks[k + 1].vg!.infinitive && !chunks[k + 1].vg!.gerund;
    if (!that || (!bare && (that.kind !== 'SC' || tok(s, that.start).normal !== 'that'))) continue;
    // (A "that" the tagger calls a pronoun opens the clause as well: "told BBC News Online that letters were".)
    let start = !bare ? that.end : tok(s, that.start).normal === 'that' ? that.start + 1 : that.start;
    let end = start;
    while (end < s.sentence.tokenEnd && end - start < MAX_QUOTE_TOKENS && !(tokens[end].text === ';' || (tokens[end].pos === 'PUNCT' && end + 1 === s.sentence.tokenEnd))) end++;
    [start, end] = trimmed(s, start, end);
    if (end - start < 3) continue;
    const text = spanText(s, start, end);
    addCandidate(s, entityEnd(subject.np!.entity), 'tell', { kind: 'concept', name: text }, { confidence: QUOTE_CONFIDENCE });
    return;
  }
}

/**
 * "Thailand may lose 30bn baht in earnings from tourism, according to tourism minister Sontaya
 * Kunplome.", "According to search engine Ask Jeeves, ...": a clause attributed with "according
 * to" + a source (see sourceOf) is what that source said (the clause must have a verb;
 * quotations are quoteRelations' job).
 */
export function accordingTo(s: SentenceScope): void {
  const { tokens } = s.ctx;
  const { tokenStart, tokenEnd } = s.sentence;
  // "According to Reuters, the firm ...", "But according to the Office for National Statistics, ...".
  let k = tokenStart;
  while (k < tokenEnd && (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'SPACE' || tokens[k].pos === 'CCONJ')) k++;
  if (k + 2 < tokenEnd && tokens[k].normal === 'according' && tokens[k + 1].normal === 'to') {
    let comma = k + 2;
    while (comma < tokenEnd && comma - k < MAX_SOURCE_TOKENS && tokens[comma].text !== ',') comma++;
    if (comma >= tokenEnd || tokens[comma].text !== ',') return;
    const source = sourceOf(s, k + 2, comma);
    if (source < 0) return;
    let from = comma + 1;
    // "According to Pat Ferguson, President of AMBO, work ...": the source's post between commas;
    // "the Ministry of Economy, Trade and Industry (METI), the decline ...": the rest of its name.
    let next = from;
    while (next < tokenEnd && next - from <= 7 && tokens[next].text !== ',' && tokens[next].pos !== 'VERB' && tokens[next].pos !== 'AUX') next++;
    if (next < tokenEnd && tokens[next].text === ',' && (s.ctx.entities[source]?.type === 'PERSON' || tokens[next - 1].text === ')')) from = next + 1;
    // "According to a survey by Goldman Sachs, Harris Interactive and Neilsen, sales ...": a list of sources goes on.
    if (nameOpensList(s, from)) return;
    attributeClause(s, source, from, tokenEnd);
    return;
  }
  for (k = tokenStart + 3; k + 3 < tokenEnd; k++) {
    // ("40% of the UK will still be without internet access, says a study by BT": a report that
    // closes the sentence after a verb of saying speaks for its author.)
    if (tokens[k - 1].text === ',' && REPORT_VERBS.has(tokens[k].normal) && ['a', 'an', 'the'].includes(tokens[k + 1].normal)
      && REPORT_HEADS.has(tokens[k + 2].normal) && ['by', 'from'].includes(tokens[k + 3]?.normal ?? '')) {
      const end = trimmed(s, k + 1, tokenEnd)[1];
      const source = end - k <= MAX_SOURCE_TOKENS ? sourceOf(s, k + 1, end) : -1;
      if (source >= 0 && s.ctx.entities[source]?.type === 'ORG') attributeClause(s, source, tokenStart, k - 1, tokens[k].lemma ?? 'say');
      return;
    }
    if (tokens[k].normal !== 'according' || tokens[k + 1].normal !== 'to' || tokens[k - 1].text !== ',') continue;
    // The source ends the sentence.
    const end = trimmed(s, k + 2, tokenEnd)[1];
    const source = end - k <= MAX_SOURCE_TOKENS ? sourceOf(s, k + 2, end) : -1;
    if (source >= 0) attributeClause(s, source, tokenStart, k - 1);
    return;
  }
}

/** Verbs of saying before a report that closes a sentence ("..., says a study by BT"). */
const REPORT_VERBS = new Set(['says', 'said', 'predicts', 'predicted', 'suggests', 'suggested', 'finds', 'found', 'shows', 'showed', 'warns', 'warned', 'claims', 'claimed', 'concludes', 'concluded']);

/** The most tokens of "according to" and its source. */
const MAX_SOURCE_TOKENS = 12;

/** Prepositions joining a named source to its affiliation ("Andreas Adriano of Latin Trade Magazine"). */
const AFFILIATION_PREPS = new Set(['of', 'at', 'from']);

/**
 * The entity a source phrase [start, end) names: a name, after a title or a description ("tourism
 * minister Sontaya Kunplome", "blog analysis firm Technorati", "figures from the Ministry of
 * Economy"), before a word for its figures ("Labor Department figures") or its affiliation
 * ("Andreas Adriano of Latin Trade Magazine"); -1 for anything else ("the lawsuit", "recent figures").
 */
function sourceOf(s: SentenceScope, start: number, end: number): number {
  const { tokens, tokenEntity } = s.ctx;
  let m = start;
  // (After "according to" the tagger often calls the next word a verb: "research/VERB from analysts Gartner".)
  while (m < end && tokenEntity[m] < 0) {
    const t = tokens[m];
    if (t.pos === 'AUX' || t.pos === 'PUNCT' && t.text !== '-' || t.pos === 'PRON') return -1;
    // "a registration document filed with the SEC": whoever the document went to is no source ("figures gathered by Netcraft" is).
    if (t.pos === 'VERB' && m > start && tokens[m + 1]?.normal !== 'by') return -1;
    m++;
  }
  if (m >= end || m - start > 6) return -1;
  const first = tokenEntity[m];
  // "recent reports from China", "press reports in China": where the source was, not who.
  if (m > start && tokens[m - 1].pos === 'ADP' && s.ctx.entities[first]?.type === 'LOC') return -1;
  let after = m;
  while (after < end && tokenEntity[after] === first) after++;
  if (after === end) return first;
  // "Labor Department figures", "Office for National Statistics data".
  if (after + 1 === end && REPORT_HEADS.has(tokens[after].normal)) return first;
  // "Andreas Adriano of Latin Trade Magazine": the person, with where they work.
  const prep = tokens[after].normal;
  let next = after + 1;
  if (next < end && tokens[next].pos === 'DET') next++;
  const second = next < end ? tokenEntity[next] : -1;
  let secondEnd = next;
  while (secondEnd < end && second >= 0 && tokenEntity[secondEnd] === second) secondEnd++;
  if (AFFILIATION_PREPS.has(prep) && second >= 0 && secondEnd === end) return s.ctx.entities[first]?.type === 'PERSON' ? first : -1;
  // "Exhibitor Relations President Paul Dergarabedian": a body's officer, named last.
  let k = after;
  while (k < end && tokenEntity[k] < 0 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN')) k++;
  if (k > after && k < end && s.ctx.entities[tokenEntity[k]]?.type === 'PERSON') {
    const person = tokenEntity[k];
    while (k < end && tokenEntity[k] === person) k++;
    if (k === end) return person;
  }
  return -1;
}

/** A name at `k` followed by "and" or a comma: the next item of a list, not a clause's subject. */
function nameOpensList(s: SentenceScope, k: number): boolean {
  const { tokens, tokenEntity } = s.ctx;
  const e = tokenEntity[k];
  if (e === undefined || e < 0) return false;
  while (k < s.sentence.tokenEnd && tokenEntity[k] === e) k++;
  return k < s.sentence.tokenEnd && (tokens[k].normal === 'and' || tokens[k].text === ',');
}

/** Whether the token at `k` is punctuation or space (trimmed off the ends of a statement). */
function isMarkOrSpace(s: SentenceScope, k: number): boolean {
  const pos = s.ctx.tokens[k].pos;
  return pos === 'PUNCT' || pos === 'SPACE';
}

/** [start, end) without punctuation or space at either end. */
function trimmed(s: SentenceScope, start: number, end: number): [number, number] {
  while (start < end && isMarkOrSpace(s, start)) start++;
  while (end > start && isMarkOrSpace(s, end - 1)) end--;
  return [start, end];
}

/**
 * Tokens [from, to) as what `source` said (with `verb`), when they are an unquoted clause of a
 * statement's length that can stand alone (not "which ...", "if ...").
 */
function attributeClause(s: SentenceScope, source: number, from: number, to: number, verb = 'say'): void {
  const [start, end] = trimmed(s, from, to);
  if (end - start < 3 || end - start > MAX_ATTRIBUTED_TOKENS) return;
  // ('must not be "swept under the carpet", the Tories have warned': a quotation opened inside the clause may close it.)
  let opened = 0;
  for (let k = start; k < end; k++) if (DOUBLE_QUOTE_MARKS.has(s.ctx.tokens[k].text)) opened++;
  const closed = opened % 2 === 1 && end < to && DOUBLE_QUOTE_MARKS.has(s.ctx.tokens[end].text);
  if (!(unquotedClause(s, start, end) || (closed && unquotedClause(s, start, end + 1, true))) || DEPENDENT_OPENERS.has(s.ctx.tokens[start].normal)) return;
  addCandidate(s, entityEnd(source), verb, { kind: 'concept', name: spanText(s, start, closed ? end + 1 : end) }, { confidence: QUOTE_CONFIDENCE });
}

/**
 * 'Mr Brown said: "We will cut taxes for families."', 'Tony Blair told the BBC: "..."', 'Jim
 * Smith, chief executive of Acme, added: "..."': a quotation a colon opens after an attribution
 * is what the speaker said (its first words, as for a quotation attributed after it).
 */
export function colonQuote(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 1; j + 1 < chunks.length; j++) {
    if (!isMark(s, chunks[j], COLON) || !isMark(s, chunks[j + 1], OPENING_QUOTE_MARKS)) continue;
    let v = j - 1;
    // "said in a statement:", "told reporters on Monday:", "said of the deal:": up to two
    // prepositional phrases between the verb and the colon.
    for (let n = 0; n < 2 && chunks[v]?.kind === 'NP' && chunks[v - 1]?.kind === 'P' && !isMark(s, chunks[v - 2], COMMA); n++) v -= 2;
    // "told the BBC:", "told BBC Radio 4's Today programme:": the hearer before the colon.
    if (chunks[v]?.kind === 'NP' && chunks[v - 1]?.kind === 'VG' && chunks[v - 1].vg!.lemma === 'tell') v--;
    if (!reporting(chunks[v])) continue;
    const named = speakerBefore(s, v);
    const speaker = named >= 0 ? named : clauseSubjectOfParticiple(s, v);
    if (speaker < 0) continue;
    const text = openedQuoteText(s, chunks[j + 1].end, tok(s, chunks[j + 1].start).text);
    if (text) addCandidate(s, entityEnd(speaker), 'say', { kind: 'concept', name: text }, { confidence: QUOTE_CONFIDENCE });
    // 'Mr Brown said: "We will cut taxes. ..."': a double-quoted quotation still open at the sentence's end goes on.
    if (DOUBLE_QUOTE_MARKS.has(tok(s, chunks[j + 1].start).text)) laterQuoteSentences(s, speaker, nextMark(s, chunks[j + 1].end, s.sentence.tokenEnd) === s.sentence.tokenEnd);
    return;
  }
}

const COLON = new Set([':']);

/**
 * The named speaker of the attribution verb at chunk `v`: the name right before it, or the name
 * before an apposition set off by commas ("Jim Smith, chief executive of Acme, said"); -1 if none.
 */
function speakerBefore(s: SentenceScope, v: number): number {
  const { chunks } = s;
  // "Mark Serwotka, the leader of the Public and Commercial Services Union said:": a person's
  // title apposition left open before the verb; the person speaks, not the body of the title.
  const person = named(chunks[v - 5]);
  if (person >= 0 && chunks[v - 1]?.kind === 'NP' && chunks[v - 2]?.kind === 'P' && tok(s, chunks[v - 2].start).normal === 'of' && chunks[v - 3]?.kind === 'NP' && ROLE_HEADS.has(tok(s, chunks[v - 3].head).normal)
    && isMark(s, chunks[v - 4], COMMA) && s.ctx.entities[person]?.type === 'PERSON') return person;
  // ("The company said:": a description standing for the story's body.)
  if (chunks[v - 1]?.kind === 'NP') return speakerPhrase(s, v - 1).entity;
  if (!isMark(s, chunks[v - 1], COMMA)) return -1;
  for (let q = v - 2; q > 0 && q >= v - 10; q--) {
    const c = chunks[q];
    // ("Ms Dunwoody, who chairs the Transport Select Committee, says:": past a relative clause's verb.)
    if (c.kind === 'VG' && !c.vg!.gerund && chunks[q - 1]?.kind !== 'REL') return -1;
    if (isMark(s, c, COMMA)) return named(chunks[q - 1]);
  }
  return -1;
}

/**
 * "Mr Howard branded the decision unacceptable, saying: ...", "He said Mr Blair had spoken with
 * such sincerity, adding: ...": a participle of saying set off at the clause's end speaks for the
 * clause's subject, the name (or resolved pronoun) right before the sentence's first verb; -1 if none.
 */
function clauseSubjectOfParticiple(s: SentenceScope, v: number): number {
  const { chunks } = s;
  if (!chunks[v].vg!.gerund || !isMark(s, chunks[v - 1], COMMA)) return -1;
  const first = chunks.findIndex((c) => c.kind === 'VG');
  if (first <= 0 || first >= v) return -1;
  const subject = chunks[first - 1];
  return subject.kind === 'NP' && subject.np!.entity >= 0 && s.ctx.entities[subject.np!.entity]?.type !== 'LOC' ? subject.np!.entity : -1;
}

/** The quotation's words from token `start` to its closing mark or the sentence's end, cut to MAX_QUOTE_TOKENS. */
function openedQuoteText(s: SentenceScope, start: number, opening: string): string | undefined {
  const { tokens } = s.ctx;
  const closing = opening === "'" || opening === '\u2018' ? SINGLE_CLOSING : DOUBLE_CLOSING;
  let end = start;
  while (end < s.sentence.tokenEnd && !closing.has(tokens[end].text)) end++;
  return quoteWords(s, start, end);
}

/** The words of a quotation in tokens [start, end), cut to MAX_QUOTE_TOKENS, without trailing marks; undefined for fewer than three or no letter. */
function quoteWords(s: SentenceScope, start: number, end: number): string | undefined {
  const { tokens } = s.ctx;
  // ('"But we will win," he said', '"And being pre-selected for the Worlds means ...": the statement
  // without its opening "and" or "but", which also opens a sentence that goes on a quotation.)
  if (start < end && (tokens[start].normal === 'and' || tokens[start].normal === 'but')) start++;
  let last = Math.min(end, start + MAX_QUOTE_TOKENS);
  while (last > start && (tokens[last - 1].pos === 'PUNCT' || tokens[last - 1].pos === 'SPACE')) last--;
  if (last - start < 3) return undefined;
  const text = spanText(s, start, last);
  return /[\p{L}]/u.test(text) ? text : undefined;
}

const DOUBLE_CLOSING = new Set(['"', '\u201d']);
const SINGLE_CLOSING = new Set(["'", '\u2019']);

/**
 * "It could sound the death knell for some TV channels, Telewest predicts.", "The plan will fail,
 * Acme warned on Monday.": a clause with no quote marks, attributed after a comma to a speaker
 * and a verb of saying that end the sentence (a time phrase may follow), is what the speaker
 * said, with that verb.
 */
export function clauseAttributedAfter(s: SentenceScope): void {
  const { chunks } = s;
  const { tokens } = s.ctx;
  let v = chunks.length - 1;
  while (v > 0 && chunks[v].kind === 'PUNCT') v--;
  // A time phrase at the end: "on Monday", "last week".
  if (chunks[v]?.kind === 'NP' && chunks[v - 1]?.kind === 'P' && chunks[v - 2]?.kind === 'VG') v -= 2;
  else if (chunks[v]?.kind === 'ADV' && chunks[v - 1]?.kind === 'VG') v--;
  // A hearer at the end: "..., Acme warned investors", "..., Sepa is warning a committee of MSPs".
  if (chunks[v]?.kind === 'NP' && word(s, chunks[v - 1]) === 'of' && chunks[v - 2]?.kind === 'NP' && telling(chunks[v - 3])) v -= 3;
  else if (chunks[v]?.kind === 'NP' && telling(chunks[v - 1])) v--;
  const vg = chunks[v];
  // ("..., it has been revealed": a passive names no speaker.)
  if (!reporting(vg) || vg.vg!.passive) return;
  // ("..., the Chilean Copper Commission (Cochilco) has reported": an abbreviation in brackets follows the speaker.)
  const end = isMark(s, chunks[v - 1], CLOSING_BRACKET) && chunks[v - 2]?.kind === 'NP' && isMark(s, chunks[v - 3], OPENING_BRACKET) ? v - 3 : v;
  const speaker = speakerPhrase(s, end - 1);
  if (speaker.entity < 0 || speaker.next !== end) return;
  const comma = chunks[end - 2];
  if (isMark(s, comma, COMMA)) attributeClause(s, speaker.entity, s.sentence.tokenStart, comma.start, vg.vg!.lemma);
}

/** A verb that takes a hearer and then what was said ("warned investors", "is warning a committee"). */
function telling(c: Chunk | undefined): boolean {
  return c?.kind === 'VG' && TELLING.has(c.vg!.lemma);
}

/**
 * Tokens [start, end) have a verb and are no direct quotation: a clause given without quoting it.
 * Quoted words inside it are indirect speech's ('Voters' "pent up passion" could confound
 * predictions, X has said'); a quotation opening or closing it, or an unclosed one, is direct.
 */
function unquotedClause(s: SentenceScope, start: number, end: number, closedAtEnd = false): boolean {
  const { tokens } = s.ctx;
  if (DOUBLE_QUOTE_MARKS.has(tokens[start].text) || (!closedAtEnd && DOUBLE_QUOTE_MARKS.has(tokens[end - 1].text))) return false;
  let verb = false;
  let marks = 0;
  for (let k = start; k < end; k++) {
    if (DOUBLE_QUOTE_MARKS.has(tokens[k].text)) {
      // (The first mark must open a quotation: 'protections" without ...' closes one begun before the clause.)
      if (marks === 0 && (tokens[k].text === '\u201d' || (tokens[k].text === '"' && !tokens[k].spaceBefore))) return false;
      marks++;
    }
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') verb = true;
  }
  return verb && marks % 2 === 0;
}

/** Verbs besides the reporting ones that attribute a clause after it ("..., Acme warned"). */
const ATTRIBUTING_VERBS = new Set(['warn', 'predict', 'forecast', 'announce', 'confirm', 'tell', 'report', 'reveal', 'disclose']);

/** Add (speaker, say, quoted words) for a quotation the sentence attributes after it. */
export function quoteRelations(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 2; j < chunks.length; j++) {
    // ', "' then either "said X" or "X said".
    const close = chunks[j - 1];
    const comma = chunks[j - 2];
    if (!isMark(s, close, CLOSING_QUOTE_MARKS) || !isMark(s, comma, COMMA)) continue;
    const speaker = speakerAfter(s, j);
    if (speaker < 0) continue;
    const text = quotedText(s, comma.start);
    if (text) addCandidate(s, entityEnd(speaker), 'say', { kind: 'concept', name: text }, { confidence: QUOTE_CONFIDENCE });
    earlierQuoteSentences(s, comma.start, speaker);
    laterQuoteSentences(s, speaker, false);
    return;
  }
}

/** Most other sentences of one quotation given to the speaker one of its sentences names. */
const MAX_QUOTE_SENTENCES = 4;

/** Give the quoted words of `sentence` from token `start` to `end` (cut to MAX_QUOTE_TOKENS) to the speaker. */
function sayIn(s: SentenceScope, sentence: Sentence, start: number, end: number, speaker: number): void {
  const { tokens } = s.ctx;
  while (start < end && (tokens[start].pos === 'SPACE' || DOUBLE_QUOTE_MARKS.has(tokens[start].text))) start++;
  const text = quoteWords(s, start, end);
  if (text) addCandidate({ ...s, sentence }, entityEnd(speaker), 'say', { kind: 'concept', name: text }, { confidence: QUOTE_CONFIDENCE });
}

/** The first token of `sentence` that is no white space. */
function firstToken(tokens: readonly Token[], sentence: Sentence): number {
  let first = sentence.tokenStart;
  while (first < sentence.tokenEnd && tokens[first].pos === 'SPACE') first++;
  return first;
}

/** Whether token `k`, before `end`, is an opening double quote mark. */
function opensQuote(tokens: readonly Token[], k: number, end: number): boolean {
  return k < end && OPENING_QUOTE_MARKS.has(tokens[k].text) && DOUBLE_QUOTE_MARKS.has(tokens[k].text);
}

/** The first double quote mark in tokens [from, to), or `to`. */
function nextMark(s: SentenceScope, from: number, to: number): number {
  for (let k = from; k < to; k++) if (DOUBLE_QUOTE_MARKS.has(s.ctx.tokens[k].text)) return k;
  return to;
}

/**
 * 'Robert Tapsfield criticised the existing system. "There is just no logic to a system which
 * values children differently."': a sentence that is all quotation, with no attribution of its
 * own, is said by whoever spoke or took a stand in the sentence before (across one paragraph
 * break at most); a quotation it leaves open goes on in the sentences after it.
 */
export function standaloneQuote(doc: AnnotatedText, sentence: Sentence, ctx: ChunkContext, out: Candidate[]): void {
  const { tokens } = ctx;
  const start = firstToken(tokens, sentence);
  // (The cheap test first: most sentences open with no quote mark.)
  if (!opensQuote(tokens, start, sentence.tokenEnd) || sentence.index === 0) return;
  const s: SentenceScope = { doc, sentence, chunks: [], ctx, out };
  const close = nextMark(s, start + 1, sentence.tokenEnd);
  // Words after the closing mark: an attribution or a title in quotes ('"Hotel Rwanda" won').
  for (let k = close + 1; k < sentence.tokenEnd; k++) if (tokens[k].pos !== 'PUNCT' && tokens[k].pos !== 'SPACE') return;
  const speaker = previousSpeaker(s);
  if (speaker < 0) return;
  sayIn(s, sentence, start + 1, close, speaker);
  if (close >= sentence.tokenEnd) laterQuoteSentences(s, speaker, true);
}

/** Verbs by which the sentence before a quotation shows who speaks in it. */
const SPEAKING = new Set(['say', 'tell', 'add', 'warn', 'criticise', 'criticize', 'insist', 'argue', 'claim', 'explain', 'admit', 'deny', 'praise',
  'welcome', 'urge', 'condemn', 'dismiss', 'defend', 'attack', 'describe', 'call', 'stress', 'predict', 'confirm', 'reveal', 'announce', 'believe', 'believes']);

/** The subject of the last speaking candidate of the sentence before (one paragraph break allowed), a person or organisation; -1 if none. */
function previousSpeaker(s: SentenceScope): number {
  const previous = s.sentence.index - 1;
  const gap = s.doc.text.slice(s.doc.sentences[previous].end, s.sentence.start);
  if ((gap.match(/\n/g)?.length ?? 0) > 2) return -1;
  for (let i = s.out.length - 1; i >= 0; i--) {
    const c = s.out[i];
    if (c.sentence < previous) break;
    if (c.sentence !== previous || c.subject.kind !== 'entity' || c.negated) continue;
    const verb = c.predicate.split(' ')[0];
    const type = s.ctx.entities[c.subject.entity]?.type;
    if (SPEAKING.has(verb) && (type === 'PERSON' || type === 'ORG')) return c.subject.entity;
  }
  return -1;
}

/**
 * '"We are still disappointed with our last game. We are determined to right the wrongs," he
 * said.': when the attributed sentence has no opening mark of its own, the quotation began in an
 * earlier sentence of the paragraph (one opening with a quote mark, with none between); that
 * sentence and those between are said by the same speaker too.
 */
function earlierQuoteSentences(s: SentenceScope, end: number, speaker: number): void {
  if (nextMark(s, s.sentence.tokenStart, end) < end) return;
  const sentences = s.doc.sentences;
  const between: Sentence[] = [];
  for (let i = s.sentence.index - 1; i >= 0 && i >= s.sentence.index - MAX_QUOTE_SENTENCES; i--) {
    const earlier = sentences[i];
    if (s.doc.text.slice(earlier.end, sentences[i + 1].start).includes('\n')) return;
    const first = firstToken(s.ctx.tokens, earlier);
    const opens = opensQuote(s.ctx.tokens, first, earlier.tokenEnd);
    if (nextMark(s, opens ? first + 1 : first, earlier.tokenEnd) < earlier.tokenEnd) return;
    if (!opens) { between.push(earlier); continue; }
    sayIn(s, earlier, first + 1, earlier.tokenEnd, speaker);
    for (const b of between) sayIn(s, b, b.tokenStart, b.tokenEnd, speaker);
    return;
  }
}

/**
 * The quotation goes on after sentence `s` in the same voice: '"...," said Park Seung. "The
 * worst seems to have passed."' (a quotation opening the next sentence of the paragraph, with no
 * attribution of its own), or 'Mr Brown said: "We will cut taxes. We will ... families."' (the
 * sentences of a quotation still open). `open`: the quotation is still open at the end of `s`.
 */
function laterQuoteSentences(s: SentenceScope, speaker: number, open: boolean): void {
  const { tokens } = s.ctx;
  const sentences = s.doc.sentences;
  for (let i = s.sentence.index + 1; i < sentences.length && i <= s.sentence.index + MAX_QUOTE_SENTENCES; i++) {
    const next = sentences[i];
    let start = firstToken(tokens, next);
    // ("... this year.\n\n"We are ready ...": a quotation still open at a paragraph break goes on
    // when the next paragraph opens with a quote mark, the news convention; otherwise it ended.)
    const reopens = opensQuote(tokens, start, next.tokenEnd);
    if (s.doc.text.slice(sentences[i - 1].end, next.start).includes('\n') && !(open && reopens)) return;
    if (!open) {
      if (!reopens) return;
      start++;
      open = true;
    } else if (reopens) {
      // ('... the television schedule. "All my players are tired."': a mark that reopens the open quotation.)
      start++;
    }
    const close = nextMark(s, start, next.tokenEnd);
    // (An attribution of its own after the closing mark is quoteRelations' job for that sentence.)
    for (let k = close; k < next.tokenEnd; k++) if (tokens[k].pos === 'VERB' && (REPORTING_VERBS.has(tokens[k].lemma) || tokens[k].lemma === 'tell')) return;
    sayIn(s, next, start, close, speaker);
    if (close < next.tokenEnd) return;
  }
}


function isMark(s: SentenceScope, c: Chunk | undefined, marks: ReadonlySet<string>): boolean {
  return !!c && c.kind === 'PUNCT' && c.end - c.start === 1 && marks.has(tok(s, c.start).text);
}

/** The speaker entity of "said X" / "X said" at chunk `j`, or -1. */
function speakerAfter(s: SentenceScope, j: number): number {
  const { chunks } = s;
  const a = chunks[j];
  if (reporting(a)) {
    const after = speakerPhrase(s, j + 1);
    if (after.entity >= 0) return after.entity;
    // '"...," said the organiser, Sarah Mukasa.'
    if (chunks[j + 1]?.kind === 'NP' && isMark(s, chunks[j + 2], COMMA) && named(chunks[j + 3]) >= 0) return named(chunks[j + 3]);
    return -1;
  }
  const first = speakerPhrase(s, j);
  if (first.entity >= 0 && reporting(chunks[first.next])) return first.entity;
  if (a?.kind !== 'NP' || !isMark(s, chunks[j + 1], COMMA)) return -1;
  // '"...," the play's organiser, Sarah Mukasa, told the BBC': a description, then the name set off by commas.
  if (named(a) < 0 && named(chunks[j + 2]) >= 0 && isMark(s, chunks[j + 3], COMMA) && reporting(chunks[j + 4])) return named(chunks[j + 2]);
  // '"...," Jim Smith, chief executive of Acme, said': a name, then an apposition set off by commas.
  if (named(a) >= 0) {
    for (let q = j + 2; q < chunks.length && q <= j + 10; q++) {
      const c = chunks[q];
      if (c.kind === 'VG' || c.kind === 'SC' || c.kind === 'REL') return -1;
      if (isMark(s, c, COMMA)) return reporting(chunks[q + 1]) ? named(a) : -1;
    }
  }
  return -1;
}

/** Speaker words that stand for a body named after them ("a spokesman for the LSE"). */
const SPOKESPERSONS = new Set([...SPOKESPERSON_HEADS, 'official', 'source']);

/**
 * The speaker a phrase at chunk `j` names and the chunk after it: a name (or a pronoun the
 * resolver linked), a description standing for the story's body ("the company", "the firm"), or
 * a spokesperson of a named body ("a spokesman for the LSE"); entity -1 when none.
 */
function speakerPhrase(s: SentenceScope, j: number): { entity: number; next: number } {
  const { chunks } = s;
  const c = chunks[j];
  if (c?.kind !== 'NP') return { entity: -1, next: j };
  if (c.np!.entity >= 0) return { entity: c.np!.entity, next: j + 1 };
  if (SPOKESPERSONS.has(tok(s, c.head).normal) && chunks[j + 1]?.kind === 'P' && ['for', 'at', 'of'].includes(tok(s, chunks[j + 1].start).normal)
    && named(chunks[j + 2]) >= 0) return { entity: named(chunks[j + 2]), next: j + 3 };
  const actor = actorOf(s, c, true);
  return { entity: actor.factor >= 0.7 ? actor.entity : -1, next: j + 1 };
}

const COMMA = new Set([',']);
const OPENING_BRACKET = new Set(['(']);
const CLOSING_BRACKET = new Set([')']);

/** A verb that attributes a quotation: a reporting verb, "told" ('"...," Sarah Mukasa told the BBC'), "warned"... */
function reporting(c: Chunk | undefined): boolean {
  return c?.kind === 'VG' && (REPORTING_VERBS.has(c.vg!.lemma) || ATTRIBUTING_VERBS.has(c.vg!.lemma)) && !c.vg!.negated;
}

/** The entity a noun phrase chunk names, or -1. */
function named(c: Chunk | undefined): number {
  return c?.kind === 'NP' ? c.np!.entity : -1;
}

/**
 * The quoted words of the sentence ending at token `end` (the comma before the closing mark):
 * from after the opening mark, or the sentence start when the quotation began in an earlier
 * sentence, cut to MAX_QUOTE_TOKENS words; undefined when fewer than three words remain.
 */
function quotedText(s: SentenceScope, end: number): string | undefined {
  const { tokens } = s.ctx;
  let start = s.sentence.tokenStart;
  for (let k = end - 1; k >= s.sentence.tokenStart; k--) {
    if (OPENING_QUOTE_MARKS.has(tokens[k].text) && (k === s.sentence.tokenStart || tokens[k - 1].pos === 'PUNCT' || tokens[k + 1]?.spaceBefore === false)) { start = k + 1; break; }
  }
  while (start < end && (tokens[start].pos === 'PUNCT' || tokens[start].pos === 'SPACE')) start++;
  // "With the figures the worst in years, these numbers are very charged politically": after an
  // opening phrase, the last comma-separated part with a verb of its own is the statement.
  for (let k = end - 4; k > start; k--) {
    if (tokens[k].text !== ',') continue;
    let verb = false;
    for (let m = k + 1; m < end; m++) if (tokens[m].pos === 'VERB' || tokens[m].pos === 'AUX') { verb = true; break; }
    // "..., which is a timely one", "..., that consumers have seen": a dependent clause is no statement;
    // nor is a participle phrase ("..., based on our research").
    if (tokens[k + 1].pos === 'VERB' && /(ed|ing)$/.test(tokens[k + 1].normal)) continue;
    if (verb && !DEPENDENT_OPENERS.has(tokens[k + 1].normal)) start = k + 1;
    break;
  }
  if (DEPENDENT_OPENERS.has(tokens[start]?.normal ?? '')) return undefined;
  return quoteWords(s, start, end);
}

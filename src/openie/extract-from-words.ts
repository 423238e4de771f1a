// The Open IE patterns over one sentence's words: verb groups become relations, noun chunks
// to their left become subjects (through relative pronouns and verb coordination), and the
// clause to their right becomes the object and n-ary arguments. Extra patterns add the
// "be"/"has" tuples that appositions, possessives and copulas imply.
import type { OpenIeTuple, TuplePattern, TupleSpans, Word } from './types.ts';
import { chunkNouns, type NounChunks } from './noun-chunks.ts';
import { GERUNDLESS_CLAUSE_VERBS, findVerbGroups, type VerbGroup } from './verb-groups.ts';
import { retagWords, retagWordsInPlace } from './retag-words.ts';
import { featureVector, scoreFeatureVector, scoreTuple, type TupleFeatures } from './confidence.ts';
import {
  CLAUSE_VERBS, REPORTING_VERBS, isClauseOpener, isGerund, isParticiple, isCconj, isComma, isNegation, isQuote, isRelativePronoun,
} from './word-classes.ts';

type Span = [number, number];

/** A tuple before texts and confidence are filled in; relation parts are word indices or literal words. */
interface Draft {
  relation: Array<number | string>;
  args: Span[];
  negated: boolean;
  pattern: TuplePattern;
  /** Lower-ranked alternative reading of a tuple already emitted. */
  variant: boolean;
  /** One conjunct of a coordinated argument ("A and B" -> A, B). */
  conjunct?: boolean;
}

interface Context {
  words: Word[];
  np: NounChunks;
  groups: VerbGroup[];
  /** Verb group index of each word, or -1 (a plain array: a typed array this small costs more to allocate). */
  groupOf: number[];
  /** Sentence-initial adverbial ("In 1941 ,") shared by the main clause, or undefined. */
  front: Span | undefined;
}

/** Implied copulas carry no tense, so they use the lemma ("be"), as Open IE systems and CaRB's matcher do. */
const IMPLIED_BE = 'be';
/** Prepositions that place a noun ("the Louvre in Paris"): a relative after the place may be the noun's. */
const PLACING_PREPOSITIONS = new Set(['in', 'at']);
/** Prepositions that rarely sit inside a noun phrase (they open clauses or adverbials). */
const CLAUSAL_PREPOSITIONS = new Set(['than', 'after', 'before', 'until', 'since', 'during', 'because', 'despite', 'although', 'though', 'while', 'unlike', 'like', 'as', 'if']);
const PARTICLE_ADVERBS = new Set(['back', 'away', 'out', 'up', 'down', 'off', 'over', 'forward', 'together', 'along', 'apart', 'ahead', 'home', 'aside']);
const END_PUNCT = new Set(['.', '?', '!']);
const HARD_STOPS = new Set([';', ':', '--', '(', '-LRB-', '[', '-LSB-', ')', '-RRB-']);

/** Extract tuples from one sentence given as words; spans index into `input`. */
export function extractFromWords(input: readonly Word[]): OpenIeTuple[] {
  if (input.length === 0) return [];
  const { ctx, kept } = draftTuples(retagWords(input));
  return kept.map((d) => finish(ctx, d, input, kept.length));
}

/**
 * The tuples of `extractFromWords` without their texts and feature vectors, for callers that
 * only read spans and scores (the article pipeline maps them onto its own tokens). Retags
 * `words` in place, so the caller passes words it made for this call.
 */
export function extractSpansFromWords(words: Word[]): TupleSpans[] {
  if (words.length === 0) return [];
  retagWordsInPlace(words);
  const { ctx, kept } = draftTuples(words);
  return kept.map((d) => spansOf(ctx, d, kept.length));
}

/** The deduplicated drafts of a sentence's (retagged) words, in output order. */
function draftTuples(words: Word[]): { ctx: Context; kept: Draft[] } {
  const np = chunkNouns(words);
  // a verb inside a noun chunk (a quoted title such as `` Turning Point '') is not a predicate
  const groups = findVerbGroups(words).filter((g) => !(np.chunkOf[g.head] >= 0));
  const groupOf = new Array<number>(words.length).fill(-1);
  groups.forEach((g, id) => { for (let k = g.start; k < g.end; k++) groupOf[k] = id; });
  const ctx: Context = { words, np, groups, groupOf, front: frontAdverbial(words, np, groups) };

  const drafts: Draft[] = [];
  const subjects: Array<Span | undefined> = new Array(groups.length).fill(undefined);
  const gaps: Array<Span | undefined> = new Array(groups.length).fill(undefined);
  groups.forEach((g, id) => {
    const found = findSubject(ctx, id, subjects, gaps);
    subjects[id] = found?.span;
    if (!found) {
      drafts.push(...invertedAttribution(ctx, g));
      return;
    }
    // "the system which he patented": the antecedent is the verb's missing object
    gaps[id] = found.pattern === 'coordinated' ? gaps[id - 1] : objectGap(ctx, found.span);
    drafts.push(...predicateTuples(ctx, g, found, gaps[id]));
  });
  // "Joining the task force , Hazelwood sortied": an opening participle shares the main clause's subject
  const opener = groups[0];
  if (opener && !subjects[0] && (opener.start === 0 || ctx.front && opener.start === ctx.front[1] + 1) && (opener.nonFinite || isGerund(words[opener.head]) || isParticiple(words[opener.head]))) {
    const main = groups.findIndex((g, id) => id > 0 && subjects[id] !== undefined && isComma(words[subjects[id]![0] - 1]));
    if (main > 0) drafts.push(...predicateTuples(ctx, opener, { span: subjects[main]!, pattern: 'participle' }));
  }
  drafts.push(...appositionTuples(ctx), ...possessiveTuples(ctx), ...exampleTuples(ctx), ...titleTuples(ctx), ...locativeTuples(ctx));
  const primary = drafts.length;
  for (let k = 0; k < primary; k++) for (const c of conjunctTuples(ctx, drafts[k])) drafts.push(c);
  for (const d of drafts) d.args = d.args.map((a) => trimArgument(words, a));
  return { ctx, kept: dedupe(drafts) };
}

// --- subjects -------------------------------------------------------------------------------

/** The noun phrase ending just before `end` (exclusive), extended left over "of"/PP chains. */
function nounPhraseEndingAt(ctx: Context, end: number, stopAt: number, inClause = false): Span | undefined {
  const { chunkOf, chunks } = ctx.np;
  const last = end - 1;
  if (last < 0 || !(chunkOf[last] >= 0)) return undefined;
  let start = chunks[chunkOf[last]].start;
  // "the leaders of the union", "the Institute for Policy Studies in Washington"
  while (start - 2 >= stopAt && ctx.words[start - 1].pos === 'ADP' && chunkOf[start - 2] >= 0 && !CLAUSAL_PREPOSITIONS.has(ctx.words[start - 1].lower)) {
    let before = chunks[chunkOf[start - 2]].start;
    // "People close to the talks": an adjective phrase after its noun
    if (ctx.words[before].pos === 'ADJ' && chunks[chunkOf[start - 2]].end - before === 1 && before - 1 >= stopAt && chunkOf[before - 1] >= 0) {
      before = chunks[chunkOf[before - 1]].start;
    }
    // a PP opening the clause ("In 2003 the company said") is not part of the subject
    // (a relative's antecedent inside a verb's PP is: "run by the Louvre in Paris, which ...")
    if ((!inClause || !PLACING_PREPOSITIONS.has(ctx.words[start - 1].lower)) && before > 0 && ctx.words[before - 1].pos === 'ADP' && (before === 1 || !(chunkOf[before - 2] >= 0))) break;
    start = before;
  }
  return [start, end];
}

/** A subject ending before `end`, including a coordination ("Sikorsky and Boeing") when it opens the clause. */
function subjectEndingAt(ctx: Context, end: number, stopAt: number): Span | undefined {
  const span = nounPhraseEndingAt(ctx, end, stopAt);
  if (!span) return undefined;
  const { words } = ctx;
  let start = span[0];
  let extended = start;
  while (extended - 2 >= stopAt && (isCconj(words[extended - 1]) && /^(and|or)$/.test(words[extended - 1].lower) || isComma(words[extended - 1]))) {
    const left = nounPhraseEndingAt(ctx, extended - 1, stopAt);
    if (!left) break;
    extended = left[0];
    if (!isComma(words[extended - 1])) break;
  }
  if (extended < start) {
    const before = words[extended - 1];
    const opensClause = extended === stopAt || extended === 0 || before !== undefined
      && (before.pos === 'SCONJ' || isRelativePronoun(before) || HARD_STOPS.has(before.text) || before.text === ',' && !(ctx.groupOf[extended - 2] >= 0));
    if (opensClause && words.slice(extended, start).some((w) => isCconj(w))) start = extended;
  }
  return [start, span[1]];
}

/** The noun phrase starting at `start` with its "of" complements ("the CEO of Apple"). */
function nounPhraseFrom(ctx: Context, start: number): Span | undefined {
  const { chunkOf, chunks } = ctx.np;
  if (!(chunkOf[start] >= 0)) return undefined;
  let end = chunks[chunkOf[start]].end;
  while (end + 1 < ctx.words.length && ctx.words[end].lower === 'of' && chunkOf[end + 1] >= 0) {
    end = chunks[chunkOf[end + 1]].end;
  }
  return [start, end];
}

interface FoundSubject {
  span: Span;
  pattern: TuplePattern;
  /** Words before the verb group that belong to the relation ("was the only ship" + "to enter"). */
  prefix?: Span;
  /** Drop the infinitive marker from the relation ("lobby for", not "to lobby for"). */
  dropTo?: boolean;
}

function findSubject(ctx: Context, id: number, subjects: Array<Span | undefined>, gaps: Array<Span | undefined> = []): FoundSubject | undefined {
  const { words, groups } = ctx;
  const g = groups[id];
  let k = g.start - 1;
  while (k >= 0 && (words[k].pos === 'ADV' && !isRelativePronoun(words[k]) || isNegation(words[k]))) k--;
  if (k < 0) return undefined;
  const w = words[k];
  const stopAt = ctx.front ? ctx.front[1] : 0;
  const previous = id > 0 ? groups[id - 1] : undefined;
  const prevSubject = id > 0 ? subjects[id - 1] : undefined;

  // "X , who founded Y" / "an opening that led to"
  if (isRelativePronoun(w) && w.lower !== 'where' && w.lower !== 'whose') {
    let m = k - 1;
    if (isComma(words[m])) m--;
    // the antecedent with its prepositional phrases, back to the previous verb
    const floor = previous ? previous.end : 0;
    const antecedent = m >= floor ? nounPhraseEndingAt(ctx, m + 1, floor, previous !== undefined) : undefined;
    if (!antecedent) return undefined;
    return { span: [Math.max(antecedent[0], floor, stopAt > antecedent[0] ? stopAt : 0), m + 1], pattern: 'relative' };
  }
  // "the space that this ride occupied was turned into": the object relative clause closes here
  if (previous && k === previous.end - 1 && gaps[id - 1] && subjects[id - 1]) {
    return { span: [gaps[id - 1]![0], k + 1], pattern: g.copula ? 'copula' : 'verb' };
  }
  // "X founded A and sold B": the second verb shares the first one's subject
  if (isCconj(w) || isComma(w) && g.nonFinite && previous && prevSubject) {
    if (previous && prevSubject) {
      // "were mobilized and recalled": the second verb shares the first one's auxiliaries
      let auxEnd = previous.start;
      while (auxEnd < previous.end && (words[auxEnd].pos === 'AUX' || isNegation(words[auxEnd]))) auxEnd++;
      const ownAux = words.slice(g.start, g.end).some((x) => x.pos === 'AUX');
      const sameForm = isGerund(words[previous.head]) ? isGerund(words[g.head]) : isParticiple(words[previous.head]) && isParticiple(words[g.head]) && !isGerund(words[g.head]);
      // a passive's "be" does not carry over to a verb with a direct object ("was received and inspired Ruby")
      const objectFollows = words[g.end] !== undefined && ['DET', 'PROPN', 'NOUN', 'PRON', 'NUM'].includes(words[g.end].pos);
      const share = isCconj(w) && !ownAux && !g.infinitive && auxEnd > previous.start && auxEnd < previous.end && words[g.head].pos === 'VERB' && sameForm
        && !(previous.passive && objectFollows);
      return { span: prevSubject, pattern: isCconj(w) ? 'coordinated' : 'participle', ...(share ? { prefix: [previous.start, auxEnd] as Span } : {}) };
    }
    return undefined;
  }
  if (isComma(w) && isCconj(words[k + 1])) return undefined;
  // "The album , released in 2000 , ...": a participle describing the noun before the comma
  if (isComma(w) && g.nonFinite && !previous && ctx.np.chunkOf[k - 1] >= 0) {
    const span = subjectEndingAt(ctx, k, stopAt <= k - 1 ? stopAt : 0);
    return span ? { span, pattern: 'participle' } : undefined;
  }
  // "Apple , the maker of the iPhone , said", "The plan , announced last week , angered",
  // "Ana Lopez , who founded X , said": skip the parenthetical back to the noun it describes
  // "The University of Florida however , refused": a sentence adverb and comma after the subject
  if (isComma(w) && (words[k - 1]?.pos === 'ADV' || words[k - 1]?.pos === 'SCONJ') && ctx.np.chunkOf[k - 2] >= 0 && !isComma(words[k - 2]) && previousComma(words, k) < 0) {
    const span = subjectEndingAt(ctx, k - 1, Math.min(stopAt, k - 2));
    if (span && (span[0] === 0 || span[0] === stopAt || isComma(words[span[0] - 1]) && span[0] - 1 === (ctx.front?.[1] ?? -1))) return { span, pattern: 'verb' };
  }
  if (isComma(w) && !g.infinitive && !(g.nonFinite && previous && prevSubject)) {
    let close = k;
    for (let segment = 0; segment < 3; segment++) {
      const open = previousComma(words, close);
      if (open <= 0 || !isParenthetical(ctx, open + 1, close)) return undefined;
      // "Boyer and Cohen , for instance , both researchers , had": skip several in a row
      const before = previousComma(words, open);
      if (before > 0 && (words[before + 1].pos === 'ADP' || words[before + 1].pos === 'ADV') && isParenthetical(ctx, before + 1, open)) {
        close = open;
        continue;
      }
      if (!(ctx.np.chunkOf[open - 1] >= 0)) return undefined;
      const head = subjectEndingAt(ctx, open, stopAt <= open - 1 ? stopAt : 0);
      const afterFront = ctx.front !== undefined && head !== undefined && head[0] - 1 === ctx.front[1];
      if (!head || head[0] > 0 && isComma(words[head[0] - 1]) && ctx.np.chunkOf[head[0] - 2] >= 0 && !afterFront) return undefined;
      if (head[0] > 0 && ctx.groupOf[head[0] - 1] >= 0 && !isComma(words[head[0] - 1])) return undefined; // an object, not a subject
      return { span: head, pattern: 'verb' };
    }
    return undefined;
  }
  if (g.infinitive) {
    if (!previous || !prevSubject) return undefined;
    // "was the only ship to enter", "is necessary to climb": the copula's complement joins the relation
    let nominal = g.start > previous.end && g.start - previous.end <= 8;
    for (let b = previous.end; nominal && b < g.start; b++) nominal = ctx.np.chunkOf[b] >= 0 || words[b].pos === 'ADJ' || words[b].pos === 'ADV';
    if (previous.copula && nominal) {
      return { span: prevSubject, pattern: 'copula', prefix: [previous.start, g.start] };
    }
    // "enlists his friends to travel": the object between the verbs is the doer
    if (ctx.np.chunkOf[k] >= 0 && k >= previous.end) {
      const span = nounPhraseEndingAt(ctx, k + 1, previous.end);
      return span ? { span, pattern: 'participle', dropTo: true } : undefined;
    }
    return undefined;
  }
  if (ctx.np.chunkOf[k] >= 0) {
    // the relative pronoun chunk itself ("which" tagged as a chunk) is handled above
    let span = subjectEndingAt(ctx, k + 1, Math.min(stopAt, k));
    if (!span) return undefined;
    // "Johnson Lane Inc. this year adds": a time expression between subject and verb
    if (isTimeExpression(words, span[0], span[1]) && span[0] > 0 && ctx.np.chunkOf[span[0] - 1] >= 0) {
      span = subjectEndingAt(ctx, span[0], Math.min(stopAt, span[0] - 1)) ?? span;
    }
    // "... and in 2012 belonged to": a fronted PP after a conjunction, the subject is shared
    if (span[0] >= 2 && words[span[0] - 1].pos === 'ADP' && isCconj(words[span[0] - 2]) && previous && prevSubject) {
      return { span: prevSubject, pattern: 'coordinated' };
    }
    // "duties specified for freed slaves became common": a bare participle after a noun is
    // a reduced relative clause, so the subject starts before it
    const p = span[0] - 1 >= 0 ? ctx.groupOf[span[0] - 1] : -1;
    // "the Moonies who remained faithful to Moon are now parents": the relative clause is part of the subject
    if (p >= 0 && p === id - 1 && groups[p].start > 0 && isRelativePronoun(words[groups[p].start - 1]) && subjects[p]) {
      return { span: [subjects[p]![0], k + 1], pattern: g.copula ? 'copula' : 'verb' };
    }
    if (p >= 0 && p === id - 1) {
      const pg = groups[p];
      const participle = pg.end - pg.start === 1 && words[pg.head].pos === 'VERB' && /(ed|en|wn|lt|ng)$/.test(words[pg.head].lower);
      if (participle && pg.start > 0 && ctx.np.chunkOf[pg.start - 1] >= 0 && words[pg.end]?.pos === 'ADP') {
        const outer = nounPhraseEndingAt(ctx, pg.start, Math.min(stopAt, pg.start - 1));
        if (outer) return { span: [outer[0], k + 1], pattern: g.copula ? 'copula' : 'verb' };
      }
    }
    return { span, pattern: g.copula ? 'copula' : 'verb' };
  }
  // quoted subject: `` Velocity '' was
  if (isQuote(w) && k > 0 && ctx.np.chunkOf[k] >= 0) return { span: nounPhraseEndingAt(ctx, k + 1, 0)!, pattern: 'verb' };
  return undefined;
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']);

/** Does a date or year start at `k` ("1841", "January 2005", "12 July 2006", "the 1890s")? */
function datePhraseAt(ctx: Context, k: number): boolean {
  const { words, np } = ctx;
  if (!(np.chunkOf[k] >= 0)) return false;
  const chunk = np.chunks[np.chunkOf[k]];
  // the chunk's words after `k` other than determiners: one to four, each a number, month or decade
  let count = 0;
  let dateWords = true;
  for (let j = k; j < chunk.end; j++) {
    const w = words[j];
    if (w.pos === 'DET') continue;
    count++;
    if (!(w.pos === 'NUM' || MONTHS.has(w.lower) || /^\d{4}s$/.test(w.lower))) dateWords = false;
  }
  if (count === 0 || count > 4) return false;
  return dateWords || isTimeExpression(words, k, chunk.end);
}

const TIME_NOUNS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'today', 'yesterday', 'tomorrow', 'quarter', 'season', 'time', 'morning', 'evening', 'night', 'decade', 'century']);

const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that', 'each', 'every', 'the', 'a', 'one', 'two', 'three']);

/** "this year", "last week", "yesterday": words [s, e) are a bare time expression. */
function isTimeExpression(words: readonly Word[], s: number, e: number): boolean {
  if (e - s <= 0 || e - s > 3) return false;
  return TIME_NOUNS.has(words[e - 1].lower) && (e - s === 1 || TIME_DETERMINERS.has(words[s].lower));
}

/** Index of the comma before `k` within a short window (stopping at hard punctuation), or -1. */
function previousComma(words: readonly Word[], k: number): number {
  for (let c = k - 1; c >= 0 && k - c <= 25; c--) {
    if (isComma(words[c])) return c;
    if (HARD_STOPS.has(words[c].text)) return -1;
  }
  return -1;
}

/** Is [s, e) a parenthetical (apposition, relative clause, participle or PP) between commas? */
function isParenthetical(ctx: Context, s: number, e: number): boolean {
  const { words, groups } = ctx;
  const inner = words[s];
  if (!inner || s >= e) return false;
  const innerGroup = ctx.groupOf[s];
  const relative = isRelativePronoun(inner);
  const opens = ctx.np.chunkOf[s] >= 0 && !relative && !isCconj(inner) || relative
    || innerGroup >= 0 && groups[innerGroup].nonFinite || inner.pos === 'ADP' || inner.pos === 'ADV' || inner.pos === 'SCONJ' && e - s === 1;
  if (!opens) return false;
  // ", these analysts added ,": a reporting aside
  const asideGroup = ctx.groupOf[e - 1];
  if (asideGroup >= 0 && REPORTING_VERBS.has(words[groups[asideGroup].head].lemma) && groups[asideGroup].end === e && ctx.np.chunkOf[groups[asideGroup].start - 1] >= 0
    && ctx.np.chunks[ctx.np.chunkOf[groups[asideGroup].start - 1]].start === s) {
    return true;
  }
  // a finite verb inside (other than in a relative clause) means the comma ends a clause
  for (let d = s; d < e; d++) {
    const gi = ctx.groupOf[d];
    if (gi >= 0 && !groups[gi].nonFinite && !relative) return false;
  }
  return true;
}

/** Extend a noun phrase start leftwards over "X of" ("the son of" + "the king"). */
function ofChainStart(ctx: Context, start: number): number {
  const { chunkOf, chunks } = ctx.np;
  let s = start;
  while (s - 2 >= 0 && ctx.words[s - 1].lower === 'of' && chunkOf[s - 2] >= 0) s = chunks[chunkOf[s - 2]].start;
  return s;
}

// --- objects ----------------------------------------------------------------------------------

/** Sentence-initial adverbial before the first comma, with no verb in it ("Earlier this year ,"). */
function frontAdverbial(words: readonly Word[], np: NounChunks, groups: readonly VerbGroup[]): Span | undefined {
  const first = words[0];
  let comma = words.findIndex((w) => w.text === ',');
  if (comma < 0 || comma > 8 || groups.length > 0 && groups[0].start < comma) {
    // "After a short absence Keibler began": a PP directly followed by the subject
    if (first.pos !== 'ADP' || !(np.chunkOf[1] >= 0)) return undefined;
    const objectEnd = np.chunks[np.chunkOf[1]].end;
    if (!(np.chunkOf[objectEnd] >= 0) || groups.length === 0 || groups[0].start <= objectEnd) return undefined;
    return [0, objectEnd];
  }
  if (!words.slice(0, comma).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM')) return undefined;
  const opensAdverbial = first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' && !isClauseOpener(first)
    || /^(earlier|later|last|next|this|in|on|at|during|after|before|since|from|by)$/.test(first.lower);
  if (!opensAdverbial || isClauseOpener(first)) return undefined;
  if (!(np.chunkOf[comma + 1] >= 0) && !isQuote(words[comma + 1])) return undefined;
  comma = Math.max(comma, 1);
  return [0, comma];
}

/** Is the comma at `c` inside a list or apposition of noun phrases ("A , B and C", "Dearborn , Mich. ,")? */
function listComma(ctx: Context, c: number): boolean {
  const { words, np } = ctx;
  let j = c + 1;
  if (isCconj(words[j])) j++;
  const phrase = np.chunkOf[j] >= 0 ? nounPhraseFrom(ctx, j) : undefined;
  if (!phrase) return false;
  const after = words[phrase[1]];
  if (ctx.groupOf[phrase[1]] >= 0 && !ctx.groups[ctx.groupOf[phrase[1]]].infinitive) return false; // ", the workers were ..." opens a clause
  // ", he and Stephanie grow closer": a coordinated subject of a new clause
  if (isCconj(after) && np.chunkOf[phrase[1] + 1] >= 0) {
    const last = nounPhraseFrom(ctx, phrase[1] + 1)!;
    if (ctx.groupOf[last[1]] >= 0) return false;
  }
  if (isCconj(words[c + 1])) return after === undefined || END_PUNCT.has(after.text) || isComma(after);
  return after !== undefined && (isComma(after) || isCconj(after) && np.chunkOf[phrase[1] + 1] >= 0);
}

/** End (exclusive) of the clause material after a predicate starting at `from`. */
function clauseEnd(ctx: Context, from: number, untilSentenceEnd: boolean): number {
  const { words, groupOf } = ctx;
  let j = from;
  let quoteDepth = 0;
  for (; j < words.length; j++) {
    const w = words[j];
    if (END_PUNCT.has(w.text) && j >= words.length - 2) break;
    if (w.text === '``' || w.text === '"' && quoteDepth === 0) { quoteDepth++; continue; }
    if (w.text === "''" || w.text === '"') { quoteDepth = Math.max(0, quoteDepth - 1); continue; }
    if (untilSentenceEnd) {
      if (w.text === ';') break;
      continue;
    }
    if (HARD_STOPS.has(w.text)) break;
    if (isComma(w)) {
      if (listComma(ctx, j)) continue;
      break;
    }
    // "the idea of running workshops", "by putting together a petition": a gerund after a preposition stays inside
    if (j > from && groupOf[j] >= 0 && words[j - 1].pos === 'ADP' && words[j - 1].lower !== 'to' && isGerund(w) && ctx.groups[groupOf[j]].start === j) continue;
    if (j > from && groupOf[j] >= 0 && !(w.lower === 'to' && groupOf[j] === groupOf[j - 1])) {
      break;
    }
    if (isRelativePronoun(w) && w.lower !== 'that' && !(w.lower === 'which' && ctx.np.chunkOf[j] >= 0 && isHeadNoun(words[j + 1]))) break;
    if (w.lower === 'that' && j > from && w.pos !== 'DET') break;
    if (w.lower === 'that' && j > from && w.pos === 'DET' && !isHeadNoun(words[j + 1]) && words[j + 1]?.pos !== 'ADJ') break;
    if (isClauseOpener(w) && j > from) break;
    // "until he switched", "when results were sluggish": a connective opening a clause
    if (j > from && (w.pos === 'ADP' || w.pos === 'SCONJ' || w.pos === 'ADV') && startsClause(ctx, j + 1)) {
      break;
    }
    if (isCconj(w)) {
      // "and sold B" / "and the workers were ..." start a new predicate
      let k = j + 1;
      while (k < words.length && (words[k].pos === 'ADV')) k++;
      if (groupOf[k] >= 0) break;
      const phrase = ctx.np.chunkOf[k] >= 0 ? nounPhraseFrom(ctx, k) : undefined;
      if (phrase && groupOf[phrase[1]] >= 0) break;
      // "and after serving ...": a conjunction not joining two noun phrases ends the argument
      if (!phrase && words[k]?.pos !== 'ADJ' && !isQuote(words[k])) break;
    }
  }
  // trim trailing punctuation and conjunctions
  let end = j;
  while (end > from && (isComma(words[end - 1]) || isCconj(words[end - 1]) || END_PUNCT.has(words[end - 1].text) || words[end - 1].text === '--')) end--;
  return end;
}

function isHeadNoun(w: Word | undefined): boolean {
  return w !== undefined && (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM');
}

/** Split a complement span into the object and following prepositional phrases. */
function splitArguments(ctx: Context, span: Span): Span[] {
  const { words } = ctx;
  const [s, e] = span;
  if (e <= s) return [];
  const cuts: number[] = [s];
  let quoteDepth = 0;
  for (let k = s + 1; k < e; k++) {
    const w = words[k];
    if (w.text === '``') quoteDepth++;
    if (w.text === "''") quoteDepth = Math.max(0, quoteDepth - 1);
    if (quoteDepth > 0) continue;
    const prev = words[k - 1];
    if (w.pos === 'ADP' && !(ctx.np.chunkOf[k] >= 0) && w.lower !== 'of' && w.lower !== 'than' && w.lower !== 'as' && (ctx.np.chunkOf[k - 1] >= 0 || isQuote(prev)) && ctx.np.chunkOf[k + 1] >= 0) {
      cuts.push(k);
    }
  }
  cuts.push(e);
  const out: Span[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) out.push([cuts[c], cuts[c + 1]]);
  return out;
}

const OBJECT_RELATIVES = new Set(['which', 'that', 'whom']);

/** For a subject right after "which/that/whom", the antecedent noun phrase before the pronoun. */
function objectGap(ctx: Context, subject: Span): Span | undefined {
  const rel = subject[0] - 1;
  const w = ctx.words[rel];
  if (!w || !OBJECT_RELATIVES.has(w.lower) || !(ctx.np.chunkOf[subject[0]] >= 0)) return undefined;
  let m = rel - 1;
  if (isComma(ctx.words[m])) m--;
  if (m < 0 || !(ctx.np.chunkOf[m] >= 0)) return undefined;
  return nounPhraseEndingAt(ctx, m + 1, 0);
}

/** Adverbs before a verb that belong to the clause, not the relation. */
const CLAUSE_ADVERBS = new Set(['when', 'where', 'how', 'why', 'however', 'then', 'there', 'here']);

/** Does the word at `k` open a prepositional complement ("in", "for", "as", "to" before a noun)? */
function prepositional(ctx: Context, k: number): boolean {
  const w = ctx.words[k];
  return w !== undefined && (w.pos === 'ADP' || w.pos === 'SCONJ' && (w.lower === 'for' || w.lower === 'as')
    || w.lower === 'to' && w.pos === 'PART' && !(ctx.groupOf[k + 1] >= 0));
}

function opensQuote(w: Word | undefined): boolean {
  return w !== undefined && (w.text === '``' || w.text === '"' || w.text === '“');
}

function predicateTuples(ctx: Context, g: VerbGroup, found: FoundSubject, gap?: Span): Draft[] {
  const { words } = ctx;
  const { span: subject, pattern } = found;
  const relation: Array<number | string> = [];
  if (found.prefix) for (let k = found.prefix[0]; k < found.prefix[1]; k++) relation.push(k);
  // "also suggests", "strictly maintain": adverbs right before the verb belong to the relation
  let adverbStart = g.start;
  while (adverbStart > subject[1] && words[adverbStart - 1].pos === 'ADV' && !CLAUSE_ADVERBS.has(words[adverbStart - 1].lower)) adverbStart--;
  if (!found.prefix && adverbStart < g.start && !isComma(words[adverbStart - 1])) for (let k = adverbStart; k < g.start; k++) relation.push(k);
  for (let k = g.start; k < g.end; k++) if (!(found.dropTo && k === g.start && g.infinitive)) relation.push(k);
  let t0 = g.end;
  const head = words[g.head];
  const clauseVerb = CLAUSE_VERBS.has(head.lemma) && !g.passive;
  const reporting = REPORTING_VERBS.has(head.lemma);
  // "said on Friday that it owns ...": a short PP between a clause verb and "that" becomes an extra argument
  if (clauseVerb && prepositional(ctx, t0) && ctx.np.chunkOf[t0 + 1] >= 0) {
    const pp = nounPhraseFrom(ctx, t0 + 1)!;
    let k = pp[1];
    if (isComma(words[k])) k++;
    if (words[k]?.lower === 'that' && startsClause(ctx, k + 1)) {
      const end = clauseEnd(ctx, k + 1, true);
      const front = ctx.front && subject[0] >= ctx.front[1] ? [ctx.front] : [];
      if (!reporting) relation.push(k);
      return [{ relation, args: [subject, [k + 1, end], [t0, pp[1]], ...front], negated: g.negated, pattern: 'attribution', variant: false }];
    }
  }
  // ReVerb's V P: a preposition right after the verb belongs to the relation, unless it
  // introduces a date ("was readmitted in 1841" keeps "in 1841" as an argument)
  const gapObject = gap && !g.copula && !(ctx.np.chunkOf[t0] >= 0) && !isQuote(words[t0]) ? gap : undefined;
  if (gapObject) {
    // (he; patented; the system; in 1913): the PPs after the verb stay arguments
  } else if (prepositional(ctx, t0) && words[t0].lower !== 'that' && !isClauseOpener(words[t0]) && !datePhraseAt(ctx, t0 + 1)) {
    relation.push(t0);
    t0++;
  } else if (words[t0]?.pos === 'PART' && words[t0].lower !== 'to' && words[t0].lower !== "'s") {
    relation.push(t0); // phrasal particle
    t0++;
  }
  // "recalled back to", "moved away from": an adverbial particle then a preposition
  if (t0 === g.end && words[t0]?.pos === 'ADV' && PARTICLE_ADVERBS.has(words[t0].lower) && prepositional(ctx, t0 + 1) && ctx.np.chunkOf[t0 + 2] >= 0) {
    relation.push(t0, t0 + 1);
    t0 += 2;
  }
  // "finds out about", "switched over to": a particle then a preposition
  if (t0 > g.end && !gapObject && prepositional(ctx, t0) && ctx.np.chunkOf[t0 + 1] >= 0 && words[t0].lower !== 'that' && !isClauseOpener(words[t0])) {
    relation.push(t0);
    t0++;
  }
  let attribution = false;
  // "says , `` We believe ...": the quotation is the content
  if (reporting && (isComma(words[t0]) || words[t0]?.text === ':') && opensQuote(words[t0 + 1])) t0++;
  const thatClause = words[t0]?.lower === 'that' && words[t0].pos !== 'DET' && startsClause(ctx, t0 + 1);
  // ("said reaching a deal could be difficult": an -ing form opens the reported clause, see verb-groups.)
  const gerundClause = t0 === g.end && words[t0]?.pos === 'VERB' && isGerund(words[t0]) && GERUNDLESS_CLAUSE_VERBS.has(head.lemma);
  if (thatClause || gerundClause || clauseVerb && (words[t0]?.lower === 'that' || startsClause(ctx, t0) || reporting && opensQuote(words[t0]) && startsClause(ctx, t0 + 1))) {
    attribution = true;
    // "say that will not happen": here "that" is the clause's subject, not a complementizer
    if (words[t0]?.lower === 'that' && !(ctx.groupOf[t0 + 1] >= 0)) {
      if (!reporting) relation.push(t0);
      t0++;
    }
  }
  const end = clauseEnd(ctx, t0, attribution);
  const drafts: Draft[] = [];
  const front = ctx.front && subject[0] >= ctx.front[1] ? [ctx.front] : [];
  if (gapObject) {
    drafts.push({ relation, args: [subject, gapObject, ...splitArguments(ctx, [t0, end]), ...front], negated: g.negated, pattern, variant: false });
  } else if (end > t0) {
    const args = attribution ? [[t0, end] as Span] : splitArguments(ctx, [t0, end]);
    drafts.push({ relation, args: [subject, ...args, ...front], negated: g.negated, pattern: attribution ? 'attribution' : pattern, variant: false });
    // "was the first Prime Minister of Australia" -> (X; was the first Prime Minister of; Australia)
    if (!attribution) drafts.push(...nounRelationVariant(ctx, relation, subject, [t0, end], g, front));
  } else if (!reporting && end === t0 && words[g.head].pos === 'VERB' && !g.infinitive) {
    // intransitive: "The minister resigned ." -> (The minister; resigned)
    drafts.push({ relation, args: [subject, ...front], negated: g.negated, pattern, variant: false });
  } else if (reporting) {
    // "..., the spokesman said ." / "`` ... , '' she added .": the content is what comes before
    const content = contentBefore(ctx, subject[0]);
    if (content) drafts.push({ relation, args: [subject, content], negated: g.negated, pattern: 'attribution', variant: false });
  }
  return drafts;
}

/** The quoted or reported clause ending at a comma (and closing quote) just before `k`. */
function contentBefore(ctx: Context, k: number): Span | undefined {
  const { words } = ctx;
  let end = k;
  let closing = false;
  if (isQuote(words[end - 1])) { end--; closing = true; }
  if (!isComma(words[end - 1])) return undefined;
  end--;
  const start = closing && isQuote(words[0]) ? 0 : ctx.front && !closing ? ctx.front[1] + 1 : 0;
  if (end - start < 3) return undefined;
  // keep the closing quote after the comma so the quotation reads whole
  return closing ? [start, k] : [start, end];
}

/** "`` ... , '' said Mr. Mills": a reporting verb before its subject. */
function invertedAttribution(ctx: Context, g: VerbGroup): Draft[] {
  const { words } = ctx;
  if (!REPORTING_VERBS.has(words[g.head].lemma) || g.start === 0) return [];
  const content = contentBefore(ctx, g.start);
  if (!content || !(ctx.np.chunkOf[g.end] >= 0)) return [];
  // the content must be a clause (it has a verb of its own)
  let hasVerb = false;
  for (let k = content[0]; k < content[1] && !hasVerb; k++) hasVerb = ctx.groupOf[k] >= 0;
  if (!hasVerb) return [];
  let subject = nounPhraseFrom(ctx, g.end)!;
  // "says Trek 's president , Dick Burke": keep an apposition with the speaker
  if (isComma(words[subject[1]]) && ctx.np.chunkOf[subject[1] + 1] >= 0) {
    const appositive = nounPhraseFrom(ctx, subject[1] + 1)!;
    if (END_PUNCT.has(words[appositive[1]]?.text ?? '.')) subject = [subject[0], appositive[1]];
  }
  const relation: Array<number | string> = [];
  for (let k = g.start; k < g.end; k++) relation.push(k);
  return [{ relation, args: [subject, content], negated: g.negated, pattern: 'attribution', variant: false }];
}

/** Does a clause (noun phrase then verb) start at `k`? */
function startsClause(ctx: Context, k: number): boolean {
  const phrase = ctx.np.chunkOf[k] >= 0 ? nounPhraseFrom(ctx, k) : undefined;
  if (!phrase) return false;
  let j = phrase[1];
  while (j < ctx.words.length && (ctx.words[j].pos === 'ADV' || isQuote(ctx.words[j]))) j++;
  return ctx.groupOf[j] >= 0 && !ctx.groups[ctx.groupOf[j]].infinitive;
}

/**
 * Light-verb and copula readings where the relation absorbs a short noun phrase ending in a
 * preposition: "made an offer on" + "the minimum wage", "was the first Prime Minister of" + "Australia".
 */
function nounRelationVariant(ctx: Context, relation: Array<number | string>, subject: Span, span: Span, g: VerbGroup, front: Span[]): Draft[] {
  const { words } = ctx;
  const [s, e] = span;
  if (relation.length !== g.end - g.start) return []; // already V P
  const chunkId = ctx.np.chunkOf[s];
  if (chunkId < 0) return [];
  const chunk = ctx.np.chunks[chunkId];
  const prep = chunk.end;
  if (prep >= e - 1 || words[prep].pos !== 'ADP' || chunk.end - chunk.start > 6) return [];
  if (words.slice(chunk.start, chunk.end).every((w) => w.pos === 'PROPN' || w.pos === 'NUM')) return [];
  const rest = splitArguments(ctx, [prep + 1, e]);
  const rel: Array<number | string> = [...relation];
  for (let k = chunk.start; k <= prep; k++) rel.push(k);
  return [{ relation: rel, args: [subject, ...rest, ...front], negated: g.negated, pattern: g.copula ? 'copula' : 'verb', variant: true }];
}

// --- coordinated arguments -------------------------------------------------------------------

/** Conjuncts of a coordinated noun phrase ("A , B and C"), or [] when the span is not one. */
function conjuncts(ctx: Context, [s, e]: Span): Span[] {
  const { words, np } = ctx;
  const parts: Span[] = [];
  let k = s;
  while (k < e) {
    const phrase = np.chunkOf[k] >= 0 ? nounPhraseFrom(ctx, k) : undefined;
    if (!phrase || phrase[1] > e) return [];
    // "economic and social structures" coordinates adjectives, not noun phrases
    if (!['NOUN', 'PROPN', 'NUM', 'PRON', 'X'].includes(words[phrase[1] - 1].pos)) return [];
    parts.push(phrase);
    k = phrase[1];
    if (k >= e) break;
    if (isComma(words[k])) k++;
    if (isCconj(words[k]) && (words[k].lower === 'and' || words[k].lower === 'or')) k++;
    if (k === phrase[1]) return [];
  }
  return parts.length >= 2 && parts.length <= 8 ? parts : [];
}

/** One extra tuple per conjunct of a coordinated subject ("A and B bought C" -> A bought C, B bought C). */
function conjunctTuples(ctx: Context, d: Draft): Draft[] {
  if (d.variant || d.pattern === 'possessive') return [];
  // only the subject: splitting objects cost CaRB dev precision more than it gained
  return conjuncts(ctx, d.args[0]).map((part) => ({ ...d, args: [part, ...d.args.slice(1)], conjunct: true }));
}

// --- implied "is" / "has" tuples --------------------------------------------------------------

/** "X , the CEO of Y ," -> (X; be; the CEO of Y). */
function appositionTuples(ctx: Context): Draft[] {
  const { words, np } = ctx;
  const out: Draft[] = [];
  for (const chunk of np.chunks) {
    const c = chunk.end;
    if (!isComma(words[c]) || !(np.chunkOf[c + 1] >= 0)) continue;
    if (chunk.start > 0 && isComma(words[chunk.start - 1]) && isCconj(words[c + 1])) continue;
    const first = words.slice(chunk.start, chunk.end);
    if (first.length === 1 && first[0].pos === 'PRON') continue;
    const second = nounPhraseFrom(ctx, c + 1)!;
    const secondWords = words.slice(second[0], second[1]);
    const after = words[second[1]];
    if (!after || !(isComma(after) || END_PUNCT.has(after.text) || after.text === '-RRB-' || after.text === ')')) continue;
    // lists ("A , B , and C", "A , B , C") are not appositions
    if (isComma(after) && isCconj(words[second[1] + 1])) continue;
    if (isComma(after) && np.chunkOf[second[1] + 1] >= 0) {
      const third = nounPhraseFrom(ctx, second[1] + 1)!;
      if (isComma(words[third[1]]) || isCconj(words[third[1]])) continue;
    }
    if (chunk.start > 0 && isComma(words[chunk.start - 1]) && np.chunkOf[chunk.start - 2] >= 0 && isComma(after)) continue;
    if (isRelativePronoun(secondWords[0])) continue;
    const descriptive = secondWords.some((w) => w.pos === 'NOUN') || secondWords[0].pos === 'DET';
    const namesFirst = first.some((w) => w.pos === 'PROPN');
    if (!descriptive || secondWords.every((w) => w.pos === 'PROPN') && namesFirst) continue;
    const subject = ofChainStart(ctx, chunk.start);
    out.push({ relation: [IMPLIED_BE], args: [[subject, chunk.end], second], negated: false, pattern: 'apposition', variant: false });
  }
  return out;
}

/** "rivers such as the Nile and the Danube" -> (rivers; be such as; the Nile), (...; the Danube). */
function exampleTuples(ctx: Context): Draft[] {
  const { words, np } = ctx;
  const out: Draft[] = [];
  for (let k = 1; k + 1 < words.length; k++) {
    const suchAs = words[k].lower === 'such' && words[k + 1].lower === 'as';
    const including = words[k].lower === 'including' && np.chunkOf[k + 1] >= 0;
    if (!suchAs && !including) continue;
    const last = isComma(words[k - 1]) ? k - 2 : k - 1;
    if (last < 0 || !(np.chunkOf[last] >= 0)) continue;
    const chunk = np.chunks[np.chunkOf[last]];
    const head = words[chunk.end - 1];
    const plural = head.pos === 'NOUN' && head.lower !== head.lemma || /s$/.test(head.lower) && head.pos !== 'PROPN';
    const listStart = suchAs ? k + 2 : k + 1;
    const listEnd = clauseEnd(ctx, listStart, false);
    const items = conjuncts(ctx, [listStart, listEnd]);
    const relation: Array<number | string> = suchAs ? [IMPLIED_BE, k, k + 1] : [plural ? 'include' : 'includes'];
    for (const item of items.length ? items : [[listStart, listEnd] as Span]) {
      out.push({ relation, args: [[ofChainStart(ctx, chunk.start), chunk.end], item], negated: false, pattern: 'apposition', variant: false });
    }
  }
  return out;
}

const TITLES = new Set([
  'president', 'minister', 'senator', 'governor', 'king', 'queen', 'prince', 'princess', 'judge', 'general',
  'chancellor', 'mayor', 'secretary', 'ambassador', 'director', 'chairman', 'professor', 'bishop', 'pope',
  'emperor', 'sultan', 'premier', 'commissioner', 'coach', 'captain', 'representative', 'sheriff', 'colonel',
]);

const MID_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/** First character a-z (a plain test: this runs for every noun of every chunk). */
function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** "author Bill Bryson", "President Bush" -> (Bill Bryson; be; author), (Bush; be; President). */
function titleTuples(ctx: Context): Draft[] {
  const { words, np } = ctx;
  const out: Draft[] = [];
  for (const chunk of np.chunks) {
    let k = chunk.start;
    if (words[k].pos === 'DET' || words[k].pos === 'PRON') continue; // "the company Apple" reads differently
    if (k > 0 && MID_PHRASE.has(words[k - 1].pos)) continue; // the chunk started mid-phrase
    // a run of lower-case nouns, or a capitalised title word, then a name to the chunk's end
    let t = k;
    while (t < chunk.end && words[t].pos === 'NOUN' && startsLowerCase(words[t].text)) t++;
    if (t === k || words[t - 1].pos !== 'NOUN') {
      t = k;
      while (t < chunk.end && words[t].pos === 'PROPN' && TITLES.has(words[t].lower)) t++;
    }
    if (t === k || t >= chunk.end) continue;
    const name = words.slice(t, chunk.end);
    if (!name.every((w) => w.pos === 'PROPN' || w.text === '.')) continue;
    // a lower-case description needs a full name after it ("producer Leo Graham")
    if (words[t - 1].pos === 'NOUN' && (name.length < 2 || t - k > 3 || words.slice(k, t).some((w) => w.pos !== 'NOUN'))) continue;
    out.push({ relation: [IMPLIED_BE], args: [[t, chunk.end], [k, t]], negated: false, pattern: 'apposition', variant: false });
    k = t;
  }
  return out;
}

const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near']);

/** "a union hall in San Salvador" -> (a union hall; be in; San Salvador). */
function locativeTuples(ctx: Context): Draft[] {
  const { words, np } = ctx;
  const out: Draft[] = [];
  for (const chunk of np.chunks) {
    const prep = chunk.end;
    if (!LOCATIVE_PREPOSITIONS.has(words[prep]?.lower ?? '') || !(np.chunkOf[prep + 1] >= 0)) continue;
    const place = np.chunks[np.chunkOf[prep + 1]];
    const placeWords = words.slice(place.start, place.end).filter((w) => w.pos !== 'DET');
    if (placeWords.length === 0 || !placeWords.every((w) => w.pos === 'PROPN')) continue;
    if (words.slice(chunk.start, chunk.end).every((w) => w.pos === 'PRON' || w.pos === 'NUM')) continue;
    // "the Netherlands , Europe": keep a comma-joined larger place with it
    let end = place.end;
    if (isComma(words[end]) && np.chunkOf[end + 1] >= 0 && words.slice(np.chunks[np.chunkOf[end + 1]].start, np.chunks[np.chunkOf[end + 1]].end).every((w) => w.pos === 'PROPN')) {
      end = np.chunks[np.chunkOf[end + 1]].end;
    }
    out.push({ relation: [IMPLIED_BE, prep], args: [[chunk.start, chunk.end], [place.start, end]], negated: false, pattern: 'locative', variant: false });
  }
  return out;
}

/** "Microsoft 's chief executive" -> (Microsoft; has; chief executive). */
function possessiveTuples(ctx: Context): Draft[] {
  const { words, np } = ctx;
  const out: Draft[] = [];
  for (const chunk of np.chunks) {
    for (let k = chunk.start + 1; k < chunk.end - 1; k++) {
      if (words[k].pos !== 'PART' || words[k].lower !== "'s" && words[k].lower !== "'") continue;
      let ownerStart = chunk.start;
      if (words[ownerStart].pos === 'DET' && k - ownerStart > 1 && words[ownerStart].lower === 'the') ownerStart = chunk.start;
      out.push({ relation: ['has'], args: [[ownerStart, k], [k + 1, chunk.end]], negated: false, pattern: 'possessive', variant: false });
    }
  }
  return out;
}

// --- output ------------------------------------------------------------------------------------

/** Drop function words left dangling at an argument's end ("any method of"). */
function trimArgument(words: readonly Word[], [s, e]: Span): Span {
  let end = e;
  while (end > s + 1 && (words[end - 1].pos === 'ADP' || words[end - 1].pos === 'SCONJ' || words[end - 1].pos === 'CCONJ' || isComma(words[end - 1]))) end--;
  return [s, end];
}

/** Same relation parts (indices or literal words) and the same argument spans. */
function sameDraft(a: Draft, b: Draft): boolean {
  if (a.relation.length !== b.relation.length || a.args.length !== b.args.length) return false;
  for (let k = 0; k < a.relation.length; k++) if (a.relation[k] !== b.relation[k]) return false;
  for (let k = 0; k < a.args.length; k++) if (a.args[k][0] !== b.args[k][0] || a.args[k][1] !== b.args[k][1]) return false;
  return true;
}

/**
 * The first of each set of identical drafts, when its arguments are all non-empty. A sentence
 * has a few dozen drafts, so comparing with the kept ones beats building a key for each.
 */
function dedupe(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (d.args.length < 1 || !d.args.every(([s, e]) => e > s)) continue;
    if (!kept.some((k) => sameDraft(k, d))) kept.push(d);
  }
  return kept;
}

/** True when a word in [s, e) has part of speech `pos`. */
function hasPos(words: readonly Word[], s: number, e: number, pos: Word['pos']): boolean {
  for (let k = s; k < e; k++) if (words[k].pos === pos) return true;
  return false;
}

/** True when a word in [s, e) is a comma. */
function hasComma(words: readonly Word[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isComma(words[k])) return true;
  return false;
}

function hasSpan(spans: readonly Span[], [s, e]: Span): boolean {
  for (const span of spans) if (span[0] === s && span[1] === e) return true;
  return false;
}

/** Words in the arguments after the first. */
function restLength(args: readonly Span[]): number {
  let n = 0;
  for (let a = 1; a < args.length; a++) n += args[a][1] - args[a][0];
  return n;
}

/** The words of `span` joined by single spaces. */
function spanText(original: readonly Word[], [s, e]: Span): string {
  let out = '';
  for (let k = s; k < e; k++) out += k === s ? original[k].text : ` ${original[k].text}`;
  return out;
}

function finish(ctx: Context, d: Draft, original: readonly Word[], count: number): OpenIeTuple {
  const relationTokens = d.relation.filter((p): p is number => typeof p === 'number');
  const vector = featureVector(tupleFeatures(ctx, d, relationTokens, count));
  return {
    relation: d.relation.map((p) => (typeof p === 'number' ? original[p].text : p)).join(' '),
    args: d.args.map((span) => spanText(original, span)),
    confidence: scoreFeatureVector(vector),
    relationTokens,
    argSpans: d.args.map(([s, e]) => [s, e] as [number, number]),
    negated: d.negated,
    pattern: d.pattern,
    features: vector,
  };
}

function spansOf(ctx: Context, d: Draft, count: number): TupleSpans {
  const relationTokens = d.relation.filter((p): p is number => typeof p === 'number');
  return {
    confidence: scoreTuple(tupleFeatures(ctx, d, relationTokens, count)),
    relationTokens,
    argSpans: d.args,
    negated: d.negated,
    pattern: d.pattern,
  };
}

/** Inputs of the confidence model for a draft among `count` kept drafts. */
function tupleFeatures(ctx: Context, d: Draft, relationTokens: readonly number[], count: number): TupleFeatures {
  return {
    pattern: d.pattern,
    variant: d.variant,
    conjunct: d.conjunct === true,
    relationLength: d.relation.length,
    subjectLength: d.args[0][1] - d.args[0][0],
    restLength: restLength(d.args),
    argCount: d.args.length,
    sentenceLength: ctx.words.length,
    subjectProper: hasPos(ctx.words, d.args[0][0], d.args[0][1], 'PROPN'),
    subjectPronoun: d.args[0][1] - d.args[0][0] === 1 && ctx.words[d.args[0][0]].pos === 'PRON',
    objectProper: d.args.length > 1 && hasPos(ctx.words, d.args[1][0], d.args[1][1], 'PROPN'),
    relationHasVerb: relationTokens.some((k) => ctx.words[k].pos === 'VERB'),
    relationEndsInPrep: relationTokens.length > 0 && ctx.words[relationTokens[relationTokens.length - 1]].pos === 'ADP',
    distance: relationTokens.length > 0 ? Math.max(0, relationTokens[0] - d.args[0][1]) : 0,
    crossesComma: relationTokens.length > 0 && hasComma(ctx.words, d.args[0][1], relationTokens[0]),
    negated: d.negated,
    tuplesInSentence: count,
    relationIsBe: d.relation.length === 1 && (typeof d.relation[0] === 'string' || ctx.words[d.relation[0]].lemma === 'be'),
    objectStartsWithDeterminer: d.args.length > 1 && ctx.words[d.args[1][0]].pos === 'DET',
    relationPosition: relationTokens.length > 0 ? relationTokens[0] / ctx.words.length : 0.5,
    hasFrontArgument: ctx.front !== undefined && hasSpan(d.args, ctx.front),
  };
}

// Relation triples of one article: for every sentence, a shallow chunk parse (noun phrases,
// verb groups) over winkNLP's tags and the resolver's token-to-entity map, then the rule
// families: roles from titles, appositions and affiliations, verb relations (active, passive,
// light verbs, object control, copulas), noun relations (event nouns, "between X and Y",
// possessive appositions), places, sport fixture and result lines; then Open IE tuples (src/openie) for the pairs and facts the
// rules missed, as a broad, lower-confidence second source, and last the pair fallback for named
// pairs still unlinked in one clause, and quotations attributed after the quote. Each candidate gets a confidence;
// duplicates within a sentence collapse to the best one. Pure: annotated text and resolved
// entities in, triples with evidence out.
import type { AnnotatedText, Article, ResolvedEntities, Triple, TripleNode } from '../model/types.ts';
import { conceptKey } from '../model/keys.ts';
import { respell, sourceSpellings } from './source-spelling.ts';
import { relationTypeFor } from '../schema/relation-type.ts';
import { chunkSentence, type ChunkContext } from './relations/sentence-chunks.ts';
import type { Candidate, End, SentenceScope } from './relations/sentence-scope.ts';
import { AUTHORED_HEADS } from './relations/sentence-scope.ts';
import { affiliationRoles, appositionRoles, describedRoles, titleRoles } from './relations/role-relations.ts';
import { verbRelations } from './relations/verb-relations.ts';
import { nounRelations } from './relations/noun-relations.ts';
import { placeRelations } from './relations/place-relations.ts';
import { lineupRelations } from './relations/lineup-relations.ts';
import { fixtureLines } from './relations/fixture-lines.ts';
import { possessiveWorks, worksBy } from './relations/work-relations.ts';
import { annotateHeadline, headlineForms, headlineMayNameEntity } from './relations/headline.ts';
import { verblessJointAct } from './relations/joint-acts.ts';
import { openIeRelations } from './relations/openie-relations.ts';
import { pairRelations } from './relations/pair-relations.ts';
import { accordingTo, clauseAttributedAfter, colonQuote, quoteRelations, standaloneQuote, toldContent } from './relations/quote-relations.ts';
import { DESCRIPTOR_NOUNS } from './relations/lexicon.ts';
import { GROUP_NOUNS } from './relations/group-references.ts';

export interface ExtractTriplesOptions {
  /** Relations between two entities below this confidence are dropped (default 0.3). */
  minConfidence?: number;
  /**
   * Facts about a concept ("Tesco -cut-> 300 jobs") below this confidence are dropped (default
   * 0.25: on the tuned news sets, 0.25 recalls more key facts than 0.3 for no loss, while 0.25
   * for entity relations costs them precision).
   */
  minFactConfidence?: number;
  /** Add Open IE tuples the rules missed (default true; about 0.3 ms/article of the relation step's time). */
  openIe?: boolean;
}

/** All relation triples of an article, in sentence order, one per (subject, predicate, object, negated, sentence). */
export function extractTriples(doc: AnnotatedText, article: Article, resolved: ResolvedEntities, options: ExtractTriplesOptions = {}): Triple[] {
  const candidates = extractCandidates(doc, resolved, options.openIe ?? true);
  const headline = article.title?.trim();
  let headlineCandidates: Candidate[] = [];
  if (headline && !doc.text.slice(0, headline.length + 200).includes(headline)) {
    headlineCandidates = extractHeadlineCandidates(headline, resolved, doc);
  }
  return toTriples(doc, article, resolved, [...headlineCandidates, ...candidates], options.minConfidence ?? 0.3, options.minFactConfidence ?? 0.25, headline);
}

/**
 * Candidates from the headline, kept apart from the body: their evidence has sentenceIndex -1,
 * offsets 0..0 (the headline is not in the body text) and the headline as its sentence.
 */
export function extractHeadlineCandidates(headline: string, resolved: ResolvedEntities, body?: AnnotatedText): Candidate[] {
  const out: Candidate[] = [];
  const forms = headlineForms(resolved.entities);
  if (!headlineMayNameEntity(headline, forms)) return out;
  const { doc, tokenEntity } = annotateHeadline(headline, resolved.entities, forms, body);
  const ctx: ChunkContext = { tokens: doc.tokens, tokenEntity, entities: resolved.entities };
  const sentence = { ...doc.sentences[0], index: HEADLINE_SENTENCE };
  if (!hasEntity(tokenEntity, 0, doc.tokens.length)) return out;
  const scope: SentenceScope = { doc, sentence, chunks: chunkSentence(ctx, 0, doc.tokens.length), ctx, out };
  titleRoles(scope);
  verbRelations(scope);
  nounRelations(scope);
  verblessJointAct(scope);
  fixtureLines(scope);
  for (const c of out) c.confidence *= 0.9;
  return dropHeadlinePassive(scope, out);
}

/** Verbs that take a recipient and a thing ("handed Wales leading role"). */
const GIVING_VERBS = new Set(['hand', 'give', 'award', 'offer', 'grant', 'show', 'lend', 'promise', 'deny']);

/**
 * "Giggs handed Wales leading role": in a headline a bare past form of a verb of giving with two
 * noun phrases after it is a passive (Giggs was handed the role), so its subject gives nothing.
 */
function dropHeadlinePassive(s: SentenceScope, out: Candidate[]): Candidate[] {
  const { chunks } = s;
  for (let k = 1; k + 2 < chunks.length; k++) {
    const c = chunks[k];
    const subject = chunks[k - 1];
    if (c.kind !== 'VG' || c.end - c.start !== 1 || !GIVING_VERBS.has(c.vg!.lemma) || subject.kind !== 'NP' || subject.np!.entity < 0) continue;
    const form = s.ctx.tokens[c.start].normal;
    // (The second phrase may open with an -ing word the tagger calls a verb: "leading/VERB role".)
    const second = chunks[k + 2].kind === 'NP' || (chunks[k + 2].kind === 'VG' && chunks[k + 2].vg!.gerund && chunks[k + 3]?.kind === 'NP');
    if (form === c.vg!.lemma || form.endsWith('s') || chunks[k + 1].kind !== 'NP' || !second) continue;
    const verb = c.vg!.lemma;
    return out.filter((x) => !(x.subject.kind === 'entity' && x.subject.entity === subject.np!.entity && x.predicate.split(' ')[0] === verb));
  }
  return out;
}

/** sentenceIndex of evidence that comes from the headline. */
export const HEADLINE_SENTENCE = -1;

/** The raw candidates (entity indexes, concept names), before dedup and evidence. */
export function extractCandidates(doc: AnnotatedText, resolved: ResolvedEntities, openIe = true): Candidate[] {
  const ctx: ChunkContext = { tokens: doc.tokens, tokenEntity: resolved.tokenEntity, entities: resolved.entities };
  const out: Candidate[] = [];
  for (const sentence of doc.sentences) {
    // (Before the test for names: a quoted sentence needs none; its speaker is in the one before.)
    standaloneQuote(doc, sentence, ctx, out);
    const named = hasEntity(resolved.tokenEntity, sentence.tokenStart, sentence.tokenEnd);
    if (!named && !hasReferringNoun(doc, sentence.tokenStart, sentence.tokenEnd)) continue;
    const chunks = chunkSentence(ctx, sentence.tokenStart, sentence.tokenEnd);
    const scope: SentenceScope = { doc, sentence, chunks, ctx, out };
    const rulesFrom = out.length;
    titleRoles(scope);
    appositionRoles(scope);
    describedRoles(scope);
    affiliationRoles(scope);
    verbRelations(scope);
    nounRelations(scope);
    placeRelations(scope);
    if (named) fixtureLines(scope);
    if (named) lineupRelations(scope);
    if (named) possessiveWorks(scope);
    if (named) worksBy(scope);
    if (openIe && named) openIeRelations(scope, rulesFrom);
    if (named) pairRelations(scope, rulesFrom);
    // ('"...," the company said': a description standing for a body may attribute a quotation too.)
    quoteRelations(scope);
    if (named) toldContent(scope);
    if (named) accordingTo(scope);
    colonQuote(scope);
    clauseAttributedAfter(scope);
  }
  return out;
}

/** The shortest descriptor noun: shorter words ("the", "of", ",") are told without hashing them. */
const DESCRIPTOR_MIN_LENGTH = Math.min(...[...DESCRIPTOR_NOUNS.keys()].map((w) => w.length));

/**
 * A sentence without names may still speak of an entity: "The company will pay ..." (a descriptor
 * noun), "The pair face jail terms" (a noun for a group of people named before, group-references.ts),
 * "The study calls on" (a report whose author the article named).
 */
function hasReferringNoun(doc: AnnotatedText, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const w = doc.tokens[i].normal;
    // ("The study calls on the government": a report the article said a body wrote, see actorOf.)
    if ((w.length >= DESCRIPTOR_MIN_LENGTH && DESCRIPTOR_NOUNS.has(w)) || GROUP_NOUNS.has(w) || AUTHORED_HEADS.has(w)) return true;
  }
  return false;
}

function hasEntity(tokenEntity: Int32Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (tokenEntity[i] >= 0) return true;
  return false;
}

function toNode(end: End, resolved: ResolvedEntities): TripleNode {
  if (end.kind === 'entity') {
    const e = resolved.entities[end.entity];
    return { kind: 'entity', key: e.key, name: e.name, type: e.type };
  }
  return { kind: 'concept', key: conceptKey(end.name), name: end.name };
}

function toTriples(doc: AnnotatedText, article: Article, resolved: ResolvedEntities, candidates: Candidate[], minConfidence: number, minFactConfidence: number, headline?: string): Triple[] {
  const best = new Map<string, Triple>();
  // (The relation type is looked up with winkNLP's American lemma; the predicate is written as the article spells it.)
  const spellings = sourceSpellings(doc);
  for (const c of candidates) {
    if (c.confidence < (c.object.kind === 'concept' ? minFactConfidence : minConfidence)) continue;
    const subject = toNode(c.subject, resolved);
    const object = toNode(c.object, resolved);
    if (subject.key === object.key) continue;
    if (object.kind === 'concept' && !object.key.slice('concept:'.length)) continue;
    const sentence = c.sentence === HEADLINE_SENTENCE
      ? { index: HEADLINE_SENTENCE, start: 0, end: 0, text: headline ?? '' }
      : doc.sentences[c.sentence];
    const key = `${subject.key}|${c.predicate}|${object.key}|${c.negated}|${c.sentence}`;
    const prior = best.get(key);
    if (prior && prior.evidence.confidence >= c.confidence) continue;
    best.set(key, {
      subject,
      predicate: respell(c.predicate, spellings),
      relType: relationTypeFor(c.predicate, c.kind, c.negated),
      object,
      negated: c.negated,
      kind: c.kind,
      evidence: {
        articleId: article.id,
        sentenceIndex: sentence.index,
        start: sentence.start,
        end: sentence.end,
        sentence: sentence.text,
        confidence: round(c.confidence),
      },
    });
  }
  return [...best.values()].sort((a, b) => a.evidence.sentenceIndex - b.evidence.sentenceIndex || b.evidence.confidence - a.evidence.confidence);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// A person's work named with a possessive: "Mike Leigh's award-winning abortion drama Vera
// Drake", "Alan Bennett's The History Boys", "Andrew Lloyd Webber's The Woman in White". Arts
// news names who made a film, play or album this way far more often than with a verb. Works
// are no entities of the graph (people, organisations, places), so the title is a concept:
// PERSON -make/write/record/create-> title.
import type { Token } from '../../model/types.ts';
import { addCandidate, conceptName, entityEnd, entityType, tok, word, type SentenceScope } from './sentence-scope.ts';
import { HONORIFICS, TITLE_JOINERS, WORK_NOUNS } from './lexicon.ts';

/**
 * Work nouns that name a work even without its title ("Robert Peston's new book"). Not those that
 * also name a record of deeds or a way of playing ("Howard's record", "Vinci's game", "Mourinho's
 * work") or a post ("his show", "the film debut").
 */
const UNTITLED_WORKS = new Set(['book', 'novel', 'memoir', 'memoirs', 'autobiography', 'biography', 'script', 'screenplay', 'album', 'song',
  'film', 'movie', 'documentary', 'biopic', 'drama', 'epic', 'sitcom', 'musical', 'opera', 'poem']);

/** Most lower-case words between the possessive and the title ("award-winning abortion drama"). */
const MAX_MODIFIERS = 6;
/** Most tokens of a title. */
const MAX_TITLE = 8;

function capitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** PERSON -make/write/record/create-> title for each work the sentence names after a person's possessive. */
export function possessiveWorks(s: SentenceScope): void {
  const { tokens, tokenEntity } = s.ctx;
  const end = s.sentence.tokenEnd;
  for (let i = s.sentence.tokenStart; i + 2 < end; i++) {
    const e = tokenEntity[i];
    if (e < 0 || tokenEntity[i + 1] === e || entityType(s, e) !== 'PERSON') continue;
    const mark = tokens[i + 1].normal;
    if (mark !== "'s" && mark !== '’s' && mark !== "'" && mark !== '’') continue;
    // Lower-case modifiers, the last work noun among them giving the predicate.
    let p = i + 2;
    let predicate = '';
    let workAt = -1;
    while (p < end && p - (i + 2) < MAX_MODIFIERS && !capitalised(tokens[p]) && tokenEntity[p] < 0
      && (tokens[p].pos === 'ADJ' || tokens[p].pos === 'NOUN' || tokens[p].pos === 'VERB' || tokens[p].pos === 'ADV' || tokens[p].text === '-' || tokens[p].pos === 'NUM')) {
      const work = WORK_NOUNS.get(tokens[p].normal);
      if (work) { predicate = work; workAt = p; }
      p++;
    }
    // "journalist Robert Peston's new book", "Madonna's latest album sold well": a work noun that
    // heads the possessed phrase, with no title, is the work ("Blair's book deal" is a deal).
    const untitled = (): void => {
      if (workAt < 0 || !UNTITLED_WORKS.has(tokens[workAt].normal)) return;
      const after = tokens[workAt + 1];
      if (after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.text === '-' || tokenEntity[workAt + 1] >= 0)) return;
      // Only modifiers before the noun ("new", "best-selling", "boxing"), no clause ("repertoire never mind best song").
      for (let q = i + 2; q < workAt; q++) {
        const t = tokens[q];
        if ((t.pos === 'VERB' || t.pos === 'ADV') && tokens[q + 1].text !== '-' && tokens[q - 1].text !== '-') return;
      }
      const name = s.doc.text.slice(tokens[i + 2].start, tokens[workAt].end).replace(/\s+/g, ' ');
      addCandidate(s, entityEnd(e), WORK_NOUNS.get(tokens[workAt].normal)!, { kind: 'concept', name }, { confidence: 0.5 });
    };
    // "Robbie Williams's new album, Intensive Care, went to number one": the title in apposition.
    const apposition = !!predicate && p + 1 < end && tokens[p].text === ',' && capitalised(tokens[p + 1]);
    if (apposition) p++;
    if (p >= end || !capitalised(tokens[p])) { untitled(); continue; }
    // The title: capitalised words, with joiners inside, ending on a capitalised word.
    let last = p;
    for (let q = p + 1; q < end && q - p < MAX_TITLE; q++) {
      const t = tokens[q];
      if (capitalised(t)) { last = q; continue; }
      // "Dead Man's Shoes": a possessive inside a title.
      if (!(TITLE_JOINERS.has(t.normal) || (t.normal === "'s" && q + 1 < end && capitalised(tokens[q + 1])))) break;
      // "Andrew Taylor's The American Boy and Robbie Williams' autobiography": a person after "and"
      // ends the title ("The Diary of Alicia Keys" keeps its own).
      const next = q + 1 < end ? tokenEntity[q + 1] : -1;
      if (t.normal === 'and' && next >= 0 && entityType(s, next) === 'PERSON') break;
    }
    // "In Mr Peston's book Mr Brown is alleged ...": a person is no title.
    if (HONORIFICS.has(tokens[p].normal)) { untitled(); continue; }
    // (An apposition closes with a comma or the sentence's end.)
    if (apposition && last + 1 < end && tokens[last + 1].text !== ',' && tokens[last + 1].pos !== 'PUNCT') continue;
    const startsWithArticle = tokens[p].normal === 'the' || tokens[p].normal === 'a';
    const named = tokenEntity[p];
    if (!predicate) {
      // No work noun: only a title that cannot be a name or a party ("The History Boys", not
      // "Blair's Labour"), and not a modifier of a noun after it ("Bush's State of the Union address").
      if (!startsWithArticle || last === p) continue;
      const after = last + 1 < end ? tokens[last + 1] : undefined;
      if (after && after.pos === 'NOUN' && !capitalised(after)) continue;
    } else if (named >= 0 && tokenEntity[last] === named && entityType(s, named) === 'PERSON') {
      // "his film co-star Michael Gambon": a person after a work noun is no title.
      continue;
    }
    const name = s.doc.text.slice(tokens[p].start, tokens[last].end).replace(/\s+/g, ' ');
    addCandidate(s, entityEnd(e), predicate || 'create', { kind: 'concept', name }, { confidence: predicate ? 0.6 : 0.45 });
    i = last;
  }
}

/** Work nouns in the plural, and works of art, with their maker's predicate ("the books by X", "a portrait by Y"). */
const WORKS_BY: ReadonlyMap<string, string> = new Map([
  ...[...UNTITLED_WORKS].map((w) => [w, WORK_NOUNS.get(w)!] as const),
  ...['books', 'novels', 'plays', 'poems', 'stories', 'story', 'songs'].map((w) => [w, 'write'] as const),
  ...['films', 'movies'].map((w) => [w, 'make'] as const),
  ...['albums'].map((w) => [w, 'record'] as const),
  ...['painting', 'paintings', 'portrait', 'portraits'].map((w) => [w, 'paint'] as const),
  ...['symphony', 'score', 'music'].map((w) => [w, 'compose'] as const),
]);

/** A work noun a "by" after it gives a maker: "the original book by PL Travers" is no agent of the clause's verb. */
export function isWorkNoun(normal: string): boolean {
  return WORKS_BY.has(normal);
}

/**
 * "the cult children's books by author Daniel Handler", "a portrait by Joshua Reynolds": a work
 * noun with "by" and a person (or a band) after it gives the maker: PERSON -write/paint/...-> the work.
 */
export function worksBy(s: SentenceScope): void {
  const { chunks } = s;
  for (let j = 0; j + 2 < chunks.length; j++) {
    const c = chunks[j];
    if (c.kind !== 'NP' || c.np!.entity >= 0 || c.np!.pronoun || chunks[j + 1].kind !== 'P' || word(s, chunks[j + 1]) !== 'by') continue;
    const predicate = WORKS_BY.get(tok(s, c.head).normal);
    const maker = chunks[j + 2];
    if (!predicate || maker.kind !== 'NP' || maker.np!.entity < 0 || entityType(s, maker.np!.entity) === 'LOC') continue;
    // (A person's name closes the maker's phrase: "by author Daniel Handler", not "by Handler's publisher".)
    if (s.ctx.tokenEntity[maker.end - 1] !== maker.np!.entity) continue;
    // (Not a phrase a verb opens, which the chunker took in: "beating films by X".)
    if (tok(s, c.start).pos === 'VERB') continue;
    const name = conceptName(s, j);
    if (name) addCandidate(s, entityEnd(maker.np!.entity), predicate, { kind: 'concept', name }, { confidence: 0.55 });
  }
}

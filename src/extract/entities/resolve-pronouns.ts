// Pronoun resolution within one article. Third-person pronouns (he, his, she, her...) go to the
// most salient compatible person: a subject-like mention earlier in the same sentence, else the
// subject of the nearest earlier sentence that has one (gender from honorifics, first names and
// earlier pronouns). Inside a quotation, I/me/my go to the quote's speaker. "its" goes to an
// organisation or place that is the subject of its own sentence. Anything less sure stays -1.
import type { AnnotatedText, ArticleEntity } from '../../model/types.ts';
import { findQuotes, type Quote } from './find-quotes.ts';
import { countryEntry, countryOfDemonym, isCollectiveDemonym } from './gazetteer.ts';
import { BAND_ROLES, isKinNoun, PLURAL_VERBS, SPEECH_VERBS } from './lexicon.ts';
import { isLowerStart, isPossessiveS } from '../text-case.ts';

export interface EntityMentionRef {
  entity: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  kind: 'name' | 'demonym' | 'title';
  /** First token of the title phrase before the name, for the subject test. */
  phraseStart?: number;
}

export interface ResolvedPronoun {
  token: number;
  entity: number;
}

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const FIRST = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd", 'i\u2019m', 'i\u2019ve', 'i\u2019ll', 'i\u2019d']);
const PLURAL_FIRST = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const PLURAL = new Set(['they', 'their']);
/** "the eight-year-old boy": an age with one of these introduces someone new. */
const NEW_PERSON_NOUNS = new Set(['boy', 'girl', 'man', 'woman', 'child', 'son', 'daughter', 'baby', 'teenager', 'victim', 'mother', 'father', 'brother', 'sister', 'pupil', 'student']);
const THIRD = new Set([...MALE, ...FEMALE, 'its', 'it', ...PLURAL]);

/**
 * Words after a subject "it" that make it pleonastic or a situation ("it is clear that", "it
 * seems", "it was reported", "it is time", "it emerged"), not an organisation.
 */
const PLEONASTIC_AFTER_BE = new Set(['not', 'that', 'time', 'said', 'reported', 'thought', 'understood', 'believed', 'expected', 'claimed',
  'feared', 'known', 'hoped', 'likely', 'unlikely', 'clear', 'possible', 'impossible', 'important', 'vital', 'essential', 'hard', 'difficult',
  'easy', 'true', 'a', 'an', 'the', 'no', 'too', 'very', 'so', 'now', 'also', 'still', 'just', 'only', 'all', 'about', 'thanks', 'because',
  'worth', 'up', 'going', 'being', 'understandable', 'right', 'wrong', 'good', 'bad', 'better', 'best', 'great', 'fair', 'unfair', 'my', 'our', 'your', 'his', 'her']);

/**
 * Words after "it is" that raise a subject when "to" follows: "it is said to be struggling", "it
 * is expected to cut jobs" speak of the thing "it" stands for ("it is said that" does not).
 */
const RAISING_AFTER_BE = new Set(['said', 'reported', 'thought', 'understood', 'believed', 'expected', 'claimed', 'feared', 'known']);

const PLEONASTIC_VERBS = new Set(['seem', 'appear', 'emerge', 'mean', 'look', 'take', 'matter', 'remain', 'happen', 'rain', 'feel', 'sound', 'follow', 'come', 'turn', 'depend', 'make', 'help', 'cost']);

/** Flags by char code (below 128) of the first letters of a set's words: a cheap test before hashing a word. */
function firstLetters(words: ReadonlySet<string>): Uint8Array {
  const flags = new Uint8Array(128);
  for (const w of words) { const c = w.charCodeAt(0); if (c < 128) flags[c] = 1; }
  return flags;
}
/** Might `w` be in a set whose first letters are `flags`? (False only when it surely is not.) */
function mayStart(flags: Uint8Array, w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 128 || flags[c] === 1;
}
const THIRD_FIRST = firstLetters(THIRD);

/** A name mention or a resolved pronoun, as an antecedent. */
type Ref = { entity: number; start: number; end: number; phraseStart: number; sentence: number; pronoun: boolean };
type Tokens = AnnotatedText['tokens'];
type Token = Tokens[number];
const FIRST_PERSON_FIRST = firstLetters(new Set([...FIRST, ...PLURAL_FIRST]));

/**
 * Resolve pronouns; `genders[i]` is what is known of entity i's gender and is updated as pronouns
 * resolve; `guessedGender` holds the entities whose gender is only a given-name list's guess.
 */
export function resolvePronouns(doc: AnnotatedText, entities: readonly ArticleEntity[], refs: readonly EntityMentionRef[], genders: Array<'m' | 'f' | ''>,
  headline?: ReadonlySet<number>, guessedGender?: ReadonlySet<number>): ResolvedPronoun[] {
  const toks = doc.tokens;
  const out: ResolvedPronoun[] = [];
  // Per-token indexes are plain arrays: a typed array of an article's length costs several times
  // more to allocate (an off-heap backing store), and three are made per article.
  const refAt: number[] = new Array(toks.length).fill(-1); // token -> index into mentions list (first token only)
  const mentions: Ref[] = refs
    .filter((r) => r.kind !== 'demonym')
    .map((r) => ({ entity: r.entity, start: r.tokenStart, end: r.tokenEnd, phraseStart: r.phraseStart ?? r.tokenStart, sentence: r.sentence, pronoun: false }))
    .sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => { refAt[m.start] = i; });

  const quotes = findQuotes(doc, (k) => {
    const i = refAt[k];
    if (i >= 0 && entities[mentions[i].entity].type !== 'LOC') return true;
    const w = toks[k].text.toLowerCase();
    return w === 'he' || w === 'she';
  });
  const quoteOf: number[] = new Array(toks.length).fill(-1);
  quotes.forEach((q, qi) => { for (let k = q.start; k < q.end; k++) quoteOf[k] = qi; });

  // Nationalities the article gives its people, built on the first "the <demonym>" that needs them.
  let nationals: Map<string, Set<number>> | undefined;

  // Pass 1: third person, in text order; resolved pronouns join the mentions as antecedents.
  const live: Ref[] = [];
  let mi = 0;
  const resolvedAt: number[] = new Array(toks.length).fill(-1);
  for (let k = 0; k < toks.length; k++) {
    while (mi < mentions.length && mentions[mi].start < k) live.push(mentions[mi++]);
    const w = toks[k].normal;
    // "The 21-year-old told a news conference ...", "the 27-year-old striker": an age description
    // after "the" is the article's person in focus, found as "he"/"she" would be (any gender).
    const plain = w === 'the' ? ageDescription(toks, k) || nationalityDescription(toks, k) : 0;
    const role = w === 'the' && !plain ? roleDescription(toks, k, refAt, mentions) : 0;
    const described = plain || role;
    if (described > 0 && quoteOf[k] < 0) {
      // "the American": a person of that nationality when the article says who is. ("the Portuguese
      // winger": one of them when the article says who is; else anyone.)
      let country = plain ? countryOfDemonym(toks[k + described - 1].text) : undefined;
      for (let j = k + 1; role && !country && j < k + described - 1; j++) country = countryOfDemonym(toks[j].text);
      // (Only those named so far: "The British singer played ... British ambassador Sir John Holmes"
      // speaks of the singer in focus, not of a Briton named later.)
      const called = country ? (nationals ??= nationalsOf(toks, entities, refs)).get(country) : undefined;
      const fellows = called && live.some((m) => called.has(m.entity)) ? called : undefined;
      let pick = country && !fellows && !role ? -1
        : choose(toks, live, toks[k].sentence, (m) => entities[m.entity].type === 'PERSON' && quoteOf[m.start] < 0 && (!fellows || fellows.has(m.entity)));
      // "Candela completes Bolton switch / Bolton boss Sam Allardyce has signed Roma defender Vincent
      // Candela ... The 31-year-old former France international": of the persons of the sentence the
      // description follows, the one the headline names is the one in focus.
      if (pick >= 0 && !country) pick = headlinePerson(live, pick, toks[k].sentence, (e) => entities[e].type === 'PERSON', headline) ?? pick;
      // ("US rapper Snoop Dogg ... her lawyer, Perry Wander, said ... The 32-year-old rapper has enjoyed": the one
      // person the article titled with the description's noun.)
      const titled = pick >= 0 && !fellows ? titledWith(toks, live, entities, toks[k + described - 1]) : -1;
      if (titled >= 0) pick = titled;
      // ("The manager said": with no side in the description and nobody titled so, the person in focus may be a player.)
      else if (role && SIDE_HEAD_ROLES.has(toks[k + described - 1].normal) && !sideNamedIn(toks, k + 1, k + described - 1)) pick = -1;
      // ("Scholes played a pass to Ronaldo and the Portuguese winger slid the ball": with two people
      // named before it in its sentence, a role description is either: no pick.)
      if (role && pick >= 0 && !fellows && personsBefore(live, toks[k].sentence, entities) > 1) pick = -1;
      if (pick >= 0) {
        // ("the England captain": a country's name inside the description stays the country's.)
        // (Any token of a name, not only its first: "The Iceland international", where the mention is "The Iceland".)
        for (let j = k + 1; j < k + described; j++) {
          let named = false;
          for (let q = mi; q < mentions.length && mentions[q].start <= j && !named; q++) named = j < mentions[q].end;
          // (Nor a demonym before an occupation: "the British actor" keeps "British" the country's. Not before
          // "international" or "captain", where the description names a side's man more often than the person in focus.)
          const kept = role && countryOfDemonym(toks[j].text) && !SIDE_ROLE_WORDS.has(toks[k + described - 1].normal);
          if (!named && !kept) { out.push({ token: j, entity: pick }); resolvedAt[j] = pick; }
        }
        live.push({ entity: pick, start: k + 1, end: k + described, phraseStart: k, sentence: toks[k].sentence, pronoun: true });
      }
      k += described - 1;
      continue;
    }
    if (!mayStart(THIRD_FIRST, w) || !THIRD.has(w)) continue;
    const male = MALE.has(w);
    const female = FEMALE.has(w);
    if (male || female) {
      const g = male ? 'm' : 'f';
      // ("interrogated by a British man who said he was from MI6": after "who said", "he" is the
      // relative's antecedent; when no name stands right before "who", it stays open.)
      if ((w === 'he' || w === 'she') && k >= 3 && toks[k - 2].normal === 'who' && REPORTED_BY_WHO.has(toks[k - 1].normal)
        && !(live.length && !live[live.length - 1].pronoun && (live[live.length - 1].end === k - 2 || (live[live.length - 1].end === k - 3 && toks[k - 3].text === ',')))) continue;
      // Inside a quotation "he" is not the speaker (who says "I").
      const speaker = quoteOf[k] >= 0 ? speakerEntity(quotes[quoteOf[k]], refAt, mentions, resolvedAt) : -1;
      // (Passed inline: a named closure would cost a defineProperty per pronoun under tsx.)
      // (A reported clause's subject is the antecedent of "he" or "his", never of "him": "Frisk says Rijkaard greeted him".)
      // ("Mr Blair has the same passion ..., he said." after "..., Alan Milburn told Radio 4": a closing
      // "he said" goes on with the last sentence's speaker, not a person named in what is said.)
      let goesOn = (w === 'he' || w === 'she') && quoteOf[k] < 0 && closingAttribution(toks, k)
        ? lastSpeaker(toks, live, toks[k].sentence, (e) => entities[e].type === 'PERSON' && (genders[e] === '' || genders[e] === g)) : -1;
      // ("Speaking at the trial of his former boss Bernard Ebbers, Scott Sullivan said": a pronoun in an
      // opening participle clause is the main clause's subject, named after it.)
      if (goesOn < 0 && quoteOf[k] < 0) {
        const ahead = participleClauseSubject(doc, mentions, mi, k);
        if (ahead >= 0 && entities[ahead].type === 'PERSON' && (genders[ahead] === '' || genders[ahead] === g)) goesOn = ahead;
      }
      // ("Both Tessa Jowell and John Prescott have welcomed his return": one of a joint subject is not "his".)
      const joint = quoteOf[k] < 0 ? jointSubject(toks, live, k) : NONE;
      // ("a crowd which included Valery Giscard d'Estaing and his wife Anne-Aymone": "his" right after
      // "X and" is X's, when X is a person the pronoun fits; the text outweighs a name list's guess.)
      // ("Wayne Carlisle's cross was met by Scott and he blasted the ball home": "he" right after a
      // passive's agent and "and" is that agent.)
      const coordinated = goesOn < 0 && quoteOf[k] < 0 && (w === 'his' || w === 'her' || ((w === 'he' || w === 'she') && agentBeforeAnd(toks, live, k)))
        ? possessorBeforeAnd(toks, live, k) : -1;
      const fits = coordinated >= 0 && entities[coordinated].type === 'PERSON'
        && (genders[coordinated] === '' || genders[coordinated] === g || guessedGender?.has(coordinated) === true);
      const pick = goesOn >= 0 ? goesOn : fits ? coordinated : choose(toks, live, toks[k].sentence, (m) => entities[m.entity].type === 'PERSON' && (genders[m.entity] === '' || genders[m.entity] === g)
        && (quoteOf[k] >= 0 || quoteOf[m.start] < 0) && m.entity !== speaker && !joint.has(m.entity), w === 'he' || w === 'she' || w === 'his', (w === 'he' || w === 'she') && opensSubordinateClause(toks, k));
      if (pick >= 0) {
        if (genders[pick] === '' || fits) genders[pick] = g;
        out.push({ token: k, entity: pick });
        resolvedAt[k] = pick;
        live.push({ entity: pick, start: k, end: k + 1, phraseStart: k, sentence: toks[k].sentence, pronoun: true });
      }
    } else if (PLURAL.has(w)) {
      // "The Tories insisted they would ...", "Chelsea say they ...": a plural pronoun outside quotes
      // goes to the organisation that is the nearest subject (same sentence, else the one before);
      // a person or place there (a group of people, "they" for a country's people) leaves it alone.
      if (quoteOf[k] >= 0) continue;
      const pick = choose(toks, live, toks[k].sentence, () => true);
      const last = lastSubject(toks, live, toks[k].sentence);
      // ("Italy have only recorded three wins since they joined": a country that takes a plural verb is a side.)
      // ("Scotland will try to give their coach Matt Williams": "their" after a country that opens its
      // sentence as the subject is the side's, whatever the verb's number.)
      const ownSide = w === 'their' && live.some((m) => m.entity === pick && !m.pronoun && m.sentence === toks[k].sentence && opensAsSubject(toks, m));
      if (pick >= 0 && last === pick && (entities[pick].type === 'ORG' || entities[pick].type === 'LOC' && (ownSide || pluralSubject(toks, live, pick, toks[k].sentence, entities)))) {
        out.push({ token: k, entity: pick });
        resolvedAt[k] = pick;
      }
    } else if (w === 'it') {
      // "Sonaptic offers ... It has been working with Vodafone": a subject "it" outside quotes
      // goes to the organisation that is the nearest subject, like "they"; not a pleonastic "it".
      if (quoteOf[k] >= 0 || !organisationIt(toks, k)) continue;
      const pick = choose(toks, live, toks[k].sentence, () => true);
      // ("... the Financial Times reported.\n\nIt was led by", "Sony's Playstation Portable is the
      // top gadget.\n\nIt beats the iPod": a paragraph that opens with "it" goes on about the
      // organisation the sentence before opens with, as its subject; else "it" is what that sentence is about.)
      const paragraph = toks[k - 1]?.pos === 'SPACE';
      if (pick >= 0 && lastSubject(toks, live, toks[k].sentence, true) === pick && entities[pick].type === 'ORG'
        && (!paragraph || live.some((m) => m.entity === pick && m.sentence === toks[k].sentence - 1 && opensAsSubject(toks, m)))) {
        out.push({ token: k, entity: pick });
        resolvedAt[k] = pick;
      }
    } else if (w === 'its') {
      const s = toks[k].sentence;
      const first = live.find((m) => m.sentence === s);
      const between = live.filter((m) => m.sentence === s && m !== first);
      if (first && entities[first.entity].type !== 'PERSON' && between.every((m) => m.entity === first.entity) && subjectLike(toks, first)
        && first.phraseStart <= doc.sentences[s].tokenStart + 1) {
        out.push({ token: k, entity: first.entity });
      } else if (!first && quoteOf[k] < 0 && opensSentence(toks, k)) {
        // "Tesco has a new boss. Its chief executive ...": a sentence that opens with "its" and names
        // nothing before it goes on about the last sentence's subject, when that is no person.
        const pick = choose(toks, live, s, () => true);
        if (pick >= 0 && lastSubject(toks, live, s) === pick && entities[pick].type !== 'PERSON') {
          out.push({ token: k, entity: pick });
          resolvedAt[k] = pick;
        }
      }
    }
  }

  // Pass 2: first person inside quotes goes to the speaker.
  for (let k = 0; k < toks.length; k++) {
    const q = quoteOf[k];
    if (q < 0) continue;
    const w = toks[k].normal;
    if (!mayStart(FIRST_PERSON_FIRST, w) || (!FIRST.has(w) && !PLURAL_FIRST.has(w))) continue;
    if (toks[k].pos !== 'PRON' && !FIRST.has(w)) continue;
    const entity = speakerEntity(quotes[q], refAt, mentions, resolvedAt);
    if (entity < 0) continue;
    const type = entities[entity].type;
    if (FIRST.has(w) ? type === 'PERSON' : type === 'ORG') out.push({ token: k, entity });
  }
  out.sort((a, b) => a.token - b.token);
  return out;
}

// The helpers below are module functions rather than closures in resolvePronouns: tsx keeps
// function names, so a named closure costs a defineProperty each time it is made (per article).

/**
 * Nationalities the article gives its people: "American Andy Roddick", "Spain's Rafael Nadal",
 * "US star Venus Williams": a place, then at most three lower-case words, then the person.
 */
function nationalsOf(toks: Tokens, entities: readonly ArticleEntity[], refs: readonly EntityMentionRef[]): Map<string, Set<number>> {
  const nationals = new Map<string, Set<number>>();
  const byStart = new Map<number, EntityMentionRef>();
  for (const r of refs) if (entities[r.entity].type === 'PERSON') { byStart.set(r.tokenStart, r); if (r.phraseStart !== undefined) byStart.set(r.phraseStart, r); }
  for (const r of refs) {
    if (entities[r.entity].type !== 'LOC') continue;
    let j = r.tokenEnd;
    if (toks[j] && isPossessiveS(toks[j].normal)) j++;
    let person = byStart.get(j) ?? (r.kind === 'demonym' ? byStart.get(r.tokenStart) : undefined);
    for (let n = 0; !person && n < 3 && toks[j] && isLowerStart(toks[j].text) && (toks[j].pos === 'NOUN' || toks[j].pos === 'ADJ'); n++) person = byStart.get(++j);
    if (!person) continue;
    const name = entities[r.entity].name;
    if (!nationals.has(name)) nationals.set(name, new Set());
    nationals.get(name)!.add(person.entity);
  }
  return nationals;
}

/** Verbs of belief and saying whose clause may follow without "that" ("believe it may be linked"). */
const BELIEF_VERBS = new Set(['believe', 'think', 'say', 'suspect', 'fear', 'expect', 'suggest', 'claim', 'insist', 'argue', 'warn', 'hope', 'admit']);

/** "it" at `k` opens a clause as its subject and is no pleonastic "it": "It has been working with", not "it is clear", "made it". */
function organisationIt(toks: Tokens, k: number): boolean {
  const prev = tokenBefore(toks, k);
  // ("many analysts believe it may be linked to Gazprom": the subject of a clause a verb of belief
  // or saying takes without "that" opens that clause.)
  if (prev && prev.sentence === toks[k].sentence && !(prev.pos === 'PUNCT' || prev.pos === 'CCONJ' || prev.pos === 'SCONJ' || prev.normal === 'where' || prev.normal === 'which' || prev.normal === 'that'
    || (prev.pos === 'VERB' && BELIEF_VERBS.has(prev.lemma ?? prev.normal)))) return false;
  let n = k + 1;
  // "it now owns": adverbs before the verb.
  while (toks[n] && toks[n].pos === 'ADV' && n < k + 3) n++;
  const next = toks[n];
  if (!next || next.sentence !== toks[k].sentence || (next.pos !== 'AUX' && next.pos !== 'VERB')) return false;
  const lemma = next.lemma ?? next.normal;
  if (PLEONASTIC_VERBS.has(lemma)) return false;
  if (lemma === 'be' || next.normal === "'s") {
    const after = toks[n + 1];
    // ("It is 25 years since", "It is one of four designs": a number after "is".)
    if (!after || (PLEONASTIC_AFTER_BE.has(after.normal) || after.pos === 'ADJ' || after.pos === 'DET' || after.pos === 'ADV' || after.pos === 'NUM')
      && !(RAISING_AFTER_BE.has(after.normal) && toks[n + 2]?.normal === 'to')) return false;
  }
  // "it would be wrong", "it will take": a modal before a pleonastic verb or "be".
  if (next.pos === 'AUX' && lemma !== 'be' && lemma !== 'have') {
    const v = toks[n + 1];
    if (v && (PLEONASTIC_VERBS.has(v.lemma ?? v.normal) || (v.lemma ?? v.normal) === 'be')) return false;
  }
  return true;
}

/** Only punctuation (an opening quote or bracket) stands before `k` in its sentence. */
function opensSentence(toks: Tokens, k: number): boolean {
  for (let j = k - 1; j >= 0 && toks[j].sentence === toks[k].sentence; j--) if (toks[j].pos !== 'PUNCT' && toks[j].pos !== 'SPACE') return false;
  return true;
}

/**
 * The mention `m` is its sentence's subject and opens it: only its phrase's words stand before it
 * ("Anglo-Dutch consumer goods giant Unilever is"), and it owns nothing after ("Sony's Playstation").
 */
function opensAsSubject(toks: Tokens, m: Ref): boolean {
  if (isPossessiveS(toks[m.end]?.text ?? '')) return false;
  for (let j = m.start - 1; j >= 0 && toks[j].sentence === m.sentence; j--) {
    const t = toks[j];
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'SPACE' || t.text === '-')) return false;
  }
  return true;
}

/**
 * The token before `k`, past the line breaks winkNLP keeps as tokens: a paragraph's break opens
 * the paragraph's first sentence, so without this "It" or "The player" at a paragraph's start
 * would seem to follow a word of its own sentence.
 */
function tokenBefore(toks: Tokens, k: number): Token | undefined {
  let j = k - 1;
  while (j >= 0 && toks[j].pos === 'SPACE') j--;
  return toks[j];
}

/** Subject-like: not governed by a preposition or a verb ("with Putin", "urged Putin", "notified the President"). */
function subjectLike(toks: Tokens, m: Ref, reported = false): boolean {
  let k = m.phraseStart - 1;
  while (k >= 0 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ') && toks[k].sentence === m.sentence) k--;
  if (k < 0 || toks[k].sentence !== m.sentence) return true;
  const p = toks[k];
  if (!(p.pos === 'ADP' || p.pos === 'VERB' || p.pos === 'AUX' || p.pos === 'PART')) return true;
  // "As for Kenenisa Bekele, he was well beaten": a fronted topic is what the clause is about.
  if (p.normal === 'for' && toks[k - 1]?.normal === 'as' && toks[m.end]?.text === ',') return true;
  // "predict the twice-nominated Jamie Foxx will win ... his portrayal": in the pronoun's own
  // sentence, a name after a verb that a verb group follows is the subject of the clause that verb reports.
  if (!reported) return false;
  // "The comments come after Tony Blair defended his ...": a name after a subordinator, before its verb, is that clause's
  // subject (for "he" and "his" only, as above: never "him", "after Bellamy accused him").
  if (SUBORDINATORS.has(p.normal) && (toks[m.end]?.pos === 'VERB' || toks[m.end]?.pos === 'AUX') && toks[m.end].sentence === m.sentence) return true;
  const next = toks[m.end];
  return p.pos === 'VERB' && !!next && next.sentence === m.sentence && (next.pos === 'AUX' || (next.pos === 'VERB' && next.normal !== next.lemma && !next.normal.endsWith('ing')));
}

const NONE: ReadonlySet<number> = new Set();

/** Verbs of saying after "who" before a reported "he" ("a man who said he was from MI6"). */
const REPORTED_BY_WHO = new Set(['said', 'says', 'claimed', 'claims', 'insisted', 'insists', 'told', 'added']);

/**
 * The two people of a joint subject the pronoun at `k` follows in its sentence ("Tessa Jowell and
 * John Prescott have welcomed his return": two names joined by "and", then a verb); else none.
 */
function jointSubject(toks: Tokens, live: readonly Ref[], k: number): ReadonlySet<number> {
  const b = live[live.length - 1];
  const a = live[live.length - 2];
  if (!a || !b || a.pronoun || b.pronoun || b.sentence !== toks[k].sentence || a.sentence !== b.sentence || a.entity === b.entity) return NONE;
  if (a.end !== b.phraseStart - 1 || toks[a.end].normal !== 'and') return NONE;
  let v = b.end;
  while (v < k && toks[v].pos === 'ADV') v++;
  // (A plural verb: "His name is Tote King and Manuel Millan says he is" joins two clauses.)
  if (!(v < k && (toks[v].pos === 'AUX' || toks[v].pos === 'VERB') && !SINGULAR_VERB_FORMS.has(toks[v].normal) && !/[^s]s$/.test(toks[v].normal))) return NONE;
  // ("Alicia Keys, Anastasia, Avril Lavigne and Beyonce Knowles had featured alongside her": the whole list.)
  const joint = new Set([a.entity, b.entity]);
  for (let i = live.length - 3, next = a; i >= 0; i--) {
    const m = live[i];
    if (m.pronoun || m.sentence !== b.sentence || m.end !== next.phraseStart - 1 || toks[m.end].text !== ',') break;
    joint.add(m.entity);
    next = m;
  }
  return joint;
}

/** The mention right before "and" at k - 1 is a passive's agent ("was met by Scott and he"). */
function agentBeforeAnd(toks: Tokens, live: readonly Ref[], k: number): boolean {
  const last = live[live.length - 1];
  return !!last && !last.pronoun && last.end === k - 1 && last.phraseStart > 0 && toks[last.phraseStart - 1].normal === 'by' && toks[k - 1].normal === 'and';
}

/**
 * The subject named right after an opening participle clause that holds `k` ("Speaking at the
 * trial of his former boss, Scott Sullivan said"): the first mention after the clause's comma, when
 * a verb follows it; else -1. `mi` is the index of the first mention at or after `k`.
 */
function participleClauseSubject(doc: AnnotatedText, mentions: readonly Ref[], mi: number, k: number): number {
  const toks = doc.tokens;
  const sentence = toks[k].sentence;
  // (The cheap test first: the sentence opens with an -ing verb; then no comma stands between it and `k`.)
  let start = doc.sentences[sentence].tokenStart;
  while (start < k && (toks[start].pos === 'SPACE' || toks[start].pos === 'PUNCT')) start++;
  if (toks[start].pos !== 'VERB' || !toks[start].normal.endsWith('ing')) return -1;
  for (let q = start; q < k; q++) if (toks[q].text === ',') return -1;
  let comma = k + 1;
  while (comma < toks.length && toks[comma].sentence === sentence && toks[comma].text !== ',') comma++;
  if (toks[comma]?.text !== ',') return -1;
  let q = mi;
  while (q < mentions.length && mentions[q].start <= comma) q++;
  const m = mentions[q];
  if (!m || m.sentence !== sentence || m.phraseStart > comma + 3) return -1;
  const verb = toks[m.end];
  return verb && verb.sentence === sentence && (verb.pos === 'VERB' || verb.pos === 'AUX') ? m.entity : -1;
}

/**
 * The entity named right before "and" at k - 1 ("X and his wife"), else -1; not one named as
 * someone's kin ("guiding the career of husband Ozzy and her family": "her" is the subject's).
 */
function possessorBeforeAnd(toks: Tokens, live: readonly Ref[], k: number): number {
  const last = live[live.length - 1];
  if (k < 2 || toks[k - 1].normal !== 'and' || !last || last.pronoun || last.end !== k - 1) return -1;
  return last.start > 0 && isKinNoun(toks[last.start - 1].normal) || last.phraseStart > 0 && isKinNoun(toks[last.phraseStart - 1].normal) ? -1 : last.entity;
}

/** Forms of "be" and "have" that agree with one subject. */
const SINGULAR_VERB_FORMS = new Set(['is', 'was', 'has', "'s", 'does']);

/** The entity of quote `q`'s speaker: a name, or a pronoun resolved so far; -1 if unknown. */
function speakerEntity(q: Quote, refAt: readonly number[], mentions: readonly Ref[], resolvedAt: readonly number[]): number {
  const sp = q.speakerToken;
  if (sp < 0) return -1;
  return refAt[sp] >= 0 ? mentions[refAt[sp]].entity : resolvedAt[sp];
}

/**
 * The person the headline names (`headline`, else the lead sentence 0) among those named in the
 * latest sentence before `sentence` that names `pick`, when `pick` is not named there; else undefined.
 */
function headlinePerson(live: readonly Ref[], pick: number, sentence: number, isPerson: (e: number) => boolean, headline?: ReadonlySet<number>): number | undefined {
  // (Without a headline, the lead sentence, which most stories open with their person in focus.)
  const inHeadline = headline ?? new Set(live.filter((m) => m.sentence === 0 && !m.pronoun).map((m) => m.entity));
  if (inHeadline.has(pick) || (!headline && sentence === 0)) return undefined;
  let at = -1;
  for (let i = live.length - 1; i >= 0; i--) if (live[i].entity === pick && live[i].sentence < sentence) { at = live[i].sentence; break; }
  if (at < 0 || (!headline && at === 0)) return undefined;
  const other = live.find((m) => m.sentence === at && m.entity !== pick && inHeadline.has(m.entity) && isPerson(m.entity));
  return other?.entity;
}

/**
 * Length of "the 21-year-old [noun]" starting at the "the" at `k` (the noun included when one
 * follows), or 0.
 */
function ageDescription(toks: Tokens, k: number): number {
  if (toks[k + 1]?.pos !== 'NUM') return 0; // the usual case, told before making the helper below
  const t = (j: number) => toks[k + j];
  if (!(t(1)?.pos === 'NUM' && t(2)?.text === '-' && t(3)?.normal === 'year' && t(4)?.text === '-' && t(5)?.normal === 'old')) return 0;
  for (let j = 1; j <= 5; j++) if (t(j).sentence !== toks[k].sentence || (j > 1 && t(j).spaceBefore)) return 0;
  if (t(6)?.pos === 'NOUN' && t(6).sentence === toks[k].sentence) return NEW_PERSON_NOUNS.has(t(6).normal) ? 0 : 7;
  return 6;
}

/**
 * The one person a name mention so far is titled with `noun` ("US rapper Snoop Dogg" for "rapper"), or -1
 * when none or several are; only for a noun (an age description may end in "-old").
 */
function titledWith(toks: Tokens, live: readonly Ref[], entities: readonly ArticleEntity[], noun: Token | undefined): number {
  if (!noun || noun.pos !== 'NOUN') return -1;
  let found = -1;
  for (const m of live) {
    if (m.pronoun || entities[m.entity].type !== 'PERSON' || m.entity === found) continue;
    let titled = toks[m.start - 1]?.normal === noun.normal;
    for (let j = m.phraseStart; j < m.start && !titled; j++) titled = toks[j].normal === noun.normal;
    if (!titled) continue;
    if (found >= 0) return -1;
    found = m.entity;
  }
  return found;
}

/** How many different people the mentions of sentence `sentence` so far name. */
function personsBefore(live: readonly Ref[], sentence: number, entities: readonly ArticleEntity[]): number {
  const seen = new Set<number>();
  for (let i = live.length - 1; i >= 0 && live[i].sentence === sentence; i--) if (entities[live[i].entity].type === 'PERSON') seen.add(live[i].entity);
  return seen.size;
}

/** Roles a demonym before them makes a national side's ("the Danish international", "the Spanish captain"). */
const SIDE_ROLE_WORDS = new Set(['international', 'captain', 'skipper', 'coach', 'manager']);

/** Players and performers an article about one of them calls by their role ("the midfielder", "the singer"). */
const FOCUS_ROLES = new Set(['player', 'midfielder', 'striker', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'sprinter', 'athlete',
  'singer', 'actor', 'actress', 'rapper', 'star', 'frontman', 'comedian', 'veteran', 'youngster', 'international', 'captain', 'skipper', 'champion',
  'pioneer', 'legend', 'icon', 'manager', 'coach', 'boss']);

/** Words of a post's tenure before a role ("the new manager", "the former captain"). */
const TENURE_WORDS = new Set(['new', 'former', 'current', 'interim', 'caretaker', 'incoming', 'outgoing']);

/** Focus roles of a side's head, which stand for the person in focus only when a side names them or the article titled someone so ("the new Scotland manager"). */
const SIDE_HEAD_ROLES = new Set(['manager', 'coach', 'boss']);

/** A country's name or a capitalised name stands in tokens [from, to) ("the new Scotland manager", "the Arsenal boss"). */
function sideNamedIn(toks: Tokens, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (/^\p{Lu}/u.test(toks[j].text)) return true;
  return false;
}

/** Roles a lower-case noun may say the kind of ("the punk pioneer", "the tennis legend"); not "the rap star" or "the music player", where the kind fits others too. */
const KIND_ROLES = new Set(['pioneer', 'legend', 'icon']);

/**
 * Length of "the Brazilian midfielder", "the player", "the veteran keeper" starting at the "the"
 * at `k` when it is a clause's subject (a verb follows): a player's or performer's role, with up
 * to two lower-case adjectives or a demonym before it, is the person in focus, as an age
 * description is. 0 if none, or when a name mention covers it ("the Arsenal striker").
 */
function roleDescription(toks: Tokens, k: number, refAt: readonly number[], mentions: readonly Ref[]): number {
  const sentence = toks[k].sentence;
  let j = k + 1;
  // ('"...," the Black Sabbath singer told reporters': a band's name before a band member's role.)
  const band = refAt[j] >= 0 ? mentions[refAt[j]].end : -1;
  if (band > j && BAND_ROLES.has(toks[band]?.normal ?? '') && toks[band].sentence === sentence) j = band;
  // ("the former Scotland international": a country's name may stand where its demonym does.)
  for (let n = 0; n < 2 && toks[j]?.sentence === sentence; n++, j++) {
    const t = toks[j];
    // (A name other than a country's ends the description.)
    const country = countryEntry(t.text)?.kind === 'country';
    if (refAt[j] >= 0 && !country) {
      // ("The former Libertines singer had been granted bail": or after an adjective.)
      const end = mentions[refAt[j]].end;
      if (n > 0 && BAND_ROLES.has(toks[end]?.normal ?? '') && toks[end].sentence === sentence) j = end;
      break;
    }
    // ("the French international defender": a role word may modify another.)
    if (FOCUS_ROLES.has(t.normal) && !FOCUS_ROLES.has(toks[j + 1]?.normal ?? '')) break;
    // ("The punk pioneer", "the rock star": a lower-case noun may say what kind.)
    const kind = t.pos === 'NOUN' && isLowerStart(t.text) && KIND_ROLES.has(toks[j + 1]?.normal ?? '');
    // ("The new Scotland manager": the tagger may read a lower-case "new" as part of a name.)
    if (!((t.pos === 'ADJ' || TENURE_WORDS.has(t.normal)) && isLowerStart(t.text)) && !kind && !countryOfDemonym(t.text) && !country && !FOCUS_ROLES.has(t.normal)) return 0;
  }
  const role = toks[j];
  let after = toks[j + 1];
  if (!role || role.sentence !== sentence || refAt[j] >= 0 || !FOCUS_ROLES.has(role.normal) || !after || after.sentence !== sentence) return 0;
  // ("The star of Rain Man and Tootsie said": past the works a star's "of" names, none of them a name mention.)
  if (after.normal === 'of' && role.normal === 'star') {
    let w = j + 2;
    while (w < j + 10 && toks[w]?.sentence === sentence && refAt[w] < 0 && (/^\p{Lu}/u.test(toks[w].text) || toks[w].normal === 'and' || toks[w].text === ',')) w++;
    if (w > j + 2 && /^\p{Lu}/u.test(toks[w - 1].text)) after = toks[w];
  }
  // ("But the player, who missed the victory through injury, must attend": or a relative clause on it.)
  // (Only opening a clause: not "a cyborg controlled by the player, who had to save his crew".)
  const before = tokenBefore(toks, k);
  const opens = !before || before.sentence !== sentence || before.pos === 'CCONJ' || before.pos === 'PUNCT';
  const relative = opens && after.text === ',' && toks[j + 2]?.normal === 'who' && toks[j + 2].sentence === sentence;
  return relative || (after && after.sentence === sentence && (after.pos === 'AUX' || (after.pos === 'VERB' && !/ing$/.test(after.normal)))) ? j + 1 - k : 0;
}

/**
 * Length of "the American" starting at the "the" at `k`: a singular demonym used as a noun (no
 * noun after it) is a person of that nationality, as an age description is the person in focus;
 * plural and collective forms ("the Irish", "the Italians") are the nation or its team, and "the
 * first Briton to" introduces no one. 0 if none.
 */
function nationalityDescription(toks: Tokens, k: number): number {
  const j = k + 1;
  const sentence = toks[k].sentence;
  const d = toks[j];
  if (!d || d.sentence !== sentence) return 0;
  const c = d.text.charCodeAt(0); // a capital first (/^[A-Z]/; runs after every "the")
  if (c < 65 || c > 90 || !countryOfDemonym(d.text)) return 0;
  if (isCollectiveDemonym(d.normal)) return 0;
  const next = toks[j + 1];
  if (next && next.sentence === sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return 0;
  return j + 1 - k;
}

/** The entity of the nearest subject-like name mention in this sentence or the one before, or -1. */
function lastSubject(toks: Tokens, cands: Ref[], sentence: number, single = false): number {
  for (let i = cands.length - 1; i >= 0 && cands[i].sentence >= sentence - 1; i--) {
    const m = cands[i];
    if (m.pronoun || !subjectLike(toks, m)) continue;
    // "Cable & Wireless and NTL have announced that they ...": "they" is the list, not its last name.
    // (For a singular pronoun, `single`: "Separately, Fujitsu announced that it": a comma after an
    // opening adverb or phrase is no list's. "For the study, Ericsson interviewed owners on the ways
    // they use" keeps "they" open: a plural more often stands for people the rules do not name.)
    const before = m.phraseStart > 0 ? toks[m.phraseStart - 1].normal : '';
    const listComma = before === ',' && (!single || (m.phraseStart > 1 && toks[m.phraseStart - 2].pos === 'PROPN'));
    return before === 'and' || before === '&' || listComma ? -1 : m.entity;
  }
  return -1;
}

/**
 * A mention of `entity` so far is a subject that takes a plural verb ("Italy have", "France are"):
 * a side, not a country; and no other body or place is named in the pronoun's sentence before it
 * ("Reports suggest Liverpool will lift their offer" after "Monaco are").
 */
function pluralSubject(toks: Tokens, live: readonly Ref[], entity: number, sentence: number, entities: readonly ArticleEntity[]): boolean {
  for (let i = live.length - 1; i >= 0 && live[i].sentence === sentence; i--) if (live[i].entity !== entity && entities[live[i].entity].type !== 'PERSON') return false;
  for (let i = live.length - 1; i >= 0; i--) {
    const m = live[i];
    const next = toks[m.end];
    if (m.entity === entity && !m.pronoun && next && next.sentence === m.sentence && PLURAL_VERBS.has(next.normal) && subjectLike(toks, m)) return true;
  }
  return false;
}

/** The pronoun at `k` attributes its sentence at the end: ", he said." */
function closingAttribution(toks: Tokens, k: number): boolean {
  const before = toks[k - 1];
  const verb = toks[k + 1];
  const after = toks[k + 2];
  return !!before && before.text === ',' && !!verb && verb.sentence === toks[k].sentence && SPEECH_VERBS.has(verb.normal)
    && (!after || after.sentence !== toks[k].sentence || after.text === '.');
}

/**
 * The person who spoke the sentence before (or the one before that): a name a verb of speech
 * follows within a short apposition ("Alan Milburn, Labour's election strategist, told") or comes
 * right before ("said Alan Milburn"); -1 if none, when that sentence has two speakers, or when it
 * has no speaker but a person as its subject ("Mr Gref was keen to distance himself ...": then the
 * usual choice decides).
 */
function lastSpeaker(toks: Tokens, live: readonly Ref[], sentence: number, ok: (e: number) => boolean): number {
  for (let back = 1; back <= 2; back++) {
    let found = -1;
    let subject = false;
    for (let i = live.length - 1; i >= 0 && live[i].sentence >= sentence - back; i--) {
      const m = live[i];
      if (m.sentence !== sentence - back || !ok(m.entity)) continue;
      if (subjectLike(toks, m)) subject = true;
      if (m.pronoun) continue;
      let j = m.end;
      while (j < m.end + 8 && toks[j] && toks[j].sentence === m.sentence && !SPEECH_VERBS.has(toks[j].normal) && toks[j].pos !== 'VERB') j++;
      // (A verb, not a noun: "Mr Iliaronov's comments" is no speaker.)
      const after = toks[j] && toks[j].sentence === m.sentence && SPEECH_VERBS.has(toks[j].normal) && toks[j].pos === 'VERB';
      const before = m.phraseStart > 0 && SPEECH_VERBS.has(toks[m.phraseStart - 1].normal) && toks[m.phraseStart - 1].pos === 'VERB';
      if (!after && !before) continue;
      if (found >= 0 && found !== m.entity) return -1;
      found = m.entity;
    }
    if (found >= 0) return found;
    if (subject) return -1;
  }
  return -1;
}

/** Words that open a subordinate clause ("... as she suffered", "... after he scored"). */
const SUBORDINATORS = new Set(['as', 'when', 'after', 'because', 'while', 'since', 'before', 'until', 'although', 'though', 'once', 'if']);

/** The pronoun at `k` is the subject of a subordinate clause of its sentence ("There was a setback for Jade Johnson as she suffered"). */
function opensSubordinateClause(toks: Tokens, k: number): boolean {
  const before = toks[k - 1];
  const after = toks[k + 1];
  return !!before && before.sentence === toks[k].sentence && SUBORDINATORS.has(before.normal) && !!after && (after.pos === 'AUX' || after.pos === 'VERB');
}

/**
 * Most salient antecedent: a subject-like mention earlier in the sentence, else the nearest earlier
 * sentence's subject. A pronoun subject of a subordinate clause (`subordinate`) whose main clause
 * names no subject-like person goes to the one person that clause does name ("a setback for Jade
 * Johnson as she suffered").
 */
function choose(toks: Tokens, cands: Ref[], sentence: number, ok: (m: Ref) => boolean, reported = false, subordinate = false): number {
  let best = -1;
  let only = -1;
  let several = false;
  for (let i = cands.length - 1; i >= 0; i--) {
    const m = cands[i];
    if (m.sentence !== sentence) break;
    if (!ok(m)) continue;
    if (m.pronoun || subjectLike(toks, m, reported)) { best = m.entity; break; }
    if (only >= 0 && only !== m.entity) several = true;
    only = m.entity;
  }
  if (best >= 0) return best;
  if (subordinate && only >= 0 && !several) return only;
  // Earlier sentences, nearest first: within the nearest one that has a compatible mention, its
  // first subject-like mention, else its first mention. One backward walk over the mentions.
  let i = cands.length - 1;
  while (i >= 0 && cands[i].sentence === sentence) i--;
  while (i >= 0 && cands[i].sentence >= sentence - 4) {
    const s = cands[i].sentence;
    let firstOk: Ref | undefined;
    let firstSubj: Ref | undefined;
    for (; i >= 0 && cands[i].sentence === s; i--) {
      const m = cands[i];
      if (!ok(m)) continue;
      firstOk = m; // walking backwards, so the last one seen is the first in the sentence
      if (m.pronoun || subjectLike(toks, m)) firstSubj = m;
    }
    if (firstOk) return (firstSubj ?? firstOk).entity;
  }
  for (let i = cands.length - 1; i >= 0; i--) if (cands[i].sentence === sentence && ok(cands[i])) return cands[i].entity;
  return -1;
}

// Entity pairs the other rules left unlinked. News sentences often link two named things
// through one verb group with material between them that the clause rules do not model ("the
// US lifted a trade ban on Libya", "Molyneux left Bullfrog in 1997 to set up Lionhead"). For
// every pair of entity noun phrases in one clause with no candidate yet, this reads the chunks
// between them: one finite verb group (or, after it, a purpose infinitive or a participle
// adjunct), the head noun of an object between, and the preposition before the second entity.
// Lists of names at either end share the link; a closed aside after the subject is skipped;
// reduced passives ("owned by") swap the ends. Guards keep it inside one clause: no link from
// the object of a preposition or verb, through object control, reported speech, a name inside
// a title ("Arsenal and England defender Cole"), or "with X saying". Appositions whose noun
// takes the second name ("X, a replacement for Y") are read here too. It is the widest and
// least certain source, so its confidence sits below every other rule's.
import type { Chunk } from './sentence-chunks.ts';
import { INFINITIVE_HEADS, absoluteClauseAfter, addCandidate, bareName, claimedSubject, entityEnd, isAmount, isNoDeterminer, tok, word, type SentenceScope } from './sentence-scope.ts';
import { APPEARANCE_NOUNS, CONTEST_NOUNS, OBJECT_CONTROL_VERBS, OUTCOME_NOUNS, PREPOSITIONAL_GERUNDS, REPORTING_VERBS } from './lexicon.ts';

/** Confidence of a pair linked by a verb group; below the Open IE mapping and the hand rules. */
export const PAIR_VERB_CONFIDENCE = 0.4;

/** Verbs that link a speaker to what is said, not to the entity named in it. */
const SPEECH_BEYOND_REPORTING = new Set(['warn', 'deny', 'report', 'reveal', 'confirm', 'announce']);
const isSpeech = (lemma: string): boolean => REPORTING_VERBS.has(lemma) || SPEECH_BEYOND_REPORTING.has(lemma);

/** Prepositions after which the second entity is a party to the action, not a time or topic. */
const PARTY_PREPS = new Set(['to', 'with', 'against', 'from', 'into', 'for', 'by', 'on', 'over', 'at', 'in', 'alongside', 'as', 'of', 'behind', 'under', 'towards', 'onto', 'through', 'without', 'between', 'among', 'across', 'outside', 'inside', 'within', 'after', 'before', 'like', 'than']);

/** Adverbs and conjunctions that open a clause of their own. */
const CLAUSE_OPENERS = new Set(['when', 'where', 'whereas', 'while', 'whilst', 'but', 'yet']);

/** Clause breaks: no pair relation reaches across them. */
function breaksClause(s: SentenceScope, c: Chunk): boolean {
  if (c.kind === 'SC') return true;
  // "missed Everton's best chance when/ADV Carroll saved", "received a hostile reception, but goals from X":
  // a wh-adverb or "but" opens another clause.
  if (c.kind === 'ADV' || c.kind === 'CC') return CLAUSE_OPENERS.has(word(s, c));
  if (c.kind === 'PUNCT') {
    const t = tok(s, c.start).text;
    return t === ';' || t === ':' || t === '"' || t === '“' || t === '”' || t === '(' || t === ')' || t === '-' || t === '–';
  }
  return false;
}

/** Candidates for entity pairs of the sentence that no earlier rule linked (candidates from `rulesFrom` on are this sentence's). */
export function pairRelations(s: SentenceScope, rulesFrom: number): void {
  appositionNouns(s, rulesFrom);
  const { chunks } = s;
  const named: number[] = [];
  for (let j = 0; j < chunks.length; j++) if (chunks[j].kind === 'NP' && chunks[j].np!.entity >= 0) named.push(j);
  if (named.length < 2) return;
  const linked = new Set<string>();
  for (let k = rulesFrom; k < s.out.length; k++) {
    const c = s.out[k];
    if (c.subject.kind === 'entity' && c.object.kind === 'entity') {
      linked.add(`${c.subject.entity}|${c.object.entity}`);
      linked.add(`${c.object.entity}|${c.subject.entity}`);
    }
  }
  for (let x = 0; x < named.length; x++) {
    for (let y = x + 1; y < named.length; y++) {
      const a = named[x];
      const b = named[y];
      const ea = chunks[a].np!.entity;
      const eb = chunks[b].np!.entity;
      if (ea === eb || linked.has(`${ea}|${eb}`)) continue;
      // Coordinated ends share the link of the chain member next to the verb: "X and Y skipped
      // tests in Z and W" links X and Y with Z and W.
      const subjectEnd = chainEnd(s, a);
      const objectStart = chainStart(s, b);
      if (objectStart <= subjectEnd) continue;
      const link = linkBetween(s, a, subjectEnd, objectStart);
      if (!link) continue;
      linked.add(`${ea}|${eb}`);
      linked.add(`${eb}|${ea}`);
      const [subject, object] = link.swap ? [eb, ea] : [ea, eb];
      addCandidate(s, entityEnd(subject), link.predicate, entityEnd(object), { negated: link.negated, confidence: link.confidence });
    }
  }
}

/** `noun` names a contest or its outcome and `prep` introduces the other side ("win over", "match against"). */
function contestSide(noun: string, prep: string): boolean {
  // ("Bath's team for Friday's clash with Gloucester": "with" names the other side too.)
  return OUTCOME_NOUNS.get(noun)?.preps.includes(prep) ?? (CONTEST_NOUNS.has(noun) && (prep === 'against' || prep === 'with'));
}

/**
 * "Nathan Lane, a last-minute replacement for Richard Dreyfuss", "Acme, a subsidiary of Globex":
 * an apposition whose head noun takes the second name through a preposition relates the two by
 * that noun. Titles are the role rules' job, so only pairs no rule linked count.
 */
function appositionNouns(s: SentenceScope, rulesFrom: number): void {
  const { chunks } = s;
  for (let j = 0; j + 4 < chunks.length; j++) {
    const a = chunks[j];
    const np = chunks[j + 2];
    const p = chunks[j + 3];
    const b = chunks[j + 4];
    if (a.kind !== 'NP' || a.np!.entity < 0 || !(chunks[j + 1].kind === 'PUNCT' && word(s, chunks[j + 1]) === ',')) continue;
    // "... run out of London, the mayor of Frankfurt has ...": a name after a preposition ends a clause, it takes no apposition.
    if (chunks[j - 1]?.kind === 'P' || chunks[j - 1]?.kind === 'VG') continue;
    if (np.kind !== 'NP' || np.np!.entity >= 0 || np.np!.pronoun || np.np!.possessor >= 0 || p.kind !== 'P' || b.kind !== 'NP' || b.np!.entity < 0) continue;
    const head = tok(s, np.head);
    const prep = word(s, p);
    if (head.pos !== 'NOUN' || !APPOSITION_PREPS.has(prep) || b.np!.entity === a.np!.entity) continue;
    const ea = a.np!.entity;
    const eb = b.np!.entity;
    const linked = s.out.slice(rulesFrom).some((c) => c.subject.kind === 'entity' && c.object.kind === 'entity'
      && ((c.subject.entity === ea && c.object.entity === eb) || (c.subject.entity === eb && c.object.entity === ea)));
    if (linked) continue;
    addCandidate(s, entityEnd(ea), `${head.lemma ?? head.normal} ${prep}`, entityEnd(eb), { confidence: PAIR_VERB_CONFIDENCE });
  }
}

/** Prepositions after an apposition's noun that take a party ("replacement for", "rival to", "critic of"). */
const APPOSITION_PREPS = new Set(['for', 'of', 'to', 'with', 'against']);

interface Link {
  predicate: string;
  negated: boolean;
  swap: boolean;
  confidence: number;
}

/** A chunk that joins members of a list of names: "and", "or", a comma. */
function joins(s: SentenceScope, c: Chunk | undefined): boolean {
  return !!c && ((c.kind === 'CC' && (word(s, c) === 'and' || word(s, c) === 'or')) || (c.kind === 'PUNCT' && word(s, c) === ','));
}

/** The last name of a list of names that starts at chunk `j` and ends with "and"/"or" + name ("X, Y and Z"), or `j`. */
function chainEnd(s: SentenceScope, j: number): number {
  const { chunks } = s;
  let k = j;
  let end = j;
  while (joins(s, chunks[k + 1]) && bareName(s, chunks[k + 2])) {
    k += 2;
    if (chunks[k - 1].kind === 'CC') end = k;
  }
  return end;
}

/** The first name of a list of names that ends at chunk `j` ("tests in X and Y": X for Y), or `j`. */
function chainStart(s: SentenceScope, j: number): number {
  const { chunks } = s;
  if (!(chunks[j - 1]?.kind === 'CC' && joins(s, chunks[j - 1]))) return j;
  let k = j;
  while (joins(s, chunks[k - 1]) && bareName(s, chunks[k - 2])) k -= 2;
  // ("to the Red Cross and actor Leonardo DiCaprio pledged aid": a name with its own verb opens a
  // clause; not in "with the likes of X, Y and Z injured".)
  const after = chunks[j + 1];
  if (after?.kind === 'VG' && !after.vg!.infinitive && !after.vg!.gerund && !withBefore(s, k)) return j;
  return k;
}

/** A "with" opens the phrase the list at chunk `k` ends ("with X, Y and Z injured", "with the likes of X ..."). */
function withBefore(s: SentenceScope, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const c = s.chunks[q];
    if (c.kind === 'P' && word(s, c) === 'with') return true;
    if (c.kind !== 'NP' && c.kind !== 'P') return false;
  }
  return false;
}

/**
 * The words that link the entity NP at chunk `a` (or the list of names it opens, ending at
 * `from`) with the one at `b`, or undefined when they are not one clause's ends.
 */
function linkBetween(s: SentenceScope, a: number, from: number, b: number): Link | undefined {
  const { chunks } = s;
  const reduced = reducedPassive(s, from, b);
  if (reduced) return reduced;
  // The first entity must be able to be a subject: not the object of a preposition or a verb
  // (a verb of saying opens a clause: "said he had suspended Mr Houston").
  // "Jailed tycoon X has ...": a participle opening the sentence modifies the name.
  // ("commissioned by the Film Council and Channel 4, beat films by X": the lead of the whole list the first entity ends.)
  const lead = chunks[chainStart(s, a) - 1];
  // ("rejected the idea Mr Kilroy-Silk posed a threat to UKIP": what a claim holds links no one, as its verbs state nothing.)
  if (claimedSubject(s, chainStart(s, a))) return undefined;
  const openingParticiple = lead?.kind === 'VG' && a - 1 === 0 && lead.vg!.bareParticiple;
  if (lead && (lead.kind === 'P' || (lead.kind === 'VG' && !openingParticiple && !isSpeech(lead.vg!.lemma)))) return undefined;
  a = from;
  const verbs: number[] = [];
  let objectHead = '';
  /** The preposition before the object noun ("trailing behind competitors like Google"). */
  let objectPrep = '';
  let objectChunk = -1;
  let namedAfter = -1;
  // "Indonesia, which accepted the offer, owes the Paris Club ...", "Letwin, one of the men
  // lampooned, affects ...": a closed aside after the subject is skipped.
  const asideEnd = closedAside(s, a, b);
  for (let k = asideEnd > 0 ? asideEnd + 1 : a + 1; k < b; k++) {
    const c = chunks[k];
    if (breaksClause(s, c)) return undefined;
    if (c.kind === 'VG') {
      verbs.push(k);
      objectHead = '';
    } else if (c.kind === 'REL') {
      // "X, who joined Y": only a relative right after the first entity keeps it as the subject.
      if (k > a + 2 || (k === a + 2 && !(chunks[a + 1].kind === 'PUNCT' && word(s, chunks[a + 1]) === ','))) return undefined;
    } else if (c.kind === 'NP' && verbs.length) {
      // Another entity after the last verb is that verb's object: the second entity is not.
      if (c.np!.entity >= 0 || c.np!.pronoun) namedAfter = verbs.at(-1)!;
      else if (!objectHead) {
        objectHead = tok(s, c.head).lemma ?? tok(s, c.head).normal;
        objectPrep = chunks[k - 1]?.kind === 'P' ? word(s, chunks[k - 1]) : '';
        objectChunk = k;
      }
    } else if (c.kind === 'NP') {
      // A phrase between the subject and its verb ("X's chief executive Y", "in London, Bernath
      // cut ...") is the clause's subject or the first entity's apposition: no link from X.
      return undefined;
    } else if (c.kind === 'CC' && !verbs.length) {
      return undefined;
    }
  }
  const verb = clauseVerb(s, a, verbs);
  if (!verb || namedAfter === verbs.at(-1)) return undefined;
  const before = chunks[b - 1];
  const prep = before?.kind === 'P' ? word(s, before) : '';
  const vg = verb.vg!;
  if (vg.copula) return undefined;
  const lemma = vg.lemma;
  if (isSpeech(lemma)) return undefined;
  if (prep && !PARTY_PREPS.has(prep)) return undefined;
  // "played the last 20 minutes of Saracens' win over Northampton": the second name is the other
  // side of a contest named between, not a party to the verb ("make his third start in the match
  // against Harlequins": an appearance in it is).
  if (prep && b - 2 > objectChunk && objectChunk >= 0 && chunks[b - 2].kind === 'NP' && contestSide(tok(s, chunks[b - 2].head).normal, prep)
    && !APPEARANCE_NOUNS.has(objectHead)) return undefined;
  // The second entity opens a clause of its own ("X said Y will ..."): it is no object of X's verb.
  const after = chunks[b + 1];
  if (after?.kind === 'VG' && !after.vg!.infinitive && !after.vg!.gerund) return undefined;
  if (prep === 'with' && absoluteClauseAfter(s, b)) return undefined;
  const confidence = PAIR_VERB_CONFIDENCE * vg.certainty * (verbs.length > 1 ? ADJUNCT_FACTOR : 1);
  if (vg.passive) {
    if (prep !== 'by') return undefined;
    return { predicate: vg.words.join(' '), negated: vg.negated, swap: true, confidence };
  }
  const words = [...vg.words];
  // "trailing behind competitors like Google", "signing up stars like Justin Timberlake": the second
  // name is an example of the object noun, so it is the verb's object itself.
  const example = prep === 'like' || prep === 'as' && tok(s, before.start - 1)?.normal === 'such';
  // ("central European countries/VERB such as the Czech Republic": examples right after the verb
  // group list a noun the tagger misread as a verb.)
  if (example && objectHead === 'such' && chunks[objectChunk].end - chunks[objectChunk].start === 1) return undefined;
  if (objectHead && example) {
    if (examplesOf(s, objectChunk, b - 1)) {
      if (objectPrep) words.push(objectPrep);
      return { predicate: words.join(' '), negated: vg.negated, swap: false, confidence };
    }
    // "considering proposals from other firms such as Dassault": the examples are of the noun the
    // preposition after the object introduces (consider proposal from); anything else is no link.
    const listed = examplesOf(s, b - 2, b - 1) ? b - 2 : b - 3;
    const via = chunks[listed - 1];
    if (chunks[listed]?.kind !== 'NP' || via?.kind !== 'P' || listed - 2 !== objectChunk || !PARTY_PREPS.has(word(s, via))) return undefined;
    words.push(objectHead, word(s, via));
    return { predicate: words.join(' '), negated: vg.negated, swap: false, confidence };
  }
  // ("accepted $6.75bn (£3.6bn) from Verizon": an amount's unit is no object noun: accept from;
  // "help renationalise [$6bn] of Yukos": an "of" then belongs to no noun of the clause.)
  const amountObject = objectChunk >= 0 && isAmount(s.ctx.tokens, chunks[objectChunk].start, chunks[objectChunk].end, chunks[objectChunk].head);
  if (amountObject && prep === 'of') return undefined;
  if (objectHead && prep && !amountObject) words.push(objectHead);
  if (prep) words.push(prep);
  // ("have had no dealings whatsoever with Adriano": an object noun with "no" denies the act.)
  const denied = objectHead !== '' && isNoDeterminer(s.ctx.tokens, chunks[objectChunk].start);
  return { predicate: words.join(' '), negated: vg.negated !== denied, swap: false, confidence };
}

/**
 * Nothing but a comma and a lone "such" stands between the noun at chunk `noun` and the "like" or
 * "as" at chunk `marker`: the examples are the noun's ("places, such as Liverpool"), not those of
 * a later noun ("proposals from other firms such as Dassault").
 */
function examplesOf(s: SentenceScope, noun: number, marker: number): boolean {
  for (let k = noun + 1; k < marker; k++) {
    const c = s.chunks[k];
    if (!(c.kind === 'PUNCT' && word(s, c) === ',') && !(c.kind === 'NP' && c.end - c.start === 1 && tok(s, c.start).normal === 'such')) return false;
  }
  return true;
}

/**
 * "Perrier, the French mineral water owned by Nestle", "a company founded by Smith": a bare
 * participle with "by" right after the first entity (or after its apposition) is a reduced
 * passive whose agent is the second entity.
 */
function reducedPassive(s: SentenceScope, a: number, b: number): Link | undefined {
  const { chunks } = s;
  let k = a + 1;
  if (chunks[k]?.kind === 'PUNCT' && word(s, chunks[k]) === ',' && chunks[k + 1]?.kind === 'NP' && chunks[k + 1].np!.entity < 0 && !chunks[k + 1].np!.pronoun) k += 2;
  // "Bent, played onside by Heintze,": the participle may open the aside itself.
  else if (chunks[k]?.kind === 'PUNCT' && word(s, chunks[k]) === ',' && chunks[k + 1]?.kind === 'VG') k += 1;
  const verb = chunks[k];
  // ("played onside by": one adverb or adjective may stand before "by".)
  const between = chunks[k + 1]?.kind === 'ADV' || (chunks[k + 1]?.kind === 'NP' && chunks[k + 1].end - chunks[k + 1].start === 1 && tok(s, chunks[k + 1].start).pos === 'ADJ') ? 1 : 0;
  if (verb?.kind !== 'VG' || !verb.vg!.bareParticiple || verb.vg!.negated || chunks[k + 1 + between]?.kind !== 'P' || word(s, chunks[k + 1 + between]) !== 'by' || k + 2 + between !== b) return undefined;
  const words = between ? [...verb.vg!.words, word(s, chunks[k + 1])] : verb.vg!.words;
  return { predicate: words.join(' '), negated: false, swap: true, confidence: PAIR_VERB_CONFIDENCE * ADJUNCT_FACTOR };
}

/**
 * The chunk index of the comma or dash that closes an aside opened right after chunk `a` (a
 * relative clause or an apposition, with no name of its own before `b`), when a verb group
 * follows it; else -1.
 */
function closedAside(s: SentenceScope, a: number, b: number): number {
  const { chunks } = s;
  const open = chunks[a + 1];
  if (open?.kind !== 'PUNCT' || !(word(s, open) === ',' || word(s, open) === '-' || word(s, open) === '\u2013')) return -1;
  const mark = word(s, open);
  for (let k = a + 2; k < b - 1; k++) {
    const c = chunks[k];
    if (c.kind === 'NP' && c.np!.entity >= 0) return -1;
    if (c.kind === 'PUNCT' && word(s, c) === mark) return k > a + 2 && chunks[k + 1]?.kind === 'VG' ? k : -1;
    if (breaksClause(s, c) && !(c.kind === 'PUNCT' && word(s, c) === mark)) return -1;
  }
  return -1;
}

/** Confidence factor when the verb is a purpose infinitive or participle adjunct, not the main verb. */
const ADJUNCT_FACTOR = 0.9;

/**
 * The verb group whose subject is the entity at chunk `a`: the only finite verb between the two
 * entities, or, after it, a purpose infinitive ("left Bullfrog to set up Lionhead") or a
 * participle adjunct after a comma ("joined Tottenham ..., scoring against Portsmouth"), whose
 * subject is the main clause's. Object control ("expects the Mac mini to sell") passes the
 * subject to the object, so it links nothing.
 */
function clauseVerb(s: SentenceScope, a: number, verbs: readonly number[]): Chunk | undefined {
  const { chunks } = s;
  if (verbs.length === 0) return undefined;
  const first = chunks[verbs[0]];
  if (first.vg!.infinitive || first.vg!.gerund) return undefined;
  if (verbs.length === 1) return first;
  if (verbs.length > 2) return undefined;
  const second = chunks[verbs[1]];
  const firstLemma = first.vg!.lemma;
  if (isSpeech(firstLemma) || first.vg!.passive && !second.vg!.gerund) return undefined;
  if (second.vg!.infinitive) {
    const objectBetween = chunks.slice(verbs[0] + 1, verbs[1]).some((c) => c.kind === 'NP');
    // "compared Xstrata's attempt to take over WMC": the infinitive completes the noun, not the clause.
    const before = chunks[verbs[1] - 1];
    if (before?.kind === 'NP' && INFINITIVE_HEADS.has(tok(s, before.head).normal)) return undefined;
    return objectBetween && OBJECT_CONTROL_VERBS.has(firstLemma) ? undefined : second;
  }
  // "bought three firms, including Globex": a preposition-like -ing word is no adjunct.
  if (second.vg!.gerund && chunks[verbs[1] - 1]?.kind === 'PUNCT' && word(s, chunks[verbs[1] - 1]) === ',' && !PREPOSITIONAL_GERUNDS.has(second.vg!.lemma)) return second;
  return undefined;
}

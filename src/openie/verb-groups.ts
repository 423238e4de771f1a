// Verb groups: AUX* ADV* VERB+ with negation and infinitival chains ("did not want to sell"),
// or a bare auxiliary acting as the main verb (copula "is", possessive "has"). Each group is a
// candidate predicate for a tuple.
import type { Word } from './types.ts';
import { isBe, isGerund, isNegation, isParticiple } from './word-classes.ts';

export interface VerbGroup {
  start: number;
  /** Exclusive. */
  end: number;
  /** Index of the last verb (the lexical head). */
  head: number;
  negated: boolean;
  /** The head is a form of "be" with no lexical verb after it. */
  copula: boolean;
  /** be + participle ("was acquired"). */
  passive: boolean;
  /** No auxiliary and the head is an -ing/-ed form with no finite verb before it. */
  nonFinite: boolean;
  /** Starts with infinitival "to". */
  infinitive: boolean;
}

const OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);

/** Verbs that take a reported clause but no -ing object ("denied taking", "suggested raising" do take one). */
export const GERUNDLESS_CLAUSE_VERBS: ReadonlySet<string> = new Set(['say', 'add', 'insist', 'argue', 'think', 'believe', 'claim', 'warn', 'feel',
  'stress', 'explain', 'note', 'predict', 'state', 'reckon', 'tell']);

const isVerbWord = (w: Word | undefined): boolean => w !== undefined && (w.pos === 'VERB' || w.pos === 'AUX');

export function findVerbGroups(words: readonly Word[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    const infinitive = w.lower === 'to' && w.pos === 'PART' && (isVerbWord(words[i + 1]) || words[i + 1]?.pos === 'ADV' && isVerbWord(words[i + 2]));
    if (!isVerbWord(w) && !infinitive) { i++; continue; }
    let j = i + 1;
    let head = isVerbWord(w) ? i : i + 1;
    while (j < words.length) {
      const x = words[j];
      if (isVerbWord(x)) {
        // "said reaching an understanding could be difficult": after a verb of saying or thinking,
        // an -ing form opens the reported clause (its subject), no chain with the verb.
        if (isGerund(x) && x.pos === 'VERB' && j === head + 1 && GERUNDLESS_CLAUSE_VERBS.has(words[head].lemma)) break;
        head = j; j++; continue;
      }
      if (isNegation(x)) { j++; continue; }
      // adverbs inside the group: "has also been", "was quickly sold"
      if (x.pos === 'ADV' && (isVerbWord(words[j + 1]) || words[j + 1]?.pos === 'ADV' && isVerbWord(words[j + 2])) && !/^(when|where|how|why)$/.test(x.lower)) { j++; continue; }
      // infinitival chains: "wants to buy", "used to be"
      if (x.lower === 'to' && x.pos === 'PART' && (words[head].pos === 'VERB' || words[head].lemma === 'have' || words[head].lemma === 'be' && j === head + 1)
        && (isVerbWord(words[j + 1]) || words[j + 1]?.pos === 'ADV' && isVerbWord(words[j + 2]))) { j++; continue; }
      break;
    }
    let lexical = 0;
    let hasAux = false;
    let negated = false;
    let beBefore = false;
    for (let k = i; k < j; k++) {
      const g = words[k];
      if (g.pos === 'VERB') lexical++;
      if (g.pos === 'AUX') hasAux = true;
      if (isNegation(g)) negated = true;
      if (k < head && isBe(g)) beBefore = true;
    }
    const last = words[head];
    const copula = lexical === 0 && isBe(last);
    const passive = beBefore && last.pos === 'VERB' && isParticiple(last) && !isGerund(last);
    // ", released in 2000" is a participle; ", introduced the bill" (an object follows) is a main verb
    const objectFollows = words[j] !== undefined && OBJECT_STARTS.has(words[j].pos);
    const nonFinite = !hasAux && lexical === 1 && (isGerund(last) || (i > 0 && isParticiple(last) && words[i - 1].text === ',' && !objectFollows));
    groups.push({
      start: i,
      end: j,
      head,
      negated,
      copula,
      passive,
      nonFinite,
      infinitive,
    });
    i = j;
  }
  return groups;
}

// Small repairs to winkNLP's part-of-speech tags before chunking, each a general English
// pattern: participles used as adjectives ("the evil, fume-filled mine", "of said lap"),
// "that" as a relative pronoun, and possessive "'s" / "her".
import type { Upos } from '../model/types.ts';
import type { Word } from './types.ts';
import { titleParticiple } from './word-classes.ts';

const PREMODIFIER_BEFORE: ReadonlySet<Upos> = new Set(['DET', 'ADJ']);
const NOUNISH: ReadonlySet<Upos> = new Set(['NOUN', 'PROPN']);
/** Tags that may follow a noun phrase's head: a verb, a preposition, punctuation. */
const CLAUSE_AFTER_HEAD: ReadonlySet<Upos> = new Set(['AUX', 'VERB', 'ADP', 'PUNCT']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'its', 'their', 'my', 'our', 'your', 'her', 'whose']);

/** A copy of `words` with repaired tags (the input is not modified). */
export function retagWords(words: readonly Word[]): Word[] {
  const out: Word[] = words.map((w) => ({ text: w.text, lower: w.lower, lemma: w.lemma, pos: w.pos }));
  retagWordsInPlace(out);
  return out;
}

/** Repair the tags of `out` in place, left to right (a repair sees the repaired words before it). */
export function retagWordsInPlace(out: Word[]): void {
  for (let i = 0; i < out.length; i++) {
    const w = out[i];
    // Every repair below starts from a verb, an adjective or "'s"/"'": other words (most) skip them.
    if (w.pos !== 'VERB' && w.pos !== 'ADJ' && w.lower !== "'s" && w.lower !== "'") continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    // "the rising prices", "a well - known author", "of said lap": a participle between a
    // determiner/adjective/hyphen/preposition and a noun modifies the noun.
    if (w.pos === 'VERB' && next && (NOUNISH.has(next.pos) || next.pos === 'ADJ' && NOUNISH.has(out[i + 2]?.pos ?? 'X'))) {
      const possessive = prev && (prev.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(prev.lower) || prev.lower === "'s");
      if (prev && (PREMODIFIER_BEFORE.has(prev.pos) || prev.text === '-' || possessive || (prev.pos === 'ADP' && prev.lower !== 'to' && w.lower !== w.lemma && !/ing$/.test(w.lower)))) {
        w.pos = 'ADJ';
      }
    }
    // "has been managing director", "was acting chairman": a title's participle after "be".
    if (w.pos === 'VERB' && titleParticiple(prev?.lower, w.lower, next?.lower)) w.pos = 'ADJ';
    // "and cut-price competition", "a take-home pay": a verb hyphened to a noun before another noun
    // is a compound modifier of that noun.
    if (w.pos === 'VERB' && next?.text === '-' && out[i + 2]?.pos === 'NOUN' && out[i + 3]?.pos === 'NOUN') w.pos = 'ADJ';
    // "the London-based firm/ADV has been": after a hyphened participle an adverb the clause's verb
    // or a phrase's end follows is the phrase's noun.
    if (w.pos === 'VERB' && prev?.text === '-' && /ed$/.test(w.lower) && next?.pos === 'ADV' && (i + 2 >= out.length || CLAUSE_AFTER_HEAD.has(out[i + 2].pos))) {
      w.pos = 'ADJ';
      next.pos = 'NOUN';
    }
    // "the start of", "the British capture of": a base-form "verb" after a determiner or adjective is a noun
    if (w.pos === 'VERB' && prev && (prev.pos === 'DET' && prev.lower !== 'that' || prev.pos === 'ADJ' || prev.pos === 'PROPN' && out[i - 2]?.pos === 'DET')
      && (w.lower === w.lemma || /s$/.test(w.lower) && !/ss$/.test(w.lower)) && next && (next.lower === 'of' || next.pos === 'PUNCT' || next.pos === 'ADP' && prev.pos === 'DET')) {
      w.pos = 'NOUN';
    }
    // "The Israeli controlled sector": a participle between a name and a noun
    if (w.pos === 'VERB' && prev && prev.pos === 'PROPN' && out[i - 2]?.pos === 'DET' && next && NOUNISH.has(next.pos) && /(ed|en)$/.test(w.lower)) {
      w.pos = 'ADJ';
    }
    // "a human being", "the meeting": an -ing form after a determiner/adjective with no noun after it
    if (w.pos === 'VERB' && /ing$/.test(w.lower) && prev && (prev.pos === 'DET' && prev.lower !== 'that' || prev.pos === 'ADJ' && out[i - 2]?.pos === 'DET')
      && !(next && (NOUNISH.has(next.pos) || next.pos === 'DET' || next.pos === 'PRON'))) {
      w.pos = 'NOUN';
    }
    // "the Catastrophic Care Act of 1988": a capitalised "verb" inside a name
    if (w.pos === 'VERB' && i > 0 && /^[A-Z][a-z]/.test(w.text) && prev && prev.pos === 'PROPN') w.pos = 'PROPN';
    // "following the plot", "according to", "regarding the deal": participles used as prepositions
    if (w.pos === 'VERB' && /^(following|according|regarding|concerning|excluding|notwithstanding)$/.test(w.lower)
      && next && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM' || next.lower === 'to')) {
      w.pos = 'ADP';
    }
    // "were (generally) separated from": an -ed adjective after "be" with a prepositional object reads as a passive
    if (w.pos === 'ADJ' && /ed$/.test(w.lower) && next && next.pos === 'ADP' && next.lower !== 'of') {
      let b = i - 1;
      while (b >= 0 && out[b].pos === 'ADV') b--;
      if (b >= 0 && out[b].lemma === 'be' && (out[b].pos === 'AUX' || out[b].pos === 'VERB')) w.pos = 'VERB';
    }
    // "'s" after a noun and before a noun is a possessive marker, not "is".
    if ((w.lower === "'s" || w.lower === "'") && prev && (NOUNISH.has(prev.pos) || prev.pos === 'NUM') && next && (NOUNISH.has(next.pos) || next.pos === 'ADJ' || next.pos === 'NUM')) {
      w.pos = 'PART';
    }
  }
}

// Predicates are built from winkNLP's normal forms and lemmas, which are American ("criticised"
// has the lemma "criticize", "favour" the normal form "favor"). An article written in British
// English should get its own spelling back in its triples: "criticise", "favour", "axe".
// Pure: the article's tokens in, a word map out.
import type { AnnotatedText } from '../model/types.ts';

/** American word endings and their British forms. */
const BRITISH_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ize$/, 'ise'], [/yze$/, 'yse'], [/or$/, 'our'], [/er$/, 're'], [/ense$/, 'ence'], [/og$/, 'ogue'], [/ow$/, 'ough'], [/ax$/, 'axe'],
];

/**
 * American normal forms and lemmas of the article's words, each mapped to the article's own
 * spelling; empty when the article has none (most American or neutral text).
 */
export function sourceSpellings(doc: AnnotatedText): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of doc.tokens) {
    const n = t.normal;
    // (Most tokens: the normal form is the lower-cased text; compared without making a lower-cased copy.)
    if (n.length === t.text.length && sameLetters(n, t.text)) continue;
    const w = t.text.toLowerCase();
    if (w === n || !/^[a-z]+$/.test(w) || !/^[a-z]+$/.test(n)) continue;
    out.set(n, w);
    // The lemma in the article's spelling: one of the British forms of the American lemma whose stem
    // the word starts with ("criticize" -> "criticise" for "criticised", "center" -> "centre" for "centred").
    const l = t.lemma;
    if (l === n || out.has(l)) continue;
    for (const [american, british] of BRITISH_ENDINGS) {
      if (!american.test(l)) continue;
      const own = l.replace(american, british);
      if (w.startsWith(own.endsWith('e') ? own.slice(0, -1) : own)) { out.set(l, own); break; }
    }
  }
  return out;
}

/** `lower` is `text` in lower case (ASCII letters; other characters must be equal). */
function sameLetters(lower: string, text: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const a = lower.charCodeAt(i);
    const b = text.charCodeAt(i);
    if (a !== b && !(b >= 65 && b <= 90 && a === b + 32)) return false;
  }
  return true;
}

/** `predicate` with each word the article spells differently in its own spelling. */
export function respell(predicate: string, spellings: ReadonlyMap<string, string>): string {
  if (!spellings.size) return predicate;
  let changed = false;
  const words = predicate.split(' ').map((w) => {
    const own = spellings.get(w);
    if (own === undefined) return w;
    changed = true;
    return own;
  });
  return changed ? words.join(' ') : predicate;
}

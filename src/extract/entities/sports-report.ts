// Is an article a sports report? Sports reports name clubs by their city ("Leicester's win") and
// teams by plural nicknames ("the Pharaohs"), which other reports do not; the cue words are counted
// once each, so a politics story that mentions a "win" and a "goal" stays a politics story.
import type { AnnotatedText } from '../../model/types.ts';
import { SPORTS_ONLY_WORDS, SPORTS_WORDS } from './lexicon.ts';

// The last article asked about and the answer: candidates and clustering both ask, one after the other.
let lastDoc: AnnotatedText | undefined;
let lastAnswer = false;

/** Sports words make an article a sports report: four points, a word only sport uses counting two. */
export function isSportsReport(doc: AnnotatedText): boolean {
  if (doc !== lastDoc) {
    lastAnswer = countSportsWords(doc);
    lastDoc = doc;
  }
  return lastAnswer;
}

// The lengths and first letters of the cue words, together: most tokens ("of", ",", "said",
// "the") have no cue word of their length starting with their letter and are never hashed (this
// runs on every token of every article). Flags indexed by length * 128 + first char code.
let maxLength = 0;
for (const w of SPORTS_WORDS) maxLength = Math.max(maxLength, w.length);
const lengthAndLetter = new Uint8Array((maxLength + 1) * 128);
for (const w of SPORTS_WORDS) {
  const c = w.charCodeAt(0);
  if (c < 128) lengthAndLetter[w.length * 128 + c] = 1;
}
/** Might a word be a cue word? (False only when it surely is not.) */
function mayBeCue(w: string): boolean {
  if (w.length > maxLength) return false;
  const c = w.charCodeAt(0);
  return c >= 128 || lengthAndLetter[w.length * 128 + c] === 1;
}

function countSportsWords(doc: AnnotatedText): boolean {
  const seen = new Set<string>();
  let points = 0;
  for (const t of doc.tokens) {
    const w = t.normal; // lower case already
    if (!mayBeCue(w) || !SPORTS_WORDS.has(w) || seen.has(w)) continue;
    seen.add(w);
    points += SPORTS_ONLY_WORDS.has(w) ? 2 : 1;
    if (points >= 4) return true;
  }
  return false;
}

// Feature strings for each token of a sentence, computed from the token strings alone (no POS
// column), so the same code serves CoNLL tokens and winkNLP tokens. Features name the word, its
// lower case and shape, affixes, a ±2 window, bigrams, gazetteer matches and what the rest of
// the document says about the word. The tagger hashes each string to a weight row.
import { gazetteerMatches, type Gazetteer } from './gazetteer.ts';
import { isHeadline, type DocumentContext } from './document-context.ts';
import { englishWords } from './english-words.ts';
import { isAllCaps, isTitleCase, shortShape, wordShape } from './word-shape.ts';

/** Map typographic quotes and dashes to the ASCII forms CoNLL uses. */
export function normalizeWord(word: string): string {
  if (/^[\x20-\x7e]*$/.test(word)) return word;
  return word
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
}

const BOUNDARY = ['<s>', '</s>'] as const;
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** Features of the word itself, whatever its context: identity, shape, affixes, spelling flags. */
export function wordFeatures(w: string): string[] {
  const l = w.toLowerCase();
  const f: string[] = ['b', `w=${w}`, `l=${l}`, `s=${wordShape(w)}`, `ss=${shortShape(w)}`];
  const len = l.length;
  for (let k = 1; k <= 4 && k <= len; k++) f.push(`p${k}=${l.slice(0, k)}`, `x${k}=${l.slice(len - k)}`);
  const title = isTitleCase(w);
  const caps = isAllCaps(w);
  if (title) f.push('title');
  if (caps) f.push('caps');
  // Is a capitalised word an ordinary English word ("Police") or likely a name ("Microsoft")?
  if (title || caps) f.push(DICT[englishWords().has(l) ? 1 : 0]);
  if (/\d/.test(w)) f.push('digit');
  if (w.includes('-')) f.push('hyphen');
  if (w.includes('.')) f.push('dot');
  return f;
}

/** Features a token gets from the word `offset` positions away (lower case and short shape). */
export function neighbourFeatures(lower: string, shape: string, offset: number): string[] {
  const o = offset > 0 ? `+${offset}` : String(offset);
  return [`l${o}=${lower}`, `ss${o}=${shape}`];
}

/** The boundary pseudo-word seen beyond either end of the sentence. */
export function boundaryWord(offsetPosition: number, n: number): string | undefined {
  return offsetPosition < 0 ? BOUNDARY[0] : offsetPosition >= n ? BOUNDARY[1] : undefined;
}

/** Everything the sentence's words and the document tell about a token (static, tag-independent). */
export interface SentenceView {
  words: string[];
  lower: string[];
  shapes: string[];
  gazetteer: string[][];
  headline: boolean;
}

export function sentenceView(rawWords: readonly string[], gaz: Gazetteer): SentenceView {
  const words = rawWords.map(normalizeWord);
  const lower = words.map((w) => w.toLowerCase());
  return { words, lower, shapes: words.map(shortShape), gazetteer: gazetteerMatches(gaz, lower, words), headline: isHeadline(words) };
}

/**
 * Features of the pair of adjacent words (a, b): `toLeft` go to token a, `toRight` to token b.
 * They depend on the two words only, which lets tagging cache them per word pair.
 */
export function pairFeatures(lowerA: string, shapeA: string, lowerB: string, shapeB: string): { toLeft: string[]; toRight: string[] } {
  return {
    toLeft: [`ss|ss+1=${shapeA}|${shapeB}`, `l|l+1=${lowerA}|${lowerB}`, `ss|l+1=${shapeA}|${lowerB}`],
    toRight: [`ss-1|ss=${shapeA}|${shapeB}`, `l-1|l=${lowerA}|${lowerB}`, `l-1|ss=${lowerA}|${shapeB}`],
  };
}

// Document-evidence features as constant strings (index: 1 = lower case elsewhere, 2 = title
// case mid-sentence elsewhere), so tagging does not build them token after token.
const DOC_CODES = ['', 'L', 'T', 'LT'];
const DOC = DOC_CODES.map((c) => `doc=${c}`);
const DOC_INIT = DOC_CODES.map((c) => `doc|init=${c}`);
const DICT_INIT = ['dict|init=N', 'dict|init=Y'];
const DICT_DOC_INIT = ['N', 'Y'].flatMap((d) => DOC_CODES.map((c) => `dict|doc|init=${d}${c}`));
const DICT = ['dict=N', 'dict=Y'];

/** Features of token i from its position, the sentence's gazetteer matches and the document. */
export function positionFeatures(v: SentenceView, i: number, ctx: DocumentContext): string[] {
  const n = v.words.length;
  const w = v.words[i];
  const s = v.shapes[i];
  const f: string[] = [];
  if (i === 0) f.push('init', `init|ss=${s}`);
  if (v.headline) f.push('hdl', `hdl|ss=${s}`);
  for (const g of v.gazetteer[i]) f.push(`g=${g}`);
  if (i > 0) for (const g of v.gazetteer[i - 1]) f.push(`g-1=${g}`);
  if (i + 1 < n) for (const g of v.gazetteer[i + 1]) f.push(`g+1=${g}`);
  if (isTitleCase(w) || isAllCaps(w)) {
    // Document evidence: is this capitalised word an ordinary word written in lower case elsewhere?
    const l = v.lower[i];
    const code = (ctx.lowerSeen.has(l) ? 1 : 0) + (ctx.titleMidSeen.has(l) ? 2 : 0);
    f.push(DOC[code]);
    if (i === 0 || v.headline) {
      const dict = englishWords().has(l) ? 1 : 0;
      f.push(DOC_INIT[code], DICT_INIT[dict], DICT_DOC_INIT[dict * 4 + code]);
    }
  }
  return f;
}

/** All static features of every token of one sentence (the training path; tagging uses the same parts with caching). */
export function sentenceFeatures(rawWords: readonly string[], ctx: DocumentContext, gaz: Gazetteer): string[][] {
  const v = sentenceView(rawWords, gaz);
  const n = v.words.length;
  return v.words.map((w, i) => {
    const f = wordFeatures(w);
    for (const o of NEIGHBOUR_OFFSETS) {
      const k = i + o;
      const b = boundaryWord(k, n);
      f.push(...neighbourFeatures(b ?? v.lower[k], b ?? v.shapes[k], o));
    }
    const lw = (k: number): string => boundaryWord(k, n) ?? v.lower[k];
    const sh = (k: number): string => boundaryWord(k, n) ?? v.shapes[k];
    f.push(...pairFeatures(lw(i - 1), sh(i - 1), lw(i), sh(i)).toRight);
    f.push(...pairFeatures(lw(i), sh(i), lw(i + 1), sh(i + 1)).toLeft);
    f.push(...positionFeatures(v, i, ctx));
    return f;
  });
}

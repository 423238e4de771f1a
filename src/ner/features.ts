// Feature strings for each token of a sentence, computed from the token strings alone (no POS
// column), so the same code serves CoNLL tokens and winkNLP tokens. Features name the word, its
// lower case and shape, affixes, a ±2 window, bigrams, gazetteer matches and what the rest of
// the document says about the word. The tagger hashes each string to a weight row.
import { gazetteerMatches, type Gazetteer } from './gazetteer.ts';
import { isHeadline, type DocumentContext } from './document-context.ts';
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

/** Static (tag-independent) features of every token of one sentence. */
export function sentenceFeatures(rawWords: readonly string[], ctx: DocumentContext, gaz: Gazetteer): string[][] {
  const words = rawWords.map(normalizeWord);
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shortShape);
  const gazetteer = gazetteerMatches(gaz, lower, words);
  const headline = isHeadline(words);
  const lw = (i: number): string => (i < 0 ? BOUNDARY[0] : i >= n ? BOUNDARY[1] : lower[i]);
  const sh = (i: number): string => (i < 0 ? BOUNDARY[0] : i >= n ? BOUNDARY[1] : shapes[i]);

  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = lower[i];
    const s = shapes[i];
    const f: string[] = ['b', `w=${w}`, `l=${l}`, `s=${wordShape(w)}`, `ss=${s}`];
    const len = l.length;
    for (let k = 1; k <= 4 && k <= len; k++) f.push(`p${k}=${l.slice(0, k)}`, `x${k}=${l.slice(len - k)}`);
    const title = isTitleCase(w);
    const caps = isAllCaps(w);
    if (title) f.push('title');
    if (caps) f.push('caps');
    if (/\d/.test(w)) f.push('digit');
    if (w.includes('-')) f.push('hyphen');
    if (w.includes('.')) f.push('dot');
    if (i === 0) f.push('init', `init|ss=${s}`);
    if (headline) f.push('hdl', `hdl|ss=${s}`);
    f.push(
      `l-1=${lw(i - 1)}`, `l+1=${lw(i + 1)}`, `l-2=${lw(i - 2)}`, `l+2=${lw(i + 2)}`,
      `ss-1=${sh(i - 1)}`, `ss+1=${sh(i + 1)}`, `ss-2=${sh(i - 2)}`, `ss+2=${sh(i + 2)}`,
      `ss-1|ss=${sh(i - 1)}|${s}`, `ss|ss+1=${s}|${sh(i + 1)}`,
      `l-1|l=${lw(i - 1)}|${l}`, `l|l+1=${l}|${lw(i + 1)}`,
      `l-1|ss=${lw(i - 1)}|${s}`, `ss|l+1=${s}|${lw(i + 1)}`,
    );
    for (const g of gazetteer[i]) f.push(`g=${g}`);
    if (i > 0) for (const g of gazetteer[i - 1]) f.push(`g-1=${g}`);
    if (i + 1 < n) for (const g of gazetteer[i + 1]) f.push(`g+1=${g}`);
    if (title || caps) {
      // Document evidence: is this capitalised word an ordinary word written in lower case elsewhere?
      const lowerElsewhere = ctx.lowerSeen.has(l);
      const titleElsewhere = ctx.titleMidSeen.has(l);
      f.push(`doc=${lowerElsewhere ? 'L' : ''}${titleElsewhere ? 'T' : ''}`);
      if (i === 0 || headline) f.push(`doc|init=${lowerElsewhere ? 'L' : ''}${titleElsewhere ? 'T' : ''}`);
    }
    out[i] = f;
  }
  return out;
}

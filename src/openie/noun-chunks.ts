// Noun-phrase chunking over POS tags (winkNLP has no parser): maximal runs of determiners,
// adjectives, numbers, nouns and possessives, with hyphenated compounds ("fume - filled"),
// quoted titles (`` Velocity '') and possessive "'s" kept inside one chunk.
import type { Word } from './types.ts';
import { PERSONAL_PRONOUNS, isQuote } from './word-classes.ts';

export interface Chunk {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface NounChunks {
  chunks: Chunk[];
  /** Chunk index of each word, or -1 (a plain array: a typed array this small costs more to allocate). */
  chunkOf: number[];
}

const POSSESSIVES = new Set(['his', 'its', 'their', 'my', 'our', 'your', 'her', 'whose']);

function isHead(w: Word | undefined): boolean {
  return w !== undefined && (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM' || w.pos === 'X' && /\w/.test(w.text));
}

function canStart(words: readonly Word[], i: number): boolean {
  const w = words[i];
  switch (w.pos) {
    case 'DET':
      // "That would be", "This is": a demonstrative standing alone before a verb
      if (words[i + 1] && (words[i + 1].pos === 'AUX' || words[i + 1].pos === 'VERB') && /^(that|this|these|those|all|both|each|some|many|most|none)$/.test(w.lower)) return true;
      return !['that', 'which', 'whose', 'what'].includes(w.lower) || isHead(words[i + 1]) || words[i + 1]?.pos === 'ADJ';
    case 'ADJ': case 'NUM': case 'PROPN': case 'NOUN': case 'PRON': return true;
    case 'X': return /\w/.test(w.text);
    case 'SYM': return /^[$€£¥#]$/.test(w.text);
    case 'ADV': return words[i + 1] !== undefined && (words[i + 1].pos === 'ADJ' || words[i + 1].pos === 'NUM') && (i === 0 || words[i - 1].pos !== 'AUX')
      && !/^(where|when|how|why|whenever|wherever)$/.test(w.lower);
    default: return isQuote(w) && closingQuoteWithin(words, i) > 0;
  }
}

/** Index of the quote closing the one at `i` (within a short title), or -1. */
function closingQuoteWithin(words: readonly Word[], i: number): number {
  for (let j = i + 1; j < words.length && j <= i + 12; j++) {
    if (isQuote(words[j])) return j > i + 1 ? j : -1;
    if (words[j].text === ',' && words[j - 1] && !isHead(words[j - 1])) return -1;
    if (words[j].text === '.' || words[j].text === ';') return -1;
  }
  return -1;
}

/** Can word `j` continue the chunk whose previous word is `j - 1`? */
function canContinue(words: readonly Word[], start: number, j: number): boolean {
  const w = words[j];
  const prev = words[j - 1];
  if (prev.pos === 'PRON' && !POSSESSIVES.has(prev.lower)) return false; // "him", "it" stand alone
  if (prev.pos === 'PRON' && prev.lower === 'her' && !(isHead(w) || w.pos === 'ADJ')) return false;
  switch (w.pos) {
    case 'DET':
      return prev.pos === 'DET' || prev.pos === 'ADV' || prev.lower === 'all' || prev.lower === 'both';
    case 'PRON':
      return false;
    case 'ADJ':
      return !isHead(prev) || prev.lower === "'s" || isHead(words[j + 1]) || prev.pos === 'NUM' || words[j + 1]?.text === '-';
    case 'NUM': case 'NOUN':
      return true;
    case 'PROPN':
      // "After a short absence Keibler began": in a sentence-opening PP, a name right after a
      // common noun starts the subject ("media giant TimeWarner" elsewhere stays one phrase)
      return !(start === 1 && words[0].pos === 'ADP' && prev.pos === 'NOUN' && /^[a-z]/.test(prev.text) && j - start >= 2);
    case 'X':
      return /\w/.test(w.text);
    case 'SYM':
      return w.text === '%' || w.text === '&' || /^[$€£¥]$/.test(w.text);
    case 'PART':
      return (w.lower === "'s" || w.lower === "'") && isHead(prev) && (isHead(words[j + 1]) || words[j + 1]?.pos === 'ADJ');
    case 'ADV':
      return j > start && (words[j + 1]?.pos === 'ADJ' || words[j + 1]?.pos === 'NUM') && !isHead(prev);
    case 'VERB':
      return prev.text === '-';
    default:
      if (w.text === '-' || w.text === '/' || w.text === '&') {
        const next = words[j + 1];
        return next !== undefined && (isHead(next) || next.pos === 'ADJ' || next.pos === 'VERB' || next.pos === 'ADV' || next.pos === 'PRON' || next.pos === 'ADP' || next.pos === 'DET' || next.pos === 'PART' || next.pos === 'CCONJ') && !isQuote(next);
      }
      if (prev.text === '-' && (w.pos === 'ADP' || w.pos === 'CCONJ')) return true; // "take - it - or - leave it"
      if (w.lower === "'s" && isHead(prev)) return true;
      return false;
  }
}

export function chunkNouns(words: readonly Word[]): NounChunks {
  const chunks: Chunk[] = [];
  const chunkOf = new Array<number>(words.length).fill(-1);
  let i = 0;
  while (i < words.length) {
    if (!canStart(words, i)) { i++; continue; }
    let j = i + 1;
    // a quoted title: take everything to the closing quote (`` Billboard '' magazine continues after it)
    if (isQuote(words[i])) j = closingQuoteWithin(words, i) + 1;
    {
      while (j < words.length) {
        if (isQuote(words[j]) && (words[j].text === '``' || words[j].text === '"' || words[j].text === '`') && closingQuoteWithin(words, j) > 0 && j > i && !PERSONAL_PRONOUNS.has(words[j - 1].lower)) {
          j = closingQuoteWithin(words, j) + 1;
          continue;
        }
        if (!canContinue(words, i, j)) break;
        j++;
      }
      // never end on a hyphen or possessive marker left dangling
      while (j > i + 1 && (words[j - 1].text === '-' || words[j - 1].text === '/' || words[j - 1].text === '&')) j--;
    }
    const id = chunks.length;
    chunks.push({ start: i, end: j });
    for (let k = i; k < j; k++) chunkOf[k] = id;
    i = j;
  }
  return { chunks, chunkOf };
}

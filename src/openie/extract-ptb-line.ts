// Open IE over one pre-tokenised (Penn-Treebank style) sentence line, as in CaRB.
import { wordsOfPtbLine } from './carb-line.ts';
import { extractFromWords } from './extract-from-words.ts';
import type { OpenIeTuple } from './types.ts';

/** Tuples of a whitespace-tokenised line, best first; spans index the line's whitespace tokens. */
export function extractFromPtbLine(line: string): OpenIeTuple[] {
  const words = wordsOfPtbLine(line);
  if (words.length === 0) return [];
  return extractFromWords(words).sort((a, b) => b.confidence - a.confidence);
}

// CaRB / Penn-Treebank input: a pre-tokenised sentence line ("`` Hi , '' he said -LRB- sic -RRB- .")
// becomes one word per whitespace token, tagged by winkNLP on a de-escaped copy of the line, so
// outputs reuse the original tokens exactly as the scorer compares them.
import { annotate } from '../nlp/annotate.ts';
import type { Upos } from '../model/types.ts';
import type { Word } from './types.ts';

const UNESCAPE: Record<string, string> = {
  '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}',
  '``': '"', "''": '"', '`': "'",
};

/** Tokens of a PTB line with the winkNLP tag of each (one unit even if winkNLP splits sentences). */
export function wordsOfPtbLine(line: string): Word[] {
  const original = line.trim().split(/\s+/).filter(Boolean);
  if (original.length === 0) return [];
  const plain = original.map((t) => UNESCAPE[t] ?? t);
  // character start of each original token in the de-escaped text
  const starts: number[] = [];
  let text = '';
  for (const p of plain) {
    if (text) text += ' ';
    starts.push(text.length);
    text += p;
  }
  const doc = annotate(text);
  const words: Word[] = plain.map((p, k) => ({ text: original[k], lower: p.toLowerCase(), lemma: p.toLowerCase(), pos: 'X' as Upos }));
  const seen = new Array<boolean>(original.length).fill(false);
  let k = 0;
  for (const t of doc.tokens) {
    if (t.pos === 'SPACE') continue;
    while (k + 1 < starts.length && starts[k + 1] <= t.start) k++;
    if (seen[k]) continue; // first winkNLP token of a word decides its tag
    seen[k] = true;
    words[k] = { text: original[k], lower: t.normal, lemma: t.lemma, pos: t.pos };
  }
  return words;
}

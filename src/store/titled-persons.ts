// Shared by both stores' `titledPersons` (graph-store.ts): which of the asked titles an article's
// mention of a person puts right before the person's name ("Prime Minister Tony Blair", "British
// Prime Minister Tony Blair"), case folded. One definition, so the stores cannot drift apart.
import type { StoredTitleHolder } from './graph-store.ts';

/** The titles of `wanted` (lower case) that one of `aliases` puts right before `name`. */
export function titlesBefore(wanted: readonly string[], name: string, aliases: readonly string[] | null | undefined): string[] {
  const n = name.toLowerCase();
  const forms = (aliases ?? []).map((a) => a.toLowerCase());
  return wanted.filter((t) => forms.some((f) => f === `${t} ${n}` || f.endsWith(` ${t} ${n}`)));
}

/** Title, then entity key, in code-unit order. */
export function byTitleThenKey(a: StoredTitleHolder, b: StoredTitleHolder): number {
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

// Deterministic keys: the same entity, concept or article always gets the same key, in every
// article and every store, so every write can be an idempotent merge.
import type { EntityType } from './types.ts';

/** Lower-case, strip accents, punctuation and a leading "the", fold whitespace. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export function entityKey(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${normalizeName(name)}`;
}

export function conceptKey(name: string): string {
  return `concept:${normalizeName(name)}`;
}

export function articleKey(id: string): string {
  return `article:${id}`;
}

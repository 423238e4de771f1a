// Maps a normalised predicate (a lemma phrase such as "sanction", "speak with", "president")
// onto a relationship type from the schema's allow-list. The longest listed predicate that
// the phrase starts with wins, then its head word; anything unknown becomes the fallback
// type and keeps its own words in the edge's `predicate` property.
import { schema } from './schema.ts';

const byPredicate = new Map<string, string>();
// Longer predicates first so "chief executive" beats "chief".
for (const spec of schema.relationships) {
  for (const p of spec.predicates) if (!byPredicate.has(p)) byPredicate.set(p, spec.type);
}
const longestFirst = [...byPredicate.keys()].sort((a, b) => b.length - a.length);

const memo = new Map<string, string>();

export function relationTypeFor(predicate: string): string {
  let type = memo.get(predicate);
  if (type === undefined) {
    type = lookup(predicate);
    if (memo.size < 50_000) memo.set(predicate, type);
  }
  return type;
}

function lookup(predicate: string): string {
  const p = predicate.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^not /, '');
  const exact = byPredicate.get(p);
  if (exact) return exact;
  for (const candidate of longestFirst) {
    if (p.startsWith(`${candidate} `)) return byPredicate.get(candidate)!;
  }
  const words = p.split(' ');
  for (const w of words) {
    const t = byPredicate.get(w);
    if (t) return t;
  }
  return schema.fallbackRelationship;
}

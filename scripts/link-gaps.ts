// Counts only, so that a set kept unseen stays unseen: of a gold set's scored entity-entity
// relations, how many have both entities found by the system, how many of those pairs the system
// links at all (any predicate, either direction), and, of the pairs it leaves unlinked, how many
// co-occur by name in one sentence of the article (a same-sentence construction the rules do not
// read) or only sit in sentences with a pronoun (a reference to resolve across sentences).
// Prints numbers, never a name or a relation.
//   npx tsx scripts/link-gaps.ts --gold eval/dev22/dev22.jsonl --pred out.jsonl [--root ../shared]
// where out.jsonl is `kg extract --format jsonl --root ../shared <the gold's sources>`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface NamedEntity { name: string; aliases?: string[] }
interface GoldRelation { s: string; o: string; o_head?: unknown; optional?: boolean }
interface GoldArticle { article: string; source: string; entities: NamedEntity[]; relations: GoldRelation[] }
interface PredArticle { article: string; entities: NamedEntity[]; triples: Array<{ subject: string; object: string }> }

const { values } = parseArgs({ options: { gold: { type: 'string' }, pred: { type: 'string' }, root: { type: 'string', default: '../shared' } } });
if (!values.gold || !values.pred) {
  console.error('usage: npx tsx scripts/link-gaps.ts --gold GOLD.jsonl --pred PRED.jsonl [--root ../shared]');
  process.exit(2);
}

const norm = (x: string): string => x.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
const namesOf = (e: NamedEntity): string[] => [e.name, ...(e.aliases ?? [])];
const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const named = (sentence: string, e: NamedEntity): boolean =>
  namesOf(e).some((n) => n.length > 1 && new RegExp(`\\b${escape(n)}\\b`).test(sentence));

const preds = new Map<string, PredArticle>();
for (const l of lines(values.pred)) { const p = JSON.parse(l) as PredArticle; preds.set(p.article, p); }

let scored = 0, bothFound = 0, linked = 0, sameSentence = 0, pronounOnly = 0;
for (const l of lines(values.gold)) {
  const g = JSON.parse(l) as GoldArticle;
  const p = preds.get(g.article);
  if (!p) { console.error(`no prediction for ${g.article}: extract the gold's sources first`); process.exit(1); }
  const sentences = readFileSync(join(values.root!, g.source), 'utf8').split(/(?<=[.!?]["']?)\s+/);
  // The system's entity for a gold entity: one sharing a name or an alias with it.
  const found = (goldName: string): NamedEntity | undefined => {
    const ge = g.entities.find((e) => e.name === goldName);
    if (!ge) return undefined;
    const wanted = new Set(namesOf(ge).map(norm));
    return p.entities.find((e) => namesOf(e).some((n) => wanted.has(norm(n))));
  };
  for (const r of g.relations) {
    if (r.optional || r.o_head) continue;
    scored++;
    const a = found(r.s);
    const b = found(r.o);
    if (!a || !b) continue;
    bothFound++;
    if (p.triples.some((t) => (t.subject === a.name && t.object === b.name) || (t.subject === b.name && t.object === a.name))) { linked++; continue; }
    if (sentences.some((s) => named(s, a) && named(s, b))) sameSentence++;
    else if (sentences.some((s) => (named(s, a) || named(s, b)) && /\b(he|she|his|her|they|their|it|its)\b/i.test(s))) pronounOnly++;
  }
}
const unlinked = bothFound - linked;
console.log(`scored entity-entity relations: ${scored}`);
console.log(`both entities found: ${bothFound}; linked by any triple: ${linked}; unlinked: ${unlinked}`);
console.log(`unlinked pairs named together in one sentence: ${sameSentence}; only in sentences with a pronoun: ${pronounOnly}; other: ${unlinked - sameSentence - pronounOnly}`);

// Test helper: a ResolvedEntities built by hand for a text, so relation rules can be tested
// without the NER and resolver. Each entity lists the exact surface strings (case-sensitive,
// whole words) that refer to it, pronouns and demonyms included.
import type { AnnotatedText, ArticleEntity, EntityType, ResolvedEntities } from '../../src/model/types.ts';
import { entityKey } from '../../src/model/keys.ts';
import { annotate } from '../../src/nlp/annotate.ts';

export interface HandEntity {
  name: string;
  type: EntityType;
  /** Surface strings that refer to the entity (the name itself is always included). */
  surfaces?: string[];
}

export function handResolve(text: string, specs: HandEntity[]): { doc: AnnotatedText; resolved: ResolvedEntities } {
  const doc = annotate(text);
  const tokenEntity = new Int32Array(doc.tokens.length).fill(-1);
  const entities: ArticleEntity[] = specs.map((s) => ({ key: entityKey(s.type, s.name), name: s.name, type: s.type, aliases: s.surfaces ?? [], mentions: [] }));
  // Longest surfaces first so "Vladimir Putin" wins over "Putin".
  const all = specs.flatMap((s, idx) => [s.name, ...(s.surfaces ?? [])].map((surface) => ({ surface, idx })))
    .sort((a, b) => b.surface.length - a.surface.length);
  for (const { surface, idx } of all) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + surface.length;
      const toks = doc.tokens.filter((t) => t.start >= start && t.end <= end && t.pos !== 'SPACE');
      if (toks.some((t) => tokenEntity[t.i] >= 0)) continue;
      for (const t of toks) tokenEntity[t.i] = idx;
    }
  }
  return { doc, resolved: { entities, tokenEntity } };
}

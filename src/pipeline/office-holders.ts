// Cross-article resolution of office titles. An article that says "the prime minister" and "Mr
// Blair" but never "Prime Minister Tony Blair" leaves the title open: nothing in it says who the
// prime minister is. Other articles of the same run often do. This tallies, over a run, who each
// single-holder office is given to ("Prime Minister Tony Blair", "Gordon Brown, the chancellor");
// an article with an open office whose holder it names is then extracted again knowing the holder.
//
// Rules, and why:
// - Only offices one person holds at a time (SINGLE_HOLDER_OFFICES): "the manager" could be anyone's.
// - A holder needs MIN_ARTICLES articles naming him with the office, and DOMINANCE of all the
//   articles that name anyone with it (a run spanning a change of prime minister names neither).
// - The article must itself name the holder (by full name or surname alone); the title is never
//   turned into a person the article does not mention.
// - Deterministic: the holders depend on the SET of articles in the run, not on their order.
import type { ArticleEntity, ResolvedEntities } from '../model/types.ts';
import { namesHolder } from '../extract/entities/link-title-references.ts';

export type OfficeHints = NonNullable<ResolvedEntities['offices']>;

/** Articles that must name a person with an office before he is taken as its holder. */
export const MIN_ARTICLES = 2;
/** Share of the articles naming anyone with an office that must name the holder. */
export const DOMINANCE = 2 / 3;

/** Counts, over a run of articles, the people each office is given to. */
export class OfficeTally {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Count one article's hints (each office-person pair once per article). */
  add(hints: OfficeHints | undefined): void {
    if (!hints) return;
    for (const [office, person] of hints.holders) {
      let byPerson = this.counts.get(office);
      if (!byPerson) this.counts.set(office, (byPerson = new Map()));
      byPerson.set(person, (byPerson.get(person) ?? 0) + 1);
    }
  }

  /** Office -> holder, for the offices one person dominates. */
  holders(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [office, byPerson] of this.counts) {
      let total = 0;
      let best = '';
      let top = 0;
      // Ties go to the name first in code-unit order, so the result does not depend on article order.
      for (const [person, n] of [...byPerson].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        total += n;
        if (n > top) { top = n; best = person; }
      }
      if (top >= MIN_ARTICLES && top >= DOMINANCE * total) out.set(office, best);
    }
    return out;
  }
}

/** Would knowing `holders` resolve one of the article's open offices? (Its entities name the holder of one.) */
export function holdersHelp(hints: OfficeHints | undefined, holders: ReadonlyMap<string, string>, entities: readonly ArticleEntity[]): boolean {
  if (!hints?.open.length) return false;
  return hints.open.some((office) => {
    const holder = holders.get(office);
    return holder !== undefined && entities.some((e) => e.type === 'PERSON' && namesHolder(e.name, holder));
  });
}

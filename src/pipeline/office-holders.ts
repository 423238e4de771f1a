// Cross-article resolution of title references. An article that says "the prime minister" and
// "Mr Blair" but never "Prime Minister Tony Blair" leaves the title open: nothing in it says who
// the prime minister is. Other articles of the same run often do. This tallies, over a run, whom
// each title is given to ("Prime Minister Tony Blair", "Chelsea striker Adrian Mutu"); an article
// with an open title is then extracted again knowing them, and the title goes to the one person
// of the article they name.
//
// Rules, and why:
// - A single-holder office (SINGLE_HOLDER_OFFICES: prime minister, chancellor...) has one holder:
//   the person MIN_ARTICLES articles give it, and DOMINANCE of all the articles that give it to
//   anyone (a run spanning a change of prime minister names neither).
// - An occupation ("striker", "singer", "manager") has many holders: everyone an article gives it.
// - The article must itself name exactly one of the holders (by full name or surname alone); a
//   title is never turned into a person the article does not mention, and two strikers named in
//   one article leave "the striker" open.
// - Deterministic: the holders depend on the SET of articles in the run, not on their order.
// - At ingest the store adds what earlier articles said (GraphStore.titledPersons, offices only),
//   so one new article that says "the prime minister" is resolved as well.
import type { ArticleEntity, OfficeHints } from '../model/types.ts';
import { SINGLE_HOLDER_OFFICES, namesHolder } from '../extract/entities/link-title-references.ts';

/** Articles that must name a person with an office before he is taken as its holder. */
export const MIN_ARTICLES = 2;
/** Share of the articles naming anyone with an office that must name the holder. */
export const DOMINANCE = 2 / 3;

/** Counts, over a run of articles, the people each office is given to. */
export class OfficeTally {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Count one article's hints (each office-person pair once per article). */
  add(hints: OfficeHints | undefined): void {
    for (const [title, person] of hints?.holders ?? []) this.addStored(title, person, 1);
  }

  /** Count `articles` articles (read before this run: a store) that give `title` to `person`. */
  addStored(title: string, person: string, articles: number): void {
    let byPerson = this.counts.get(title);
    if (!byPerson) this.counts.set(title, (byPerson = new Map()));
    byPerson.set(person, (byPerson.get(person) ?? 0) + articles);
  }

  /** Title -> its holders: the one dominant holder of an office, everyone given an occupation. */
  holders(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [title, byPerson] of this.counts) {
      // In code-unit order, so that ties and lists do not depend on article order.
      const people = [...byPerson].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (!SINGLE_HOLDER_OFFICES.has(title)) { out.set(title, people.map(([p]) => p)); continue; }
      let total = 0;
      let best = '';
      let top = 0;
      for (const [person, n] of people) {
        total += n;
        if (n > top) { top = n; best = person; }
      }
      if (top >= MIN_ARTICLES && top >= DOMINANCE * total) out.set(title, [best]);
    }
    return out;
  }
}

/** Would knowing `holders` resolve one of the article's open titles? (Its people include exactly one holder of one.) */
export function holdersHelp(hints: OfficeHints | undefined, holders: ReadonlyMap<string, readonly string[]>, entities: readonly ArticleEntity[]): boolean {
  if (!hints?.open.length) return false;
  return hints.open.some((title) => {
    const known = holders.get(title);
    return known !== undefined && entities.filter((e) => e.type === 'PERSON' && known.some((h) => namesHolder(e.name, h))).length === 1;
  });
}

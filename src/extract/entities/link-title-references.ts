// Title references: "the Russian President", standing alone after "Russian President Vladimir
// Putin" was named, refers to him. A title with no name after it is linked to the one person the
// article gave that same title (or, for a bare head such as "the President", the one person
// holding a title with that head). Ambiguous titles stay unlinked.
import type { OfficeHints, Token } from '../../model/types.ts';
import type { Candidate } from './find-candidates.ts';
import type { Cluster } from './cluster-candidates.ts';
import { OFFICE_HEADS } from './lexicon.ts';
import { isLowerStart } from '../text-case.ts';

/** Words that make a title another office ("shadow chancellor", "deputy leader", "former boss"). */
const TITLE_QUALIFIERS = new Set(['shadow', 'deputy', 'former', 'vice', 'assistant', 'acting', 'interim', 'ex', 'caretaker', 'co']);

/** Honorifics, with and without a full stop ("mr", "mr."): a person is not referred to by them alone. */
const HONORIFIC_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady'].flatMap((w) => [w, `${w}.`]));

/** Words that may stand between a name's comma and the title of its apposition ("the England captain"). */
const APPOSITION_STOP = new Set([',', 'and', 'or', 'who', 'which', 'that', 'said', 'says', 'but']);

/**
 * "Gordon Brown, the chancellor," / "Jack Straw, foreign secretary,": the title an apposition right
 * after a name gives. Its head must end the apposition (a comma, a full stop, "of", "for", "at"),
 * so "Tony Blair, the prime minister's friend" gives none.
 */
function appositionTitle(tokens: readonly Token[], end: number, sentence: number): { title: string; head: string; end: number } | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  let k = end + 1;
  if (tokens[k]?.normal === 'the') k++;
  const from = k;
  for (; k < tokens.length && k < from + 4 && tokens[k].sentence === sentence; k++) {
    const t = tokens[k];
    if (APPOSITION_STOP.has(t.normal) || t.pos === 'VERB' || t.pos === 'PUNCT') return undefined;
    if (!OFFICE_HEADS.has(t.normal) || !isLowerStart(t.text)) continue;
    const next = tokens[k + 1];
    if (next && next.sentence === sentence && !['.', ',', 'of', 'for', 'at', ';'].includes(next.normal)) return undefined;
    const qualifier = tokens[k - 1];
    const qualified = k > from && TITLE_QUALIFIERS.has(qualifier.normal);
    const head = qualified ? `${qualifier.normal} ${t.normal}` : t.normal;
    return { title: tokens.slice(from, k + 1).map((w) => w.normal).join(' '), head, end: k + 1 };
  }
  return undefined;
}

/**
 * Offices one person holds at a time, so that a corpus can say who holds them: "the prime
 * minister", "the chancellor". (Not "the manager" or "the striker": every club has one.)
 */
export const SINGLE_HOLDER_OFFICES: ReadonlySet<string> = new Set(['prime minister', 'chancellor', 'president', 'foreign secretary',
  'home secretary', 'deputy prime minister', 'first minister', 'chancellor of the exchequer', 'health secretary', 'education secretary',
  'culture secretary', 'defence secretary', 'trade secretary', 'transport secretary', 'work and pensions secretary', 'attorney general',
  'lord chancellor', 'taoiseach', 'pope', 'secretary general', 'tory leader', 'conservative leader', 'labour leader', 'lib dem leader',
  'opposition leader', 'shadow chancellor', 'shadow home secretary', 'shadow foreign secretary', 'speaker']);

/** Titles an article's hints report: single-holder offices, and one-word occupations ("the striker", "the singer"). */
export function isHintTitle(title: string): boolean {
  return SINGLE_HOLDER_OFFICES.has(title) || OFFICE_HEADS.has(title);
}

/** Title references linked to person clusters, and the article's office hints. */
export interface TitleLinks {
  refs: Map<Cluster, Candidate[]>;
  hints: OfficeHints;
}

/**
 * For each person cluster, the title-only candidates that refer to it. A title the article does
 * not resolve may be resolved by `holders` (title -> the people other articles give it: the one
 * holder of an office, or everyone known to be a striker) when the article names exactly one of them.
 */
export function linkTitleReferences(cands: readonly Candidate[], clusters: readonly Cluster[], tokens: readonly Token[] = [],
  holders?: ReadonlyMap<string, readonly string[]>): TitleLinks {
  const out = new Map<Cluster, Candidate[]>();
  const hints: OfficeHints = { holders: [], open: [] };
  // The body named right before a title ("Tory" in "Tory leader Michael Howard"): the cluster of the name ending there.
  const bodyAt = new Map<number, Cluster>();
  for (const cl of clusters) if (cl.type !== 'PERSON') for (const c of cl.cands) bodyAt.set(c.tokenEnd - 1, cl);
  const bodyBefore = (k: number): Cluster | undefined => (tokens[k - 1]?.sentence === tokens[k]?.sentence ? bodyAt.get(k - 1) : undefined);
  const titled: Array<{ cl: Cluster; title: string; head: string; at: number; body?: Cluster }> = [];
  for (const cl of clusters) {
    if (cl.type !== 'PERSON') continue;
    for (const c of cl.cands) {
      // "England captain David Beckham": a lower-case title word right before the name titles him too.
      // ("Manchester United manager Sir Alex Ferguson": before an honorific.)
      const honorific = !!c.title && HONORIFIC_TITLES.has(c.title);
      const lead = honorific ? c.phraseStart : c.tokenStart;
      const before = tokens[lead - 1];
      if ((!c.title || honorific) && c.kind === 'name' && before && isLowerStart(before.text) && before.sentence === c.sentence && OFFICE_HEADS.has(before.normal)) {
        // "shadow chancellor Oliver Letwin" is no "the chancellor": a qualified title matches only in full.
        const qualifier = tokens[lead - 2];
        const qualified = qualifier && qualifier.sentence === c.sentence && TITLE_QUALIFIERS.has(qualifier.normal);
        const title = qualified ? `${qualifier.normal} ${before.normal}` : before.normal;
        titled.push({ cl, title, head: title, at: c.tokenStart, body: bodyBefore(lead - (qualified ? 2 : 1)) });
      }
      if (c.kind === 'name') {
        const app = appositionTitle(tokens, c.tokenEnd, c.sentence);
        // ("Martin O'Neill, the Celtic manager": the body named before the head is the post's.)
        if (app) titled.push({ cl, title: app.title, head: app.head, at: app.end, body: bodyBefore(app.end - 1) }); // not the apposition itself
      }
      if (!c.title) continue;
      const words = c.title.split(' ');
      // Honorifics ("Mr") are not titles a person is referred to by.
      if (HONORIFIC_TITLES.has(words[words.length - 1])) continue;
      titled.push({ cl, title: c.title, head: words[words.length - 1], at: c.tokenStart, body: bodyBefore(c.phraseStart) });
    }
  }
  for (const t of titled) {
    if (!isHintTitle(t.title)) continue;
    // ("Arsenal boss Arsene Wenger": the post in its body too, so that another article's "the Arsenal boss" finds him.)
    for (const title of t.body && BODY_POSTS.has(t.head) ? [t.title, bodyTitle(t.body, t.title)] : [t.title]) {
      if (!hints.holders.some(([o, n]) => o === title && n === t.cl.name)) hints.holders.push([title, t.cl.name]);
    }
  }
  // Where person names end: a title right after "<name>," is that name's apposition, which the role
  // rules read as a post ("Mr Johnson, MP for Henley-on-Thames,"), not a reference to link.
  const personEnds = new Set<number>();
  for (const cl of clusters) if (cl.type === 'PERSON') for (const c of cl.cands) if (c.kind === 'name') personEnds.add(c.tokenEnd);
  for (const c of cands) {
    if (c.kind !== 'title' || !c.title) continue;
    if (tokens[c.tokenStart - 1]?.text === ',' && personEnds.has(c.tokenStart - 1)) continue;
    // "the Labour leader" is not the man the article called "Tory leader": a body before the title must agree.
    const body = bodyBefore(c.tokenStart);
    const before = titled.filter((t) => t.at < c.tokenStart && bodiesAgree(body, t.body));
    const words = c.title.split(' ');
    const head = words[words.length - 1];
    // "The French president" after "French President Jacques Chirac" and "President Bush": the
    // demonym read as the title's body also belongs to the title Chirac was given.
    const qualified = body && tokens[c.tokenStart - 1] ? `${tokens[c.tokenStart - 1].normal} ${c.title}` : '';
    let people = new Set(qualified ? before.filter((t) => t.title === qualified).map((t) => t.cl) : []);
    if (!people.size) people = new Set(before.filter((t) => t.title === c.title).map((t) => t.cl));
    if (!people.size && words.length === 1) people = new Set(before.filter((t) => t.head === head).map((t) => t.cl));
    // "The United boss" after "Manchester United manager Sir Alex Ferguson": another word for the
    // same post in the same named body.
    if (!people.size && words.length === 1 && body) people = new Set(before.filter((t) => t.body === body && samePost(t.head, head)).map((t) => t.cl));
    // Not resolved in the article: the holder a corpus names, when this article names him ("Mr Blair").
    if (people.size !== 1 && !titled.some((t) => t.title === c.title || (words.length === 1 && t.head === head))) {
      // ("the United boss" in an article that names Wenger and Ferguson: the holders of the post in that body first.)
      // (Only a post one person holds at a time: a side has many defenders, and "the England defender" is the one in focus.)
      const titles = body && words.length === 1 && BODY_POSTS.has(head) ? [bodyTitle(body, c.title), c.title] : [c.title];
      for (const title of titles) {
        if (isHintTitle(c.title) && !hints.open.includes(title)) hints.open.push(title);
        const known = holders?.get(title);
        if (known) people = new Set(clusters.filter((cl) => cl.type === 'PERSON' && known.some((h) => namesHolder(cl.name, h))));
        if (people.size === 1) break;
      }
    }
    if (people.size !== 1) continue;
    const [cl] = people;
    out.set(cl, [...(out.get(cl) ?? []), c]);
  }
  return { refs: out, hints };
}

/** Posts a body gives one person at a time, which a run may tally by body ("arsenal|boss"). */
const BODY_POSTS: ReadonlySet<string> = new Set(['manager', 'boss', 'coach', 'chairman', 'chairwoman', 'captain', 'skipper', 'leader', 'president', 'editor']);

/** The key of a post in a named body, for the holders a run tallies ("arsenal|boss"). */
function bodyTitle(body: Cluster, title: string): string {
  return `${body.name.toLowerCase()}|${title}`;
}

/** Words for one post that a side or body gives one person at a time ("Chelsea boss", "the Chelsea manager"). */
const POST_SYNONYMS: readonly (readonly string[])[] = [['manager', 'boss', 'coach'], ['captain', 'skipper'], ['chairman', 'boss'], ['chairwoman', 'boss']];

function samePost(a: string, b: string): boolean {
  return POST_SYNONYMS.some((words) => words.includes(a) && words.includes(b));
}

/**
 * A title reference's body (`ref`) and the body of a person's title (`held`) disagree when both
 * are named and differ, except that a country after a club agrees ("the Arsenal striker" may be
 * "England striker X"). A country reference never goes to a club's man: "the Dutch goalkeeper" is
 * not "Celtic goalkeeper Rab Douglas" (it costs "the Welsh striker" for "Newcastle striker Bellamy").
 */
function bodiesAgree(ref: Cluster | undefined, held: Cluster | undefined): boolean {
  return !ref || !held || ref === held || (ref.type === 'ORG' && held.type === 'LOC');
}

/** The article's person `name` is the office holder `holder`: the same name, or his surname alone ("Blair" for Tony Blair). */
export function namesHolder(name: string, holder: string): boolean {
  if (name === holder) return true;
  return !name.includes(' ') && holder.endsWith(` ${name}`);
}

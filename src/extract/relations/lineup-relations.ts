// Team sheets at the foot of a match report, which have no verb: "Newcastle: Given, Carr,
// Boumsong, ..., Robert (Jenas 77), Shearer." gives each player -play for-> Newcastle; the lines
// after it that list the same side's other players ("Subs Not Used: Butt, Harper.",
// "Replacements: ...") play for it too. Lines of goals, bookings and the referee name no side.
import { addCandidate, entityEnd, entityType, type SentenceScope } from './sentence-scope.ts';

/** Confidence of a team sheet's player: the line says it plainly, but a short name may be read as the wrong person. */
const CONFIDENCE = 0.7;

/** The fewest players that make a line a team sheet (a side's starters are 11 or 15; a short list may be a goal line). */
const MIN_STARTERS = 5;

/** Words that open a line of the same side's other players. */
const BENCH_WORDS = new Set(['subs', 'substitutes', 'replacements', 'sub', 'bench']);

/** How many lines before a bench line its side's team sheet may stand ("Subs Not Used" comes right after, "Booked" between at most). */
const BENCH_REACH = 3;

/** The players of a team sheet or a bench line in the scope's sentence, each playing for its side. */
export function lineupRelations(s: SentenceScope): void {
  const { tokenStart, tokenEnd } = s.sentence;
  const colon = colonAfterLabel(s, tokenStart, tokenEnd);
  if (colon < 0) return;
  const side = sideLabel(s, tokenStart, colon);
  if (side >= 0) {
    const players = playersListed(s, colon + 1, tokenEnd);
    if (players.length >= MIN_STARTERS) for (const p of players) addCandidate(s, entityEnd(p), 'play for', entityEnd(side), { kind: 'role', confidence: CONFIDENCE });
    return;
  }
  if (!BENCH_WORDS.has(s.ctx.tokens[firstWord(s, tokenStart, tokenEnd)].normal)) return;
  const sheetSide = sideOfSheetBefore(s);
  if (sheetSide < 0) return;
  for (const p of playersListed(s, colon + 1, tokenEnd)) addCandidate(s, entityEnd(p), 'play for', entityEnd(sheetSide), { kind: 'role', confidence: CONFIDENCE });
}

/** The first token in [start, end) that is no space. */
function firstWord(s: SentenceScope, start: number, end: number): number {
  let i = start;
  while (i < end - 1 && s.ctx.tokens[i].pos === 'SPACE') i++;
  return i;
}

/** The colon that closes a short label at the line's start ("Newcastle:", "Subs Not Used:"), or -1. */
function colonAfterLabel(s: SentenceScope, start: number, end: number): number {
  const { tokens } = s.ctx;
  const from = firstWord(s, start, end);
  for (let i = from; i < end && i <= from + 4; i++) {
    if (tokens[i].text === ':') return i > from ? i : -1;
    if (tokens[i].pos === 'PUNCT') return -1;
  }
  return -1;
}

/** The side a label names when it is one whole name of a club or a country ("Man City:", "England:"), or -1. */
function sideLabel(s: SentenceScope, start: number, colon: number): number {
  const { tokenEntity } = s.ctx;
  const from = firstWord(s, start, colon);
  const e = tokenEntity[from];
  if (e < 0 || entityType(s, e) === 'PERSON') return -1;
  for (let i = from; i < colon; i++) if (tokenEntity[i] !== e) return -1;
  return e;
}

/** What may stand between a team sheet's names: separators, brackets, a captain's mark, an own goal or a penalty. */
const LIST_MARKS = new Set([',', ';', '(', ')', '.', '-', 'capt', 'c', 'og', 'pen']);

/**
 * The people a line lists after its label, in order and once each, when the list holds nothing
 * else: names split by commas or semicolons, a substitute in brackets with the minute he came on
 * ("Robert (Jenas 77)"), a captain's mark ("(capt)"). Any other word makes it no list: [].
 */
function playersListed(s: SentenceScope, from: number, end: number): number[] {
  const { tokens, tokenEntity } = s.ctx;
  const players: number[] = [];
  for (let i = from; i < end; i++) {
    const e = tokenEntity[i];
    if (e >= 0) {
      if (entityType(s, e) !== 'PERSON') return [];
      if (!players.includes(e)) players.push(e);
      continue;
    }
    const t = tokens[i];
    if (t.pos === 'SPACE' || t.pos === 'NUM' || LIST_MARKS.has(t.normal)) continue;
    return [];
  }
  return players;
}

/** The side of the nearest team sheet in the few lines before the scope's sentence, or -1. */
function sideOfSheetBefore(s: SentenceScope): number {
  const { sentences } = s.doc;
  for (let k = s.sentence.index - 1; k >= 0 && k >= s.sentence.index - BENCH_REACH; k--) {
    const before = sentences[k];
    const colon = colonAfterLabel(s, before.tokenStart, before.tokenEnd);
    if (colon < 0) return -1;
    const side = sideLabel(s, before.tokenStart, colon);
    if (side >= 0) return playersListed(s, colon + 1, before.tokenEnd).length >= MIN_STARTERS ? side : -1;
  }
  return -1;
}

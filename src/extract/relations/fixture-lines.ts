// Sport fixture and result lines, which have no verb: "France v Wales (Sat)" gives France -play->
// Wales; "Man City 0-2 Man Utd" gives Man Utd -beat-> Man City; "Hereford 1-1 Doncaster" gives
// Hereford -draw with-> Doncaster. A line may list several, split by semicolons ("Republic of
// Ireland v Cyprus; France v Israel."). Each side must be one whole name and nothing else.
import { addCandidate, entityEnd, type SentenceScope } from './sentence-scope.ts';

/** Words between two sides of a fixture. */
const VERSUS = new Set(['v', 'vs', 'v.', 'vs.', 'versus']);

/** A result between two sides: "0-2", "38-8". */
const SCORE = /^(\d{1,3})-(\d{1,3})$/;

/** Confidence of a fixture or result: the line says it plainly, but a headline's sides may be read wrongly. */
const CONFIDENCE = 0.6;

/** The fixtures and results the scope's sentence lists, one per part between semicolons. */
export function fixtureLines(s: SentenceScope): void {
  const { tokens } = s.ctx;
  const { tokenStart, tokenEnd } = s.sentence;
  let start = tokenStart;
  for (let i = tokenStart; i <= tokenEnd; i++) {
    if (i < tokenEnd && tokens[i].text !== ';') continue;
    fixture(s, start, i);
    start = i + 1;
  }
}

/** One fixture or result in tokens [start, end), if that is all they hold. */
function fixture(s: SentenceScope, start: number, end: number): void {
  const { tokens, tokenEntity } = s.ctx;
  // A closing full stop and a bracketed note ("(Sat)", "(aet)") stand outside.
  while (end > start && (tokens[end - 1].text === '.' || tokens[end - 1].text === ',' || tokens[end - 1].pos === 'SPACE')) end--;
  if (end > start && tokens[end - 1].text === ')') {
    let open = end - 1;
    while (open > start && tokens[open].text !== '(') open--;
    if (tokens[open].text !== '(') return;
    end = open;
  }
  while (start < end && tokens[start].pos === 'SPACE') start++;
  const a = tokenEntity[start];
  if (a < 0) return;
  // ("Swindon/Notts Co v Middlesbrough", "Reading v Stockport/Swansea": a draw's side not yet known
  // is written as the two that will decide it, joined by a slash.)
  const home = sideAlternatives(s, start, end);
  const m = home.end;
  if (m >= end - 1) return;
  const away = sideAlternatives(s, m + 1, end);
  if (!away.sides.length || away.end !== end || away.sides.some((x) => home.sides.includes(x))) return;
  const middle = tokens[m].text.toLowerCase();
  if (VERSUS.has(middle)) {
    const alternatives = home.sides.length > 1 || away.sides.length > 1;
    for (const x of home.sides) for (const y of away.sides) addCandidate(s, entityEnd(x), 'play', entityEnd(y), { confidence: alternatives ? CONFIDENCE * 0.9 : CONFIDENCE });
    return;
  }
  if (home.sides.length > 1 || away.sides.length > 1) return;
  const b = away.sides[0];
  const score = SCORE.exec(middle);
  if (!score) return;
  const [x, y] = [Number(score[1]), Number(score[2])];
  if (x === y) addCandidate(s, entityEnd(a), 'draw with', entityEnd(b), { confidence: CONFIDENCE });
  else if (x > y) addCandidate(s, entityEnd(a), 'beat', entityEnd(b), { confidence: CONFIDENCE });
  else addCandidate(s, entityEnd(b), 'beat', entityEnd(a), { confidence: CONFIDENCE });
}

/** The entities named from `start`, one name or several joined by "/", and where they end. */
function sideAlternatives(s: SentenceScope, start: number, end: number): { sides: number[]; end: number } {
  const { tokens, tokenEntity } = s.ctx;
  const sides: number[] = [];
  let k = start;
  for (;;) {
    const e = tokenEntity[k];
    if (k >= end || e < 0 || sides.includes(e)) break;
    while (k < end && tokenEntity[k] === e) k++;
    sides.push(e);
    if (k + 1 < end && tokens[k].text === '/' && tokenEntity[k + 1] >= 0) { k++; continue; }
    break;
  }
  return { sides, end: k };
}

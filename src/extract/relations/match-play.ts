// Match play in sports reports: who played the ball to whom and whose score decided a result.
// "Graham rushed onto Queudrue's pass" (Queudrue -pass to-> Graham), "Michael McIndoe's corner
// found Adriano Rigoglioso", "Stringer's try gave Ireland a lead" (Stringer -give-> Ireland), and
// "could miss the Barcelona game" (a fixture named by the side it is against stands for that side).
// verb-relations calls these at its verb groups; they read the chunks around one verb.
import type { Chunk } from './sentence-chunks.ts';
import { addCandidate, entityEnd, entityType, hyphenedWordEndingAt, tok, word, type SentenceScope } from './sentence-scope.ts';
import { SCORE_NOUNS } from './lexicon.ts';
import { isSportsReport } from '../entities/sports-report.ts';

/** Verbs of a player taking a team-mate's ball (not a keeper's "parried", a referee's "allowed"). */
export const TAKING_VERBS = new Set(['meet', 'head', 'nod', 'receive', 'pick', 'latch', 'rush', 'run', 'volley', 'convert', 'collect',
  'control', 'chest', 'tap', 'turn', 'fire', 'drive', 'lash', 'sweep', 'poke', 'glance', 'steer', 'bundle', 'slot', 'stab', 'prod', 'finish', 'get']);

/** What one player plays to another ("Queudrue's pass", "Murphy's free-kick", "Hreidarsson's cross"). */
const DELIVERY_NOUNS = new Set(['pass', 'cross', 'free-kick', 'corner', 'through-ball', 'lay-off', 'flick', 'knock-down', 'centre', 'cut-back', 'chip', 'ball']);

/**
 * "Graham rushed onto Queudrue's pass", "Hreidarsson received Danny Murphy's free-kick", "picking
 * up Hreidarsson's cross": whoever plays a pass, a cross or a set piece to a player who takes it
 * gives it to them (the owner of the delivery -> pass to -> the subject).
 */
export function delivery(s: SentenceScope, j: number, subjects: ReadonlyArray<{ entity: number; factor: number }>, cert: number): void {
  const { chunks } = s;
  const at = chunks[j]?.kind === 'P' && ['onto', 'on', 'to', 'from'].includes(word(s, chunks[j])) ? j + 1 : j;
  const c = chunks[at];
  if (c?.kind !== 'NP' || c.np!.entity >= 0) return;
  // ("Hickie latched onto an inside pass from Murphy": or the player the delivery comes from.)
  const from = chunks[at + 2];
  const owner = c.np!.possessor >= 0 ? c.np!.possessor
    : word(s, chunks[at + 1]) === 'from' && chunks[at + 1].kind === 'P' && from?.kind === 'NP' && s.ctx.tokenEntity[from.head] === from.np!.entity ? from.np!.entity : -1;
  if (owner < 0 || entityType(s, owner) !== 'PERSON') return;
  const head = deliveryHead(s, c);
  if (!head) return;
  for (const subj of subjects) {
    if (subj.entity >= 0 && subj.entity !== owner && entityType(s, subj.entity) === 'PERSON') {
      // (A ball played to a player is a pass: "received a long ball from El Karkouri".)
      addCandidate(s, entityEnd(owner), `${head === 'ball' ? 'pass' : head} to`, entityEnd(subj.entity), { confidence: 0.55 * cert * subj.factor });
    }
  }
}

/** Verbs whose subject, a player's pass or set piece, reaches a team-mate ("McIndoe's corner found Rigoglioso"). */
const REACHING_VERBS = new Set(['find', 'send', 'set', 'release', 'pick', 'feed', 'put', 'leave']);

/**
 * "Michael McIndoe's corner found Adriano Rigoglioso", "Andy Craig's pass sent Southwell streaking":
 * a player's delivery that finds or sends a player is played by its owner to that player (owner ->
 * the verb -> the player). Not "Henry's free-kick put Arsenal ahead": a side is no receiver.
 */
export function deliveryTo(s: SentenceScope, k: number): void {
  const { chunks } = s;
  const vg = chunks[k].vg!;
  const by = chunks[k - 1];
  const to = chunks[k + 1];
  if (vg.negated || by?.kind !== 'NP' || by.np!.entity >= 0) return;
  const owner = by.np!.possessor;
  const head = owner >= 0 && entityType(s, owner) === 'PERSON' ? deliveryHead(s, by) : '';
  if (!head) return;
  // ("Wayne Carlisle's cross was met by Scott": a delivery taken by a player, in the passive, is played to them.)
  const agent = chunks[k + 2];
  const passive = vg.passive && TAKING_VERBS.has(vg.lemma) && to?.kind === 'P' && word(s, to) === 'by' && agent?.kind === 'NP';
  const active = !vg.passive && REACHING_VERBS.has(vg.lemma) && to?.kind === 'NP';
  const receiver = passive ? agent.np!.entity : active ? to.np!.entity : -1;
  if (receiver < 0 || receiver === owner || entityType(s, receiver) !== 'PERSON') return;
  addCandidate(s, entityEnd(owner), passive ? `${head} to` : vg.lemma, entityEnd(receiver), { confidence: 0.55 * vg.certainty });
}

/** What may decide a result for a side: a score ("Stringer's try", "Henry's goal"), or an effort or a score of any kind. */
const RESULT_SCORE_NOUNS = new Set([...SCORE_NOUNS, 'effort', 'score']);

/** Verbs by which a score decides an outcome for a side ("gave Ireland a lead", "ensured an Irish victory"). */
const RESULT_VERBS = new Set(['give', 'ensure', 'secure', 'seal', 'earn', 'clinch', 'hand', 'send', 'put', 'lift', 'sink', 'deny', 'break']);

/**
 * "Stringer's try gave Ireland a lead", "Denis Hickie's try ensured an Irish victory": a player's
 * score that gives a side a result is the player's act (owner -> the verb -> the side, named or by
 * its demonym).
 */
export function scoreResult(s: SentenceScope, k: number): void {
  const { chunks } = s;
  const vg = chunks[k].vg!;
  const by = chunks[k - 1];
  const to = chunks[k + 1];
  if (vg.passive || !RESULT_VERBS.has(vg.lemma) || by?.kind !== 'NP' || to?.kind !== 'NP') return;
  const owner = by.np!.possessor;
  if (owner < 0 || by.np!.entity >= 0 || entityType(s, owner) !== 'PERSON' || by.head !== by.end - 1 || !RESULT_SCORE_NOUNS.has(deliveryHead(s, by) || tok(s, by.head).normal)) return;
  const side = to.np!.entity >= 0 ? to.np!.entity : to.np!.modifiers.length === 1 ? to.np!.modifiers[0] : -1;
  if (side < 0 || side === owner || entityType(s, side) === 'PERSON') return;
  addCandidate(s, entityEnd(owner), vg.lemma, entityEnd(side), { negated: vg.negated, confidence: 0.55 * vg.certainty });
}

/** The delivery noun heading chunk `c`, hyphened ones whole ("free-kick"), or '' when it names none. */
function deliveryHead(s: SentenceScope, c: Chunk): string {
  const head = (c.head > c.start + 1 && hyphenedWordEndingAt(s.ctx.tokens, c.head)) || tok(s, c.head).normal;
  return DELIVERY_NOUNS.has(head) ? head : '';
}

/** A match named by the side it is against ("the Barcelona game"). */
const FIXTURE_HEADS = new Set(['game', 'match', 'tie', 'clash', 'fixture', 'encounter', 'showdown']);
/** Names of venues and competitions, which name a match without being a side ("the Millennium Stadium clash", "a Champions League match"). */
const NOT_SIDES = /\b(Stadium|Park|Arena|Ground|Road|Lane|League|Cup|Trophy|Championships?|Series|Games|Open|Nations)$/;

/** Verbs whose object a fixture named by a side may stand for the side in: one misses, faces or plays a side, but ends or names a team for a game. */
const FIXTURE_VERBS = new Set(['miss', 'face', 'play', 'skip', 'win', 'lose']);

/**
 * "could miss the Barcelona game", "will face the Liverpool match": the side a fixture named by the
 * side it is against stands for (in sports reports, right after a verb of FIXTURE_VERBS), or -1.
 * Chunk `j` is the object.
 */
export function fixtureSide(s: SentenceScope, j: number): number {
  const c = s.chunks[j];
  const verb = s.chunks[j - 1];
  const np = c.np;
  if (!np || verb?.kind !== 'VG' || !FIXTURE_VERBS.has(verb.vg!.lemma) || np.entity >= 0 || np.possessor >= 0 || np.modifiers.length !== 1 || !FIXTURE_HEADS.has(tok(s, c.head).normal) || c.head !== c.end - 1 || tok(s, c.start).normal !== 'the') return -1;
  const side = np.modifiers[0];
  if (s.ctx.tokenEntity[c.start + 1] !== side || s.ctx.tokenEntity[c.head - 1] !== side || entityType(s, side) === 'PERSON') return -1;
  return !NOT_SIDES.test(s.ctx.entities[side].name) && isSportsReport(s.doc) ? side : -1;
}

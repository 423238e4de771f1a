// Exact first-order Viterbi decoding over the tag set with the BIO constraint: an I-X tag may
// only follow B-X or I-X, so every decoded sequence is a well-formed set of entity spans.
import { TAG_COUNT, allowedTransition } from './tag-set.ts';

const T = TAG_COUNT;
/** ALLOWED[(from + 1) * T + to]: from = -1 is the sentence start. */
const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((T + 1) * T);
  for (let from = -1; from < T; from++) for (let to = 0; to < T; to++) a[(from + 1) * T + to] = allowedTransition(from, to) ? 1 : 0;
  return a;
})();

/** PREDECESSORS[to]: the tags allowed right before `to` (I-X only after B-X or I-X). */
const PREDECESSORS: Int32Array[] = Array.from({ length: T }, (_, to) => {
  const from: number[] = [];
  for (let p = 0; p < T; p++) if (ALLOWED[(p + 1) * T + to]) from.push(p);
  return Int32Array.from(from);
});

/**
 * Best tag sequence for `n` tokens.
 * @param emissions n*T scores, emissions[i*T + t] = score of tag t at token i
 * @param transitions (T+1)*T scores, transitions[(from+1)*T + to], from = -1 at the sentence start
 */
export function viterbi(n: number, emissions: Float64Array, transitions: Float32Array | Float64Array): Int32Array {
  return decode(n, emissions, transitions, new Float64Array(n * T), new Int32Array(n * T), new Int32Array(n));
}

let scoreBuffer = new Float64Array(64 * T);
let backBuffer = new Int32Array(64 * T);
let pathBuffer = new Int32Array(64);

/** PREDECESSORS flattened: the predecessors of `to` are PRED_FLAT[PRED_OFF[to] .. PRED_OFF[to + 1]). */
const PRED_OFF: Int32Array = Int32Array.from({ length: T + 1 }, (_, to) => PREDECESSORS.slice(0, to).reduce((n, p) => n + p.length, 0));
const PRED_FLAT: Int32Array = Int32Array.from(PREDECESSORS.flatMap((p) => Array.from(p)));
/** Tags any tag may precede (O and B-X), in index order; the others (I-X) have few predecessors. */
const OPEN: Int32Array = Int32Array.from({ length: T }, (_, t) => t).filter((t) => PREDECESSORS[t].length === T);
const CLOSED: Int32Array = Int32Array.from({ length: T }, (_, t) => t).filter((t) => PREDECESSORS[t].length < T);

/**
 * Transition scores laid out for decoding, as float64 (the same values as the float32 model
 * scores): `start[t]` is the sentence-start score of t, `pred[k]` the score of PRED_FLAT[k] ->
 * its tag, `open[t * T + p]` the score of p -> t for an OPEN tag t, and `maxOpen[p]` the best
 * score from p to any OPEN tag. Build once per model with `decodeTables`.
 */
export interface DecodeTables {
  start: Float64Array;
  pred: Float64Array;
  open: Float64Array;
  maxOpen: Float64Array;
}

export function decodeTables(transitions: Float32Array | Float64Array): DecodeTables {
  const start = new Float64Array(T);
  for (let t = 0; t < T; t++) start[t] = transitions[t];
  const pred = new Float64Array(PRED_FLAT.length);
  for (let to = 0; to < T; to++) for (let k = PRED_OFF[to]; k < PRED_OFF[to + 1]; k++) pred[k] = transitions[(PRED_FLAT[k] + 1) * T + to];
  const open = new Float64Array(T * T);
  const maxOpen = new Float64Array(T).fill(-Infinity);
  for (const t of OPEN) {
    for (let p = 0; p < T; p++) {
      open[t * T + p] = transitions[(p + 1) * T + t];
      if (open[t * T + p] > maxOpen[p]) maxOpen[p] = open[t * T + p];
    }
  }
  return { start, pred, open, maxOpen };
}

/** Per OPEN tag: the best predecessor score so far and its tag (decodeInto's scratch). */
const openBest = new Float64Array(T);
const openArg = new Int32Array(T);

/**
 * `viterbi` without allocating: the result is a view into a buffer reused by the next call,
 * so read it before decoding again. `emissions` may be longer than n*T (a reused buffer).
 * Same path as `viterbi` over the transitions `tables` was built from (same sums, same ties).
 *
 * The OPEN tags (O, B-X) take the best of all T predecessors, most of the work. After a
 * confident token one previous tag (mostly O) is far ahead, so each OPEN tag first takes the
 * best previous tag `top`, and another previous tag p is tried only if it could reach the
 * lowest of those scores: p is skipped when score(p) + maxOpen[p] < that floor. Skipping is
 * exact: rounding is monotone, so score(p) + transition(p, t) <= score(p) + maxOpen[p] < floor
 * <= the best so far for every OPEN t; p can neither beat nor tie it. Ties go to the lower
 * previous tag, as in the plain scan (which keeps the first strictly better one).
 */
export function decodeInto(
  n: number,
  emissions: Float64Array,
  tables: DecodeTables,
  /** Optional: the path is written to out[at .. at + n) and `out` returned (no view to allocate). */
  out?: Int32Array,
  at = 0,
): Int32Array {
  if (pathBuffer.length < n) {
    pathBuffer = new Int32Array(2 * n);
    scoreBuffer = new Float64Array(2 * n * T);
    backBuffer = new Int32Array(2 * n * T);
  }
  const path = out ?? pathBuffer.subarray(0, n);
  if (n === 0) return path;
  const score = scoreBuffer;
  const back = backBuffer;
  const { start, pred, open, maxOpen } = tables;
  const nOpen = OPEN.length;
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] ? emissions[t] + start[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const pb = (i - 1) * T;
    const cb = i * T;
    let top = 0;
    for (let p = 1; p < T; p++) if (score[pb + p] > score[pb + top]) top = p;
    const topScore = score[pb + top];
    let floor = Infinity;
    for (let j = 0; j < nOpen; j++) {
      const t = OPEN[j];
      const s = topScore + open[t * T + top];
      openBest[t] = s;
      openArg[t] = top;
      if (s < floor) floor = s;
    }
    for (let p = 0; p < T; p++) {
      if (p === top) continue;
      const sp = score[pb + p];
      if (sp + maxOpen[p] < floor) continue;
      for (let j = 0; j < nOpen; j++) {
        const t = OPEN[j];
        const s = sp + open[t * T + p];
        if (s > openBest[t] || (s === openBest[t] && p < openArg[t])) {
          openBest[t] = s;
          openArg[t] = p;
        }
      }
    }
    for (let j = 0; j < nOpen; j++) {
      const t = OPEN[j];
      score[cb + t] = openBest[t] + emissions[cb + t];
      back[cb + t] = openArg[t];
    }
    for (let j = 0; j < CLOSED.length; j++) {
      const t = CLOSED[j];
      let best = -Infinity;
      let arg = 0;
      for (let k = PRED_OFF[t], end = PRED_OFF[t + 1]; k < end; k++) {
        const p = PRED_FLAT[k];
        const s = score[pb + p] + pred[k];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cb + t] = best + emissions[cb + t];
      back[cb + t] = arg;
    }
  }
  return backtrack(n, score, back, path, out ? at : 0);
}

function decode(n: number, emissions: Float64Array, transitions: Float32Array | Float64Array, score: Float64Array, back: Int32Array, path: Int32Array): Int32Array {
  if (n === 0) return path;
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] ? emissions[t] + transitions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      const preds = PREDECESSORS[t];
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k];
        const s = score[(i - 1) * T + p] + transitions[(p + 1) * T + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + emissions[i * T + t];
      back[i * T + t] = arg;
    }
  }
  return backtrack(n, score, back, path, 0);
}

/** Writes the best path, ending in the best final score, to path[at .. at + n). */
function backtrack(n: number, score: Float64Array, back: Int32Array, path: Int32Array, at: number): Int32Array {
  let best = -Infinity;
  path[at + n - 1] = 0;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t] > best) { best = score[(n - 1) * T + t]; path[at + n - 1] = t; }
  for (let i = n - 1; i > 0; i--) path[at + i - 1] = back[i * T + path[at + i]];
  return path;
}

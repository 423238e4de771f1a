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
/** The predecessors of each tag are a run of tag indices (BIO: all tags, or B-X and I-X): from PRED_LO[to] on. */
const PRED_LO: Int32Array = Int32Array.from(PREDECESSORS, (p) => (p.length ? p[0] : 0));
const PRED_RUNS = PREDECESSORS.every((p) => p.every((x, k) => x === p[0] + k));

/**
 * Transition scores laid out for decoding: `start[t]` is the sentence-start score of t,
 * `pred[k]` the score of PRED_FLAT[k] -> its tag, as float64 (the same
 * values as the float32 model scores). Build once per model with `decodeTables`.
 */
export interface DecodeTables {
  start: Float64Array;
  pred: Float64Array;
}

export function decodeTables(transitions: Float32Array | Float64Array): DecodeTables {
  const start = new Float64Array(T);
  for (let t = 0; t < T; t++) start[t] = transitions[t];
  const pred = new Float64Array(PRED_FLAT.length);
  for (let to = 0; to < T; to++) for (let k = PRED_OFF[to]; k < PRED_OFF[to + 1]; k++) pred[k] = transitions[(PRED_FLAT[k] + 1) * T + to];
  return { start, pred };
}

/**
 * `viterbi` without allocating: the result is a view into a buffer reused by the next call,
 * so read it before decoding again. `emissions` may be longer than n*T (a reused buffer).
 * Same path as `viterbi` over the transitions `tables` was built from (same sums, same order).
 */
export function decodeInto(n: number, emissions: Float64Array, tables: DecodeTables): Int32Array {
  if (pathBuffer.length < n) {
    pathBuffer = new Int32Array(2 * n);
    scoreBuffer = new Float64Array(2 * n * T);
    backBuffer = new Int32Array(2 * n * T);
  }
  const path = pathBuffer.subarray(0, n);
  if (n === 0) return path;
  const score = scoreBuffer;
  const back = backBuffer;
  const { start, pred } = tables;
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] ? emissions[t] + start[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const pb = (i - 1) * T;
    const cb = i * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      if (PRED_RUNS) {
        for (let k = PRED_OFF[t], end = PRED_OFF[t + 1], p = PRED_LO[t]; k < end; k++, p++) {
          const s = score[pb + p] + pred[k];
          if (s > best) { best = s; arg = p; }
        }
      } else {
        for (let k = PRED_OFF[t], end = PRED_OFF[t + 1]; k < end; k++) {
          const p = PRED_FLAT[k];
          const s = score[pb + p] + pred[k];
          if (s > best) { best = s; arg = p; }
        }
      }
      score[cb + t] = best + emissions[cb + t];
      back[cb + t] = arg;
    }
  }
  return backtrack(n, score, back, path);
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
  return backtrack(n, score, back, path);
}

function backtrack(n: number, score: Float64Array, back: Int32Array, path: Int32Array): Int32Array {
  let best = -Infinity;
  path[n - 1] = 0;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t] > best) { best = score[(n - 1) * T + t]; path[n - 1] = t; }
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

// The decoder: exact best path, and the BIO constraint holds whatever the scores say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAGS, TAG_COUNT, TAG_INDEX, allowedTransition } from '../../src/ner/tag-set.ts';
import { decodeInto, decodeTables, viterbi } from '../../src/ner/viterbi.ts';

const T = TAG_COUNT;
const emissionsFor = (rows: Array<Record<string, number>>): Float64Array => {
  const e = new Float64Array(rows.length * T);
  rows.forEach((r, i) => { for (const [tag, s] of Object.entries(r)) e[i * T + TAG_INDEX.get(tag)!] = s; });
  return e;
};
const decode = (rows: Array<Record<string, number>>, transitions = new Float32Array((T + 1) * T)): string[] =>
  Array.from(viterbi(rows.length, emissionsFor(rows), transitions), (t) => TAGS[t]);

describe('viterbi', () => {
  it.each<{ name: string; rows: Array<Record<string, number>>; want: string[] }>([
    { name: 'picks the best tag per token when nothing conflicts', rows: [{ 'B-PER': 5 }, { 'I-PER': 5 }, { O: 1 }], want: ['B-PER', 'I-PER', 'O'] },
    { name: 'never starts a sentence with I-', rows: [{ 'I-ORG': 9, 'B-ORG': 1 }], want: ['B-ORG'] },
    { name: 'never puts I- after O', rows: [{ O: 15 }, { 'I-LOC': 9, 'B-LOC': 2 }], want: ['O', 'B-LOC'] },
    { name: 'never continues another type', rows: [{ 'B-PER': 5 }, { 'I-ORG': 9, 'I-PER': 8 }], want: ['B-PER', 'I-PER'] },
    { name: 'handles an empty sentence', rows: [], want: [] },
  ])('$name', ({ rows, want }) => {
    expect(decode(rows)).toEqual(want);
  });

  it('uses transition scores', () => {
    const trans = new Float32Array((T + 1) * T);
    // From B-PER (row 1 + 1), strongly prefer I-PER over O.
    trans[(TAG_INDEX.get('B-PER')! + 1) * T + TAG_INDEX.get('I-PER')!] = 10;
    expect(decode([{ 'B-PER': 5 }, { O: 3 }], trans)).toEqual(['B-PER', 'I-PER']);
  });

  it('always yields a well-formed BIO sequence (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: T, maxLength: T }), { maxLength: 12 }), (rows) => {
        const path = viterbi(rows.length, Float64Array.from(rows.flat()), new Float32Array((T + 1) * T));
        for (let i = 0; i < path.length; i++) expect(allowedTransition(i === 0 ? -1 : path[i - 1], path[i])).toBe(true);
      }),
    );
  });

  it('decodeInto over decodeTables gives the path viterbi gives (property)', () => {
    const scores = (length: number) => fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: length, maxLength: length });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(fc.constant(n), scores(n * T), scores((T + 1) * T))), ([n, em, tr]) => {
        const transitions = Float32Array.from(tr);
        const emissions = Float64Array.from(em);
        // A longer, dirty buffer: only the first n*T scores may be read.
        const buffer = new Float64Array(n * T + 2 * T).fill(1e9);
        buffer.set(emissions);
        const expected = Array.from(viterbi(n, emissions, transitions));
        expect(Array.from(decodeInto(n, buffer, decodeTables(transitions)))).toEqual(expected);
        // Into a given array at an offset: only out[3 .. 3 + n) is written.
        const out = new Int32Array(n + 5).fill(-7);
        expect(decodeInto(n, buffer, decodeTables(transitions), out, 3)).toBe(out);
        expect(Array.from(out)).toEqual([-7, -7, -7, ...expected, -7, -7]);
      }),
    );
  });

  it('decodeInto breaks ties as viterbi does (property over small integer scores, where ties are common)', () => {
    const scores = (length: number) => fc.array(fc.integer({ min: -3, max: 3 }), { minLength: length, maxLength: length });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 }).chain((n) => fc.tuple(fc.constant(n), scores(n * T), scores((T + 1) * T))), ([n, em, tr]) => {
        const transitions = Float32Array.from(tr);
        const emissions = Float64Array.from(em);
        expect(Array.from(decodeInto(n, emissions, decodeTables(transitions)))).toEqual(Array.from(viterbi(n, emissions, transitions)));
      }),
      { numRuns: 2000 },
    );
  });
});

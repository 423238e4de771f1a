// Entity-level precision/recall/F1 with the conlleval rule (span and type must both match),
// used by training to pick the best epoch. The official number comes from score.mjs.
import { tagSpans } from './tag-set.ts';

export interface Prf { tp: number; fp: number; fn: number; p: number; r: number; f1: number }

export function entityScores(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): { all: Prf; byType: Record<string, Prf> } {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, k: 'tp' | 'fp' | 'fn'): void => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(type, c);
  };
  gold.forEach((g, s) => {
    const key = (x: { label: string; start: number; end: number }): string => `${x.label}:${x.start}:${x.end}`;
    const gs = tagSpans(g);
    const ps = tagSpans(pred[s]);
    const gset = new Set(gs.map(key));
    const pset = new Set(ps.map(key));
    for (const x of ps) bump(x.label, gset.has(key(x)) ? 'tp' : 'fp');
    for (const x of gs) if (!pset.has(key(x))) bump(x.label, 'fn');
  });
  const prf = (c: { tp: number; fp: number; fn: number }): Prf => {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    return { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const total = { tp: 0, fp: 0, fn: 0 };
  const byType: Record<string, Prf> = {};
  for (const [type, c] of [...counts].sort()) {
    byType[type] = prf(c);
    total.tp += c.tp; total.fp += c.fp; total.fn += c.fn;
  }
  return { all: prf(total), byType };
}

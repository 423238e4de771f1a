// Memoised `normalizeName`: entity resolution normalises the same few surface forms many times per
// article (every mention, alias and gazetteer look-up), and the Unicode normalisation behind it is
// the costliest step. The cache is bounded and cleared when full, so memory stays flat on big runs.
import { normalizeName } from '../../model/keys.ts';

const cache = new Map<string, string>();
const LIMIT = 50_000;

export function norm(s: string): string {
  let n = cache.get(s);
  if (n === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    n = normalizeName(s);
    cache.set(s, n);
  }
  return n;
}

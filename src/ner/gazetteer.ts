// Place gazetteer built from the `world-countries` package: country names (common, official,
// alternative spellings), capitals, demonyms ("Russian", "Russians") and regions. The tagger
// uses matches as features ("this token starts a country name"), so the model learns how far
// to trust the list; the list itself is public data, not training data.
import worldCountries, { type Country } from 'world-countries';

// The package is CommonJS: under Node's ESM loader the default import is the array itself,
// while TypeScript (NodeNext) types it as a namespace holding `default`; accept both.
const countries: Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

export type GazetteerCategory = 'country' | 'capital' | 'demonym' | 'region';

export interface Gazetteer {
  /** Lower-cased first token -> phrases (lower-cased token lists) starting with it, longest first. */
  byFirst: Map<string, Array<{ tokens: string[]; category: GazetteerCategory }>>;
}

let shared: Gazetteer | undefined;

/** The gazetteer built once per process from `world-countries`. */
export function placeGazetteer(): Gazetteer {
  shared ??= buildGazetteer(placeEntries());
  return shared;
}

function placeEntries(): Array<[string, GazetteerCategory]> {
  const entries: Array<[string, GazetteerCategory]> = [];
  const regions = new Set<string>();
  for (const c of countries) {
    entries.push([c.name.common, 'country'], [c.name.official, 'country']);
    for (const alt of c.altSpellings) if (alt.length > 1) entries.push([alt, 'country']);
    for (const cap of c.capital) entries.push([cap, 'capital']);
    const dem = c.demonyms?.eng;
    if (dem) for (const d of new Set([dem.f, dem.m])) if (d) entries.push([d, 'demonym'], [`${d}s`, 'demonym']);
    if (c.region) regions.add(c.region);
    if (c.subregion) regions.add(c.subregion);
  }
  for (const r of regions) entries.push([r, 'region']);
  return entries;
}

/** Build a gazetteer from (phrase, category) pairs; phrases are split on whitespace. */
export function buildGazetteer(entries: Iterable<[string, GazetteerCategory]>): Gazetteer {
  const byFirst: Gazetteer['byFirst'] = new Map();
  const seen = new Set<string>();
  for (const [phrase, category] of entries) {
    const tokens = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const key = `${category}\t${tokens.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byFirst.get(tokens[0]) ?? [];
    list.push({ tokens, category });
    byFirst.set(tokens[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

/**
 * Gazetteer features for each token of a sentence: `category:B` on the first token of the
 * longest match starting there and `category:I` on the following ones. Only capitalised
 * tokens start a match, so "chad" or "turkey" in running text do not fire.
 */
export function gazetteerMatches(gaz: Gazetteer, lower: readonly string[], words: readonly string[]): string[][] {
  const out: string[][] = lower.map(() => []);
  for (let i = 0; i < lower.length; i++) {
    const first = words[i].charCodeAt(0);
    if (!(first >= 65 && first <= 90)) continue;
    const candidates = gaz.byFirst.get(lower[i]);
    if (!candidates) continue;
    const matched = new Set<GazetteerCategory>();
    for (const { tokens, category } of candidates) {
      if (matched.has(category) || i + tokens.length > lower.length) continue;
      let ok = true;
      for (let k = 1; k < tokens.length && ok; k++) ok = lower[i + k] === tokens[k];
      if (!ok) continue;
      matched.add(category);
      out[i].push(`${category}:B`);
      for (let k = 1; k < tokens.length; k++) out[i + k].push(`${category}:I`);
    }
  }
  return out;
}

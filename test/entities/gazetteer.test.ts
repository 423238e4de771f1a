// The gazetteer's country names: world-countries' other spellings are kept, except those news
// uses for people, words or companies.
import { describe, expect, it } from 'vitest';
import { lookupPlaceOrOrg } from '../../src/extract/entities/gazetteer.ts';

describe('gazetteer: other spellings of countries', () => {
  it.each([['Holland', 'Netherlands'], ['Burma', 'Myanmar'], ['Nippon', 'Japan']])('%s is %s', (spelling, country) => {
    expect(lookupPlaceOrOrg(spelling)?.name).toBe(country);
  });

  it.each(['Dominique', 'Mann', 'Island', 'Emirates'])('%s names no country', (spelling) => {
    expect(lookupPlaceOrOrg(spelling)).toBeUndefined();
  });
});

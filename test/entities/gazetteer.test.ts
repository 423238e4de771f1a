// The gazetteer's country names: world-countries' other spellings are kept, except those news
// uses for people, words or companies.
import { describe, expect, it } from 'vitest';
import { countryOfDemonym, lookupPlaceOrOrg } from '../../src/extract/entities/gazetteer.ts';

describe('gazetteer: other spellings of countries', () => {
  it.each([['Holland', 'Netherlands'], ['Burma', 'Myanmar'], ['Nippon', 'Japan']])('%s is %s', (spelling, country) => {
    expect(lookupPlaceOrOrg(spelling)?.name).toBe(country);
  });

  it.each(['Dominique', 'Mann', 'Island', 'Emirates'])('%s names no country', (spelling) => {
    expect(lookupPlaceOrOrg(spelling)).toBeUndefined();
  });
});

describe('gazetteer: nouns for a country\'s people', () => {
  it.each([['Frenchman', 'France'], ['Welshman', 'Wales'], ['Dutchman', 'Netherlands'], ['Irishman', 'Ireland'], ['Spaniard', 'Spain']])('%s is from %s', (noun, country) => {
    expect(countryOfDemonym(noun)).toBe(country);
  });

  it.each(['Pole', 'Finn', 'Scotsman'])('%s is left alone (pole position, a given name, a newspaper)', (noun) => {
    expect(countryOfDemonym(noun)).toBeUndefined();
  });
});

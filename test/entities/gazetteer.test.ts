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

describe('gazetteer: football clubs whose names are no place alone', () => {
  it.each([['West Ham', 'West Ham United'], ['Man Utd', 'Manchester United'], ['Sheffield Wednesday', 'Sheffield Wednesday']])('%s is the club %s', (surface, club) => {
    expect(lookupPlaceOrOrg(surface)).toEqual({ name: club, type: 'ORG', kind: 'org' });
  });

  it('keeps a weekday after a city in the club\'s name, through the whole resolution', async () => {
    const { annotate } = await import('../../src/nlp/annotate.ts');
    const { recognizeMentions } = await import('../../src/ner/recognize.ts');
    const { resolveEntities } = await import('../../src/extract/resolve-entities.ts');
    const text = 'Sheffield Wednesday beat Rotherham 2-0 on Saturday.';
    const doc = annotate(text);
    const names = resolveEntities(doc, { id: 't', text, hash: '' }, recognizeMentions(doc)).entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toContain('Sheffield Wednesday/ORG');
  });
});

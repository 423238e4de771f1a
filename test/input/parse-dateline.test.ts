import { describe, expect, it } from 'vitest';
import { agencyName, parseByline, parseDateline, parseTrailingAgency } from '../../src/input/parse-dateline.ts';

describe('parseDateline', () => {
  it.each([
    [
      'the seed form, with its leading space',
      ' date 2021-04-16 Washington DC [US], April 16 (ANI): US President Joe Biden said his talks were "candid."',
      { date: '2021-04-16', place: 'Washington DC [US]', source: 'ANI', rest: 'US President Joe Biden said his talks were "candid."' },
    ],
    [
      'ANI without the date prefix',
      'New Delhi [India], April 16 (ANI): The government said on Friday ...',
      { place: 'New Delhi [India]', source: 'ANI', rest: 'The government said on Friday ...' },
    ],
    [
      'Reuters style',
      'WASHINGTON (Reuters) - The Senate passed the bill.',
      { place: 'WASHINGTON', source: 'Reuters', rest: 'The Senate passed the bill.' },
    ],
    [
      'AFP with day and double hyphen',
      'LONDON, March 3 (AFP) -- Britain said on Monday ...',
      { place: 'LONDON', source: 'AFP', rest: 'Britain said on Monday ...' },
    ],
    [
      'a full date in the dateline',
      'PARIS, March 3, 2020 (AFP) - France said ...',
      { date: '2020-03-03', place: 'PARIS', source: 'AFP', rest: 'France said ...' },
    ],
    [
      'AP with an em dash',
      'NEW YORK (AP) \u2014 Stocks rose.',
      { place: 'NEW YORK', source: 'AP', rest: 'Stocks rose.' },
    ],
    [
      'capitals and a colon, no agency',
      'NEW DELHI: India and Japan signed a pact.',
      { place: 'NEW DELHI', rest: 'India and Japan signed a pact.' },
    ],
    [
      'capitals with an en dash and a day',
      'LISBON, March 12 \u2013 Portugal agreed ...',
      { place: 'LISBON', rest: 'Portugal agreed ...' },
    ],
    [
      'an unknown acronym agency',
      'ISLAMABAD (APP): Pakistan said ...',
      { place: 'ISLAMABAD', source: 'APP', rest: 'Pakistan said ...' },
    ],
    [
      'only the date prefix',
      'date 2021-04-16 Joe Biden said ...',
      { date: '2021-04-16', rest: 'Joe Biden said ...' },
    ],
  ])('%s', (_name, line, expected) => {
    expect(parseDateline(line)).toEqual(expected);
  });

  it.each([
    ['a BBC body sentence', 'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.'],
    ['a hyphenated compound', 'UK-based bank Standard Chartered said it would spend $3.3bn.'],
    ['a compound in a headline', 'EU-US seeking deal on air dispute'],
    ['a party in parentheses', 'Tony Blair (Labour) - the prime minister - said ...'],
    ['lowercase words before the agency', 'The minister told (Reuters) - that ...'],
    ['an editorial label', 'UPDATE: the vote was postponed.'],
    ['an empty line', ''],
    ['a huge line', `${'a'.repeat(2_000_000)} (ANI): x`],
  ])('no dateline in %s', (_name, line) => {
    expect(parseDateline(line)).toBeUndefined();
  });
});

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', { author: 'Jane Doe' }],
    ['  by Jane Doe  ', { author: 'Jane Doe' }],
    ['By Jane Doe and John Roe', { author: 'Jane Doe and John Roe' }],
    ['By Jane Doe, Reuters', { author: 'Jane Doe', source: 'Reuters' }],
    ['By Jane Doe, Political Correspondent', { author: 'Jane Doe' }],
    ['By Ludwig van Beethoven', { author: 'Ludwig van Beethoven' }],
    ['By Reuters', { source: 'Reuters' }],
    ['By: Jane Doe', { author: 'Jane Doe' }],
    ['By Monday, the talks had failed.', undefined],
    ['By then the deal was dead.', undefined],
    ['By Christmas', undefined],
    ['Byron Smith said', undefined],
  ])('%j -> %j', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });
});

describe('parseTrailingAgency', () => {
  it.each([
    ['the White House said. (ANI)', { source: 'ANI', rest: 'the White House said.' }],
    ['(ANI)', { source: 'ANI', rest: '' }],
    ['"We will act," she said (Reuters)', undefined],
    ['"We will act," she said." (PTI)', { source: 'PTI', rest: '"We will act," she said."' }],
    ['funded by the World Health Organization (WHO)', undefined],
    ['and that was all. (see below)', undefined],
  ])('%j -> %j', (line, expected) => {
    expect(parseTrailingAgency(line)).toEqual(expected);
  });
});

describe('agencyName', () => {
  it.each([
    ['reuters', 'Reuters'],
    ['Associated Press', 'Associated Press'],
    ['IANS', 'IANS'],
    ['Labour', undefined],
    ['see below', undefined],
    ['A', undefined],
  ])('%j -> %j', (tag, expected) => {
    expect(agencyName(tag)).toBe(expected);
  });
});

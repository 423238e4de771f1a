import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/input/parse-date.ts';

describe('normaliseDate', () => {
  it.each([
    ['2021-04-16', '2021-04-16'],
    ['  2021-4-6 ', '2021-04-06'],
    ['2021/04/16', '2021-04-16'],
    ['April 16, 2021', '2021-04-16'],
    ['Apr. 16 2021', '2021-04-16'],
    ['Friday, April 16, 2021', '2021-04-16'],
    ['April 16th, 2021 10:30 AM EST', '2021-04-16'],
    ['16 April 2021', '2021-04-16'],
    ['16th of April, 2021', '2021-04-16'],
    ['Sept 3 2020', '2020-09-03'],
    ['Fri, 16 Apr 2021 10:20:30 +0000', '2021-04-16T10:20:30+00:00'],
    ['Fri, 16 Apr 2021 10:20:30 GMT', '2021-04-16T10:20:30Z'],
    ['16 Apr 2021 10:20 EDT', '2021-04-16T10:20:00-04:00'],
    ['Fri, 16 Apr 2021 10:20:30 IST', '2021-04-16'],
    ['2021-04-16T10:20:30Z', '2021-04-16T10:20:30Z'],
    ['2021-04-16T01:20:30.123+05:30', '2021-04-16T01:20:30+05:30'],
    ['2021-04-16T01:20:30+0530', '2021-04-16T01:20:30+05:30'],
    ['2021-04-16 10:20', '2021-04-16T10:20:00'],
    [1618531200, '2021-04-16T00:00:00Z'],
    [1618531200000, '2021-04-16T00:00:00Z'],
    ['1618531200', '2021-04-16T00:00:00Z'],
    ['20210416', '2021-04-16'],
  ] as const)('%s -> %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each<[unknown, string]>([
    ['', 'empty'],
    ['yesterday', 'relative words'],
    ['2021-02-30', 'a day the month does not have'],
    ['2021-13-01', 'month 13'],
    ['04/05/2021', 'ambiguous day/month order'],
    ['April 16', 'no year'],
    ['20211316', 'compact with month 13'],
    ['2021-04-16T25:00:00Z', 'hour 25'],
    ['2021-04-16T10:00:00+99:00', 'offset out of range'],
    [null, 'null'],
    [{ date: '2021-04-16' }, 'an object'],
    [-5, 'a negative epoch'],
    ['x'.repeat(10_000), 'a huge string'],
  ])('%s is not a date (%s)', (input) => {
    expect(normaliseDate(input)).toBeUndefined();
  });
});

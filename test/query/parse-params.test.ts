// --param name=value parsing: the value types, names, and the errors.
import { describe, expect, it } from 'vitest';
import { parseParam, parseParams, parseParamValue } from '../../src/query/parse-params.ts';
import { QueryParamError } from '../../src/query/query-errors.ts';

describe('parseParamValue', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['true', true],
    ['false', false],
    ['10', 10n],
    ['-3', -3n],
    ['+4', 4n],
    ['9223372036854775807', 9223372036854775807n],
    ['9223372036854775808', 9223372036854775808],
    ['2.5', 2.5],
    ['-1e3', -1000],
    ['.5', 0.5],
    ['[1, "a", 2.5]', [1n, 'a', 2.5]],
    ['{"k": {"n": 1, "b": false}}', { k: { n: 1n, b: false } }],
    ['"42"', '42'],
    ['"quoted text"', 'quoted text'],
    ['Angela Merkel', 'Angela Merkel'],
    ['[draft', '[draft'],
    ['', ''],
    ['True', 'True'],
    ['a=b', 'a=b'],
  ])('%j', (input, expected) => {
    expect(parseParamValue(input)).toEqual(expected);
  });
});

describe('parseParam / parseParams', () => {
  it('splits on the first = only', () => {
    expect(parseParam('q=a=b')).toEqual(['q', 'a=b']);
  });

  it('collects several params', () => {
    expect(parseParams(['name=Ada', 'limit=5', 'flag=true'])).toEqual({ name: 'Ada', limit: 5n, flag: true });
  });

  it.each([
    ['noequals', /has no "="/],
    ['1abc=2', /"1abc" is not a parameter name/],
    ['bad-name=2', /"bad-name" is not a parameter name/],
    ['=2', /"" is not a parameter name/],
  ])('rejects %s', (argument, message) => {
    expect(() => parseParam(argument)).toThrow(QueryParamError);
    expect(() => parseParam(argument)).toThrow(message);
  });

  it('rejects a name given twice', () => {
    expect(() => parseParams(['a=1', 'a=2'])).toThrow(/--param a is given twice/);
  });
});

// The three output formats of `kg query`, table-driven, plus CSV parsed back with an
// independent RFC 4180 reader.
import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatResult, formatTable, parseOutputFormat } from '../../src/query/format-result.ts';
import type { PlainResult } from '../../src/query/plain-value.ts';
import { QueryFormatError } from '../../src/query/query-errors.ts';

const people: PlainResult = {
  columns: ['name', 'age', 'tags'],
  rows: [
    ['Ada Lovelace', 36, ['math', 'poetry']],
    ['Bo', null, []],
  ],
};

describe('formatTable', () => {
  it.each<{ name: string; result: PlainResult; expected: string }>([
    {
      name: 'aligned columns, numbers right-aligned, lists as JSON, null shown',
      result: people,
      expected: [
        'name         | age  | tags',
        '-------------+------+------------------',
        'Ada Lovelace |   36 | ["math","poetry"]',
        'Bo           | null | []',
        '(2 rows)',
        '',
      ].join('\n'),
    },
    { name: 'no rows', result: { columns: ['x'], rows: [] }, expected: 'x\n-\n(0 rows)\n' },
    { name: 'one row says row', result: { columns: ['count'], rows: [[7]] }, expected: 'count\n-----\n    7\n(1 row)\n' },
    {
      name: 'line breaks and tabs stay on one line',
      result: { columns: ['t'], rows: [['a\nb\tc']] },
      expected: 't\n-------\na\\nb\\tc\n(1 row)\n',
    },
    {
      name: 'maps and booleans as JSON',
      result: { columns: ['m', 'b'], rows: [[{ labels: ['Person'], properties: { name: 'X' } }, true]] },
      expected: `${'m'.padEnd(47)} | b\n${'-'.repeat(47)}-+-----\n{"labels":["Person"],"properties":{"name":"X"}} | true\n(1 row)\n`,
    },
    {
      name: 'accented text counts characters, not bytes',
      result: { columns: ['city', 'n'], rows: [['Zürich', 1], ['Rome', 22]] },
      expected: 'city   | n\n-------+---\nZürich |  1\nRome   | 22\n(2 rows)\n',
    },
  ])('$name', ({ result, expected }) => {
    expect(formatTable(result)).toBe(expected);
  });
});

describe('formatJson', () => {
  it.each<{ name: string; result: PlainResult; expected: unknown }>([
    { name: 'rows become objects keyed by column', result: people, expected: [{ name: 'Ada Lovelace', age: 36, tags: ['math', 'poetry'] }, { name: 'Bo', age: null, tags: [] }] },
    { name: 'no rows is an empty array', result: { columns: ['x'], rows: [] }, expected: [] },
    { name: 'nested maps survive', result: { columns: ['m'], rows: [[{ a: { b: [1, null] } }]] }, expected: [{ m: { a: { b: [1, null] } } }] },
  ])('$name', ({ result, expected }) => {
    const text = formatJson(result);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(expected);
  });

  it('keeps column order in each object', () => {
    expect(Object.keys(JSON.parse(formatJson({ columns: ['z', 'a'], rows: [[1, 2]] }))[0])).toEqual(['z', 'a']);
  });
});

/** A small independent RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

describe('formatCsv', () => {
  it.each<{ name: string; result: PlainResult; expected: string }>([
    { name: 'header and CRLF records', result: { columns: ['a', 'b'], rows: [[1, 'x']] }, expected: 'a,b\r\n1,x\r\n' },
    { name: 'null is an empty field', result: { columns: ['a', 'b'], rows: [[null, true]] }, expected: 'a,b\r\n,true\r\n' },
    { name: 'comma quoted', result: { columns: ['a'], rows: [['x,y']] }, expected: 'a\r\n"x,y"\r\n' },
    { name: 'quote doubled', result: { columns: ['a'], rows: [['say "hi"']] }, expected: 'a\r\n"say ""hi"""\r\n' },
    { name: 'line breaks quoted', result: { columns: ['a'], rows: [['l1\nl2\r\nl3']] }, expected: 'a\r\n"l1\nl2\r\nl3"\r\n' },
    { name: 'lists as quoted JSON', result: { columns: ['l'], rows: [[['a', 'b']]] }, expected: 'l\r\n"[""a"",""b""]"\r\n' },
    { name: 'column names escaped too', result: { columns: ['a,b'], rows: [] }, expected: '"a,b"\r\n' },
  ])('$name', ({ result, expected }) => {
    expect(formatCsv(result)).toBe(expected);
  });

  it('reads back to the same cells', () => {
    const tricky: PlainResult = { columns: ['text', 'n'], rows: [['a "quoted", multi\nline', 1.5], ['', -2], ['plain', null]] };
    expect(readCsv(formatCsv(tricky))).toEqual([['text', 'n'], ['a "quoted", multi\nline', '1.5'], ['', '-2'], ['plain', '']]);
  });
});

describe('parseOutputFormat / formatResult', () => {
  it.each([
    ['table', 'table'],
    ['JSON', 'json'],
    [' csv ', 'csv'],
  ])('%s -> %s', (input, expected) => {
    expect(parseOutputFormat(input)).toBe(expected);
  });

  it('rejects an unknown format, naming it and the choices', () => {
    expect(() => parseOutputFormat('xml')).toThrow(QueryFormatError);
    expect(() => parseOutputFormat('xml')).toThrow(/"xml".*table, json, csv/);
  });

  it('dispatches to each formatter', () => {
    expect(formatResult(people, 'table')).toBe(formatTable(people));
    expect(formatResult(people, 'json')).toBe(formatJson(people));
    expect(formatResult(people, 'csv')).toBe(formatCsv(people));
  });
});

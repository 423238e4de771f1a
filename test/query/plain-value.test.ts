// Conversion of driver values to plain JS, table-driven on the driver's own value classes (the
// end-to-end test checks the same against values coming from the real server).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/query/plain-value.ts';

const { Node, Relationship, Path, PathSegment, Date: NDate, DateTime, LocalDateTime, LocalTime, Time, Duration, Point } = neo4j.types;
const ada = new Node(neo4j.int(1), ['Person', 'Entity'], { name: 'Ada', born: neo4j.int(1815) }, '4:x:1');
const london = new Node(neo4j.int(2), ['Place'], { name: 'London' }, '4:x:2');
const livedIn = new Relationship(neo4j.int(3), neo4j.int(1), neo4j.int(2), 'LIVED_IN', { since: neo4j.int(1830) }, '5:x:3', '4:x:1', '4:x:2');

describe('toPlain', () => {
  it.each<[string, unknown, unknown]>([
    ['null', null, null],
    ['undefined', undefined, null],
    ['string', 'x', 'x'],
    ['boolean', false, false],
    ['float', 1.5, 1.5],
    ['NaN as text', Number.NaN, 'NaN'],
    ['small Integer', neo4j.int(42), 42],
    ['negative Integer', neo4j.int(-7), -7],
    ['Integer beyond 2^53 as text', neo4j.int('9007199254740993'), '9007199254740993'],
    ['bigint safe', 5n, 5],
    ['bigint unsafe', 2n ** 60n, '1152921504606846976'],
    ['node', ada, { labels: ['Entity', 'Person'], properties: { born: 1815, name: 'Ada' } }],
    ['relationship', livedIn, { type: 'LIVED_IN', properties: { since: 1830 } }],
    [
      'path',
      new Path(ada, london, [new PathSegment(ada, livedIn, london)]),
      {
        nodes: [
          { labels: ['Entity', 'Person'], properties: { born: 1815, name: 'Ada' } },
          { labels: ['Place'], properties: { name: 'London' } },
        ],
        relationships: [{ type: 'LIVED_IN', properties: { since: 1830 } }],
      },
    ],
    ['date', new NDate(2024, 2, 29), '2024-02-29'],
    ['datetime with offset', new DateTime(2024, 1, 2, 3, 4, 5, 0, 3600), '2024-01-02T03:04:05+01:00'],
    ['local datetime', new LocalDateTime(2024, 1, 2, 3, 4, 5, 500000000), '2024-01-02T03:04:05.500000000'],
    ['local time', new LocalTime(23, 59, 0, 0), '23:59:00'],
    ['time', new Time(8, 0, 0, 0, 0), '08:00:00Z'],
    ['duration', new Duration(1, 2, 3, 0), 'P1M2DT3S'],
    ['2D point', new Point(neo4j.int(7203), 1.5, 2.5), { srid: 7203, x: 1.5, y: 2.5 }],
    ['3D point', new Point(neo4j.int(9157), 1, 2, 3), { srid: 9157, x: 1, y: 2, z: 3 }],
    ['list recursively', [neo4j.int(1), [neo4j.int(2), null]], [1, [2, null]]],
    ['map recursively', { a: neo4j.int(1), b: { c: new NDate(2020, 1, 1) } }, { a: 1, b: { c: '2020-01-01' } }],
  ])('%s', (_name, input, expected) => {
    expect(toPlain(input)).toEqual(expected);
  });

  it('produces values that survive JSON', () => {
    const value = toPlain({ n: ada, r: livedIn, d: new DateTime(2024, 1, 2, 3, 4, 5, 0, 0) });
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});

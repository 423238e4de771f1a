// `--neo4j [uri]` has an optional value: a following path must stay a path, a URI stays the URI.
import { describe, expect, it } from 'vitest';
import { neo4jFlagWithoutUri, storeSelection } from '../../src/cli/store-options.ts';

describe('--neo4j with and without a URI', () => {
  it.each([
    [['ingest', '--neo4j', 'samples', '--root', 'samples'], ['ingest', '--neo4j=', 'samples', '--root', 'samples']],
    [['ingest', '--neo4j', 'bolt://db:7687', 'samples'], ['ingest', '--neo4j', 'bolt://db:7687', 'samples']],
    [['stats', '--neo4j', '--json'], ['stats', '--neo4j', '--json']],
    [['stats', '--neo4j'], ['stats', '--neo4j']],
    [['query', '--', '--neo4j', 'x'], ['query', '--', '--neo4j', 'x']],
  ])('%j -> %j', (argv, expected) => {
    expect(neo4jFlagWithoutUri(argv)).toEqual(expected);
  });

  it('an empty --neo4j value selects Neo4j at the default URI', () => {
    expect(storeSelection({ neo4j: '' })).toEqual({ neo4j: { uri: undefined, username: undefined, password: undefined, database: undefined } });
    expect(storeSelection({ neo4j: 'neo4j://h:1' }).neo4j?.uri).toBe('neo4j://h:1');
    expect(storeSelection({ store: 'kg' })).toEqual({ dir: 'kg' });
  });
});

// The text rendering of `kg stats` and the export-format parsing.
import { describe, expect, it } from 'vitest';
import { parseExportFormat, renderExport } from '../../src/export/export-format.ts';
import { formatStats } from '../../src/export/stats-text.ts';
import type { GraphStats } from '../../src/store/graph-store.ts';
import { SMALL } from './snapshot-fixture.ts';

const STATS: GraphStats = {
  articles: 2, entities: 3, concepts: 1, relations: 2, mentions: 4,
  entitiesByType: { LOC: 1, PERSON: 2 },
  relationsByType: { MET: 1, SAID: 1 },
  topEntities: [{ key: 'person:a', name: 'Ann Lee', type: 'PERSON', mentionCount: 5, degree: 2 }],
  topPredicates: [{ predicate: 'meet', type: 'MET', count: 3 }],
};

describe('formatStats', () => {
  it('prints counts, types by count, top entities and predicates as aligned tables', () => {
    expect(formatStats(STATS, 'embedded')).toBe([
      'Graph (embedded): 2 articles, 3 entities, 1 concepts, 2 relations, 4 mentions.',
      '',
      'Entities by type:',
      '  PERSON  2',
      '  LOC     1',
      '',
      'Relations by type:',
      '  MET   1',
      '  SAID  1',
      '',
      'Top entities (by mentions):',
      '  name     type    mentions  degree',
      '  Ann Lee  PERSON  5         2',
      '',
      'Top predicates (by evidence sentences):',
      '  predicate  type  count',
      '  meet       MET   3',
      '',
    ].join('\n'));
  });

  it('prints only the summary line for an empty graph', () => {
    const empty: GraphStats = { ...STATS, articles: 0, entities: 0, concepts: 0, relations: 0, mentions: 0, entitiesByType: {}, relationsByType: {}, topEntities: [], topPredicates: [] };
    expect(formatStats(empty, 'Neo4j')).toBe('Graph (Neo4j): 0 articles, 0 entities, 0 concepts, 0 relations, 0 mentions.\n');
  });
});

describe('export formats', () => {
  it.each([['graphml', 'graphml'], ['GraphML', 'graphml'], ['json', 'json']] as const)('%s -> %s', (input, format) => {
    expect(parseExportFormat(input)).toBe(format);
  });

  it('names the valid formats when given another', () => {
    expect(() => parseExportFormat('gexf')).toThrow(/Unknown export format "gexf": use one of graphml, json/);
  });

  it('renders both formats', () => {
    expect(renderExport(SMALL, 'graphml')).toMatch(/^<\?xml/);
    expect(JSON.parse(renderExport(SMALL, 'json')).nodes).toHaveLength(SMALL.nodes.length);
  });
});

// A small hand-made GraphSnapshot for the exporter tests: every property type the exporters
// infer (string, int, double, boolean, string list, JSON text) and values that need escaping.
import type { GraphSnapshot } from '../../src/store/graph-store.ts';

export const SMALL: GraphSnapshot = {
  nodes: [
    { key: 'article:a1', labels: ['Article'], properties: { id: 'a1', title: 'Biden & Putin <live>', date: '2024-01-02', hash: 'abc' } },
    { key: 'concept:summit', labels: ['Concept'], properties: { name: 'summit', mentionCount: 1 } },
    { key: 'loc:russia', labels: ['Entity', 'Location'], properties: { name: 'Russia', type: 'LOC', aliases: ['Russian Federation'], mentionCount: 3, articleCount: 2 } },
    { key: 'person:vladimir putin', labels: ['Entity', 'Person'], properties: { name: 'Vladimir "Vova" Putin', type: 'PERSON', aliases: ['Putin', "Putin's"], mentionCount: 2, articleCount: 1, firstSeen: '2024-01-02' } },
  ],
  edges: [
    { key: 'mentions:article:a1|person:vladimir putin', type: 'MENTIONS', source: 'article:a1', target: 'person:vladimir putin', properties: { count: 2, name: 'Vladimir Putin', aliases: ['Putin'] } },
    {
      key: 'rel:0001',
      type: 'PRESIDENT_OF',
      source: 'person:vladimir putin',
      target: 'loc:russia',
      properties: {
        predicate: 'president', kind: 'role', negated: false, confidence: 0.9, count: 1, articleCount: 1, articles: ['a1'],
        evidence: JSON.stringify([{ articleId: 'a1', sentenceIndex: 1, start: 10, end: 40, sentence: 'Putin, the "president" of Russia\r\nsaid <no>.', confidence: 0.9 }]),
      },
    },
    { key: 'rel:0002', type: 'PROPOSED', source: 'person:vladimir putin', target: 'concept:summit', properties: { predicate: 'propose', kind: 'fact', negated: true, confidence: 1, count: 3, articleCount: 1, articles: ['a1'], evidence: '[]' } },
  ],
};

// GraphML exporter: golden file, read back with independent parsers (@xmldom/xmldom and
// graphology-graphml) checking counts and typed values, and a property test that arbitrary
// strings (control characters, markup, emoji, lone surrogates) still give well-formed XML.
import { readFileSync, writeFileSync } from 'node:fs';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import graphology from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/graphml.ts';
import { inferAttributeModel, widen } from '../../src/export/attribute-model.ts';
import { escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars } from '../../src/export/xml-text.ts';
import type { GraphSnapshot } from '../../src/store/graph-store.ts';
import { SMALL } from './snapshot-fixture.ts';

const GOLDEN = new URL('./golden/small.graphml', import.meta.url);

/** Strict XML 1.0 well-formedness check (saxes rejects bad characters, bare & and <, which xmldom tolerates). */
function assertWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** Check well-formedness strictly, then parse to a DOM. */
function parseXml(xml: string): Document {
  assertWellFormed(xml);
  const errors: string[] = [];
  const doc: Document = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') errors.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  if (errors.length) throw new Error(errors.join('\n'));
  return doc;
}

describe('toGraphML', () => {
  it('matches the golden file', () => {
    const xml = toGraphML(SMALL);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, xml);
    expect(xml).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('is well-formed and declares one typed key per attribute', () => {
    const doc = parseXml(toGraphML(SMALL));
    const keys = Array.from(doc.getElementsByTagName('key')).map((k: Element) => [k.getAttribute('for'), k.getAttribute('attr.name'), k.getAttribute('attr.type')]);
    expect(keys).toEqual(expect.arrayContaining([
      ['node', 'labels', 'string'], ['node', 'mentionCount', 'int'], ['node', 'aliases', 'string'],
      ['edge', 'label', 'string'], ['edge', 'confidence', 'double'], ['edge', 'negated', 'boolean'], ['edge', 'count', 'int'],
    ]));
    expect(doc.getElementsByTagName('node')).toHaveLength(SMALL.nodes.length);
    expect(doc.getElementsByTagName('edge')).toHaveLength(SMALL.edges.length);
    const putin = Array.from(doc.getElementsByTagName('node')).find((n: Element) => n.getAttribute('id') === 'person:vladimir putin')!;
    expect(putin.getAttribute('labels')).toBe(':Entity:Person');
    const edge = Array.from(doc.getElementsByTagName('edge')).find((e: Element) => e.getAttribute('id') === 'rel:0001')!;
    expect([edge.getAttribute('source'), edge.getAttribute('target'), edge.getAttribute('label')]).toEqual(['person:vladimir putin', 'loc:russia', 'PRESIDENT_OF']);
  });

  it('reads back with graphology-graphml with typed values', () => {
    const graph = parseGraphML(graphology.MultiDirectedGraph, toGraphML(SMALL));
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.type).toBe('directed');
    const putin = graph.getNodeAttributes('person:vladimir putin');
    expect(putin).toMatchObject({ labels: ':Entity:Person', name: 'Vladimir "Vova" Putin', mentionCount: 2, articleCount: 1, firstSeen: '2024-01-02' });
    expect(JSON.parse(putin.aliases)).toEqual(['Putin', "Putin's"]);
    expect(graph.getNodeAttributes('article:a1').title).toBe('Biden & Putin <live>');
    const rel = graph.getEdgeAttributes('rel:0001');
    expect(rel).toMatchObject({ label: 'PRESIDENT_OF', confidence: 0.9, count: 1, negated: false, predicate: 'president' });
    // The evidence text (quotes, CRLF, markup) survives exactly.
    expect(JSON.parse(rel.evidence)[0].sentence).toBe('Putin, the "president" of Russia\r\nsaid <no>.');
    expect(graph.getEdgeAttributes('rel:0002')).toMatchObject({ negated: true, confidence: 1 });
    expect(graph.source('rel:0002')).toBe('person:vladimir putin');
  });

  it('writes an empty graph', () => {
    const graph = parseGraphML(graphology.MultiDirectedGraph, toGraphML({ nodes: [], edges: [] }));
    expect(graph.order).toBe(0);
  });

  it('keeps any string value well-formed and, once invalid XML characters are dropped, exact', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.array(fc.constantFrom('<', '>', '&', '"', "'", '\u0000', '\u0001', '\u001f', '\r', '\n', '\t', '\ud800', '\udfff', '\ud83d\ude00', '\ufffe', '\uffff', ']]>', '\u2028', '\u0085', 'a')).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(anyString, anyString, anyString, (key, value, label) => {
        const snapshot: GraphSnapshot = {
          nodes: [
            { key: `k:${key}`, labels: ['Entity', 'Person'], properties: { name: value, aliases: [value, label] } },
            { key: 'other', labels: ['Concept'], properties: { name: label } },
          ],
          edges: [{ key: `e:${key}`, type: 'MET', source: `k:${key}`, target: 'other', properties: { predicate: value } }],
        };
        const xml = toGraphML(snapshot);
        const doc = parseXml(xml);
        const node = doc.getElementsByTagName('node')[0];
        expect(node.getAttribute('id')).toBe(stripInvalidXmlChars(`k:${key}`));
        const data = Array.from(node.getElementsByTagName('data')).map((d: Element) => d.textContent);
        expect(data).toContain(stripInvalidXmlChars(value));
        expect(doc.getElementsByTagName('edge')[0].getAttribute('source')).toBe(stripInvalidXmlChars(`k:${key}`));
      }),
      { numRuns: 300 },
    );
  });
});

describe('attribute model', () => {
  it.each([
    [[1, 2], 'int'],
    [[1, 2.5], 'double'],
    [[1, 2 ** 40], 'long'],
    [[true, false], 'boolean'],
    [[true, 1], 'string'],
    [['a', 1], 'string'],
    [[['a'], ['b']], 'string'],
  ] as const)('values %j -> %s', (values, type) => {
    const model = inferAttributeModel(values.map((v) => ({ x: v as never })), 'n');
    expect(model).toEqual([{ id: 'n0', name: 'x', type, list: Array.isArray(values[0]) }]);
  });

  it('widens numbers to the wider type', () => {
    expect(widen('int', 'long')).toBe('long');
    expect(widen('long', 'double')).toBe('double');
    expect(widen('int', 'boolean')).toBe('string');
  });
});

describe('XML escaping', () => {
  it('the strict checker does reject what xmldom tolerates', () => {
    for (const bad of ['<a>\u0001</a>', '<a>&</a>', '<a>\ud800</a>', '<a b="<"/>', '<a>\uffff</a>']) {
      expect(() => assertWellFormed(bad), bad).toThrow();
    }
    expect(() => assertWellFormed('<a b="&amp;&#10;">\ud83d\ude00</a>')).not.toThrow();
  });

  it.each([
    ['a & b', 'a &amp; b', 'a &amp; b'],
    ['<x>', '&lt;x&gt;', '&lt;x&gt;'],
    [`"q" 'a'`, `"q" 'a'`, '&quot;q&quot; &apos;a&apos;'],
    ['line\r\nnext\ttab', 'line&#13;\nnext\ttab', 'line&#13;&#10;next&#9;tab'],
    ['nul\u0000 bell\u0007 ok', 'nul bell ok', 'nul bell ok'],
    ['lone \ud800 surrogate \udc00', 'lone  surrogate ', 'lone  surrogate '],
    ['emoji \ud83d\ude00 kept', 'emoji \ud83d\ude00 kept', 'emoji \ud83d\ude00 kept'],
    ['\ufffe\uffff', '', ''],
    ['ls\u2028ps\u2029nel\u0085', 'ls&#8232;ps&#8233;nel&#133;', 'ls&#8232;ps&#8233;nel&#133;'],
  ])('%j', (input, asText, asAttribute) => {
    expect(escapeXmlText(input)).toBe(asText);
    expect(escapeXmlAttribute(input)).toBe(asAttribute);
  });
});

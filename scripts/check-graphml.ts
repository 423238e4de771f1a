// Reads a GraphML file back with independent readers — graphology-graphml here, Python's
// ElementTree (and networkx when installed) in a child process — and prints their node and
// edge counts beside the store's own, so a large export can be checked end to end.
//   npx tsx scripts/check-graphml.ts FILE.graphml [--store DIR]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import graphml from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import { openGraphologyStore } from '../src/store/graphology-store.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { store: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('usage: npx tsx scripts/check-graphml.ts FILE.graphml [--store DIR]');
  process.exit(2);
}
const rows: Array<[string, number, number]> = [];
if (values.store) {
  const store = await openGraphologyStore({ dir: values.store });
  await store.init();
  rows.push(['store', store.graph.order, store.graph.size]);
  await store.close();
}
const parsed = graphml.parse(MultiDirectedGraph, readFileSync(file, 'utf8'), { DOMParser } as never);
rows.push(['graphology-graphml', parsed.order, parsed.size]);
const python = `
import sys, xml.etree.ElementTree as ET
ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}
root = ET.parse(sys.argv[1]).getroot()
print('ElementTree', len(root.findall('.//g:node', ns)), len(root.findall('.//g:edge', ns)))
try:
    import networkx as nx
    g = nx.read_graphml(sys.argv[1])
    print('networkx', g.number_of_nodes(), g.number_of_edges())
except ImportError:
    pass
`;
try {
  for (const line of execFileSync('python3', ['-c', python, file], { encoding: 'utf8' }).trim().split('\n')) {
    const [name, n, e] = line.split(' ');
    rows.push([name, Number(n), Number(e)]);
  }
} catch (error) {
  console.error(`python3 reader failed: ${(error as Error).message}`);
}
for (const [name, n, e] of rows) console.log(`${name.padEnd(20)} nodes ${n}  edges ${e}`);
const same = rows.every(([, n, e]) => n === rows[0][1] && e === rows[0][2]);
console.log(same ? 'all readers agree' : 'MISMATCH between readers');
process.exitCode = same ? 0 : 1;

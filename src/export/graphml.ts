// GraphML export of a store-neutral GraphSnapshot, in three passes like graphology's GEXF
// writer: collect the node and edge records, infer an attribute model (one typed <key> per
// attribute name), then write the XML with everything escaped. Nodes carry their labels as
// ":Entity:Person" and edges their relationship type as `label`, the way Neo4j's GraphML
// export does, both as XML attributes and as data, so Gephi, yEd, NetworkX and graphology
// read them. A property that is itself named `labels` (nodes) or `label` (edges) is shadowed by
// these. Pure: a snapshot in, a string out.
import type { GraphSnapshot } from '../store/graph-store.ts';
import type { SnapshotValue } from '../store/snapshot-order.ts';
import { formatValue, inferAttributeModel, type AttributeSpec } from './attribute-model.ts';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-text.ts';

interface ElementRecord {
  id: string;
  /** Extra XML attributes of the element (labels / source, target, label). */
  xml: Array<[string, string]>;
  data: Record<string, SnapshotValue>;
}

function collect(snapshot: GraphSnapshot): { nodes: ElementRecord[]; edges: ElementRecord[] } {
  const nodes = snapshot.nodes.map((n) => {
    const labels = n.labels.map((l) => `:${l}`).join('');
    return { id: n.key, xml: [['labels', labels]] as Array<[string, string]>, data: { ...n.properties, labels } };
  });
  const edges = snapshot.edges.map((e) => ({
    id: e.key,
    xml: [['source', e.source], ['target', e.target], ['label', e.type]] as Array<[string, string]>,
    data: { ...e.properties, label: e.type },
  }));
  return { nodes, edges };
}

function keyElement(spec: AttributeSpec, domain: 'node' | 'edge'): string {
  const list = spec.list ? ' attr.list="string"' : '';
  return `  <key id="${attr(spec.id)}" for="${domain}" attr.name="${attr(spec.name)}" attr.type="${spec.type}"${list}/>\n`;
}

function element(tag: 'node' | 'edge', record: ElementRecord, model: AttributeSpec[]): string {
  const xmlAttrs = record.xml.map(([k, v]) => ` ${k}="${attr(v)}"`).join('');
  let out = `    <${tag} id="${attr(record.id)}"${xmlAttrs}>`;
  for (const spec of model) {
    const value = record.data[spec.name];
    if (value === undefined || value === null) continue;
    out += `<data key="${attr(spec.id)}">${text(formatValue(value))}</data>`;
  }
  return `${out}</${tag}>\n`;
}

export function toGraphML(snapshot: GraphSnapshot): string {
  const { nodes, edges } = collect(snapshot);
  const nodeModel = inferAttributeModel(nodes.map((n) => n.data), 'n', ['labels']);
  const edgeModel = inferAttributeModel(edges.map((e) => e.data), 'e', ['label']);
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const spec of nodeModel) out += keyElement(spec, 'node');
  for (const spec of edgeModel) out += keyElement(spec, 'edge');
  out += '  <graph id="G" edgedefault="directed">\n';
  for (const n of nodes) out += element('node', n, nodeModel);
  for (const e of edges) out += element('edge', e, edgeModel);
  out += '  </graph>\n</graphml>\n';
  return out;
}

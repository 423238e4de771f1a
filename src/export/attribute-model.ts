// Pass two of the GraphML writer: infer one GraphML type per attribute name from every value
// it takes (as graphology's GEXF writer does). All booleans -> boolean; all integers -> int
// (long past 32 bits); any other number mix -> double; anything else, lists included (written
// as JSON text), -> string.
import type { SnapshotValue } from '../store/snapshot-order.ts';

export type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

export interface AttributeSpec {
  /** Key id in the document (n0, e3...). */
  id: string;
  name: string;
  type: GraphmlType;
  /** True when some value is a list (written as JSON text; declared with attr.list="string"). */
  list: boolean;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

function typeOf(value: SnapshotValue): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return value >= INT32_MIN && value <= INT32_MAX ? 'int' : 'long';
  }
  return 'string';
}

/** The most specific type both `a` and `b` fit in. */
export function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  const numeric = ['int', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) {
    return a === 'double' || b === 'double' ? 'double' : 'long';
  }
  return 'string';
}

/**
 * One spec per attribute name, in order: the `reserved` names first (always strings), then the
 * rest sorted by name. Ids are `${prefix}0`, `${prefix}1`...
 */
export function inferAttributeModel(
  records: Iterable<Record<string, SnapshotValue>>,
  prefix: string,
  reserved: readonly string[] = [],
): AttributeSpec[] {
  const types = new Map<string, { type: GraphmlType; list: boolean }>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (value === undefined || value === null || reserved.includes(name)) continue;
      const t = typeOf(value);
      const seen = types.get(name);
      const list = Array.isArray(value);
      types.set(name, seen ? { type: widen(seen.type, t), list: seen.list || list } : { type: t, list });
    }
  }
  const names = [...types.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const specs: AttributeSpec[] = reserved.map((name) => ({ id: '', name, type: 'string' as GraphmlType, list: false }));
  for (const name of names) specs.push({ id: '', name, ...types.get(name)! });
  return specs.map((s, i) => ({ ...s, id: `${prefix}${i}` }));
}

/** A value as GraphML text for its declared type. */
export function formatValue(value: SnapshotValue): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  }
  return String(value);
}

// Converts values returned by the Neo4j driver into plain JSON-able JavaScript, so formatters and
// callers never see driver classes: Integer -> number when it fits exactly (else its decimal
// string), node -> {labels, properties}, relationship -> {type, properties}, path -> {nodes,
// relationships}, temporal values and durations -> ISO 8601 strings, points -> {srid, x, y[, z]},
// lists and maps recursively.
import neo4j from 'neo4j-driver';

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/** One query result in plain values: `rows[i][j]` is the value of `columns[j]` in row i. */
export interface PlainResult {
  columns: string[];
  rows: PlainValue[][];
}

function plainProperties(properties: Record<string, unknown>): { [key: string]: PlainValue } {
  const out: { [key: string]: PlainValue } = {};
  for (const key of Object.keys(properties).sort()) out[key] = toPlain(properties[key]);
  return out;
}

export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (neo4j.isInt(value)) {
    const int = neo4j.int(value);
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (neo4j.isNode(value)) return { labels: [...value.labels].sort(), properties: plainProperties(value.properties) };
  if (neo4j.isRelationship(value) || neo4j.isUnboundRelationship(value)) {
    return { type: value.type, properties: plainProperties(value.properties) };
  }
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toPlain),
      relationships: value.segments.map((segment) => toPlain(segment.relationship)),
    };
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    const point: { [key: string]: PlainValue } = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, (n) => toPlain(n));
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    // Driver value classes without a dedicated case (e.g. vectors, UUIDs) print themselves.
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto !== Object.prototype && proto !== null && typeof (value as { toString?: unknown }).toString === 'function') {
      const text = String(value);
      if (text !== '[object Object]') return text;
    }
    const out: { [key: string]: PlainValue } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  return String(value);
}

// Loads graph-schema/schema.json, the single source of labels, entity types and the
// relationship-type allow-list, and exposes it typed. Both stores and the extractor read it
// from here, so a label or relationship type can never come raw from article text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../model/types.ts';

export interface RelationshipSpec {
  type: string;
  kind: 'fact' | 'role';
  predicates: string[];
}

export interface GraphSchema {
  version: number;
  entityTypes: Record<EntityType, string>;
  fallbackRelationship: string;
  relationships: RelationshipSpec[];
  structuralRelationships: Record<string, string>;
}

export const SCHEMA_DIR = fileURLToPath(new URL('../../graph-schema/', import.meta.url));

export const schema: GraphSchema = JSON.parse(readFileSync(`${SCHEMA_DIR}schema.json`, 'utf8'));

/** Every relationship type a store may write: the relation allow-list plus the structural ones. */
export const ALLOWED_RELATIONSHIP_TYPES: ReadonlySet<string> = new Set([
  ...schema.relationships.map((r) => r.type),
  ...Object.keys(schema.structuralRelationships),
]);

/** Node label of an entity type (PERSON -> Person). */
export function entityLabel(type: EntityType): string {
  const label = schema.entityTypes[type];
  if (!label) throw new Error(`Unknown entity type "${type}": expected one of ${Object.keys(schema.entityTypes).join(', ')} (graph-schema/schema.json).`);
  return label;
}

/** Throws unless `type` is on the allow-list: the guard every store calls before writing a relationship. */
export function assertAllowedRelationshipType(type: string): string {
  if (!ALLOWED_RELATIONSHIP_TYPES.has(type)) {
    throw new Error(`Relationship type "${type}" is not in graph-schema/schema.json's allow-list; map the predicate with relationTypeFor() instead of writing it raw.`);
  }
  return type;
}

/** The Cypher statements of graph-schema/constraints.cypher, one per entry. */
export function constraintStatements(): string[] {
  return readFileSync(`${SCHEMA_DIR}constraints.cypher`, 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

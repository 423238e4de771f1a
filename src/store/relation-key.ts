// The deterministic key of a relation edge: a hash of everything that makes two triples "the
// same fact" (subject, type, predicate, object, polarity). Equal inputs give equal keys in every
// article and every store, so evidence from many articles merges onto one edge.
import { createHash } from 'node:crypto';

export function relationKey(subjectKey: string, relType: string, predicate: string, objectKey: string, negated: boolean): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([subjectKey, relType, predicate, objectKey, negated]))
    .digest('hex');
  return `rel:${digest.slice(0, 24)}`;
}

/** The key of the MENTIONS edge from an article to an entity. */
export function mentionsKey(articleKey: string, entityKey: string): string {
  return `mentions:${articleKey}|${entityKey}`;
}

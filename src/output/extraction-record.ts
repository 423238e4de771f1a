// The JSON record `kg extract --format jsonl` prints for one article: the shape that
// shared/eval/news/GUIDELINES.md describes (entities with aliases; triples with subject,
// predicate, object, negated), plus the fields a user needs to trace each triple (relation
// type, kind, confidence, evidence). Pure: extraction in, plain object out.
import type { ArticleExtraction, Triple } from '../model/types.ts';

export interface ExtractionRecord {
  article: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  entities: Array<{ name: string; type: string; aliases: string[]; mentions: number }>;
  triples: Array<{
    subject: string;
    subjectType: string;
    predicate: string;
    object: string;
    objectType: string;
    negated: boolean;
    relType: string;
    kind: Triple['kind'];
    confidence: number;
    evidence: { sentenceIndex: number; start: number; end: number; sentence: string };
  }>;
}

export function toExtractionRecord(extraction: ArticleExtraction): ExtractionRecord {
  const { article } = extraction;
  return {
    article: article.id,
    ...(article.title ? { title: article.title } : {}),
    ...(article.date ? { date: article.date } : {}),
    ...(article.source ? { source: article.source } : {}),
    ...(article.url ? { url: article.url } : {}),
    entities: extraction.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.length,
    })),
    triples: extraction.triples.map((t) => ({
      subject: t.subject.name,
      subjectType: t.subject.kind === 'entity' ? t.subject.type : 'CONCEPT',
      predicate: t.predicate,
      object: t.object.name,
      objectType: t.object.kind === 'entity' ? t.object.type : 'CONCEPT',
      negated: t.negated,
      relType: t.relType,
      kind: t.kind,
      confidence: Math.round(t.evidence.confidence * 1000) / 1000,
      evidence: {
        sentenceIndex: t.evidence.sentenceIndex,
        start: t.evidence.start,
        end: t.evidence.end,
        sentence: t.evidence.sentence,
      },
    })),
  };
}

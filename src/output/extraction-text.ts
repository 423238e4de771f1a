// A human-readable rendering of one article's extraction, for `kg extract --format text`.
import type { ArticleExtraction } from '../model/types.ts';

export function formatExtractionText(extraction: ArticleExtraction): string {
  const { article, entities, triples } = extraction;
  const lines: string[] = [];
  lines.push(`# ${article.id}${article.title ? `: ${article.title}` : ''}${article.date ? ` (${article.date})` : ''}`);
  lines.push(`entities (${entities.length}):`);
  for (const e of entities) {
    lines.push(`  ${e.type.padEnd(6)} ${e.name}${e.aliases.length ? `  [${e.aliases.join('; ')}]` : ''}  x${e.mentions.length}`);
  }
  lines.push(`triples (${triples.length}):`);
  for (const t of triples) {
    const neg = t.negated ? ' (negated)' : '';
    lines.push(
      `  ${t.subject.name} -${t.predicate}${neg}-> ${t.object.name}   [${t.relType}, ${t.evidence.confidence.toFixed(2)}, sentence ${t.evidence.sentenceIndex}]`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}

// GraphStats as a short human-readable report (what `kg stats` prints without --json). Pure.
import type { GraphStats } from '../store/graph-store.ts';

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows.map((r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}`.trimEnd());
}

const byCount = (o: Record<string, number>): Array<[string, number]> =>
  Object.entries(o).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));

export function formatStats(stats: GraphStats, storeName: string): string {
  const lines: string[] = [
    `Graph (${storeName}): ${stats.articles} articles, ${stats.entities} entities, ${stats.concepts} concepts, ${stats.relations} relations, ${stats.mentions} mentions.`,
  ];
  if (Object.keys(stats.entitiesByType).length) {
    lines.push('', 'Entities by type:', ...table(byCount(stats.entitiesByType).map(([t, n]) => [t, String(n)])));
  }
  if (Object.keys(stats.relationsByType).length) {
    lines.push('', 'Relations by type:', ...table(byCount(stats.relationsByType).map(([t, n]) => [t, String(n)])));
  }
  if (stats.topEntities.length) {
    lines.push('', 'Top entities (by mentions):', ...table([
      ['name', 'type', 'mentions', 'degree'],
      ...stats.topEntities.map((e) => [e.name, e.type, String(e.mentionCount), String(e.degree)]),
    ]));
  }
  if (stats.topPredicates.length) {
    lines.push('', 'Top predicates (by evidence sentences):', ...table([
      ['predicate', 'type', 'count'],
      ...stats.topPredicates.map((p) => [p.predicate, p.type, String(p.count)]),
    ]));
  }
  return `${lines.join('\n')}\n`;
}

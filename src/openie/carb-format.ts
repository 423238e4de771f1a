// CaRB's prediction format: `sentence \t confidence \t relation \t arg1 \t arg2 ...`, one line
// per extraction, the sentence exactly as given.
import type { OpenIeTuple } from './types.ts';

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

export function formatCarbLines(sentence: string, tuples: readonly OpenIeTuple[]): string[] {
  return tuples.map((t) => [clean(sentence), t.confidence.toFixed(4), clean(t.relation), ...t.args.map(clean)].join('\t'));
}

// `kg openie`: Open IE tuples for pre-tokenised sentences, one per line (FILE or - for stdin),
// as CaRB prediction lines (sentence \t confidence \t relation \t args...) or as JSON lines.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatCarbLines } from '../../openie/carb-format.ts';
import { extractFromPtbLine } from '../../openie/extract-ptb-line.ts';

export class OpenIeCommandError extends Error {
  override name = 'OpenIeCommandError';
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (cause) {
    throw new OpenIeCommandError(`kg openie: cannot read ${file === '-' ? 'standard input' : file}; pass a readable file with one sentence per line, or - for stdin`, { cause });
  }
}

export function register(program: Command): void {
  program
    .command('openie')
    .description('Open IE: extract (arg1; relation; arg2 ...) tuples from sentences, one sentence per line')
    .argument('<file>', 'file with one (tokenised) sentence per line, or - for stdin')
    .option('--format <format>', 'carb (TSV lines as CaRB scores them) or jsonl (one object per sentence)', 'carb')
    .action((file: string, opts: { format: string }) => {
      if (opts.format !== 'carb' && opts.format !== 'jsonl') {
        throw new OpenIeCommandError(`kg openie: unknown --format ${JSON.stringify(opts.format)}; use carb or jsonl`);
      }
      const lines = readInput(file).split(/\r?\n/).filter((l) => l.trim() !== '');
      const out: string[] = [];
      for (const line of lines) {
        const tuples = extractFromPtbLine(line);
        if (opts.format === 'carb') out.push(...formatCarbLines(line, tuples));
        else {
          out.push(JSON.stringify({
            sentence: line,
            tuples: tuples.map(({ relation, args, confidence, negated, pattern, relationTokens, argSpans }) => ({ relation, args, confidence, negated, pattern, relationTokens, argSpans })),
          }));
        }
        if (out.length >= 2000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
      }
      if (out.length) process.stdout.write(out.join('\n') + '\n');
    });
}

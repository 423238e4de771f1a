// `kg extract PATH...`: run the extraction core and print what it finds, without touching a
// store. `--format jsonl` prints one JSON line per article in the shape of
// shared/eval/news/GUIDELINES.md; `--format text` prints a readable summary.
import type { Command } from 'commander';
import { readArticles } from '../../input/read-articles.ts';
import { extractInParallel } from '../../pipeline/parallel-extract.ts';
import { toExtractionRecord } from '../../output/extraction-record.ts';
import { formatExtractionText } from '../../output/extraction-text.ts';
import { workerCount } from '../worker-count.ts';
import { addInputOptions } from '../input-options.ts';

export function register(program: Command): void {
  addInputOptions(
    program
      .command('extract')
      .description('Extract entities and relation triples from articles and print them (no store)')
      .argument('<paths...>', 'files, folders (recursive) or - for stdin'),
  )
    .option('--format <format>', 'jsonl | text', 'jsonl')
    .action(async (paths: string[], flags: { root: string; format: string; workers?: string }) => {
      if (flags.format !== 'jsonl' && flags.format !== 'text') {
        throw new Error(`Unknown --format "${flags.format}": use jsonl or text.`);
      }
      let failures = 0;
      const report = (error: Error): void => {
        failures++;
        process.stderr.write(`kg: ${error.message}\n`);
      };
      for await (const extraction of extractInParallel(readArticles(paths, { root: flags.root, onError: report }), { workers: workerCount(flags.workers), onError: report })) {
        const out = flags.format === 'jsonl' ? `${JSON.stringify(toExtractionRecord(extraction))}\n` : formatExtractionText(extraction);
        if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
      if (failures > 0) process.exitCode = 1;
    });
}

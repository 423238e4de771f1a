// `kg ingest PATH...`: read articles, extract them and merge them into the graph store
// (embedded by default, Neo4j with --neo4j). Prints a summary; the exit code is 1 when any
// article failed to read or extract (the others are still ingested).
import type { Command } from 'commander';
import { readArticles } from '../../input/read-articles.ts';
import { ingestArticles } from '../../pipeline/ingest.ts';
import { openStore } from '../../store/open-store.ts';
import { addStoreOptions, storeSelection, type StoreFlags } from '../store-options.ts';
import { progressView } from '../progress.ts';
import { workerCount } from '../worker-count.ts';
import { addInputOptions } from '../input-options.ts';

interface IngestFlags extends StoreFlags {
  workers?: string;
  root?: string;
  batchSize?: string;
  quiet?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  addStoreOptions(
    addInputOptions(
      program
        .command('ingest')
        .description('Read articles (files, folders, - for stdin) and merge their entities and triples into the graph')
        .argument('<paths...>', 'files, folders (recursive) or - for stdin; .txt .md .html .json .jsonl'),
    )
      .option('--batch-size <n>', 'articles per store transaction', '200')
      .option('--json', 'print the summary as JSON')
      .option('-q, --quiet', 'print nothing but errors'),
  ).action(async (paths: string[], flags: IngestFlags) => {
    const store = await openStore(storeSelection(flags));
    let failures = 0;
    const report = (error: Error): void => {
      failures++;
      process.stderr.write(`kg: ${error.message}\n`);
    };
    const view = flags.quiet ? { update() {}, stop() {} } : progressView('ingest');
    try {
      await store.init();
      const summary = await ingestArticles(store, readArticles(paths, { root: flags.root, onError: report }), {
        batchSize: Number(flags.batchSize) || 200,
        workers: workerCount(flags.workers),
        onProgress: (p) => view.update(p),
        onError: report,
      });
      view.stop();
      const stats = await store.stats(5);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ...summary, failed: failures, graph: stats }, null, 2)}\n`);
      } else if (!flags.quiet) {
        const perSecond = summary.seconds > 0 ? summary.read / summary.seconds : summary.read;
        const rate = perSecond >= 10 ? Math.round(perSecond) : perSecond.toFixed(1);
        process.stdout.write(
          [
            `Ingested into ${store.kind === 'neo4j' ? 'Neo4j' : 'the embedded store'}: ${summary.read} articles read ` +
              `(${summary.written} written, ${summary.unchanged} unchanged, ${summary.replaced} replaced, ${failures} failed) ` +
              `in ${summary.seconds.toFixed(2)} s (${rate} articles/s).`,
            `Extracted ${summary.entities} entity mentions-by-article and ${summary.triples} triples.`,
            `Graph now: ${stats.articles} articles, ${stats.entities} entities, ${stats.concepts} concepts, ${stats.relations} relations, ${stats.mentions} mentions.`,
          ].join('\n') + '\n',
        );
      }
    } finally {
      view.stop();
      await store.close();
    }
    if (failures > 0) process.exitCode = 1;
  });
}

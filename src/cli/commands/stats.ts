// `kg stats [--json] [--top N]`: counts by type, the most mentioned entities and the most
// evidenced predicates of the graph (embedded store or Neo4j). Printing only.
import type { Command } from 'commander';
import { formatStats } from '../../export/stats-text.ts';
import { openStore } from '../../store/open-store.ts';
import { addStoreOptions, storeSelection, type StoreFlags } from '../store-options.ts';

interface StatsFlags extends StoreFlags {
  json?: boolean;
  top: string;
}

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('stats')
      .description('Print graph statistics: counts by type, top entities, top predicates')
      .option('--json', 'print as JSON')
      .option('--top <n>', 'how many top entities and predicates', '10'),
  ).action(async (flags: StatsFlags) => {
    const top = Number(flags.top);
    if (!Number.isInteger(top) || top < 0) throw new Error(`--top must be a whole number >= 0, got "${flags.top}".`);
    const store = await openStore(storeSelection(flags));
    try {
      await store.init();
      const stats = await store.stats(top);
      const name = store.kind === 'neo4j' ? 'Neo4j' : 'embedded';
      process.stdout.write(flags.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats, name));
    } finally {
      await store.close();
    }
  });
}

// `kg export --format graphml|json [--out FILE]`: write the whole graph (embedded store or
// Neo4j) as GraphML or graphology JSON, to stdout or atomically to a file. Printing only: the
// snapshot comes from the store, the text from src/export.
import type { Command } from 'commander';
import { parseExportFormat, renderExport } from '../../export/export-format.ts';
import { openStore } from '../../store/open-store.ts';
import { writeFileAtomic } from '../../store/write-file-atomic.ts';
import { addStoreOptions, storeSelection, type StoreFlags } from '../store-options.ts';

interface ExportFlags extends StoreFlags {
  format: string;
  out?: string;
}

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('export')
      .description('Export the graph as GraphML (Gephi, yEd, NetworkX, Neo4j-style labels) or graphology JSON')
      .option('--format <format>', 'graphml | json', 'graphml')
      .option('--out <file>', 'write to this file (atomically) instead of stdout'),
  ).action(async (flags: ExportFlags) => {
    const format = parseExportFormat(flags.format);
    const store = await openStore(storeSelection(flags));
    try {
      await store.init();
      const text = renderExport(await store.snapshot(), format);
      if (flags.out) {
        await writeFileAtomic(flags.out, text);
        process.stderr.write(`kg: wrote ${format} to ${flags.out}\n`);
      } else {
        // A reader that stops early (`kg export | head`) is not an error.
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'EPIPE') process.exit(0);
          throw error;
        });
        if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    } finally {
      await store.close();
    }
  });
}

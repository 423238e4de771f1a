// The `kg` command line. Each subcommand lives in its own file under ./commands/ and exports
// `register(program)`; this file only wires them up, so commands can be added independently.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { neo4jFlagWithoutUri } from './store-options.ts';

export interface CommandModule {
  register(program: Command): void;
}

async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('kg')
    .description('Build a knowledge graph (entities, relation triples with provenance) from news articles.')
    .showHelpAfterError();
  const dir = fileURLToPath(new URL('./commands/', import.meta.url));
  const files = readdirSync(dir).filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')).sort();
  // A command whose module fails to load must not take the other commands down with it:
  // its error is shown only when that command is the one asked for.
  const wanted = argv.slice(2).find((a) => !a.startsWith('-'));
  for (const file of files) {
    const name = file.replace(/\.ts$/, '');
    try {
      const mod = (await import(new URL(`./commands/${file}`, import.meta.url).href)) as CommandModule;
      mod.register(program);
    } catch (error) {
      if (name === wanted) throw error;
      if (process.env.KG_DEBUG) process.stderr.write(`kg: command "${name}" unavailable: ${String(error)}\n`);
    }
  }
  await program.parseAsync(neo4jFlagWithoutUri(argv));
}

main(process.argv).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kg: ${message}\n`);
  if (process.env.KG_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = process.exitCode || 1;
});

// The options every command that reads and extracts articles shares (kg extract, kg ingest):
// where article ids are relative to, and how many extraction threads to use.
import type { Command } from 'commander';

export function addInputOptions(command: Command): Command {
  return command
    .option('--root <dir>', 'ids are paths relative to this folder, without extension', '.')
    .option('--workers <n>', 'extraction worker threads (default: $KG_WORKERS or 1)');
}

// How many extraction threads the CLI uses: --workers N, else $KG_WORKERS, else the
// machine's cores capped at 4 (past that the single store writer is the bottleneck).
import { availableParallelism } from 'node:os';

export function workerCount(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const raw = flag ?? env.KG_WORKERS;
  if (raw === undefined) return Math.min(4, availableParallelism());
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--workers must be a whole number of at least 1, got "${raw}".`);
  return n;
}

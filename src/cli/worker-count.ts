// How many extraction threads the CLI uses: --workers N, else $KG_WORKERS, else 1. Measured on
// the 2-core machines this project runs on, a pool did not pay off: the whole BBC corpus took
// 10.0 s inline and 10.0 s with 2 workers (the main thread's reading and writing, and each
// worker's start-up, eat the gain). On machines with more cores, pass --workers.
export function workerCount(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const raw = flag ?? env.KG_WORKERS;
  if (raw === undefined) return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--workers must be a whole number of at least 1, got "${raw}".`);
  return n;
}

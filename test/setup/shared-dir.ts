// Where the shared evaluation material (../shared: corpus, gold sets, scorers) is for the tests:
// $KG_SHARED_DIR, else `shared` beside the repository, else `shared` beside the repository this
// one was cloned from (CI runs on a fresh clone, which may sit elsewhere, e.g. /tmp/ci-check).
// Undefined when none exists; tests that need it skip then (or fail under CI, as each decides).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function originDir(): string | undefined {
  try {
    const url = execFileSync('git', ['-C', ROOT, 'remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    return isAbsolute(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function findSharedDir(): string | undefined {
  const candidates = [process.env.KG_SHARED_DIR, join(ROOT, '..', 'shared')];
  const origin = originDir();
  // ("git clone . /tmp/ci-check" records the origin as "/work/main/.": resolve it first.)
  if (origin) candidates.push(join(dirname(resolve(origin).replace(/\/\.git$/, '')), 'shared'));
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'eval')));
}

/** The shared material's directory, or undefined. */
export const SHARED_DIR: string | undefined = findSharedDir();

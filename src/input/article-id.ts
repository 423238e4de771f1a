// Article ids from where the article came from: the path relative to --root without its
// extension (POSIX separators on every OS), or a content hash for stdin. Pure: no disk access.
import path from 'node:path';
import { sha256Hex } from './article-hash.ts';

/** `/work/shared/seed/a.txt` with root `/work/shared` -> `seed/a`. Both paths are resolved first. */
export function idFromPath(filePath: string, root: string): string {
  const rel = path.relative(path.resolve(root), path.resolve(filePath));
  const posix = rel.split(path.sep).join('/');
  const ext = path.posix.extname(posix);
  return ext ? posix.slice(0, -ext.length) : posix;
}

/** `stdin-<first 12 hex of sha256(content)>`. */
export function idFromStdin(content: string): string {
  return `stdin-${sha256Hex(content).slice(0, 12)}`;
}

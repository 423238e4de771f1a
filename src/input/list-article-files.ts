// Folder walking for the reader: every supported article file under a folder, recursively, in a
// deterministic order (code-point sort of names, not locale), skipping hidden entries and
// files we cannot read, and README/LICENSE-style documents. Symlinked folders are followed once (cycles are cut).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatFromPath } from './sniff-format.ts';

/** Project documents that sit beside articles in a folder; read only when named explicitly. */
export const NOT_ARTICLES = /^(?:readme|license|licence|notice|changelog|copying|authors)(?:\.[a-z]+)?$/i;

/** Plain code-point comparison, so the order is the same on every machine and locale. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Yield the supported files under `dir` (paths joined onto `dir` as given). A folder that cannot
 * be listed is reported through `onError` and skipped; the walk goes on.
 */
export async function* listArticleFiles(
  dir: string,
  onError: (dir: string, error: unknown) => void,
  seen: Set<string> = new Set(),
): AsyncGenerator<string> {
  let entries;
  try {
    const real = await fs.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    onError(dir, error);
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || NOT_ARTICLES.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => undefined);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) yield* listArticleFiles(full, onError, seen);
    else if (isFile && formatFromPath(entry.name)) yield full;
  }
}

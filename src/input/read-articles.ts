// The reading edge: files, folders and stdin in, articles out, one at a time. All parsing is in
// parse-article-content.ts; this file only touches the disk and the stream, maps ids from paths,
// and turns every failure into an `ArticleReadError` for `onError` so the other articles go on.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { idFromPath, idFromStdin } from './article-id.ts';
import { BinaryContentError, decodeBytes } from './decode-bytes.ts';
import { ArticleReadError } from './errors.ts';
import { listArticleFiles } from './list-article-files.ts';
import { parseArticleContent } from './parse-article-content.ts';
import { formatFromPath, sniffFormat, SUPPORTED_EXTENSIONS } from './sniff-format.ts';
import type { ArticleFormat, InputArticle, ParseOutcome } from './types.ts';

export interface ReadArticlesOptions {
  /** Ids are paths relative to this folder. Default: `process.cwd()`. */
  root?: string;
  /** Read for the path `-`. Default: `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
  /**
   * Called for each article that cannot be read; reading then goes on with the next one.
   * Without it the first error is thrown (nothing is silently lost).
   */
  onError?: (error: ArticleReadError) => void;
  /** Files larger than this are refused. Default 50 MB. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function throwError(error: ArticleReadError): never {
  throw error;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array, origin: string): string {
  try {
    return decodeBytes(bytes);
  } catch (error) {
    if (error instanceof BinaryContentError) {
      throw new ArticleReadError(origin, `${error.message}; give a .txt, .md, .html, .json or .jsonl article`, { cause: error });
    }
    throw error;
  }
}

function openFailure(origin: string, error: unknown): ArticleReadError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file or folder (relative paths are resolved against the current directory)'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied; check the file permissions'
        : `cannot open it (${(error as Error).message})`;
  return new ArticleReadError(origin, reason, { cause: error });
}

/** Files read concurrently ahead of the consumer when walking a folder. */
const READ_AHEAD = 8;

/**
 * Read articles from `paths`: files (any supported extension), folders (recursive, sorted,
 * hidden and unsupported files skipped) and `-` for stdin (format sniffed from the content).
 */
export async function* readArticles(paths: string[], options: ReadArticlesOptions = {}): AsyncGenerator<InputArticle> {
  const root = path.resolve(options.root ?? process.cwd());
  const onError = options.onError ?? throwError;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const done = new Set<string>();

  function* emit(outcome: ParseOutcome): Generator<InputArticle> {
    for (const error of outcome.errors) onError(error);
    yield* outcome.articles;
  }

  async function readFile(file: string, format: ArticleFormat): Promise<ParseOutcome> {
    const absolute = path.resolve(file);
    try {
      const stat = await fs.stat(absolute);
      if (stat.size > maxBytes) {
        throw new ArticleReadError(file, `the file is ${stat.size} bytes, over the ${maxBytes}-byte limit; split it or raise maxBytes`);
      }
      const content = decode(await fs.readFile(absolute), file);
      return parseArticleContent(content, { format, id: idFromPath(absolute, root), origin: file });
    } catch (error) {
      return { articles: [], errors: [error instanceof ArticleReadError ? error : openFailure(file, error)] };
    }
  }

  for (const given of paths) {
    if (given === '-') {
      try {
        const content = decode(await readStream(options.stdin ?? process.stdin), '-');
        const format = sniffFormat(content);
        yield* emit(parseArticleContent(content, { format, id: idFromStdin(content), origin: '-' }));
      } catch (error) {
        onError(error instanceof ArticleReadError ? error : new ArticleReadError('-', `cannot read stdin (${(error as Error).message})`, { cause: error }));
      }
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (error) {
      onError(openFailure(given, error));
      continue;
    }
    if (stat.isDirectory()) {
      // Read a few files ahead so the disk is busy while the caller extracts; emit in order.
      const ahead: Array<Promise<ParseOutcome>> = [];
      for await (const file of listArticleFiles(given, (dir, error) => onError(openFailure(dir, error)))) {
        const key = path.resolve(file);
        if (done.has(key)) continue;
        done.add(key);
        ahead.push(readFile(file, formatFromPath(file) ?? 'text'));
        if (ahead.length >= READ_AHEAD) yield* emit(await ahead.shift()!);
      }
      while (ahead.length > 0) yield* emit(await ahead.shift()!);
      continue;
    }
    const format = formatFromPath(given);
    if (!format) {
      const ext = path.extname(given) || '(none)';
      onError(new ArticleReadError(given, `unsupported file extension ${ext}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`));
      continue;
    }
    const key = path.resolve(given);
    if (done.has(key)) continue;
    done.add(key);
    yield* emit(await readFile(given, format));
  }
}

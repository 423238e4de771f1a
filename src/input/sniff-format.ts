// Which reader an input needs: from the file extension, or for stdin from the content itself.
import path from 'node:path';
import type { ArticleFormat } from './types.ts';

const BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html',
  '.htm': 'html', '.xhtml': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** `a/b.HTML` -> 'html'; undefined for an extension we do not read. */
export function formatFromPath(filePath: string): ArticleFormat | undefined {
  return BY_EXTENSION[path.extname(filePath).toLowerCase()];
}

const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<meta[\s>]|<!--|<\?xml[^>]*>\s*<(?:!doctype\s+html|html))/i;
const HTML_TAG = /<(?:p|div|h[1-6]|article|main|section|title|br)[\s>/]/i;

/**
 * Format of unnamed content (stdin): JSON if it starts with `[`, or `{` and parses as a whole;
 * JSONL if it starts with `{` but only parses line by line; HTML if it starts like a page or is
 * markup with block tags; text otherwise.
 */
export function sniffFormat(content: string): ArticleFormat {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    try {
      JSON.parse(head);
      return 'json';
    } catch {
      return 'jsonl';
    }
  }
  if (HTML_START.test(head) || (head.startsWith('<') && HTML_TAG.test(head.slice(0, 2000)))) return 'html';
  return 'text';
}

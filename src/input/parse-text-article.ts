// Plain text and Markdown articles: optional `---` front matter, then a headline, byline and
// dateline at the top (see lead-metadata.ts). The rest is the body, normalised.
import { buildArticle } from './build-article.ts';
import { ArticleReadError } from './errors.ts';
import { extractLeadMetadata } from './lead-metadata.ts';
import { normaliseText } from './normalise-text.ts';
import { decodeCharacterReferences } from './decode-references.ts';
import { normaliseDate } from './parse-date.ts';
import type { ArticleFields, InputArticle, ParseContext } from './types.ts';

const FRONT_MATTER = /^---\n([\s\S]{0,4000}?)\n---(?:\n|$)/;
const FRONT_MATTER_KEYS = new Set(['id', 'title', 'date', 'place', 'source', 'url', 'author']);

/** `---\ntitle: X\ndate: 2021-04-16\n---` -> { title: 'X', date: '2021-04-16' } plus the rest. */
export function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of m[1].split('\n')) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1].toLowerCase();
    const value = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    if (FRONT_MATTER_KEYS.has(key) && value) fields[key] = value;
  }
  return { fields, body: text.slice(m[0].length) };
}

/**
 * Parse one plain-text (`.txt`) or Markdown (`.md`) article. Throws `ArticleReadError` when no
 * body text is left.
 */
export function parseTextArticle(
  content: string,
  context: ParseContext,
  format: 'text' | 'markdown' = 'text',
): InputArticle {
  const { fields, body } = splitFrontMatter(normaliseText(decodeCharacterReferences(content)));
  const lead = extractLeadMetadata(body, { detectTitle: fields.title === undefined });
  let text = lead.text;
  if (format === 'markdown') text = text.replace(/^#{1,6}\s+/gm, '');
  if (normaliseText(text) === '') {
    throw new ArticleReadError(context.origin, 'no article text (the file is empty or holds only a headline/dateline)');
  }
  const article: ArticleFields = {
    id: fields.id ?? context.id,
    origin: context.origin,
    text,
    title: fields.title ?? lead.title,
    date: normaliseDate(fields.date) ?? lead.date,
    place: fields.place ?? lead.place,
    source: fields.source ?? lead.source,
    url: fields.url,
    author: fields.author ?? lead.author,
  };
  return buildArticle(article);
}

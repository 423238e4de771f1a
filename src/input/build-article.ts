// The one place an `InputArticle` is assembled, so every format normalises text the same way,
// hashes the same way and leaves out absent fields instead of carrying `undefined`.
import { articleHash } from './article-hash.ts';
import { normaliseInline, normaliseText } from './normalise-text.ts';
import type { ArticleFields, InputArticle } from './types.ts';

export function buildArticle(fields: ArticleFields): InputArticle {
  const text = normaliseText(fields.text);
  const title = fields.title === undefined ? undefined : normaliseInline(fields.title) || undefined;
  const article: InputArticle = { id: fields.id, text, hash: articleHash(text, title) };
  if (title) article.title = title;
  for (const key of ['date', 'place', 'source', 'url', 'author'] as const) {
    const value = fields[key] === undefined ? '' : normaliseInline(fields[key]);
    if (value) article[key] = value;
  }
  article.origin = fields.origin;
  return article;
}

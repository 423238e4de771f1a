// The pure core of reading: decoded content + format + id -> articles and errors. No disk, no
// stream, so every format can be tested from strings.
import { ArticleReadError } from './errors.ts';
import { parseHtmlArticle } from './parse-html-article.ts';
import { parseJsonArticles, parseJsonlArticles } from './parse-json-articles.ts';
import { parseTextArticle } from './parse-text-article.ts';
import type { ArticleFormat, ParseContext, ParseOutcome } from './types.ts';

export interface ContentOptions extends ParseContext {
  format: ArticleFormat;
}

/** Parse content of any supported format. Never throws for bad input: errors come back as values. */
export function parseArticleContent(content: string, options: ContentOptions): ParseOutcome {
  const context: ParseContext = { id: options.id, origin: options.origin };
  if (options.format === 'json') return parseJsonArticles(content, context);
  if (options.format === 'jsonl') return parseJsonlArticles(content, context);
  try {
    const article =
      options.format === 'html' ? parseHtmlArticle(content, context) : parseTextArticle(content, context, options.format);
    return { articles: [article], errors: [] };
  } catch (error) {
    if (error instanceof ArticleReadError) return { articles: [], errors: [error] };
    throw error;
  }
}

// Public surface of the input layer: the reading edge (`readArticles`) and the pure parsers
// behind it, so callers and tests can parse content without touching the disk.
export { readArticles, type ReadArticlesOptions } from './read-articles.ts';
export { parseArticleContent, parseArticleContent as parseArticleText, type ContentOptions } from './parse-article-content.ts';
export { parseTextArticle } from './parse-text-article.ts';
export { parseHtmlArticle, htmlMetadata } from './parse-html-article.ts';
export { parseJsonArticles, parseJsonlArticles, recordToArticle } from './parse-json-articles.ts';
export { parseDateline, parseByline, parseTrailingAgency } from './parse-dateline.ts';
export { normaliseDate } from './parse-date.ts';
export { normaliseText } from './normalise-text.ts';
export { articleHash } from './article-hash.ts';
export { idFromPath, idFromStdin } from './article-id.ts';
export { sniffFormat, formatFromPath, SUPPORTED_EXTENSIONS } from './sniff-format.ts';
export { decodeBytes } from './decode-bytes.ts';
export { ArticleReadError } from './errors.ts';
export type { ArticleFormat, InputArticle, ParseContext, ParseOutcome } from './types.ts';

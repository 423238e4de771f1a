// HTML articles: metadata from html-metadata.ts, body from <article>/<main> (else <body>) with
// boilerplate dropped. Parsed with htmlparser2, a real, forgiving parser, so broken markup still
// gives its text.
import type { AnyNode, Document, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { buildArticle } from './build-article.ts';
import { ArticleReadError } from './errors.ts';
import { htmlMetadata } from './html-metadata.ts';
import { htmlToText } from './html-to-text.ts';
import { extractLeadMetadata } from './lead-metadata.ts';
import { normaliseInline, normaliseText } from './normalise-text.ts';
import type { InputArticle, ParseContext } from './types.ts';

export { htmlMetadata, type HtmlMetadata } from './html-metadata.ts';

/**
 * The element holding the article: the <article> with the most text (listing pages put teaser
 * <article>s before the story), else <main>, else role=main, else <body>.
 */
export function contentRoot(doc: Document): AnyNode[] {
  const find = (test: (e: Element) => boolean): Element | null => DomUtils.findOne(test, doc.children, true);
  const articles = DomUtils.findAll((e) => e.name === 'article', doc.children);
  let best: Element | null = null;
  let bestLength = -1;
  for (const el of articles) {
    const length = htmlToText([el]).length;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  const root =
    best ??
    find((e) => e.name === 'main') ??
    find((e) => e.attribs.role === 'main') ??
    find((e) => e.name === 'body');
  return root ? [root] : doc.children;
}

/** Parse one HTML page into an article. Throws `ArticleReadError` when it has no visible text. */
export function parseHtmlArticle(content: string, context: ParseContext): InputArticle {
  const doc = parseDocument(normaliseText(content), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const meta = htmlMetadata(doc);
  // The <h1> that repeats the title is the title, not body text.
  let titleSkipped = false;
  const skipTitle = (el: Element): boolean => {
    if (titleSkipped || el.name !== 'h1' || !meta.title) return false;
    titleSkipped = normaliseInline(DomUtils.textContent(el)).toLowerCase() === meta.title.toLowerCase();
    return titleSkipped;
  };
  const lead = extractLeadMetadata(htmlToText(contentRoot(doc), skipTitle), { detectTitle: false });
  if (normaliseText(lead.text) === '') {
    throw new ArticleReadError(context.origin, 'no visible article text in the HTML (only markup, scripts or navigation)');
  }
  return buildArticle({
    id: context.id,
    origin: context.origin,
    text: lead.text,
    title: meta.title,
    date: meta.date ?? lead.date,
    place: lead.place,
    source: meta.source ?? lead.source,
    url: meta.url,
    author: meta.author ?? lead.author,
  });
}

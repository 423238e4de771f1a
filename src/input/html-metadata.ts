// Metadata of an HTML page: title, publication date, canonical URL, publisher and author, read
// from <meta> tags (Open Graph, article:*, Dublin Core), JSON-LD, <title>, <h1>, <time> and the
// canonical link, best source first. Pure: DOM in, fields out.
import type { Document, Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { normaliseInline } from './normalise-text.ts';
import { normaliseDate } from './parse-date.ts';

/** Meta keys that carry the publication date, best first. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date',
  'dcterms.issued', 'sailthru.date', 'parsely-pub-date',
];
const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|Report|WebPage)$/;

export interface HtmlMetadata {
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  author?: string;
}

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** All objects in a JSON-LD value: arrays and `@graph` flattened. */
function jsonLdObjects(value: unknown, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 5) return out;
  if (Array.isArray(value)) for (const v of value) jsonLdObjects(v, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) jsonLdObjects(value['@graph'], out, depth + 1);
  }
  return out;
}

/** `"x"`, `{name: "x"}` or `[{name: "x"}, ...]` -> "x". */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  if (isObject(value) && typeof value.name === 'string') return value.name;
  return undefined;
}

function jsonLdMetadata(doc: Document): HtmlMetadata {
  const scripts = DomUtils.findAll(
    (el) => el.name === 'script' && (el.attribs.type ?? '').toLowerCase() === 'application/ld+json',
    doc.children,
  );
  const objects: JsonObject[] = [];
  for (const s of scripts) {
    try {
      jsonLdObjects(JSON.parse(DomUtils.textContent(s)), objects);
    } catch {
      // Broken JSON-LD is common on the web; the other metadata sources still apply.
    }
  }
  const typeOf = (o: JsonObject): string => [o['@type']].flat().map(String).join(' ');
  const article =
    objects.find((o) => typeOf(o).split(' ').some((t) => ARTICLE_TYPES.test(t)) && o.datePublished !== undefined) ??
    objects.find((o) => o.datePublished !== undefined || o.headline !== undefined);
  if (!article) return {};
  const meta: HtmlMetadata = {};
  if (typeof article.headline === 'string') meta.title = article.headline;
  const date = normaliseDate(article.datePublished);
  if (date) meta.date = date;
  if (typeof article.url === 'string') meta.url = article.url;
  const source = nameOf(article.publisher);
  if (source) meta.source = source;
  const author = nameOf(article.author);
  if (author) meta.author = author;
  return meta;
}

function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of DomUtils.getElementsByTagName('meta', doc.children, true)) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').trim().toLowerCase();
    const content = el.attribs.content ?? el.attribs.datetime;
    if (key && content !== undefined && content.trim() && !tags.has(key)) tags.set(key, content.trim());
  }
  return tags;
}

function firstText(doc: Document | Element, name: string): string | undefined {
  const el = DomUtils.findOne((e) => e.name === name, doc.children, true);
  const text = el ? normaliseInline(DomUtils.textContent(el)) : '';
  return text || undefined;
}

/** "Biden meets Putin | The Daily Example" -> "Biden meets Putin" when the tail is the site name. */
function stripSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  const m = /^(.+?)\s+[|\-\u2013\u2014:]\s+(.+)$/.exec(title);
  return m && normaliseInline(m[2]).toLowerCase() === normaliseInline(site).toLowerCase() ? m[1] : title;
}

/** Metadata of an HTML document, from meta tags, JSON-LD, <title>, <h1>, <time> and canonical link. */
export function htmlMetadata(doc: Document): HtmlMetadata {
  const tags = metaTags(doc);
  const ld = jsonLdMetadata(doc);
  const meta: HtmlMetadata = {};
  const source = tags.get('og:site_name') ?? ld.source ?? tags.get('application-name');
  if (source) meta.source = source;
  const rawTitle = tags.get('og:title') ?? tags.get('twitter:title') ?? ld.title ?? firstText(doc, 'title') ?? firstText(doc, 'h1');
  if (rawTitle) meta.title = stripSiteName(normaliseInline(rawTitle), source);

  const dateCandidates = [...DATE_META.map((k) => tags.get(k)), ld.date];
  const time = DomUtils.findOne((e) => e.name === 'time' && e.attribs.datetime !== undefined, doc.children, true);
  if (time) dateCandidates.push(time.attribs.datetime);
  for (const candidate of dateCandidates) {
    const date = normaliseDate(candidate);
    if (date) {
      meta.date = date;
      break;
    }
  }
  const canonical = DomUtils.findOne(
    (e) => e.name === 'link' && (e.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && !!e.attribs.href,
    doc.children,
    true,
  );
  const url = tags.get('og:url') ?? canonical?.attribs.href ?? ld.url;
  if (url) meta.url = url;
  const author = tags.get('author') ?? tags.get('article:author') ?? ld.author;
  if (author && !/^https?:/.test(author)) meta.author = author;
  return meta;
}

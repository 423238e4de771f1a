// JSON (`.json`: one object, an array, or `{articles: [...]}`) and JSON Lines (`.jsonl`,
// `.ndjson`) articles. Each record is mapped on its own: a record without text or a line that
// is not JSON becomes an error for that record or line, and the others are still returned.
import { parseDocument } from 'htmlparser2';
import { buildArticle } from './build-article.ts';
import { ArticleReadError } from './errors.ts';
import { htmlToText } from './html-to-text.ts';
import { extractLeadMetadata } from './lead-metadata.ts';
import { normaliseText } from './normalise-text.ts';
import { decodeCharacterReferences } from './decode-references.ts';
import { normaliseDate } from './parse-date.ts';
import type { InputArticle, ParseContext, ParseOutcome } from './types.ts';

export const TEXT_FIELDS = ['text', 'body', 'content', 'article', 'articleBody'] as const;
const TITLE_FIELDS = ['title', 'headline'] as const;
const DATE_FIELDS = ['date', 'published', 'publishedAt', 'published_at', 'pubDate', 'datePublished', 'publication_date'] as const;
const URL_FIELDS = ['url', 'link'] as const;
const SOURCE_FIELDS = ['source', 'publisher', 'agency'] as const;
const AUTHOR_FIELDS = ['author', 'byline', 'authors'] as const;
const ID_FIELDS = ['id', 'article_id', 'guid'] as const;

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where one record sits in its file, for its default id and its error messages. */
export interface RecordPosition {
  /** 0-based index among the file's records. */
  index: number;
  /** True when the file holds several records, so ids without their own get `#<index>`. */
  multi: boolean;
  /** 1-based line in a JSONL file. */
  line?: number;
}

function firstField<T>(record: JsonObject, fields: readonly string[], read: (v: unknown) => T | undefined): T | undefined {
  for (const f of fields) {
    const v = read(record[f]);
    if (v !== undefined) return v;
  }
  return undefined;
}

const asString = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const asId = (v: unknown): string | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? String(v) : asString(v)?.trim();
/** `"ANI"`, `{name: "ANI"}` or a list of either (authors) -> one string. */
const asName = (v: unknown): string | undefined => {
  if (Array.isArray(v)) {
    const names = v.map(asName).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  return isObject(v) ? asString(v.name) : asString(v);
};
/** A body may be a string, HTML, or a list of paragraphs. */
const asBody = (v: unknown): string | undefined => {
  if (Array.isArray(v) && v.every((p) => typeof p === 'string')) return asString(v.join('\n\n'));
  const s = asString(v);
  if (s && /<\/?(?:p|div|br|span|a|h[1-6]|li|article|section|strong|em|b|i)\b[^>]*>/i.test(s)) {
    return asString(htmlToText(parseDocument(s, { decodeEntities: true }).children));
  }
  return s === undefined ? undefined : decodeCharacterReferences(s);
};
const asDate = (v: unknown): string | undefined => normaliseDate(v);

/**
 * Map one JSON record to an article. Throws `ArticleReadError` (naming the record) when it is not
 * an object or has no text.
 */
export function recordToArticle(record: unknown, context: ParseContext, position: RecordPosition): InputArticle {
  const where = { record: position.index, ...(position.line !== undefined ? { line: position.line } : {}) };
  if (!isObject(record)) {
    throw new ArticleReadError(context.origin, `record ${position.index} is not a JSON object (got ${Array.isArray(record) ? 'an array' : typeof record})`, where);
  }
  const body = firstField(record, TEXT_FIELDS, asBody);
  if (body === undefined) {
    throw new ArticleReadError(
      context.origin,
      `record ${position.index} has no text: give it one of the fields ${TEXT_FIELDS.join(', ')} as a non-empty string`,
      where,
    );
  }
  const lead = extractLeadMetadata(normaliseText(body), { detectTitle: false });
  if (normaliseText(lead.text) === '') {
    throw new ArticleReadError(context.origin, `record ${position.index} has only a dateline, no text`, where);
  }
  const ownId = firstField(record, ID_FIELDS, asId);
  return buildArticle({
    id: ownId ?? (position.multi ? `${context.id}#${position.index}` : context.id),
    origin: context.origin,
    text: lead.text,
    title: firstField(record, TITLE_FIELDS, asString),
    date: firstField(record, DATE_FIELDS, asDate) ?? lead.date,
    place: asString(record.place) ?? lead.place,
    source: firstField(record, SOURCE_FIELDS, asName) ?? lead.source,
    url: firstField(record, URL_FIELDS, asString),
    author: firstField(record, AUTHOR_FIELDS, asName) ?? lead.author,
  });
}

/** One slot of a file: a parsed record, or the error of a line that did not parse. */
type Slot = { record: unknown; line?: number } | { error: ArticleReadError };

/** Map every slot; a slot keeps its index even when it failed, so ids never shift. */
function collect(slots: Slot[], context: ParseContext): ParseOutcome {
  const outcome: ParseOutcome = { articles: [], errors: [] };
  const multi = slots.length > 1;
  slots.forEach((slot, index) => {
    if ('error' in slot) {
      outcome.errors.push(slot.error);
      return;
    }
    try {
      const position: RecordPosition = slot.line === undefined ? { index, multi } : { index, multi, line: slot.line };
      outcome.articles.push(recordToArticle(slot.record, context, position));
    } catch (error) {
      if (!(error instanceof ArticleReadError)) throw error;
      outcome.errors.push(error);
    }
  });
  return outcome;
}

/** A `.json` file: one article object, an array of them, or `{articles: [...]}`. */
export function parseJsonArticles(content: string, context: ParseContext): ParseOutcome {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = `invalid JSON (${(error as Error).message}); a .json file must hold one object, an array, or {"articles": [...]}`;
    return { articles: [], errors: [new ArticleReadError(context.origin, reason, { cause: error })] };
  }
  const records: unknown[] = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.articles) ? data.articles : [data];
  if (records.length === 0) {
    return { articles: [], errors: [new ArticleReadError(context.origin, 'the JSON holds no article records (empty array)')] };
  }
  return collect(records.map((record) => ({ record })), context);
}

/** A `.jsonl`/`.ndjson` file: one article object per line; blank lines are skipped. */
export function parseJsonlArticles(content: string, context: ParseContext): ParseOutcome {
  const slots: Slot[] = [];
  content
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const text = raw.trim();
      if (!text) return;
      const line = i + 1;
      try {
        slots.push({ record: JSON.parse(text), line });
      } catch (error) {
        const reason = `line ${line} is not valid JSON (${(error as Error).message}); each line must be one JSON object`;
        slots.push({ error: new ArticleReadError(context.origin, reason, { cause: error, line, record: slots.length }) });
      }
    });
  if (slots.length === 0) {
    return { articles: [], errors: [new ArticleReadError(context.origin, 'the JSONL file holds no records (it is empty)')] };
  }
  return collect(slots, context);
}

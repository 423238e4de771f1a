import { describe, expect, it } from 'vitest';
import { ArticleReadError } from '../../src/input/errors.ts';
import { parseJsonArticles, parseJsonlArticles, recordToArticle } from '../../src/input/parse-json-articles.ts';

const context = { id: 'feeds/news', origin: 'feeds/news.json' };
const one = { index: 0, multi: false };

describe('recordToArticle: field names', () => {
  it.each([
    ['text + title', { text: 'Body.', title: 'T' }, { text: 'Body.', title: 'T' }],
    ['body + headline', { body: 'Body.', headline: 'H' }, { text: 'Body.', title: 'H' }],
    ['content', { content: 'Body.' }, { text: 'Body.' }],
    ['article', { article: 'Body.' }, { text: 'Body.' }],
    ['text as a list of paragraphs', { text: ['One.', 'Two.'] }, { text: 'One.\n\nTwo.' }],
    ['HTML in the text field', { content: '<p>One &amp; two.</p><p>Three.</p>' }, { text: 'One & two.\n\nThree.' }],
    ['date', { text: 'B.', date: '2021-04-16' }, { date: '2021-04-16' }],
    ['published', { text: 'B.', published: 'April 16, 2021' }, { date: '2021-04-16' }],
    ['publishedAt', { text: 'B.', publishedAt: '2021-04-16T10:00:00Z' }, { date: '2021-04-16T10:00:00Z' }],
    ['published_at', { text: 'B.', published_at: '16 April 2021' }, { date: '2021-04-16' }],
    ['pubDate (RFC 2822)', { text: 'B.', pubDate: 'Fri, 16 Apr 2021 10:00:00 GMT' }, { date: '2021-04-16T10:00:00Z' }],
    ['url', { text: 'B.', url: 'https://x.example/a' }, { url: 'https://x.example/a' }],
    ['link', { text: 'B.', link: 'https://x.example/b' }, { url: 'https://x.example/b' }],
    ['source as a string', { text: 'B.', source: 'ANI' }, { source: 'ANI' }],
    ['source as {name}', { text: 'B.', source: { id: 'bbc-news', name: 'BBC News' } }, { source: 'BBC News' }],
    ['numeric id', { id: 42, text: 'B.' }, { id: '42' }],
    ['string id', { id: 'abc', text: 'B.' }, { id: 'abc' }],
    ['no id: the file id', { text: 'B.' }, { id: 'feeds/news' }],
    ['author list', { text: 'B.', authors: [{ name: 'Jane Doe' }, 'John Roe'] }, { author: 'Jane Doe, John Roe' }],
    ['a dateline in the text fills missing metadata', { text: 'WASHINGTON (Reuters) - The Senate voted.' }, { text: 'The Senate voted.', place: 'WASHINGTON', source: 'Reuters' }],
    ['record fields win over the dateline', { text: 'WASHINGTON (Reuters) - The Senate voted.', source: 'Wire' }, { source: 'Wire', place: 'WASHINGTON' }],
    ['an unparseable date is left out', { text: 'B.', date: 'soon' }, {}],
    ['character references in a plain-text body are decoded', { text: 'Pel&#233; joined AT&amp;T; R&D grew.' }, { text: 'Pelé joined AT&T; R&D grew.' }],
  ])('%s', (_name, record, expected) => {
    const a = recordToArticle(record, context, one);
    expect(a).toMatchObject({ origin: 'feeds/news.json', ...expected });
    if (!('date' in expected)) expect(a.date).toBeUndefined();
  });

  it.each([
    ['no text field', { title: 'T' }, /record 3 has no text: give it one of the fields text, body, content, article/],
    ['an empty text', { text: '   ' }, /record 3 has no text/],
    ['a number as text', { text: 5 }, /record 3 has no text/],
    ['not an object', 'just a string', /record 3 is not a JSON object \(got string\)/],
    ['an array', [1], /record 3 is not a JSON object \(got an array\)/],
    ['null', null, /record 3 is not a JSON object/],
  ])('%s is an error naming the record', (_name, record, message) => {
    let error: unknown;
    try {
      recordToArticle(record, context, { index: 3, multi: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArticleReadError);
    expect(error).toMatchObject({ name: 'ArticleReadError', path: 'feeds/news.json', record: 3 });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('feeds/news.json#3');
  });
});

describe('parseJsonArticles', () => {
  it.each([
    ['one object', '{"text": "A."}', ['feeds/news']],
    ['an array: ids get #index', '[{"text": "A."}, {"text": "B."}]', ['feeds/news#0', 'feeds/news#1']],
    ['{articles: [...]}', '{"status": "ok", "articles": [{"text": "A."}, {"id": "own", "text": "B."}]}', ['feeds/news#0', 'own']],
    ['an array of one', '[{"text": "A."}]', ['feeds/news']],
  ])('%s', (_name, json, ids) => {
    const out = parseJsonArticles(json, context);
    expect(out.errors).toEqual([]);
    expect(out.articles.map((a) => a.id)).toEqual(ids);
  });

  it('keeps the good records when one has no text, and names the bad one', () => {
    const out = parseJsonArticles('[{"text": "A."}, {"title": "no body"}, {"text": "C."}]', context);
    expect(out.articles.map((a) => a.id)).toEqual(['feeds/news#0', 'feeds/news#2']);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ record: 1 });
    expect(out.errors[0].message).toMatch(/feeds\/news\.json#1: record 1 has no text/);
  });

  it.each([
    ['invalid JSON', '{"text": "A."', /invalid JSON/],
    ['an empty file', '', /invalid JSON/],
    ['an empty array', '[]', /no article records/],
  ])('%s is one error for the file', (_name, json, message) => {
    const out = parseJsonArticles(json, context);
    expect(out.articles).toEqual([]);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0].message).toMatch(message);
  });
});

describe('parseJsonlArticles', () => {
  const jsonl = { id: 'feeds/wire', origin: 'feeds/wire.jsonl' };

  it('reads one record per line, skips blank lines, reports bad lines by number and goes on', () => {
    const content = ['{"text": "A."}', '', '{"text": "B.", broken', '{"title": "no text"}', '\t', '{"id": "d", "text": "D."}', ''].join('\r\n');
    const out = parseJsonlArticles(content, jsonl);
    expect(out.articles.map((a) => a.id)).toEqual(['feeds/wire#0', 'd']);
    expect(out.errors.map((e) => [e.line, e.record])).toEqual([[3, 1], [4, 2]]);
    expect(out.errors[0].message).toMatch(/feeds\/wire\.jsonl:3: line 3 is not valid JSON/);
    expect(out.errors[1].message).toMatch(/feeds\/wire\.jsonl:4: record 2 has no text/);
  });

  it('a single-record file gets the file id', () => {
    expect(parseJsonlArticles('{"text": "A."}\n', jsonl).articles[0].id).toBe('feeds/wire');
  });

  it('an empty file is one error', () => {
    const out = parseJsonlArticles('\n\n', jsonl);
    expect(out.errors.map((e) => e.message)).toEqual([expect.stringMatching(/holds no records/)]);
  });

  it('reads a huge record line', () => {
    const text = 'word '.repeat(500_000).trim();
    const out = parseJsonlArticles(`${JSON.stringify({ text })}\n`, jsonl);
    expect(out.articles[0].text).toBe(text);
  });
});

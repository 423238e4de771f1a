import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleReadError } from '../../src/input/errors.ts';
import { looksLikeHeadline } from '../../src/input/lead-metadata.ts';
import { parseTextArticle } from '../../src/input/parse-text-article.ts';

const context = { id: 'a', origin: 'a.txt' };

describe('parseTextArticle', () => {
  it('reads the seed: dateline to metadata, rest of the line kept as body', () => {
    const seed = readFileSync(new URL('../../samples/000_3d8444ededa8fadb.txt', import.meta.url), 'utf8');
    const a = parseTextArticle(seed, { id: '000_3d8444ededa8fadb', origin: 'seed.txt' });
    expect(a).toMatchObject({ id: '000_3d8444ededa8fadb', date: '2021-04-16', place: 'Washington DC [US]', source: 'ANI', origin: 'seed.txt' });
    expect(a.title).toBeUndefined();
    expect(a.text.startsWith('US President Joe Biden said his recent conversation with Russian President Vladimir Putin')).toBe(true);
    expect(a.text).not.toMatch(/\(ANI\)|date 2021/);
    expect(a.text).not.toMatch(/\n{4}/);
    // The trailing (ANI) tag is the agency, already in `source`.
    expect(a.text.endsWith('Sputnik reported.')).toBe(true);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [
      'BBC layout: headline, blank line, body',
      'Labour plans maternity pay rise\n\nMaternity pay for new mothers is to rise.\n\nIt would mean more leave.\n',
      { title: 'Labour plans maternity pay rise', text: 'Maternity pay for new mothers is to rise.\n\nIt would mean more leave.' },
    ],
    [
      'headline ending with a question mark',
      'Is the dollar doomed?\n\nThe dollar fell again.',
      { title: 'Is the dollar doomed?', text: 'The dollar fell again.' },
    ],
    [
      'a first line ending with a period is body, not headline',
      'The dollar fell again.\n\nTraders were worried.',
      { text: 'The dollar fell again.\n\nTraders were worried.' },
    ],
    [
      'a short line without a blank line after it is body',
      'Short opener\nThe dollar fell again.',
      { text: 'Short opener\nThe dollar fell again.' },
    ],
    [
      'a single line is never a headline',
      'Dollar falls',
      { text: 'Dollar falls' },
    ],
    [
      'headline, byline and Reuters dateline',
      'Senate passes budget\n\nBy Jane Doe\n\nWASHINGTON (Reuters) - The Senate passed the budget on Friday.\n\nMore follows.',
      { title: 'Senate passes budget', author: 'Jane Doe', place: 'WASHINGTON', source: 'Reuters', text: 'The Senate passed the budget on Friday.\n\nMore follows.' },
    ],
    [
      'AFP dateline with a year-less day gives no date',
      'LONDON, March 3 (AFP) - Britain said on Monday it would act.',
      { place: 'LONDON', source: 'AFP', text: 'Britain said on Monday it would act.' },
    ],
    [
      'a trailing (ANI) tag becomes the source',
      'Mumbai [India], May 2: The markets rose on Tuesday.\n\nThe index gained 2%. (ANI)\n',
      { source: 'ANI', text: 'Mumbai [India], May 2: The markets rose on Tuesday.\n\nThe index gained 2%.' },
    ],
    [
      'CRLF, BOM and runs of blank lines are normalised',
      '\uFEFFTitle here\r\n\r\nOne.\r\n\r\n\r\n\r\n\r\nTwo.   \r\n',
      { title: 'Title here', text: 'One.\n\n\nTwo.' },
    ],
    [
      'a bare date line under the headline becomes the date',
      'Dollar slides again\n\n16 April 2021\n\nThe dollar fell.',
      { title: 'Dollar slides again', date: '2021-04-16', text: 'The dollar fell.' },
    ],
  ])('%s', (_name, content, expected) => {
    const a = parseTextArticle(content, context);
    expect(a).toMatchObject(expected);
    for (const key of ['title', 'date', 'place', 'source', 'author'] as const) {
      if (!(key in expected)) expect(a[key], key).toBeUndefined();
    }
  });

  it('reads Markdown: # heading as title, front matter as metadata, heading marks dropped', () => {
    const md = '---\ntitle: "Front title"\ndate: April 16, 2021\nsource: Example Wire\nurl: https://x.example/a\n---\n# Heading\n\nBody one.\n\n## Section\n\nBody two.';
    const a = parseTextArticle(md, context, 'markdown');
    expect(a).toMatchObject({
      title: 'Front title',
      date: '2021-04-16',
      source: 'Example Wire',
      url: 'https://x.example/a',
      text: '# Heading\n\nBody one.\n\nSection\n\nBody two.'.replace('# Heading', 'Heading'),
    });
  });

  it('uses a Markdown # heading as the title when there is no front matter', () => {
    expect(parseTextArticle('# Dollar falls\nThe dollar fell.', context, 'markdown')).toMatchObject({ title: 'Dollar falls', text: 'The dollar fell.' });
  });

  it.each([
    ['an empty file', ''],
    ['only whitespace', ' \n\n\t\n'],
    ['only a dateline', 'WASHINGTON (Reuters) -  '],
    ['only front matter', '---\ntitle: x\n---\n'],
  ])('%s is an ArticleReadError naming the file', (_name, content) => {
    let error: unknown;
    try {
      parseTextArticle(content, context);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArticleReadError);
    expect((error as ArticleReadError).name).toBe('ArticleReadError');
    expect((error as ArticleReadError).path).toBe('a.txt');
    expect((error as Error).message).toMatch(/a\.txt.*no article text/);
  });

  it('decodes HTML character references that text files keep ("Jos&#233; Manuel Barroso"), and only well-formed ones', () => {
    const a = parseTextArticle('EC President Jos&#233; Manuel Barroso met AT&T and R&D staff in S&#xE3;o Paulo &amp; Rio.', context);
    expect(a.text).toBe('EC President José Manuel Barroso met AT&T and R&D staff in São Paulo & Rio.');
  });

  it('handles a multi-megabyte single line quickly and keeps it whole', () => {
    const line = 'word '.repeat(1_000_000).trim();
    const started = performance.now();
    const a = parseTextArticle(line, context);
    expect(a.text).toBe(line);
    expect(a.title).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('gives the same hash for the same text whatever its line endings', () => {
    expect(parseTextArticle('T\r\n\r\nBody.', context).hash).toBe(parseTextArticle('T\n\nBody.\n', context).hash);
  });
});

describe('looksLikeHeadline', () => {
  it.each([
    ['Ad sales boost Time Warner profit', '', true, true],
    ['Ad sales boost Time Warner profit', 'Next line', true, false],
    ['Ad sales boost Time Warner profit', '', false, false],
    ['A sentence that ends.', '', true, false],
    ['Wait for it...', '', true, true],
    ['x'.repeat(151), '', true, false],
    ['WASHINGTON (Reuters) - x', '', true, false],
    ['By Jane Doe', '', true, false],
    ['April 16, 2021', '', true, false],
  ])('%j (next %j, more %s) -> %s', (line, next, more, expected) => {
    expect(looksLikeHeadline(line, next, more)).toBe(expected);
  });
});

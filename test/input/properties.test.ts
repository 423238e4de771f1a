// Properties over arbitrary input: the readers never crash on garbage, and their output is
// always normalised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleReadError, normaliseText, parseArticleContent, parseDateline, sniffFormat } from '../../src/input/index.ts';
import type { ArticleFormat } from '../../src/input/index.ts';

const FORMATS: ArticleFormat[] = ['text', 'markdown', 'html', 'json', 'jsonl'];
const newsish = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom('WASHINGTON', '(Reuters)', '-', 'date', '2021-04-16', 'By', 'Jane', 'Doe', '\n', '\n\n', '\r\n', ' ', '<p>', '</p>', '{', '}', '"text":', '"x"', '(ANI)', '# ', '---', 'April 16,', '2021', '.'), { maxLength: 60 }).map((a) => a.join('')),
);

describe('input properties', () => {
  it('normaliseText is idempotent and leaves no CR, BOM or 4+ newline runs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const n = normaliseText(s);
        expect(normaliseText(n)).toBe(n);
        expect(n).not.toMatch(/\r|^\uFEFF|\n{4}|[ \t]\n/);
      }),
    );
  });

  it('a dateline rest is always a suffix of the line', () => {
    fc.assert(
      fc.property(newsish, (line) => {
        const d = parseDateline(line);
        if (d) expect(line.endsWith(d.rest)).toBe(true);
      }),
    );
  });

  it('every format gives articles or ArticleReadErrors, never a crash, and normalised text', () => {
    fc.assert(
      fc.property(newsish, fc.constantFrom(...FORMATS), (content, format) => {
        const out = parseArticleContent(content, { id: 'p', origin: 'p', format });
        for (const e of out.errors) expect(e).toBeInstanceOf(ArticleReadError);
        for (const a of out.articles) {
          expect(a.text.length).toBeGreaterThan(0);
          expect(normaliseText(a.text)).toBe(a.text);
          expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sniffFormat always picks a supported format', () => {
    fc.assert(
      fc.property(newsish, (content) => {
        expect(FORMATS).toContain(sniffFormat(content));
      }),
    );
  });
});

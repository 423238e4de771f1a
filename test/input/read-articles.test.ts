import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleReadError } from '../../src/input/errors.ts';
import { readArticles, type ReadArticlesOptions } from '../../src/input/read-articles.ts';
import type { InputArticle } from '../../src/input/types.ts';
import { SHARED_DIR } from '../setup/shared-dir.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const SHARED = SHARED_DIR ?? '/work/shared';

async function readAll(paths: string[], options: ReadArticlesOptions = {}): Promise<{ articles: InputArticle[]; errors: ArticleReadError[] }> {
  const errors: ArticleReadError[] = [];
  const articles: InputArticle[] = [];
  for await (const a of readArticles(paths, { onError: (e) => errors.push(e), ...options })) articles.push(a);
  return { articles, errors };
}

describe('readArticles on the samples folder', () => {
  it('reads every sample, one reader each, with no errors', async () => {
    const { articles, errors } = await readAll([SAMPLES], { root: SAMPLES });
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      '000_3d8444ededa8fadb',
      '001_lisbon_power_link',
      '002_wire_briefs/chile-envoy',
      '002_wire_briefs#1',
    ]);
    expect(articles[0]).toMatchObject({ date: '2021-04-16', place: 'Washington DC [US]', source: 'ANI' });
    expect(articles[1]).toMatchObject({ title: 'Portugal and Morocco to study undersea power cable', date: '2024-03-12T09:30:00+00:00', place: 'LISBON', source: 'The Harbour Courier', author: 'Ana Ribeiro' });
    expect(articles[1].text).not.toMatch(/World|Business|Read more|analytics|fictional/);
    expect(articles[2]).toMatchObject({ title: 'Chile names new ambassador to Japan', date: '2024-05-03T14:05:00+00:00', place: 'SANTIAGO', source: 'Knowledge Graph Wire' });
    expect(articles[3]).toMatchObject({ date: '2024-04-14', source: 'Knowledge Graph Wire' });
    for (const a of articles) expect(a.origin?.startsWith(SAMPLES)).toBe(true);
  });

  it('is deterministic: two reads give identical articles', async () => {
    const first = await readAll([SAMPLES], { root: SAMPLES });
    const second = await readAll([SAMPLES], { root: SAMPLES });
    expect(second).toEqual(first);
  });

  it('names the seed by its path relative to the root', async () => {
    const seed = path.join(SAMPLES, '000_3d8444ededa8fadb.txt');
    expect((await readAll([seed], { root: SAMPLES })).articles[0].id).toBe('000_3d8444ededa8fadb');
    expect((await readAll([seed], { root: path.dirname(SAMPLES.replace(/\/$/, '')) })).articles[0].id).toBe('samples/000_3d8444ededa8fadb');
  });
});

describe.skipIf(!existsSync(SHARED))('readArticles on the shared material, as the eval runs it', () => {
  it('gives the ids the gold file expects', async () => {
    const files = ['seed/000_3d8444ededa8fadb.txt', 'corpus/bbc/politics/001.txt', 'corpus/bbc/business/037.txt', 'corpus/bbc/tech/037.txt'];
    const { articles, errors } = await readAll(files.map((f) => path.join(SHARED, f)), { root: SHARED });
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['seed/000_3d8444ededa8fadb', 'corpus/bbc/politics/001', 'corpus/bbc/business/037', 'corpus/bbc/tech/037']);
    expect(articles[1].title).toBe('Labour plans maternity pay rise');
    expect(articles[1].text.startsWith('Maternity pay for new mothers is to rise by £1,400')).toBe(true);
  });

  it('reads the whole BBC corpus: 2,225 articles, all with titles, no errors, README skipped', async () => {
    const { articles, errors } = await readAll([path.join(SHARED, 'corpus/bbc')], { root: SHARED });
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(2225);
    expect(articles.every((a) => a.title && a.text.length > 0 && a.id.startsWith('corpus/bbc/'))).toBe(true);
    expect(new Set(articles.map((a) => a.id)).size).toBe(2225);
    // sport/199 is Windows-1252: its pound sign must come through.
    expect(articles.find((a) => a.id === 'corpus/bbc/sport/199')?.text).toContain('£15.8m');
    expect(articles.every((a) => !a.text.includes('\uFFFD'))).toBe(true);
  });
});

describe('readArticles on files, folders and stdin', () => {
  let dir: string;
  const file = (rel: string, content: string | Buffer): string => {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
    return full;
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-input-'));
    file('b/02.txt', 'Second headline\n\nSecond body.');
    file('b/01.txt', 'First headline\n\nFirst body.');
    file('a.md', '# Markdown title\n\nMarkdown body.');
    file('c.html', '<html><head><title>Page</title></head><body><p>Page body.</p></body></html>');
    file('d.jsonl', '{"text": "J0."}\nnot json\n{"title": "no text"}\n{"text": "J3."}\n');
    file('e.json', '{"articles": [{"id": "own-id", "text": "E."}]}');
    file('.hidden.txt', 'Hidden\n\nNever read from a folder.');
    file('.git/config.txt', 'Hidden folder.');
    file('notes.pdf', '%PDF-1.4 not an article');
    file('README.md', '# Readme\n\nNot an article.');
    file('f/empty.txt', '');
    file('f/garbage.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]));
    file('f/broken.html', '<html><body><div><p>Unclosed <b>bold <i>text');
    file('f/no-text.html', '<html><head><title>T</title></head><body><nav>Menu</nav></body></html>');
    file('f/huge.txt', `${'word '.repeat(400_000)}end.`);
    symlinkSync(dir, path.join(dir, 'f', 'loop'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders recursively in sorted order, skipping hidden, unsupported and README files', async () => {
    const { articles, errors } = await readAll([dir], { root: dir });
    expect(articles.map((a) => a.id)).toEqual([
      'a', 'b/01', 'b/02', 'c', 'd#0', 'd#3', 'own-id', 'f/broken', 'f/huge',
    ]);
    expect(articles.find((a) => a.id === 'f/broken')?.text).toBe('Unclosed bold text');
    expect(articles.find((a) => a.id === 'a')?.title).toBe('Markdown title');
    // One error per bad article or record, each naming the file; the rest were read.
    expect(errors.map((e) => [path.relative(dir, e.path), e.line ?? null])).toEqual([
      ['d.jsonl', 2],
      ['d.jsonl', 3],
      ['f/empty.txt', null],
      ['f/garbage.txt', null],
      ['f/no-text.html', null],
    ]);
    expect(errors.every((e) => e instanceof ArticleReadError && e.name === 'ArticleReadError')).toBe(true);
    expect(errors[3].message).toMatch(/garbage\.txt: the file looks binary/);
  });

  it('reports explicitly named unsupported, hidden-but-named and missing files', async () => {
    const { articles, errors } = await readAll(
      [path.join(dir, 'notes.pdf'), path.join(dir, '.hidden.txt'), path.join(dir, 'missing.txt'), path.join(dir, 'README.md')],
      { root: dir },
    );
    expect(articles.map((a) => a.id)).toEqual(['.hidden', 'README']);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/notes\.pdf: unsupported file extension \.pdf; supported: \.txt, /),
      expect.stringMatching(/missing\.txt: no such file or folder/),
    ]);
    expect(errors[1].cause).toMatchObject({ code: 'ENOENT' });
  });

  it('reads a file named twice only once', async () => {
    const f = path.join(dir, 'a.md');
    expect((await readAll([f, f, dir], { root: dir })).articles.filter((a) => a.id === 'a')).toHaveLength(1);
  });

  it('throws the first error when no onError is given', async () => {
    const consume = async (): Promise<void> => {
      for await (const _ of readArticles([path.join(dir, 'missing.txt')], { root: dir })) void _;
    };
    await expect(consume()).rejects.toThrowError(ArticleReadError);
  });

  it('refuses a file over maxBytes', async () => {
    const { errors } = await readAll([path.join(dir, 'f/huge.txt')], { root: dir, maxBytes: 1000 });
    expect(errors[0].message).toMatch(/over the 1000-byte limit/);
  });

  it.each([
    ['text', 'date 2021-04-16 Washington DC [US], April 16 (ANI): Biden spoke.', { text: 'Biden spoke.', date: '2021-04-16', source: 'ANI' }],
    ['HTML', '<!doctype html><title>Stdin page</title><p>Page body.</p>', { title: 'Stdin page', text: 'Page body.' }],
    ['JSON', '{"id": "x1", "text": "Own id."}', { id: 'x1', text: 'Own id.' }],
  ])('reads %s from stdin with a content-hash id', async (_name, content, expected) => {
    const { articles, errors } = await readAll(['-'], { stdin: Readable.from([Buffer.from(content)]) });
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ origin: '-', ...expected });
    if (!('id' in expected)) expect(articles[0].id).toMatch(/^stdin-[0-9a-f]{12}$/);
  });

  it('numbers JSONL records from stdin under the stdin id', async () => {
    const content = '{"text": "A."}\n{"text": "B."}\n';
    const { articles } = await readAll(['-'], { stdin: Readable.from([content]) });
    expect(articles.map((a) => a.id)).toEqual([expect.stringMatching(/^stdin-[0-9a-f]{12}#0$/), expect.stringMatching(/^stdin-[0-9a-f]{12}#1$/)]);
  });

  it('reports empty stdin as an error', async () => {
    const { articles, errors } = await readAll(['-'], { stdin: Readable.from([]) });
    expect(articles).toEqual([]);
    expect(errors[0]).toMatchObject({ path: '-' });
  });
});

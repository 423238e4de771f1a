import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHash, sha256Hex } from '../../src/input/article-hash.ts';
import { idFromPath, idFromStdin } from '../../src/input/article-id.ts';
import { normaliseInline, normaliseText } from '../../src/input/normalise-text.ts';

describe('normaliseText', () => {
  it.each([
    ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['BOM is stripped', '\uFEFFHello', 'Hello'],
    ['NFC: e + combining acute becomes é', 'Cafe\u0301', 'Caf\u00E9'],
    ['trailing spaces and tabs go', 'a  \t\nb \u00A0', 'a\nb'],
    ['3+ blank lines collapse to 2', 'a\n\n\n\n\nb', 'a\n\n\nb'],
    ['2 blank lines stay', 'a\n\n\nb', 'a\n\n\nb'],
    ['leading blank lines and final whitespace go', '\n\n  a\n\n', '  a'],
    ['empty stays empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normaliseText('\uFEFF x \r\n\r\n\r\n\r\n\r\ny\u0301  ');
    expect(normaliseText(once)).toBe(once);
  });

  it('normaliseInline collapses every whitespace run', () => {
    expect(normaliseInline('  Biden\n meets\tPutin ')).toBe('Biden meets Putin');
  });
});

describe('article hash', () => {
  it('is the sha256 hex of the text alone without a title', () => {
    expect(articleHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('includes the title, so a changed headline changes the hash', () => {
    expect(articleHash('abc', 'T')).toBe(sha256Hex('T\n\nabc'));
    expect(articleHash('abc', 'T')).not.toBe(articleHash('abc', 'U'));
  });
});

describe('article ids', () => {
  it.each([
    ['/work/shared/seed/000_3d8444ededa8fadb.txt', '/work/shared', 'seed/000_3d8444ededa8fadb'],
    ['/work/shared/corpus/bbc/politics/001.txt', '/work/shared/', 'corpus/bbc/politics/001'],
    ['/work/main/samples/000_3d8444ededa8fadb.txt', '/work/main/samples', '000_3d8444ededa8fadb'],
    ['/data/a.b/c.d.jsonl', '/data', 'a.b/c.d'],
    ['/data/noext', '/data', 'noext'],
    ['/elsewhere/x.txt', '/data', '../elsewhere/x'],
  ])('%s under root %s -> %s', (file, root, expected) => {
    expect(idFromPath(file, root)).toBe(expected);
  });

  it('resolves relative paths against the current directory', () => {
    expect(idFromPath('samples/x.txt', '.')).toBe('samples/x');
    expect(idFromPath(path.join(process.cwd(), 'samples', 'x.txt'), 'samples')).toBe('x');
  });

  it('stdin ids are stdin-<first 12 hex of sha256>', () => {
    expect(idFromStdin('abc')).toBe('stdin-ba7816bf8f01');
  });
});

import { describe, expect, it } from 'vitest';
import { BinaryContentError, decodeBytes, looksBinary } from '../../src/input/decode-bytes.ts';
import { formatFromPath, sniffFormat } from '../../src/input/sniff-format.ts';

describe('formatFromPath', () => {
  it.each([
    ['a/b.txt', 'text'],
    ['a/b.md', 'markdown'],
    ['a/b.HTML', 'html'],
    ['b.htm', 'html'],
    ['b.json', 'json'],
    ['b.jsonl', 'jsonl'],
    ['b.ndjson', 'jsonl'],
    ['b.pdf', undefined],
    ['README', undefined],
  ])('%s -> %s', (file, format) => {
    expect(formatFromPath(file)).toBe(format);
  });
});

describe('sniffFormat', () => {
  it.each([
    ['[{"text": "a"}]', 'json'],
    ['  \n{"text": "a", "title": "b"}', 'json'],
    ['{"text": "a"}\n{"text": "b"}\n', 'jsonl'],
    ['\uFEFF{"text": "a"}', 'json'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['<html lang="en">', 'html'],
    ['<article><p>x</p></article>', 'html'],
    ['<p>Fragment</p>', 'html'],
    ['<3 this is text', 'text'],
    ['date 2021-04-16 Washington DC [US], April 16 (ANI): x', 'text'],
    ['', 'text'],
  ])('%j -> %s', (content, format) => {
    expect(sniffFormat(content)).toBe(format);
  });
});

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from('£1,400 café', 'utf8'), '£1,400 café'],
    ['Windows-1252 fallback (a bare 0xA3 pound sign)', Buffer.from([0x61, 0x20, 0xa3, 0x31, 0x35, 0x20, 0x93, 0x71, 0x94]), 'a £15 \u201Cq\u201D'],
    ['UTF-8 with BOM', Buffer.from('\uFEFFhi', 'utf8'), 'hi'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi £', 'utf16le')]), 'hi £'],
    ['empty', Buffer.alloc(0), ''],
  ])('%s', (_name, bytes, text) => {
    expect(decodeBytes(bytes)).toBe(text);
  });

  it.each([
    ['a NUL byte', Buffer.from([0x68, 0x00, 0x69])],
    ['PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
    ['random control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 7) % 32))],
  ])('refuses binary data: %s', (_name, bytes) => {
    expect(looksBinary(bytes)).toBe(true);
    expect(() => decodeBytes(bytes)).toThrowError(BinaryContentError);
  });
});

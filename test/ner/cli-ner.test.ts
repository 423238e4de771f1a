// `kg ner --format conll` end to end, on a tiny hand-written CoNLL snippet: the output is the
// input plus one tag column, and the CoNLL scorer accepts it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../setup/shared-dir.ts';

const SNIPPET = [
  '-DOCSTART- -X- O O',
  '',
  'Angela NNP I-NP I-PER',
  'Merkel NNP I-NP I-PER',
  'visited VBD I-VP O',
  'Paris NNP I-NP I-LOC',
  '. . O O',
  '',
  'Merkel NNP I-NP I-PER',
  'met VBD I-VP O',
  'Siemens NNP I-NP I-ORG',
  'executives NNS I-NP O',
  '. . O O',
  '',
].join('\n');

const run = (args: string[], input?: string): string =>
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'ner', ...args], { encoding: 'utf8', input, cwd: process.cwd() });

describe('kg ner', () => {
  it('appends a predicted tag column, keeping DOCSTART and blank lines (file and stdin)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-ner-'));
    const file = join(dir, 'snippet.conll');
    writeFileSync(file, `${SNIPPET}\n`);
    for (const out of [run(['--format', 'conll', file]), run(['--format', 'conll', '-'], `${SNIPPET}\n`)]) {
      const inLines = SNIPPET.split('\n');
      const outLines = out.replace(/\n$/, '').split('\n');
      expect(outLines.length).toBe(inLines.length);
      outLines.forEach((line, k) => {
        if (inLines[k] === '' || inLines[k].startsWith('-DOCSTART-')) expect(line).toBe(inLines[k]);
        else expect(line).toMatch(new RegExp(`^${inLines[k].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (O|[BI]-(PER|ORG|LOC|MISC))$`));
      });
      expect(outLines.slice(2, 4).map((l) => l.split(' ').pop())).toEqual(['B-PER', 'I-PER']);
      expect(outLines[5].split(' ').pop()).toBe('B-LOC');
    }
    const scorer = join(SHARED_DIR ?? '/work/shared', 'eval/conll2003/score.mjs');
    if (existsSync(scorer)) {
      writeFileSync(join(dir, 'pred.txt'), run(['--format', 'conll', file]));
      expect(execFileSync('node', [scorer, join(dir, 'pred.txt')], { encoding: 'utf8' })).toMatch(/conll f1=\d/);
    }
  });

  it('prints mentions as JSON lines for plain text', () => {
    const out = run(['--format', 'jsonl', '-'], 'Angela Merkel visited Paris.');
    const mentions = out.trim().split('\n').map((l) => JSON.parse(l) as { text: string; type: string });
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['Angela Merkel', 'PERSON'], ['Paris', 'LOC']]);
  });

  it('fails with a clear message on an unknown format', () => {
    expect(() => execFileSync('npx', ['tsx', 'src/cli/main.ts', 'ner', '--format', 'xml', '-'], { input: 'x', stdio: 'pipe' })).toThrow(/unknown --format "xml"/);
  });
});

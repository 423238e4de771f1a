// The `kg openie` command end to end: CaRB lines (tabs, original sentence first) and JSON lines.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const kg = (args: string[], input?: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, encoding: 'utf8', input });

describe('kg openie', () => {
  const sentences = ['Siemens , a German company , bought the factory in 2019 .', "`` We are ready , '' said the mayor -LRB- Ana Lopez -RRB- ."];
  const file = join(mkdtempSync(join(tmpdir(), 'openie-')), 'in.txt');
  writeFileSync(file, sentences.join('\n') + '\n');

  it('prints CaRB lines that start with the original sentence', () => {
    const lines = kg(['openie', '--format', 'carb', file]).trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      const [sentence, confidence, relation, ...args] = line.split('\t');
      expect(sentences).toContain(sentence);
      expect(Number(confidence)).toBeGreaterThan(0);
      expect(relation.length).toBeGreaterThan(0);
      expect(args.length).toBeGreaterThanOrEqual(1);
    }
    expect(lines.some((l) => l.split('\t').slice(2).join('|') === 'bought|Siemens|the factory|in 2019')).toBe(true);
  });

  it('reads stdin with - and prints one JSON object per sentence', () => {
    const out = kg(['openie', '--format', 'jsonl', '-'], sentences.join('\n')).trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.sentence)).toEqual(sentences);
    expect(out[1].tuples.some((t: { relation: string }) => t.relation === 'said')).toBe(true);
  });

  it('rejects an unknown format with a message that names the choices', () => {
    expect(() => kg(['openie', '--format', 'xml', file])).toThrow(/use carb or jsonl/);
  });
});

// `kg ner`: run the named-entity recognizer on its own. `--format conll` reads a CoNLL-2003
// file (or stdin with `-`) and prints it back with one more column, the predicted tag, so the
// output goes straight into the CoNLL scorer. `--format jsonl` reads plain text and prints one
// JSON mention per line.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { annotate } from '../../nlp/annotate.ts';
import { formatWithPredictions, parseConll } from '../../ner/conll.ts';
import { loadModel, defaultModel } from '../../ner/load-model.ts';
import { recognizeMentions } from '../../ner/recognize.ts';
import { tagDocument } from '../../ner/tagger.ts';

export function register(program: Command): void {
  program
    .command('ner')
    .description('Tag named entities (PERSON/ORG/LOC/MISC). conll: CoNLL-2003 in, same lines plus a predicted-tag column out; jsonl: plain text in, one mention per line out.')
    .argument('<file>', 'input file, or - for stdin')
    .option('--format <format>', 'conll or jsonl', 'conll')
    .option('--model <path>', 'model file (default: the committed src/ner/model/ner-model.json.gz)')
    .action((file: string, opts: { format: string; model?: string }) => {
      const text = readInput(file);
      const model = opts.model ? loadModel(opts.model) : defaultModel();
      if (opts.format === 'conll') {
        const parsed = parseConll(text);
        const predicted = parsed.documents.map((doc) => tagDocument(doc.sentences.map((s) => s.words), model));
        process.stdout.write(formatWithPredictions(parsed, predicted));
      } else if (opts.format === 'jsonl') {
        const out = recognizeMentions(annotate(text), model).map((m) => JSON.stringify(m));
        process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
      } else {
        throw new Error(`kg ner: unknown --format "${opts.format}"; use conll or jsonl`);
      }
    });
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (cause) {
    throw new Error(`kg ner: cannot read ${file === '-' ? 'stdin' : file}: ${(cause as Error).message}`, { cause });
  }
}

// Entity-level F1 of the committed NER model on a CoNLL-2003 file, printed per type next to
// the published baselines (CoNLL-2003 test set: lexical baseline 59.6, Stanford CRF 86.9,
// MITIE 88.1; the project's target on eng.testa: >= 85, heading for 88). The predictions are
// also scored by the shared conlleval-style scorer when it is there, as a cross-check.
//   npx tsx scripts/eval-ner.ts [--data /work/shared/eval/conll2003/eng.testa] [--scorer .../score.mjs]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatWithPredictions, labeledDocuments, parseConll } from '../src/ner/conll.ts';
import { entityScores } from '../src/ner/entity-f1.ts';
import { defaultModel } from '../src/ner/load-model.ts';
import { tagDocument } from '../src/ner/tagger.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/work/shared/eval/conll2003/eng.testa' },
    scorer: { type: 'string', default: '/work/shared/eval/conll2003/score.mjs' },
  },
});
const file = parseConll(readFileSync(values.data!, 'utf8'));
const gold = labeledDocuments(file).flatMap((d) => d.sentences.map((s) => s.tags));
defaultModel();
const started = performance.now();
const predicted = file.documents.map((doc) => tagDocument(doc.sentences.map((s) => s.words)));
const ms = performance.now() - started;
const tokens = gold.reduce((n, s) => n + s.length, 0);
const { all, byType } = entityScores(gold, predicted.flat());
const pct = (x: number): string => (100 * x).toFixed(2);
console.log(`${values.data}: ${tokens} tokens tagged in ${ms.toFixed(0)} ms (${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s)`);
for (const [type, s] of Object.entries(byType)) console.log(`  ${type.padEnd(5)} P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f1)}`);
console.log(`entity F1 ${pct(all.f1)} (P ${pct(all.p)} R ${pct(all.r)}); baselines on CoNLL test: lexical 59.6, Stanford CRF 86.9, MITIE 88.1; target on dev >= 85`);
if (existsSync(values.scorer!)) {
  const out = join(mkdtempSync(join(tmpdir(), 'eval-ner-')), 'pred.txt');
  writeFileSync(out, formatWithPredictions(file, predicted));
  const last = execFileSync('node', [values.scorer!, out], { encoding: 'utf8' }).trim().split('\n').pop();
  console.log(`shared scorer: ${last}`);
}

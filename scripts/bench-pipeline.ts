// Times each pipeline step against winkNLP's own processing of the same articles, in one
// process and one run, and prints the ratios (the budget: the whole pipeline at most
// twice winkNLP's own time). Rounds alternate between baseline and pipeline to spread noise.
// The pipeline runs as the CLI and ingest run it: `extractBatch` over batches of `--batch`
// articles, one step at a time (`--batch 1` times the article-at-a-time order).
//   npx tsx scripts/bench-pipeline.ts [--corpus ../shared/corpus/bbc] [--limit 500] [--rounds 3] [--batch 64] [--warmup 1]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { annotate } from '../src/nlp/annotate.ts';
import { DEFAULT_BATCH_SIZE, extractBatch, type StepTimes } from '../src/pipeline/extract-batch.ts';
import type { Article } from '../src/model/types.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus/bbc' },
    limit: { type: 'string', default: '500' },
    rounds: { type: 'string', default: '3' },
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    warmup: { type: 'string', default: '1' },
  },
});
const limit = Number(values.limit);
const files: string[] = [];
for (const topic of readdirSync(values.corpus!, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const f of readdirSync(join(values.corpus!, topic)).sort()) if (f.endsWith('.txt')) files.push(join(values.corpus!, topic, f));
}
const texts = files.slice(0, limit).map((f) => readFileSync(f, 'utf8'));
const articles: Article[] = texts.map((text, i) => ({ id: `a${i}`, text, hash: String(i) }));
const tokens = texts.reduce((n, t) => n + annotate(t).tokens.length, 0);

// The baseline is winkNLP exactly as it ships: its own instance with the default pipe, without
// the lexicon guard annotate adds (see tokenizeWithoutHistory in src/nlp/annotate.ts).
const engine = winkNLP(model);
const its = engine.its;
function winkOnly(): void {
  for (const t of texts) {
    const d = engine.readDoc(t);
    d.tokens().out(its.pos);
    d.tokens().out(its.lemma as unknown as typeof its.value);
  }
}
const steps: StepTimes = { annotate: 0, ner: 0, resolve: 0, triples: 0 };
const batchSize = Math.max(1, Number(values.batch));
function pipeline(): void {
  for (let i = 0; i < articles.length; i += batchSize) {
    for (const r of extractBatch(articles.slice(i, i + batchSize), steps)) if (!r.ok) throw r.error;
  }
}
// Warm up both paths (JIT, lazy model loads) before timing. V8 keeps optimising the pipeline's
// code for several passes; `--warmup 5` or more gives the steady state of a long run.
for (let w = 0; w < Math.max(1, Number(values.warmup)); w++) {
  winkOnly();
  pipeline();
}
for (const k of Object.keys(steps) as Array<keyof typeof steps>) steps[k] = 0;
let base = 0;
const rounds = Number(values.rounds);
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  winkOnly();
  base += performance.now() - t;
  t = performance.now();
  pipeline();
}
const total = steps.annotate + steps.ner + steps.resolve + steps.triples;
const per = (ms: number): string => `${(ms / rounds / texts.length).toFixed(3)} ms/article`;
console.log(`${texts.length} articles, ${tokens} tokens, ${values.warmup} warm-up and ${rounds} timed rounds, batches of ${batchSize}`);
console.log(`baseline winkNLP readDoc+pos+lemma: ${per(base)} (${Math.round((texts.length * rounds) / (base / 1000))} articles/s)`);
for (const [k, v] of Object.entries(steps)) console.log(`  ${k.padEnd(9)} ${per(v)}  ratio to winkNLP ${(v / base).toFixed(2)}`);
console.log(`pipeline total: ${per(total)} (${Math.round((texts.length * rounds) / (total / 1000))} articles/s), ratio to winkNLP ${(total / base).toFixed(2)} (budget 2.00)`);

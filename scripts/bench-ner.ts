// Tagging speed of the recognizer (and of `annotate`, the winkNLP wrapper feeding it) against
// winkNLP's own processing (readDoc + POS + lemma, default pipe) of the same texts, in one run.
// Prints tokens/second of each and the ratios to winkNLP's time (the budget: the whole
// pipeline at most twice winkNLP's own processing).
//   npx tsx scripts/bench-ner.ts [--corpus /work/shared/corpus/bbc] [--limit 300] [--rounds 3]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotate, nlp } from '../src/nlp/annotate.ts';
import { defaultModel } from '../src/ner/load-model.ts';
import { recognizeMentions } from '../src/ner/recognize.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '/work/shared/corpus/bbc' },
    limit: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
  },
});
const files: string[] = [];
for (const topic of readdirSync(values.corpus!).sort()) {
  const dir = join(values.corpus!, topic);
  try { for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(join(dir, f)); } catch { /* not a topic folder */ }
}
// Spread the sample over topics; every timed round gets its own articles, so the tagger's
// per-word caches are not flattered by seeing the same text again (round 0 only warms up).
const rounds = Number(values.rounds);
const limit = Number(values.limit);
const step = Math.max(1, Math.floor(files.length / (limit * (rounds + 1))));
const sample = files.filter((_, i) => i % step === 0).map((f) => readFileSync(f, 'utf8'));
const chunks: string[][] = [];
for (let r = 0; r <= rounds; r++) chunks.push(sample.slice(r * limit, (r + 1) * limit));

let t = performance.now();
defaultModel();
const loadMs = performance.now() - t;
const docs = chunks.map((texts) => texts.map(annotate));
let tokens = 0;
for (let r = 1; r <= rounds; r++) tokens += docs[r].reduce((n, d) => n + d.tokens.length, 0);

const engine = nlp();
const its = engine.its;
const wink = (texts: string[]): void => {
  for (const text of texts) {
    const d = engine.readDoc(text);
    d.tokens().out(its.pos);
    d.tokens().out(its.lemma as unknown as typeof its.value);
  }
};
const ann = (texts: string[]): void => { for (const text of texts) annotate(text); };
const ner = (ds: typeof docs[number]): void => { for (const d of ds) recognizeMentions(d); };
wink(chunks[0]);
ann(chunks[0]);
ner(docs[0]);
let winkMs = 0;
let annMs = 0;
let nerMs = 0;
for (let r = 1; r <= rounds; r++) {
  t = performance.now(); wink(chunks[r]); winkMs += performance.now() - t;
  t = performance.now(); ann(chunks[r]); annMs += performance.now() - t;
  t = performance.now(); ner(docs[r]); nerMs += performance.now() - t;
}
const rate = (ms: number): string => `${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s`;
console.log(`${rounds} rounds of ${limit} distinct articles, ${tokens} tokens timed; model load ${loadMs.toFixed(0)} ms`);
console.log(`winkNLP readDoc + pos + lemma: ${rate(winkMs)}`);
console.log(`annotate: ${rate(annMs)}`);
console.log(`NER recognizeMentions: ${rate(nerMs)}`);
console.log(`ratio annotate / winkNLP = ${(annMs / winkMs).toFixed(2)}`);
console.log(`ratio NER / winkNLP = ${(nerMs / winkMs).toFixed(2)}`);

// Score our Open IE extractor on CaRB (dev or test) with CaRB's scorer, next to the published
// systems. `--fit` instead fits the confidence model's logistic-regression weights on dev
// (soft labels: each extraction's best CaRB precision against the sentence's gold tuples).
//
//   npx tsx scripts/eval-carb.ts --split dev|test [--keep FILE] [--fit]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { annotate } from '../src/nlp/annotate.ts';
import { formatCarbLines } from '../src/openie/carb-format.ts';
import { wordsOfPtbLine } from '../src/openie/carb-line.ts';
import { extractFromWords } from '../src/openie/extract-from-words.ts';
import { FEATURE_NAMES } from '../src/openie/confidence.ts';
import type { OpenIeTuple } from '../src/openie/types.ts';

const CARB = process.env.CARB_DIR ?? '/work/shared/eval/carb';
const PUBLISHED: Array<[string, number, number]> = [['ReVerb', 0.368, 0.202], ['ClausIE', 0.45, 0.224], ['OpenIE-4', 0.488, 0.272]];

function score(gold: string, pred: string): string {
  const out = execFileSync('node', [join(CARB, 'score.mjs'), '--gold', gold, '--pred', pred], { encoding: 'utf8' });
  return out.trim().split('\n').pop() ?? '';
}

function main(): void {
  const opts = new Command()
    .option('--split <split>', 'dev or test', 'dev')
    .option('--keep <file>', 'also write the predictions here')
    .option('--fit', 'fit confidence weights on dev and print them')
    .parse(process.argv)
    .opts<{ split: string; keep?: string; fit?: boolean }>();
  if (opts.split !== 'dev' && opts.split !== 'test') throw new Error(`--split must be dev or test, got ${opts.split}`);
  const sentencesFile = join(CARB, `${opts.split}.txt`);
  const goldFile = join(CARB, 'gold', `${opts.split}.tsv`);
  if (!existsSync(sentencesFile)) throw new Error(`CaRB data not found at ${CARB}; set CARB_DIR`);
  const lines = readFileSync(sentencesFile, 'utf8').split('\n').filter((l) => l.trim() !== '');

  // warm both paths up once, then time winkNLP alone and the whole extractor on the same lines
  for (const line of lines.slice(0, 50)) extractFromWords(wordsOfPtbLine(line));
  const t1 = performance.now();
  for (const line of lines) annotate(line);
  const winkOnly = performance.now() - t1;
  const t0 = performance.now();
  const perLine: Array<{ line: string; tuples: OpenIeTuple[] }> = [];
  for (const line of lines) {
    const words = wordsOfPtbLine(line);
    perLine.push({ line, tuples: extractFromWords(words).sort((a, b) => b.confidence - a.confidence) });
  }
  const ours = performance.now() - t0;

  if (opts.fit) {
    if (opts.split !== 'dev') throw new Error('--fit only runs on the dev split (tune on dev, report test)');
    fit(perLine, goldFile);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'carb-'));
  const predFile = opts.keep ?? join(dir, `ours_${opts.split}.tsv`);
  writeFileSync(predFile, perLine.flatMap(({ line, tuples }) => formatCarbLines(line, tuples)).join('\n') + '\n');
  const count = perLine.reduce((s, p) => s + p.tuples.length, 0);
  console.log(`CaRB ${opts.split}: ${lines.length} sentences, ${count} extractions (${(count / lines.length).toFixed(2)}/sentence)`);
  console.log(`speed: ${(lines.length / (ours / 1000)).toFixed(0)} sentences/s end to end, winkNLP alone ${(lines.length / (winkOnly / 1000)).toFixed(0)}/s (time ratio ours/winkNLP ${(ours / winkOnly).toFixed(2)}x)`);
  console.log(`ours      ${score(goldFile, predFile)}`);
  if (opts.split === 'test') {
    for (const sys of ['reverb', 'clausie', 'openie4']) {
      console.log(`${sys.padEnd(9)} ${score(goldFile, join(CARB, 'system_outputs', `${sys}_test.tsv`))}`);
    }
  }
  console.log('published (test): ' + PUBLISHED.map(([n, f, a]) => `${n} F1 ${f} AUC ${a}`).join('; '));
}

// --- confidence fitting ---------------------------------------------------------------------

const words = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);
const BE = ['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being'];

/** CaRB's lenient precision of one predicted tuple against one gold tuple (binarised). */
function precisionAgainst(gold: { rel: string; args: string[] }, pred: OpenIeTuple): number {
  const bin = (a: string[]): string[] => (a.length >= 2 ? [a[0], a.slice(1).join(' ')] : a);
  const g = bin(gold.args), p = bin(pred.args);
  const overlap = (gw: string[], pw: string[]): [number, string[]] => {
    const left = [...pw]; let hits = 0;
    for (const w of gw) { const at = left.indexOf(w); if (at >= 0) { hits++; left.splice(at, 1); } }
    return [hits, left];
  };
  const gRel = words(gold.rel), pRel = words(pred.relation);
  let [hits, left] = overlap(gRel, pRel);
  if (left.includes('be') && gRel.some((w) => BE.includes(w))) hits++;
  if (hits === 0) return 0;
  let num = hits, den = pRel.length;
  for (let i = 0; i < g.length; i++) {
    if (i >= p.length) { if (i < 2) return 0; continue; }
    const pw = words(p[i]);
    den += pw.length; num += overlap(words(g[i]), pw)[0];
  }
  return den ? num / den : 0;
}

function fit(perLine: Array<{ line: string; tuples: OpenIeTuple[] }>, goldFile: string): void {
  const key = (s: string): string => s.replace(/\s+/g, '');
  const gold = new Map<string, Array<{ rel: string; args: string[] }>>();
  for (const row of readFileSync(goldFile, 'utf8').split('\n')) {
    const [sentence, rel, ...args] = row.split('\t');
    if (!sentence || rel === undefined) continue;
    const k = key(sentence);
    if (!gold.has(k)) gold.set(k, []);
    gold.get(k)!.push({ rel: rel.trim(), args: args.filter((a) => !a.includes('C: ')).map((a) => a.trim()) });
  }
  const xs: number[][] = [], ys: number[] = [];
  for (const { line, tuples } of perLine) {
    const golds = gold.get(key(line));
    if (!golds) continue;
    // label = the precision the tuple earns in CaRB's greedy one-to-one pairing (0 if unpaired)
    const scores = golds.map((g) => tuples.map((t) => precisionAgainst(g, t)));
    const label = new Array<number>(tuples.length).fill(0);
    const usedG = new Set<number>(), usedT = new Set<number>();
    for (let round = Math.min(golds.length, tuples.length); round > 0; round--) {
      let best = -1, bi = -1, bj = -1;
      for (let i = 0; i < golds.length; i++) {
        if (usedG.has(i)) continue;
        for (let j = 0; j < tuples.length; j++) if (!usedT.has(j) && scores[i][j] > best) [best, bi, bj] = [scores[i][j], i, j];
      }
      usedG.add(bi); usedT.add(bj); label[bj] = best;
    }
    tuples.forEach((t, j) => { xs.push(t.features); ys.push(label[j]); });
  }
  const dim = FEATURE_NAMES.length;
  const w = new Array<number>(dim).fill(0);
  const lr = 0.5, l2 = 1e-3;
  for (let epoch = 0; epoch < 2000; epoch++) {
    const grad = new Array<number>(dim).fill(0);
    for (let n = 0; n < xs.length; n++) {
      let z = 0;
      for (let k = 0; k < dim; k++) z += w[k] * xs[n][k];
      const err = 1 / (1 + Math.exp(-z)) - ys[n];
      for (let k = 0; k < dim; k++) grad[k] += err * xs[n][k];
    }
    for (let k = 0; k < dim; k++) w[k] -= lr * (grad[k] / xs.length + (k > 0 ? l2 * w[k] : 0));
  }
  console.log(`fitted on ${xs.length} dev extractions (mean label ${(ys.reduce((a, b) => a + b, 0) / ys.length).toFixed(3)})`);
  FEATURE_NAMES.forEach((n, k) => console.log(`  ${n.padEnd(22)} ${w[k].toFixed(3)}`));
  console.log(`WEIGHTS = [${w.map((v) => v.toFixed(3)).join(', ')}]`);
}

main();

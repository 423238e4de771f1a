// Train the named-entity recognizer on CoNLL-2003 and write the model the library loads.
// Usage: npx tsx scripts/train-ner.ts --train eng.train --dev eng.testa [--epochs 12] [--seeds 7,8,9]
//        [--rare 3] [--min-weight 0.05] [--out src/ner/model/ner-model.json.gz]
// Prints dev entity F1 after every epoch (baselines on CoNLL test: lexical 59.6, Stanford CRF
// 86.9, MITIE 88.1) and keeps the best epoch. One model is trained per seed (a different
// shuffle of the documents) and the written model is their average. Same data + seeds => same model.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { labeledDocuments, parseConll } from '../src/ner/conll.ts';
import { entityScores } from '../src/ner/entity-f1.ts';
import { DEFAULT_MODEL_PATH } from '../src/ner/load-model.ts';
import { encodeModel, decodeModel } from '../src/ner/model-codec.ts';
import { tagDocumentWith } from '../src/ner/tag-document.ts';
import { averageModels } from '../src/ner/mix-models.ts';
import { trainPerceptron } from '../src/ner/train-perceptron.ts';

const { values } = parseArgs({
  options: {
    train: { type: 'string' },
    dev: { type: 'string' },
    epochs: { type: 'string', default: '12' },
    seeds: { type: 'string', default: '7,8,9' },
    rare: { type: 'string', default: '3' },
    'min-weight': { type: 'string', default: '0.05' },
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
  },
});
if (!values.train || !values.dev) {
  console.error('usage: npx tsx scripts/train-ner.ts --train eng.train --dev eng.testa [--epochs N] [--seeds S1,S2,...] [--out FILE]');
  process.exit(2);
}

const started = Date.now();
const train = labeledDocuments(parseConll(readFileSync(values.train, 'utf8')));
const dev = labeledDocuments(parseConll(readFileSync(values.dev, 'utf8')));
const devGold = dev.flatMap((d) => d.sentences.map((s) => s.tags));
const count = (docs: typeof train): number => docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
console.log(`train: ${train.length} documents, ${count(train)} tokens; dev: ${dev.length} documents, ${count(dev)} tokens`);

const evaluate = (model: Parameters<typeof tagDocumentWith>[0]) => {
  const pred = dev.flatMap((d) => tagDocumentWith(model, d.sentences.map((s) => s.words)));
  return entityScores(devGold, pred);
};
const pct = (x: number): string => (100 * x).toFixed(2);

const seeds = values.seeds.split(',').map(Number);
const bestEpochs: number[] = [];
const models = seeds.map((seed) => {
  let bestEpoch = 0;
  let bestF1 = -1;
  const model = trainPerceptron(train, {
    epochs: Number(values.epochs),
    seed,
    rareWordCount: Number(values.rare),
    onEpoch(epoch, m, stats) {
      const { all } = evaluate(m);
      if (all.f1 > bestF1) { bestF1 = all.f1; bestEpoch = epoch; }
      console.log(`seed ${seed} epoch ${epoch}: train sentences with mistakes ${stats.mistakes}/${stats.sentences}, dev F1 ${pct(all.f1)} (P ${pct(all.p)} R ${pct(all.r)}) [${((Date.now() - started) / 1000).toFixed(0)} s]`);
      return all.f1;
    },
  });
  console.log(`seed ${seed}: best epoch ${bestEpoch}, dev F1 ${pct(bestF1)}`);
  bestEpochs.push(bestEpoch);
  return model;
});
const model = averageModels(models);

const data = encodeModel(model, {
  minWeight: Number(values['min-weight']),
  info: { trainedOn: 'CoNLL-2003 eng.train', seeds, bestEpochs, rareWordCount: Number(values.rare), epochs: Number(values.epochs) },
});
writeFileSync(values.out, data);
// Score the model as it was written (pruned and quantised), which is what users get.
const saved = decodeModel(data);
const { all, byType } = evaluate(saved);
console.log(`wrote ${values.out}: ${(data.length / 1e6).toFixed(2)} MB, average of ${seeds.length} models (best epochs ${bestEpochs.join(', ')}), ${saved.features.size} of ${model.features.size} features kept`);
for (const [type, s] of Object.entries(byType)) console.log(`  ${type.padEnd(5)} P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f1)}`);
console.log(`dev (saved model): F1 ${pct(all.f1)} P ${pct(all.p)} R ${pct(all.r)}; total time ${((Date.now() - started) / 1000).toFixed(0)} s`);

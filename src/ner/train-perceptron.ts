// Structured averaged perceptron (Collins 2002) for the tagger: decode each training sentence
// with the current weights, and where the best path differs from the gold one, add the gold
// path's features and subtract the predicted path's. Weights are averaged over every step
// (the lazy "w - u/c" trick), which is what makes a perceptron generalise. Documents are
// shuffled with a seeded generator, so training is reproducible run to run.
import { buildDocumentContext } from './document-context.ts';
import { ConllFormatError } from './errors.ts';
import { sentenceFeatures } from './features.ts';
import { placeGazetteer } from './gazetteer.ts';
import type { NerModel } from './ner-model.ts';
import { PredictionHistory } from './prediction-history.ts';
import { TAGS, TAG_COUNT, TAG_INDEX } from './tag-set.ts';
import { viterbi } from './viterbi.ts';

export interface LabeledSentence {
  words: string[];
  /** Gold BIO tags. */
  tags: string[];
}
export interface LabeledDocument {
  sentences: LabeledSentence[];
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /**
   * Words seen at most this often in training lose their identity features (word, lower case,
   * word bigrams) there, so the model learns what to do with words it has never seen.
   */
  rareWordCount?: number;
  /** Called after each epoch with the averaged model so far; return a score to keep the best epoch. */
  onEpoch?: (epoch: number, model: NerModel, stats: { mistakes: number; sentences: number }) => number | void;
}

interface Prepared {
  words: string[];
  gold: Int32Array;
  /** Static feature rows per token: rows[offsets[i]..offsets[i+1]). */
  rows: Int32Array;
  offsets: Int32Array;
}

const T = TAG_COUNT;

export function trainPerceptron(docs: readonly LabeledDocument[], options: TrainOptions): NerModel {
  const index = new Map<string, number>();
  const gaz = placeGazetteer();
  const intern = (f: string): number => {
    let row = index.get(f);
    if (row === undefined) index.set(f, (row = index.size));
    return row;
  };

  const wordCounts = new Map<string, number>();
  for (const doc of docs) for (const s of doc.sentences) for (const w of s.words) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const rare = options.rareWordCount ?? 0;
  const identity = /^(w=|l=|l-1\|l=|l\|l\+1=)/;

  // Static features never change, so each training token's rows are computed once.
  const prepared: Prepared[][] = docs.map((doc) => {
    const ctx = buildDocumentContext(doc.sentences.map((s) => s.words));
    return doc.sentences.map(({ words, tags }) => {
      const feats = sentenceFeatures(words, ctx, gaz);
      const offsets = new Int32Array(words.length + 1);
      const rows: number[] = [];
      feats.forEach((f, i) => {
        const dropIdentity = (wordCounts.get(words[i]) ?? 0) <= rare;
        for (const s of f) if (!(dropIdentity && identity.test(s))) rows.push(intern(s));
        offsets[i + 1] = rows.length;
      });
      const gold = Int32Array.from(tags, (t) => {
        const k = TAG_INDEX.get(t);
        if (k === undefined) throw new ConllFormatError(`trainPerceptron: unknown tag "${t}"; expected one of ${TAGS.join(', ')}`);
        return k;
      });
      return { words, gold, rows: Int32Array.from(rows), offsets };
    });
  });
  // History features are few and known in advance; give them rows now so the arrays stay fixed.
  for (const l of ['PER', 'ORG', 'LOC', 'MISC', 'O']) { intern(`h=${l}`); intern(`hm=${l}`); }

  const nRows = index.size;
  const w = new Float32Array(nRows * T);
  const u = new Float64Array(nRows * T);
  const tw = new Float32Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const random = mulberry32(options.seed);
  const order = docs.map((_, i) => i);
  let best: { score: number; model: NerModel } | undefined;

  const averaged = (): NerModel => {
    const weights = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) weights[k] = w[k] - u[k] / c;
    const transitions = new Float32Array(tw.length);
    for (let k = 0; k < tw.length; k++) transitions[k] = tw[k] - tu[k] / c;
    return { features: index, weights, transitions };
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    let sentences = 0;
    for (const d of order) {
      const history = new PredictionHistory();
      for (const s of prepared[d]) {
        const n = s.words.length;
        if (n === 0) continue;
        sentences++;
        const hist: number[][] = s.words.map((word) => history.features(word).map((f) => index.get(f)!));
        const em = new Float64Array(n * T);
        for (let i = 0; i < n; i++) {
          const add = (row: number): void => { for (let t = 0; t < T; t++) em[i * T + t] += w[row * T + t]; };
          for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) add(s.rows[k]);
          for (const row of hist[i]) add(row);
        }
        const pred = viterbi(n, em, tw);
        let wrong = false;
        for (let i = 0; i < n; i++) {
          const g = s.gold[i];
          const p = pred[i];
          const gPrev = i === 0 ? -1 : s.gold[i - 1];
          const pPrev = i === 0 ? -1 : pred[i - 1];
          if (g !== p) {
            wrong = true;
            const bump = (row: number): void => {
              w[row * T + g] += 1; u[row * T + g] += c;
              w[row * T + p] -= 1; u[row * T + p] -= c;
            };
            for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) bump(s.rows[k]);
            for (const row of hist[i]) bump(row);
          }
          if (g !== p || gPrev !== pPrev) {
            const gk = (gPrev + 1) * T + g;
            const pk = (pPrev + 1) * T + p;
            tw[gk] += 1; tu[gk] += c;
            tw[pk] -= 1; tu[pk] -= c;
          }
        }
        if (wrong) mistakes++;
        c++;
        history.record(s.words, Array.from(pred, (t) => TAGS[t]));
      }
    }
    if (options.onEpoch) {
      const model = averaged();
      const score = options.onEpoch(epoch, model, { mistakes, sentences });
      if (typeof score === 'number' && (!best || score > best.score)) best = { score, model };
    }
  }
  return best ? best.model : averaged();
}

/** Small seeded PRNG (mulberry32): the same seed gives the same shuffles on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

// Loading the committed model (src/ner/model/ner-model.json.gz) once per process, on first use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NerModelError } from './errors.ts';
import { decodeModel } from './model-codec.ts';
import type { NerModel } from './ner-model.ts';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('./model/ner-model.json.gz', import.meta.url));

let cached: NerModel | undefined;

/** The default model, read and decoded on the first call only. */
export function defaultModel(): NerModel {
  cached ??= loadModel(DEFAULT_MODEL_PATH);
  return cached;
}

export function loadModel(path: string): NerModel {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (cause) {
    throw new NerModelError(`cannot read NER model ${path}; train it with: npx tsx scripts/train-ner.ts --train eng.train --dev eng.testa`, { cause });
  }
  return decodeModel(data, path);
}

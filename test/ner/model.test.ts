// The committed model loads, and the codec round-trips and rejects bad input with NerModelError.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { NerModelError } from '../../src/ner/errors.ts';
import { defaultModel, loadModel } from '../../src/ner/load-model.ts';
import { decodeModel, encodeModel } from '../../src/ner/model-codec.ts';
import type { NerModel } from '../../src/ner/ner-model.ts';
import { TAG_COUNT } from '../../src/ner/tag-set.ts';
import { tagTokens } from '../../src/ner/tagger.ts';

describe('model', () => {
  it('loads the committed model once', () => {
    const started = performance.now();
    const model = defaultModel();
    const ms = performance.now() - started;
    expect(model.features.size).toBeGreaterThan(10_000);
    expect(model.weights.length).toBe(model.features.size * TAG_COUNT);
    expect(model.transitions.length).toBe((TAG_COUNT + 1) * TAG_COUNT);
    expect(defaultModel()).toBe(model);
    expect(ms).toBeLessThan(5000);
  });

  it('round-trips through the codec (weights quantised, tiny rows pruned)', () => {
    const model: NerModel = {
      features: new Map([['w=a', 0], ['w=b', 1], ['tiny', 2]]),
      weights: Float32Array.from([...[1, -2, 0, 0, 0, 0, 0, 0, 3], ...[0.5, 0, 0, 0, 0, 0, 0, 0, -0.25], ...new Array(9).fill(0.001)]),
      transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT).fill(0.5),
    };
    const back = decodeModel(encodeModel(model, { minWeight: 0.01 }));
    expect([...back.features.keys()]).toEqual(['w=a', 'w=b']);
    const row = back.features.get('w=b')!;
    expect(back.weights[row * TAG_COUNT]).toBeCloseTo(0.5, 3);
    expect(back.weights[row * TAG_COUNT + 8]).toBeCloseTo(-0.25, 3);
    expect(back.transitions[0]).toBeCloseTo(0.5);
  });

  it.each([
    ['not gzip', Buffer.from('hello')],
    ['wrong format', gzipSync(JSON.stringify({ format: 'other', tags: [] }))],
  ])('rejects %s with NerModelError', (_name, data) => {
    expect(() => decodeModel(data)).toThrowError(NerModelError);
  });

  it('says how to fix a missing model file', () => {
    expect(() => loadModel('/nonexistent/ner.json.gz')).toThrowError(/train-ner\.ts/);
  });

  it('tags a plain token list', () => {
    expect(tagTokens(['Angela', 'Merkel', 'visited', 'Paris', 'on', 'Monday', '.'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O']);
  });
});

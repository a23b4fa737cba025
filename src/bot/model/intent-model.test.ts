import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyIntent } from './classify-intent.ts';
import { evaluateIntentModel } from '../eval/evaluate.ts';
import { loadIntentModel, type IntentModel } from './intent-model.ts';
import { loadShippedIntents } from '../datasets/load-shipped-intents.ts';
import { decodeModelBytes, encodeModelBytes } from './model-bytes.ts';
import { trainIntentModel } from './train-intent-model.ts';

// A smaller model than `kefu bot eval` trains (2048 features, 32 hidden units, 8 epochs: ~3 s)
// so the suite stays fast. Measured on the held-out split: zh 0.92-0.93, en 0.96-0.98 argmax
// accuracy; dropout is not seedable in TF.js, so the bars leave room for run-to-run variation.
const FAST_TRAINING = { featurizer: { dims: 2048 }, hiddenUnits: 32, epochs: 8 } as const;

describe('a model trained on the shipped set', () => {
  let model: IntentModel;
  const disposers: Array<() => void> = [];
  const shipped = loadShippedIntents();

  beforeAll(async () => {
    model = await trainIntentModel((await shipped).dataset.train, FAST_TRAINING);
    disposers.push(() => model.dispose());
  }, 60_000);
  afterAll(() => disposers.forEach((dispose) => dispose()));

  it('recognises held-out phrasings in both languages', async () => {
    const { perLanguage } = evaluateIntentModel(model, (await shipped).dataset.test, { minConfidence: 0, minMargin: 0 }, { latencySamples: 10 });
    expect(perLanguage.zh!.inScopeAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(perLanguage.en!.inScopeAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('routes off-topic questions to out_of_scope and keeps customer-service ones in scope', async () => {
    const outOfScope = (await shipped).dataset.test.filter((item) => item.intent === 'out_of_scope');
    const rejected = outOfScope.filter((item) => !classifyIntent(model, item.text).isInScope);
    expect(rejected.length / outOfScope.length).toBeGreaterThanOrEqual(0.6);
    expect(classifyIntent(model, '我要退款')).toMatchObject({ isInScope: true, intent: 'refund' });
    expect(classifyIntent(model, 'where is my order')).toMatchObject({ isInScope: true, intent: 'order_status' });
  });

  it('falls back with low_confidence when the threshold is above any probability', () => {
    expect(classifyIntent(model, '转人工', { minConfidence: 1.01, minMargin: 0 }))
      .toMatchObject({ isInScope: false, reason: 'low_confidence' });
  });

  it('ranks every label with probabilities summing to one', () => {
    const prediction = model.predict('发票怎么开');
    expect(prediction.ranking.map((r) => r.intent).sort()).toEqual([...model.labels].sort());
    expect(prediction.ranking.reduce((sum, r) => sum + r.confidence, 0)).toBeCloseTo(1, 4);
    expect(prediction.margin).toBeCloseTo(prediction.ranking[0]!.confidence - prediction.ranking[1]!.confidence, 6);
  });

  it('predicts the same after serialize and load', async () => {
    const texts = ['我的快递到哪了', 'cancel my order', '今天天气怎么样', 'how do I get a VAT invoice'];
    const loaded = await loadIntentModel(await model.serialize());
    disposers.push(() => loaded.dispose());
    expect(loaded.labels).toEqual(model.labels);
    expect(loaded.meta).toEqual(model.meta);
    expect(texts.map((text) => loaded.predict(text))).toEqual(texts.map((text) => model.predict(text)));
    expect(loaded.predictMany(texts)).toEqual(model.predictMany(texts));
  });

  it('leaks no tensors while predicting', () => {
    model.predict('warm up');
    const before = tf.memory().numTensors;
    for (let i = 0; i < 200; i++) model.predict(`我的订单 ${i} 到哪了`);
    model.predictMany(Array.from({ length: 70 }, (_, i) => `refund ${i}`));
    classifyIntent(model, 'hello');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses bytes from another featurizer version', async () => {
    const { artifacts, meta } = decodeModelBytes<{ featurizer: { version: number } }>(await model.serialize());
    const bytes = encodeModelBytes(artifacts, { ...meta, featurizer: { ...meta.featurizer, version: 99 } });
    await expect(loadIntentModel(bytes)).rejects.toThrow(/featurizer version 99/);
  });
});

describe('trainIntentModel', () => {
  it('trains a linear softmax when hiddenUnits is 0', async () => {
    const examples = [
      { text: '我要退款', intent: 'refund' }, { text: 'I want a refund', intent: 'refund' },
      { text: '发票怎么开', intent: 'invoice' }, { text: 'I need an invoice', intent: 'invoice' },
    ];
    const model = await trainIntentModel(examples, { featurizer: { dims: 256 }, hiddenUnits: 0, epochs: 40, batchSize: 4 });
    try {
      expect(examples.map((example) => model.predict(example.text).intent)).toEqual(examples.map((example) => example.intent));
    } finally {
      model.dispose();
    }
  });

  it('frees its tensors on dispose and refuses to predict afterwards', async () => {
    const before = tf.memory().numTensors;
    const model = await trainIntentModel(
      [{ text: 'hi', intent: 'greeting' }, { text: 'bye', intent: 'goodbye' }],
      { featurizer: { dims: 64 }, hiddenUnits: 4, epochs: 1 },
    );
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(() => model.predict('hi')).toThrow(/disposed/);
  });
});

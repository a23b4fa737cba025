// Trains the intent network: hashed n-gram features → Dense(relu) → Dropout → Dense(logits).
// Dense input rather than tf.layers.embedding, whose gradient kernel does not exist on wasm
// (tensorflow/tfjs#8082). Features are computed per batch, so memory stays flat on large sets.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { createFeaturizerParams, featurizeMany, type FeaturizerParams } from './featurize.ts';
import { applyHiddenDense, applyInputDense } from './dense-for-training.ts';
import { createIntentModel, OUT_OF_SCOPE, type IntentModel } from './intent-model.ts';
import { createSeededRandom, shuffleSeeded } from './seeded-random.ts';
import { initTensorflow } from './tensorflow.ts';

export type IntentExample = { text: string; intent: string };

const YIELD_EVERY_BATCHES = 16;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export type TrainIntentModelOptions = {
  /** Featurizer overrides (dims, n-gram length, word bigrams). */
  featurizer?: Partial<Omit<FeaturizerParams, 'version'>>;
  /** Units in the hidden layer; 0 trains a linear softmax (logistic regression). @default 64 */
  hiddenUnits?: number;
  /** @default 0.2 */
  dropout?: number;
  /** @default 20 */
  epochs?: number;
  /** @default 32 */
  batchSize?: number;
  /** Adam learning rate. @default 0.005 */
  learningRate?: number;
  /** Share of target probability spread over all labels; tempers over-confidence. @default 0.1 */
  labelSmoothing?: number;
  /** Loss weight of out_of_scope examples relative to in-scope ones. @default 1 */
  outOfScopeWeight?: number;
  /** Seeds weight initialisation and shuffling (dropout is not seedable in TF.js). @default 42 */
  seed?: number;
  /** Called after each epoch with its mean loss. */
  onEpochEnd?: (epoch: number, loss: number) => void;
};

export async function trainIntentModel(
  examples: readonly IntentExample[],
  options: TrainIntentModelOptions = {},
): Promise<IntentModel> {
  const {
    hiddenUnits = 64, dropout = 0.2, epochs = 20, batchSize = 32, learningRate = 0.005,
    labelSmoothing = 0.1, outOfScopeWeight = 1, seed = 42, onEpochEnd,
  } = options;
  if (examples.length === 0) throw new Error('trainIntentModel needs at least one example.');
  await initTensorflow();
  const startedAt = performance.now();
  const featurizer = createFeaturizerParams(options.featurizer);
  const labels = [...new Set(examples.map((example) => example.intent))].sort();
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const network = buildNetwork(featurizer.dims, labels.length, hiddenUnits, dropout, seed);
  const optimizer = tf.train.adam(learningRate);
  const variables = network.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const random = createSeededRandom(seed);

  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffleSeeded(examples, random);
    let lossSum = 0;
    for (let start = 0; start < order.length; start += batchSize) {
      const batch = order.slice(start, start + batchSize);
      const features = featurizeMany(batch.map((example) => example.text), featurizer);
      const targets = new Int32Array(batch.map((example) => labelIndex.get(example.intent)!));
      const weights = new Float32Array(batch.map((example) => (example.intent === OUT_OF_SCOPE ? outOfScopeWeight : 1)));
      const loss = tf.tidy(() => {
        const x = tf.tensor2d(features, [batch.length, featurizer.dims]);
        const y = tf.oneHot(tf.tensor1d(targets, 'int32'), labels.length);
        const w = tf.tensor1d(weights);
        return optimizer.minimize(() => {
          const logits = applyNetworkForTraining(x, variables, dropout);
          return tf.losses.softmaxCrossEntropy(y, logits, w, labelSmoothing) as tf.Scalar;
        }, true, variables)!;
      });
      lossSum += loss.dataSync()[0]! * batch.length;
      loss.dispose();
      // Training runs on the main thread: yield now and then so a server process stays responsive.
      if ((start / batchSize) % YIELD_EVERY_BATCHES === YIELD_EVERY_BATCHES - 1) await yieldToEventLoop();
    }
    onEpochEnd?.(epoch, lossSum / examples.length);
  }
  optimizer.dispose();

  return createIntentModel(network, {
    labels,
    featurizer,
    trainedAt: new Date().toISOString(),
    training: {
      examples: examples.length, epochs, batchSize, hiddenUnits, dropout, learningRate, labelSmoothing,
      outOfScopeWeight, seed, trainMs: Math.round(performance.now() - startedAt), backend: tf.getBackend(),
    },
  });
}

/** The network's forward pass in training mode, over its own weight variables. */
function applyNetworkForTraining(x: tf.Tensor2D, variables: tf.Variable[], dropout: number): tf.Tensor2D {
  const [kernel1, bias1, kernel2, bias2] = variables as [tf.Variable<tf.Rank.R2>, tf.Variable<tf.Rank.R1>, ...tf.Variable[]];
  const first = applyInputDense(x, kernel1, bias1);
  if (!kernel2 || !bias2) return first;
  const hidden = tf.relu(first);
  const dropped = dropout > 0 ? (tf.dropout(hidden, dropout) as tf.Tensor2D) : hidden;
  return applyHiddenDense(dropped, kernel2 as tf.Tensor2D, bias2 as tf.Tensor1D);
}

function buildNetwork(dims: number, labelCount: number, hiddenUnits: number, dropout: number, seed: number): tfl.LayersModel {
  const network = tfl.sequential();
  if (hiddenUnits > 0) {
    network.add(tfl.layers.dense({
      inputShape: [dims], units: hiddenUnits, activation: 'relu',
      kernelInitializer: tfl.initializers.heNormal({ seed }),
    }));
    if (dropout > 0) network.add(tfl.layers.dropout({ rate: dropout, seed }));
  }
  network.add(tfl.layers.dense({
    ...(hiddenUnits > 0 ? {} : { inputShape: [dims] }),
    units: labelCount,
    kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + 1 }),
  }));
  return network;
}

// Picks and initialises the TF.js backend once per process. TF.js keeps its backend in global
// state, so this is the one place that touches it; every bot module awaits initTensorflow() first.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';

export type TensorflowBackend = {
  name: 'tensorflow' | 'wasm' | 'cpu';
  /** Why wasm was not used, when it was not. Callers should log this as a warning. */
  fallbackReason?: string;
};

let initialised: Promise<TensorflowBackend> | undefined;

/**
 * Selects the native backend when @tensorflow/tfjs-node is installed (optional: its install
 * downloads libtensorflow, so Kefu does not depend on it), else the wasm backend (SIMD,
 * single-threaded in Node), else the pure-JS cpu backend. Idempotent: later calls return the first result.
 */
export function initTensorflow(): Promise<TensorflowBackend> {
  initialised ??= selectBackend();
  return initialised;
}

// A variable, so TypeScript and the bundler leave the optional package alone.
const TFJS_NODE = '@tensorflow/tfjs-node';

async function selectBackend(): Promise<TensorflowBackend> {
  if (await import(TFJS_NODE).then(() => true, () => false)) {
    if (await tf.setBackend('tensorflow')) {
      await tf.ready();
      return { name: 'tensorflow' };
    }
  }
  let fallbackReason = 'tf.setBackend("wasm") returned false';
  try {
    if (await tf.setBackend('wasm')) {
      await tf.ready();
      return { name: 'wasm' };
    }
  } catch (error) {
    fallbackReason = `wasm backend failed to start: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!(await tf.setBackend('cpu'))) throw new Error('Neither the wasm nor the cpu TF.js backend could start.');
  await tf.ready();
  return { name: 'cpu', fallbackReason };
}

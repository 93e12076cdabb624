import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import type { Implementation, Runner } from './task.js';
import { trainTf } from './tfjs-trainer.js';

// TensorFlow.js is loaded only when a TF.js baseline is asked for (it is large and slow to import).
// The wasm backend's .wasm files ship inside its npm package and are loaded from node_modules.

let loaded: Promise<typeof TF> | undefined;

async function loadTf(): Promise<typeof TF> {
  loaded ??= (async () => {
    const tf = await import('@tensorflow/tfjs');
    // Production mode: no per-op debug checks, and no console advice to install tfjs-node.
    tf.enableProdMode();
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const require = createRequire(import.meta.url);
    wasm.setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
    return tf;
  })();
  return loaded;
}

function tfjsImplementation(backend: 'cpu' | 'wasm', id: 'tfjs-cpu' | 'tfjs-wasm', description: string): Implementation {
  return {
    id,
    precision: 'float32',
    description,
    async prepare(task) {
      const tf = await loadTf();
      if (!(await tf.setBackend(backend))) return { unavailable: `TensorFlow.js could not start its ${backend} backend` };
      const runner: Runner = {
        async train(sweeps) {
          if (tf.getBackend() !== backend) await tf.setBackend(backend);
          return trainTf(tf, task, sweeps);
        },
        dispose: () => {},
      };
      return runner;
    },
  };
}

export const tfjsCpu = tfjsImplementation('cpu', 'tfjs-cpu', '@tensorflow/tfjs, cpu backend: full-batch matMul and sigmoid in float32');
export const tfjsWasm = tfjsImplementation('wasm', 'tfjs-wasm', '@tensorflow/tfjs-backend-wasm: the same ops in WebAssembly, float32');
